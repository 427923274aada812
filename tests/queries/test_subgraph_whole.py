"""select() must give exactly what the plain definition gives: same nodes, edges, attributes and order.

The reference below is the plain networkx version of select (as it was before the whole-graph filter
was made fast): add the allowed nodes, then the allowed edges between them, then drop the nodes left
without an edge when an edge filter is on. The graphs are random, with multi-edges, self-loops, edges
added out of node order (so predecessor order differs from node order), dates of every precision and
missing dates (None, "" or no key at all, on the edge and on its quotes), so that order and corner
cases are compared, not only sets.
"""

from __future__ import annotations

import random

import networkx as nx
import pytest

from policygraph.graph import vocabulary
from policygraph.graph.errors import SelectionError
from policygraph.graph.store import GraphStore
from policygraph.queries.subgraph import select

STATUSES = sorted(set(vocabulary.STATUS_OF.values()))


def reference(store: GraphStore, centers=(), hops=1, node_types=(), edge_types=(), statuses=(),
              since=None, until=None) -> GraphStore:
    g = store.graph
    node_types, edge_types, statuses, centers = set(node_types), set(edge_types), set(statuses), list(centers)

    def node_ok(n):
        d = g.nodes[n]
        if n in centers:
            return True
        if node_types and d["type"] not in node_types:
            return False
        return not (statuses and d["type"] == "Measure" and d.get("status") not in statuses)

    def edge_date(d):
        if d.get("date"):
            return d["date"]
        dates = [e.get("date") for e in d.get("evidence", []) if e.get("date")]
        return min(dates) if dates else None

    def edge_ok(d):
        if edge_types and d["type"] not in edge_types:
            return False
        date = edge_date(d)
        if (since or until) and not date:
            return False
        return not ((since and date < since) or (until and date[: len(until)] > until))

    view = nx.MultiDiGraph()
    if centers:
        keep, frontier = set(centers), list(dict.fromkeys(centers))
        for _ in range(hops):
            nxt = []
            for n in frontier:
                for adj in (g.succ[n], g.pred[n]):
                    for m, keys in adj.items():
                        if m not in keep and node_ok(m) and any(edge_ok(d) for d in keys.values()):
                            keep.add(m)
                            nxt.append(m)
            frontier = nxt
        view.add_nodes_from((n, g.nodes[n]) for n in sorted(keep))
        view.add_edges_from((u, v, k, d) for u in keep for v, keys in g.succ[u].items() if v in keep
                            for k, d in keys.items() if edge_ok(d))
    else:
        view.add_nodes_from((n, d) for n, d in g.nodes(data=True) if node_ok(n))
        view.add_edges_from((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True)
                            if u in view and v in view and edge_ok(d))
        if since or until or edge_types:
            view.remove_nodes_from([n for n in list(view) if view.degree(n) == 0])
    if view.number_of_nodes() == 0:
        raise SelectionError("the selection is empty: no node matches those options")
    out = GraphStore()
    out.graph = view
    used = {e["document"] for _, _, d in view.edges(data=True) for e in d.get("evidence", [])}
    used |= {s for _, d in view.nodes(data=True) for s in d.get("sources", [])}
    out.documents = {k: v for k, v in store.documents.items() if k in used}
    return out


def random_store(seed: int, n_nodes: int = 300, n_edges: int = 1200) -> GraphStore:
    rng = random.Random(seed)
    store = GraphStore()
    store.documents = {f"d{i}": {"id": f"d{i}", "title": f"Story {i}", "date": f"2025-{1 + i % 12:02d}-01"}
                       for i in range(40)}
    docs = list(store.documents)
    ids = [f"n{i}" for i in range(n_nodes)]
    rng.shuffle(ids)                                        # node order is not name order
    g = store.graph
    for n in ids:
        t = rng.choice(list(vocabulary.NODE_TYPES))
        g.add_node(n, type=t, name=f"Name {n}", aliases=[], sources=sorted(rng.sample(docs, rng.randint(0, 2))))
        if t == "Measure":
            g.nodes[n].update(status=rng.choice(STATUSES + [None]), status_history=[])

    def date():
        return rng.choice([None, "2025", f"2025-{rng.randint(1, 12):02d}",
                           f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"2024-{rng.randint(1, 12):02d}"])

    pairs = []
    for i in range(n_edges):
        if pairs and rng.random() < 0.1:
            u, v = rng.choice(pairs)                        # a second edge between the same pair
        elif rng.random() < 0.01:
            u = v = rng.choice(ids)                         # a self-loop
        else:
            u, v = rng.choice(ids), rng.choice(ids)
        pairs.append((u, v))
        etype = rng.choice(list(vocabulary.EDGE_TYPES))
        evidence = [{"document": rng.choice(docs), "quote": "Q.", "start": 0, "end": 2, "date": date()}
                    for _ in range(rng.choice([0, 1, 1, 1, 2, 3]))]
        for e in evidence:
            if rng.random() < 0.05:
                del e["date"]                               # a quote with no date key
        g.add_edge(u, v, key=f"e{i}", type=etype, stance=None, status=vocabulary.STATUS_OF.get(etype),
                   date=date() if etype in vocabulary.STATUS_OF else rng.choice([None, None, "", date()]),
                   confidence=0.5, extractor="test", evidence=evidence)
        attrs = g.edges[u, v, f"e{i}"]
        if rng.random() < 0.03:
            del attrs["date"]                               # an edge with no date key
        if rng.random() < 0.03:
            del attrs["evidence"]                           # an edge with no evidence key
    return store


def dump(store: GraphStore) -> dict:
    """Everything whose order or content a caller could see."""
    g = store.graph
    return {
        "nodes": [(n, list(d.items())) for n, d in g.nodes(data=True)],
        "edges": [(u, v, k, list(d.items())) for u, v, k, d in g.edges(keys=True, data=True)],
        "succ": [(n, list(g.succ[n])) for n in g],
        "pred": [(n, [(u, list(keys)) for u, keys in g.pred[n].items()]) for n in g],
        "in_edges": [list(g.in_edges(n, keys=True)) for n in g],
        "documents": list(store.documents.items()),
        "graph": dict(g.graph),
        "class": type(g),
    }


FILTERS = [
    {},
    {"node_types": ["Firm", "Measure"]},
    {"node_types": ["Measure"]},
    {"edge_types": ["LOBBIED", "OPPOSES", "SHELVED"]},
    {"statuses": ["shelved", "enacted"]},
    {"statuses": ["shelved"], "node_types": ["Firm", "Lawmaker"]},
    {"since": "2025-06"},
    {"until": "2025-03"},
    {"until": "2025"},
    {"since": "2025-02-10", "until": "2025-08"},
    {"edge_types": ["LOBBIED", "SUPPORTS", "SHELVED", "PASSED", "MEMBER_OF"], "since": "2025-05"},
    {"node_types": ["Firm", "Measure"], "since": "2025-06"},
    {"edge_types": ["LOBBIED", "PASSED", "ENACTED"], "statuses": ["enacted"], "until": "2025-10-15"},
    {"node_types": ["Person", "Firm", "Measure", "Agency"], "edge_types": ["LOBBIED", "EMPLOYED_BY", "OPPOSES"],
     "statuses": ["proposed", "shelved"], "since": "2024-06", "until": "2025-09"},
]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "nothing")
def test_whole_graph_filter_is_exact(seed, filters):
    store = random_store(seed)
    assert dump(select(store, **filters)) == dump(reference(store, **filters))


@pytest.mark.parametrize("filters", FILTERS[:4] + FILTERS[10:], ids=lambda f: ",".join(f) or "nothing")
def test_around_centres_is_exact(filters):
    store = random_store(4)
    g = store.graph
    centers = sorted(g, key=g.degree, reverse=True)[:2]
    for hops in (1, 2):
        assert dump(select(store, centers=centers, hops=hops, **filters)) == \
            dump(reference(store, centers=centers, hops=hops, **filters))


def test_later_parallel_edge_alone_kept():
    """Between the same pair, an edge that fails the filter followed by one that passes: the kept one
    alone makes the pair's key dict, shared by both directions, and the first is not in it."""
    store = random_store(7, n_nodes=20, n_edges=40)
    g = store.graph
    u, v = list(g)[:2]
    g.add_edge(u, v, key="x_old", type="LOBBIED", date="2024-01-01", evidence=[])
    g.add_edge(u, v, key="x_new", type="LOBBIED", date="2025-09-01", evidence=[])
    g.add_edge(u, v, key="x_other", type="SUPPORTS", date="2025-09-01", evidence=[])
    for filters in ({"since": "2025-06"}, {"edge_types": ["LOBBIED"], "since": "2025-06"}):
        out = select(store, **filters)
        assert dump(out) == dump(reference(store, **filters))
        assert "x_old" not in out.graph.succ[u][v] and "x_new" in out.graph.succ[u][v]
        assert out.graph._adj[u][v] is out.graph._pred[v][u]      # as networkx shares it


def test_output_is_a_copy():
    """Changing the selection's attributes or structure leaves the source store as it was."""
    store = random_store(5)
    before = dump(store)
    out = select(store, edge_types=["LOBBIED", "OPPOSES"])
    u, v, k, d = next(iter(out.graph.edges(keys=True, data=True)))
    d["type"] = "CHANGED"
    out.graph.nodes[u]["name"] = "Changed"
    out.graph.add_edge(u, v, key="new")
    out.graph.remove_node(v)
    assert dump(store) == before
    assert out.graph.number_of_nodes() == len(out.graph.nodes) == len(out.graph.succ) == len(out.graph.pred)


def test_empty_selection_raises():
    store = random_store(6)
    with pytest.raises(SelectionError):
        reference(store, since="2030")
    with pytest.raises(SelectionError):
        select(store, since="2030")
