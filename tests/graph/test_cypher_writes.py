"""The write plan and statements, without a database."""

from __future__ import annotations

import pytest

from policygraph.graph import cypher_writes as cw
from policygraph.graph import vocabulary
from policygraph.graph.errors import PolicyGraphError


def test_neo4j_constraints_use_neo4j5_syntax():
    assert cw.schema_statements("neo4j") == [
        "CREATE CONSTRAINT policygraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT policygraph_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT policygraph_evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE",
    ]


def test_falkordb_gets_indexes_and_unknown_engine_fails():
    assert cw.schema_statements("falkordb")[0] == "CREATE INDEX FOR (n:Entity) ON (n.id)"
    with pytest.raises(PolicyGraphError, match="unknown engine 'memgraph'"):
        cw.schema_statements("memgraph")


def test_statements_take_values_only_as_parameters():
    assert cw.edge_statement("LOBBIED") == (
        "UNWIND $rows AS row MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target}) "
        "MERGE (a)-[r:LOBBIED {id: row.id}]->(b) SET r += row.props")
    for bad in ("Firm) DETACH DELETE (n", "Nope"):
        with pytest.raises(PolicyGraphError):
            cw.node_statement(bad)
    with pytest.raises(PolicyGraphError, match="unknown edge type 'x'"):
        cw.edge_statement("x")


def test_plan_groups_by_label_and_type(small_store):
    plan = cw.write_plan(small_store)
    whats = [g.what for g in plan]
    assert whats == sorted(w for w in whats if w.startswith("nodes")) + sorted(w for w in whats if w.startswith("rel"))
    g = small_store.graph
    for group in plan:
        kind, name = group.what.split()
        if kind == "nodes":
            assert {r["id"] for r in group.rows} == {n for n, d in g.nodes(data=True) if d["type"] == name}
            assert group.cypher == cw.node_statement(name)
        else:
            assert {r["id"] for r in group.rows} == {k for _, _, k, d in g.edges(keys=True, data=True) if d["type"] == name}
            assert name in vocabulary.EDGE_TYPES
    assert sum(len(gr.rows) for gr in plan) == g.number_of_nodes() + g.number_of_edges()


def test_evidence_and_history_are_flattened_to_scalar_lists(small_store):
    plan = {g.what: g for g in cw.write_plan(small_store)}
    row = plan["relationships LOBBIED"].rows[0]
    props = row["props"]
    assert props["evidence_quotes"] == ["ChipCo lobbied against the Chip Act."]
    assert props["evidence_documents"] == ["d_one"]
    assert props["evidence_starts"] == [0] and props["stance"] == "oppose"
    assert props["first_seen"] == "2025-02-01" and "evidence" not in props and "type" not in props
    measure = next(r for r in plan["nodes Measure"].rows if r["props"]["name"] == "Chip Act")["props"]
    assert measure["history_statuses"] == ["introduced", "shelved"]
    assert measure["history_dates"] == ["2024-11-01", "2025-03-01"]
    for group in plan.values():
        for r in group.rows:
            for value in r["props"].values():
                assert not isinstance(value, dict)
                if isinstance(value, list):
                    assert None not in value and len({type(v) for v in value}) <= 1


def test_missing_values_in_lists_become_gaps():
    props = cw.edge_props({"type": "LOBBIED", "date": None, "evidence": [
        {"document": "d", "quote": "q", "start": None, "end": None, "date": None}]})
    assert props["evidence_starts"] == [-1] and props["evidence_dates"] == [""] and props["first_seen"] is None


def test_evidence_nodes_mode_adds_documents_mentions_quotes(small_store):
    plan = {g.what: g for g in cw.write_plan(small_store, evidence="nodes")}
    assert {r["id"] for r in plan["documents"].rows} == {"d_one", "d_two"}
    quotes = plan["evidence"].rows
    assert len(quotes) == sum(len(d["evidence"]) for _, _, d in small_store.graph.edges(data=True))
    assert len({q["id"] for q in quotes}) == len(quotes)
    assert plan["evidence"].cypher == cw.EVIDENCE_STATEMENT
    with pytest.raises(PolicyGraphError, match="unknown evidence mode"):
        cw.write_plan(small_store, evidence="json")


@pytest.mark.parametrize("size,expected", [(1, [1, 1, 1]), (2, [2, 1]), (5, [3])])
def test_batches(size, expected):
    assert [len(b) for b in cw.batches([{}, {}, {}], size)] == expected
    with pytest.raises(PolicyGraphError):
        list(cw.batches([{}], 0))
