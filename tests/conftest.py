"""Shared fixtures: a small hand-built graph whose answers are known, and the examples graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from policygraph.graph import Entity, Evidence, GraphStore, Relation
from policygraph.graph.records import Document

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _ev(doc: str, quote: str, date: str | None) -> list[Evidence]:
    return [Evidence(doc, quote, 0, len(quote), date)]


@pytest.fixture
def small_store() -> GraphStore:
    """A lobbying story in miniature.

    ChipCo (Firm) lobbied against the Chip Act; Senator Ada Lane (Lawmaker) sponsored it; the Commerce
    Committee (Agency) shelved it on 2025-03-01 after ChipCo's CEO Bo Tran met Lane. A second measure,
    the Data Rule, was proposed by the Agency and enacted; a quote on one edge carries <script>.
    """
    store = GraphStore()
    d1 = Document(id="d_one", title="Chip Act shelved", text="...", date="2025-03-02", url="https://example.org/1",
                  path="one.txt")
    d2 = Document(id="d_two", title="Data Rule enacted", text="...", date="2025-06-01", path="two.txt")
    for d in (d1, d2):
        store.add_document(d)
    chip = Entity.make("Firm", "ChipCo", ); chip.aliases = {"the company"}
    tran = Entity.make("Person", "Bo Tran")
    lane = Entity.make("Lawmaker", "Ada Lane")
    comm = Entity.make("Agency", "Commerce Committee")
    act = Entity.make("Measure", "Chip Act"); act.aliases = {"the bill"}
    rule = Entity.make("Measure", "Data Rule")
    for e in (chip, tran, lane, comm, act):
        e.sources = {"d_one"}
    rule.sources = {"d_two"}; comm.sources.add("d_two")
    rels = [
        Relation(chip.id, act.id, "LOBBIED", _ev("d_one", "ChipCo lobbied against the Chip Act.", "2025-02-01"),
                 stance="oppose", confidence=0.8),
        Relation(tran.id, chip.id, "LEADS", _ev("d_one", "Bo Tran, ChipCo's chief executive, met Lane.", "2025-02-10")),
        Relation(tran.id, lane.id, "MET_WITH", _ev("d_one", "Bo Tran, ChipCo's chief executive, met Lane.", "2025-02-10")),
        Relation(lane.id, act.id, "SPONSORED", _ev("d_one", "Lane wrote the Chip Act.", "2024-11-01")),
        Relation(lane.id, act.id, "INTRODUCED", _ev("d_one", "Lane introduced the bill in November.", "2024-11-01"),
                 date="2024-11-01"),
        Relation(comm.id, act.id, "SHELVED", _ev("d_one", "The committee shelved the bill on March 1.", "2025-03-01"),
                 date="2025-03-01"),
        Relation(comm.id, rule.id, "PROPOSED", _ev("d_two", "The committee proposed the <script>alert(1)</script> Data Rule.",
                 "2025-04-01"), date="2025-04-01"),
        Relation(comm.id, rule.id, "ENACTED", _ev("d_two", "The Data Rule was enacted in June.", "2025-06-01"),
                 date="2025-06-01"),
    ]
    store.merge([chip, tran, lane, comm, act, rule], rels)
    return store


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory) -> GraphStore:
    """The graph built from examples/ (extraction quality evolves: assert shapes, not exact counts)."""
    from policygraph.loaders.pipeline import build

    store = GraphStore()
    build([EXAMPLES], store)
    return store
