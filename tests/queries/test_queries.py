"""timeline, who, profile, rank: known answers on hand-built graphs."""

from __future__ import annotations

import pytest

from policygraph.graph.errors import SelectionError
from policygraph.queries.profile import format_profile, profile
from policygraph.queries.rank import influence_scores, rank
from policygraph.queries.timeline import timeline
from policygraph.queries.who import who
from conftest import build  # the builder of tests/queries/conftest.py


# ----- timeline -------------------------------------------------------------------------------------
def test_timeline_known_order(small_store):
    t = timeline(small_store, "the bill")
    assert t[["date", "status", "change", "by"]].values.tolist() == [
        ["2024-11-01", "introduced", "INTRODUCED", "Ada Lane"],
        ["2025-03-01", "shelved", "SHELVED", "Commerce Committee"]]
    assert t["quote"].tolist()[1] == "The committee shelved the bill on March 1."
    assert t["title"].tolist() == ["Chip Act shelved", "Chip Act shelved"]


def test_timeline_undated_first_and_same_day_by_stage():
    b = build([("Agency", "Hill"), ("Measure", "Z Act")],
              [("Hill", "Z Act", "PROPOSED", {}), ("Hill", "Z Act", "ENACTED", {"date": "2025-01-01"}),
               ("Hill", "Z Act", "PASSED", {"date": "2025-01-01"})])
    assert timeline(b.store, "Z Act")["status"].tolist() == ["proposed", "passed", "enacted"]


def test_timeline_empty_and_errors(small_store, cycle_graph):
    assert timeline(cycle_graph.store, "Beta Bill")["status"].tolist() == ["vetoed"]
    with pytest.raises(SelectionError, match="'ChipCo' is a Firm, not a Measure"):
        timeline(small_store, "ChipCo")
    with pytest.raises(SelectionError, match="did you mean 'Chip Act'"):
        timeline(small_store, "Chip Akt")
    b = build([("Measure", "Quiet Rule"), ("Firm", "F")], [("F", "Quiet Rule", "SUPPORTS", {})])
    assert timeline(b.store, "Quiet Rule").empty


# ----- who ------------------------------------------------------------------------------------------
def test_who_groups(small_store):
    w = who(small_store, "Chip Act")
    assert w[["group", "actor", "relations"]].values.tolist() == [
        ["for", "Ada Lane", "SPONSORED"], ["against", "ChipCo", "LOBBIED"],
        ["status", "Ada Lane", "INTRODUCED"], ["status", "Commerce Committee", "SHELVED"]]
    assert w["evidence"].tolist() == [1, 1, 1, 1]


def test_who_counts_evidence_and_ranks_within_group(tie_graph):
    w = who(tie_graph.store, "Alpha Act")
    against = w[w["group"] == "against"]
    assert against["actor"].tolist() == ["Bravo", "Able", "Delta"]   # 2 quotes first, then ties by name
    assert against["documents"].tolist() == [2, 1, 1]
    assert w[w["group"] == "status"]["actor"].tolist() == ["Senator"]


def test_who_other_and_targeted():
    b = build([("Firm", "Co"), ("Agency", "Ag"), ("Measure", "Rule")],
              [("Ag", "Rule", "ENFORCES", {}), ("Rule", "Co", "TARGETS", {})])
    assert who(b.store, "Rule")[["group", "actor"]].values.tolist() == [["other", "Ag"], ["targeted", "Co"]]


# ----- profile --------------------------------------------------------------------------------------
def test_profile_actor(small_store):
    p = profile(small_store, "the company")
    assert (p.name, p.type, p.aliases) == ("ChipCo", "Firm", ["the company"])
    assert p.relations[["direction", "type", "other"]].values.tolist() == [
        ["in", "LEADS", "Bo Tran"], ["out", "LOBBIED", "Chip Act"]]
    assert p.measures.values.tolist() == [["Chip Act", "shelved", "LOBBIED oppose", 1]]
    assert p.sources == [{"document": "d_one", "title": "Chip Act shelved", "date": "2025-03-02"}]
    text = format_profile(p)
    assert "<- Bo Tran (Person)  1 quote(s), 2025-02-10" in text and "nan" not in text
    assert '"ChipCo lobbied against the Chip Act." -- Chip Act shelved' in text
    assert p.to_dict()["relations"][0]["other"] == "Bo Tran"


def test_profile_measure_has_timeline(small_store):
    p = profile(small_store, "Chip Act")
    assert p.status == "shelved" and p.timeline["status"].tolist() == ["introduced", "shelved"]
    assert p.measures.empty
    assert "2025-03-01  shelved    by Commerce Committee" in format_profile(p)


def test_profile_unknown(small_store):
    with pytest.raises(SelectionError, match=r"^no node named 'Bo Trann' in the graph; did you mean 'Bo Tran'"):
        profile(small_store, "Bo Trann")


# ----- rank -----------------------------------------------------------------------------------------
def test_rank_chain_beats_leaf():
    # X pressured Y, Y lobbied two measures: X gets Y's score, so X > Y > Z (Z lobbied one measure)
    b = build([("Lobbyist", "X"), ("Firm", "Y"), ("Firm", "Z"), ("Measure", "M1"), ("Measure", "M2")],
              [("X", "Y", "PRESSURED", {}), ("Y", "M1", "LOBBIED", {"stance": "oppose"}),
               ("Y", "M2", "LOBBIED", {"stance": "oppose"}), ("Z", "M1", "LOBBIED", {"stance": "support"})])
    r = rank(b.store)
    assert r["name"].tolist() == ["X", "Y", "Z"]
    assert r["rank"].tolist() == [1, 2, 3]
    assert r[r["name"] == "Y"][["acts_on", "measures"]].values.tolist() == [[2, 2]]
    assert abs(sum(influence_scores(b.store).values()) - 1.0) < 1e-9


def test_rank_evidence_weight():
    # two actors on the same measure; A's edge is attested by three documents, B's by one
    b = build([("Firm", "A"), ("Firm", "B"), ("Measure", "M")],
              [("A", "M", "LOBBIED", {"stance": "oppose", "docs": [1, 2, 3]}), ("B", "M", "OPPOSES", {})])
    r = rank(b.store)
    assert r["name"].tolist() == ["A", "B"]
    s = influence_scores(b.store)
    assert s[b.ids["A"]] > s[b.ids["B"]]


def test_rank_ties_filters_and_cycles(tie_graph, cycle_graph):
    r = rank(tie_graph.store, node_types=["Firm"])
    assert set(r["type"]) == {"Firm"}
    assert r[r["name"].isin(["Able", "Delta"])]["score"].nunique() == 1   # same position: same score
    assert r["name"].tolist().index("Able") < r["name"].tolist().index("Delta")  # tie broken by name
    rc = rank(cycle_graph.store)
    assert {"A", "B", "C", "Lone"} <= set(rc["name"]) and "Nobody" not in set(rc["name"])
    assert len(rank(cycle_graph.store, limit=2)) == 2
    with pytest.raises(SelectionError, match="unknown actor type 'Bill'"):
        rank(tie_graph.store, node_types=["Bill"])


def test_rank_examples_shape(examples_store):
    r = rank(examples_store, limit=10)
    assert 0 < len(r) <= 10 and r["score"].is_monotonic_decreasing


def test_timeline_marks_a_change_dated_after_its_report_as_scheduled():
    b = build([("Agency", "Hill"), ("Measure", "Y Act")],
              [("Hill", "Y Act", "PASSED", {"date": "2025-09-10"}), ("Hill", "Y Act", "ENACTED", {"date": "2026-01-01"})])
    t = timeline(b.store, "Y Act")
    assert t[["status", "scheduled"]].values.tolist() == [["passed", False], ["enacted", True]]
    assert b.store.graph.nodes[b.ids["Y Act"]]["status"] == "passed"
    text = format_profile(profile(b.store, "Y Act"))
    assert "enacted    by Hill (scheduled)" in text and "passed     by Hill:" in text
