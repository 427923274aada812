"""Subgraph selection shared by export, push and the HTML view.

>>> from policygraph.graph import GraphStore, Entity, Relation, Evidence
>>> s = GraphStore(); a, b = Entity.make("Firm", "A"), Entity.make("Measure", "B Act")
>>> s.merge([a, b], [Relation(a.id, b.id, "OPPOSES", [Evidence("d", "A opposes B Act.", 0, 16)])])
>>> select(s, centers=["A"], hops=1).counts()["nodes"]
2
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

import networkx as nx

from policygraph.graph import vocabulary
from policygraph.graph.errors import SelectionError
from policygraph.graph.store import GraphStore
from policygraph.queries.lookup import find_node


@dataclass
class Selection:
    """What part of the graph to keep. Empty fields select everything."""

    centers: list[str] = field(default_factory=list)
    hops: int = 1
    node_types: list[str] = field(default_factory=list)
    edge_types: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None

    def is_everything(self) -> bool:
        return not (self.centers or self.node_types or self.edge_types or self.statuses
                    or self.since or self.until)


def _edge_date(data: dict) -> str | None:
    if data.get("date"):
        return data["date"]
    dates = [e.get("date") for e in data.get("evidence", []) if e.get("date")]
    return min(dates) if dates else None


def _neighbourhood(g: nx.MultiDiGraph, centers: list[str], hops: int, node_ok, edge_ok) -> set[str]:
    """Nodes within ``hops`` of any centre, in either direction, through allowed nodes and edges."""
    keep = set(centers)
    frontier = list(dict.fromkeys(centers))
    for _ in range(hops):
        nxt = []
        for n in frontier:
            for adj in (g.succ[n], g.pred[n]):
                for m, keys in adj.items():
                    if m not in keep and node_ok(m) and any(edge_ok(d) for d in keys.values()):
                        keep.add(m)
                        nxt.append(m)
        frontier = nxt
    return keep


def select(store: GraphStore, centers: Iterable[str] = (), hops: int = 1,
           node_types: Iterable[str] = (), edge_types: Iterable[str] = (),
           statuses: Iterable[str] = (), since: str | None = None, until: str | None = None) -> GraphStore:
    """A new store holding the selected part of ``store``.

    Edges are kept when their type is allowed and their date (or their evidence's date) falls within
    [since, until]; nodes when their type is allowed and, for measures, their status is allowed.
    With centers, only what lies within ``hops`` of a centre (either direction) remains. The centres
    themselves always stay. Raises SelectionError when a name is unknown or nothing is selected.
    """
    node_types, edge_types, statuses = set(node_types), set(edge_types), set(statuses)
    for t in node_types - set(vocabulary.NODE_TYPES):
        raise SelectionError(f"unknown node type {t!r}; one of {', '.join(vocabulary.NODE_TYPES)}")
    for t in edge_types - set(vocabulary.EDGE_TYPES):
        raise SelectionError(f"unknown edge type {t!r}; one of {', '.join(vocabulary.EDGE_TYPES)}")
    known_statuses = set(vocabulary.STATUS_OF.values())
    for s in statuses - known_statuses:
        raise SelectionError(f"unknown status {s!r}; one of {', '.join(sorted(known_statuses))}")
    g = store.graph
    center_ids = [find_node(store, c) for c in centers]

    def node_ok(n: str) -> bool:
        d = g.nodes[n]
        if n in center_ids:
            return True
        if node_types and d["type"] not in node_types:
            return False
        if statuses and d["type"] == "Measure" and d.get("status") not in statuses:
            return False
        return True

    def edge_ok(data: dict) -> bool:
        if edge_types and data["type"] not in edge_types:
            return False
        date = _edge_date(data)
        if (since or until) and not date:
            return False
        if since and date < since:
            return False
        if until and date[: len(until)] > until:
            return False
        return True

    view = nx.MultiDiGraph()
    if center_ids:
        # Walk out from the centres over allowed nodes and edges only, so the cost follows the size of
        # the neighbourhood, not of the graph (same result as filtering everything first).
        keep = _neighbourhood(g, center_ids, hops, node_ok, edge_ok)
        view.add_nodes_from((n, g.nodes[n]) for n in sorted(keep))
        view.add_edges_from((u, v, k, d) for u in keep for v, keys in g.succ[u].items() if v in keep
                            for k, d in keys.items() if edge_ok(d))
    else:
        view.add_nodes_from((n, d) for n, d in g.nodes(data=True) if node_ok(n))
        view.add_edges_from((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True)
                            if u in view and v in view and edge_ok(d))
        if since or until or edge_types:
            view.remove_nodes_from([n for n in list(view) if view.degree(n) == 0 and n not in center_ids])
    if view.number_of_nodes() == 0:
        raise SelectionError("the selection is empty: no node matches those options")
    out = GraphStore()
    out.graph = view
    used = {e["document"] for _, _, d in view.edges(data=True) for e in d.get("evidence", [])}
    used |= {s for _, d in view.nodes(data=True) for s in d.get("sources", [])}
    out.documents = {k: v for k, v in store.documents.items() if k in used}
    return out
