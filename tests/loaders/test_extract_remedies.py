"""Measures told by what they do to a firm: a blacklisting ("added Huawei to the Entity List"), a
divestiture, and lists of remedies the parser reads as appositions."""

from extracthelpers import run


def test_adding_a_firm_to_a_named_blacklist_is_a_measure_on_it(extractor):
    types, rels, _ = run(extractor, "The Commerce Department added Huawei to the Entity List in May 2019.")
    assert types.get("addition of Huawei to the Entity List") == "Measure"
    assert ("addition of Huawei to the Entity List", "TARGETS", None, "Huawei") in rels
    assert ("U.S. Department of Commerce", "IMPOSED", None, "addition of Huawei to the Entity List") in rels
    types, _, _ = run(extractor, "The Commerce Department keeps the Entity List. The FCC added Kaspersky to its list "
                                 "of equipment deemed a threat.")
    assert not any(name.startswith("addition of") for name in types)  # "its list" names no list


def test_a_list_of_remedies_is_no_apposition_that_types_the_first(extractor):
    types, rels, _ = run(extractor, "The Justice Department asked for the sale of Chrome, a ban on default payments, "
                                    "the divestiture of Android if other measures failed.")
    assert types.get("Chrome") != "Measure"
    assert types.get("divestiture of Android") == "Measure"
    assert ("U.S. Department of Justice", "URGED", "support", "ban on default payments") in rels
