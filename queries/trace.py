"""Influence tracing: evidence-backed paths from actors to the measures they acted on.

A path starts at an actor, follows influence edges (LOBBIED, PRESSURED, MET_WITH, ...) and
affiliation edges (REPRESENTS, LEADS, EMPLOYED_BY, MEMBER_OF; in either direction, since acting for a
client or an employer runs both ways), and reaches a measure by an influence edge or by a
status-change edge (SHELVED, VETOED, ...). Every path holds at least one influence edge, visits no
node twice and passes through actors only. Each path also carries its *outcome*: the status change
of the measure it leads to (who shelved it, when, with the quote), so a reader sees the lobbying and
what became of the measure side by side.

Ranking: fewest hops first, then more independent documents cited along the path, then the higher
confidence of the weakest hop, then names (so equal paths always come out in the same order). Paths
through the same actors and measures are one path: a sentence that gives both LOBBIED and CRITICIZED
between the same two nodes is one hop with a second, parallel edge, not a second path.

>>> from policygraph.graph import GraphStore, Entity, Relation, Evidence
>>> s = GraphStore(); a, m = Entity.make("Firm", "ChipCo"), Entity.make("Measure", "Chip Act")
>>> ev = [Evidence("d", "ChipCo lobbied against the Chip Act.", 0, 35, "2025-01-01")]
>>> s.merge([a, m], [Relation(a.id, m.id, "LOBBIED", ev, stance="oppose")])
>>> [s.graph.nodes[n]["name"] for n in trace(s)[0].nodes]
['ChipCo', 'Chip Act']
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Iterable

import networkx as nx

from policygraph.graph import vocabulary
from policygraph.graph.errors import SelectionError
from policygraph.graph.store import GraphStore, later
from policygraph.queries.lookup import find_node

log = logging.getLogger(__name__)

INFLUENCE = frozenset(t for t, d in vocabulary.EDGE_TYPES.items() if d["kind"] == "influence")
AFFILIATION = frozenset(t for t, d in vocabulary.EDGE_TYPES.items() if d["kind"] == "affiliation")
STATUS = frozenset(t for t, d in vocabulary.EDGE_TYPES.items() if d["kind"] == "status")
MEASURE_KIND = frozenset(t for t, d in vocabulary.EDGE_TYPES.items() if d["kind"] == "measure")


@dataclass
class TracePath:
    """One path from an actor to a measure.

    ``nodes``: node ids in walking order; ``edges``: the graph edges (u, v, key) between them, as
    stored (``reversed[i]`` is True when hop i walks edge i against its direction, which only
    affiliation edges do); ``hops``: number of edges; ``documents``: distinct documents cited by the
    path's edges; ``confidence``: the weakest hop's confidence; ``learned``: hops only the learned
    model drew (extractor ``learned/...``); ``outcome``: the status change of the
    final measure that the path leads to ({status, date, by, by_name, document, quote, edge}) or None;
    ``parallel[i]``: other edges between the same two nodes of hop i that a path also walked.
    """

    nodes: list[str]
    edges: list[tuple[str, str, str]]
    reversed: list[bool] = field(default_factory=list)
    hops: int = 0
    documents: int = 0
    confidence: float = 0.0
    learned: int = 0
    outcome: dict | None = None
    parallel: list[list[tuple[str, str, str]]] = field(default_factory=list)

    @property
    def source(self) -> str:
        return self.nodes[0]

    @property
    def measure(self) -> str:
        return self.nodes[-1]


def edge_date(data: dict) -> str | None:
    """An edge's date: its own ``date`` or else the earliest date of its evidence.

    >>> edge_date({"date": None, "evidence": [{"date": "2025-02-01"}, {"date": "2024-12-01"}]})
    '2024-12-01'
    """
    if data.get("date"):
        return data["date"]
    dates = [e["date"] for e in data.get("evidence", []) if e.get("date")]
    return min(dates) if dates else None


def not_later(a: str, b: str) -> bool:
    """ISO date ``a`` is no later than ``b``, compared at the precision both have.

    >>> not_later("2025-03", "2025-03-01"), not_later("2025-04-02", "2025-04-01")
    (True, False)
    """
    return not later(a, b)


def _split(values: Iterable[str]) -> list[str]:
    return [v.strip() for item in values for v in str(item).split(",") if v.strip()]


ACTOR_SET = frozenset(vocabulary.ACTOR_TYPES)


def _is_actor(g: nx.MultiDiGraph, n: str) -> bool:
    return g._node[n]["type"] in ACTOR_SET


def trace(store: GraphStore, sources: Iterable[str] = (), source_types: Iterable[str] = (),
          targets: Iterable[str] = (), target_statuses: Iterable[str] = (),
          edge_types: Iterable[str] = (), max_hops: int = 4, ordered: bool = False,
          limit: int | None = None) -> list[TracePath]:
    """Paths from actors to measures, best first (see the module docstring for the rules).

    ``sources``: actor names (or aliases, or ids); ``source_types``: actor types; by default every
    actor with an outgoing influence edge. ``targets``: measure names; ``target_statuses``: latest
    statuses (e.g. shelved, dropped, vetoed); both empty means every measure. ``edge_types``: the edge
    types a path may use (default: every influence, affiliation and status type). ``ordered``: keep
    only paths whose influence edges are dated no later than the status change they lead to (a path
    with an undated influence edge, or whose measure has no dated status change, is dropped).
    ``limit``: stop once this many paths are found, after completing the current length, so the
    result is still the best ``limit`` paths. Raises SelectionError for unknown names or types.

    >>> from policygraph.graph import GraphStore
    >>> trace(GraphStore())
    []
    """
    g = store.graph
    if max_hops < 1:
        raise SelectionError("max_hops must be at least 1")
    source_types, target_statuses, edge_types = (set(_split(source_types)), set(_split(target_statuses)),
                                                 set(_split(edge_types)))
    for t in source_types - set(vocabulary.ACTOR_TYPES):
        raise SelectionError(f"unknown actor type {t!r}; one of {', '.join(vocabulary.ACTOR_TYPES)}")
    known_statuses = set(vocabulary.STATUS_OF.values())
    for s in target_statuses - known_statuses:
        raise SelectionError(f"unknown status {s!r}; one of {', '.join(sorted(known_statuses))}")
    for t in edge_types - set(vocabulary.EDGE_TYPES):
        raise SelectionError(f"unknown edge type {t!r}; one of {', '.join(vocabulary.EDGE_TYPES)}")

    mid_types = (INFLUENCE | AFFILIATION) & edge_types if edge_types else INFLUENCE | AFFILIATION
    final_types = ((INFLUENCE | STATUS | MEASURE_KIND) & edge_types) if edge_types else INFLUENCE | STATUS

    # --- targets
    target_ids: set[str] = set()
    for name in _split(targets):
        node = find_node(store, name)
        if g.nodes[node]["type"] != "Measure":
            raise SelectionError(f"{g.nodes[node]['name']!r} is a {g.nodes[node]['type']}, not a Measure")
        target_ids.add(node)
    if not target_ids:
        target_ids = {n for n, d in g.nodes(data=True) if d["type"] == "Measure"}
    if target_statuses:
        target_ids = {n for n in target_ids if g.nodes[n].get("status") in target_statuses}

    # --- sources: named ones, else decided lazily per node (an actor of the wanted types, or by
    # default one with an outgoing influence edge), so a search from the targets never scans the graph
    source_ids: set[str] = set()
    for name in _split(sources):
        node = find_node(store, name)
        if not _is_actor(g, node):
            raise SelectionError(f"{g.nodes[node]['name']!r} is a {g.nodes[node]['type']}, not an actor")
        source_ids.add(node)
    if not target_ids:
        return []
    memo: dict[str, bool] = {}
    # networkx's plain adjacency dicts (g._succ / g._pred / g._node): the public views build an
    # object per access, which dominates the cost of a search on a large graph
    succ, pred, node_data = g._succ, g._pred, g._node

    def is_source(n: str) -> bool:
        if source_ids:
            return n in source_ids
        if n not in memo:
            t = node_data[n]["type"]
            if t not in ACTOR_SET or (source_types and t not in source_types):
                memo[n] = False
            else:
                memo[n] = bool(source_types) or any(
                    e["type"] in INFLUENCE for keys in succ[n].values() for e in keys.values())
        return memo[n]

    def final_ok(data: dict) -> bool:
        if data["type"] not in final_types:
            return False
        return not (data["type"] in STATUS and target_statuses and data.get("status") not in target_statuses)

    def mid_ok(data: dict) -> bool:
        return data["type"] in mid_types

    def forward_steps(n: str):
        """(next node, edge, walked against its direction, data) from actor n, walking forwards."""
        for v, keys in succ[n].items():
            for k, e in keys.items():
                if v in target_ids:
                    if final_ok(e):
                        yield v, (n, v, k), False, e
                elif mid_ok(e) and _is_actor(g, v):
                    yield v, (n, v, k), False, e
        for u, keys in pred[n].items():
            if u in target_ids or node_data[u]["type"] not in ACTOR_SET:
                continue
            for k, e in keys.items():
                if e["type"] in AFFILIATION and mid_ok(e):
                    yield u, (u, n, k), True, e

    def backward_steps(n: str):
        """(previous node, edge, walked against its direction, data) into n, walking backwards."""
        at_target = n in target_ids
        for u, keys in pred[n].items():
            if u in target_ids or node_data[u]["type"] not in ACTOR_SET:
                continue
            for k, e in keys.items():
                if (final_ok(e) if at_target else mid_ok(e)):
                    yield u, (u, n, k), False, e
        if not at_target:
            for w, keys in succ[n].items():
                if w in target_ids or node_data[w]["type"] not in ACTOR_SET:
                    continue
                for k, e in keys.items():
                    if e["type"] in AFFILIATION and mid_ok(e):
                        yield w, (n, w, k), True, e

    found: list[TracePath] = []
    outcomes: dict[str, dict | None] = {}

    def record(nodes, edges, revs, datas, outcome: dict | None | bool = False) -> None:
        if not any(d["type"] in INFLUENCE for d in datas):
            return
        if outcome is False:
            outcome = _outcome(g, nodes[-1], edges[-1], datas[-1], target_statuses)
        if ordered:
            limit_date = outcome.get("date") if outcome else None
            if not limit_date:
                return
            for d in datas:
                if d["type"] in INFLUENCE:
                    when = edge_date(d)
                    if not when or not not_later(when, limit_date):
                        return
        docs = {ev["document"] for d in datas for ev in d.get("evidence", [])}
        found.append(TracePath(nodes=list(nodes), edges=list(edges), reversed=list(revs), hops=len(edges),
                               documents=len(docs), confidence=min(float(d.get("confidence") or 0) for d in datas),
                               learned=sum(1 for d in datas if is_learned(d)), outcome=outcome))

    def walk_forward(start: str, lo: int, hi: int) -> None:
        nodes, edges, revs, datas, on_path = [start], [], [], [], {start}

        def rec(n: str) -> None:
            depth = len(edges) + 1
            for v, edge, rev, data in forward_steps(n):
                if v in on_path:
                    continue
                if v in target_ids:
                    if depth >= lo:
                        record(nodes + [v], edges + [edge], revs + [rev], datas + [data])
                    continue
                if depth < hi:
                    nodes.append(v); edges.append(edge); revs.append(rev); datas.append(data); on_path.add(v)
                    rec(v)
                    nodes.pop(); edges.pop(); revs.pop(); datas.pop(); on_path.discard(v)

        rec(start)

    def walk_backward(target: str, lo: int, hi: int) -> None:
        nodes, edges, revs, datas, on_path = [target], [], [], [], {target}

        def rec(n: str, outcome: dict | None) -> None:
            depth = len(edges) + 1
            for u, edge, rev, data in backward_steps(n):
                if u in on_path:
                    continue
                if depth == 1:      # the outcome is known from the last hop
                    if data["type"] in STATUS:
                        outcome = _outcome(g, target, edge, data, target_statuses)
                    else:           # the measure's own status change: the same for every such hop
                        if target not in outcomes:
                            outcomes[target] = _outcome(g, target, edge, data, target_statuses)
                        outcome = outcomes[target]
                if ordered:
                    # prune influence edges dated after the outcome (or undated) at once
                    cutoff = outcome.get("date") if outcome else None
                    if not cutoff:
                        continue
                    if data["type"] in INFLUENCE:
                        when = edge_date(data)
                        if not when or not not_later(when, cutoff):
                            continue
                nodes.append(u); edges.append(edge); revs.append(rev); datas.append(data); on_path.add(u)
                if depth >= lo and is_source(u):
                    record(nodes[::-1], edges[::-1], revs[::-1], datas[::-1], outcome)
                if depth < hi:
                    rec(u, outcome)
                nodes.pop(); edges.pop(); revs.pop(); datas.pop(); on_path.discard(u)

        rec(target, None)

    # Search from the smaller side: from named sources forwards, otherwise from the targets backwards.
    if source_ids:
        roots, walk = sorted(source_ids), walk_forward
    else:
        roots, walk = sorted(target_ids), walk_backward
    if limit is None:
        for root in roots:
            walk(root, 1, max_hops)
    else:
        # shortest first: finish each length before looking at longer paths, stop once enough are found
        for length in range(1, max_hops + 1):
            for root in roots:
                walk(root, length, length)
            if len({tuple(p.nodes) for p in found}) >= limit:
                break

    def name(n: str) -> str:
        return g.nodes[n]["name"]

    found.sort(key=lambda p: (p.hops, 0 if _aligned(g, p) else 1, p.learned, -p.documents, -p.confidence,
                              [name(n) for n in p.nodes], [e[2] for e in p.edges]))
    found = _collapse(found)
    log.debug("trace: %d roots (%s), %d paths", len(roots), walk.__name__, len(found))
    return found[:limit] if limit is not None else found


def _collapse(paths: list[TracePath]) -> list[TracePath]:
    """One path per sequence of nodes, the best ranked; the others' edges become its parallel edges."""
    kept: dict[tuple[str, ...], TracePath] = {}
    for p in paths:
        first = kept.setdefault(tuple(p.nodes), p)
        if first is p:
            p.parallel = [[] for _ in p.edges]
            continue
        for i, edge in enumerate(p.edges):
            if edge != first.edges[i] and edge not in first.parallel[i]:
                first.parallel[i].append(edge)
    return list(kept.values())


def is_learned(edge: dict) -> bool:
    """Whether only the learned relation model drew this edge (the rules' edges rank first)."""
    return str(edge.get("extractor") or "").startswith("learned/")


def _aligned(g: nx.MultiDiGraph, path: TracePath) -> bool:
    """True when the influence reaching the measure pushed the way it went: against a measure that was
    then shelved (or vetoed, dropped...), or for one that passed. Such paths answer "which lobbying led
    to this outcome" and are listed first among paths of the same length."""
    if not path.outcome:
        return False
    stances = [g.edges[e].get("stance") for e in path.edges if g.edges[e]["status"] is None]
    if not stances or stances[-1] is None:
        return False
    halted = vocabulary.STATUS_STAGE.get(path.outcome["status"], 0) >= 6
    return stances[-1] == ("oppose" if halted else "support")


def _outcome(g: nx.MultiDiGraph, measure: str, last_edge: tuple, last_data: dict,
             statuses: set[str]) -> dict | None:
    """The status change a path leads to: its own final status hop, else the measure's latest change
    (the latest one to a wanted status, when statuses are given)."""
    if last_data["type"] in STATUS:
        u, _, k = last_edge
        first = (last_data.get("evidence") or [{}])[0]
        return {"status": last_data.get("status"), "date": edge_date(last_data), "by": u,
                "by_name": g.nodes[u]["name"], "document": first.get("document"),
                "quote": first.get("quote"), "edge": last_edge}
    history = g.nodes[measure].get("status_history") or []
    wanted = [h for h in history if not statuses or h["status"] in statuses]
    if not wanted:
        return None
    h = dict(wanted[-1])
    h["edge"] = None
    for k, e in g.get_edge_data(h["by"], measure, default={}).items():
        if e.get("status") == h["status"] and e.get("date") == h["date"]:
            h["edge"] = (h["by"], measure, k)
    return h


# ----- presentation lives in trace_format (imported on use: it imports this module) ------------------
def path_record(store: GraphStore, path: TracePath, rank: int | None = None) -> dict:
    """A path as plain data with every hop's evidence (see trace_format.path_record)."""
    from policygraph.queries import trace_format
    return trace_format.path_record(store, path, rank)


def format_text(store: GraphStore, paths: list[TracePath], max_quotes: int = 3) -> str:
    """The readable evidence chain (see trace_format.format_text)."""
    from policygraph.queries import trace_format
    return trace_format.format_text(store, paths, max_quotes)


def format_markdown(store: GraphStore, paths: list[TracePath], max_quotes: int = 3) -> str:
    """Markdown for notes (see trace_format.format_markdown)."""
    from policygraph.queries import trace_format
    return trace_format.format_markdown(store, paths, max_quotes)


def trace_frame(store: GraphStore, paths: list[TracePath]):
    """One row per path, as a DataFrame (see trace_format.trace_frame)."""
    from policygraph.queries import trace_format
    return trace_format.trace_frame(store, paths)
