"""Each named Cypher query, run on a real FalkorDB, gives the same answer as the networkx query for the
same question (small hand-built graph and the examples graph)."""

from __future__ import annotations

import itertools

import pytest

from policygraph.graph import vocabulary
from policygraph.graph.errors import EngineError, SelectionError
from policygraph.graph.falkor import EmbeddedFalkor, write_store
from policygraph.queries import cypher_reads as cr

_names = itertools.count()
INFLUENCE = [t for t, d in vocabulary.EDGE_TYPES.items() if d["kind"] == "influence"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with EmbeddedFalkor(tmp_path_factory.mktemp("falkordb")) as running:
        yield running


def engine_for(server, store):
    graph = server.db.select_graph(f"named_{next(_names)}")
    write_store(graph, store)
    return cr.FalkorEngine(graph)


# ----- the same questions asked of networkx ----------------------------------------------------------
def _first_seen(d):
    dates = [e["date"] for e in d["evidence"] if e.get("date")]
    return d.get("date") or (min(dates) if dates else "")


def _matches(data, node, name):
    low = name.lower()
    return node == name or data["name"].lower() == low or any(a.lower() == low for a in data.get("aliases", []))


def nx_lobbying_paths(store, statuses=("shelved",)):
    g, out = store.graph, []
    for m, md in g.nodes(data=True):
        if md["type"] != "Measure" or md.get("status") not in statuses:
            continue
        for b, _, d2 in g.in_edges(m, data=True):
            if d2["type"] in INFLUENCE:
                out.append((g.nodes[b]["name"], d2["type"], d2["stance"] or "", "", "", md["name"], _first_seen(d2)))
            for a, _, d1 in g.in_edges(b, data=True):
                if d1["type"] in INFLUENCE and b != m:
                    out.append((g.nodes[a]["name"], d1["type"], d1["stance"] or "", g.nodes[b]["name"], d2["type"],
                                md["name"], _first_seen(d1)))
    return sorted(out)


def nx_measure_edges(store, measure):
    g = store.graph
    return [(g.nodes[a], a, d) for m, md in g.nodes(data=True) if md["type"] == "Measure" and _matches(md, m, measure)
            for a, _, d in g.in_edges(m, data=True)]


def nx_neighbourhood(store, actor):
    g, out = store.graph, []
    for n, nd in g.nodes(data=True):
        if not _matches(nd, n, actor):
            continue
        for _, b, d in g.out_edges(n, data=True):
            out.append(("out", d["type"], d["stance"] or "", g.nodes[b]["name"], _first_seen(d)))
        for b, _, d in g.in_edges(n, data=True):
            out.append(("in", d["type"], d["stance"] or "", g.nodes[b]["name"], _first_seen(d)))
    return sorted(out)


def tuples(frame, columns):
    return sorted(tuple(r) for r in frame[columns].itertuples(index=False))


def assert_ordered(frame, columns):
    keyed = [tuple(r) for r in frame[columns].itertuples(index=False)]
    assert keyed == sorted(keyed)


# ----- the checks, on both graphs ----------------------------------------------------------------------
@pytest.fixture(params=["small", "examples"])
def store(request, small_store):
    return small_store if request.param == "small" else request.getfixturevalue("examples_store")


def test_lobbying_paths(server, store):
    engine = engine_for(server, store)
    statuses = sorted({d.get("status") for _, d in store.graph.nodes(data=True) if d.get("status")})
    for chosen in [["shelved"], statuses]:
        frame = cr.run_named(engine, "lobbying_paths", {"statuses": chosen})
        got = tuples(frame, ["actor", "first_step", "stance", "via", "then_step", "measure", "date"])
        assert got == nx_lobbying_paths(store, chosen)
        assert_ordered(frame, ["measure", "actor", "via", "first_step", "then_step", "date"])


def test_lobbying_paths_on_small_store_by_hand(server, small_store):
    frame = cr.run_named(engine_for(server, small_store), "lobbying_paths")
    assert frame[["actor", "first_step", "via", "then_step"]].values.tolist() == [
        ["Bo Tran", "MET_WITH", "Ada Lane", "INTRODUCED"], ["Bo Tran", "MET_WITH", "Ada Lane", "SPONSORED"],
        ["ChipCo", "LOBBIED", "", ""]]


def test_measure_timeline_and_actors(server, store):
    engine = engine_for(server, store)
    measures = [d["name"] for _, d in store.graph.nodes(data=True) if d["type"] == "Measure"]
    assert measures
    for name in measures:
        edges = nx_measure_edges(store, name)
        timeline = cr.run_named(engine, "measure_timeline", {"measure": name.upper()})
        assert tuples(timeline, ["date", "event", "status", "actor", "quote"]) == sorted(
            (_first_seen(d), d["type"], d["status"] or "", ad["name"], d["evidence"][0]["quote"]) for ad, _, d in edges)
        assert_ordered(timeline, ["date", "event", "actor"])
        actors = cr.run_named(engine, "measure_actors", {"measure": name})
        assert tuples(actors, ["actor", "actor_type", "action", "stance", "quotes"]) == sorted(
            (ad["name"], ad["type"], d["type"], d["stance"] or "", len(d["evidence"])) for ad, _, d in edges)
        assert_ordered(actors, ["actor", "action", "first_seen"])


def test_actor_neighbourhood(server, store):
    engine = engine_for(server, store)
    actors = [d["name"] for _, d in store.graph.nodes(data=True) if d["type"] in vocabulary.ACTOR_TYPES]
    for name in actors:
        frame = cr.run_named(engine, "actor_neighbourhood", {"actor": name})
        assert tuples(frame, ["direction", "relation", "stance", "other", "date"]) == nx_neighbourhood(store, name)
        assert_ordered(frame, ["other", "relation", "direction", "date"])


def test_alias_finds_the_measure(server, small_store):
    frame = cr.run_named(engine_for(server, small_store), "measure_timeline", {"measure": "the bill"})
    assert frame["event"].tolist() == ["INTRODUCED", "SPONSORED", "LOBBIED", "SHELVED"]
    assert set(frame["measure"]) == {"Chip Act"}


def test_library_shape():
    queries = cr.named_queries()
    assert set(queries) == {"lobbying_paths", "measure_timeline", "measure_actors", "actor_neighbourhood"}
    assert queries["lobbying_paths"].defaults["influence"] == INFLUENCE
    for q in queries.values():
        assert q.description and q.cypher.startswith("MATCH") and "//" not in q.cypher


def test_named_parameters_are_checked():
    with pytest.raises(SelectionError, match=r"^query 'measure_timeline' needs --param measure=VALUE$"):
        cr.named_query("measure_timeline").params({})
    with pytest.raises(SelectionError, match=r"^query 'lobbying_paths' has no parameter 'actor'; its parameters: "
                                             r"statuses, influence$"):
        cr.named_query("lobbying_paths").params({"actor": "x"})
    with pytest.raises(SelectionError, match=r"^no named query 'nope'; one of actor_neighbourhood, "):
        cr.named_query("nope")


@pytest.mark.parametrize("text,expected", [("a=1", ("a", 1)), ("a=x y", ("a", "x y")), ('a=["s"]', ("a", ["s"])),
                                           ("a=", ("a", "")), ("a=it's", ("a", "it's"))])
def test_parse_param(text, expected):
    assert cr.parse_param(text) == expected


@pytest.mark.parametrize("text", ["novalue", "=3", "a b=1"])
def test_parse_param_rejects(text):
    with pytest.raises(SelectionError, match="--param expects key=value"):
        cr.parse_param(text)


def test_engine_messages_get_hints(server, small_store):
    engine = engine_for(server, small_store)
    with pytest.raises(EngineError, match=r"only supports shortestPaths in WITH or RETURN.*\(hint: FalkorDB accepts"):
        cr.run_query(engine, "MATCH p = shortestPath((a)-[*]->(b)) RETURN p")
    with pytest.raises(EngineError, match=r"\(hint: the query writes; add --write to allow updates\)$"):
        cr.run_query(engine, "CREATE (:Firm {name: 'X'})")
    assert cr.run_query(engine, "CREATE (:Firm {name: $n}) RETURN 1 AS one", {"n": "it's"}, write=True)["one"].tolist() == [1]
    assert cr.run_query(engine, "MATCH (f:Firm {name: $n}) RETURN f.name AS n", {"n": "it's"})["n"].tolist() == ["it's"]


def test_nodes_relationships_and_paths_come_back_plain(server, small_store):
    engine = engine_for(server, small_store)
    frame = cr.run_query(engine, "MATCH p = (a:Firm)-[r:LOBBIED]->(m) RETURN a, r, p")
    a, r, p = frame.iloc[0].tolist()
    assert a["labels"] == ["Entity", "Firm"] and a["name"] == "ChipCo"
    assert r["type"] == "LOBBIED" and r["stance"] == "oppose"
    assert [n["name"] for n in p["nodes"]] == ["ChipCo", "Chip Act"]
