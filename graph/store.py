"""The default store: a networkx MultiDiGraph persisted as the JSON export contract.

Merging is idempotent and order-free: lists are kept sorted, the stronger node type wins, and a
measure's status is recomputed from its status edges, so the same documents always give the same
bytes on disk.

>>> from policygraph.graph import GraphStore, Entity, Relation, Evidence
>>> store = GraphStore()
>>> a, m = Entity.make("Firm", "Nvidia"), Entity.make("Measure", "GAIN AI Act")
>>> ev = Evidence("d_1", "Nvidia lobbied against the GAIN AI Act.", 0, 39, "2025-12-01")
>>> store.merge([a, m], [Relation(a.id, m.id, "LOBBIED", [ev], stance="oppose")])
>>> store.counts()["edges"]
1
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Iterable

import networkx as nx

from policygraph.graph import vocabulary
from policygraph.graph.errors import GraphFileError
from policygraph.graph.records import Document, Entity, Relation

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
NODE_FIELDS = ("type", "name", "aliases", "status", "status_history", "sources")
EDGE_FIELDS = ("type", "stance", "status", "date", "confidence", "extractor", "evidence")


class GraphStore:
    """An in-memory graph plus the documents it was built from."""

    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()
        self.documents: dict[str, dict] = {}

    # ----- merging -------------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        """True when a document with this content id is already merged."""
        return doc_id in self.documents

    def add_document(self, doc: Document) -> None:
        """Record a document's metadata (title, path, url, date)."""
        self.documents.setdefault(doc.id, doc.meta())

    def merge(self, entities: Iterable[Entity], relations: Iterable[Relation]) -> None:
        """Merge nodes and edges into the graph; merging the same records twice changes nothing."""
        touched: set[str] = set()
        for ent in entities:
            self._merge_entity(ent)
        for rel in relations:
            self._merge_relation(rel)
            if rel.status:
                touched.add(rel.target)
        for node in touched:
            self._recompute_status(node)

    def _merge_entity(self, ent: Entity) -> None:
        g = self.graph
        if ent.id not in g:
            g.add_node(ent.id, type=ent.type, name=ent.name, aliases=[], sources=[])
            if ent.type == "Measure":
                g.nodes[ent.id].update(status=None, status_history=[])
        data = g.nodes[ent.id]
        if data["type"] != ent.type:
            data["type"] = vocabulary.stronger_type(data["type"], ent.type)
            if data["type"] == "Measure":
                data.setdefault("status", None)
                data.setdefault("status_history", [])
        names = {data["name"], ent.name}
        data["name"] = _preferred_name(names)
        aliases = set(data["aliases"]) | set(ent.aliases) | names
        aliases.discard(data["name"])
        data["aliases"] = sorted(aliases)
        data["sources"] = sorted(set(data["sources"]) | ent.sources)
        for key, value in sorted(ent.attrs.items()):
            if value is not None and key not in NODE_FIELDS:
                old = data.get(key)
                data[key] = value if old is None else min(old, value, key=str)

    def _merge_relation(self, rel: Relation) -> None:
        g = self.graph
        for end in (rel.source, rel.target):
            if end not in g:
                raise ValueError(f"edge {rel.type} refers to unknown node {end}")
        key = rel.id
        evidence = [e.to_dict() for e in rel.evidence]
        if g.has_edge(rel.source, rel.target, key):
            data = g.edges[rel.source, rel.target, key]
            data["evidence"] = merged_evidence(data["evidence"], evidence)
            data["confidence"] = max(data["confidence"], rel.confidence)
            data["extractor"] = preferred_extractor(data["extractor"], rel.extractor)
        else:
            g.add_edge(rel.source, rel.target, key=key, type=rel.type, stance=rel.stance,
                       status=rel.status, date=rel.date, confidence=rel.confidence,
                       extractor=rel.extractor, evidence=merged_evidence(evidence))

    def _recompute_status(self, node: str) -> None:
        """Rebuild a measure's status history from its incoming status edges; the latest that has
        happened wins (see ``current_status``)."""
        g = self.graph
        history = []
        for src, _, data in g.in_edges(node, data=True):
            if data["status"]:
                first = data["evidence"][0]
                history.append({"status": data["status"], "date": data["date"], "by": src,
                                "by_name": g.nodes[src]["name"], "document": first["document"],
                                "quote": first["quote"]})
        history.sort(key=lambda h: (h["date"] or "", vocabulary.STATUS_STAGE[h["status"]],
                                    h["status"], h["by"]))
        g.nodes[node]["status_history"] = history
        g.nodes[node]["status"] = current_status(
            history, {h["document"]: (self.documents.get(h["document"]) or {}).get("date") for h in history})

    def recompute_statuses(self) -> None:
        """Recompute every measure's status (after nodes were merged or removed)."""
        for node, data in self.graph.nodes(data=True):
            if data["type"] == "Measure":
                self._recompute_status(node)

    # ----- reading -------------------------------------------------------------------------------
    def counts(self) -> dict:
        """Counts of documents, nodes and edges, and nodes by type, edges by type, measures by status."""
        g = self.graph
        by_type: dict[str, int] = {}
        by_status: dict[str, int] = {}
        by_edge: dict[str, int] = {}
        for _, d in g.nodes(data=True):
            by_type[d["type"]] = by_type.get(d["type"], 0) + 1
            if d["type"] == "Measure":
                s = d.get("status") or "unknown"
                by_status[s] = by_status.get(s, 0) + 1
        for _, _, d in g.edges(data=True):
            by_edge[d["type"]] = by_edge.get(d["type"], 0) + 1
        return {"documents": len(self.documents), "nodes": g.number_of_nodes(),
                "edges": g.number_of_edges(), "nodes_by_type": dict(sorted(by_type.items())),
                "edges_by_type": dict(sorted(by_edge.items())),
                "measures_by_status": dict(sorted(by_status.items()))}

    # ----- JSON contract ---------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """The graph as the public JSON contract (see README, "JSON export")."""
        g = self.graph
        nodes = []
        for node in sorted(g.nodes):
            data = dict(g.nodes[node])
            row = {"id": node}
            row.update({k: data.pop(k) for k in NODE_FIELDS if k in data})
            row.update(sorted(data.items()))
            nodes.append(row)
        edges = []
        for u, v, key, data in sorted(g.edges(keys=True, data=True), key=lambda e: e[2]):
            row = {"id": key, "source": u, "target": v}
            row.update({k: data.get(k) for k in EDGE_FIELDS})
            edges.append(row)
        documents = [self.documents[d] for d in sorted(self.documents)]
        return {"schema_version": SCHEMA_VERSION, "documents": documents, "nodes": nodes, "edges": edges}

    @classmethod
    def from_dict(cls, data: dict, origin: str = "graph") -> "GraphStore":
        """Rebuild a store from the JSON contract; raises GraphFileError for anything foreign."""
        if not isinstance(data, dict) or "schema_version" not in data or "nodes" not in data:
            raise GraphFileError(f"{origin} is not a policygraph graph file (no schema_version/nodes)")
        if data["schema_version"] != SCHEMA_VERSION:
            raise GraphFileError(f"{origin} has schema_version {data['schema_version']!r}; "
                                 f"this policygraph reads version {SCHEMA_VERSION}")
        store = cls()
        try:
            for doc in data.get("documents", []):
                store.documents[doc["id"]] = dict(doc)
            for row in data["nodes"]:
                row = dict(row)
                store.graph.add_node(row.pop("id"), **row)
            for row in data.get("edges", []):
                row = dict(row)
                u, v, key = row.pop("source"), row.pop("target"), row.pop("id")
                if u not in store.graph or v not in store.graph:
                    raise GraphFileError(f"{origin}: edge {key} refers to a missing node")
                store.graph.add_edge(u, v, key=key, **row)
        except (KeyError, TypeError, AttributeError) as exc:
            raise GraphFileError(f"{origin} is not a valid policygraph graph file ({exc!r})") from None
        return store

    @classmethod
    def load(cls, path: str | os.PathLike, missing_ok: bool = False) -> "GraphStore":
        """Read a graph file. A missing file gives an empty store when ``missing_ok``."""
        path = Path(path)
        if not path.exists():
            if missing_ok:
                return cls()
            raise GraphFileError(f"no graph at {path}; run 'policygraph build PATH' first or pass --graph")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            raise GraphFileError(f"{path} is not a policygraph graph file (not UTF-8 text)") from None
        except json.JSONDecodeError as exc:
            raise GraphFileError(f"{path} is not a policygraph graph file "
                                 f"(invalid JSON at line {exc.lineno})") from None
        except OSError as exc:
            raise GraphFileError(f"cannot read {path}: {exc.strerror}") from None
        return cls.from_dict(data, origin=str(path))

    def save(self, path: str | os.PathLike) -> None:
        """Write the graph atomically: a temporary file in the same folder, then a rename."""
        path = Path(path)
        text = dumps(self.to_dict())
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        except OSError as exc:
            raise GraphFileError(f"cannot write {path}: {exc.strerror}") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def dumps(data: dict) -> str:
    """Serialize the contract deterministically (sorted keys inside records, UTF-8, newline at end)."""
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def later(date: str | None, than: str | None) -> bool:
    """Whether ``date`` is after ``than`` at the precision both give ("2025-01-01" is after
    "2024-09-11"; "2024" is not after "2024-09-11")."""
    if not date or not than:
        return False
    n = min(len(date), len(than))
    return date[:n] > than[:n]


def current_status(history: list[dict], document_dates: dict[str, str | None]) -> str | None:
    """The status of the latest change in ``history`` (sorted oldest first) that had happened by the
    date of the document reporting it: "the rules take effect on Jan. 1, 2025", told in September
    2024, stays in the history as scheduled but does not make the measure enacted."""
    done = [h for h in history if not later(h["date"], document_dates.get(h["document"]))]
    return done[-1]["status"] if done else None


def merged_evidence(*lists: list[dict]) -> list[dict]:
    """Evidence lists joined: one entry per (document, start, end), in that order."""
    unique = {(e["document"], e["start"], e["end"]): e for evidence in lists for e in evidence}
    return [unique[k] for k in sorted(unique)]


def _preferred_name(names: set[str]) -> str:
    """The display name among equivalent spellings: the longest, then the alphabetically first."""
    return min(names, key=lambda n: (-len(n), n))


def preferred_extractor(a: str, b: str) -> str:
    """The extractor an edge found twice is credited to: the rules over the learned model, then the lesser
    name (so the merge order does not matter); a missing name (older graph files) never wins."""
    return min((x for x in (a, b) if x), key=lambda x: (x.startswith("learned/"), x), default=a or b)


def merge_nodes(store: GraphStore, keep: str, drop: str) -> None:
    """Fold node ``drop`` into ``keep``: names, aliases, sources and every edge (re-keyed).

    Used by cross-document resolution; the surviving node keeps its id, so rebuilding is stable.
    """
    from policygraph.graph.records import edge_id

    g = store.graph
    kd, dd = g.nodes[keep], g.nodes[drop]
    kd["type"] = vocabulary.stronger_type(kd["type"], dd["type"])
    aliases = set(kd["aliases"]) | set(dd["aliases"]) | {dd["name"]}
    aliases.discard(kd["name"])
    kd["aliases"] = sorted(aliases)
    kd["sources"] = sorted(set(kd["sources"]) | set(dd["sources"]))
    if kd["type"] == "Measure":
        kd.setdefault("status", None)
        kd.setdefault("status_history", [])
    moved = [(u, v, d) for u, v, d in list(g.in_edges(drop, data=True)) + list(g.out_edges(drop, data=True))]
    g.remove_node(drop)
    for u, v, data in moved:
        u, v = (keep if u == drop else u), (keep if v == drop else v)
        if u == v:
            continue
        key = edge_id(u, v, data["type"], data["stance"], data["date"])
        if g.has_edge(u, v, key):
            old = g.edges[u, v, key]
            old["evidence"] = merged_evidence(old["evidence"], data["evidence"])
            old["confidence"] = max(old["confidence"], data["confidence"])
            old["extractor"] = preferred_extractor(old.get("extractor", ""), data.get("extractor", ""))
        else:
            g.add_edge(u, v, key=key, **data)
    for end in {keep} | {v for _, v, d in moved if d.get("status")}:
        end = keep if end == drop else end
        if end in g and g.nodes[end]["type"] == "Measure":
            store._recompute_status(end)
