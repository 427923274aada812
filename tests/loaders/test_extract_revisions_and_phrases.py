"""Revisions, set phrases and sides, from held-out 37: "put on hold a revision of the law" pauses the
revision, not the law it revises; a committee numbered in Roman numerals is one body; a body that
"initiated" a bill sponsors it; warning against abandoning a measure backs it; "the administration" is the
one the story is about ("the outgoing administration" the other); no longer backing is no support; a move
that cheers critics backs no one."""

from extracthelpers import run


def test_put_on_hold_before_its_object_pauses_the_object(extractor):
    _, _, relations = run(extractor, "The regulator has put on hold a plan to license satellite phones, a week "
                                     "after carriers complained.")
    paused = [r for r in relations if r.type == "PAUSED"]
    assert paused


def test_a_revision_of_a_law_is_not_the_law(extractor):
    text = ("MANILA - Parliament has put on hold a revision of the country's media law, a day after reporters "
            "marched on the capital.\n\n"
            "The bill, a third amendment to the 2009 Media Law, was drafted by the media committee.")
    ents, rels, _ = run(extractor, text)
    law = [n for n, t in ents.items() if t == "Measure" and n.endswith("Media Law")]
    paused = {o for s, t, _, o in rels if t == "PAUSED"}
    assert law and paused and not paused & set(law)
    assert any(o.startswith("revision") for o in paused)
    assert any(s.startswith("revision") and t == "AMENDS" and o in law for s, t, _, o in rels)


def test_a_committee_numbered_in_roman_numerals_is_one_body(extractor):
    ents, rels, _ = run(extractor, "The bill was initiated by House Commission I, which oversees defence and "
                                   "communications, in 2020.")
    assert "European Commission" not in ents
    assert any(n.endswith("Commission I") and t == "Agency" for n, t in ents.items())
    assert any(s.endswith("Commission I") and t == "SPONSORED" for s, t, _, _ in rels)


def test_warning_against_abandoning_a_measure_supports_it(extractor):
    _, rels, _ = run(extractor, "The government has dropped the cloud proposals. The Software Alliance said that "
                                "abandoning the proposals would leave exporters exposed to data mandates abroad.")
    sides = {st for s, t, st, o in rels if s == "Software Alliance" and o == "proposals"}
    assert sides == {"support"}


def test_the_administration_is_the_one_the_story_is_about(extractor):
    text = ("WASHINGTON - The Biden administration has withdrawn its cloud proposals. The United States tabled the "
            "proposals in 2019, under the Trump administration. The Software Alliance criticized the administration "
            "on Friday, and Ned Park faulted the outgoing administration.")
    _, rels, _ = run(extractor, text)
    criticized = {(s, o) for s, t, st, o in rels if t == "CRITICIZED"}
    assert ("Software Alliance", "Biden administration") in criticized
    assert ("Ned Park", "Trump administration") in criticized


def test_no_longer_backing_a_measure_is_no_support(extractor):
    _, rels, _ = run(extractor, "The United States tabled the cloud proposals in 2019. On Wednesday Washington no "
                                "longer backed the proposals.")
    assert not any(t == "SUPPORTS" for s, t, st, o in rels)


def test_a_move_that_cheers_critics_backs_no_one(extractor):
    _, rels, _ = run(extractor, "Japan drops its cloud proposals, cheering privacy critics and angering industry")
    assert not any(t == "SUPPORTS" for s, t, st, o in rels)
