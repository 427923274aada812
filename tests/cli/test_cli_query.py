"""CLI: trace, show/profile, timeline, who, rank, subgraph, export (CliRunner, exact error lines)."""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner

from policygraph.cli import cli


@pytest.fixture
def graph_file(small_store, tmp_path):
    path = tmp_path / "g.json"
    small_store.save(path)
    return str(path)


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    return result


def test_trace_to_status_shelved(graph_file):
    r = run("trace", "--graph", graph_file, "--to-status", "shelved", "--ordered")
    assert r.exit_code == 0, r.output
    assert r.output.startswith("1. ChipCo (Firm) -> Chip Act (Measure, shelved)")
    assert '"ChipCo lobbied against the Chip Act."' in r.output
    assert "outcome: shelved by Commerce Committee on 2025-03-01" in r.output
    assert "2. Bo Tran (Person) -> Chip Act" in r.output and "3." not in r.output


@pytest.mark.parametrize("fmt", ["json", "markdown", "csv", "table"])
def test_trace_formats(graph_file, fmt):
    r = run("trace", "--graph", graph_file, "--to-status", "shelved", "--format", fmt, "--limit", 1)
    assert r.exit_code == 0, r.output
    if fmt == "json":
        data = json.loads(r.output)
        assert len(data) == 1 and data[0]["steps"][0]["type"] == "LOBBIED"
        assert data[0]["outcome"]["status"] == "shelved"
    elif fmt == "markdown":
        assert r.output.startswith("### 1. ChipCo → Chip Act (shelved)")
    elif fmt == "csv":
        assert r.output.splitlines()[0] == "rank,hops,documents,confidence,source,source_type,measure,status,chain,outcome"
    else:
        assert "ChipCo -[LOBBIED oppose]-> Chip Act" in r.output


def test_trace_no_paths_and_errors(graph_file):
    r = run("trace", "--graph", graph_file, "--to-status", "vetoed")
    assert (r.exit_code, r.output) == (0, "No paths found.\n"
                                          "hint: measures in the graph by status: enacted (1), shelved (1)\n")
    r = run("trace", "--graph", graph_file, "--from", "Chipco Inc")
    assert r.exit_code == 1
    assert r.output == "Error: no node named 'Chipco Inc' in the graph; did you mean 'ChipCo', 'Chip Act'?\n"
    r = run("trace", "--graph", graph_file, "--to-status", "asleep")
    assert r.exit_code == 1 and r.output.startswith("Error: unknown status 'asleep'; one of ")


def test_show_and_profile(graph_file):
    a = run("show", "chipco", "--graph", graph_file)
    b = run("profile", "chipco", "--graph", graph_file)
    assert a.exit_code == 0 and a.output == b.output
    assert a.output.startswith("ChipCo (Firm)\n")
    assert "measures touched (1):" in a.output
    j = json.loads(run("show", "Chip Act", "--graph", graph_file, "--format", "json").output)
    assert j["status"] == "shelved" and [t["status"] for t in j["timeline"]] == ["introduced", "shelved"]
    r = run("show", "Chip Akt", "--graph", graph_file)
    assert (r.exit_code, r.output) == (1, "Error: no node named 'Chip Akt' in the graph; did you mean 'Chip Act'?\n")


def test_timeline_who_rank(graph_file):
    t = json.loads(run("timeline", "the bill", "--graph", graph_file, "--format", "json").output)
    assert [(x["date"], x["status"], x["by"]) for x in t] == [("2024-11-01", "introduced", "Ada Lane"),
                                                             ("2025-03-01", "shelved", "Commerce Committee")]
    w = run("who", "Chip Act", "--graph", graph_file, "--format", "csv").output.splitlines()
    assert w[0] == "group,actor,type,relations,evidence,documents,first_date,quote"
    assert w[2].startswith("against,ChipCo,Firm,LOBBIED,1,1")
    r = run("rank", "--graph", graph_file, "--type", "Firm,Person", "--format", "json")
    assert {x["type"] for x in json.loads(r.output)} == {"Firm", "Person"}
    r = run("timeline", "ChipCo", "--graph", graph_file)
    assert (r.exit_code, r.output) == (1, "Error: 'ChipCo' is a Firm, not a Measure\n")
    table = run("rank", "--graph", graph_file).output
    assert "NaN" not in table and "rank" in table.splitlines()[0]


def test_subgraph(graph_file):
    r = run("subgraph", "--graph", graph_file, "--center", "ChipCo", "--hops", 1)
    assert r.exit_code == 0 and r.output.startswith("3 node(s), 2 edge(s), 1 document(s)\n")
    assert "NaN" not in r.output
    e = json.loads(run("subgraph", "--graph", graph_file, "--center", "ChipCo", "--show", "edges",
                       "--format", "json").output)
    assert sorted((x["source"], x["type"], x["target"]) for x in e) == [
        ("Bo Tran", "LEADS", "ChipCo"), ("ChipCo", "LOBBIED", "Chip Act")]


def test_export_formats(graph_file, tmp_path):
    r = run("export", "--graph", graph_file, "-f", "graphml", "-o", tmp_path / "g.graphml")
    assert r.exit_code == 0 and "wrote 6 node(s) and 8 edge(s) as graphml" in r.output
    g = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert (g.number_of_nodes(), g.number_of_edges()) == (6, 8)
    r = run("export", "--graph", graph_file, "-f", "csv", "--neo4j-admin", "--center", "ChipCo", "-o", tmp_path / "csv")
    assert r.exit_code == 0
    assert len(pd.read_csv(tmp_path / "csv" / "nodes.csv")) == 3
    assert list(pd.read_csv(tmp_path / "csv" / "edges.csv").columns[:3]) == [":START_ID", ":END_ID", ":TYPE"]
    r = run("export", "--graph", graph_file, "-f", "cypher", "--dialect", "falkordb", "--no-schema")
    assert r.output.splitlines()[2].startswith("MERGE (n:Entity {id: ")
    r = run("export", "--graph", graph_file, "-f", "ftm", "--status", "shelved", "--type", "Measure")
    assert [json.loads(line)["schema"] for line in r.output.splitlines()] == ["Article", "Project"]
    j = json.loads(run("export", "--graph", graph_file).output)
    assert j["schema_version"] == 1 and len(j["edges"]) == 8


def test_export_errors(graph_file, tmp_path):
    r = run("export", "--graph", graph_file, "-f", "xml")
    assert r.exit_code == 2
    assert r.output.splitlines()[-1] == ("Error: Invalid value for '--format' / '-f': 'xml' is not one of 'json', "
                                        "'graphml', 'gexf', 'csv', 'cypher', 'ftm'.")
    r = run("export", "--graph", graph_file, "-f", "csv")
    assert (r.exit_code, r.output) == (1, "Error: the csv export writes two files (nodes.csv, edges.csv): "
                                          "give a folder with -o DIR\n")
    r = run("export", "--graph", graph_file, "--center", "Chip")
    assert (r.exit_code, r.output) == (1, "Error: no node named 'Chip' in the graph; did you mean 'ChipCo', 'Chip Act'?\n")
    r = run("export", "--graph", graph_file, "--type", "Lobbyist")
    assert (r.exit_code, r.output) == (1, "Error: the selection is empty: no node matches those options\n")
    r = run("export", "--graph", graph_file, "-f", "json", "--neo4j-admin")
    assert (r.exit_code, r.output) == (1, "Error: --neo4j-admin applies to the csv format only\n")
    r = run("trace", "--graph", tmp_path / "missing.json")
    assert r.exit_code == 1 and r.output.startswith("Error: no graph at ")


@pytest.mark.parametrize("command", ["trace", "show", "profile", "timeline", "who", "rank", "subgraph", "export"])
def test_help(command):
    r = run(command, "--help")
    assert r.exit_code == 0 and "Usage: " in r.output
