"""The graph model: vocabulary, records, deterministic ids and the JSON-backed store."""

from policygraph.graph.errors import PolicyGraphError, GraphFileError, InputError
from policygraph.graph.records import Document, Entity, Evidence, Relation
from policygraph.graph.store import GraphStore

__all__ = [
    "PolicyGraphError", "GraphFileError", "InputError",
    "Document", "Entity", "Evidence", "Relation", "GraphStore",
]
