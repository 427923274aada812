"""Letters, leaders, judges and unions, from held-out 42: "wrote to Premier X urging Beijing to ..." is the
writers' urging, and the premier leads no country named in another clause; a group "from A, B, C and D"
is named without the list; "Its leader, X" leads the body "its" is; asking to send a law back is against
it, and a president who sends a bill back vetoes it; "AMS-IX" is one name, "Wi-Fi" none; those who sought
an injunction oppose the measure; a judge named without a court sits on the court the story named, of the
kind the title says; "the union's president" after a union is named leads it; lobbying under which a
committee stripped a bill was against it, and stripping a bill of provisions eases it; "the original law"
is not the reform of it. All sentences are invented."""

from extracthelpers import run


def test_a_letter_writer_urges_and_the_premier_leads_no_country_of_another_clause(extractor):
    text = ("In August, 46 business associations from the United States, Europe, Japan and Australia wrote to "
            "Premier Li Keqiang urging Beijing to rewrite the draft cybersecurity law.")
    ents, rels, _ = run(extractor, text, date="2016-11-07")
    assert "46 business associations" in ents
    assert ("46 business associations", "URGED", "oppose", "cybersecurity law") in rels
    assert not any(s == "Li Keqiang" and t in ("URGED", "LEADS") for s, t, _, _ in rels)


def test_its_leader_leads_the_party_and_sending_the_law_back_is_against_it(extractor):
    text = ("Team Nova, the largest opposition party, said the cabinet was ignoring the vote. Its leader, Jan "
            "Kovar, urged the government to send the whole law back to parliament.")
    _, rels, _ = run(extractor, text, date="2018-04-06")
    assert ("Jan Kovar", "LEADS", None, "Team Nova") in rels
    assert ("Jan Kovar", "URGED", "oppose", "law") in rels


def test_a_president_who_sends_a_bill_back_vetoes_it(extractor):
    _, rels, _ = run(extractor, "President Jan Novak sent the Data Bill back to parliament on Monday.",
                     date="2018-04-06")
    assert ("Jan Novak", "VETOED", None, "Data Bill") in rels
    assert not any(t == "PASSED" for _, t, _, _ in rels)


def test_a_hyphenated_name_is_whole_and_wi_fi_is_no_name(extractor):
    text = ("AMS-IX, the operator of one of the largest internet exchanges, had warned lawmakers during the "
            "debate on the bill that customers might leave. The rule also covers calls made over on-board "
            "Wi-Fi that the agency does not reach.")
    ents, _, _ = run(extractor, text)
    assert "AMS-IX" in ents and "IX" not in ents
    assert "Fi" not in ents and "Wi-Fi" not in ents


def test_those_who_sought_an_injunction_oppose_the_rules_and_the_judge_sits_on_the_court(extractor):
    text = ("The High Court suspended the blogger rules on Monday. Judge Fauz Twaib granted the injunction "
            "sought by six organisations, including the Legal and Human Rights Centre, the Media Council of "
            "Tanzania and Jamii Media.")
    _, rels, _ = run(extractor, text, date="2018-05-30")
    assert ("Legal and Human Rights Centre", "MEMBER_OF", None, "six organisations") in rels
    assert ("Jamii Media", "OPPOSES", "oppose", "blogger rules") in rels
    assert ("Fauz Twaib", "MEMBER_OF", None, "High Court") in rels


def test_a_district_judge_does_not_sit_on_an_appeals_court(extractor):
    text = ("The U.S. Court of Appeals upheld the repeal in 2019. On Tuesday, U.S. District Judge John Mendez "
            "ruled that the groups had not shown they would win. Judge Ann Lee dissented.")
    _, rels, _ = run(extractor, text)
    assert not any(s == "John Mendez" and t == "MEMBER_OF" for s, t, _, _ in rels)
    assert ("Ann Lee", "MEMBER_OF", None, "U.S. Court of Appeals") in rels


def test_the_unions_president_leads_the_union_named_before(extractor):
    text = ("The Association of Flight Attendants-CWA (AFA), the largest union of flight attendants, campaigned "
            "against the plan from the start. Sara Nelson, the union's president, welcomed Monday's move.")
    ents, rels, _ = run(extractor, text, date="2017-04-10")
    assert ("Sara Nelson", "LEADS", None, "Association of Flight Attendants-CWA") in rels
    assert ents.get("Sara Nelson") == "Person"


def test_lobbying_under_which_a_committee_stripped_a_bill_was_against_it(extractor):
    text = ("The Senate passed SB 822 in May. In June 2018 an Assembly committee, under heavy lobbying from "
            "AT&T and Comcast, stripped the bill of several of its core provisions.")
    _, rels, _ = run(extractor, text, date="2021-02-23")
    assert ("AT&T", "LOBBIED", "oppose", "SB 822") in rels
    assert ("Assembly", "EASED", None, "SB 822") in rels
    assert not any(t == "DROPPED" for _, t, _, _ in rels)


def test_the_original_law_is_not_its_reform(extractor):
    text = ("The Freedonian assembly voted on Wednesday to make accepting tokens voluntary. The reform of the "
            "Crypto Law, approved by 55 votes to two, changes the 2021 statute that made tokens legal tender. The "
            "assembly had passed the original law in June 2021.")
    _, _, relations = run(extractor, text, date="2025-01-30")
    passed_2021 = [r for r in relations if r.type == "PASSED" and r.date == "2021-06"]
    amends = [r for r in relations if r.type == "AMENDS"]
    assert len(passed_2021) == 1 and len(amends) == 1
    assert passed_2021[0].target == amends[0].target  # the law the reform changes, not the reform
