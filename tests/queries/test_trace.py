"""trace: paths from actors to measures, on graphs whose answers are known by construction."""

from __future__ import annotations

import json

import pytest

from policygraph.graph.errors import SelectionError
from policygraph.queries.trace import (TracePath, edge_date, format_markdown, format_text, not_later,
                                       path_record, trace, trace_frame)


def chains(built, paths):
    return [built.names(p.nodes) for p in paths]


def test_small_store_shelved_ordered(small_store):
    paths = trace(small_store, target_statuses=["shelved"], ordered=True)
    assert [[small_store.graph.nodes[n]["name"] for n in p.nodes] for p in paths] == [
        ["ChipCo", "Chip Act"], ["Bo Tran", "ChipCo", "Chip Act"]]
    first = paths[0]
    assert first.outcome["status"] == "shelved" and first.outcome["by_name"] == "Commerce Committee"
    assert first.outcome["date"] == "2025-03-01"
    assert paths[1].reversed == [False, False]


def test_default_sources_are_actors_with_influence_edges(small_store):
    # Commerce Committee and Ada Lane have no influence edges: never a start
    starts = {small_store.graph.nodes[p.source]["name"] for p in trace(small_store)}
    assert starts == {"ChipCo", "Bo Tran"}


def test_status_hop_ends_path_and_is_the_outcome(small_store):
    paths = trace(small_store, sources=["Bo Tran"], max_hops=2)
    via_lane = [p for p in paths if small_store.graph.nodes[p.nodes[1]]["name"] == "Ada Lane"]
    assert len(via_lane) == 1
    assert via_lane[0].outcome["status"] == "introduced"
    assert via_lane[0].outcome["edge"] == via_lane[0].edges[-1]


def test_affiliation_walked_backwards(small_store):
    paths = trace(small_store, sources=["ChipCo"], max_hops=3)
    back = [p for p in paths if p.reversed and p.reversed[0]]
    assert [[small_store.graph.nodes[n]["name"] for n in p.nodes] for p in back] == [
        ["ChipCo", "Bo Tran", "Ada Lane", "Chip Act"]]
    u, v, _ = back[0].edges[0]
    assert small_store.graph.nodes[u]["name"] == "Bo Tran" and small_store.graph.nodes[v]["name"] == "ChipCo"


def test_ties_ranked_by_documents_then_confidence_then_name(tie_graph):
    paths = trace(tie_graph.store, target_statuses=["shelved"])
    assert chains(tie_graph, paths) == [["Bravo", "Alpha Act"], ["Delta", "Alpha Act"], ["Able", "Alpha Act"],
                                        ["Echo", "Senator", "Alpha Act"]]
    assert [p.documents for p in paths] == [2, 1, 1, 1]
    assert paths[1].confidence == 0.9 and paths[2].confidence == 0.6
    assert paths[3].outcome["edge"] == paths[3].edges[-1]


def test_exact_tie_is_stable(tie_graph):
    a = [p.edges for p in trace(tie_graph.store)]
    b = [p.edges for p in trace(tie_graph.store)]
    assert a == b


def test_cycle_terminates_with_simple_paths(cycle_graph):
    paths = trace(cycle_graph.store, max_hops=6)
    assert chains(cycle_graph, paths) == [["B", "C", "Beta Bill"], ["A", "B", "C", "Beta Bill"]]
    for p in paths:
        assert len(set(p.nodes)) == len(p.nodes)


def test_actor_with_no_path(cycle_graph):
    assert trace(cycle_graph.store, sources=["Lone"]) == []


def test_max_hops_cuts(cycle_graph):
    assert chains(cycle_graph, trace(cycle_graph.store, max_hops=2)) == [["B", "C", "Beta Bill"]]
    assert trace(cycle_graph.store, max_hops=1) == []


def test_ordered_drops_later_and_undated(dated_graph):
    everything = trace(dated_graph.store, target_statuses=["dropped"])
    # K&L has no influence edge of its own, so it is no default start
    assert {dated_graph.names(p.nodes)[0] for p in everything} == {"Early", "Late", "Undated", "Agent LLC"}
    ordered = trace(dated_graph.store, target_statuses=["dropped"], ordered=True)
    assert sorted(dated_graph.names(p.nodes)[0] for p in ordered) == ["Agent LLC", "Early"]
    assert all(p.outcome["status"] == "dropped" and p.outcome["date"] == "2025-03-01" for p in ordered)


def test_representation_leads_client_to_measure(dated_graph):
    paths = trace(dated_graph.store, sources=["K&L"])
    assert chains(dated_graph, paths) == [["K&L", "Agent LLC", "Gamma Rule"]]
    assert paths[0].reversed == [True, False]


def test_target_by_name_and_status_filter(dated_graph, small_store):
    assert trace(dated_graph.store, targets=["gamma rule"], target_statuses=["shelved"]) == []
    assert len(trace(small_store, targets=["the bill"], sources=["ChipCo"], max_hops=1)) == 1


def test_edge_types_restrict(small_store):
    paths = trace(small_store, edge_types=["LOBBIED"])
    assert [[small_store.graph.nodes[n]["name"] for n in p.nodes] for p in paths] == [["ChipCo", "Chip Act"]]
    # the outcome is still reported although SHELVED edges may not be walked
    assert paths[0].outcome["status"] == "shelved"


def test_source_types(tie_graph):
    assert trace(tie_graph.store, source_types=["Lawmaker"]) == []
    assert {tie_graph.names(p.nodes)[0] for p in trace(tie_graph.store, source_types=["Firm"])} == {
        "Able", "Bravo", "Delta", "Echo"}


def test_limit_keeps_the_best(tie_graph):
    assert chains(tie_graph, trace(tie_graph.store, limit=2)) == [["Bravo", "Alpha Act"], ["Delta", "Alpha Act"]]
    assert len(trace(tie_graph.store, limit=100)) == 4


@pytest.mark.parametrize("kwargs, message", [
    ({"sources": ["Chipco Inc"]}, "no node named 'Chipco Inc' in the graph; did you mean 'ChipCo', 'Chip Act'?"),
    ({"target_statuses": ["asleep"]}, "unknown status 'asleep'"),
    ({"source_types": ["Measure"]}, "unknown actor type 'Measure'"),
    ({"edge_types": ["LIKES"]}, "unknown edge type 'LIKES'"),
    ({"targets": ["ChipCo"]}, "'ChipCo' is a Firm, not a Measure"),
    ({"sources": ["Chip Act"]}, "'Chip Act' is a Measure, not an actor"),
    ({"max_hops": 0}, "max_hops must be at least 1"),
])
def test_errors(small_store, kwargs, message):
    with pytest.raises(SelectionError) as err:
        trace(small_store, **kwargs)
    assert str(err.value).startswith(message)


def test_outputs_carry_quotes_and_sources(small_store):
    paths = trace(small_store, target_statuses=["shelved"], ordered=True)
    text = format_text(small_store, paths)
    assert "ChipCo -[LOBBIED oppose]-> Chip Act   [2025-02-01]" in text
    assert '"ChipCo lobbied against the Chip Act."' in text
    assert "outcome: shelved by Commerce Committee on 2025-03-01" in text
    assert '"The committee shelved the bill on March 1."' in text
    assert "-- Chip Act shelved, 2025-02-01, https://example.org/1" in text
    md = format_markdown(small_store, paths)
    assert "### 1. ChipCo → Chip Act (shelved)" in md and "[Chip Act shelved](https://example.org/1)" in md
    rec = json.loads(json.dumps(path_record(small_store, paths[0], 1)))
    assert rec["steps"][0]["evidence"][0]["quote"] == "ChipCo lobbied against the Chip Act."
    assert rec["outcome"]["by"]["name"] == "Commerce Committee" and not rec["outcome"]["is_last_hop"]
    frame = trace_frame(small_store, paths)
    assert frame["chain"].tolist()[0] == "ChipCo -[LOBBIED oppose]-> Chip Act"
    assert format_text(small_store, []) == "No paths found.\n"


def test_markdown_escapes_html(small_store):
    paths = trace(small_store, sources=["ChipCo"])
    md = format_markdown(small_store, paths)
    assert "<" not in md.replace("\\<", "")


def test_helpers():
    assert edge_date({"date": None, "evidence": [{"date": None}]}) is None
    assert not_later("2025-03-01", "2025-03-01") and not_later("2025-03-02", "2025-03")
    assert not not_later("2025-04", "2025-03-31") and not not_later("2025-03-02", "2025-03-01")
    assert TracePath(nodes=["a", "b"], edges=[("a", "b", "k")]).measure == "b"


def test_examples_graph_paths_are_consistent(examples_store):
    g = examples_store.graph
    for p in trace(examples_store, target_statuses=["shelved", "dropped", "vetoed"], ordered=True):
        assert g.nodes[p.nodes[-1]]["status"] in ("shelved", "dropped", "vetoed")
        assert p.hops == len(p.edges) == len(p.nodes) - 1 <= 4
        for (u, v, k), rev, a, b in zip(p.edges, p.reversed, p.nodes, p.nodes[1:]):
            assert g.has_edge(u, v, k) and ((u, v) == (b, a) if rev else (u, v) == (a, b))
            assert g.edges[u, v, k]["evidence"]
        assert p.outcome and p.outcome["status"] in ("shelved", "dropped", "vetoed")


def test_a_hop_only_the_learned_model_drew_ranks_after_the_rules_and_says_so():
    from conftest import build as make
    built = make([("Firm", "Sure"), ("Firm", "Guess"), ("Agency", "Regulator"), ("Measure", "Delta Rule")],
                 [("Guess", "Delta Rule", "OPPOSES", {"confidence": 0.9, "extractor": "learned/1/model"}),
                  ("Sure", "Delta Rule", "LOBBIED", {"stance": "oppose", "confidence": 0.5}),
                  ("Regulator", "Delta Rule", "SHELVED", {"date": "2025-03-01"})])
    paths = trace(built.store, target_statuses=["shelved"])
    assert chains(built, paths) == [["Sure", "Delta Rule"], ["Guess", "Delta Rule"]]
    assert [p.learned for p in paths] == [0, 1]
    text = format_text(built.store, paths)
    assert text.count("(learned reader, p=0.90)") == 1
    assert "Guess -[OPPOSES oppose]-> Delta Rule   [2025-01-15]   (learned reader, p=0.90)" in text
    assert "learned reader" in format_markdown(built.store, paths)


def test_parallel_edges_between_the_same_nodes_are_one_path():
    from conftest import build as make
    built = make([("Firm", "Acme"), ("Lawmaker", "Senator"), ("Measure", "Gamma Act")],
                 [("Acme", "Gamma Act", "LOBBIED", {"stance": "oppose"}),
                  ("Acme", "Gamma Act", "CRITICIZED", {"stance": "oppose"}),
                  ("Acme", "Senator", "PRESSURED", {}), ("Acme", "Senator", "MET_WITH", {}),
                  ("Senator", "Gamma Act", "SHELVED", {"date": "2025-03-01"})])
    paths = trace(built.store, target_statuses=["shelved"])
    assert chains(built, paths) == [["Acme", "Gamma Act"], ["Acme", "Senator", "Gamma Act"]]
    g = built.store.graph
    types = [{g.edges[e]["type"] for e in [p.edges[0], *p.parallel[0]]} for p in paths]
    assert types == [{"LOBBIED", "CRITICIZED"}, {"PRESSURED", "MET_WITH"}]
    assert paths[1].parallel[1] == []
    assert chains(built, trace(built.store, target_statuses=["shelved"], limit=1)) == [["Acme", "Gamma Act"]]
    rec = json.loads(json.dumps(path_record(built.store, paths[0], 1)))
    assert {rec["steps"][0]["type"], rec["steps"][0]["also"][0]["type"]} == {"LOBBIED", "CRITICIZED"}
    text = format_text(built.store, paths)
    assert "Acme lobbied Gamma Act (story 1)." in text and "Acme criticized Gamma Act (story 1)." in text
    assert text.count("   also -[") == 2
    chain = trace_frame(built.store, paths)["chain"].tolist()[0]
    assert chain in ("Acme -[LOBBIED oppose | CRITICIZED oppose]-> Gamma Act",
                     "Acme -[CRITICIZED oppose | LOBBIED oppose]-> Gamma Act")


def test_a_parallel_edge_from_the_same_sentence_shows_its_quote_once():
    from policygraph.graph import Entity, Evidence, GraphStore, Relation
    store = GraphStore()
    acme, act, panel = Entity.make("Firm", "Acme"), Entity.make("Measure", "Gamma Act"), Entity.make("Agency", "Panel")
    quote = "Acme lobbied against the Gamma Act, calling it reckless."
    ev = [Evidence("d1", quote, 0, len(quote), "2025-02-01")]
    store.merge([acme, act, panel], [Relation(acme.id, act.id, "LOBBIED", ev, stance="oppose"),
                                     Relation(acme.id, act.id, "CRITICIZED", ev, stance="oppose"),
                                     Relation(panel.id, act.id, "SHELVED", [Evidence("d1", "It was shelved.", 60, 75,
                                                                                     "2025-03-01")],
                                              date="2025-03-01")])
    paths = trace(store, target_statuses=["shelved"])
    assert len(paths) == 1
    text = format_text(store, paths)
    assert text.count(quote) == 1 and "(same quote)" in text
    assert format_markdown(store, paths).count("calling it reckless") == 1
