"""Fixtures and helpers for the HTML map tests: one headless Chromium per session, pages that record
every request, a store full of hostile markup, and the real mouse on an edge.

Chromium is Debian's (/usr/bin/chromium) driven by playwright; no browser is downloaded. Every
request other than the page's own file is aborted and recorded, so a test can assert that the page
asked nothing of any host.

Test modules import the fixtures from here (not from a conftest.py: tests elsewhere import
``conftest`` by name, and a second module of that name would shadow theirs).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from policygraph.graph import Entity, Evidence, GraphStore, Relation
from policygraph.graph.records import Document

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-default-apps",
                 "--disable-sync", "--metrics-recording-only", "--no-default-browser-check"]
READY = "() => window.policygraph && window.policygraph.ready === true"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class OpenPage:
    """A loaded map page with what it logged and what it asked the network for."""

    page: object
    url: str
    console_errors: list = field(default_factory=list)
    requests: list = field(default_factory=list)
    dialogs: list = field(default_factory=list)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)


@pytest.fixture
def open_page(browser):
    """open_page(path) -> OpenPage, after the map says it is ready (stabilized or first drawn)."""
    contexts = []

    def _open(path: Path, width: int = 1400, height: int = 900) -> OpenPage:
        context = browser.new_context(viewport={"width": width, "height": height}, offline=True)
        contexts.append(context)
        page = context.new_page()
        url = Path(path).resolve().as_uri()
        opened = OpenPage(page, url)
        page.on("console", lambda m: m.type in ("error", "warning") and opened.console_errors.append(m.text))
        page.on("pageerror", lambda e: opened.console_errors.append(str(e)))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))

        def route(r):
            if r.request.url != url:
                opened.requests.append(r.request.url)
                r.abort()
            else:
                r.continue_()

        context.route("**/*", route)
        page.on("request", lambda r: r.url != url and r.url not in opened.requests and opened.requests.append(r.url))
        page.goto(url)
        page.wait_for_function(READY, timeout=30_000)
        return opened

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture
def hostile_store() -> GraphStore:
    """Document text that tries to run: markup in names, quotes, titles and a javascript: url."""
    store = GraphStore()
    store.add_document(Document(id="d_bad", title="</title><script>window.__pwned='title'</script>",
                                text="...", date="2025-01-02", url="javascript:window.__pwned='url'",
                                path="bad.html"))
    firm = Entity.make("Firm", "Evil <img src=x onerror=\"window.__pwned='name'\"> Inc")
    act = Entity.make("Measure", "</script><script>window.__pwned='label'</script> Act")
    firm.sources = act.sources = {"d_bad"}
    quote = "They said <img src=x onerror=\"window.__pwned='quote'\"> and <script>window.__pwned='script'</script>."
    store.merge([firm, act], [Relation(firm.id, act.id, "OPPOSES", [Evidence("d_bad", quote, 0, len(quote),
                                                                             "2025-01-01")])])
    return store


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
        return {x: box.left + dom.x, y: box.top + dom.y, node: net.getNodeAt(dom) || null,
                edge: net.getEdgeAt(dom) || null};
    }""", key)
    # if the layout ever put a node or another edge on this spot, say so instead of failing obscurely
    assert point["node"] is None and point["edge"] == key, f"edge {key} is covered at its middle: {point}"
    opened.page.mouse.move(point["x"], point["y"])
    if not hover:
        opened.page.mouse.click(point["x"], point["y"])
