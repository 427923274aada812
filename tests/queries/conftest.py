"""Small hand-built graphs for the query tests, each with answers known by construction."""

from __future__ import annotations

import pytest

from policygraph.graph import Entity, Evidence, GraphStore, Relation
from policygraph.graph.records import Document


class Built:
    """A store plus name -> node id, built from compact tuples."""

    def __init__(self, store: GraphStore, ids: dict[str, str]):
        self.store, self.ids = store, ids

    def names(self, nodes: list[str]) -> list[str]:
        return [self.store.graph.nodes[n]["name"] for n in nodes]


def build(nodes: list[tuple[str, str]], edges: list[tuple], docs: int = 3) -> Built:
    """nodes: (type, name); edges: (source name, target name, TYPE, options) where options may hold
    stance, date (status changes), ev_date (the quote's date, or None), confidence, docs (list of
    document numbers, one quote each), extractor. The stories are dated October to December 2025,
    after every change they report (a change dated after its story is only scheduled)."""
    store = GraphStore()
    for i in range(1, docs + 1):
        store.add_document(Document(id=f"d{i}", title=f"Story {i}", text=".", date=f"2025-{i + 9}-01",
                                    url=f"https://example.org/{i}"))
    ents = {name: Entity.make(t, name) for t, name in nodes}
    for e in ents.values():
        e.sources = {"d1"}
    rels = []
    for src, dst, etype, *rest in edges:
        opt = rest[0] if rest else {}
        ev = [Evidence(f"d{d}", f"{src} {etype.lower()} {dst} (story {d}).", 0, 10, opt.get("ev_date", "2025-01-15"))
              for d in opt.get("docs", [1])]
        rels.append(Relation(ents[src].id, ents[dst].id, etype, ev, stance=opt.get("stance"), date=opt.get("date"),
                             confidence=opt.get("confidence", 0.5), extractor=opt.get("extractor", "rules")))
    store.merge(list(ents.values()), rels)
    return Built(store, {n: e.id for n, e in ents.items()})


@pytest.fixture
def tie_graph() -> Built:
    """Three firms lobbied the shelved Alpha Act directly (1 hop each): Bravo with 2 documents,
    Able and Delta with 1 document; Delta's edge is more confident than Able's. Echo pressured the
    Senator, who shelved the act (2 hops). Expected order: Bravo, Delta, Able, then Echo."""
    return build(
        [("Firm", "Able"), ("Firm", "Bravo"), ("Firm", "Delta"), ("Firm", "Echo"), ("Lawmaker", "Senator"),
         ("Measure", "Alpha Act")],
        [("Able", "Alpha Act", "LOBBIED", {"stance": "oppose", "confidence": 0.6}),
         ("Bravo", "Alpha Act", "LOBBIED", {"stance": "oppose", "docs": [1, 2]}),
         ("Delta", "Alpha Act", "OPPOSES", {"confidence": 0.9}),
         ("Echo", "Senator", "PRESSURED", {}),
         ("Senator", "Alpha Act", "SHELVED", {"date": "2025-03-01"})])


@pytest.fixture
def cycle_graph() -> Built:
    """A and B pressure each other (a cycle), B urged C, C vetoed the Beta Bill. Lone pressured Nobody,
    who never touches a measure: Lone has no path."""
    return build(
        [("Lobbyist", "A"), ("Lobbyist", "B"), ("Official", "C"), ("Measure", "Beta Bill"),
         ("Lobbyist", "Lone"), ("Person", "Nobody")],
        [("A", "B", "PRESSURED", {}), ("B", "A", "PRESSURED", {}), ("B", "C", "URGED", {"stance": "oppose"}),
         ("C", "Beta Bill", "VETOED", {"date": "2025-02-01"}), ("Lone", "Nobody", "PRESSURED", {})])


@pytest.fixture
def dated_graph() -> Built:
    """Order in time. Early lobbied the Gamma Rule in January (before it was dropped on 2025-03-01),
    Late lobbied it in April (after), Undated's quote has no date. Firm K&L is represented by the
    lobbying firm Agent LLC, which lobbied the rule in February."""
    return build(
        [("Firm", "Early"), ("Firm", "Late"), ("Firm", "Undated"), ("Agency", "Regulator"),
         ("Measure", "Gamma Rule"), ("Firm", "Agent LLC"), ("Firm", "K&L")],
        [("Early", "Gamma Rule", "LOBBIED", {"stance": "oppose", "ev_date": "2025-01-10"}),
         ("Late", "Gamma Rule", "LOBBIED", {"stance": "oppose", "ev_date": "2025-04-10"}),
         ("Undated", "Gamma Rule", "LOBBIED", {"stance": "oppose", "ev_date": None}),
         ("Agent LLC", "K&L", "REPRESENTS", {}),
         ("Agent LLC", "Gamma Rule", "LOBBIED", {"stance": "oppose", "ev_date": "2025-02"}),
         ("Regulator", "Gamma Rule", "PROPOSED", {"date": "2024-12-01"}),
         ("Regulator", "Gamma Rule", "DROPPED", {"date": "2025-03-01"})])


HOSTILE = "He said \"no\" — it's a \\ path\nline two\ttab 😀 café 中文 \u2028 {x: 'y'}; MATCH (n) DETACH DELETE n //"


@pytest.fixture
def hostile_store(small_store) -> GraphStore:
    """small_store plus a firm and an edge whose name and quote hold quotes, backslashes, newlines,
    tabs, emoji, CJK, U+2028 and Cypher-looking text."""
    odd = Entity.make("Firm", "O'Brien \\ \"Quotes\" Ltd")
    odd.sources = {"d_one"}
    act = next(n for n, d in small_store.graph.nodes(data=True) if d["name"] == "Chip Act")
    rel = Relation(odd.id, act, "LOBBIED", [Evidence("d_one", HOSTILE, 5, 50, "2025-02-02")], stance="support")
    small_store.merge([odd], [rel])
    return small_store
