"""Read Cypher: the named query library (queries/cypher/*.cypher) and one runner for both engines.

A named query file starts with ``//`` comment lines: the first is its description, then one
``// @param NAME DEFAULT`` line per parameter, where DEFAULT is JSON or ``vocabulary:KIND`` (the edge
types of that kind, so the files never spell type names the vocabulary owns).

>>> sorted(named_queries())
['actor_neighbourhood', 'lobbying_paths', 'measure_actors', 'measure_timeline']
"""

from __future__ import annotations

import json
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Iterator, Protocol

import pandas as pd

from policygraph.graph import vocabulary
from policygraph.graph.errors import EngineError, SelectionError

log = logging.getLogger(__name__)

# Sent once on connecting to check that the database exists and answers.
PROBE = "RETURN 1"

# Engine messages that deserve a hint: (substring of the message, hint).
HINTS = (
    ("shortestpath", "FalkorDB accepts shortestPath only in WITH or RETURN, e.g. MATCH (a {name: $a}), "
                     "(b {name: $b}) RETURN shortestPath((a)-[*]->(b))"),
    ("read-only", "the query writes; add --write to allow updates"),
    ("writing in read access mode", "the query writes; add --write to allow updates"),
    ("unknown function", "the embedded engine (FalkorDB) lacks this function; run it on Neo4j with --uri"),
    ("not supported", "the embedded engine (FalkorDB) lacks this feature; run it on Neo4j with --uri"),
    ("missing parameters", "pass each $name with --param name=VALUE"),
    ("parametermissing", "pass each $name with --param name=VALUE"),
    ("expected parameter", "pass each $name with --param name=VALUE"),
)


@dataclass
class NamedQuery:
    """One query of the library: its name, description, Cypher text and parameter defaults."""

    name: str
    description: str
    cypher: str
    defaults: dict[str, Any] = field(default_factory=dict)

    def params(self, given: dict[str, Any] | None = None) -> dict[str, Any]:
        """Defaults overlaid with ``given``; SelectionError for unknown or missing parameters."""
        given = dict(given or {})
        unknown = set(given) - set(self.defaults)
        if unknown:
            raise SelectionError(f"query {self.name!r} has no parameter {sorted(unknown)[0]!r}; "
                                 f"its parameters: {', '.join(self.defaults) or 'none'}")
        out = {**self.defaults, **given}
        missing = [k for k, v in out.items() if v is None]
        if missing:
            raise SelectionError(f"query {self.name!r} needs --param {missing[0]}=VALUE")
        return out


def _default(text: str) -> Any:
    text = text.strip()
    if text.startswith("vocabulary:"):
        kind = text.split(":", 1)[1]
        if kind not in vocabulary.EDGE_KINDS:
            raise ValueError(f"unknown edge kind {kind!r}")
        return [t for t, d in vocabulary.EDGE_TYPES.items() if d["kind"] == kind]
    return json.loads(text) if text else None


def parse_named(name: str, text: str) -> NamedQuery:
    """Parse one .cypher file of the library (header comments, then the query)."""
    header, body = [], []
    for line in text.splitlines():
        if line.startswith("//") and not body:
            header.append(line[2:].strip())
        elif line.strip() or body:
            body.append(line)
    description = header[0] if header else ""
    defaults: dict[str, Any] = {}
    for line in header[1:]:
        if line.startswith("@param "):
            parts = line[len("@param "):].split(None, 1)
            defaults[parts[0]] = _default(parts[1] if len(parts) > 1 else "")
    return NamedQuery(name, description, "\n".join(body).strip(), defaults)


def named_queries() -> dict[str, NamedQuery]:
    """All named queries shipped in queries/cypher, by name."""
    folder = resources.files(__package__).joinpath("cypher")
    out = {}
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".cypher"):
            name = item.name[: -len(".cypher")]
            out[name] = parse_named(name, item.read_text("utf-8"))
    return out


def named_query(name: str) -> NamedQuery:
    """The named query ``name``; SelectionError listing the names when it does not exist."""
    queries = named_queries()
    if name not in queries:
        raise SelectionError(f"no named query {name!r}; one of {', '.join(queries)}")
    return queries[name]


def parse_param(text: str) -> tuple[str, Any]:
    """``key=value`` -> (key, value); the value is read as JSON when it parses, else kept as text.

    >>> parse_param('n=3'), parse_param('name=Chip Act'), parse_param('l=["a"]')
    (('n', 3), ('name', 'Chip Act'), ('l', ['a']))
    """
    key, sep, value = text.partition("=")
    if not sep or not key.strip().isidentifier():
        raise SelectionError(f"--param expects key=value, got {text!r}")
    try:
        return key.strip(), json.loads(value)
    except json.JSONDecodeError:
        return key.strip(), value


# ----- engines ------------------------------------------------------------------------------------------
class Engine(Protocol):
    name: str

    def run(self, cypher: str, params: dict, write: bool) -> tuple[list[str], list[list]]: ...


def _hinted(engine: str, message: str) -> EngineError:
    first = message.strip().splitlines()[0] if message.strip() else "query failed"
    for needle, hint in HINTS:
        if needle in message.lower():
            return EngineError(f"{engine}: {first} (hint: {hint})")
    return EngineError(f"{engine}: {first}")


def _plain(value: Any) -> Any:
    """Engine values (nodes, relationships, paths) as plain Python for tables and JSON."""
    labels = getattr(value, "labels", None)
    if labels is not None and hasattr(value, "properties"):          # falkordb Node
        return {"labels": list(labels), **value.properties}
    if hasattr(value, "relation") and hasattr(value, "properties"):   # falkordb Edge
        return {"type": value.relation, **value.properties}
    if hasattr(value, "nodes") and callable(getattr(value, "nodes")):  # falkordb Path
        return {"nodes": [_plain(n) for n in value.nodes()], "relationships": [_plain(e) for e in value.edges()]}
    if labels is not None:                                            # neo4j Node
        return {"labels": sorted(labels), **dict(value)}
    if hasattr(value, "type") and hasattr(value, "start_node"):       # neo4j Relationship
        return {"type": value.type, **dict(value)}
    if hasattr(value, "relationships") and hasattr(value, "nodes"):   # neo4j Path
        return {"nodes": [_plain(n) for n in value.nodes], "relationships": [_plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


class FalkorEngine:
    """Runs reads (GRAPH.RO_QUERY) or writes on a falkordb Graph handle over the native protocol."""

    name = "FalkorDB"

    def __init__(self, graph, on_write=None) -> None:
        self.graph = graph
        self.on_write = on_write

    def run(self, cypher: str, params: dict, write: bool = False) -> tuple[list[str], list[list]]:
        from redis.exceptions import RedisError

        try:
            if write:
                result = self.graph.query(cypher, params or None)
                if self.on_write:
                    self.on_write()
            else:
                result = self.graph.ro_query(cypher, params or None)
        except RedisError as exc:
            raise _hinted(self.name, str(exc)) from None
        columns = [h[1] for h in result.header] if result.header else []
        return columns, [[_plain(v) for v in row] for row in result.result_set]


class Neo4jEngine:
    """Runs queries through the official neo4j driver (read or write transactions)."""

    name = "Neo4j"

    def __init__(self, driver, database: str | None = None) -> None:
        self.driver = driver
        self.database = database

    def run(self, cypher: str, params: dict, write: bool = False) -> tuple[list[str], list[list]]:
        from policygraph.graph.neo4j_push import translate_error

        def work(tx):
            result = tx.run(cypher, params or {})
            records = list(result)
            return list(result.keys()), [[_plain(v) for v in rec.values()] for rec in records]

        try:
            with self.driver.session(database=self.database) as session:
                return session.execute_write(work) if write else session.execute_read(work)
        except Exception as exc:
            raise translate_error(exc, hint=_hinted) from None


def run_query(engine: Engine, cypher: str, params: dict | None = None, write: bool = False) -> pd.DataFrame:
    """Run one Cypher query on an engine and return its rows as a DataFrame (columns as returned).

    >>> class Echo:
    ...     name = "echo"
    ...     def run(self, cypher, params, write): return ["x"], [[params["x"]]]
    >>> run_query(Echo(), "RETURN $x AS x", {"x": 1})["x"].tolist()
    [1]
    """
    if not cypher or not cypher.strip():
        raise SelectionError("empty query")
    columns, rows = engine.run(cypher, dict(params or {}), write)
    return pd.DataFrame(rows, columns=columns)


def run_named(engine: Engine, name: str, params: dict | None = None) -> pd.DataFrame:
    """Run a query of the library by name with its defaults overlaid by ``params``."""
    query = named_query(name)
    return run_query(engine, query.cypher, query.params(params), write=False)


@contextmanager
def open_engine(graph_file: str | None = None, uri: str | None = None, user: str | None = None,
                password: str | None = None, database: str | None = None,
                data_directory: str | None = None) -> Iterator[Engine]:
    """The engine a ``cypher`` command runs on: Neo4j when a URI is given (option or NEO4J_URI is the
    caller's choice), else the embedded FalkorDB loaded from ``graph_file`` (reloaded only if it changed).

    >>> with open_engine("policygraph.json") as engine:      # doctest: +SKIP
    ...     run_query(engine, "MATCH (n) RETURN count(n) AS n")
    """
    if uri:
        from policygraph.graph.neo4j_push import connect, settings

        conf = settings(uri, user, password, database)
        driver = connect(conf)
        try:
            yield Neo4jEngine(driver, conf.database)
        finally:
            driver.close()
        return
    from policygraph.graph.falkor import EmbeddedFalkor
    from policygraph.graph.store import GraphStore

    if graph_file is None:
        raise SelectionError("no graph file given")
    if not os.path.exists(graph_file):
        GraphStore.load(graph_file)  # raises the store's own "no graph at ..." message
    with EmbeddedFalkor(data_directory) as server:
        server.load_graph_file(graph_file)
        yield FalkorEngine(server.graph, on_write=lambda: setattr(server, "dirty", True))
