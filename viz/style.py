"""How the map looks: node styles from the vocabulary, edge categories and their colours.

Node colour and shape come from ``graph/vocabulary.toml``; this module only adds what the page needs
on top: the colour of each edge *category* (an edge kind, with influence split by stance) and the look
of a measure whose status halted or undid it.

>>> edge_category("LOBBIED", "oppose")
'influence-oppose'
>>> edge_label("LOBBIED", "oppose", None)
'lobbied against'
>>> is_halted("shelved"), is_halted("enacted")
(True, False)
"""

from __future__ import annotations

from policygraph.graph import vocabulary

# Edge categories, in legend order: the kinds of the vocabulary, with influence split by stance so a
# reader tells lobbying *for* a measure from lobbying *against* it at a glance.
STANCE_WORD = {"support": "for", "oppose": "against"}
EDGE_STYLE: dict[str, dict] = {
    "influence-support": {"label": "influence: for", "colour": "#1a9850"},
    "influence-oppose": {"label": "influence: against", "colour": "#d73027"},
    "influence": {"label": "influence (no stance)", "colour": "#f28e2b"},
    "status": {"label": "status change", "colour": "#6a3d9a"},
    "measure": {"label": "measure link (sponsor, target, ...)", "colour": "#4575b4"},
    "affiliation": {"label": "affiliation", "colour": "#8c8c8c"},
    "document": {"label": "mentions", "colour": "#bcbd22"},
}
FALLBACK_EDGE_COLOUR = "#555555"

# A measure whose latest status has stage >= HALTED_STAGE (vetoed, shelved, paused, delayed, dropped,
# blocked, eased, rescinded, reversed) no longer advances: it is drawn faded with a dashed border.
HALTED_STAGE = 6
HALTED_FILL = "#e6e6e6"
UNKNOWN_STATUS = "unknown"

_MEASURE_TYPE = next(t for t, spec in vocabulary.NODE_TYPES.items() if spec["family"] == "measure")

# Trace highlight: what lies off every traced path is drawn in this faint grey.
DIM_COLOUR = "rgba(180,180,180,0.25)"


def node_style(node_type: str) -> dict:
    """Colour and vis-network shape of a node type, from the vocabulary.

    >>> node_style("Measure")["shape"]
    'box'
    """
    spec = vocabulary.NODE_TYPES.get(node_type, {})
    return {"colour": spec.get("colour", "#999999"), "shape": spec.get("shape", "dot")}


def is_measure(node_type: str) -> bool:
    """True for the node types of the measure family (those that carry a status).

    >>> is_measure("Measure"), is_measure("Firm")
    (True, False)
    """
    return vocabulary.NODE_TYPES.get(node_type, {}).get("family") == "measure"


def is_halted(status: str | None) -> bool:
    """True when a measure with this latest status has been stopped, weakened or undone."""
    return bool(status) and vocabulary.STATUS_STAGE.get(status, 0) >= HALTED_STAGE


def edge_stance(edge_type: str, stance: str | None) -> str | None:
    """The edge's own stance, else the stance its type implies (OPPOSES -> oppose)."""
    if stance:
        return stance
    return vocabulary.implied_stance(edge_type) if edge_type in vocabulary.EDGE_TYPES else None


def edge_category(edge_type: str, stance: str | None) -> str:
    """The legend/filter category of an edge: its kind, with influence split by stance."""
    kind = vocabulary.edge_kind(edge_type) if edge_type in vocabulary.EDGE_TYPES else "influence"
    if kind == "influence":
        stance = edge_stance(edge_type, stance)
        return f"influence-{stance}" if stance in STANCE_WORD else "influence"
    return kind


def edge_colour(category: str) -> str:
    """The colour of an edge category."""
    return EDGE_STYLE.get(category, {}).get("colour", FALLBACK_EDGE_COLOUR)


def edge_label(edge_type: str, stance: str | None, date: str | None) -> str:
    """A short readable edge label: 'lobbied against', 'met with', 'shelved 2025-03-01'.

    >>> edge_label("SHELVED", None, "2025-03-01")
    'shelved 2025-03-01'
    """
    label = edge_type.lower().replace("_", " ")
    implied = vocabulary.implied_stance(edge_type) if edge_type in vocabulary.EDGE_TYPES else None
    if stance in STANCE_WORD and stance != implied:
        label += f" {STANCE_WORD[stance]}"
    if edge_type in vocabulary.STATUS_OF and date:
        label += f" {date}"
    return label


def legend() -> dict:
    """Everything the page legend lists: node types, edge categories, measure looks."""
    return {
        "nodes": [{"type": t, "colour": s["colour"], "shape": s["shape"], "doc": s.get("doc", "")}
                  for t, s in vocabulary.NODE_TYPES.items()],
        "edges": [{"category": c, **s} for c, s in EDGE_STYLE.items()],
        "halted": {"fill": HALTED_FILL, "colour": node_style(_MEASURE_TYPE)["colour"],
                   "statuses": sorted(s for s in vocabulary.STATUS_STAGE if is_halted(s))},
    }
