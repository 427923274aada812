"""A measure's status history: each change with who made it, when, and the quote.

>>> from policygraph.graph import GraphStore, Entity, Relation, Evidence
>>> s = GraphStore(); a, m = Entity.make("Agency", "Committee"), Entity.make("Measure", "Chip Act")
>>> ev = [Evidence("d", "The committee shelved the Chip Act.", 0, 35, "2025-03-01")]
>>> s.merge([a, m], [Relation(a.id, m.id, "SHELVED", ev, date="2025-03-01")])
>>> timeline(s, "Chip Act")[["date", "status", "by"]].values.tolist()
[['2025-03-01', 'shelved', 'Committee']]
"""

from __future__ import annotations

import pandas as pd

from policygraph.graph import vocabulary
from policygraph.graph.errors import SelectionError
from policygraph.graph.store import GraphStore, later
from policygraph.queries.lookup import find_node

COLUMNS = ["date", "status", "change", "by", "by_type", "quote", "document", "title", "edge", "scheduled"]


def find_measure(store: GraphStore, name: str) -> str:
    """The id of the measure called ``name``; SelectionError if it is unknown or not a measure."""
    node = find_node(store, name)
    data = store.graph.nodes[node]
    if data["type"] != "Measure":
        raise SelectionError(f"{data['name']!r} is a {data['type']}, not a Measure")
    return node


def timeline(store: GraphStore, measure: str) -> pd.DataFrame:
    """One row per status change of ``measure`` (name, alias or id), oldest first; undated changes first.

    Columns: date, status, change (the edge type), by (actor name), by_type, quote, document (id),
    title (of the document), edge (edge id), scheduled (dated after the document that reports it: "takes
    effect on Jan. 1", a change still to come, which is not the measure's status). Every quote of the
    change's edge is joined with " | ".
    """
    g = store.graph
    node = find_measure(store, measure)
    rows = []
    for src, _, key, data in g.in_edges(node, keys=True, data=True):
        if not data.get("status"):
            continue
        evidence = data.get("evidence") or []
        first = evidence[0] if evidence else {}
        rows.append({"date": data.get("date"), "status": data["status"], "change": data["type"],
                     "by": g.nodes[src]["name"], "by_type": g.nodes[src]["type"],
                     "quote": " | ".join(e.get("quote", "") for e in evidence),
                     "document": first.get("document"),
                     "title": store.documents.get(first.get("document") or "", {}).get("title"), "edge": key,
                     "scheduled": later(data.get("date"),
                                        store.documents.get(first.get("document") or "", {}).get("date"))})
    rows.sort(key=lambda r: (r["date"] or "", vocabulary.STATUS_STAGE[r["status"]], r["status"], r["by"]))
    return pd.DataFrame(rows, columns=COLUMNS)
