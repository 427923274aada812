"""The most influential actors, by a documented score.

Score (``influence``): PageRank on the *reversed* graph of influence and status-change edges, each
edge weighted by the number of distinct documents that attest it (at least 1), damping 0.85. On the
reversed graph a node hands its score to the actors that acted on it, in proportion to the evidence,
so an actor scores high when it acts, with well-documented edges, on measures and on actors that
themselves act on much. Affiliation edges (who works for whom) and measure edges (TARGETS, ...) do not
count. Scores sum to 1 over all nodes (measures included); only actors are listed.

Computed by plain power iteration (no SciPy needed): deterministic, stops when the L1 change falls
under ``tol`` or after ``max_iter`` rounds.

>>> from policygraph.graph import GraphStore, Entity, Relation, Evidence
>>> s = GraphStore(); a, m = Entity.make("Firm", "ChipCo"), Entity.make("Measure", "Chip Act")
>>> s.merge([a, m], [Relation(a.id, m.id, "LOBBIED", [Evidence("d", "q", 0, 1)], stance="oppose")])
>>> rank(s)["name"].tolist()
['ChipCo']
"""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from policygraph.graph import vocabulary
from policygraph.graph.errors import SelectionError
from policygraph.graph.store import GraphStore

COLUMNS = ["rank", "name", "type", "score", "acts_on", "measures", "documents", "evidence"]
SCORE_KINDS = ("influence", "status")


def influence_scores(store: GraphStore, damping: float = 0.85, tol: float = 1e-10,
                     max_iter: int = 200) -> dict[str, float]:
    """PageRank over reversed influence and status edges, weighted by documents (see module docstring).

    >>> influence_scores(GraphStore())
    {}
    """
    g = store.graph
    nodes = list(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    # reversed edge v -> u for every edge u -> v that counts, weight = distinct documents
    out_w: dict[str, float] = {v: 0.0 for v in nodes}
    links: list[tuple[str, str, float]] = []
    for u, v, d in g.edges(data=True):
        if vocabulary.EDGE_TYPES[d["type"]]["kind"] not in SCORE_KINDS or u == v:
            continue
        w = float(max(1, len({e["document"] for e in d.get("evidence") or []})))
        links.append((v, u, w))
        out_w[v] += w
    score = {v: 1.0 / n for v in nodes}
    for _ in range(max_iter):
        dangling = sum(score[v] for v in nodes if out_w[v] == 0.0)
        base = (1.0 - damping) / n + damping * dangling / n
        new = {v: base for v in nodes}
        for a, b, w in links:
            new[b] += damping * score[a] * w / out_w[a]
        change = sum(abs(new[v] - score[v]) for v in nodes)
        score = new
        if change < tol * n:
            break
    return score


def rank(store: GraphStore, node_types: Iterable[str] = (), limit: int | None = 20) -> pd.DataFrame:
    """The top actors by influence score, optionally only of the given types.

    Columns: rank, name, type, score, acts_on (distinct nodes it has influence or status edges to),
    measures (distinct measures among them), documents (distinct documents behind those edges),
    evidence (quotes). Ties are broken by evidence, then name.
    """
    types = {t.strip() for item in node_types for t in str(item).split(",") if t.strip()}
    for t in types - set(vocabulary.ACTOR_TYPES):
        raise SelectionError(f"unknown actor type {t!r}; one of {', '.join(vocabulary.ACTOR_TYPES)}")
    g = store.graph
    scores = influence_scores(store)
    rows = []
    for node, data in g.nodes(data=True):
        if vocabulary.NODE_TYPES[data["type"]]["family"] != "actor" or (types and data["type"] not in types):
            continue
        targets, measures, docs, quotes = set(), set(), set(), 0
        for _, v, d in g.out_edges(node, data=True):
            if vocabulary.EDGE_TYPES[d["type"]]["kind"] in SCORE_KINDS:
                targets.add(v)
                if g.nodes[v]["type"] == "Measure":
                    measures.add(v)
                docs |= {e["document"] for e in d.get("evidence") or []}
                quotes += len(d.get("evidence") or [])
        if not targets:
            continue
        rows.append({"name": data["name"], "type": data["type"], "score": round(scores[node], 6),
                     "acts_on": len(targets), "measures": len(measures), "documents": len(docs),
                     "evidence": quotes})
    rows.sort(key=lambda r: (-r["score"], -r["evidence"], r["name"]))
    rows = rows[:limit] if limit else rows
    for i, r in enumerate(rows, 1):
        r["rank"] = i
    return pd.DataFrame(rows, columns=COLUMNS)
