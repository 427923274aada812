"""Reads on Neo4j at the driver seam: read vs write transactions, database, parameters, values, errors."""

from __future__ import annotations

import pytest
from neo4j import exceptions as nx

from policygraph.graph.errors import EngineError
from policygraph.queries import cypher_reads as cr


class Record:
    def __init__(self, values):
        self._values = values

    def values(self):
        return list(self._values)


class Result:
    def __init__(self, keys, rows):
        self._keys, self._rows = keys, rows

    def keys(self):
        return self._keys

    def __iter__(self):
        return iter(Record(r) for r in self._rows)


class Session:
    def __init__(self, driver, database):
        self.driver, self.database = driver, database

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def _tx(self, mode, work):
        driver = self.driver

        class Tx:
            def run(self, cypher, params):
                driver.calls.append((mode, self_db, cypher, params))
                if driver.error:
                    raise driver.error
                return Result(["name", "n"], [["ChipCo", 1]])

        self_db = self.database
        return work(Tx())

    def execute_read(self, work):
        return self._tx("read", work)

    def execute_write(self, work):
        return self._tx("write", work)


class Driver:
    def __init__(self, error=None):
        self.calls, self.error = [], error

    def session(self, database=None):
        return Session(self, database)


def test_reads_go_through_read_transactions_on_the_chosen_database():
    driver = Driver()
    frame = cr.run_query(cr.Neo4jEngine(driver, "research"), "MATCH (n {name: $x}) RETURN n.name AS name, 1 AS n",
                         {"x": "it's"})
    assert driver.calls == [("read", "research", "MATCH (n {name: $x}) RETURN n.name AS name, 1 AS n", {"x": "it's"})]
    assert frame.columns.tolist() == ["name", "n"] and frame.values.tolist() == [["ChipCo", 1]]


def test_write_flag_uses_a_write_transaction():
    driver = Driver()
    cr.run_query(cr.Neo4jEngine(driver), "CREATE (n)", write=True)
    assert driver.calls[0][:2] == ("write", None)


def test_named_query_text_and_defaults_are_sent_as_is():
    driver = Driver()
    cr.run_named(cr.Neo4jEngine(driver), "measure_actors", {"measure": "Chip Act"})
    assert driver.calls[0][2] == cr.named_query("measure_actors").cypher
    assert driver.calls[0][3] == {"measure": "Chip Act"}


@pytest.mark.parametrize("error,message", [
    (nx.ClientError._hydrate_neo4j(code="Neo.ClientError.Statement.AccessMode",
                                   message="Writing in read access mode not allowed."),
     "Neo4j: Writing in read access mode not allowed. (hint: the query writes; add --write to allow updates)"),
    (nx.CypherSyntaxError._hydrate_neo4j(code="Neo.ClientError.Statement.SyntaxError",
                                         message="Invalid input 'MATC'\n  line 1"),
     "Neo4j: Invalid input 'MATC'"),
    (nx.SessionExpired("gone"), "the connection to Neo4j was lost; run the command again"),
])
def test_errors_are_one_line(error, message):
    with pytest.raises(EngineError) as info:
        cr.run_query(cr.Neo4jEngine(Driver(error)), "MATCH (n) RETURN n")
    assert str(info.value) == message
