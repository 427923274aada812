"""The map rendered in headless Chromium: offline, counted, filtered, evidenced, and inert to markup."""

from __future__ import annotations

import networkx as nx
import pytest

from policygraph.graph import Entity, Evidence, GraphStore, Relation
from policygraph.queries.subgraph import select
from policygraph.viz.html import PHYSICS_LIMIT, write_html
from policygraph.viz.view import make_map

from maphelpers import browser, click_edge, edge_id, hostile_store, node_id, open_page  # noqa: F401 (fixtures)

COUNTS = """() => {
  const p = window.policygraph;
  return {nodes: p.nodes.length, edges: p.edges.length, shownNodes: p.nodeView.length,
          shownEdges: p.edgeView.length, drawnNodes: p.network.body.nodeIndices.length,
          drawnEdges: p.network.body.edgeIndices.length};
}"""


def _write(store, tmp_path, name="map.html", **options):
    path = tmp_path / name
    write_html(store, path, **options)
    return path


def test_small_map_offline_without_errors(small_store, tmp_path, open_page):
    opened = open_page(_write(small_store, tmp_path))
    assert opened.requests == []
    assert opened.console_errors == []
    assert opened.js(COUNTS) == {"nodes": 6, "edges": 8, "shownNodes": 6, "shownEdges": 8,
                                 "drawnNodes": 6, "drawnEdges": 8}
    assert opened.page.title() == "policygraph map"
    caption = opened.page.inner_text("#pg-caption")
    assert caption.startswith("6 nodes · 8 edges · from 2 documents · built ")


def test_selection_counts_match(small_store, tmp_path, open_page):
    path = tmp_path / "sel.html"
    result = make_map(small_store, path, selection={"centers": ["ChipCo"], "hops": 1})
    expected = select(small_store, centers=["ChipCo"], hops=1)
    opened = open_page(path)
    counts = opened.js(COUNTS)
    assert counts["nodes"] == counts["drawnNodes"] == expected.graph.number_of_nodes() == result["nodes"]
    assert counts["edges"] == counts["drawnEdges"] == expected.graph.number_of_edges() == result["edges"]
    assert counts["nodes"] < small_store.graph.number_of_nodes()
    assert "around ChipCo (1 hop)" in opened.page.inner_text("#pg-caption")
    assert opened.console_errors == [] and opened.requests == []


def test_legend_lists_types_edge_kinds_and_statuses(small_store, tmp_path, open_page):
    opened = open_page(_write(small_store, tmp_path))
    legend = opened.page.locator("#pg-legend")
    assert legend.is_visible()
    types = opened.page.locator("#pg-filter-types li").all_inner_texts()
    assert [t.split()[0] for t in types] == ["Firm", "Lawmaker", "Agency", "Measure", "Person"]
    kinds = " ".join(opened.page.locator("#pg-filter-categories li").all_inner_texts())
    for label in ("influence: against", "status change", "affiliation", "measure link"):
        assert label in kinds
    statuses = [s.split()[0] for s in opened.page.locator("#pg-filter-statuses li").all_inner_texts()]
    assert statuses == ["enacted", "shelved"]
    # a shelved measure looks shelved: dashed border, faded fill; an enacted one does not
    looks = opened.js("""() => Object.fromEntries(window.policygraph.nodes.get({filter: n => n.t === 'Measure'})
        .map(n => [n.st, {dashed: !!(n.shapeProperties && n.shapeProperties.borderDashes),
                          fill: n.color.background}]))""")
    assert looks["shelved"]["dashed"] and not looks["enacted"]["dashed"]
    assert looks["shelved"]["fill"] != looks["enacted"]["fill"]


def test_filters_hide_what_they_should(small_store, tmp_path, open_page):
    opened = open_page(_write(small_store, tmp_path))
    page = opened.page
    measures = {node_id(small_store, "Chip Act"), node_id(small_store, "Data Rule")}
    page.locator("input[data-filter=types][value=Measure]").uncheck()
    shown = opened.js("() => window.policygraph.nodeView.getIds()")
    assert set(shown) == set(small_store.graph) - measures
    drawn_edges = opened.js("() => window.policygraph.network.body.edgeIndices")
    assert set(drawn_edges) == {k for u, v, k in small_store.graph.edges(keys=True)
                                if u not in measures and v not in measures}
    page.locator("input[data-filter=types][value=Measure]").check()
    page.locator("input[data-filter=statuses][value=shelved]").uncheck()
    assert node_id(small_store, "Chip Act") not in opened.js("() => window.policygraph.network.body.nodeIndices")
    assert opened.js(COUNTS)["drawnNodes"] == 5
    page.locator("input[data-filter=statuses][value=shelved]").check()
    page.locator("input[data-filter=categories][value=status]").uncheck()
    assert opened.js(COUNTS)["drawnEdges"] == 8 - 4
    assert page.inner_text("#pg-status") == "Showing 6 of 6 nodes and 4 of 8 edges."
    assert opened.console_errors == []


def test_clicking_an_edge_shows_its_evidence(small_store, tmp_path, open_page):
    opened = open_page(_write(small_store, tmp_path))
    key = edge_id(small_store, "LOBBIED")
    click_edge(opened, key)
    panel = opened.page.locator("#pg-panel-body")
    assert panel.locator("[data-edge]").get_attribute("data-edge") == key
    text = panel.inner_text()
    assert "ChipCo → lobbied against → Chip Act" in text
    assert "ChipCo lobbied against the Chip Act." in text
    assert "Chip Act shelved" in text and "2025-03-02" in text
    assert panel.locator("a").get_attribute("href") == "https://example.org/1"


def test_hovering_an_edge_shows_its_evidence(small_store, tmp_path, open_page):
    opened = open_page(_write(small_store, tmp_path))
    click_edge(opened, edge_id(small_store, "SHELVED"), hover=True)
    opened.page.wait_for_selector("#pg-panel-body [data-edge]")
    assert "The committee shelved the bill on March 1." in opened.page.inner_text("#pg-panel-body")


def test_script_in_a_quote_shows_as_text_and_never_runs(small_store, tmp_path, open_page):
    opened = open_page(_write(small_store, tmp_path))
    click_edge(opened, edge_id(small_store, "PROPOSED"))
    text = opened.page.inner_text("#pg-panel-body")
    assert "The committee proposed the <script>alert(1)</script> Data Rule." in text
    assert opened.page.locator("#pg-panel script").count() == 0
    assert opened.dialogs == []


def test_markup_anywhere_in_the_data_stays_inert(hostile_store, tmp_path, open_page):
    path = tmp_path / "hostile.html"
    make_map(hostile_store, path, title="<img src=x onerror=\"window.__pwned='title'\">")
    opened = open_page(path)
    click_edge(opened, edge_id(hostile_store, "OPPOSES"))
    opened.page.locator("#pg-sources summary").click()
    panel = opened.page.inner_text("#pg-panel-body")
    assert "<img src=x onerror=\"window.__pwned='quote'\">" in panel
    assert "<script>window.__pwned='script'</script>" in panel
    assert opened.js("() => window.__pwned === undefined")
    assert opened.page.locator("body img, #pg-panel script, #pg-side script").count() == 0
    assert opened.page.title() == "<img src=x onerror=\"window.__pwned='title'\">"
    # a javascript: url never becomes a link
    assert opened.page.locator("#pg-source-list a, #pg-panel a").count() == 0
    assert opened.requests == [] and opened.dialogs == [] and opened.console_errors == []


def test_search_focuses_an_actor_by_alias(small_store, tmp_path, open_page):
    opened = open_page(_write(small_store, tmp_path))
    chip = node_id(small_store, "ChipCo")
    opened.page.check("#pg-neighbours")
    opened.page.fill("#pg-search", "the company")
    opened.page.press("#pg-search", "Enter")
    assert opened.js("() => window.policygraph.network.getSelectedNodes()") == [chip]
    assert "Firm" in opened.page.inner_text("#pg-panel-body")
    neighbours = set(nx.all_neighbors(small_store.graph, chip)) | {chip}
    assert set(opened.js("() => window.policygraph.nodeView.getIds()")) == neighbours
    opened.page.click("#pg-clear")
    assert opened.js(COUNTS)["shownNodes"] == 6
    opened.page.fill("#pg-search", "nobody at all")
    opened.page.press("#pg-search", "Enter")
    assert opened.page.inner_text("#pg-search-msg") == "No node matches “nobody at all”."


def test_clicking_a_node_shows_type_aliases_and_counts(small_store, tmp_path, open_page):
    opened = open_page(_write(small_store, tmp_path))
    act = node_id(small_store, "Chip Act")
    point = opened.js("""id => { const net = window.policygraph.network;
        const dom = net.canvasToDOM(net.getPositions([id])[id]);
        const box = document.getElementById('pg-graph').getBoundingClientRect();
        return {x: box.left + dom.x, y: box.top + dom.y}; }""", act)
    opened.page.mouse.click(point["x"], point["y"])
    text = opened.page.inner_text("#pg-panel-body")
    assert "Measure" in text and "the bill" in text and "shelved" in text
    assert "0 out, 4 in" in text
    assert "2025-03-01: shelved by Commerce Committee" in text


def test_trace_emphasises_paths_over_a_dimmed_context(small_store, tmp_path, open_page):
    from policygraph.queries.trace import trace

    path = tmp_path / "trace.html"
    result = make_map(small_store, path, trace={"targets": ["Chip Act"]})
    expected = trace(small_store, targets=["Chip Act"])
    assert result["paths"] == len(expected) > 0
    opened = open_page(path)
    items = opened.page.locator("#pg-trace-list li").all_inner_texts()
    assert items[0] == "ChipCo → Chip Act\nshelved 2025-03-01 by Commerce Committee"
    assert len(items) == len(expected)
    shelved = edge_id(small_store, "SHELVED")
    outcomes = {p.outcome["edge"][2] for p in expected if p.outcome and p.outcome["edge"]}
    assert shelved in outcomes  # ChipCo's lobbying ends in the committee shelving the act
    on_path = {k for p in expected for _, _, k in p.edges} | outcomes
    widths = opened.js("() => Object.fromEntries(window.policygraph.edges.get().map(e => [e.id, e.width]))")
    assert {k for k, w in widths.items() if w > 2} == on_path
    dimmed = opened.js("() => window.policygraph.nodes.get({filter: n => n.color.background.startsWith('rgba')}).map(n => n.id)")
    assert node_id(small_store, "Data Rule") in dimmed and node_id(small_store, "ChipCo") not in dimmed
    assert node_id(small_store, "Commerce Committee") not in dimmed  # it shelved the Chip Act
    opened.page.locator("#pg-trace-list li").first.click()
    selected = opened.js("() => window.policygraph.network.getSelection()")
    assert set(selected["edges"]) == {edge_id(small_store, "LOBBIED"), shelved}
    assert opened.console_errors == []


def _big_store(n: int, m: int) -> GraphStore:
    g = nx.gnm_random_graph(n, m, seed=3, directed=True)
    store = GraphStore()
    ents = [Entity.make("Firm" if i % 3 else "Measure", f"Node {i}") for i in range(n)]
    rels = [Relation(ents[u].id, ents[v].id, "LOBBIED", [Evidence("d", f"{u} lobbied {v}.", 0, 9)],
                     stance="oppose" if (u + v) % 2 else "support") for u, v in g.edges()]
    store.merge(ents, rels)
    return store


def test_large_graph_ships_positions_with_physics_off(tmp_path, open_page):
    store = _big_store(PHYSICS_LIMIT + 100, 4 * PHYSICS_LIMIT)
    result = write_html(store, tmp_path / "big.html")
    assert result["layout"] == "fixed"
    opened = open_page(tmp_path / "big.html")
    counts = opened.js(COUNTS)
    assert counts["drawnNodes"] == store.graph.number_of_nodes()
    assert counts["drawnEdges"] == store.graph.number_of_edges()
    assert opened.js("() => window.policygraph.network.physics.physicsEnabled") is False
    assert opened.js("() => window.policygraph.nodes.get().every(n => typeof n.x === 'number')")
    assert opened.console_errors == [] and opened.requests == []


@pytest.mark.parametrize("layout", ["physics", "fixed"])
def test_both_layouts_render_small_graph(small_store, tmp_path, open_page, layout):
    opened = open_page(_write(small_store, tmp_path, layout=layout))
    assert opened.js(COUNTS)["drawnEdges"] == 8
    assert opened.console_errors == []


def test_hiding_nodes_without_edges(small_store, tmp_path, open_page):
    loner = Entity.make("Organization", "Quiet Group")
    small_store.merge([loner], [])
    opened = open_page(_write(small_store, tmp_path))
    assert opened.js(COUNTS)["drawnNodes"] == 7
    opened.page.check("#pg-hide-loners")
    assert loner.id not in opened.js("() => window.policygraph.network.body.nodeIndices")
    assert opened.js(COUNTS)["drawnNodes"] == 6
    # with status edges hidden too, the Data Rule (only status edges) loses its last edge and goes
    opened.page.locator("input[data-filter=categories][value=status]").uncheck()
    assert node_id(small_store, "Data Rule") not in opened.js("() => window.policygraph.network.body.nodeIndices")
    opened.page.click("#pg-clear")
    assert opened.js(COUNTS)["drawnNodes"] == 7


def test_examples_map_renders_whole(examples_store, tmp_path, open_page):
    result = write_html(examples_store, tmp_path / "examples.html")
    opened = open_page(tmp_path / "examples.html")
    counts = opened.js(COUNTS)
    assert counts["drawnNodes"] == examples_store.graph.number_of_nodes() == result["nodes"] > 0
    assert counts["drawnEdges"] == examples_store.graph.number_of_edges() == result["edges"]
    types = [t.split()[0] for t in opened.page.locator("#pg-filter-types li").all_inner_texts()]
    assert set(types) == set(examples_store.counts()["nodes_by_type"])
    assert opened.console_errors == [] and opened.requests == []
