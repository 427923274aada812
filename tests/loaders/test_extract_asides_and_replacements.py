"""A name before a description set off by commas is the subject ("X, a rights group, urged"); a body's name
the model cut or never saw ("Business Fiji, the main private-sector lobby", "the Regulatory Authority for
the Media", "The Journalists' Union", "Communications and Information Technology Minister X" is no firm); a
measure another replaces is no longer "the decree"; a definite description whose words an earlier measure's
clause told is that measure; a "separate" bill is another one; what a measure fights is no fault of it. All
sentences are invented."""

from extracthelpers import run

REPLACED = ("HANOI, March 3, 2026 - Decree 53, which the cabinet issued on Feb. 2, replaces Decree 20, a 2015 "
            "regulation on online games. Decree 20 was repealed on Monday. Under the new decree, game publishers "
            "must verify every player. The Ministry of Culture, which drafted the decree, said the measure would "
            "curb fraud and illegal gambling. Rights groups urged the government to withdraw the decree.")


def test_a_name_before_a_set_off_description_is_the_subject(extractor):
    text = ("The cabinet has shelved a plan to scan private messages. The Internet Society criticized the plan in a "
            "long submission, warning that it would weaken security for every user and expose their health data "
            "to attack. Access Now, a digital rights group, urged the cabinet to abandon the plan altogether.")
    _, rels, _ = run(extractor, text, date="2025-03-02")
    assert ("Access Now", "URGED", "oppose", "plan to scan private messages") in rels, rels


def test_a_word_and_a_country_set_off_as_a_lobby_are_one_body(extractor):
    text = ("The Fijian government has dropped a levy on mobile money. Business Fiji, the main private-sector lobby, "
            "lobbied the government to drop the levy.")
    ents, rels, _ = run(extractor, text, date="2025-03-02")
    assert ents.get("Business Fiji") == "Organization", ents
    assert any(r[0] == "Business Fiji" and r[1] == "LOBBIED" and r[2] == "oppose" for r in rels), rels


def test_a_replaced_decree_is_not_the_decree_told_after(extractor):
    _, rels, _ = run(extractor, REPLACED, date="2026-03-03")
    assert ("Ministry of Culture", "SPONSORED", "support", "Decree 53") in rels, rels
    assert ("Rights groups", "URGED", "oppose", "Decree 53") in rels, rels
    assert not any(r[3] == "Decree 20" and r[1] in ("SPONSORED", "URGED", "OPPOSES") for r in rels), rels


def test_a_measure_that_curbs_a_harm_is_praised(extractor):
    _, rels, _ = run(extractor, REPLACED, date="2026-03-03")
    assert ("Ministry of Culture", "SUPPORTS", "support", "Decree 53") in rels, rels
    assert not any(r[0] == "Ministry of Culture" and r[1] == "OPPOSES" for r in rels), rels


def test_a_description_an_earlier_clause_told_is_that_measure(extractor):
    text = ("WASHINGTON, May 15 - The Federal Trade Commission has withdrawn a proposed rule that would have "
            "required app stores to verify the ages of their users, after months of pressure from the industry.\n\n"
            "In a notice on Thursday, the commission said the proposal was no longer consistent with its reading "
            "of the Children's Online Privacy Protection Act and that it did not consider the rule necessary.\n\n"
            "The app store rule, unveiled on Dec. 3 under then-Chair Lina Khan, would have covered every "
            "download.")
    ents, rels, found = run(extractor, text, date="2025-05-15")
    measures = [n for n, t in ents.items() if t == "Measure" and "Act" not in n]
    assert len(measures) == 1, ents
    proposed = [r for r in found if r.type == "PROPOSED" and r.evidence[0].quote.startswith("The app store rule")]
    assert [r.date for r in proposed] == ["2024-12-03"], [(r.type, r.date) for r in found]


def test_a_date_in_a_clause_on_a_person_is_not_the_changes(extractor):
    text = ("WASHINGTON, May 15 - The Federal Trade Commission has withdrawn a proposed rule on app store age "
            "checks.\n\nThe withdrawal was signed by Acting Chair Jane Roe, who has moved to shrink the agency "
            "since taking charge in February.")
    _, _, found = run(extractor, text, date="2025-05-15")
    dropped = [r for r in found if r.type == "DROPPED"]
    assert dropped and all(r.date == "2025-05-15" for r in dropped), [(r.type, r.date) for r in found]


def test_a_separate_bill_is_not_the_ban_told_before(extractor):
    text = ("KATHMANDU, Sept 9 - Nepal's government has lifted its social media ban after deadly protests.\n\n"
            "The unrest has also cast doubt on a separate social media bill that the government registered in the "
            "National Assembly earlier this year. The Federation of Nepali Journalists has campaigned against it.")
    ents, rels, _ = run(extractor, text, date="2025-09-09")
    bills = [n for n, t in ents.items() if t == "Measure" and "bill" in n]
    assert bills and "social media ban" in ents, ents
    assert not any(r[1] == "RESCINDED" and "bill" in r[3] for r in rels), rels


def test_a_portfolio_before_minister_is_no_firm(extractor):
    text = ("Communications and Information Technology Minister Prithvi Gurung said the companies had been given "
            "seven days to register.")
    ents, _, _ = run(extractor, text, date="2025-09-09")
    assert "Information Technology" not in ents, ents
    assert ents.get("Prithvi Gurung") == "Official", ents


def test_calling_a_measure_unconstitutional_opposes_it(extractor):
    text = ("The telecoms regulator imposed the ban on Sept. 4. Opposition lawmakers had called the ban "
            "unconstitutional and demanded its withdrawal.")
    _, rels, _ = run(extractor, text, date="2025-09-09")
    assert any(r[0] == "Opposition lawmakers" and r[1] == "OPPOSES" and r[3] == "ban" for r in rels), rels


def test_a_body_cut_before_for_the_is_one_body(extractor):
    text = ("The law lets anyone complain about such posts to the Regulatory Authority for the Media, known as ERC, "
            "which must rule within a month.")
    ents, _, _ = run(extractor, text, date="2022-07-22")
    assert "Regulatory Authority for the Media" in ents and "Media" not in ents, ents


def test_a_plural_with_its_apostrophe_and_a_body_word_is_one_body(extractor):
    text = ("\"The rule gave a regulator the power to decide which stories were false,\" said Ana Costa, a media "
            "lawyer in Porto. \"It was a bad idea.\"\n\nThe Journalists' Union criticized the clause within days "
            "of its publication, saying it risked chilling reporting.")
    ents, _, _ = run(extractor, text, date="2022-07-22")
    assert ents.get("Journalists' Union") == "Organization", ents


def test_a_group_from_a_party_set_off_by_a_description(extractor):
    text = ("The amendment began as a bill filed in 2021 by lawmakers from the Liberal Initiative, a small "
            "pro-market party, weeks after the charter took effect.")
    ents, rels, _ = run(extractor, text, date="2022-07-22")
    assert ents.get("lawmakers from the Liberal Initiative") == "Lawmaker", ents
    assert ("lawmakers from the Liberal Initiative", "SPONSORED", "support", "bill") in rels, rels


def test_a_separate_measure_takes_only_descriptions_sharing_its_words(extractor):
    text = ("MADRID - Spain's parliament gave the Tax on Certain Digital Services its final approval this month, "
            "together with a separate tax on financial transactions. The cabinet had approved the digital tax in "
            "February. Companies lobbied against the digital tax as well.")
    _, rels, _ = run(extractor, text, date="2020-10-16")
    assert ("Companies", "LOBBIED", "oppose", "Tax on Certain Digital Services") in rels, rels
    assert not any(r[3] == "separate tax on financial transactions" for r in rels), rels
