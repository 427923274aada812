"""Bodies and people named with a word that says what they are, and names the model cuts in two: "the
media regulator Medienwacht" is an agency and "the Civic Renewal party" an organisation; "ACT Europe",
"TikTok Technology", a Spanish or French body's name and "Tax Court No. 9" are one name each; an advocate
general, a general and a judge (who sits on a court) are officials; national chambers by their own names
pass laws; whoever is advised to side with someone has not yet sided with them."""

from extracthelpers import run


def test_a_name_after_the_word_regulator_is_an_agency(extractor):
    types, _, _ = run(extractor, "The media regulator Medienwacht fined the broadcaster in March.")
    assert types.get("Medienwacht") == "Agency"


def test_an_acronym_before_a_region_is_one_association(extractor):
    types, rels, _ = run(extractor, "ACT Europe, the Brussels trade association whose members include Google and "
                                    "Meta, lobbied against the draft.")
    assert types.get("ACT Europe") == "Organization"
    assert "Europe" not in types
    assert ("Google", "MEMBER_OF", None, "ACT Europe") in rels


def test_a_known_firm_keeps_the_legal_words_after_its_name(extractor):
    types, rels, _ = run(extractor, "In 2021, Google Ireland and TikTok Technology asked the regulator to declare "
                                    "that the law did not apply to them.")
    assert "Technology" not in types
    assert types.get("TikTok") == "Firm"


def test_an_advocate_general_is_an_official(extractor):
    types, _, _ = run(extractor, "Advocate General Tamara Ruskova gave her opinion on Thursday.")
    assert types.get("Tamara Ruskova") == "Official"


def test_a_body_advised_to_side_with_firms_has_not_sided_with_them(extractor):
    _, rels, _ = run(extractor, "In June, the advocate general advised the European Commission to side with Google "
                                "and Meta.")
    assert not any(r[1] == "SUPPORTS" for r in rels)


def test_a_spanish_body_name_the_model_cut_in_two_is_one_organisation(extractor):
    types, _, _ = run(extractor, "The Observatorio de Derecho Informático Argentino, a digital rights group, filed "
                                 "the injunction against the city in 2020.")
    assert types.get("Observatorio de Derecho Informático Argentino") == "Organization"
    assert "Informático Argentino" not in types


def test_a_french_body_name_keeps_its_lower_case_words(extractor):
    types, _, _ = run(extractor, "The government's own advisory body, the Conseil national du numérique, criticised "
                                 "the bill.")
    assert types.get("Conseil national du numérique") == "Organization"


def test_a_numbered_court_keeps_its_number_and_its_judge_sits_on_it(extractor):
    types, rels, _ = run(extractor, "Judge Marta Quiroga, of the city's Administrative and Tax Court No. 9, upheld "
                                    "the injunction.")
    assert types.get("Administrative and Tax Court No. 9") == "Agency"
    assert "No" not in types
    assert ("Marta Quiroga", "MEMBER_OF", None, "Administrative and Tax Court No. 9") in rels


def test_a_platform_named_before_pages_is_no_actor(extractor):
    types, _, _ = run(extractor, "Thousands of users flooded the operators' Facebook pages with complaints.")
    assert "Meta" not in types and "Facebook" not in types


def test_a_name_the_model_calls_an_organisation_after_a_chief_title_is_a_person():
    from spacy.tokens import Span
    from policygraph.loaders.lexicon import lexicon
    from policygraph.loaders.mentions import MentionFinder
    from policygraph.loaders.nlp import load_model
    doc = load_model()("EYP chief Dimitra Karalis resigned in August.")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 4, label="ORG")]  # as the model reads some names
    found = {m.name: m.type for m in MentionFinder(lexicon()).find(doc)}
    assert found.get("Dimitra Karalis") == "Person"


def test_a_name_before_the_word_party_is_an_organisation(extractor):
    types, _, _ = run(extractor, "The bill cleared the chamber, with the governing Civic Renewal party supplying every "
                                 "vote in favour.")
    assert types.get("Civic Renewal") == "Organization"


def test_officers_and_armed_forces_are_official(extractor):
    types, _, _ = run(extractor, "Brig. Gen. Mattias Lund, of the Swedish Armed Forces, said the plan was dangerous.")
    assert types.get("Mattias Lund") == "Official"
    assert types.get("Swedish Armed Forces") == "Agency"
    assert "Brig" not in types


def test_national_chambers_by_their_own_names_pass_laws_without_enacting_them(extractor):
    for chamber in ("State Great Khural", "Verkhovna Rada", "Saeima", "Jogorku Kenesh"):
        types, rels, _ = run(extractor, f"The {chamber} adopted the Media Freedom Law on Jan. 20.", date="2023-01-28")
        assert types.get(chamber) == "Agency", chamber
        assert (chamber, "PASSED", None, "Media Freedom Law") in rels, chamber
        assert not any(r[1] == "ENACTED" for r in rels), chamber
