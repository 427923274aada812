"""Benchmark: trace and subgraph on generated graphs of growing size (up to 100k nodes, 400k edges).

Run:  /work/venv/bin/python bench/bench_queries.py [--sizes 1000,10000,100000] [--repeat 3]

The generator makes a random graph with the shape of a real one: 10% measures, the rest actors of
every vocabulary type; 4 edges per node on average: influence edges between actors and onto measures
(70%), affiliation edges (15%), and status changes onto measures (15%, dated; each measure's status
is its latest change). Each query is timed with time.perf_counter over --repeat runs, the median
reported, on an already loaded store (loading the JSON file is not part of a query). Every run starts
from a collected heap: the previous run's result is freed and gc.collect() called before the clock
starts, so a run pays for the garbage collections its own allocations trigger, not for the generator's
or an earlier query's. The subgraph queries without --center filter the whole graph; the last three
keep much of it (60k to 320k edges), the worst case for building the selected copy: a copy of more than
a quarter of the graph's objects sets off one full collection of CPython's cyclic garbage collector
(0.7 to 1.5 s on a 2-core machine at 100k nodes), counted in the figure; the "gc" figure beside it is
the median time spent in the collector (all generations), read from gc.callbacks. Not run by pytest.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time

from policygraph.graph import vocabulary
from policygraph.graph.store import GraphStore
from policygraph.queries.subgraph import select
from policygraph.queries.trace import trace

INFLUENCE = [t for t, d in vocabulary.EDGE_TYPES.items() if d["kind"] == "influence"]
AFFILIATION = [t for t, d in vocabulary.EDGE_TYPES.items() if d["kind"] == "affiliation"]
STATUS = list(vocabulary.STATUS_OF)


def generate(n_nodes: int, edges_per_node: int = 4, seed: int = 7) -> GraphStore:
    """A random store with ``n_nodes`` nodes and about ``edges_per_node * n_nodes`` edges."""
    rng = random.Random(seed)
    store = GraphStore()
    g = store.graph
    store.documents = {f"d{i}": {"id": f"d{i}", "title": f"Story {i}", "path": None, "url": None,
                                 "date": f"2025-{1 + i % 12:02d}-01"} for i in range(max(10, n_nodes // 20))}
    docs = list(store.documents)
    actors_types = list(vocabulary.ACTOR_TYPES)
    n_measures = n_nodes // 10
    measures = [f"m{i}" for i in range(n_measures)]
    actors = [f"a{i}" for i in range(n_nodes - n_measures)]
    for m in measures:
        g.add_node(m, type="Measure", name=f"Measure {m}", aliases=[], sources=[], status=None, status_history=[])
    for a in actors:
        g.add_node(a, type=rng.choice(actors_types), name=f"Actor {a}", aliases=[], sources=[])

    def evidence():
        d = rng.choice(docs)
        date = store.documents[d]["date"] if rng.random() > 0.05 else None
        return [{"document": d, "quote": "A quote.", "start": 0, "end": 8, "date": date}]

    for i in range(edges_per_node * n_nodes):
        r = rng.random()
        u = rng.choice(actors)
        if r < 0.70:
            v = rng.choice(measures) if rng.random() < 0.4 else rng.choice(actors)
            etype = rng.choice(INFLUENCE)
            stance = rng.choice(vocabulary.STANCES) if etype == "LOBBIED" else vocabulary.implied_stance(etype)
            g.add_edge(u, v, key=f"e{i}", type=etype, stance=stance, status=None, date=None,
                       confidence=round(rng.random(), 2), extractor="bench", evidence=evidence())
        elif r < 0.85:
            v = rng.choice(actors)
            g.add_edge(u, v, key=f"e{i}", type=rng.choice(AFFILIATION), stance=None, status=None, date=None,
                       confidence=0.5, extractor="bench", evidence=evidence())
        else:
            v, etype = rng.choice(measures), rng.choice(STATUS)
            date = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            g.add_edge(u, v, key=f"e{i}", type=etype, stance=None, status=vocabulary.STATUS_OF[etype], date=date,
                       confidence=0.5, extractor="bench", evidence=evidence())
    g.remove_edges_from([(u, v, k) for u, v, k in g.edges(keys=True) if u == v])
    store.recompute_statuses()
    return store


class GcClock:
    """Seconds spent in the cyclic garbage collector while installed (a gc.callbacks entry)."""

    def __init__(self) -> None:
        self.seconds, self._start = 0.0, 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._start


def timed(func, repeat: int) -> tuple[float, float, object]:
    """Median seconds of ``func()`` over ``repeat`` runs, the median of their time in the collector, and
    the last result."""
    times, in_gc, result = [], [], None
    for _ in range(repeat):
        result = None    # free the previous run's result and collect garbage before the clock starts
        gc.collect()
        clock = GcClock()
        gc.callbacks.append(clock)
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
        gc.callbacks.remove(clock)
        in_gc.append(clock.seconds)
    return statistics.median(times), statistics.median(in_gc), result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="node counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    for n in sizes:
        t0 = time.perf_counter()
        store = generate(n)
        gen = time.perf_counter() - t0
        gc.collect()     # as after loading a graph file: the generator's garbage is not the query's cost
        g = store.graph
        actor = max((a for a in g if g.nodes[a]["type"] != "Measure"), key=g.out_degree)
        shelved = next(m for m, d in g.nodes(data=True) if d.get("status") == "shelved")
        queries = {
            "trace --to-status shelved (best 20)": lambda: trace(store, target_statuses=["shelved"], limit=20),
            "trace --to-status shelved,dropped,vetoed --ordered (best 20)":
                lambda: trace(store, target_statuses=["shelved", "dropped", "vetoed"], ordered=True, limit=20),
            "trace --from ACTOR --max-hops 3 (all paths)": lambda: trace(store, sources=[actor], max_hops=3),
            "trace --to MEASURE --max-hops 3 (all paths)": lambda: trace(store, targets=[shelved], max_hops=3),
            "subgraph --center ACTOR --hops 2": lambda: select(store, centers=[actor], hops=2),
            "subgraph --type Firm,Measure --since 2025-06": lambda: select(store, node_types=["Firm", "Measure"],
                                                                            since="2025-06"),
            "subgraph --edge-type LOBBIED,OPPOSES": lambda: select(store, edge_types=["LOBBIED", "OPPOSES"]),
            "subgraph --status shelved,enacted": lambda: select(store, statuses=["shelved", "enacted"]),
            "subgraph --since 2025-03": lambda: select(store, since="2025-03"),
        }
        print(f"\n{n:,} nodes, {g.number_of_edges():,} edges (generated in {gen:.1f} s)", flush=True)
        for label, func in queries.items():
            seconds, in_gc, result = timed(func, args.repeat)
            size = len(result) if isinstance(result, list) else result.graph.number_of_edges()
            unit = "paths" if isinstance(result, list) else "edges"
            rows.append((n, label, seconds))
            print(f"  {label:<62} {seconds * 1000:9.1f} ms   (gc {in_gc * 1000:6.1f} ms; {size:,} {unit})",
                  flush=True)
    if len(sizes) > 1:
        print("\ngrowth from the smallest to the largest graph (time ratio / size ratio):")
        first, last = sizes[0], sizes[-1]
        for label in dict.fromkeys(r[1] for r in rows):
            a = next(s for n, lab, s in rows if n == first and lab == label)
            b = next(s for n, lab, s in rows if n == last and lab == label)
            print(f"  {label:<62} x{b / a:8.1f} for x{last / first:.0f} nodes")


if __name__ == "__main__":
    sys.exit(main())
