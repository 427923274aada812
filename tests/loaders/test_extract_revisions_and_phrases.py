"""Revisions and set phrases, from held-out 37: "put on hold a revision of the law" pauses the revision,
not the law it revises; a committee numbered in Roman numerals is one body; a body that "initiated" a
bill sponsors it."""

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
