"""Reported speech: who speaks, and which measure a clause is about (sentences written for these tests)."""

import pytest

from policygraph.graph.records import Document
from policygraph.loaders.extract import Extractor


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def sides(extractor, text):
    entities, relations = extractor.extract(Document(id="d_p", title="t", text=text, date="2024-03-01"))
    names = {e.id: e.name for e in entities}
    return {(names[r.source], r.stance, names[r.target]) for r in relations if r.stance}


def test_representatives_of_firms_speak_for_the_firms(extractor):
    found = sides(extractor, "The Digital Safety Act was introduced in June. Representatives of Microsoft and "
                             "Amazon argued that the government's definition of risky systems was so broad it "
                             "could sweep in ordinary software.")
    assert {("Microsoft", "oppose", "Digital Safety Act"), ("Amazon", "oppose", "Digital Safety Act")} <= found


def test_a_warning_about_a_part_of_the_measure_in_hand_opposes_it(extractor):
    found = sides(extractor, "The Digital Safety Act was introduced in June. The Founders Alliance warned that the "
                             "definition of high-risk tools was so vague that translation apps could be caught.")
    assert ("Founders Alliance", "oppose", "Digital Safety Act") in found


def test_a_clause_about_something_else_takes_no_side(extractor):
    found = sides(extractor, "The Digital Safety Act was introduced in June. The Founders Alliance warned that its "
                             "members were running out of money.")
    assert not any(s == "Founders Alliance" for s, _, _ in found)
