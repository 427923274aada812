"""Benchmark of the embedded Cypher engine (not run by pytest; a few minutes on 2 cores).

1. Load rate: a generated graph (default 100k nodes / 400k edges, each edge with one quote) loaded by
   the embedded path (write_store(fresh=True), what ``cypher`` runs after the graph file changed:
   rows built from the store, then UNWIND ... CREATE batches over FalkorDB's native protocol) beside
   a bare batched load written directly with the ``falkordb`` client (UNWIND ... CREATE, its rows
   prepared before the clock starts) on the same server. Prints rows per second and the ratio (aim: embedded within 1.5x of bare).
2. Time from ``policygraph cypher`` to its first row on a graph file, cold (empty data directory:
   start + load) and warm (start only, the database already holds the file), as subprocesses.

    /work/venv/bin/python bench/bench_cypher.py [--nodes 100000 --edges 400000] [--graph /tmp/ex.json]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from policygraph.graph import cypher_writes as cw
from policygraph.graph import vocabulary
from policygraph.graph.falkor import LOAD_BATCH, EmbeddedFalkor, write_store
from policygraph.graph.store import GraphStore


def generate(nodes: int, edges: int, seed: int = 7) -> GraphStore:
    """A random graph with the store's attributes (built directly, not through merge, for speed)."""
    rng = random.Random(seed)
    store = GraphStore()
    g = store.graph
    types = [t for t in vocabulary.NODE_TYPES if t != "Document"]
    edge_types = [t for t in vocabulary.EDGE_TYPES if t != "MENTIONS"]
    ids = [f"n_{i:07d}" for i in range(nodes)]
    for i, node in enumerate(ids):
        t = types[i % len(types)]
        data = {"type": t, "name": f"Actor {i}", "aliases": [f"A{i}"], "sources": [f"d_{i % 500}"]}
        if t == "Measure":
            data.update(status="shelved", status_history=[])
        g.add_node(node, **data)
    for j in range(edges):
        u, v = rng.choice(ids), rng.choice(ids)
        t = edge_types[j % len(edge_types)]
        day = f"2025-{1 + j % 12:02d}-{1 + j % 28:02d}"
        g.add_edge(u, v, key=f"e_{j:07d}", type=t, stance=None, status=None, date=None, confidence=0.8,
                   extractor="bench", evidence=[{"document": f"d_{j % 500}", "quote": f"Quote number {j} about it.",
                                                 "start": 0, "end": 24, "date": day}])
    return store


def bare_load(graph, plan: list, batch: int) -> None:
    """What one would write by hand with the falkordb client: index, then UNWIND ... CREATE batches.

    Its rows are prepared before the clock starts; the embedded load builds its own from the store.
    """
    graph.query("CREATE INDEX FOR (n:Entity) ON (n.id)")
    for group in plan:
        kind, name = group.what.split()
        if kind == "nodes":
            q = f"UNWIND $rows AS row CREATE (n:Entity:{name} {{id: row.id}}) SET n += row.props"
        else:
            q = (f"UNWIND $rows AS row MATCH (a:Entity {{id: row.source}}), (b:Entity {{id: row.target}}) "
                 f"CREATE (a)-[r:{name} {{id: row.id}}]->(b) SET r += row.props")
        for start in range(0, len(group.rows), batch):
            graph.query(q, {"rows": group.rows[start:start + batch]})


def _server_cpu(server) -> float:
    info = server.db.connection.info("cpu")
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])


def bench_load(nodes: int, edges: int, batch: int, repeats: int) -> None:
    t = time.perf_counter()
    store = generate(nodes, edges)
    print(f"generated {nodes} nodes / {edges} edges in {time.perf_counter() - t:.1f} s")
    rows = nodes + edges
    t = time.perf_counter()
    plan = cw.write_plan(store, engine="falkordb", fresh=True)
    print(f"building the rows (write_plan) alone: {time.perf_counter() - t:.1f} s wall")
    loads = {"bare": lambda g: bare_load(g, plan, batch),
             "embedded": lambda g: write_store(g, store, batch_size=batch, fresh=True)}
    wall: dict[str, list[float]] = {name: [] for name in loads}
    cpu: dict[str, list[float]] = {name: [] for name in loads}
    with tempfile.TemporaryDirectory() as tmp, EmbeddedFalkor(tmp) as server:
        for i in range(repeats):                     # alternate, so a busy machine hurts both alike
            for name, load in loads.items():
                graph = server.db.select_graph(f"bench_{name}_{i}")
                t, c, sc = time.perf_counter(), time.process_time(), _server_cpu(server)
                load(graph)
                wall[name].append(time.perf_counter() - t)
                cpu[name].append(time.process_time() - c + _server_cpu(server) - sc)
                n = graph.ro_query("MATCH (n) RETURN count(n)").result_set[0][0]
                e = graph.ro_query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]
                assert (n, e) == (nodes, edges), (name, n, e)
                graph.delete()
    for name in loads:
        best = min(wall[name])
        print(f"{name:>9} load: wall best {best:5.1f} s (runs {', '.join(f'{x:.1f}' for x in wall[name])}) "
              f"= {rows / best:8,.0f} rows/s; CPU client+server best {min(cpu[name]):5.1f} s "
              f"= {rows / min(cpu[name]):8,.0f} rows per CPU-second")
    print(f"ratio embedded/bare: wall {min(wall['embedded']) / min(wall['bare']):.2f}x, "
          f"CPU {min(cpu['embedded']) / min(cpu['bare']):.2f}x (aim <= 1.5x)")


def bench_first_row(graph_file: str, repeats: int, label: str = "") -> None:
    cmd = [str(Path(sys.executable).with_name("policygraph")), "cypher", "--graph", graph_file,
           "MATCH (n:Entity) RETURN n.name LIMIT 1"]
    with tempfile.TemporaryDirectory() as tmp:
        env = {**__import__("os").environ, "POLICYGRAPH_DATA_DIR": tmp}
        cold, warm = [], []
        for i in range(repeats):
            for sub in Path(tmp).iterdir():
                sub.unlink()
            for bucket in (cold, warm):
                t = time.perf_counter()
                out = subprocess.run(cmd, env=env, capture_output=True, text=True)
                bucket.append(time.perf_counter() - t)
                if out.returncode:
                    raise SystemExit(out.stderr)
        t = time.perf_counter()
        subprocess.run([cmd[0], "--version"], capture_output=True)
        bare = time.perf_counter() - t
    print(f"policygraph cypher -> first row on {label or graph_file}: cold {min(cold):.2f} s, warm {min(warm):.2f} s "
          f"(best of {repeats}; 'policygraph --version' alone takes {bare:.2f} s); cold/warm "
          f"{min(cold) / min(warm):.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--edges", type=int, default=400_000)
    parser.add_argument("--batch", type=int, default=LOAD_BATCH)
    parser.add_argument("--graph", default="/tmp/ex.json", help="graph file for the first-row timing")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    bench_load(args.nodes, args.edges, args.batch, args.repeats)
    if Path(args.graph).exists():
        bench_first_row(args.graph, args.repeats)
    else:
        print(f"no graph file at {args.graph}: first-row timing skipped (build one with policygraph build)")
    with tempfile.TemporaryDirectory() as tmp:      # a graph big enough for the load to show
        path = str(Path(tmp) / "generated.json")
        generate(args.nodes // 10, args.edges // 10).save(path)
        bench_first_row(path, args.repeats, label=f"a generated {args.nodes // 10} nodes / {args.edges // 10} edges")


if __name__ == "__main__":
    main()
