"""Bodies and people named with a word that says what they are, and names the model cuts in two: "the
telecoms regulator Ofcomm" is an agency; "DOT Europe" and "ByteDance Ltd" are one name each; an advocate
general is an official; whoever is advised to side with someone has not yet sided with them."""

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
