"""The map file without a browser: self-contained, escaped, styled from the vocabulary."""

from __future__ import annotations

import doctest
import json
import re

import networkx as nx
import pytest

from policygraph.graph import vocabulary
from policygraph.graph.errors import PolicyGraphError, SelectionError
from policygraph.graph.store import GraphStore
from policygraph.viz import html as viz_html
from policygraph.viz import layout, style, view
from policygraph.viz.html import build_page, json_for_script, page_data, write_html
from policygraph.viz.view import make_map

from maphelpers import edge_id, hostile_store, node_id  # noqa: F401 (fixture)

# Anything that makes a browser fetch: src/href attributes, CSS url() and @import, with a scheme or //.
FETCHING = re.compile(r"""(?:\b(?:src|href|srcset|action|poster|data)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//"""
                      r"""|url\(\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//|@import)""", re.IGNORECASE)


def _data_block(page: str) -> str:
    return re.search(r'<script type="application/json" id="pg-data">(.*?)</script>', page, re.S).group(1)


def test_page_loads_nothing_from_anywhere(small_store):
    page = build_page(small_store)
    assert FETCHING.findall(page) == []
    tags = re.findall(r"<(script|link|iframe|img|object|embed)\b([^>]*)>", page, re.IGNORECASE)
    assert [t for t in tags if "src" in t[1].lower() or t[0].lower() != "script"] == []
    assert "cdnjs" not in page and "bootstrap" not in page
    assert "default-src 'none'" in page  # the CSP forbids fetches even if something tried


def test_scanner_catches_external_urls():
    for bad in ('<script src="https://cdn.example.org/x.js">', "<link href='//cdn.example.org/x.css'>",
                "body { background: url(https://x.example/i.png) }", "@import 'x.css';"):
        assert FETCHING.search(bad), bad


def test_vis_network_is_inlined(small_store):
    page = build_page(small_store)
    assert "vis-network" in page and "@version 9.1.2" in page
    assert page.count("</script>") == 3  # data, vis-network, the page's own script


def test_data_block_cannot_be_closed_by_document_text(hostile_store):
    page = build_page(hostile_store)
    block = _data_block(page)
    assert "<" not in block and ">" not in block
    data = json.loads(block)
    quotes = [ev["quote"] for e in data["info"]["edges"].values() for ev in e["evidence"]]
    assert any("<script>window.__pwned='script'</script>" in q for q in quotes)


def test_json_for_script_round_trips():
    value = {"q": "</script><!-- & \u2028 \u2029 \"x\""}
    text = json_for_script(value)
    assert "<" not in text and "\u2028" not in text
    assert json.loads(text) == value


def test_unsafe_document_urls_are_dropped(hostile_store, small_store):
    assert page_data(hostile_store)["documents"]["d_bad"]["url"] is None
    assert page_data(small_store)["documents"]["d_one"]["url"] == "https://example.org/1"


def test_node_items_follow_the_vocabulary(small_store):
    data = page_data(small_store)
    for item in data["nodes"]:
        spec = vocabulary.NODE_TYPES[item["t"]]
        assert item["shape"] == spec["shape"]
        if item["st"] not in ("shelved",):
            assert item["color"]["border"] == spec["colour"]
    act = next(n for n in data["nodes"] if n["id"] == node_id(small_store, "Chip Act"))
    assert act["label"] == "Chip Act\n(shelved)" and act["shapeProperties"]["borderDashes"]
    rule = next(n for n in data["nodes"] if n["id"] == node_id(small_store, "Data Rule"))
    assert rule["label"] == "Data Rule\n(enacted)" and "shapeProperties" not in rule


def test_edge_items_are_coloured_by_kind_and_labelled(small_store):
    data = page_data(small_store)
    edges = {e["id"]: e for e in data["edges"]}
    lobbied = edges[edge_id(small_store, "LOBBIED")]
    assert lobbied["cat"] == "influence-oppose" and lobbied["label"] == "lobbied against"
    assert lobbied["color"]["color"] == style.EDGE_STYLE["influence-oppose"]["colour"]
    assert edges[edge_id(small_store, "SHELVED")]["label"] == "shelved 2025-03-01"
    assert edges[edge_id(small_store, "LEADS")]["cat"] == "affiliation"
    assert edges[edge_id(small_store, "SPONSORED")]["cat"] == "measure"
    # two edges between Lane and the Chip Act: the second one curves away from the first
    pair = [edges[edge_id(small_store, t)] for t in ("SPONSORED", "INTRODUCED")]
    assert sum("smooth" in e for e in pair) == 1


def test_every_edge_kind_has_a_style():
    kinds = {d["kind"] for d in vocabulary.EDGE_TYPES.values()}
    categories = {style.edge_category(t, s) for t in vocabulary.EDGE_TYPES for s in (None, *vocabulary.STANCES)}
    assert categories <= set(style.EDGE_STYLE)
    assert kinds - {"influence"} <= set(style.EDGE_STYLE)


def test_halted_statuses_come_from_the_stages():
    assert style.is_halted("shelved") and style.is_halted("rescinded")
    assert not style.is_halted("enacted") and not style.is_halted(None) and not style.is_halted("unknown")


def test_filters_count_what_is_there(small_store):
    f = page_data(small_store)["filters"]
    assert {x["value"]: x["count"] for x in f["types"]} == small_store.counts()["nodes_by_type"]
    assert {x["value"]: x["count"] for x in f["statuses"]} == {"enacted": 1, "shelved": 1}
    assert sum(x["count"] for x in f["categories"]) == small_store.graph.number_of_edges()


def test_layout_choice(small_store):
    assert page_data(small_store)["physics"] is True
    fixed = page_data(small_store, layout="fixed")
    assert fixed["physics"] is False and all("x" in n and "y" in n for n in fixed["nodes"])
    assert all("label" not in e for e in fixed["edges"])  # big maps: labels only in the panel
    with pytest.raises(PolicyGraphError, match="unknown layout 'spiral'; one of auto, physics, fixed"):
        page_data(small_store, layout="spiral")


def test_layout_is_deterministic_and_spreads_components():
    g = nx.disjoint_union(nx.cycle_graph(30), nx.path_graph(5))
    g.add_node("loner")
    first, again = layout.positions(g), layout.positions(g)
    assert first == again and set(first) == set(g)
    xy = list(first.values())
    assert len(set(xy)) == len(xy)
    # the loner sits near the others, not flung to the edge
    span = max(abs(x) + abs(y) for x, y in xy)
    assert span < 40 * layout.SPACING


def test_layout_keeps_neighbours_closer_than_strangers():
    g = nx.planted_partition_graph(8, 40, 0.3, 0.002, seed=2)
    pos = layout.positions(g)

    def dist(a, b):
        return ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5

    edge_mean = sum(dist(u, v) for u, v in g.edges()) / g.number_of_edges()
    pairs = [(i, (i * 37 + 11) % len(g)) for i in range(len(g))]
    other_mean = sum(dist(a, b) for a, b in pairs) / len(pairs)
    assert edge_mean < other_mean / 2


def test_write_html_reports_what_it_drew(small_store, tmp_path):
    out = tmp_path / "sub" / "map.html"
    result = write_html(small_store, out, title="Chips", built="2025-07-01")
    assert result == {"path": str(out), "nodes": 6, "edges": 8, "documents": 2, "layout": "physics",
                      "bytes": out.stat().st_size}
    page = out.read_text("utf-8")
    assert "<title>Chips</title>" in page and json.loads(_data_block(page))["built"] == "2025-07-01"


def test_write_html_to_an_unwritable_place(small_store, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(PolicyGraphError, match="^cannot write .*map.html"):
        write_html(small_store, blocker / "map.html")


def test_make_map_selects_and_describes(small_store, tmp_path):
    result = make_map(small_store, tmp_path / "m.html", selection={"statuses": ["shelved"], "hops": 1})
    assert result["nodes"] == 5 and result["paths"] is None
    data = json.loads(_data_block((tmp_path / "m.html").read_text("utf-8")))
    assert data["caption"] == "measures shelved"


def test_make_map_errors(small_store, tmp_path):
    with pytest.raises(SelectionError, match="no node named 'Nobody'"):
        make_map(small_store, tmp_path / "m.html", selection={"centers": ["Nobody"]})
    with pytest.raises(SelectionError, match="^the graph is empty: nothing to draw"):
        make_map(GraphStore(), tmp_path / "m.html")
    with pytest.raises(SelectionError, match="unknown status 'gone'"):
        make_map(small_store, tmp_path / "m.html", trace={"target_statuses": ["gone"]})


def test_trace_block_lists_paths_by_edge_key(small_store):
    block = view.traced_paths(small_store, {"sources": ["ChipCo"], "targets": ["Chip Act"]})
    assert block["description"] == f"{len(block['paths'])} paths from ChipCo to Chip Act"
    first = block["paths"][0]
    assert first["nodes"] == [node_id(small_store, "ChipCo"), node_id(small_store, "Chip Act")]
    assert first["edges"] == [edge_id(small_store, "LOBBIED")]


@pytest.mark.parametrize("module", [viz_html, style, layout, view])
def test_doctests(module):
    assert doctest.testmod(module).failed == 0
