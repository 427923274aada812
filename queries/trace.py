"""Influence tracing: evidence-backed paths from actors to the measures they acted on.

A path starts at an actor, follows influence edges (LOBBIED, PRESSURED, MET_WITH, ...) and
affiliation edges (REPRESENTS, LEADS, EMPLOYED_BY, MEMBER_OF; in either direction, since acting for a
client or an employer runs both ways), and reaches a measure by an influence edge or by a
status-change edge (SHELVED, VETOED, ...). Every path holds at least one influence edge, visits no
node twice and passes through actors only. Each path also carries its *outcome*: the status change
of the measure it leads to (who shelved it, when, with the quote), so a reader sees the lobbying and
what became of the measure side by side.

Ranking: fewest hops first, then more independent documents cited along the path, then the higher
confidence of the weakest hop, then names (so equal paths always come out in the same order).

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
from policygraph.graph.store import GraphStore
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
    path's edges; ``confidence``: the weakest hop's confidence; ``outcome``: the status change of the
    final measure that the path leads to ({status, date, by, by_name, document, quote, edge}) or None.
    """

    nodes: list[str]
    edges: list[tuple[str, str, str]]
    reversed: list[bool] = field(default_factory=list)
    hops: int = 0
    documents: int = 0
    confidence: float = 0.0
    outcome: dict | None = None

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
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def _split(values: Iterable[str]) -> list[str]:
    return [v.strip() for item in values for v in str(item).split(",") if v.strip()]


def _is_actor(g: nx.MultiDiGraph, n: str) -> bool:
    return vocabulary.NODE_TYPES.get(g.nodes[n]["type"], {}).get("family") == "actor"


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

    # --- sources
    source_ids: set[str] = set()
    for name in _split(sources):
        node = find_node(store, name)
        if not _is_actor(g, node):
            raise SelectionError(f"{g.nodes[node]['name']!r} is a {g.nodes[node]['type']}, not an actor")
        source_ids.add(node)
    if not sources:
        for n, d in g.nodes(data=True):
            if source_types and d["type"] not in source_types:
                continue
            if not _is_actor(g, n):
                continue
            if source_types or any(e["type"] in INFLUENCE for _, _, e in g.out_edges(n, data=True)):
                source_ids.add(n)
    if not source_ids or not target_ids:
        return []

    def final_ok(data: dict) -> bool:
        if data["type"] not in final_types:
            return False
        return not (data["type"] in STATUS and target_statuses and data.get("status") not in target_statuses)

    # --- distance to the nearest target, walking steps backwards (prunes the forward search)
    dist = {t: 0 for t in target_ids}
    frontier = list(target_ids)
    for d in range(1, max_hops + 1):
        nxt = []
        for v in frontier:
            is_target = v in target_ids
            for u, keys in g.pred[v].items():
                if u in dist or not _is_actor(g, u):
                    continue
                ok = final_ok if is_target else (lambda e: e["type"] in mid_types)
                if any(ok(e) for e in keys.values()):
                    dist[u] = d
                    nxt.append(u)
            if not is_target:
                for w, keys in g.succ[v].items():
                    if w not in dist and _is_actor(g, w) and any(
                            e["type"] in AFFILIATION and e["type"] in mid_types for e in keys.values()):
                        dist[w] = d
                        nxt.append(w)
        frontier = nxt

    found: list[TracePath] = []

    def steps(n: str):
        for v, keys in g.succ[n].items():
            for k, e in keys.items():
                if v in target_ids:
                    if final_ok(e):
                        yield v, (n, v, k), False, e
                elif e["type"] in mid_types and _is_actor(g, v):
                    yield v, (n, v, k), False, e
        for u, keys in g.pred[n].items():
            if u in target_ids or not _is_actor(g, u):
                continue
            for k, e in keys.items():
                if e["type"] in AFFILIATION and e["type"] in mid_types:
                    yield u, (u, n, k), True, e

    def walk(start: str, lo: int, hi: int) -> None:
        nodes, edges, revs, datas = [start], [], [], []
        on_path = {start}

        def rec(n: str) -> None:
            depth = len(edges)
            for v, edge, rev, data in steps(n):
                if v in on_path:
                    continue
                left = hi - depth - 1
                if v in target_ids:
                    if depth + 1 >= lo:
                        datas.append(data)
                        _record(nodes + [v], edges + [edge], revs + [rev], datas)
                        datas.pop()
                    continue
                if left < 1 or dist.get(v, max_hops + 1) > left:
                    continue
                nodes.append(v); edges.append(edge); revs.append(rev); datas.append(data); on_path.add(v)
                rec(v)
                nodes.pop(); edges.pop(); revs.pop(); datas.pop(); on_path.discard(v)

        rec(start)

    def _record(nodes, edges, revs, datas) -> None:
        if not any(d["type"] in INFLUENCE for d in datas):
            return
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
                               outcome=outcome))

    starts = sorted(s for s in source_ids if dist.get(s, max_hops + 1) <= max_hops)
    if limit is None:
        for s in starts:
            walk(s, 1, max_hops)
    else:
        for length in range(1, max_hops + 1):
            for s in starts:
                walk(s, length, length)
            if len(found) >= limit:
                break

    def name(n: str) -> str:
        return g.nodes[n]["name"]

    found.sort(key=lambda p: (p.hops, -p.documents, -p.confidence, [name(n) for n in p.nodes],
                              [e[2] for e in p.edges]))
    log.debug("trace: %d sources, %d targets, %d paths", len(starts), len(target_ids), len(found))
    return found[:limit] if limit is not None else found


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


# ----- presenting paths ----------------------------------------------------------------------------
def _doc(store: GraphStore, doc_id: str | None) -> dict:
    meta = store.documents.get(doc_id or "", {})
    return {"document": doc_id, "title": meta.get("title"), "url": meta.get("url")}


def path_record(store: GraphStore, path: TracePath, rank: int | None = None) -> dict:
    """A path as plain data (the JSON output of ``trace``): every hop with its evidence and sources.

    >>> from policygraph.graph import GraphStore
    >>> sorted(path_record(GraphStore(), TracePath(nodes=["a"], edges=[]), 1))[:3]
    ['confidence', 'documents', 'hops']
    """
    g = store.graph

    def node(n: str) -> dict:
        d = g.nodes[n] if n in g else {}
        out = {"id": n, "name": d.get("name", n), "type": d.get("type")}
        if d.get("type") == "Measure":
            out["status"] = d.get("status")
        return out

    steps = []
    for i, (u, v, k) in enumerate(path.edges):
        data = g.edges[u, v, k]
        walked_from, walked_to = path.nodes[i], path.nodes[i + 1]
        steps.append({
            "from": node(walked_from), "to": node(walked_to), "edge": k, "type": data["type"],
            "stance": data.get("stance"), "reversed": bool(path.reversed[i]) if path.reversed else False,
            "date": edge_date(data), "confidence": data.get("confidence"),
            "evidence": [{**_doc(store, ev.get("document")), "quote": ev.get("quote"), "date": ev.get("date")}
                         for ev in data.get("evidence", [])]})
    outcome = None
    if path.outcome:
        o = path.outcome
        outcome = {"status": o.get("status"), "date": o.get("date"), "by": node(o["by"]) if o.get("by") else None,
                   "edge": o["edge"][2] if o.get("edge") else None, "quote": o.get("quote"),
                   **{k: v for k, v in _doc(store, o.get("document")).items()},
                   "is_last_hop": bool(o.get("edge") and path.edges and o["edge"] == path.edges[-1])}
    return {"rank": rank, "hops": path.hops, "documents": path.documents, "confidence": path.confidence,
            "source": node(path.nodes[0]), "measure": node(path.nodes[-1]), "steps": steps, "outcome": outcome}


def _arrow(step: dict) -> str:
    label = step["type"] + (f" {step['stance']}" if step.get("stance") else "")
    if step["reversed"]:
        return f"{step['from']['name']} <-[{label}]- {step['to']['name']}"
    return f"{step['from']['name']} -[{label}]-> {step['to']['name']}"


def _chain(rec: dict) -> str:
    names = [rec["steps"][0]["from"]["name"]] if rec["steps"] else []
    for s in rec["steps"]:
        label = s["type"] + (f" {s['stance']}" if s.get("stance") else "")
        names.append(f"<-[{label}]-" if s["reversed"] else f"-[{label}]->")
        names.append(s["to"]["name"])
    return " ".join(names)


def _source_line(ev: dict) -> str:
    title = ev.get("title") or ev.get("document") or "unknown document"
    parts = [title] + ([ev["date"]] if ev.get("date") else []) + ([ev["url"]] if ev.get("url") else [])
    return ", ".join(parts)


def _outcome_text(o: dict) -> str:
    by = o["by"]["name"] if o.get("by") else "unknown actor"
    return f"{o['status']} by {by}" + (f" on {o['date']}" if o.get("date") else " (undated)")


def format_text(store: GraphStore, paths: list[TracePath], max_quotes: int = 3) -> str:
    """The readable evidence chain: each hop with its quotes, sources and dates, then the outcome."""
    if not paths:
        return "No paths found.\n"
    lines = []
    for rank, path in enumerate(paths, 1):
        rec = path_record(store, path, rank)
        m = rec["measure"]
        status = f", {m['status']}" if m.get("status") else ""
        lines.append(f"{rank}. {rec['source']['name']} ({rec['source']['type']}) -> {m['name']} (Measure{status})"
                     f"   {rec['hops']} hop(s), {rec['documents']} document(s), "
                     f"weakest confidence {rec['confidence']:.2f}")
        for step in rec["steps"]:
            when = f"   [{step['date']}]" if step.get("date") else "   [undated]"
            lines.append(f"   {_arrow(step)}{when}")
            for ev in step["evidence"][:max_quotes]:
                lines.append(f"       \"{ev['quote']}\"")
                lines.append(f"         -- {_source_line(ev)}")
            if len(step["evidence"]) > max_quotes:
                lines.append(f"       (+{len(step['evidence']) - max_quotes} more quote(s))")
        o = rec["outcome"]
        if o is None:
            lines.append("   outcome: no status change recorded for this measure")
        elif o["is_last_hop"]:
            lines.append(f"   outcome: {_outcome_text(o)} (the last hop above)")
        else:
            lines.append(f"   outcome: {_outcome_text(o)}")
            if o.get("quote"):
                lines.append(f"       \"{o['quote']}\"")
                lines.append(f"         -- {_source_line({**o, 'date': None})}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _md(text: str | None) -> str:
    """Markdown-safe inline text (no line breaks, no HTML, emphasis characters escaped)."""
    text = " ".join(str(text or "").split())
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return text


def format_markdown(store: GraphStore, paths: list[TracePath], max_quotes: int = 3) -> str:
    """The paths as Markdown a journalist can paste into notes (quotes as block quotes, sources linked)."""
    if not paths:
        return "_No paths found._\n"
    out = []
    for rank, path in enumerate(paths, 1):
        rec = path_record(store, path, rank)
        m = rec["measure"]
        status = f" ({_md(m['status'])})" if m.get("status") else ""
        out.append(f"### {rank}. {_md(rec['source']['name'])} → {_md(m['name'])}{status}\n")
        out.append(f"_{rec['hops']} hop(s), {rec['documents']} document(s), weakest confidence "
                   f"{rec['confidence']:.2f}_\n")
        for i, step in enumerate(rec["steps"], 1):
            label = _md(step["type"] + (f" {step['stance']}" if step.get("stance") else ""))
            arrow = f"←{label}—" if step["reversed"] else f"—{label}→"
            out.append(f"{i}. **{_md(step['from']['name'])}** {arrow} **{_md(step['to']['name'])}**"
                       f" ({step.get('date') or 'undated'})")
            for ev in step["evidence"][:max_quotes]:
                title = _md(ev.get("title") or ev.get("document"))
                src = f"[{title}]({ev['url']})" if ev.get("url") else title
                out.append(f"   > {_md(ev['quote'])}\n   > — {src}" + (f", {ev['date']}" if ev.get("date") else ""))
        o = rec["outcome"]
        if o is None:
            out.append("\n**Outcome:** no status change recorded.\n")
        else:
            out.append(f"\n**Outcome:** {_md(_outcome_text(o))}" + (" (last hop above)" if o["is_last_hop"] else ""))
            if o.get("quote") and not o["is_last_hop"]:
                out.append(f"> {_md(o['quote'])}\n> — {_md(o.get('title') or o.get('document'))}")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def trace_frame(store: GraphStore, paths: list[TracePath]):
    """One row per path (rank, hops, documents, confidence, source, measure, status, chain, outcome).

    >>> from policygraph.graph import GraphStore
    >>> list(trace_frame(GraphStore(), []).columns)[:3]
    ['rank', 'hops', 'documents']
    """
    import pandas as pd

    rows = []
    for rank, path in enumerate(paths, 1):
        rec = path_record(store, path, rank)
        rows.append({"rank": rank, "hops": rec["hops"], "documents": rec["documents"],
                     "confidence": rec["confidence"], "source": rec["source"]["name"],
                     "source_type": rec["source"]["type"], "measure": rec["measure"]["name"],
                     "status": rec["measure"].get("status"), "chain": _chain(rec),
                     "outcome": _outcome_text(rec["outcome"]) if rec["outcome"] else None})
    columns = ["rank", "hops", "documents", "confidence", "source", "source_type", "measure", "status",
               "chain", "outcome"]
    return pd.DataFrame(rows, columns=columns)
