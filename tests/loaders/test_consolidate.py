"""Cross-document folding: one actor under a short name, never two measures under a common noun."""

from policygraph.graph.records import Entity
from policygraph.graph.store import GraphStore
from policygraph.loaders.consolidate import consolidate


def test_a_measure_is_not_folded_by_a_common_noun_alias():
    store = GraphStore()
    named = Entity.make("Measure", "App Store Accountability Act")
    named.aliases = {"law", "ASAA"}
    other = Entity.make("Measure", "law")
    short = Entity.make("Measure", "ASAA")
    for e in (named, other, short):
        e.sources = {"d_1"}
    store.merge([named, other, short], [])
    consolidate(store)
    names = {d["name"] for _, d in store.graph.nodes(data=True)}
    assert names == {"App Store Accountability Act", "law"}


def test_a_bare_group_is_not_folded_into_another_storys_group_by_a_common_alias():
    store = GraphStore()
    party = Entity.make("Official", "LDP officials")
    party.aliases = {"officials"}
    party.attrs["group"] = True
    party.sources = {"d_1"}
    bare = Entity.make("Official", "Officials")
    bare.attrs["group"] = True
    bare.sources = {"d_2"}
    store.merge([party, bare], [])
    consolidate(store)
    names = {d["name"] for _, d in store.graph.nodes(data=True)}
    assert names == {"LDP officials", "Officials"}
