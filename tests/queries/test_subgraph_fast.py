"""select() with centres walks out from them; it must give what filtering the whole graph first gives."""

from __future__ import annotations

import networkx as nx
import pytest

from policygraph.queries.subgraph import select


def reference(store, centers, hops, **filters):
    """The definition: filter everything, then keep what lies within hops of a centre."""
    whole = select(store, **filters) if filters else store
    g = whole.graph
    ids = [n for n, d in store.graph.nodes(data=True) if d["name"] in centers]
    for c in ids:                       # centres always stay
        if c not in g:
            g = g.copy(); g.add_node(c, **store.graph.nodes[c])
    und = g.to_undirected(as_view=True)
    keep = set()
    for c in ids:
        keep |= set(nx.single_source_shortest_path_length(und, c, cutoff=hops))
    sub = g.subgraph(keep)
    return set(sub.nodes), set(sub.edges(keys=True))


@pytest.mark.parametrize("centers, hops, filters", [
    (["ChipCo"], 1, {}), (["ChipCo"], 2, {}), (["Bo Tran", "Data Rule"], 1, {}),
    (["ChipCo"], 3, {"edge_types": ["LOBBIED", "LEADS", "MET_WITH"]}),
    (["Commerce Committee"], 2, {"since": "2025-03"}), (["Chip Act"], 2, {"node_types": ["Measure", "Firm", "Agency"]}),
])
def test_same_as_filter_first(small_store, centers, hops, filters):
    got = select(small_store, centers=centers, hops=hops, **filters)
    assert (set(got.graph.nodes), set(got.graph.edges(keys=True))) == reference(small_store, centers, hops, **filters)


def test_examples_neighbourhoods(examples_store):
    g = examples_store.graph
    for node in sorted(g, key=g.degree, reverse=True)[:5]:
        name = g.nodes[node]["name"]
        if sum(d["name"] == name or name in d.get("aliases", []) for _, d in g.nodes(data=True)) != 1:
            continue
        got = select(examples_store, centers=[node], hops=2)
        assert (set(got.graph.nodes), set(got.graph.edges(keys=True))) == reference(examples_store, [name], 2)
