"""Backers, directions and fines, from held-out 43: a preposition takes the side of a vote asked for ("urged
members to vote against the bill"); what a regulator issues or imposes is a measure even when bare ("ten
directions"); "the bill's backers included A and B"; a fine is never the law it was imposed under, however
many words they share; a firm's short name ("Clearview") is its full one ("Clearview AI"), and welcoming the
ruling that overturned a fine opposes the fine, not the recalled imposing of it; people who jointly
lead a petition do not lead each other; "who" after "in <city>" is not the city; banning a practice is a ban
on it; a letter that obliged banks, or a requirement that they tell the regulator, is a measure. All sentences
are invented."""

from extracthelpers import run


def test_urged_to_vote_against_the_bill_opposes_it(extractor):
    text = ("The House passed the Broadband Choice Act on Thursday. The National League of Towns urged members to "
            "vote against the bill.")
    _, rels, _ = run(extractor, text, date="2006-06-09")
    assert ("National League of Towns", "URGED", "oppose", "Broadband Choice Act") in rels
    assert not any(s == "National League of Towns" and st == "support" for s, _, st, _ in rels)


def test_urged_to_vote_for_its_repeal_opposes_it(extractor):
    text = ("The House passed the Broadband Choice Act on Thursday. The National League of Towns urged members to "
            "vote for the repeal of the act.")
    _, rels, _ = run(extractor, text, date="2006-06-09")
    assert ("National League of Towns", "URGED", "oppose", "Broadband Choice Act") in rels


def test_directions_a_regulator_issues_are_a_measure(extractor):
    text = "The Ruritanian Competition Board issued ten directions to Google in October."
    ents, rels, _ = run(extractor, text, date="2022-11-01")
    assert ents.get("ten directions") == "Measure"
    assert ("Ruritanian Competition Board", "IMPOSED", None, "ten directions") in rels


def test_the_bills_backers_included_them(extractor):
    text = ("Governor Ana Reyes vetoed the Phone Privacy Act on Sunday. The bill's backers included the Digital "
            "Liberty Foundation and the Press Freedom League.")
    _, rels, _ = run(extractor, text, date="2011-10-10")
    assert ("Digital Liberty Foundation", "SUPPORTS", "support", "Phone Privacy Act") in rels
    assert ("Press Freedom League", "SUPPORTS", "support", "Phone Privacy Act") in rels


def test_a_fine_is_not_the_law_it_was_imposed_under(extractor):
    text = ("Halvard AI has overturned a 7.5 million pound fine imposed by Britain's data protection watchdog. Because "
            "the acts of foreign governments fall outside the scope of the UK's data protection law, the tribunal "
            "said, the watchdog could not use that law against the company.")
    ents, _, _ = run(extractor, text, date="2023-10-18")
    fines = [n for n, t in ents.items() if t == "Measure" and "fine" in n]
    laws = [n for n, t in ents.items() if t == "Measure" and "law" in n]
    assert fines and laws and not set(fines) & set(laws)


def test_a_firms_short_name_is_its_full_one_and_welcoming_the_ruling_opposes_the_fine(extractor):
    text = ("Clearview AI has overturned a 7.5 million pound fine imposed by Britain's data protection watchdog. The "
            "tribunal said Clearview's services had been provided only to police outside Britain. Clearview's chief "
            "executive, Tomas Lind, welcomed the ruling.")
    ents, rels, _ = run(extractor, text, date="2023-10-18")
    assert "Clearview" not in ents
    assert ("Tomas Lind", "LEADS", None, "Clearview AI") in rels
    fine = next(n for n, t in ents.items() if t == "Measure" and "fine" in n)
    assert ("Tomas Lind", "OPPOSES", "oppose", fine) in rels


def test_joint_leaders_of_a_petition_do_not_lead_each_other(extractor):
    text = ("A three-judge bench, ruling on petitions led by the Coast Rights Forum and the Lakeland Human Rights "
            "Commission, allowed the identity system to continue.")
    _, rels, _ = run(extractor, text, date="2020-01-30")
    assert not any(t == "LEADS" for _, t, _, _ in rels)


def test_who_after_in_a_city_is_not_the_city(extractor):
    text = ("President Ana Reyes signed the Platform Workers Act on Tuesday. \"They have legalised the status quo,\" "
            "said one leader of a union of couriers in Valparaiso, who asked not to be identified.")
    _, rels, _ = run(extractor, text, date="2022-03-08")
    assert not any(s == "Valparaiso" for s, _, _, _ in rels)


def test_banning_a_practice_is_a_ban_on_it(extractor):
    text = "SEOUL - South Korea prohibited initial coin offerings in September, officials said."
    ents, rels, _ = run(extractor, text, date="2018-01-31")
    assert ents.get("ban on initial coin offerings") == "Measure"
    assert ("South Korea", "IMPOSED", None, "ban on initial coin offerings") in rels


def test_no_plan_to_ban_a_practice_makes_no_ban(extractor):
    ents, _, _ = run(extractor, "SEOUL - South Korea has no plan to ban cryptocurrency exchanges, the minister said.",
                     date="2018-01-31")
    assert not any(t == "Measure" for t in ents.values())


def test_a_letter_that_obliged_banks_and_a_requirement_that_they_tell_it_are_measures(extractor):
    text = ("On March 7, Acting Comptroller Dana Whitfield rescinded a 2021 interpretive letter that obliged national "
            "banks to get the agency's approval before offering crypto custody. On March 28 the FDIC scrapped a 2022 "
            "requirement that the banks it oversees tell it in advance about any crypto-related activity.")
    ents, rels, _ = run(extractor, text, date="2025-04-25")
    assert ents.get("2021 interpretive letter") == "Measure" and ents.get("2022 requirement") == "Measure"
    assert ents.get("Federal Deposit Insurance Corporation") == "Agency"
    assert ("Dana Whitfield", "RESCINDED", None, "2021 interpretive letter") in rels


def test_a_relative_clause_taken_for_a_content_clause_makes_no_measure(extractor):
    text = ("Brazil's Senate on Tuesday approved a bill to regulate ride-hailing apps, but only after removing two "
            "requirements that the companies had warned would make their services unworkable.")
    ents, _, _ = run(extractor, text, date="2018-11-01")
    assert not any("requirement" in n for n in ents)
