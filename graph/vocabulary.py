"""The vocabulary as data: loaded once from ``vocabulary.toml`` beside this module.

>>> from policygraph.graph import vocabulary as v
>>> v.NODE_TYPES["Lawmaker"]["family"]
'actor'
>>> v.STATUS_OF["SHELVED"]
'shelved'
"""

from __future__ import annotations

import tomllib
from importlib import resources

_DATA = tomllib.loads(resources.files(__package__).joinpath("vocabulary.toml").read_text("utf-8"))

NODE_TYPES: dict[str, dict] = _DATA["nodes"]
EDGE_TYPES: dict[str, dict] = {**_DATA["edges"], **{k: {"kind": "status", **v} for k, v in _DATA["statuses"].items()}}
STATUS_OF: dict[str, str] = {k: v["status"] for k, v in _DATA["statuses"].items()}
EDGE_OF_STATUS: dict[str, str] = {v: k for k, v in STATUS_OF.items()}
STATUS_STAGE: dict[str, int] = {v["status"]: v["stage"] for v in _DATA["statuses"].values()}
STANCES: tuple[str, ...] = tuple(_DATA["stances"]["values"])
ACTOR_TYPES: tuple[str, ...] = tuple(k for k, v in NODE_TYPES.items() if v["family"] == "actor")
EDGE_KINDS: tuple[str, ...] = ("influence", "affiliation", "measure", "status")


def edge_kind(edge_type: str) -> str:
    """Return the kind of an edge type (influence, affiliation, measure, status).

    >>> edge_kind("PAUSED")
    'status'
    """
    return EDGE_TYPES[edge_type]["kind"]


def family(node_type: str) -> str:
    """Return "actor", "measure" or "document" for a node type.

    >>> family("Firm")
    'actor'
    """
    return NODE_TYPES[node_type]["family"]


def stronger_type(a: str, b: str) -> str:
    """Of two types given to the same node, the one to keep (higher rank; ties by name).

    >>> stronger_type("Person", "Lawmaker")
    'Lawmaker'
    """
    return max((a, b), key=lambda t: (NODE_TYPES[t]["rank"], t))


def implied_stance(edge_type: str) -> str | None:
    """The stance an edge type implies by itself, if any.

    >>> implied_stance("OPPOSES")
    'oppose'
    """
    return EDGE_TYPES[edge_type].get("stance")
