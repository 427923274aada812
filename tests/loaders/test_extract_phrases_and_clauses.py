"""Phrases and clauses the small model parses badly, and what they tell: a body's verb after a clause on
its members or a phrase of place, a relative clause hung on the last word of a measure's description, a
"who" clause after a title, an object after a phrase of time or after a second verb, what a law is "for",
a verb set against the one done ("rather than adopt it"), a sweeping ban told again, the name of a measure
with its place, a duty to do a thing, a critic of an actor, a charge of a sum on something, a second relative
clause, and a chamber voting for a bill. All sentences are invented."""

from extracthelpers import dated, measures, run


def test_a_body_whose_members_are_listed_still_acts(extractor):
    text = ("Vexa Telecom Ruritania, whose members include Orbix and Tellan, lobbied against the Spectrum Fee Act "
            "and pressed for a voluntary code.")
    _, rels, _ = run(extractor, text)
    assert ("Vexa Telecom Ruritania", "LOBBIED", "oppose", "Spectrum Fee Act") in rels, rels


def test_a_status_in_a_relative_clause_on_the_end_of_a_measures_description(extractor):
    text = ("The government pointed to other steps. A ban on using credit cards to place online bets, which "
            "parliament passed in December 2023, came into force in June 2024.")
    found = {f[1:4] for f in dated(extractor, text, date="2025-02-01")}
    ban = "ban on using credit cards to place online bets"
    assert ("PASSED", ban, "2023-12") in found, found


def test_who_after_a_title_is_the_person_not_the_last_noun_of_the_title(extractor):
    text = ("\"These rules protect all of us,\" said Clara Ruiz, the minister for digital transformation and the "
            "civil service, who introduced the Algorithm Transparency Bill in March.")
    _, rels, _ = run(extractor, text)
    assert ("Clara Ruiz", "SPONSORED", "support", "Algorithm Transparency Bill") in rels, rels


def test_an_object_after_a_phrase_of_time_and_a_body_before_a_phrase_of_place(extractor):
    text = ("The Liberty Party's caucus in the Chamber of Deputies filed last week a draft decree to annul the "
            "reporting rule.")
    _, rels, _ = run(extractor, text)
    assert any(r[0] == "Liberty Party" and r[1] == "SPONSORED" and "decree" in r[3] for r in rels), rels


def test_a_second_object_belongs_to_the_verb_before_it(extractor):
    text = ("Minister Rahmi Utari first proposed the rules in January, weeks after Orvania's parliament passed, "
            "in November, a law barring children under 16 from holding social media accounts.")
    found = {f[1:3] for f in dated(extractor, text, date="2025-03-01")}
    assert any(s == "PASSED" and m.startswith("law barring") for s, m in found), found
    assert not any(s == "PROPOSED" and m.startswith("law barring") for s, m in found), found


def test_what_a_law_is_for_is_part_of_its_name(extractor):
    text = ("The Council of Ministers signed off on the draft law for the good use and governance of artificial "
            "intelligence on Tuesday. Business groups criticised the law.")
    ents, _, _ = run(extractor, text)
    assert "law for the good use and governance of artificial intelligence" in measures(ents), ents


def test_a_bill_sent_for_consultation_or_passed_for_a_second_time_is_no_bill_for_either(extractor):
    text = ("A committee of media groups urged the president to withhold his signature and return the cybercrime "
            "bill for consultation.")
    ents, _, _ = run(extractor, text)
    assert "cybercrime bill" in measures(ents), ents
    ents, _, _ = run(extractor, "Orvania's Senate passed the broadband bill for the second time on Tuesday.")
    assert "broadband bill" in measures(ents), ents


def test_a_verb_set_against_the_one_done_is_no_act(extractor):
    text = ("A committee recommended a comprehensive ban on gambling advertising in June. Rather than adopt the "
            "total ban, the Orvanian government watered it down.")
    found = {f[1] for f in dated(extractor, text)}
    _, rels, _ = run(extractor, text)
    assert "ENACTED" not in found, found
    assert not any(r[1] == "IMPOSED" for r in rels), rels


def test_a_sweeping_ban_told_again_by_its_sweep_is_the_same_ban(extractor):
    text = ("In June a committee recommended a comprehensive ban on online betting advertising. Independent MP "
            "Joan Pike, a long-standing supporter of a total ban, accused the government of caving in. The "
            "Betting Harm Network has campaigned for a complete ban since then.")
    ents, rels, _ = run(extractor, text)
    assert measures(ents) == {"comprehensive ban on online betting advertising"}, ents
    assert ("Betting Harm Network", "SUPPORTS", "support", "comprehensive ban on online betting advertising") \
        in rels or ("Betting Harm Network", "LOBBIED", "support", "comprehensive ban on online betting advertising") \
        in rels, rels


def test_a_measures_name_with_its_place_is_the_name_told_before(extractor):
    text = ("MADRID - The cabinet approved a bill that adapts Spanish law to the European Union's AI Act. The "
            "draft sets fines for the practices that the EU legislation prohibits outright. The EU AI Act, the "
            "first broad law on artificial intelligence, was approved by the European Parliament in March 2024.")
    found = {f[1:3] for f in dated(extractor, text, date="2025-03-12")}
    assert ("PASSED", "EU AI Act") in found and not any(m == "AI Act" for _, m in found), found


def test_a_duty_named_for_what_it_makes_one_do_is_a_measure(extractor):
    text = ("The labelling requirement applies to any content made by AI. Adigo, the association that "
            "represents app makers, criticised the labelling requirement as vague.")
    ents, rels, _ = run(extractor, text)
    assert ("Adigo", "CRITICIZED", "oppose", "labelling requirement") in rels, rels


def test_a_critic_of_the_government_criticises_it(extractor):
    text = ("President Luiz Inacio Lula da Silva defended the rule. The Lula government struggled to contain the "
            "backlash. Congressman Joao Pereira, a lawmaker from the Liberty Party and one of the government's "
            "loudest critics, opposed the rule.")
    _, rels, _ = run(extractor, text)
    assert ("Joao Pereira", "CRITICIZED", "oppose", "Lula government") in rels, rels


def test_a_charge_of_a_sum_on_something_is_a_levy_and_other_charges_are_not(extractor):
    text = ("The Ruritanian government has narrowed its $50,000 charge on new work visa petitions. TechForum "
            "lobbied against the charge.")
    ents, rels, _ = run(extractor, text)
    charge = "$50,000 charge on new work visa petitions"
    assert ("TechForum", "LOBBIED", "oppose", charge) in rels, rels
    ents, _, _ = run(extractor, "Orvania proposes charge on big platforms that refuse to pay for news. Prosecutors "
                                "filed charges against the chief executive of Vexa. His lawyers called the criminal "
                                "charge unfair and said Vexa would fight it.")
    assert not measures(ents), ents


def test_a_second_relative_clause_joined_by_and_is_about_the_same_measure(extractor):
    text = ("The Online Harms (Amendment) Act, which Parliament passed in November 2022 and which came into force on "
            "Feb. 1, 2023, gave the regulator new powers.")
    found = {f[1:4] for f in dated(extractor, text, date="2025-11-05")}
    assert ("ENACTED", "Online Harms (Amendment) Act", "2023-02-01") in found, found


def test_a_chamber_voting_for_a_bill_passes_it(extractor):
    text = ("Orvania's National Assembly voted late on Monday for a bill to bar children under 15 from social "
            "media. Republicans voted for the Broadband Fund Act, but the Senate has not taken it up.")
    found = {f[1:3] for f in dated(extractor, text, date="2026-01-27")}
    assert ("PASSED", "bill to bar children under 15 from social media") in found, found
    assert not any(s == "PASSED" and m == "Broadband Fund Act" for s, m in found), found
