"""Node positions computed in Python, for graphs too large for the browser's physics.

vis-network's physics never settled on 5,000 nodes / 20,000 edges here, while the same page with
fixed positions and physics off loaded in seconds. networkx's own spring layout needs scipy above
500 nodes (not a dependency), so this is a small force-directed layout in numpy: Fruchterman-Reingold
where the repulsion of far nodes is approximated by the centroids of a coarse grid of cells, which
keeps each step linear in nodes times cells instead of quadratic in nodes.

>>> import networkx as nx
>>> pos = positions(nx.path_graph(4))
>>> sorted(pos) == [0, 1, 2, 3] and all(len(p) == 2 for p in pos.values())
True
"""

from __future__ import annotations

import logging
import math

import networkx as nx
import numpy as np

log = logging.getLogger(__name__)

SPACING = 90.0  # screen pixels per unit of ideal edge length
_CHUNK = 1024


def positions(graph: nx.Graph, iterations: int = 60, seed: int = 7) -> dict:
    """Deterministic 2-D positions (screen pixels) for every node of ``graph``.

    Each connected component is laid out on its own (directions and parallel edges are ignored),
    then the components are packed in rows, largest first, so loners never drift off to the edge.
    The same graph and seed always give the same positions; about 2 s for 5,000 nodes / 20,000 edges.
    """
    undirected = nx.Graph()
    undirected.add_nodes_from(graph.nodes)
    undirected.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    components = sorted((sorted(c, key=str) for c in nx.connected_components(undirected)),
                        key=lambda c: (-len(c), str(c[0])))
    blocks = []
    for comp in components:
        if len(comp) <= 3:
            coords = np.array([[float(i), 0.0] for i in range(len(comp))])
        else:
            index = {node: i for i, node in enumerate(comp)}
            edges = np.array(sorted((min(index[u], index[v]), max(index[u], index[v]))
                                    for u, v in undirected.subgraph(comp).edges()), dtype=np.int64)
            coords = _force(len(comp), edges.reshape(-1, 2), iterations, seed)
        blocks.append((comp, coords - coords.min(axis=0)))
    out = {}
    for (comp, coords), (dx, dy) in zip(blocks, _pack([c.max(axis=0) for _, c in blocks])):
        for node, (x, y) in zip(comp, coords):
            out[node] = (round(float(x + dx) * SPACING, 1), round(float(y + dy) * SPACING, 1))
    log.debug("layout of %d nodes in %d components done", len(out), len(blocks))
    return out


def _pack(sizes: list, gap: float = 1.5) -> list[tuple[float, float]]:
    """Offsets placing boxes of the given (width, height) in rows about as wide as they are tall."""
    total = sum((w + gap) * (h + gap) for w, h in sizes)
    row_width = max(math.sqrt(total), max((w for w, _ in sizes), default=0.0))
    offsets, x, y, row_height = [], 0.0, 0.0, 0.0
    for w, h in sizes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        offsets.append((x, y))
        x += w + gap
        row_height = max(row_height, h)
    return offsets


def _force(n: int, edges: np.ndarray, iterations: int, seed: int) -> np.ndarray:
    """Fruchterman-Reingold positions (ideal edge length 1) for one connected component."""
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.uniform(-side, side, size=(n, 2))
    temperature = side / 4
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = _repulsion(pos)
        delta = pos[edges[:, 0]] - pos[edges[:, 1]]
        dist = np.sqrt((delta ** 2).sum(axis=1)) + 1e-9
        pull = delta * dist[:, None]  # attraction d^2 / k along the edge
        for axis in (0, 1):
            disp[:, axis] -= np.bincount(edges[:, 0], pull[:, axis], minlength=n)
            disp[:, axis] += np.bincount(edges[:, 1], pull[:, axis], minlength=n)
        disp -= pos * 0.5  # gravity keeps the component round and compact
        length = np.sqrt((disp ** 2).sum(axis=1)) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature -= cooling
    return pos


def _repulsion(pos: np.ndarray) -> np.ndarray:
    """Repulsion k^2 / d from every other node, far ones lumped by grid cell (k = 1)."""
    n = len(pos)
    cells_per_side = int(min(24, max(4, math.sqrt(n) / 2)))
    low, high = pos.min(axis=0), pos.max(axis=0)
    span = np.maximum(high - low, 1e-9)
    cell_xy = np.minimum(((pos - low) / span * cells_per_side).astype(np.int64), cells_per_side - 1)
    cell = cell_xy[:, 0] * cells_per_side + cell_xy[:, 1]
    used, inverse = np.unique(cell, return_inverse=True)
    count = np.bincount(inverse).astype(float)
    total = np.stack([np.bincount(inverse, pos[:, a]) for a in (0, 1)], axis=1)
    centroid = total / count[:, None]
    # A node next to a crowded cell's centroid must not be flung away: distances to other cells count
    # as at least half a cell.
    floor = float((span / cells_per_side).mean() / 2) ** 2
    disp = np.zeros_like(pos)
    c_norm = (centroid ** 2).sum(axis=1)
    for start in range(0, n, _CHUNK):
        p = pos[start:start + _CHUNK]
        # Squared distances and the weighted sum of (p - c) as matrix products (no n x cells x 2 array).
        dist2 = (p ** 2).sum(axis=1)[:, None] + c_norm[None, :] - 2.0 * (p @ centroid.T)
        weight = count[None, :] / np.maximum(dist2, floor)
        weight[np.arange(len(p)), inverse[start:start + _CHUNK]] = 0.0  # own cell: exactly, below
        disp[start:start + _CHUNK] = p * weight.sum(axis=1)[:, None] - weight @ centroid
    # Own cell: the centroid of the *other* nodes in it, weighted by their number.
    others = count[inverse] - 1
    has_others = others > 0
    own_centroid = (total[inverse] - pos) / np.maximum(others, 1)[:, None]
    delta = pos - own_centroid
    dist2 = np.maximum((delta ** 2).sum(axis=1), 0.01)
    disp += np.where(has_others[:, None], delta * (others / dist2)[:, None], 0.0)
    return disp
