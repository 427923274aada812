"""The Neo4j path at its seams: statements and parameters sent through the driver API, batching,
constraint DDL and error translation, with a fake driver that records every call (no server here)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from neo4j import exceptions as nx

from policygraph.graph import cypher_writes as cw
from policygraph.graph import neo4j_push as np
from policygraph.graph.errors import EngineError

CONF = np.Neo4jSettings("bolt://db:7687", "neo4j", "pw", "research")


class FakeResult:
    def __init__(self, counters):
        self.counters = counters

    def consume(self):
        return self


class FakeTx:
    def __init__(self, log, fail):
        self.log, self.fail = log, fail

    def run(self, cypher, **params):
        if self.fail and self.fail(cypher, params):
            raise self.fail.exc
        self.log.append(("tx", cypher, params))
        rows = params.get("rows", [])
        made = len(rows)
        return FakeResult(SimpleNamespace(nodes_created=made if "MERGE (n:" in cypher else 0,
                                          relationships_created=made if "MERGE (a)-[r:" in cypher else 0,
                                          properties_set=made))


class FakeSession:
    def __init__(self, driver, database):
        self.driver, self.database = driver, database

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def run(self, cypher, params=None):
        if self.driver.session_error:
            raise self.driver.session_error
        self.driver.log.append(("auto", cypher, params, self.database))
        return FakeResult(None)

    def execute_write(self, work, *args):
        return work(FakeTx(self.driver.log, self.driver.fail), *args)


class FakeDriver:
    def __init__(self, fail=None, connect_error=None, session_error=None):
        self.log, self.fail, self.closed = [], fail, False
        self.connect_error, self.session_error = connect_error, session_error

    def verify_connectivity(self):
        if self.connect_error:
            raise self.connect_error

    def session(self, database=None):
        return FakeSession(self, database)

    def close(self):
        self.closed = True


def test_constraints_first_then_batched_merges(small_store):
    driver = FakeDriver()
    seen = []
    summary = np.push(small_store, driver, database="research", batch_size=2, progress=seen.append)
    autos = [c for c in driver.log if c[0] == "auto"]
    assert [c[1] for c in autos] == cw.schema_statements("neo4j")
    assert all(c[3] == "research" for c in autos)
    assert driver.log[: len(autos)] == autos
    txs = [c for c in driver.log if c[0] == "tx"]
    plan = cw.write_plan(small_store)
    expected = [(g.cypher, rows) for g in plan for rows in cw.batches(g.rows, 2)]
    assert [(c[1], c[2]["rows"]) for c in txs] == expected
    assert all(len(c[2]["rows"]) <= 2 and set(c[2]) == {"rows"} for c in txs)
    assert sum(seen) == summary.rows == 6 + 8
    assert summary.totals()["nodes_created"] == 6 and summary.totals()["relationships_created"] == 8
    assert "nodes Firm: 1 sent, 1 created, 0 updated" in summary.lines()


def test_evidence_nodes_are_pushed_when_asked(small_store):
    driver = FakeDriver()
    np.push(small_store, driver, evidence="nodes")
    sent = {c[1] for c in driver.log if c[0] == "tx"}
    assert {cw.DOCUMENT_STATEMENT, cw.MENTIONS_STATEMENT, cw.EVIDENCE_STATEMENT} <= sent


def test_parameters_carry_values_never_the_statement(small_store):
    driver = FakeDriver()
    np.push(small_store, driver)
    for _, cypher, params in (c for c in driver.log if c[0] == "tx"):
        assert "<script>" not in cypher and "ChipCo" not in cypher
    assert any("<script>" in str(params) for _, _, params in (c for c in driver.log if c[0] == "tx"))


def _dbnotfound():
    return nx.ClientError._hydrate_neo4j(code="Neo.ClientError.Database.DatabaseNotFound",
                                         message="Database does not exist. Database name: 'research'.")


@pytest.mark.parametrize("error,message", [
    (nx.ServiceUnavailable("Couldn't connect to db:7687"),
     "cannot reach Neo4j at bolt://db:7687: is the server running, and is --uri right?"),
    (nx.AuthError("The client is unauthorized due to authentication failure."),
     "Neo4j at bolt://db:7687 refused the credentials for user 'neo4j'; check --user/--password "
     "(or NEO4J_USERNAME/NEO4J_PASSWORD)"),
    (_dbnotfound(), "Neo4j at bolt://db:7687 has no database 'research'; check --database (or NEO4J_DATABASE)"),
])
def test_connect_errors_are_one_line(error, message):
    with pytest.raises(EngineError) as info:
        np.connect(CONF, driver_factory=lambda uri, auth: FakeDriver(connect_error=error))
    assert str(info.value) == message


def test_unknown_database_is_found_before_writing():
    driver = FakeDriver(session_error=_dbnotfound())
    with pytest.raises(EngineError, match="has no database 'research'"):
        np.connect(CONF, driver_factory=lambda uri, auth: driver)
    assert driver.closed


def test_connect_passes_uri_and_auth():
    calls = []
    np.connect(CONF, driver_factory=lambda uri, auth: calls.append((uri, auth)) or FakeDriver())
    assert calls == [("bolt://db:7687", ("neo4j", "pw"))]


def test_connection_dropped_mid_push_says_how_far_and_rerun_completes(small_store):
    def fail(cypher, params):
        return "LOBBIED" in cypher
    fail.exc = nx.SessionExpired("connection lost")
    with pytest.raises(EngineError) as info:
        np.push(small_store, FakeDriver(fail=fail), batch_size=2, conf=CONF)
    assert str(info.value) == ("the connection to Neo4j was lost after 9 of 14 rows; "
                               "run the push again: it completes without duplicates")
    driver = FakeDriver()
    assert np.push(small_store, driver).rows == 14


def test_server_error_during_push_is_one_line(small_store):
    def fail(cypher, params):
        return True
    fail.exc = nx.ClientError._hydrate_neo4j(code="Neo.ClientError.Schema.ConstraintValidationFailed",
                                             message="Node(1) already exists\nwith label `Entity`")
    with pytest.raises(EngineError) as info:
        np.push(small_store, FakeDriver(fail=fail), conf=CONF)
    assert str(info.value) == "Neo4j: Node(1) already exists"


def test_settings_from_environment(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "neo4j+s://x.databases.neo4j.io")
    monkeypatch.setenv("NEO4J_USERNAME", "ana")
    monkeypatch.setenv("NEO4J_PASSWORD", "s3")
    monkeypatch.setenv("NEO4J_DATABASE", "policy")
    s = np.settings()
    assert (s.uri, s.user, s.password, s.database) == ("neo4j+s://x.databases.neo4j.io", "ana", "s3", "policy")
    assert np.settings(uri="bolt://h:1", user="u", database="d").uri == "bolt://h:1"


def test_settings_need_a_bolt_uri(monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(EngineError, match="^no Neo4j server given: pass --uri"):
        np.settings()
    with pytest.raises(EngineError, match="^'http://h:7474' is not a Neo4j URI"):
        np.settings(uri="http://h:7474")
