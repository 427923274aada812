"""Push a graph to Neo4j through the official ``neo4j`` driver, with the statements of cypher_writes.

Idempotent: every node and relationship is MERGEd on its deterministic id, so pushing twice changes
nothing, and a push cut off halfway completes without duplicates when run again. Each batch is its
own write transaction; constraints come first, in Neo4j 5 syntax.

>>> s = settings(uri="bolt://localhost:7687", user="neo4j", password="pw")
>>> (s.uri, s.user, s.database)
('bolt://localhost:7687', 'neo4j', None)
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Callable

from policygraph.graph import cypher_writes as cw
from policygraph.graph.errors import EngineError
from policygraph.graph.store import GraphStore

log = logging.getLogger(__name__)

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
DEFAULT_BATCH = 1000


@dataclass
class Neo4jSettings:
    """Where and as whom to connect."""

    uri: str
    user: str
    password: str | None
    database: str | None = None


def settings(uri: str | None = None, user: str | None = None, password: str | None = None,
             database: str | None = None) -> Neo4jSettings:
    """Options first, then NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE.

    Raises EngineError when there is no URI or its scheme is not a Bolt/Neo4j one.
    """
    uri = uri or os.environ.get("NEO4J_URI")
    if not uri:
        raise EngineError("no Neo4j server given: pass --uri bolt://HOST:7687 or set NEO4J_URI")
    scheme = uri.split("://", 1)[0] if "://" in uri else ""
    if scheme not in SCHEMES:
        raise EngineError(f"{uri!r} is not a Neo4j URI; use one of {', '.join(s + '://' for s in SCHEMES)}")
    return Neo4jSettings(uri=uri, user=user or os.environ.get("NEO4J_USERNAME") or "neo4j",
                         password=password if password is not None else os.environ.get("NEO4J_PASSWORD"),
                         database=database or os.environ.get("NEO4J_DATABASE") or None)


def translate_error(exc: BaseException, conf: Neo4jSettings | None = None, hint=None) -> EngineError:
    """One line for a driver exception: unreachable, bad credentials, unknown database, dropped, other.

    ``hint(engine, message)`` may add a hint to other server errors (see queries.cypher_reads).
    """
    from neo4j import exceptions as nx

    where = f" at {conf.uri}" if conf else ""
    if isinstance(exc, EngineError):
        return exc
    if isinstance(exc, nx.AuthError):
        who = f" for user {conf.user!r}" if conf else ""
        return EngineError(f"Neo4j{where} refused the credentials{who}; check --user/--password "
                           f"(or NEO4J_USERNAME/NEO4J_PASSWORD)")
    code = getattr(exc, "code", "") or ""
    message = getattr(exc, "message", None) or str(exc)
    if code.endswith("DatabaseNotFound") or "database does not exist" in message.lower():
        name = f" {conf.database!r}" if conf and conf.database else ""
        return EngineError(f"Neo4j{where} has no database{name}; check --database (or NEO4J_DATABASE)")
    if isinstance(exc, (nx.SessionExpired, nx.IncompleteCommit)):
        return EngineError(f"the connection to Neo4j{where} was lost; run the command again")
    if isinstance(exc, nx.ServiceUnavailable):
        return EngineError(f"cannot reach Neo4j{where}: is the server running, and is --uri right?")
    if isinstance(exc, nx.ConfigurationError):
        return EngineError(f"Neo4j driver configuration: {message}")
    if isinstance(exc, nx.Neo4jError):
        return hint("Neo4j", message) if hint else EngineError(f"Neo4j: {message.splitlines()[0]}")
    if isinstance(exc, (nx.DriverError, OSError)):
        return EngineError(f"the connection to Neo4j{where} failed: {message.splitlines()[0] if message else exc!r}")
    return EngineError(f"Neo4j: {exc!r}")


def connect(conf: Neo4jSettings, driver_factory: Callable | None = None):
    """An open, verified driver; EngineError (one line) when the server is unreachable or refuses us.

    ``driver_factory(uri, auth=...)`` defaults to ``neo4j.GraphDatabase.driver`` (tests pass a fake).
    """
    if driver_factory is None:
        from neo4j import GraphDatabase
        driver_factory = GraphDatabase.driver
    try:
        driver = driver_factory(conf.uri, auth=(conf.user, conf.password or ""))
    except Exception as exc:
        raise translate_error(exc, conf) from None
    try:
        driver.verify_connectivity()
        if conf.database:                          # an unknown database fails here, before any write
            from policygraph.queries.cypher_reads import PROBE

            with driver.session(database=conf.database) as session:
                session.run(PROBE).consume()
    except Exception as exc:
        driver.close()
        raise translate_error(exc, conf) from None
    return driver


@dataclass
class PushSummary:
    """What a push did, per statement group (e.g. "nodes Firm": rows sent, created, updated)."""

    groups: dict[str, dict] = field(default_factory=dict)
    constraints: int = 0

    @property
    def rows(self) -> int:
        return sum(g["rows"] for g in self.groups.values())

    def totals(self) -> dict:
        """Summed counters: rows, nodes_created, relationships_created, properties_set."""
        keys = ("rows", "nodes_created", "relationships_created", "properties_set")
        return {k: sum(g.get(k, 0) for g in self.groups.values()) for k in keys}

    def lines(self) -> list[str]:
        """Human-readable lines: one per group, created vs already there (updated)."""
        out = []
        for what, g in self.groups.items():
            made = g["nodes_created"] if what.startswith(("nodes", "documents", "evidence")) else g["relationships_created"]
            out.append(f"{what}: {g['rows']} sent, {made} created, {g['rows'] - made} updated")
        return out


def push(store: GraphStore, driver, database: str | None = None, batch_size: int = DEFAULT_BATCH,
         evidence: str = "properties", progress: Callable[[int], None] | None = None,
         conf: Neo4jSettings | None = None, on_start: Callable[[int], None] | None = None) -> PushSummary:
    """Write ``store`` into Neo4j: constraints, then nodes by label, then relationships by type, in batches.

    ``on_start(total)`` is called once with the number of rows to send, ``progress(n)`` after each
    batch with its row count. Any driver error becomes one
    EngineError line; a dropped connection says how far the push got (re-running completes it).

    >>> from policygraph.graph import GraphStore
    >>> push(GraphStore(), driver=None).rows          # nothing to send, nothing touched
    0
    """
    plan = cw.write_plan(store, evidence=evidence, engine="neo4j")
    summary = PushSummary()
    if not plan:
        return summary
    total = sum(len(g.rows) for g in plan)
    if on_start:
        on_start(total)
    try:
        with driver.session(database=database) as session:
            for statement in cw.schema_statements("neo4j"):
                session.run(statement).consume()
                summary.constraints += 1
            for group in plan:
                counts = summary.groups.setdefault(group.what, {"rows": 0, "nodes_created": 0,
                                                                "relationships_created": 0, "properties_set": 0})
                for rows in cw.batches(group.rows, batch_size):
                    c = session.execute_write(_write_batch, group.cypher, rows)
                    counts["rows"] += len(rows)
                    counts["nodes_created"] += c.nodes_created
                    counts["relationships_created"] += c.relationships_created
                    counts["properties_set"] += c.properties_set
                    if progress:
                        progress(len(rows))
    except Exception as exc:
        err = translate_error(exc, conf)
        from neo4j import exceptions as nx
        if isinstance(exc, (nx.ServiceUnavailable, nx.SessionExpired, nx.DriverError, OSError)) \
                and not isinstance(exc, nx.AuthError) and summary.rows:
            err = EngineError(f"the connection to Neo4j was lost after {summary.rows} of {total} rows; "
                              f"run the push again: it completes without duplicates")
        raise err from None
    log.info("pushed %s rows in %s groups", summary.rows, len(summary.groups))
    return summary


def _write_batch(tx, cypher: str, rows: list[dict]):
    """One batch in one managed write transaction; returns the summary counters."""
    return tx.run(cypher, rows=rows).consume().counters
