"""Find nodes by name or alias, with close matches suggested when nothing fits.

>>> from policygraph.graph import GraphStore, Entity
>>> s = GraphStore(); s.merge([Entity.make("Firm", "Nvidia")], [])
>>> s.graph.nodes[find_node(s, "nvidia")]["name"]
'Nvidia'
"""

from __future__ import annotations

import difflib

from policygraph.graph.errors import SelectionError
from policygraph.graph.ids import normalize
from policygraph.graph.store import GraphStore


def name_index(store: GraphStore) -> dict[str, list[str]]:
    """normalized name or alias -> node ids carrying it."""
    index: dict[str, list[str]] = {}
    for node, data in store.graph.nodes(data=True):
        for name in [data["name"], *data.get("aliases", [])]:
            ids = index.setdefault(normalize(name), [])
            if node not in ids:
                ids.append(node)
    return index


def find_nodes(store: GraphStore, name: str) -> list[str]:
    """Ids of nodes whose id, name or alias matches ``name`` (normalized); empty when none do."""
    if name in store.graph:
        return [name]
    return sorted(name_index(store).get(normalize(name), []))


def find_node(store: GraphStore, name: str) -> str:
    """The one node called ``name``; raises SelectionError naming close matches or the ambiguity."""
    found = find_nodes(store, name)
    if len(found) == 1:
        return found[0]
    if found:
        names = ", ".join(f"{store.graph.nodes[n]['name']} ({store.graph.nodes[n]['type']})" for n in found)
        raise SelectionError(f"{name!r} is ambiguous: {names}")
    index = name_index(store)
    close = difflib.get_close_matches(normalize(name), list(index), n=3, cutoff=0.6)
    partial = [k for k in index if normalize(name) and normalize(name) in k.split() + [k]][:3]
    hints = []
    for key in close + partial:
        for node in index[key]:
            label = store.graph.nodes[node]["name"]
            if label not in hints:
                hints.append(label)
    hint = f"; did you mean {', '.join(repr(h) for h in hints[:3])}?" if hints else ""
    raise SelectionError(f"no node named {name!r} in the graph{hint}")
