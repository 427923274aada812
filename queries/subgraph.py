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
    """The edge's own date, else its earliest quote's date, else None."""
    if data.get("date"):
        return data["date"]
    evidence = data.get("evidence")
    if not evidence:
        return None
    if len(evidence) == 1:                            # the common case, without building a list
        return evidence[0].get("date") or None
    return _evidence_date(evidence)


def _evidence_date(evidence: list[dict]) -> str | None:
    """The earliest date among several quotes, or None."""
    dates = [e.get("date") for e in evidence if e.get("date")]
    return min(dates) if dates else None


def _edge_test(edge_types: set[str], since: str | None, until: str | None):
    """The edge filter: a function of an edge's data, true when its type and date are allowed;
    None when every edge is."""
    if not (edge_types or since or until):
        return None

    def edge_ok(data: dict) -> bool:
        if edge_types and data["type"] not in edge_types:
            return False
        if since or until:
            date = _edge_date(data)
            if not date or (since and date < since) or (until and date[: len(until)] > until):
                return False
        return True
    return edge_ok


def _filter_whole(g: nx.MultiDiGraph, node_ok, edge_types: set[str], since: str | None, until: str | None,
                  documents: dict) -> tuple[nx.MultiDiGraph, dict]:
    """A copy of ``g`` with the allowed nodes and the allowed edges between them (with an edge filter,
    without the nodes left with no edge), and the entries of ``documents`` that copy uses.

    Same graph, attribute dicts and order as ``add_nodes_from`` then ``add_edges_from`` over the
    allowed items (then ``remove_nodes_from``) give, but read from and written straight into
    networkx's own dicts ``_node``, ``_adj`` (successors) and ``_pred``, the dict-of-dict-of-dict-of-dict
    layout its MultiDiGraph docstring describes: those calls and the views cost microseconds per edge,
    most of the time on a large graph. Nodes keep ``g``'s order, each node's successors and edge keys
    theirs, and a node's predecessors come in the order their edges are met (sources in node order),
    as add_edges_from over ``g.edges`` inserts them. Attribute dicts are shallow copies, as networkx
    makes them. tests/queries/test_subgraph_whole.py compares the result, order included, with the
    plain networkx calls, so a networkx that changes this layout fails there.

    The edge loop is the whole cost on a large graph and is bound by memory (each edge's attributes
    sit somewhere else in the heap), so the type and date tests are written out in it, as in
    ``_edge_test``, rather than called per edge; docs/queries.md (Speed) has the figures.
    """
    nodes, adj = g._node, g._adj
    succ = {n: {} for n in nodes if node_ok(n)}
    pred = {n: {} for n in succ}
    into_of = pred.get                                # one lookup: is v kept, and where its predecessors go
    by_date = bool(since or until)
    unused = set(documents)                           # documents no kept edge quotes yet
    for u, out_u in succ.items():
        for v, keys in adj[u].items():
            into_v = into_of(v)
            if into_v is None:
                continue
            kept = None
            for k, d in keys.items():
                if edge_types and d["type"] not in edge_types:
                    continue
                if by_date:                           # _edge_date and the test of _edge_test
                    date = d.get("date")
                    if not date:
                        evidence = d.get("evidence")
                        if not evidence:
                            continue
                        date = evidence[0].get("date") if len(evidence) == 1 else _evidence_date(evidence)
                    if not date or (since and date < since) or (until and date[: len(until)] > until):
                        continue
                if kept is None:                      # one key dict, shared by both directions
                    kept = out_u[v] = into_v[u] = {k: d.copy()}
                else:
                    kept[k] = d.copy()
                if unused:
                    for e in d.get("evidence", ()):
                        unused.discard(e["document"])
    if edge_types or by_date:                         # drop the nodes left with no edge (order kept)
        for n in [n for n, out in succ.items() if not out and not pred[n]]:
            del succ[n], pred[n]
    view = nx.MultiDiGraph()
    view._node.update({n: nodes[n].copy() for n in succ})
    view._adj.update(succ)
    view._pred.update(pred)
    if unused:
        for n in succ:
            unused.difference_update(nodes[n].get("sources", ()))
    return view, {k: v for k, v in documents.items() if k not in unused}


def _documents_used(g: nx.MultiDiGraph, documents: dict) -> dict:
    """The entries of ``documents`` quoted by an edge of ``g`` or named as a node's source."""
    used = {e["document"] for _, _, d in g.edges(data=True) for e in d.get("evidence", [])}
    used |= {s for _, d in g.nodes(data=True) for s in d.get("sources", [])}
    return {k: v for k, v in documents.items() if k in used}


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
    nodes = g._node
    center_ids = [find_node(store, c) for c in centers]

    def node_ok(n: str) -> bool:
        d = nodes[n]
        if n in center_ids:
            return True
        if node_types and d["type"] not in node_types:
            return False
        if statuses and d["type"] == "Measure" and d.get("status") not in statuses:
            return False
        return True

    if center_ids:
        # Walk out from the centres over allowed nodes and edges only, so the cost follows the size of
        # the neighbourhood, not of the graph (same result as filtering everything first).
        edge_ok = _edge_test(edge_types, since, until) or (lambda data: True)
        keep = _neighbourhood(g, center_ids, hops, node_ok, edge_ok)
        view = nx.MultiDiGraph()
        view.add_nodes_from((n, g.nodes[n]) for n in sorted(keep))
        view.add_edges_from((u, v, k, d) for u in keep for v, keys in g.succ[u].items() if v in keep
                            for k, d in keys.items() if edge_ok(d))
        documents = _documents_used(view, store.documents)
    else:
        view, documents = _filter_whole(g, node_ok, edge_types, since, until, store.documents)
    if view.number_of_nodes() == 0:
        raise SelectionError("the selection is empty: no node matches those options")
    out = GraphStore()
    out.graph = view
    out.documents = documents
    return out
