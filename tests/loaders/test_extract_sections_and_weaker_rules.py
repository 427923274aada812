"""Sections of a law told by count are the law; a court that suspends a law blocks it (unless it is a stay
"while" a challenge runs), and "the suspension" retells that; "Article 19 X, a ... group" is a group; a
"companion directive" is not the directive told before; the European Council is not the Council of the EU; a
headline's "data protection overhaul" is the regulation its lead names, but "an overhaul of the X law" is the
law; lobbying "for looser requirements" opposes the measure told; urging a leader "to return the bill" opposes
it, and asking that a tax "be charged only on fees" opposes it; "lifted that ban" lifts the ban told; a
suspension a law "allows" changes nothing; "reviewing whether the law can be used" reviews the law. All
sentences are invented."""

import pytest
from extracthelpers import run

SECTIONS = ("Zambian court freezes 14 sections of new online harms law\n\nLUSAKA, June 9, 2021 - Zambia's High Court on Tuesday "
            "suspended 14 sections of the Online Harms and Cyber Offences Act, a week after President Edgar Lungu "
            "signed it.\n\nThe Ministry of Technology and Science has defended the law as necessary.\n\nThe "
            "suspension comes as other governments in the region tighten rules on speech.")


@pytest.mark.parametrize("name", ["Cyber Offences Act", "Online Harms and Cyber Offences Act"])
def test_sections_told_by_count_are_the_law_they_belong_to(extractor, name):
    text = (f"In June the High Court suspended 14 sections of the {name}. The Ministry of Technology and Science "
            f"has defended the law as necessary.")
    ents, rels, _ = run(extractor, text, date="2021-06-09")
    measures = [n for n, t in ents.items() if t == "Measure"]
    assert measures == [name], measures
    assert ("High Court", "BLOCKED", None, name) in rels, rels
    assert ("Ministry of Technology and Science", "SUPPORTS", "support", name) in rels, rels


def test_a_court_that_suspends_a_law_blocks_it_and_the_suspension_retells_it(extractor):
    _, rels, _ = run(extractor, SECTIONS, date="2021-06-09")
    changes = {r[1] for r in rels if r[3] == "Online Harms and Cyber Offences Act" and r[0] == "High Court"}
    assert "BLOCKED" in changes and "PAUSED" not in changes, rels
    assert not any(r[1] == "PAUSED" for r in rels), rels


def test_a_stay_while_a_challenge_runs_pauses_the_law(extractor):
    text = ("The Federal Court of Appeal suspended the Spectrum Fees Order in May while the carriers challenged it.")
    _, rels, _ = run(extractor, text, date="2021-06-09")
    assert ("Federal Court of Appeal", "PAUSED", None, "Spectrum Fees Order") in rels, rels


def test_a_name_that_reads_like_an_article_is_the_group_it_is_set_off_as(extractor):
    text = ("Article 19 Eastern Africa, a rights organisation, had asked the president to return the Cyber Offences "
            "Bill to Parliament.")
    ents, rels, _ = run(extractor, text, date="2021-06-09")
    assert ents.get("Article 19 Eastern Africa") == "Organization", ents
    assert ("Article 19 Eastern Africa", "URGED", "oppose", "Cyber Offences Bill") in rels, rels


def test_a_companion_directive_is_another_measure(extractor):
    text = ("The European Parliament on Thursday gave final approval to the Payment Services Regulation, which "
            "replaces the 2007 Payment Services Directive. Lawmakers also approved a companion directive setting "
            "licensing rules for payment firms.")
    ents, rels, _ = run(extractor, text, date="2024-04-14")
    passed = {r[3] for r in rels if r[1] == "PASSED"}
    assert any(n.startswith("companion directive") for n in passed), rels
    assert "Payment Services Directive" not in passed and "2007 Payment Services Directive" not in passed, rels


def test_the_european_council_is_not_the_council_of_the_eu(extractor):
    text = ("At a summit in June, leaders in the European Council delayed the Data Act. Ministers in the Council of "
            "the European Union had backed it.")
    ents, _, _ = run(extractor, text, date="2024-04-14")
    assert ents.get("European Council") == "Agency" and ents.get("Council of the European Union") == "Agency", ents


OVERHAUL = ("EU ministers give final approval to sweeping payment services overhaul\n\nBRUSSELS, April 14, 2024 - The Council of the "
            "European Union on Friday adopted the Payment Services Regulation.\n\nThe European Commission proposed "
            "the overhaul in June 2023. The European Banking Federation and Visa lobbied for looser liability "
            "requirements and lower fees, warning that the draft would hold back innovation.")


def test_a_headline_overhaul_is_the_regulation_its_lead_names(extractor):
    ents, rels, _ = run(extractor, OVERHAUL, date="2024-04-14")
    assert not any("overhaul" in n for n in ents), ents
    assert ("European Commission", "PROPOSED", None, "Payment Services Regulation") in rels, rels


def test_lobbying_for_looser_rules_opposes_the_measure_told(extractor):
    _, rels, _ = run(extractor, OVERHAUL, date="2024-04-14")
    lobbied = {r for r in rels if r[1] == "LOBBIED"}
    assert ("European Banking Federation", "LOBBIED", "oppose", "Payment Services Regulation") in lobbied, rels
    assert ("Visa", "LOBBIED", "oppose", "Payment Services Regulation") in lobbied, rels
    assert not any(r[2] == "support" for r in lobbied), rels
    assert not any(r[3].startswith("looser") for r in rels if r[1] == "CRITICIZED"), rels


def test_a_new_narrower_measure_is_still_a_measure_of_its_own(extractor):
    text = ("Leaders set aside the broad Competition Act and brought forward a narrower measure focused on chips. "
            "That bill passed the Senate on July 27.")
    _, rels, _ = run(extractor, text, date="2022-08-01")
    assert any(r[1] == "PASSED" and r[3].startswith("narrower measure") for r in rels), rels


def test_an_overhaul_of_a_law_is_the_law(extractor):
    text = ("The government has given up on its overhaul of the territory's copyright law, which rights groups had "
            "backed.")
    ents, _, _ = run(extractor, text, date="2022-08-01")
    assert "copyright law" in ents and not any("overhaul" in n for n in ents), ents


def test_the_draft_after_looser_rules_is_the_measure_told_not_the_looser_rules(extractor):
    text = ("The European Commission proposed the Payment Services Regulation in June 2023. PayPal lobbied for looser "
            "liability requirements, warning that the draft would hold back innovation.")
    _, rels, _ = run(extractor, text, date="2024-04-14")
    assert ("PayPal", "CRITICIZED", "oppose", "Payment Services Regulation") in rels, rels


def test_asking_that_a_tax_be_charged_only_on_fees_opposes_it(extractor):
    text = ("The tax council recommended a 28% tax on lottery ticket sales on July 11. The Lottery Operators "
            "Association wrote to the finance minister asking that the tax be charged only on operator fees.")
    _, rels, _ = run(extractor, text, date="2023-08-01")
    asked = {r for r in rels if r[0] == "Lottery Operators Association" and r[3].startswith("28% tax")}
    assert asked and all(r[2] == "oppose" for r in asked), rels


def test_lifting_that_ban_rescinds_the_ban_told_before(extractor):
    text = ("The PTA imposed a ban on TikTok on October 9. The regulator lifted that ban ten days later, after "
            "talks with the company.")
    _, rels, _ = run(extractor, text, date="2020-11-01")
    assert any(r[1] == "RESCINDED" and r[3] == "ban on TikTok" for r in rels), rels


def test_a_suspension_a_law_allows_is_no_change_to_the_law(extractor):
    text = ("Judges relied on the Internet Rights Act, which Brazil adopted in 2014 and which allows sanctions, "
            "including the temporary suspension of activities, against companies that break its rules.")
    _, rels, _ = run(extractor, text, date="2016-07-20")
    changes = {r[1] for r in rels if r[3] == "Internet Rights Act"}
    assert "ENACTED" in changes and not changes & {"PAUSED", "BLOCKED"}, rels
    assert not any(r[0] == "unattributed" for r in rels), rels


def test_a_court_reviewing_whether_a_law_can_be_used_reviews_the_law(extractor):
    text = ("Brazil adopted the Internet Rights Act in 2014. The Supreme Federal Court is now reviewing whether the "
            "Internet Rights Act can be used to suspend an entire service.")
    _, rels, _ = run(extractor, text, date="2016-07-20")
    assert ("Supreme Federal Court", "REVIEWING", None, "Internet Rights Act") in rels, rels
