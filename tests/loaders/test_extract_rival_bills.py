"""Bills a chamber votes down, and the other laws a story compares them with: a chamber that rejects a
bill or votes against it blocks it; "that bill" after a rival bill is the rival; a law another state
passed, or the laws "in other states", is never the story's own bill; "some of the toughest rules in the
country" is a comparison, and "dismissed the legislation as a cover-up bill" a label, not a measure."""

from extracthelpers import run


def test_a_chamber_that_rejects_a_bill_blocks_it(extractor):
    _, rels, _ = run(extractor, "The state Senate rejected HB 410, the Consumer Data Act, 21-17 on Thursday.",
                     date="2024-05-03")
    assert any(r[1] == "BLOCKED" and r[3] == "Consumer Data Act" for r in rels)
    _, rels, _ = run(extractor, "The Verkhovna Rada rejected the Media Bill on Tuesday.", date="2024-05-03")
    assert ("Verkhovna Rada", "BLOCKED", None, "Media Bill") in rels


def test_senators_voting_against_a_bill_block_it(extractor):
    _, rels, _ = run(extractor, "Senators voted 19-14 against SB 88, the Student Data Act, on Thursday.",
                     date="2024-05-03")
    assert any(r[1] == "BLOCKED" and r[3] == "Student Data Act" for r in rels)


def test_a_committee_that_votes_against_a_bill_does_not_block_it(extractor):
    _, rels, _ = run(extractor, "The Judiciary Committee voted 7-4 against SB 88, the Student Data Act, on "
                                "Thursday.", date="2024-05-03")
    assert not any(r[1] == "BLOCKED" for r in rels)
    assert any(r[1] == "OPPOSES" and r[3] == "Student Data Act" for r in rels)


def test_that_bill_after_a_rival_bill_is_the_rival(extractor):
    text = ("The House passed SB 12 on Monday. Retailers had backed a rival bill, SB 14, which was modelled on the "
            "privacy law Virginia adopted in 2021. That bill fared worse: the Senate rejected it on Tuesday.")
    _, rels, _ = run(extractor, text, date="2024-05-03")
    assert any(r[1] == "BLOCKED" and r[3] == "SB 14" for r in rels)
    assert not any(r[1] == "BLOCKED" and r[3] != "SB 14" for r in rels)


def test_a_law_another_state_adopted_is_not_the_story_bill(extractor):
    text = ("Lawmakers in Augusta debated the Data Protection Act, a privacy bill, for months. Lobbyists urged them "
            "to copy the privacy law Virginia adopted in 2021 instead.")
    _, rels, _ = run(extractor, text, date="2024-05-03")
    assert not any(r[1] == "ENACTED" and r[3] == "Data Protection Act" for r in rels)


def _measures(text):
    from policygraph.loaders.lexicon import lexicon
    from policygraph.loaders.mentions import MentionFinder
    from policygraph.loaders.nlp import load_model
    return [m.name for m in MentionFinder(lexicon()).find(load_model()(text)) if m.type == "Measure"]


def test_some_of_the_strongest_protections_are_no_measure():
    assert _measures("A bill that would have given residents some of the strongest privacy protections in the "
                     "country died in the Senate on Thursday.") == ["bill"]
    assert _measures("It ranks among the toughest data rules in Europe.") == []
    assert _measures("It brings in strict data rules for app stores.") != []


def test_a_law_another_state_adopted_is_marked_as_another_place(extractor):
    from policygraph.loaders.lexicon import lexicon
    from policygraph.loaders.mentions import MentionFinder
    from policygraph.loaders.nlp import load_model
    doc = load_model()("Lobbyists urged them to copy the privacy law Virginia adopted in 2021, or the privacy laws "
                       "already on the books in other states, not the privacy bill before them.")
    marked = [bool(m.attrs.get("elsewhere")) for m in MentionFinder(lexicon()).find(doc) if m.type == "Measure"]
    assert marked == [True, True, False]  # Virginia's law, the laws in other states, the bill before them


def test_a_label_pinned_on_a_named_law_is_no_measure_of_its_own():
    found = _measures("Parliament passed the Data Act on Tuesday. Opposition leader Ana Ruiz dismissed the "
                      "legislation as a \"cover-up bill\". Critics called the law a gag order.")
    assert not any("cover-up" in n or "gag order" in n for n in found)
    assert "Data Act" in found


def test_a_name_critics_give_in_a_relative_clause_stays_an_alias(extractor):
    assert "internet protection bill" in _measures(
        "Hardliners back the cyberspace bill, which critics call the internet protection bill.")
