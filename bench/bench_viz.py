"""Benchmark the HTML map: time to write the file, and time until the page is interactive in headless
Chromium, for 500, 2,000 and 5,000 nodes (four edges per node). Not run by pytest.

    /work/venv/bin/python bench/bench_viz.py [--sizes 500,2000,5000] [--physics-too]

"write" is page_data + render + write (layout included); "interactive" runs from page.goto() until the
page has drawn its first frame with handlers attached (window.policygraph.ready); "filter" is one
filter toggle (untick and tick a node type) measured inside the page; "hover" is one real mouse
move onto an edge until its evidence shows in the panel.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from policygraph.graph import Entity, Evidence, GraphStore, Relation, vocabulary
from policygraph.graph.records import Document
from policygraph.viz.html import write_html

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
ACTORS = list(vocabulary.ACTOR_TYPES)
INFLUENCE = [t for t, d in vocabulary.EDGE_TYPES.items() if d["kind"] in ("influence", "affiliation")]
STATUS = list(vocabulary.STATUS_OF)


def synthetic_store(n: int, per_node: int = 4, seed: int = 1) -> GraphStore:
    """n nodes (a fifth of them measures) and per_node * n edges, each with one quoted sentence."""
    rnd = random.Random(seed)
    store = GraphStore()
    docs = [Document(id=f"d{i}", title=f"Story {i}", text="...", date=f"2025-{1 + i % 12:02d}-01",
                     url=f"https://example.org/{i}", path=f"{i}.txt") for i in range(max(1, n // 20))]
    for d in docs:
        store.add_document(d)
    ents = [Entity.make("Measure" if i % 5 == 0 else rnd.choice(ACTORS), f"Node {i}") for i in range(n)]
    measures = [e for e in ents if e.type == "Measure"]
    rels = []
    while len(rels) < per_node * n:
        a = rnd.choice(ents)
        doc = rnd.choice(docs)
        quote = f"{a.name} acted in {doc.title}."
        ev = [Evidence(doc.id, quote, 0, len(quote), doc.date)]
        if rnd.random() < 0.15:
            t = rnd.choice(STATUS)
            rels.append(Relation(a.id, rnd.choice(measures).id, t, ev, date=doc.date))
        else:
            b = rnd.choice(ents)
            if b is not a:
                rels.append(Relation(a.id, b.id, rnd.choice(INFLUENCE), ev, stance=rnd.choice([None, "support", "oppose"])))
    store.merge(ents, rels)
    return store


def measure(browser, store: GraphStore, folder: Path, layout: str) -> dict:
    path = folder / f"map_{store.graph.number_of_nodes()}_{layout}.html"
    t0 = time.perf_counter()
    info = write_html(store, path, layout=layout)
    write_s = time.perf_counter() - t0
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests = []
    page.on("request", lambda r: r.url != path.as_uri() and requests.append(r.url))
    t0 = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("() => window.policygraph && window.policygraph.ready", timeout=600_000,
                           polling=50)
    ready_s = time.perf_counter() - t0
    drawn = page.evaluate("() => [window.policygraph.network.body.nodeIndices.length,"
                          " window.policygraph.network.body.edgeIndices.length]")
    filter_ms = page.evaluate("""() => { const box = document.querySelector('input[data-filter=types]');
        const t = performance.now(); box.click(); box.click(); return performance.now() - t; }""")
    point = page.evaluate("""() => { const net = window.policygraph.network;
        const key = window.policygraph.edgeView.getIds()[0];
        const dom = net.canvasToDOM(net.body.edges[key].edgeType.getPoint(0.5));
        const box = document.getElementById('pg-graph').getBoundingClientRect();
        return {x: box.left + dom.x, y: box.top + dom.y}; }""")
    t0 = time.perf_counter()
    page.mouse.move(point["x"], point["y"])
    page.wait_for_selector("#pg-panel-body [data-edge], #pg-panel-body [data-node]", timeout=30_000)
    hover_s = time.perf_counter() - t0
    page.close()
    return {"nodes": info["nodes"], "edges": info["edges"], "layout": info["layout"], "mb": info["bytes"] / 1e6,
            "write_s": write_s, "ready_s": ready_s, "drawn": drawn, "filter_ms": filter_ms, "hover_s": hover_s,
            "requests": len(requests)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,5000")
    parser.add_argument("--physics-too", action="store_true", help="also time the browser-physics layout")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'nodes':>6} {'edges':>6} {'layout':>8} {'MB':>5} {'write s':>8} {'interactive s':>14} "
          f"{'filter ms':>10} {'hover s':>8} {'drawn':>13} {'requests':>8}")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for n in sizes:
            store = synthetic_store(n)
            layouts = ["auto"] + (["physics"] if args.physics_too and n <= 2000 else [])
            for layout in layouts:
                r = measure(browser, store, Path(tmp), layout)
                print(f"{r['nodes']:>6} {r['edges']:>6} {r['layout']:>8} {r['mb']:>5.1f} {r['write_s']:>8.2f} "
                      f"{r['ready_s']:>14.2f} {r['filter_ms']:>10.0f} {r['hover_s']:>8.2f} "
                      f"{str(r['drawn']):>13} {r['requests']:>8}", flush=True)
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
