"""Record types that flow from loaders to the store: Document, Evidence, Entity, Relation."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from policygraph.graph import vocabulary
from policygraph.graph.ids import make_id


@dataclass
class Document:
    """A source read by a loader. ``id`` is a hash of the text, so the same text is the same document.

    >>> Document(id="d_1", title="T", text="Body.").date is None
    True
    """

    id: str
    title: str
    text: str
    date: str | None = None
    url: str | None = None
    path: str | None = None

    def meta(self) -> dict:
        """The document as it appears in the JSON contract (no text)."""
        return {"id": self.id, "title": self.title, "path": self.path, "url": self.url, "date": self.date}


@dataclass(frozen=True)
class Evidence:
    """Where an edge was read: the document, the quoted sentence, its character offsets, the date."""

    document: str
    quote: str
    start: int
    end: int
    date: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Entity:
    """A node: an actor, a measure. ``id`` comes from its family and canonical name.

    >>> Entity.make("Firm", "Nvidia").id == Entity.make("Firm", "NVIDIA Corp.").id
    False
    >>> Entity.make("Firm", "Nvidia").id == Entity.make("Person", "nvidia").id
    True
    """

    id: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    attrs: dict = field(default_factory=dict)

    @classmethod
    def make(cls, type_: str, name: str, **attrs) -> "Entity":
        """Build an entity whose id is derived from its family and name."""
        if type_ not in vocabulary.NODE_TYPES:
            raise ValueError(f"unknown node type {type_!r}")
        return cls(id=node_id(type_, name), type=type_, name=name, attrs=attrs)


def node_id(type_: str, name: str) -> str:
    """The id of a node with this type and canonical name (actors share one id space, measures another)."""
    return make_id("n", vocabulary.family(type_), name)


@dataclass
class Relation:
    """An edge with its evidence. One id per (source, target, type, stance, date of a status change)."""

    source: str
    target: str
    type: str
    evidence: list[Evidence]
    stance: str | None = None
    date: str | None = None
    confidence: float = 0.5
    extractor: str = "rules"

    def __post_init__(self) -> None:
        if self.type not in vocabulary.EDGE_TYPES:
            raise ValueError(f"unknown edge type {self.type!r}")
        if self.stance is None:
            self.stance = vocabulary.implied_stance(self.type)
        if not self.evidence:
            raise ValueError(f"a {self.type} edge without evidence")

    @property
    def status(self) -> str | None:
        """The measure status this edge sets, for status-change edges."""
        return vocabulary.STATUS_OF.get(self.type)

    @property
    def id(self) -> str:
        return edge_id(self.source, self.target, self.type, self.stance, self.date)


def edge_id(source: str, target: str, type_: str, stance: str | None, date: str | None) -> str:
    """The id of an edge. Status changes are told apart by date; other edges merge across dates."""
    dated = date if type_ in vocabulary.STATUS_OF else ""
    return make_id("e", source, target, type_, stance or "", dated or "")
