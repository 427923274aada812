"""Roles bodies and measures are given: who enforces a measure, which measure amends another (sentences
written for these tests)."""

from extracthelpers import run


def roles(extractor, text):
    _, rels, _ = run(extractor, text)
    return {(s, kind, t) for s, kind, _, t in rels if kind in ("ENFORCES", "AMENDS")}


def test_a_body_that_will_enforce_a_measure_enforces_it(extractor):
    found = roles(extractor, "The Competition Commission of India would enforce the Digital Competition Bill. "
                             "The Ghana Revenue Authority, which collects the E-Levy, reported lower receipts.")
    assert ("Competition Commission of India", "ENFORCES", "Digital Competition Bill") in found
    assert ("Ghana Revenue Authority", "ENFORCES", "E-Levy") in found


def test_a_possible_or_blocked_enforcement_is_no_role(extractor):
    found = roles(extractor, "Ofcom could enforce the Online Safety Act against smaller forums. A federal judge "
                             "blocked Utah from enforcing the Minor Protection in Social Media Act.")
    assert not found


def test_a_body_given_powers_or_charged_with_a_measure_enforces_it(extractor):
    found = roles(extractor, "The Online Safety Act gives Ofcom sweeping new powers. The Data Protection Board "
                             "of India, which is charged with enforcing the Digital Personal Data Protection "
                             "Act, has five members. The Australian Communications and Media Authority is responsible for "
                             "policing the Interactive Gambling Act.")
    assert ("Ofcom", "ENFORCES", "Online Safety Act") in found
    assert ("Data Protection Board of India", "ENFORCES", "Digital Personal Data Protection Act") in found
    assert ("Australian Communications and Media Authority", "ENFORCES", "Interactive Gambling Act") in found


def test_a_measure_that_amends_another_amends_it(extractor):
    found = roles(extractor, "Bill C-26 would amend the Telecommunications Act to let the minister order "
                             "carriers to drop Huawei gear.")
    assert ("Bill C-26", "AMENDS", "Telecommunications Act") in found
