"""A bill between chambers: the second of two verbs names its own chamber ("passed the House but died in
the Senate"), and a government that submits a bill to the legislature introduces it. A rule "set aside" by a
judge is blocked, bills set aside by leaders are shelved, a bill voted down is opposed and dropped, and a
"retreat" is the retreating body's, not the court's."""

from extracthelpers import run


def test_the_second_verb_of_a_bill_names_its_own_chamber(extractor):
    _, rels, _ = run(extractor, "The bill passed the House but died in the Senate.")
    assert ("U.S. House of Representatives", "PASSED", None, "bill") in rels, rels
    assert ("U.S. Senate", "SHELVED", None, "bill") in rels, rels
    assert not any(r[0] == "U.S. House of Representatives" and r[1] == "SHELVED" for r in rels), rels
    _, rels, _ = run(extractor, "The bill cleared the Senate and passed the House in May.")
    assert ("U.S. House of Representatives", "PASSED", None, "bill") in rels, rels


def test_a_government_that_submits_a_bill_to_the_legislature_introduces_it(extractor):
    _, rels, _ = run(extractor, "TOKYO - The Japanese government submitted the AI bill to the Diet in February. "
                                "Japan wants it passed.")
    assert ("Japan", "INTRODUCED", None, "AI bill") in rels, rels
    _, rels, _ = run(extractor, "Meta submitted comments on the AI bill to the regulator.")
    assert not any(r[1] == "INTRODUCED" for r in rels), rels


def test_a_judge_who_sets_a_rule_aside_blocks_it_and_leaders_who_set_bills_aside_shelve_them(extractor):
    _, rels, _ = run(extractor, "The FTC's noncompete ban was set aside by a federal judge in Texas.")
    assert ("federal judge in Texas", "BLOCKED", None, "noncompete ban") in rels, rels
    _, rels, _ = run(extractor, "Within weeks, Democratic leaders set aside the chips bill.")
    assert ("Democratic leaders", "SHELVED", None, "chips bill") in rels, rels


def test_a_bill_voted_down_is_opposed_and_dropped_however_the_particle_falls(extractor):
    for text in ("Lawmakers voted the bill down 12-9 in committee.", "Lawmakers voted down the bill 12-9 in committee."):
        _, rels, _ = run(extractor, text)
        assert ("Lawmakers", "OPPOSES", "oppose", "bill") in rels, (text, rels)
        assert ("Lawmakers", "DROPPED", None, "bill") in rels, (text, rels)


def test_a_retreat_is_the_body_s_own_and_not_the_court_s_that_blocked_the_rule(extractor):
    text = ("The FTC dropped its appeal in defence of the noncompete ban on Friday. In 2024 Judge Ada Brown had set "
            "the ban aside. Worker advocates criticised the retreat.")
    _, rels, _ = run(extractor, text)
    assert ("Worker advocates", "CRITICIZED", "oppose", "Federal Trade Commission") in rels, rels
    assert not any(r[0] == "Worker advocates" and r[3] == "Ada Brown" for r in rels), rels
