"""The Cypher script export: literal escaping (property-tested by parsing back) and the script run on
the embedded FalkorDB engine, twice (idempotent), with counts and evidence surviving."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings, strategies as st

from conftest import HOSTILE
from policygraph.graph.errors import PolicyGraphError
from policygraph.graph.falkor import EmbeddedFalkor
from policygraph.queries.export_cypher import (cypher_name, cypher_statements, cypher_string, cypher_value,
                                               parse_cypher_string, to_cypher)

_names = itertools.count()


@given(st.text())
@settings(max_examples=500)
def test_string_literal_round_trip(text):
    literal = cypher_string(text)
    assert parse_cypher_string(literal) == text
    assert "\n" not in literal and "\r" not in literal and "\u2028" not in literal
    falkor = cypher_string(text, "falkordb")
    assert parse_cypher_string(falkor) == text.replace(chr(0), "\ufffd")
    assert "\n" not in falkor and "\r" not in falkor and chr(0) not in falkor
    body = literal[1:-1]
    # every quote inside the literal is escaped: removing escape pairs leaves none
    stripped = body.replace("\\\\", "").replace("\\'", "")
    assert "'" not in stripped


@given(st.lists(st.one_of(st.text(), st.integers(), st.booleans(), st.none(),
                          st.floats(allow_nan=False, allow_infinity=False))))
def test_list_values_round_trip(values):
    literal = cypher_value(values)
    assert literal.startswith("[") and literal.endswith("]") and "\n" not in literal


@pytest.mark.parametrize("text, literal", [
    ("it's", "'it\\'s'"), ("a\\b", "'a\\\\b'"), ('say "x"', "'say \\\"x\\\"'"), ("l1\nl2", "'l1\\nl2'"),
    ("tab\t", "'tab\\t'"), ("nul" + chr(0), "'nul\\u0000'"), ("é😀", "'é😀'"), ("\u2028", "'\\u2028'")])
def test_known_literals(text, literal):
    assert cypher_string(text) == literal


def test_falkordb_literals():
    assert cypher_string("a\u2028b" + chr(1), "falkordb") == "'a\u2028b" + chr(1) + "'"
    assert cypher_string("nul" + chr(0), "falkordb") == "'nul\ufffd'"
    assert cypher_string("l1\nl2 'q'", "falkordb") == "'l1\\nl2 \\'q\\''"


@pytest.mark.parametrize("bad", ["x", "'unterminated", "'a'b'", "'bad \\q'", "'\\u12'", "'end\\'"])
def test_parser_rejects(bad):
    with pytest.raises(ValueError):
        parse_cypher_string(bad)


def test_names_and_values():
    assert cypher_name("history_quotes") == "history_quotes"
    assert cypher_name("a b`c") == "`a b``c`"
    assert cypher_value(float("nan")) == "null" and cypher_value(True) == "true"
    with pytest.raises(PolicyGraphError, match="cannot write a dict as a Cypher value"):
        cypher_value({"a": 1})


def test_script_shape(hostile_store):
    script = to_cypher(hostile_store)
    lines = script.splitlines()
    assert lines[0].startswith("// policygraph Cypher export (neo4j): 7 nodes, 9 relationships.")
    statements = [line for line in lines if not line.startswith("//")]
    assert all(s.endswith(";") for s in statements)
    assert statements[0].startswith("CREATE CONSTRAINT policygraph_entity_id IF NOT EXISTS")
    assert sum(s.startswith("MERGE (n:Entity") for s in statements) == 7
    assert sum(s.startswith("MATCH (a:Entity") for s in statements) == 9
    assert "'O\\'Brien \\\\ \\\"Quotes\\\" Ltd'" in script
    assert to_cypher(hostile_store, dialect="falkordb").count("CREATE INDEX FOR (n:Entity) ON (n.id)") == 1
    assert "CREATE" not in to_cypher(hostile_store, schema=False)
    with pytest.raises(PolicyGraphError, match="unknown Cypher dialect 'mysql'"):
        to_cypher(hostile_store, dialect="mysql")


@pytest.fixture(scope="module")
def falkor(tmp_path_factory):
    with EmbeddedFalkor(tmp_path_factory.mktemp("falkordb")) as running:
        yield running


def _run(graph, store, schema):
    for statement in cypher_statements(store, dialect="falkordb", schema=schema):
        graph.query(statement)


def test_script_runs_on_falkordb_idempotently(falkor, hostile_store):
    graph = falkor.db.select_graph(f"export_{next(_names)}")
    try:
        _run(graph, hostile_store, schema=True)
        _run(graph, hostile_store, schema=False)          # second run: MERGE changes nothing
        nodes = graph.ro_query("MATCH (n:Entity) RETURN count(n)").result_set[0][0]
        rels = graph.ro_query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]
        assert (nodes, rels) == (7, 9)
        quotes = graph.ro_query("MATCH (:Firm)-[r:LOBBIED {stance: 'support'}]->(m:Measure) "
                                "RETURN r.evidence_quotes, m.name").result_set
        assert quotes == [[[HOSTILE], "Chip Act"]]
        name = graph.ro_query("MATCH (n:Firm) WHERE n.name STARTS WITH 'O' RETURN n.name").result_set
        assert name == [["O'Brien \\ \"Quotes\" Ltd"]]
        # every edge keeps all its quotes
        for u, v, key, data in hostile_store.graph.edges(keys=True, data=True):
            got = graph.ro_query("MATCH ()-[r {id: $id}]->() RETURN r.evidence_quotes, r.evidence_documents",
                                 {"id": key}).result_set
            assert got == [[[e["quote"] for e in data["evidence"]], [e["document"] for e in data["evidence"]]]]
        history = graph.ro_query("MATCH (m:Measure {name: 'Chip Act'}) RETURN m.history_statuses").result_set
        assert history == [[["introduced", "shelved"]]]
    finally:
        graph.delete()


@given(st.text(min_size=0, max_size=40))
@settings(max_examples=80, deadline=None)
def test_any_text_survives_falkordb(falkor, text):
    graph = falkor.db.select_graph("export_hypothesis")
    graph.query(f"MERGE (n:T {{id: 1}}) SET n.v = {cypher_string(text, 'falkordb')}")
    assert graph.ro_query("MATCH (n:T {id: 1}) RETURN n.v").result_set == [[text.replace(chr(0), "\ufffd")]]
