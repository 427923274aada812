"""The interactive map: one self-contained, offline HTML file drawn with vis-network.

The page is our own template (``viz/templates/``) with every script and style inline: vis-network
comes from the copy pyvis ships, the graph travels as JSON in a ``<script type="application/json">``
block (with ``<``, ``>`` and ``&`` escaped, so no document text can close it), and the page's script
writes all document text into the page with ``textContent``, so a quote holding ``<script>`` shows as
text and never runs. pyvis's own template is not used: its menus link bootstrap from a CDN, and its
``add_edge`` scans every node per edge (minutes at 20,000 edges).

>>> from policygraph.graph import GraphStore, Entity, Relation, Evidence
>>> s = GraphStore(); a, m = Entity.make("Firm", "ChipCo"), Entity.make("Measure", "Chip Act")
>>> s.merge([a, m], [Relation(a.id, m.id, "LOBBIED", [Evidence("d", "ChipCo lobbied.", 0, 15)], stance="oppose")])
>>> page = build_page(s, title="Demo")
>>> page.startswith("<!DOCTYPE html>") and "https://cdn" not in page
True
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import logging
import os
import re
from collections import Counter
from importlib import resources
from pathlib import Path

from policygraph.graph.errors import GraphFileError, PolicyGraphError
from policygraph.graph.store import GraphStore
from policygraph.viz import style
from policygraph.viz.layout import positions

log = logging.getLogger(__name__)

PHYSICS_LIMIT = 300  # above this many nodes (or 4x as many edges) positions are computed in Python
LAYOUTS = ("auto", "physics", "fixed")
_URL = re.compile(r"^https?://", re.IGNORECASE)
_SLOT = re.compile(r"/\*PG:(\w+)\*/|<!--PG:(\w+)-->")


def build_page(store: GraphStore, title: str | None = None, caption: str = "", layout: str = "auto",
               trace: dict | None = None, built: str | None = None) -> str:
    """The whole HTML page for ``store`` (draw everything in it; select first to draw less).

    ``layout``: "physics" lets the browser settle the graph, "fixed" ships positions computed here
    with physics off, "auto" picks "fixed" above PHYSICS_LIMIT nodes. ``caption`` describes the
    selection; ``trace`` ({"description", "paths": [{"nodes", "edges", ...}]}) emphasises traced paths
    (with the status change each leads to) over a dimmed context. ``built`` is the build date shown (default: today).

    >>> "Chip Act" in build_page(_demo_store(), layout="fixed")
    True
    """
    data = page_data(store, title=title, caption=caption, layout=layout, trace=trace, built=built)
    return render(data)


def page_data(store: GraphStore, title: str | None = None, caption: str = "", layout: str = "auto",
              trace: dict | None = None, built: str | None = None) -> dict:
    """The JSON the page reads: vis node and edge items, panel details, legend, filters, caption.

    >>> d = page_data(_demo_store()); len(d["nodes"]), len(d["edges"])
    (2, 1)
    """
    if layout not in LAYOUTS:
        raise PolicyGraphError(f"unknown layout {layout!r}; one of {', '.join(LAYOUTS)}")
    g = store.graph
    fixed = layout == "fixed" or (layout == "auto" and (g.number_of_nodes() > PHYSICS_LIMIT
                                                        or g.number_of_edges() > 4 * PHYSICS_LIMIT))
    coords = positions(g) if fixed else {}
    on_path_nodes, on_path_edges = set(), set()
    for path in (trace or {}).get("paths", []):
        on_path_nodes.update(path["nodes"])
        on_path_edges.update(path["edges"])
        outcome = path.get("outcome") or {}
        if outcome.get("edge") and outcome.get("by") in g:
            on_path_edges.add(outcome["edge"])
            on_path_nodes.add(outcome["by"])
    dim = trace is not None
    nodes, node_info = [], {}
    for node, d in sorted(g.nodes(data=True)):
        item = _node_item(node, d, dim and node not in on_path_nodes, coords.get(node))
        nodes.append(item)
        node_info[node] = _node_info(g, node, d)
    edges, edge_info = [], {}
    parallel: Counter = Counter()
    for u, v, key, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[2]):
        pair = (min(u, v), max(u, v))
        edges.append(_edge_item(u, v, key, d, parallel[pair], labels=not fixed,
                                dimmed=dim and key not in on_path_edges, traced=key in on_path_edges))
        parallel[pair] += 1
        edge_info[key] = _edge_info(g, u, v, d)
    counts = store.counts()
    return {
        "title": title or "policygraph map",
        "caption": caption,
        "built": built or _dt.date.today().isoformat(),
        "counts": {"nodes": counts["nodes"], "edges": counts["edges"], "documents": counts["documents"]},
        "physics": not fixed,
        "nodes": nodes,
        "edges": edges,
        "info": {"nodes": node_info, "edges": edge_info},
        "documents": {k: _document(v) for k, v in sorted(store.documents.items())},
        "legend": style.legend(),
        "filters": {
            "types": _counted(Counter(item["t"] for item in nodes), [n["type"] for n in style.legend()["nodes"]]),
            "categories": _counted(Counter(e["cat"] for e in edges), list(style.EDGE_STYLE)),
            "statuses": _counted(Counter(n["st"] for n in nodes if n["st"]), _status_order()),
        },
        "trace": trace,
    }


def render(data: dict) -> str:
    """Fill the page template with ``data`` (from page_data), inlining vis-network, CSS and script."""
    templates = resources.files(__package__).joinpath("templates")
    page = templates.joinpath("page.html").read_text("utf-8")
    slots = {
        "TITLE": html.escape(data["title"]),
        "CSS": templates.joinpath("page.css").read_text("utf-8"),
        "VIS": _inline_script(_vis_network()),
        "APP": _inline_script(templates.joinpath("page.js").read_text("utf-8")),
        "DATA": json_for_script(data),
    }
    # One pass, so nothing inserted is ever scanned for slots again.
    return _SLOT.sub(lambda m: slots[m.group(1) or m.group(2)], page)


def write_html(store: GraphStore, path: str | os.PathLike, **options) -> dict:
    """Write the page for ``store`` to ``path`` (options as build_page); returns what was drawn.

    >>> import tempfile, os; out = os.path.join(tempfile.mkdtemp(), "map.html")
    >>> write_html(_demo_store(), out)["nodes"]
    2
    """
    data = page_data(store, **options)
    text = render(data)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise GraphFileError(f"cannot write {path}: {exc.strerror}") from None
    log.info("wrote %s (%d bytes)", path, len(text))
    return {"path": str(path), "nodes": len(data["nodes"]), "edges": len(data["edges"]),
            "documents": data["counts"]["documents"], "layout": "physics" if data["physics"] else "fixed",
            "bytes": len(text.encode("utf-8"))}


def json_for_script(data: object) -> str:
    """JSON safe inside a <script> element: <, >, & and line separators escaped as \\u sequences.

    >>> json_for_script({"q": "</script><b>"})
    '{"q": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


# ----- items ----------------------------------------------------------------------------------------
def _node_item(node: str, d: dict, dimmed: bool, xy: tuple | None) -> dict:
    node_type = d["type"]
    look = style.node_style(node_type)
    status = (d.get("status") or style.UNKNOWN_STATUS) if style.is_measure(node_type) else None
    label = _short(d["name"])
    fill, border = look["colour"], look["colour"]
    item = {"id": node, "t": node_type, "st": status, "shape": look["shape"], "borderWidth": 2}
    if status:
        label += f"\n({status})"
        if style.is_halted(status):
            fill = style.HALTED_FILL
            item["shapeProperties"] = {"borderDashes": [6, 4]}
            item["font"] = {"color": "#555555"}
        else:
            item["font"] = {"color": "#ffffff"}
    if dimmed:
        fill = border = style.DIM_COLOUR
        item["font"] = {"color": "#bbbbbb"}
    item["label"] = label
    item["color"] = {"background": fill, "border": border,
                     "highlight": {"background": fill, "border": "#000000"},
                     "hover": {"background": fill, "border": "#000000"}}
    if xy is not None:
        item["x"], item["y"] = xy
    return item


def _edge_item(u: str, v: str, key: str, d: dict, nth: int, labels: bool, dimmed: bool,
               traced: bool) -> dict:
    category = style.edge_category(d["type"], d.get("stance"))
    colour = style.DIM_COLOUR if dimmed else style.edge_colour(category)
    item = {"id": key, "from": u, "to": v, "cat": category,
            "color": {"color": colour, "highlight": colour, "hover": colour},
            "width": 5 if traced else 1.5}
    if labels:
        item["label"] = style.edge_label(d["type"], d.get("stance"), d.get("date"))
        if dimmed:
            item["font"] = {"color": "#c8c8c8"}
    if nth:
        item["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": min(0.2 * nth, 0.8)}
    return item


def _node_info(g, node: str, d: dict) -> dict:
    categories: Counter = Counter()
    for _, _, e in g.in_edges(node, data=True):
        categories[style.edge_category(e["type"], e.get("stance"))] += 1
    for _, _, e in g.out_edges(node, data=True):
        categories[style.edge_category(e["type"], e.get("stance"))] += 1
    info = {"name": d["name"], "type": d["type"], "aliases": list(d.get("aliases", [])),
            "sources": list(d.get("sources", [])), "in": g.in_degree(node), "out": g.out_degree(node),
            "by_category": dict(sorted(categories.items()))}
    if style.is_measure(d["type"]):
        info["status"] = d.get("status")
        info["status_history"] = [{k: h.get(k) for k in ("status", "date", "by_name", "document", "quote")}
                                  for h in d.get("status_history", [])]
    return info


def _edge_info(g, u: str, v: str, d: dict) -> dict:
    return {"type": d["type"], "label": style.edge_label(d["type"], d.get("stance"), d.get("date")),
            "category": style.edge_category(d["type"], d.get("stance")),
            "from": g.nodes[u]["name"], "to": g.nodes[v]["name"], "stance": d.get("stance"),
            "status": d.get("status"), "date": d.get("date"), "confidence": d.get("confidence"),
            "extractor": d.get("extractor"),
            "evidence": [{k: ev.get(k) for k in ("quote", "document", "date")} for ev in d.get("evidence", [])]}


def _document(meta: dict) -> dict:
    url = meta.get("url")
    return {"title": meta.get("title") or meta.get("path") or meta.get("id"), "date": meta.get("date"),
            "url": url if url and _URL.match(url) else None, "path": meta.get("path")}


def _counted(counts: Counter, order: list[str]) -> list[dict]:
    known = [k for k in order if counts.get(k)] + sorted(k for k in counts if k not in order)
    return [{"value": k, "count": counts[k]} for k in known]


def _status_order() -> list[str]:
    from policygraph.graph import vocabulary

    ordered = sorted(vocabulary.STATUS_STAGE, key=lambda s: (vocabulary.STATUS_STAGE[s], s))
    return ordered + [style.UNKNOWN_STATUS]


def _short(name: str, limit: int = 48) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "\u2026"


def _inline_script(code: str) -> str:
    """Script text that cannot end its own <script> element early."""
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def _vis_network() -> str:
    """vis-network's standalone build, from the copy pyvis ships (so the page works offline)."""
    import pyvis

    path = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    try:
        return path.read_text("utf-8")
    except OSError:
        raise PolicyGraphError(f"vis-network is missing from the pyvis install ({path}); "
                               "reinstall pyvis==0.3.2") from None


def _demo_store() -> GraphStore:
    from policygraph.graph import Entity, Evidence, Relation

    s = GraphStore()
    a, m = Entity.make("Firm", "ChipCo"), Entity.make("Measure", "Chip Act")
    s.merge([a, m], [Relation(a.id, m.id, "LOBBIED", [Evidence("d", "ChipCo lobbied.", 0, 15)], stance="oppose")])
    return s

