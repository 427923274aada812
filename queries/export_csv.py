"""CSV exports: ``nodes.csv`` and ``edges.csv`` (pandas), plain or with ``neo4j-admin import`` headers.

Plain columns. nodes: id, type, name, aliases ("; "-joined), status, sources (space-joined document
ids), status_history (JSON text), then any other attribute. edges: id, source, target, type, stance,
status, date, confidence, extractor, evidence_count, documents (space-joined), quotes (" | "-joined),
evidence (JSON text).

``neo4j_admin=True`` writes the headers ``neo4j-admin database import full`` reads, with the same
schema as ``policygraph push`` (labels ``Entity`` plus the node type; relationship type = edge type):
nodes ``id:ID``, ``:LABEL`` ("Entity;Firm"), ``aliases:string[]`` and ``sources:string[]`` (";"
arrays); edges ``:START_ID``, ``:END_ID``, ``:TYPE``, ``id``, ``confidence:float``,
``evidence_count:int``, ``evidence_documents:string[]``. Import with::

    neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv --multiline-fields=true neo4j

>>> from policygraph.graph import GraphStore, Entity
>>> s = GraphStore(); s.merge([Entity.make("Firm", "Nvidia")], [])
>>> list(frames(s, neo4j_admin=True)[0].columns)[:3]
['id:ID', ':LABEL', 'type']
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from policygraph.graph.errors import PolicyGraphError
from policygraph.graph.store import GraphStore

NODE_COLUMNS = ["id", "type", "name", "aliases", "status", "sources", "status_history"]
EDGE_COLUMNS = ["id", "source", "target", "type", "stance", "status", "date", "confidence", "extractor",
                "evidence_count", "documents", "quotes", "evidence"]
ENTITY_LABEL = "Entity"   # shared label, as in graph/cypher_writes.py
ARRAY_DELIMITER = ";"


def _text(value):
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def node_rows(store: GraphStore) -> list[dict]:
    """One flat row per node (plain column names)."""
    rows = []
    for n, d in sorted(store.graph.nodes(data=True)):
        row = {"id": n, "type": d["type"], "name": d["name"], "aliases": "; ".join(d.get("aliases") or []),
               "status": d.get("status"), "sources": " ".join(d.get("sources") or []),
               "status_history": json.dumps(d["status_history"], ensure_ascii=False)
               if d.get("status_history") is not None else None}
        row.update({k: _text(v) for k, v in d.items() if k not in row})
        rows.append(row)
    return rows


def edge_rows(store: GraphStore) -> list[dict]:
    """One flat row per edge (plain column names), evidence kept."""
    rows = []
    for u, v, k, d in sorted(store.graph.edges(keys=True, data=True), key=lambda e: e[2]):
        ev = d.get("evidence") or []
        row = {"id": k, "source": u, "target": v, "type": d["type"], "stance": d.get("stance"),
               "status": d.get("status"), "date": d.get("date"), "confidence": d.get("confidence"),
               "extractor": d.get("extractor"), "evidence_count": len(ev),
               "documents": " ".join(sorted({e["document"] for e in ev})),
               "quotes": " | ".join(e.get("quote", "") for e in ev), "evidence": json.dumps(ev, ensure_ascii=False)}
        row.update({key: _text(val) for key, val in d.items() if key not in row})
        rows.append(row)
    return rows


def frames(store: GraphStore, neo4j_admin: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(nodes, edges) DataFrames, with plain or neo4j-admin headers."""
    nodes = pd.DataFrame(node_rows(store))
    edges = pd.DataFrame(edge_rows(store))
    if nodes.empty:
        nodes = pd.DataFrame(columns=NODE_COLUMNS)
    if edges.empty:
        edges = pd.DataFrame(columns=EDGE_COLUMNS)
    if not neo4j_admin:
        return nodes, edges
    nodes = nodes.copy()
    nodes.insert(1, ":LABEL", [f"{ENTITY_LABEL}{ARRAY_DELIMITER}{t}" for t in nodes["type"]])
    for col in ("aliases", "sources"):
        nodes[col] = [ARRAY_DELIMITER.join(v.split("; " if col == "aliases" else " ")) if v else ""
                      for v in nodes[col]]
    nodes = nodes.rename(columns={"id": "id:ID", "aliases": "aliases:string[]", "sources": "sources:string[]"})
    edges = edges.copy()
    edges["documents"] = [ARRAY_DELIMITER.join(v.split(" ")) if v else "" for v in edges["documents"]]
    edges = edges.rename(columns={"source": ":START_ID", "target": ":END_ID", "type": ":TYPE",
                                  "confidence": "confidence:float", "evidence_count": "evidence_count:int",
                                  "documents": "evidence_documents:string[]"})
    first = [":START_ID", ":END_ID", ":TYPE"]
    edges = edges[first + [c for c in edges.columns if c not in first]]
    return nodes, edges


def write_csv(store: GraphStore, folder: str | Path, neo4j_admin: bool = False) -> list[Path]:
    """Write ``nodes.csv`` and ``edges.csv`` into ``folder`` (created if needed); returns the paths."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise PolicyGraphError(f"{folder} is a file; the csv export writes nodes.csv and edges.csv into a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        nodes, edges = frames(store, neo4j_admin=neo4j_admin)
        paths = [folder / "nodes.csv", folder / "edges.csv"]
        nodes.to_csv(paths[0], index=False)
        edges.to_csv(paths[1], index=False)
    except OSError as exc:
        raise PolicyGraphError(f"cannot write into {folder}: {exc.strerror}") from None
    return paths
