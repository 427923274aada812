"""Exports read back by their reference readers: networkx (GraphML, GEXF), pandas (CSV), json."""

from __future__ import annotations

import io
import json

import networkx as nx
import pandas as pd
import pytest

from conftest import HOSTILE
from policygraph.graph.errors import PolicyGraphError, SelectionError
from policygraph.graph.store import GraphStore
from policygraph.queries.export import FORMATS, export, render
from policygraph.queries.export_csv import frames, write_csv
from policygraph.queries.export_graph import to_gexf, to_graphml, xml_safe
from policygraph.queries.subgraph import select


def _evidence(store):
    return {k: d["evidence"] for _, _, k, d in store.graph.edges(keys=True, data=True)}


def test_json_is_the_contract(hostile_store):
    text = render(hostile_store, "json")
    back = GraphStore.from_dict(json.loads(text))
    assert back.to_dict() == hostile_store.to_dict()


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_formats_round_trip(hostile_store, fmt):
    text = render(hostile_store, fmt)
    if fmt == "graphml":
        g = nx.read_graphml(io.StringIO(text), edge_key_type=str, force_multigraph=True)
    else:
        g = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    src = hostile_store.graph
    assert (g.number_of_nodes(), g.number_of_edges()) == (src.number_of_nodes(), src.number_of_edges())
    assert set(g.nodes) == set(src.nodes)
    back = {(k if fmt == "graphml" else d["id"]): d for _, _, k, d in g.edges(keys=True, data=True)}
    assert set(back) == set(_evidence(hostile_store))
    for key, evidence in _evidence(hostile_store).items():
        d = back[key]
        assert json.loads(d["evidence"]) == [{**e, "quote": xml_safe(e["quote"])} for e in evidence]
        assert d["evidence_count"] == len(evidence)
        assert d["quotes"] == " | ".join(e["quote"] for e in evidence)
        assert d["documents"] == " ".join(sorted({e["document"] for e in evidence}))
        assert d["relation"] == src.edges[[(u, v) for u, v, k in src.edges(keys=True) if k == key][0] + (key,)]["type"]
    names = {n: d["name"] for n, d in g.nodes(data=True)}
    assert "O'Brien \\ \"Quotes\" Ltd" in names.values()
    assert any(HOSTILE == d["quotes"] for _, _, d in g.edges(data=True))
    for _, d in g.nodes(data=True):
        assert not {"source", "target", "id", "key"} & set(d)
    for _, _, d in g.edges(data=True):
        assert not {"source", "target", "key"} & set(d)
        assert set(d) & {"id"} <= ({"id"} if fmt == "gexf" else set())   # gexf: its own edge id only


def test_xml_control_characters_are_replaced(small_store):
    node = next(iter(small_store.graph))
    small_store.graph.nodes[node]["name"] = "bad" + chr(1) + "name"
    g = nx.read_graphml(io.StringIO(to_graphml(small_store)), force_multigraph=True)
    assert g.nodes[node]["name"] == "bad\ufffdname"
    nx.read_gexf(io.BytesIO(to_gexf(small_store).encode()))


def test_measure_history_survives_graphml(small_store):
    g = nx.read_graphml(io.StringIO(to_graphml(small_store)), force_multigraph=True)
    act = next(n for n, d in small_store.graph.nodes(data=True) if d["name"] == "Chip Act")
    assert json.loads(g.nodes[act]["status_history"]) == small_store.graph.nodes[act]["status_history"]
    assert g.nodes[act]["status"] == "shelved" and g.nodes[act]["aliases"] == "the bill"


@pytest.mark.parametrize("neo4j_admin", [False, True])
def test_csv_round_trip(hostile_store, tmp_path, neo4j_admin):
    paths = write_csv(hostile_store, tmp_path / "out", neo4j_admin=neo4j_admin)
    assert [p.name for p in paths] == ["nodes.csv", "edges.csv"]
    nodes = pd.read_csv(paths[0], keep_default_na=False)
    edges = pd.read_csv(paths[1], keep_default_na=False)
    src = hostile_store.graph
    assert (len(nodes), len(edges)) == (src.number_of_nodes(), src.number_of_edges())
    idcol = "id:ID" if neo4j_admin else "id"
    assert set(nodes[idcol]) == set(src.nodes)
    back = {row["id"]: json.loads(row["evidence"]) for row in edges.to_dict("records")}
    assert back == _evidence(hostile_store)
    if neo4j_admin:
        assert list(edges.columns[:3]) == [":START_ID", ":END_ID", ":TYPE"]
        assert {":LABEL", "aliases:string[]"} <= set(nodes.columns)
        assert set(nodes[":LABEL"]) == {f"Entity;{t}" for _, t in src.nodes(data="type")}
        assert set(edges[":TYPE"]) == {d["type"] for _, _, d in src.edges(data=True)}
        assert {"confidence:float", "evidence_count:int", "evidence_documents:string[]"} <= set(edges.columns)
    else:
        assert list(edges.columns[:4]) == ["id", "source", "target", "type"]
        assert (edges["evidence_count"] >= 1).all()


def test_csv_into_a_file_is_an_error(small_store, tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("")
    with pytest.raises(PolicyGraphError, match="is a file; the csv export writes nodes.csv and edges.csv"):
        write_csv(small_store, f)


def test_export_dispatch(small_store, tmp_path):
    for fmt in FORMATS:
        if fmt == "csv":
            assert export(small_store, fmt, str(tmp_path / "csv")) is None
            assert (tmp_path / "csv" / "edges.csv").exists()
            with pytest.raises(PolicyGraphError, match="give a folder with -o DIR"):
                export(small_store, fmt, "-")
            continue
        text = export(small_store, fmt, "-")
        assert text and export(small_store, fmt, str(tmp_path / f"g.{fmt}")) is None
        assert (tmp_path / f"g.{fmt}").read_text(encoding="utf-8") == text
    with pytest.raises(PolicyGraphError, match="unknown export format 'xml'; one of json, graphml"):
        export(small_store, "xml", "-")
    with pytest.raises(SelectionError, match="nothing to export: the graph is empty"):
        export(GraphStore(), "json", "-")
    with pytest.raises(PolicyGraphError, match="--neo4j-admin applies to the csv format only"):
        export(small_store, "json", "-", neo4j_admin=True)


def test_subgraph_export_counts(small_store):
    sub = select(small_store, centers=["ChipCo"], hops=1)
    g = nx.read_graphml(io.StringIO(render(sub, "graphml")), force_multigraph=True)
    assert sorted(d["name"] for _, d in g.nodes(data=True)) == ["Bo Tran", "Chip Act", "ChipCo"]
    assert g.number_of_edges() == 2
    nodes, edges = frames(sub)
    assert len(nodes) == 3 and len(edges) == 2


def test_examples_round_trip(examples_store):
    g = nx.read_graphml(io.StringIO(render(examples_store, "graphml")), edge_key_type=str, force_multigraph=True)
    assert g.number_of_nodes() == examples_store.graph.number_of_nodes()
    assert g.number_of_edges() == examples_store.graph.number_of_edges()
    total = sum(len(d["evidence"]) for _, _, d in examples_store.graph.edges(data=True))
    assert sum(d["evidence_count"] for _, _, d in g.edges(data=True)) == total
