"""The JSON store: contract shape, idempotent merging, atomic saves, refusal of foreign files."""

import json

import pytest

from policygraph.graph import Entity, Evidence, GraphFileError, GraphStore, Relation
from policygraph.graph.ids import content_id, make_id, normalize
from policygraph.graph.store import merge_nodes


def test_contract_shape(small_store):
    data = small_store.to_dict()
    assert data["schema_version"] == 1
    assert {"id", "title", "path", "url", "date"} <= set(data["documents"][0])
    node = next(n for n in data["nodes"] if n["name"] == "Chip Act")
    assert node["type"] == "Measure" and node["status"] == "shelved"
    assert [h["status"] for h in node["status_history"]] == ["introduced", "shelved"]
    for edge in data["edges"]:
        assert {"id", "source", "target", "type", "stance", "status", "date", "confidence", "evidence"} <= set(edge)
        assert edge["evidence"], "every edge carries evidence"
        assert {"document", "quote", "start", "end", "date"} <= set(edge["evidence"][0])


def test_merging_twice_changes_nothing(small_store):
    before = json.dumps(small_store.to_dict())
    again = GraphStore.from_dict(json.loads(before))
    nodes = [Entity.make("Firm", "ChipCo"), Entity.make("Measure", "Chip Act")]
    quote = "ChipCo lobbied against the Chip Act."
    ev = Evidence("d_one", quote, 0, len(quote), "2025-02-01")
    again.merge(nodes, [Relation(nodes[0].id, nodes[1].id, "LOBBIED", [ev], stance="oppose", confidence=0.8)])
    assert json.dumps(again.to_dict()) == before


def test_save_is_atomic_and_round_trips(small_store, tmp_path):
    path = tmp_path / "g.json"
    small_store.save(path)
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]
    assert GraphStore.load(path).to_dict() == small_store.to_dict()


@pytest.mark.parametrize("content, message", [
    ("{not json", "invalid JSON at line 1"),
    ('{"nodes": []}', "no schema_version"),
    ('{"schema_version": 7, "nodes": []}', "schema_version 7"),
    ('[1, 2]', "no schema_version"),
])
def test_foreign_files_are_refused(tmp_path, content, message):
    path = tmp_path / "g.json"
    path.write_text(content)
    with pytest.raises(GraphFileError, match=message):
        GraphStore.load(path)
    assert path.read_text() == content


def test_later_status_wins_and_same_day_orders_by_stage():
    store = GraphStore()
    gov, bill = Entity.make("Government", "Ruritania"), Entity.make("Measure", "Data Act")
    ev = lambda q: [Evidence("d", q, 0, len(q), None)]  # noqa: E731
    store.merge([gov, bill], [
        Relation(gov.id, bill.id, "ENACTED", ev("enacted"), date="2024-05-01"),
        Relation(gov.id, bill.id, "PASSED", ev("passed"), date="2024-05-01"),
        Relation(gov.id, bill.id, "PROPOSED", ev("proposed"), date="2023-01"),
    ])
    assert store.graph.nodes[bill.id]["status"] == "enacted"
    assert [h["status"] for h in store.graph.nodes[bill.id]["status_history"]] == ["proposed", "passed", "enacted"]


def test_a_change_dated_after_its_report_is_scheduled_not_the_status():
    from policygraph.graph.records import Document
    store = GraphStore()
    store.add_document(Document(id="d", title="t", text="x", date="2024-09-11"))
    gov, bill = Entity.make("Government", "Ruritania"), Entity.make("Measure", "Platform Workers Bill")
    ev = lambda q: [Evidence("d", q, 0, len(q), None)]  # noqa: E731
    store.merge([gov, bill], [
        Relation(gov.id, bill.id, "PASSED", ev("passed"), date="2024-09-10"),
        Relation(gov.id, bill.id, "ENACTED", ev("takes effect"), date="2025-01-01"),
    ])
    node = store.graph.nodes[bill.id]
    assert [h["status"] for h in node["status_history"]] == ["passed", "enacted"]
    assert node["status"] == "passed"
    store.merge([], [Relation(gov.id, bill.id, "PAUSED", ev("paused"), date="2024-09-11")])  # the same day: done
    assert store.graph.nodes[bill.id]["status"] == "paused"


def test_merge_nodes_rekeys_edges_and_keeps_evidence(small_store):
    g = small_store.graph
    chip = next(n for n, d in g.nodes(data=True) if d["name"] == "ChipCo")
    extra = Entity.make("Firm", "ChipCo Inc")
    act = next(n for n, d in g.nodes(data=True) if d["name"] == "Chip Act")
    ev = [Evidence("d_two", "ChipCo Inc opposed the Chip Act.", 0, 31, None)]
    small_store.merge([extra], [Relation(extra.id, act, "OPPOSES", ev)])
    merge_nodes(small_store, chip, extra.id)
    assert extra.id not in g and "ChipCo Inc" in g.nodes[chip]["aliases"]
    opposes = [d for u, v, d in g.edges(data=True) if u == chip and d["type"] == "OPPOSES"]
    assert opposes and opposes[0]["evidence"][0]["document"] == "d_two"


def test_ids_are_deterministic_and_normalized():
    assert normalize("The U.S. Department of Commerce’s") == "us department of commerce"
    assert make_id("n", "actor", "Nvidia") == make_id("n", "actor", "NVIDIA")
    assert content_id("a  b\n") == content_id("a b")
    assert make_id("n", "actor", "Nvidia") != make_id("n", "measure", "Nvidia")


def test_relation_without_evidence_is_refused():
    with pytest.raises(ValueError, match="without evidence"):
        Relation("a", "b", "LOBBIED", [])


def test_an_edge_found_twice_is_credited_to_the_rules_in_either_order():
    from policygraph.graph.store import preferred_extractor
    for a, b in (("learned/1/m", "rules/3/m"), ("rules/3/m", "learned/1/m"), ("", "rules/3/m"), ("rules/3/m", "")):
        assert preferred_extractor(a, b) == "rules/3/m"
    assert preferred_extractor("", "learned/1/m") == "learned/1/m"
