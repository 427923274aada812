"""Presenting trace paths: a readable evidence chain, Markdown for notes, JSON records, a DataFrame.

>>> from policygraph.graph import GraphStore
>>> format_text(GraphStore(), [])
'No paths found.\\n'
"""

from __future__ import annotations

from policygraph.graph.store import GraphStore
from policygraph.queries.trace import TracePath, edge_date


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

    def edge(u: str, v: str, k: str, walked_from: str) -> dict:
        data = g.edges[u, v, k]
        return {"edge": k, "type": data["type"], "stance": data.get("stance"), "reversed": u != walked_from,
                "date": edge_date(data), "confidence": data.get("confidence"), "extractor": data.get("extractor"),
                "evidence": [{**_doc(store, ev.get("document")), "quote": ev.get("quote"), "date": ev.get("date")}
                             for ev in data.get("evidence", [])]}

    steps = []
    for i, (u, v, k) in enumerate(path.edges):
        walked_from, walked_to = path.nodes[i], path.nodes[i + 1]
        also = path.parallel[i] if i < len(path.parallel) else []
        steps.append({"from": node(walked_from), "to": node(walked_to), **edge(u, v, k, walked_from),
                      "also": [edge(*e, walked_from) for e in also]})
    outcome = None
    if path.outcome:
        o = path.outcome
        outcome = {"status": o.get("status"), "date": o.get("date"), "by": node(o["by"]) if o.get("by") else None,
                   "edge": o["edge"][2] if o.get("edge") else None, "quote": o.get("quote"),
                   **{k: v for k, v in _doc(store, o.get("document")).items()},
                   "is_last_hop": bool(o.get("edge") and path.edges and o["edge"] == path.edges[-1])}
    return {"rank": rank, "hops": path.hops, "documents": path.documents, "confidence": path.confidence,
            "source": node(path.nodes[0]), "measure": node(path.nodes[-1]), "steps": steps, "outcome": outcome}


def _learned_note(step: dict) -> str:
    """A hop only the learned model drew says so, with its probability: read its quote with care."""
    if not str(step.get("extractor") or "").startswith("learned/"):
        return ""
    return f"   (learned reader, p={float(step.get('confidence') or 0):.2f})"


def _label(step: dict) -> str:
    return step["type"] + (f" {step['stance']}" if step.get("stance") else "")


def _link(step: dict) -> str:
    return f"<-[{_label(step)}]-" if step["reversed"] else f"-[{_label(step)}]->"


def _arrow(step: dict) -> str:
    return f"{step['from']['name']} {_link(step)} {step['to']['name']}"


def _chain(rec: dict) -> str:
    names = [rec["steps"][0]["from"]["name"]] if rec["steps"] else []
    for s in rec["steps"]:
        names.append(_link({**s, "type": " | ".join(_label(x) for x in [s, *s.get("also", [])]), "stance": None}))
        names.append(s["to"]["name"])
    return " ".join(names)


def _quotes_of(step: dict, shown: set, max_quotes: int) -> tuple[list[dict], int]:
    """The quotes of a hop not already shown for the same hop (a parallel edge often has the same sentence)."""
    fresh = [ev for ev in step["evidence"] if (ev.get("document"), ev.get("quote")) not in shown]
    shown.update((ev.get("document"), ev.get("quote")) for ev in step["evidence"])
    return fresh[:max_quotes], max(len(fresh) - max_quotes, 0)


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
            shown: set = set()
            for j, hop in enumerate([step, *step["also"]]):
                when = f"   [{hop['date']}]" if hop.get("date") else "   [undated]"
                arrow = _arrow(hop) if j == 0 else f"also {_link(hop)}"
                quotes, more = _quotes_of(hop, shown, max_quotes)
                same = "   (same quote)" if j and not quotes and not more else ""
                lines.append(f"   {arrow}{when}{_learned_note(hop)}{same}")
                for ev in quotes:
                    lines.append(f"       \"{ev['quote']}\"")
                    lines.append(f"         -- {_source_line(ev)}")
                if more:
                    lines.append(f"       (+{more} more quote(s))")
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
            shown: set = set()
            for j, hop in enumerate([step, *step["also"]]):
                label = _md(_label(hop))
                arrow = f"←{label}—" if hop["reversed"] else f"—{label}→"
                quotes, _ = _quotes_of(hop, shown, max_quotes)
                same = " (same quote)" if j and not quotes else ""
                head = f"{i}. **{_md(step['from']['name'])}** {arrow} **{_md(step['to']['name'])}**" if j == 0 \
                    else f"   also {arrow}"
                out.append(f"{head} ({hop.get('date') or 'undated'}){_md(_learned_note(hop))}{same}")
                for ev in quotes:
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
