"""Everyone who acted on a measure, grouped by stance, with evidence counts.

Groups: ``for`` (an edge with stance support: LOBBIED support, SUPPORTS, SPONSORED, ...), ``against``
(stance oppose), ``status`` (made a status change: SHELVED, VETOED, ...), ``other`` (acted without a
stance: PRESSURED, ENFORCES, IMPOSED, ...), ``targeted`` (the measure TARGETS them). An actor can be in
more than one group.

>>> from policygraph.graph import GraphStore, Entity, Relation, Evidence
>>> s = GraphStore(); a, m = Entity.make("Firm", "ChipCo"), Entity.make("Measure", "Chip Act")
>>> ev = [Evidence("d", "ChipCo lobbied against the Chip Act.", 0, 35)]
>>> s.merge([a, m], [Relation(a.id, m.id, "LOBBIED", ev, stance="oppose")])
>>> who(s, "Chip Act")[["group", "actor", "evidence"]].values.tolist()
[['against', 'ChipCo', 1]]
"""

from __future__ import annotations

import pandas as pd

from policygraph.graph import vocabulary
from policygraph.graph.store import GraphStore
from policygraph.queries.timeline import find_measure

GROUPS = ("for", "against", "status", "other", "targeted")
COLUMNS = ["group", "actor", "type", "relations", "evidence", "documents", "first_date", "quote"]


def _group(data: dict) -> str:
    if vocabulary.edge_kind(data["type"]) == "status":
        return "status"
    return {"support": "for", "oppose": "against"}.get(data.get("stance") or "", "other")


def who(store: GraphStore, measure: str) -> pd.DataFrame:
    """One row per (group, actor) for ``measure``; best evidenced first within each group.

    Columns: group, actor, type, relations (edge types, with status changes' statuses), evidence
    (quotes), documents (distinct documents), first_date (earliest dated quote), quote (one example).
    """
    g = store.graph
    node = find_measure(store, measure)
    acc: dict[tuple[str, str], dict] = {}
    edges = [(u, d, _group(d)) for u, _, d in g.in_edges(node, data=True)]
    edges += [(v, d, "targeted") for _, v, d in g.out_edges(node, data=True) if d["type"] == "TARGETS"]
    for actor, data, group in edges:
        if g.nodes[actor]["type"] == "Measure":
            continue
        row = acc.setdefault((group, actor), {"group": group, "actor": g.nodes[actor]["name"],
                                               "type": g.nodes[actor]["type"], "relations": set(),
                                               "evidence": 0, "documents": set(), "dates": [], "quote": None})
        row["relations"].add(data["type"] + (f" {data['stance']}" if data.get("stance") and group not in ("for", "against") else ""))
        evidence = data.get("evidence") or []
        row["evidence"] += len(evidence)
        row["documents"] |= {e["document"] for e in evidence}
        row["dates"] += [d for d in [data.get("date")] + [e.get("date") for e in evidence] if d]
        if row["quote"] is None and evidence:
            row["quote"] = evidence[0].get("quote")
    rows = []
    for row in acc.values():
        dates = row.pop("dates")
        rows.append({**row, "relations": ", ".join(sorted(row["relations"])), "documents": len(row["documents"]),
                     "first_date": min(dates) if dates else None})
    rows.sort(key=lambda r: (GROUPS.index(r["group"]), -r["evidence"], -r["documents"], r["actor"]))
    return pd.DataFrame(rows, columns=COLUMNS)
