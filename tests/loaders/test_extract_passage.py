"""A bill between chambers: the second of two verbs names its own chamber ("passed the House but died in
the Senate"), and a government that submits a bill to the legislature introduces it."""

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
