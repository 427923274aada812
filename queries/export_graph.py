"""Graph-file exports: the JSON contract, GraphML (yEd, Gephi) and GEXF (Gephi).

GraphML and GEXF allow only scalar attributes, so lists and records are flattened (the same way in
both formats):

- nodes: ``label`` (= name), ``type``, ``name``, ``aliases`` ("; "-joined), ``sources`` (document ids,
  space-joined), ``status``, ``status_history`` (JSON text), other attributes as scalars or JSON text;
- edges: ``relation`` (the edge type: GEXF reserves ``type`` for directed/undirected), ``label``
  (relation and stance), ``stance``, ``status``, ``date``, ``confidence``, ``extractor``, ``weight``
  (number of quotes), ``evidence_count``, ``documents`` (document ids, space-joined), ``quotes``
  (" | "-joined) and ``evidence`` (the full evidence list as JSON text).

The edge id is the element's own ``id``; no attribute is called source, target, id or key. Missing
values are left out (both formats allow an element to lack an attribute). Characters XML 1.0
cannot hold (most control characters) become U+FFFD; everything else survives as it is.

>>> from policygraph.graph import GraphStore, Entity
>>> s = GraphStore(); s.merge([Entity.make("Firm", "Nvidia", )], [])
>>> flat_graph(s).nodes[next(iter(s.graph))]["label"]
'Nvidia'
"""

from __future__ import annotations

import io
import json
import re

import networkx as nx

from policygraph.graph.store import GraphStore, dumps

_NODE_SKIP = ("aliases", "sources", "status_history")


# characters XML 1.0 cannot carry (controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF)
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids replaced by U+FFFD.

    >>> xml_safe("a" + chr(0) + "b") == "a\N{REPLACEMENT CHARACTER}b"
    True
    """
    return _XML_BAD.sub("\ufffd", text)


def _scalar(value):
    if isinstance(value, str):
        return xml_safe(value)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return xml_safe(json.dumps(value, ensure_ascii=False, sort_keys=True))


def flat_node(data: dict) -> dict:
    """A node's attributes flattened to GraphML/GEXF scalars (see module docstring)."""
    out = {"label": data.get("name", ""), "type": data.get("type"), "name": data.get("name")}
    out["aliases"] = "; ".join(data.get("aliases") or [])
    out["sources"] = " ".join(data.get("sources") or [])
    if data.get("type") == "Measure":
        out["status_history"] = json.dumps(data.get("status_history") or [], ensure_ascii=False)
    for key, value in data.items():
        if key not in out and key not in _NODE_SKIP:
            out[key] = _scalar(value)
    return {k: _scalar(v) for k, v in out.items() if v is not None}


def flat_edge(data: dict) -> dict:
    """An edge's attributes flattened to GraphML/GEXF scalars, evidence kept (see module docstring)."""
    evidence = data.get("evidence") or []
    out = {"relation": data["type"], "label": data["type"] + (f" {data['stance']}" if data.get("stance") else ""),
           "stance": data.get("stance"), "status": data.get("status"), "date": data.get("date"),
           "confidence": float(data["confidence"]) if data.get("confidence") is not None else None,
           "extractor": data.get("extractor"), "weight": float(len(evidence)), "evidence_count": len(evidence),
           "documents": " ".join(sorted({e["document"] for e in evidence})),
           "quotes": " | ".join(e.get("quote", "") for e in evidence),
           "evidence": json.dumps(evidence, ensure_ascii=False)}
    for key, value in data.items():
        if key not in out and key not in ("type", "evidence"):
            out[key] = _scalar(value)
    return {k: _scalar(v) for k, v in out.items() if v is not None}


def flat_graph(store: GraphStore) -> nx.MultiDiGraph:
    """A copy of the graph with every attribute flattened for GraphML and GEXF."""
    g = nx.MultiDiGraph()
    for n, d in sorted(store.graph.nodes(data=True)):
        g.add_node(n, **flat_node(d))
    for u, v, k, d in sorted(store.graph.edges(keys=True, data=True), key=lambda e: e[2]):
        g.add_edge(u, v, key=k, **flat_edge(d))
    return g


def to_json(store: GraphStore) -> str:
    """The JSON contract (design.md), as text.

    >>> json.loads(to_json(GraphStore()))["schema_version"]
    1
    """
    return dumps(store.to_dict())


def to_graphml(store: GraphStore) -> str:
    """GraphML text: one <node> per node, one <edge id="edge id"> per edge, flattened attributes."""
    buf = io.BytesIO()
    nx.write_graphml(flat_graph(store), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")


def to_gexf(store: GraphStore) -> str:
    """GEXF 1.2 text: node labels are names, edge ids are edge ids, edge labels are relation types."""
    g = flat_graph(store)
    for u, v, k, d in g.edges(keys=True, data=True):
        d["id"] = k          # GEXF's own edge id (networkx takes it from the "id" attribute)
    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")
