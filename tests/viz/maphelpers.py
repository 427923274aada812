"""Helpers for the map tests: find edges and nodes, and point the real mouse at them."""

from __future__ import annotations

from policygraph.graph import GraphStore


def edge_id(store: GraphStore, edge_type: str) -> str:
    """The key of the one edge of this type in ``store``."""
    keys = [k for _, _, k, d in store.graph.edges(keys=True, data=True) if d["type"] == edge_type]
    assert len(keys) == 1, keys
    return keys[0]


def node_id(store: GraphStore, name: str) -> str:
    """The id of the node called ``name``."""
    return next(n for n, d in store.graph.nodes(data=True) if d["name"] == name)


def click_edge(opened, key: str, hover: bool = False) -> None:
    """Move the real mouse onto the middle of an edge's drawn curve and click (or just hover)."""
    point = opened.js("""key => {
        const net = window.policygraph.network;
        const p = net.body.edges[key].edgeType.getPoint(0.5);
        const dom = net.canvasToDOM(p);
        const box = document.getElementById('pg-graph').getBoundingClientRect();
        return {x: box.left + dom.x, y: box.top + dom.y};
    }""", key)
    opened.page.mouse.move(point["x"], point["y"])
    if not hover:
        opened.page.mouse.click(point["x"], point["y"])
