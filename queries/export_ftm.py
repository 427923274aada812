"""FollowTheMoney export: the graph as FtM entities, one JSON object per line (Aleph / OpenAleph).

Mapping (node type -> schema):

==========================================  ===============================================
Firm                                        Company
Lobbyist, Lawmaker, Official, Person        Person
Agency, Government                          PublicBody
Organization                                Organization
Measure                                     Project (``status`` = latest status; ``summary`` =
                                            the status history, one change per line)
source document                             Article (``title``, ``sourceUrl``, ``publishedAt``)
==========================================  ===============================================

Edges (entity id = edge id):

- REPRESENTS -> Representation (agent = lobbyist, client);
- MEMBER_OF -> Membership (member, organization); EMPLOYED_BY -> Employment (employee, employer);
  LEADS -> Directorship (director, organization), each when the two ends have the schemata FtM asks
  for (an organization on the organization side, a person as employee), else UnknownLink;
- every other edge (influence and stance edges, measure edges, status changes) -> UnknownLink
  (subject, object, ``role`` = edge type and stance, e.g. "LOBBIED oppose"; ``status`` for status changes).

Graph ids become FtM ids by turning ``_`` into ``-`` (``n_1f..`` -> ``n-1f..``; documents
``doc-d-..``). Every edge entity keeps its evidence: ``summary`` (the quotes, one per line), ``proof`` (the Article
entities of its documents), ``sourceUrl``, ``date``, ``recordId`` (the edge id).

>>> from policygraph.graph import GraphStore, Entity
>>> s = GraphStore(); s.merge([Entity.make("Firm", "Nvidia")], [])
>>> [e["schema"] for e in ftm_entities(s)]
['Company']
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Iterator

from policygraph.graph import vocabulary
from policygraph.graph.errors import PolicyGraphError
from policygraph.graph.store import GraphStore

NODE_SCHEMA = {"Firm": "Company", "Lobbyist": "Person", "Lawmaker": "Person", "Official": "Person",
               "Person": "Person", "Agency": "PublicBody", "Government": "PublicBody",
               "Organization": "Organization", "Measure": "Project", "Document": "Article"}
# edge type -> (schema, source property, target property, schema the source must be, the target must be)
EDGE_SCHEMA = {"REPRESENTS": ("Representation", "agent", "client", "LegalEntity", "LegalEntity"),
               "MEMBER_OF": ("Membership", "member", "organization", "LegalEntity", "Organization"),
               "EMPLOYED_BY": ("Employment", "employee", "employer", "Person", "Organization"),
               "LEADS": ("Directorship", "director", "organization", "LegalEntity", "Organization")}
FALLBACK = ("UnknownLink", "subject", "object", "Thing", "Thing")


def _model():
    try:
        from followthemoney import model
    except ImportError:  # pragma: no cover - depends on the environment
        raise PolicyGraphError("the ftm export needs the followthemoney package: pip install followthemoney") from None
    return model


_FTM_ID = re.compile(r"^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$")


def ftm_id(graph_id: str) -> str:
    """The FtM entity id of a graph id: FtM ids allow letters, digits, '.' and '-' only.

    >>> ftm_id("n_49734e3131f40ccf")
    'n-49734e3131f40ccf'
    """
    candidate = graph_id.replace("_", "-")
    if _FTM_ID.match(candidate):
        return candidate
    return "x-" + hashlib.sha1(graph_id.encode("utf-8")).hexdigest()


def _article_id(doc_id: str) -> str:
    return ftm_id(f"doc-{doc_id}")


def ftm_entities(store: GraphStore) -> Iterator[dict]:
    """The FtM entities (as dicts: id, schema, properties) for the store's documents, nodes and edges."""
    model = _model()
    g = store.graph
    schema_of: dict[str, str] = {}
    used_docs = {e["document"] for _, _, d in g.edges(data=True) for e in d.get("evidence") or []}
    used_docs |= {s for _, d in g.nodes(data=True) for s in d.get("sources") or []}
    for doc_id in sorted(used_docs):
        meta = store.documents.get(doc_id, {})
        art = model.make_entity("Article")
        art.id = _article_id(doc_id)
        art.add("title", meta.get("title") or doc_id)
        art.add("sourceUrl", meta.get("url"))
        art.add("publishedAt", meta.get("date"))
        yield art.to_dict()
    for node, data in sorted(g.nodes(data=True)):
        schema = NODE_SCHEMA.get(data["type"], "LegalEntity")
        ent = model.make_entity(schema)
        ent.id = ftm_id(node)
        schema_of[node] = schema
        ent.add("name", data["name"])
        ent.add("alias", data.get("aliases") or [])
        ent.add("description", f"{data['type']}: {vocabulary.NODE_TYPES[data['type']]['doc']}")
        if data["type"] == "Measure":
            ent.add("status", data.get("status"))
            history = data.get("status_history") or []
            ent.add("summary", "\n".join(f"{h.get('date') or 'undated'} {h['status']} by {h.get('by_name')}: "
                                         f"{h.get('quote')}" for h in history) or None)
            dates = [h["date"] for h in history if h.get("date")]
            ent.add("startDate", min(dates) if dates else None)
        ent.add("proof", [_article_id(s) for s in data.get("sources") or []])
        yield ent.to_dict()
    for u, v, key, data in sorted(g.edges(keys=True, data=True), key=lambda e: e[2]):
        name, src_prop, dst_prop, src_need, dst_need = EDGE_SCHEMA.get(data["type"], FALLBACK)
        if not (model.get(schema_of[u]).is_a(src_need) and model.get(schema_of[v]).is_a(dst_need)):
            name, src_prop, dst_prop = FALLBACK[:3]
        ent = model.make_entity(name)
        ent.id = ftm_id(key)
        ent.add(src_prop, ftm_id(u))
        ent.add(dst_prop, ftm_id(v))
        ent.add("role", data["type"] + (f" {data['stance']}" if data.get("stance") else ""))
        ent.add("status", data.get("status"))
        evidence = data.get("evidence") or []
        dates = [data.get("date")] if data.get("date") else sorted({e["date"] for e in evidence if e.get("date")})
        ent.add("date", dates)
        ent.add("summary", "\n".join(e.get("quote", "") for e in evidence) or None)
        ent.add("proof", sorted({_article_id(e["document"]) for e in evidence}))
        ent.add("sourceUrl", sorted({store.documents.get(e["document"], {}).get("url") or "" for e in evidence} - {""}))
        ent.add("recordId", key)
        yield ent.to_dict()


def to_ftm(store: GraphStore) -> str:
    """The FtM entities as JSON lines (one entity per line, UTF-8)."""
    return "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in ftm_entities(store))
