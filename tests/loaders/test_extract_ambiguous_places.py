"""Countries whose names are also people's or states' ("Jordan", "Georgia", "Chad"), rulers the model leaves
unnamed ("King Abdullah II"), heads of state who approve a law, and which government "the government" is in a
story datelined abroad (sentences written for these tests)."""

import spacy

from extracthelpers import run
from policygraph.loaders.missed_names import titled_names


def test_jordan_is_the_country_in_a_story_placed_there_by_its_dateline(extractor):
    found, rels, _ = run(extractor, "AMMAN - Jordan on Sunday tightened its rules on online speech. Jordan said the "
                                    "rules would protect citizens.", date="2023-08-14")
    assert found.get("Jordan") == "Government", found


def test_jordan_is_a_congressman_in_a_story_without_its_cues(extractor):
    found, _, _ = run(extractor, "WASHINGTON - Rep. Jim Jordan criticized the bill on Tuesday. Jordan said it went "
                                 "too far.", date="2023-08-14")
    assert found.get("Jordan") != "Government" and found.get("Jim Jordan") == "Lawmaker", found


def test_a_name_that_runs_on_stays_what_the_model_said(extractor):
    found, _, _ = run(extractor, "TBILISI - Georgia Tech researchers studied the law. Georgia passed it in May.",
                      date="2024-06-01")
    assert found.get("Georgia") == "Government", found
    assert "Georgia Tech" not in found or found["Georgia Tech"] != "Government"


def test_a_ruler_the_model_leaves_unnamed_is_found_after_the_title():
    nlp = spacy.blank("en")
    doc = nlp("Yesterday King Abdullah II signed it, and Governor General Mary Simon spoke.")
    for t in doc:
        t.pos_ = "PROPN" if t.text[0].isupper() and t.i else "X"
    doc.ents = [spacy.tokens.Span(doc, 10, 12, label="PERSON")]  # "Mary Simon"
    doc = titled_names(doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Abdullah II", "Mary Simon"]


def test_a_king_or_president_who_approves_a_law_enacts_it(extractor):
    _, rels, _ = run(extractor, "AMMAN - Jordan's King Abdullah II has approved a new cybercrime law.", date="2023-08-14")
    assert any(r[0] == "Abdullah II" and r[1] == "ENACTED" and r[3] == "cybercrime law" for r in rels), rels
    _, rels, _ = run(extractor, "AMMAN - Jordan's Senate has approved a new cybercrime law.", date="2023-08-14")
    assert any(r[1] == "PASSED" for r in rels) and not any(r[1] == "ENACTED" for r in rels), rels


def test_the_government_in_a_story_placed_abroad_is_the_home_country_s_not_a_background_one(extractor):
    _, rels, _ = run(extractor, "AMMAN - Jordan passed a cybercrime law on Sunday. The United States "
                                "had warned against it in July. Rights groups agreed. The government sent the draft "
                                "to parliament in June.", date="2023-08-14")
    assert any(r[0] == "Jordan" and r[1] == "PROPOSED" for r in rels), rels
    assert not any(r[0] == "United States" and r[1] == "PROPOSED" for r in rels)


def test_the_government_is_still_a_state_of_the_home_country_named_earlier(extractor):
    _, rels, _ = run(extractor, "BENGALURU - Karnataka's cabinet approved a local hiring quota bill on Monday. "
                                "Nasscom, India's software lobby, objected. Business leaders agreed. By Wednesday the government had put the "
                                "bill on hold.", date="2024-07-18")
    assert any(r[0] == "Karnataka" and r[1] == "PAUSED" for r in rels), rels
    assert not any(r[0] == "India" and r[1] == "PAUSED" for r in rels)
