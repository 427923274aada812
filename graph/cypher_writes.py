"""Every Cypher statement that writes the graph into a database (FalkorDB or Neo4j), in one place.

Values always travel as parameters: one ``UNWIND $rows AS row MERGE ...`` statement per node label and
per relationship type, run in batches. Labels and relationship types cannot be parameters in Cypher;
they come from the vocabulary (checked here), never from user input.

Schema in the database (see docs/cypher.md):

- every actor or measure is ``(:Entity:<Type> {id, type, name, aliases, sources, ...})``; measures add
  ``status`` and the flattened ``status_history`` (``history_statuses``, ``history_dates``, ...);
- every edge is ``-[:<EDGE_TYPE> {id, stance, status, date, first_seen, confidence, extractor,
  evidence_documents, evidence_quotes, evidence_starts, evidence_ends, evidence_dates}]->``: evidence as
  parallel lists, because FalkorDB stores no maps (nor lists of maps) as property values;
- with ``evidence="nodes"`` also ``(:Document {id, title, path, url, date})-[:MENTIONS]->(:Entity)``
  and ``(:Evidence {id, edge, quote, start, end, date})-[:QUOTED_FROM]->(:Document)``.

>>> [s.split(" IF")[0] for s in schema_statements("neo4j")][:1]
['CREATE CONSTRAINT policygraph_entity_id']
>>> node_statement("Firm")
'UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:Firm SET n += row.props'
>>> node_statement("Firm", engine="falkordb")
'UNWIND $rows AS row MERGE (n:Entity:Firm {id: row.id}) SET n += row.props'
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Iterator

from policygraph.graph import vocabulary
from policygraph.graph.errors import PolicyGraphError
from policygraph.graph.store import GraphStore

ENGINES = ("falkordb", "neo4j")
EVIDENCE_MODES = ("properties", "nodes")
ENTITY = "Entity"          # label shared by every actor and measure: the key for MERGE and MATCH
DOCUMENT = "Document"      # vocabulary node type of sources
EVIDENCE = "Evidence"      # one quote, only with evidence="nodes"
QUOTED_FROM = "QUOTED_FROM"
MENTIONS = "MENTIONS"      # vocabulary edge type: document -> node it mentions
SCHEMA_LABELS = (ENTITY, DOCUMENT, EVIDENCE)

# Lists of maps flattened into parallel lists of scalars: attribute -> {field: property name}.
EVIDENCE_FIELDS = {"document": "evidence_documents", "quote": "evidence_quotes", "start": "evidence_starts",
                   "end": "evidence_ends", "date": "evidence_dates"}
HISTORY_FIELDS = {"status": "history_statuses", "date": "history_dates", "by": "history_actors",
                  "by_name": "history_actor_names", "document": "history_documents", "quote": "history_quotes"}
_FLATTEN = {"evidence": EVIDENCE_FIELDS, "status_history": HISTORY_FIELDS}
# Missing values inside a list: Neo4j refuses nulls in list properties, FalkorDB too.
_LIST_GAP = {"start": -1, "end": -1}
_IDENT = re.compile(r"^[A-Z][A-Za-z0-9_]*$")


@dataclass
class WriteGroup:
    """One statement and the rows it is run with (in batches)."""

    what: str                      # e.g. "nodes Firm", "relationships LOBBIED"
    cypher: str
    rows: list[dict] = field(default_factory=list)


def _ident(name: str) -> str:
    if not _IDENT.match(name):
        raise PolicyGraphError(f"{name!r} cannot be used as a label or relationship type")
    return name


# ----- the statements (the only place where write Cypher is spelt) ------------------------------------
def schema_statements(engine: str) -> list[str]:
    """Uniqueness constraints (Neo4j 5 syntax) or id indexes (FalkorDB) for the MERGE keys.

    >>> schema_statements("falkordb")[0]
    'CREATE INDEX FOR (n:Entity) ON (n.id)'
    """
    if engine == "neo4j":
        return [f"CREATE CONSTRAINT policygraph_{label.lower()}_id IF NOT EXISTS "
                f"FOR (n:{label}) REQUIRE n.id IS UNIQUE" for label in SCHEMA_LABELS]
    if engine == "falkordb":
        # FalkorDB has no IF NOT EXISTS; runners ignore its "already indexed" answer.
        return [f"CREATE INDEX FOR (n:{label}) ON (n.id)" for label in SCHEMA_LABELS]
    raise PolicyGraphError(f"unknown engine {engine!r}; one of {', '.join(ENGINES)}")


def node_statement(label: str, engine: str = "neo4j", fresh: bool = False) -> str:
    """MERGE actors/measures of one vocabulary type on their id.

    The one statement that differs by engine. Neo4j: MERGE on the shared Entity label (its uniqueness
    constraint), then SET the type label, so a node whose type changed between pushes is updated, not
    duplicated. FalkorDB: MERGE on both labels at once; adding a label with SET is about 7x slower
    there. ``fresh`` (FalkorDB only): the embedded database loads into an empty graph, so it CREATEs.
    """
    if label not in vocabulary.NODE_TYPES:
        raise PolicyGraphError(f"unknown node type {label!r}")
    if engine == "falkordb":
        verb = "CREATE" if fresh else "MERGE"
        return f"UNWIND $rows AS row {verb} (n:{ENTITY}:{_ident(label)} {{id: row.id}}) SET n += row.props"
    if engine == "neo4j" and not fresh:
        return f"UNWIND $rows AS row MERGE (n:{ENTITY} {{id: row.id}}) SET n:{_ident(label)} SET n += row.props"
    raise PolicyGraphError(f"no {'fresh load' if fresh else 'statement'} for engine {engine!r}; "
                           f"one of {', '.join(ENGINES)}")


def edge_statement(rel_type: str, fresh: bool = False) -> str:
    """MERGE relationships of one type between existing entities, keyed by the edge id (CREATE if fresh)."""
    if rel_type not in vocabulary.EDGE_TYPES:
        raise PolicyGraphError(f"unknown edge type {rel_type!r}")
    return (f"UNWIND $rows AS row MATCH (a:{ENTITY} {{id: row.source}}) MATCH (b:{ENTITY} {{id: row.target}}) "
            f"{'CREATE' if fresh else 'MERGE'} (a)-[r:{_ident(rel_type)} {{id: row.id}}]->(b) SET r += row.props")


DOCUMENT_STATEMENT = f"UNWIND $rows AS row MERGE (d:{DOCUMENT} {{id: row.id}}) SET d += row.props"
MENTIONS_STATEMENT = (f"UNWIND $rows AS row MATCH (d:{DOCUMENT} {{id: row.document}}) "
                      f"MATCH (n:{ENTITY} {{id: row.node}}) MERGE (d)-[:{MENTIONS}]->(n)")
EVIDENCE_STATEMENT = (f"UNWIND $rows AS row MERGE (d:{DOCUMENT} {{id: row.document}}) "
                      f"MERGE (e:{EVIDENCE} {{id: row.id}}) SET e += row.props MERGE (e)-[:{QUOTED_FROM}]->(d)")


# ----- rows -------------------------------------------------------------------------------------------
_SCALARS = (str, bool, int, float)


def _scalar(value):
    """A property value both engines store: scalars and lists of scalars; anything else as JSON text."""
    if value is None or type(value) in _SCALARS or isinstance(value, _SCALARS):
        return value
    if isinstance(value, (list, tuple)) and all(isinstance(v, _SCALARS) for v in value):
        kinds = {type(v) for v in value}
        return list(value) if len(kinds) <= 1 else [str(v) for v in value]
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _flatten(attr: str, items: list[dict], props: dict) -> None:
    """Add the parallel lists of ``attr`` (a list of maps) to ``props``."""
    fields = _FLATTEN[attr]
    for f, prop in fields.items():
        gap = _LIST_GAP.get(f, "")
        props[prop] = [gap if it.get(f) is None else it[f] for it in items]


def node_props(data: dict) -> dict:
    """The properties written for one node: scalars as they are, status_history flattened."""
    props = {}
    for key, value in data.items():
        if key in _FLATTEN:
            _flatten(key, value or [], props)
        else:
            props[key] = _scalar(value)
    return props


def edge_props(data: dict) -> dict:
    """The properties written for one edge: evidence flattened, plus ``first_seen`` (date or earliest quote)."""
    props = {}
    for key, value in data.items():
        if key in _FLATTEN:
            _flatten(key, value or [], props)
        elif key != "type":
            props[key] = _scalar(value)
    first = data.get("date")
    if not first:
        dates = [e["date"] for e in data.get("evidence") or () if e.get("date")]
        first = min(dates) if dates else None
    props["first_seen"] = first
    return props


def evidence_id(edge: str, ev: dict) -> str:
    """Deterministic id of one quote on one edge."""
    raw = "\x1f".join(str(p) for p in (edge, ev.get("document"), ev.get("start"), ev.get("end")))
    return "ev_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def write_plan(store: GraphStore, evidence: str = "properties", engine: str = "neo4j",
               fresh: bool = False) -> list[WriteGroup]:
    """The statements and rows that write ``store``: nodes by label, then relationships by type.

    Rows follow the store's order (deterministic for a given graph file). ``fresh``: CREATE into an
    empty FalkorDB graph instead of MERGE (the embedded load).

    >>> from policygraph.graph import GraphStore, Entity
    >>> s = GraphStore(); s.merge([Entity.make("Firm", "Nvidia")], [])
    >>> [(g.what, len(g.rows)) for g in write_plan(s)]
    [('nodes Firm', 1)]
    """
    if evidence not in EVIDENCE_MODES:
        raise PolicyGraphError(f"unknown evidence mode {evidence!r}; one of {', '.join(EVIDENCE_MODES)}")
    # Millions of small dicts and lists, none cyclic: the cyclic collector would only rescan the
    # growing heap over and over (measured: half the time of a 250k-row plan), so pause it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _plan(store, evidence, engine, fresh)
    finally:
        if collecting:
            gc.enable()


def _plan(store: GraphStore, evidence: str, engine: str, fresh: bool) -> list[WriteGroup]:
    g = store.graph
    by_label: dict[str, list[dict]] = {}
    for node, data in g.nodes.items():
        by_label.setdefault(data["type"], []).append({"id": node, "props": node_props(data)})
    by_type: dict[str, list[dict]] = {}
    for u, nbrs in g.adj.items():
        for v, keyed in nbrs.items():
            for key, data in keyed.items():
                by_type.setdefault(data["type"], []).append({"id": key, "source": u, "target": v,
                                                             "props": edge_props(data)})
    groups = [WriteGroup(f"nodes {label}", node_statement(label, engine, fresh), rows)
              for label, rows in sorted(by_label.items())]
    groups += [WriteGroup(f"relationships {t}", edge_statement(t, fresh), rows) for t, rows in sorted(by_type.items())]
    if evidence == "nodes":
        docs = [{"id": d, "props": {k: _scalar(v) for k, v in meta.items() if k != "id"}}
                for d, meta in sorted(store.documents.items())]
        mentions = [{"document": s, "node": n} for n, d in sorted(g.nodes(data=True)) for s in d.get("sources", [])]
        quotes = [{"id": evidence_id(key, ev), "document": ev["document"],
                   "props": {"edge": key, **{f: _scalar(ev.get(f)) for f in ("quote", "start", "end", "date")}}}
                  for _, _, key, data in sorted(g.edges(keys=True, data=True), key=lambda e: e[2])
                  for ev in data.get("evidence") or []]
        groups += [WriteGroup("documents", DOCUMENT_STATEMENT, docs),
                   WriteGroup("mentions", MENTIONS_STATEMENT, mentions),
                   WriteGroup("evidence", EVIDENCE_STATEMENT, quotes)]
    return [grp for grp in groups if grp.rows]


def batches(rows: list[dict], size: int) -> Iterator[list[dict]]:
    """Consecutive slices of ``rows`` of at most ``size`` rows.

    >>> [len(b) for b in batches(list(range(5)), 2)]
    [2, 2, 1]
    """
    if size < 1:
        raise PolicyGraphError("batch size must be at least 1")
    for start in range(0, len(rows), size):
        yield rows[start:start + size]
