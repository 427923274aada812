"""The viz command through click's CliRunner: writes the map, passes selections and traces on, and
turns bad input into one exact error line."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from policygraph.cli import cli
from policygraph.graph import vocabulary

UNKNOWN_STATUS = "Error: unknown status 'gone'; one of " + ", ".join(sorted(set(vocabulary.STATUS_OF.values())))


@pytest.fixture
def graph_file(tmp_path, small_store):
    path = tmp_path / "g.json"
    small_store.save(path)
    return str(path)


def run(*args):
    return CliRunner().invoke(cli, list(args))


def page_data(path) -> dict:
    text = open(path, encoding="utf-8").read()
    return json.loads(re.search(r'id="pg-data">(.*?)</script>', text, re.S).group(1))


def test_viz_writes_the_whole_graph(graph_file, tmp_path):
    out = tmp_path / "map.html"
    result = run("viz", "--graph", graph_file, "-o", str(out), "--title", "Chips")
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote 6 node(s) and 8 edge(s) from 2 document(s) to {out} (physics layout)\n"
    data = page_data(out)
    assert data["title"] == "Chips" and len(data["nodes"]) == 6 and data["trace"] is None


def test_viz_default_output_and_graph_from_environment(graph_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("POLICYGRAPH_GRAPH", graph_file)
    result = run("viz")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "policygraph.html").exists()


def test_viz_selection_options(graph_file, tmp_path):
    out = tmp_path / "sel.html"
    result = run("viz", "--graph", graph_file, "-o", str(out), "--center", "Chip Act", "--hops", "1",
                 "--type", "Measure,Firm", "--layout", "fixed")
    assert result.exit_code == 0, result.output
    data = page_data(out)
    assert sorted(n["label"].split("\n")[0] for n in data["nodes"]) == ["Chip Act", "ChipCo"]
    assert data["physics"] is False
    assert data["caption"] == "around Chip Act (1 hop) · types Measure, Firm"


def test_viz_trace(graph_file, tmp_path):
    out = tmp_path / "trace.html"
    result = run("viz", "--graph", graph_file, "-o", str(out), "--from", "ChipCo", "--to", "Chip Act")
    assert result.exit_code == 0, result.output
    assert result.output.endswith("(physics layout); 2 traced path(s)\n")
    assert page_data(out)["trace"]["description"] == "2 paths from ChipCo to Chip Act"


def test_viz_trace_without_paths_warns(graph_file, tmp_path):
    result = run("viz", "--graph", graph_file, "-o", str(tmp_path / "t.html"), "--trace", "--to", "Data Rule")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == ("Warning: no path matches the trace options; "
                                              "the map shows the graph dimmed.")


@pytest.mark.parametrize("args, message", [
    (["--center", "Nobody"], "Error: no node named 'Nobody' in the graph"),
    (["--type", "Planet"], "Error: unknown node type 'Planet'; one of Lobbyist, Firm, Lawmaker, Agency, "
                           "Official, Government, Measure, Person, Organization, Document"),
    (["--status", "gone"], UNKNOWN_STATUS),
    (["--to-status", "gone"], UNKNOWN_STATUS),
    (["--since", "2030-01-01"], "Error: the selection is empty: no node matches those options"),
])
def test_viz_bad_input_is_one_line(graph_file, tmp_path, args, message):
    result = run("viz", "--graph", graph_file, "-o", str(tmp_path / "x.html"), *args)
    assert result.exit_code == 1
    assert result.output == message + "\n"
    assert not (tmp_path / "x.html").exists()


def test_viz_missing_graph(tmp_path):
    missing = tmp_path / "none.json"
    result = run("viz", "--graph", str(missing), "-o", str(tmp_path / "x.html"))
    assert result.exit_code == 1
    assert result.output == f"Error: no graph at {missing}; run 'policygraph build PATH' first or pass --graph\n"


def test_viz_unwritable_output(graph_file, tmp_path):
    (tmp_path / "file").write_text("x")
    result = run("viz", "--graph", graph_file, "-o", str(tmp_path / "file" / "map.html"))
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot write ") and len(result.output.splitlines()) == 1
