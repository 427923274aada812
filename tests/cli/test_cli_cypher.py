"""The cypher and push commands through click's CliRunner (embedded FalkorDB for real; Neo4j unreachable)."""

from __future__ import annotations

import json
import socket

import pytest
from click.testing import CliRunner

from policygraph.cli import cli


@pytest.fixture
def graph_file(tmp_path, small_store, monkeypatch):
    monkeypatch.setenv("POLICYGRAPH_DATA_DIR", str(tmp_path / "data"))
    for var in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(var, raising=False)
    path = tmp_path / "g.json"
    small_store.save(path)
    return str(path)


def run(*args):
    return CliRunner().invoke(cli, list(args))


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_cypher_prints_a_table(graph_file):
    result = run("cypher", "--graph", graph_file, "MATCH (m:Measure) RETURN m.name AS name, m.status AS status "
                                                  "ORDER BY name")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["     name  status", " Chip Act shelved", "Data Rule enacted"]


def test_cypher_json_with_parameters(graph_file):
    result = run("cypher", "--graph", graph_file, "--format", "json", "--param", "name=Chip Act",
                 "MATCH (a)-[r]->(m:Measure {name: $name}) WHERE r.status IS NOT NULL "
                 "RETURN a.name AS by, r.status AS status ORDER BY r.date")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"by": "Ada Lane", "status": "introduced"},
                                         {"by": "Commerce Committee", "status": "shelved"}]


def test_named_query_as_csv(graph_file):
    result = run("cypher", "--graph", graph_file, "--named", "measure_actors", "--param", "measure=the bill",
                 "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "actor,actor_type,action,stance,quotes,first_seen"
    assert lines[1:] == ["Ada Lane,Lawmaker,INTRODUCED,,1,2024-11-01", "Ada Lane,Lawmaker,SPONSORED,support,1,2024-11-01",
                         "ChipCo,Firm,LOBBIED,oppose,1,2025-02-01", "Commerce Committee,Agency,SHELVED,,1,2025-03-01"]


def test_list_named(graph_file):
    result = run("cypher", "--list")
    assert result.exit_code == 0
    assert "measure_timeline --param measure=...\n    A measure's timeline" in result.output
    assert result.output.count("\n    ") == 4


def test_read_only_unless_write(graph_file):
    result = run("cypher", "--graph", graph_file, "CREATE (:Firm {name: 'X'})")
    assert result.exit_code == 1
    assert result.output == ("Error: FalkorDB: graph.RO_QUERY is to be executed only on read-only queries "
                             "(hint: the query writes; add --write to allow updates)\n")
    result = run("cypher", "--graph", graph_file, "--write", "CREATE (f:Firm {name: 'X'}) RETURN f.name AS n")
    assert result.exit_code == 0 and result.output.split() == ["n", "X"]


def test_reload_after_the_graph_changed(graph_file, small_store):
    count = "MATCH (n:Entity) RETURN count(n) AS n"
    assert run("cypher", "--graph", graph_file, count).output.split() == ["n", "6"]
    small_store.graph.remove_node(next(n for n, d in small_store.graph.nodes(data=True) if d["name"] == "Bo Tran"))
    small_store.save(graph_file)
    assert run("cypher", "--graph", graph_file, count).output.split() == ["n", "5"]


@pytest.mark.parametrize("args,message", [
    ([], "Error: give either a QUERY or --named NAME (or --list)"),
    (["--named", "nope"], "Error: no named query 'nope'; one of actor_neighbourhood, lobbying_paths, "
                          "measure_actors, measure_timeline"),
    (["--named", "measure_timeline"], "Error: query 'measure_timeline' needs --param measure=VALUE"),
    (["--param", "oops", "RETURN 1"], "Error: --param expects key=value, got 'oops'"),
    (["MATCH (n) RETURN foo(n)"], "Error: FalkorDB: Unknown function 'foo' (hint: the embedded engine (FalkorDB) "
                                  "lacks this function; run it on Neo4j with --uri)"),
])
def test_cypher_errors_are_one_line(graph_file, args, message):
    result = run("cypher", "--graph", graph_file, *args)
    assert result.exit_code in (1, 2)
    assert result.output.strip().splitlines()[-1] == message


def test_missing_graph(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGRAPH_DATA_DIR", str(tmp_path / "data"))
    result = run("cypher", "--graph", str(tmp_path / "none.json"), "RETURN 1")
    assert result.exit_code == 1
    assert result.output == (f"Error: no graph at {tmp_path / 'none.json'}; run 'policygraph build PATH' first "
                             f"or pass --graph\n")


def test_cypher_on_unreachable_neo4j(graph_file):
    port = closed_port()
    result = run("cypher", "--uri", f"bolt://127.0.0.1:{port}", "RETURN 1")
    assert result.exit_code == 1
    assert result.output == (f"Error: cannot reach Neo4j at bolt://127.0.0.1:{port}: is the server running, "
                             f"and is --uri right?\n")


def test_push_needs_a_server(graph_file):
    result = run("push", "--graph", graph_file)
    assert result.exit_code == 1
    assert result.output == "Error: no Neo4j server given: pass --uri bolt://HOST:7687 or set NEO4J_URI\n"


def test_push_to_unreachable_server_from_environment(graph_file, monkeypatch):
    port = closed_port()
    monkeypatch.setenv("NEO4J_URI", f"neo4j://127.0.0.1:{port}")
    result = run("push", "--graph", graph_file, "--center", "Chip Act")
    assert result.exit_code == 1
    assert result.output == (f"Error: cannot reach Neo4j at neo4j://127.0.0.1:{port}: is the server running, "
                             f"and is --uri right?\n")


def test_push_selection_errors_before_connecting(graph_file):
    result = run("push", "--graph", graph_file, "--uri", "bolt://127.0.0.1:1", "--center", "Nobody")
    assert result.exit_code == 1
    assert result.output.startswith("Error: no node named 'Nobody' in the graph")


def test_push_reports_what_it_did(graph_file, monkeypatch):
    """With the driver swapped for a recording fake, the command prints one line per group and a total."""
    from types import SimpleNamespace

    from policygraph.graph import neo4j_push

    class Session:
        def __enter__(self): return self
        def __exit__(self, *exc): return False
        def run(self, cypher, params=None): return SimpleNamespace(consume=lambda: None)
        def execute_write(self, work, cypher, rows):
            made = len(rows)
            return SimpleNamespace(nodes_created=made if "MERGE (n:" in cypher else 0,
                                   relationships_created=made if "MERGE (a)-[r:" in cypher else 0, properties_set=1)

    driver = SimpleNamespace(session=lambda database=None: Session(), closed=False)
    driver.close = lambda: setattr(driver, "closed", True)
    monkeypatch.setattr(neo4j_push, "connect", lambda conf: driver)
    result = run("push", "--graph", graph_file, "--uri", "bolt://h:7687", "--batch-size", "2")
    assert result.exit_code == 0, result.output
    assert "nodes Measure: 2 sent, 2 created, 0 updated" in result.output
    assert result.output.rstrip().endswith("pushed 14 rows to bolt://h:7687: 6 nodes and 8 relationships created, "
                                           "13 properties set")
    assert driver.closed
