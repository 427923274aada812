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


def test_a_minister_titled_with_a_country_works_for_its_government(extractor):
    _, rels, _ = run(extractor, "Japan and China held talks. Japanese Foreign Minister Kenji Sato said the curbs "
                                "would stay.")
    assert ("Kenji Sato", "EMPLOYED_BY", None, "Japan") in rels


def test_a_state_attorney_general_works_for_the_state(extractor):
    _, rels, _ = run(extractor, "Texas Attorney General Ana Ruiz said her office would appeal.")
    assert ("Ana Ruiz", "EMPLOYED_BY", None, "Texas") in rels


def test_a_portfolio_word_read_as_a_name_does_not_hide_the_country(extractor):
    _, rels, _ = run(extractor, "Germany's Justice Minister Eva Brandt said Berlin would not sign.")
    assert ("Eva Brandt", "EMPLOYED_BY", None, "Germany") in rels


def test_a_country_before_a_comma_is_not_the_ministers_own(extractor):
    _, rels, _ = run(extractor, "Indonesia and Vietnam lifted their bans. Apple will invest more in the country, "
                                "Industry Minister Budi Santoso said.")  # no one country the story is about
    assert not any(r == "EMPLOYED_BY" and s == "Budi Santoso" for s, r, _, _ in rels)


def test_a_federal_judge_is_not_counted_as_working_for_the_country(extractor):
    _, rels, _ = run(extractor, "U.S. District Judge Mark Lee blocked the Data Act on Monday.")
    assert not any(r == "EMPLOYED_BY" for _, r, _, _ in rels)



def test_a_person_set_beside_a_bills_sponsor_sponsors_it(extractor):
    _, rels, _ = run(extractor, "The App Store Act was introduced in May. The measure's sponsor, Republican "
                                "Representative Regina Cobb, said Apple had hired every lobbyist in town.")
    assert ("Regina Cobb", "SPONSORED", "support", "App Store Act") in rels


def test_a_founder_leads_the_group_and_a_nation_s_leader_leads_the_nation(extractor):
    _, rels, _ = run(extractor, "Vienna-based group noyb, founded by activist Max Schrems, attacked the GDPR changes. "
                                "President Donald Trump meets Chinese leader Xi Jinping in April to discuss curbs on "
                                "China. Hugo Ospina, a leader of Bogota's taxi drivers, said drivers would protest.")
    assert ("Max Schrems", "LEADS", None, "noyb") in rels
    assert ("Xi Jinping", "LEADS", None, "China") in rels
    assert not any(r[0] == "Hugo Ospina" and r[1] == "LEADS" for r in rels)


def test_a_body_a_measure_allows_to_act_or_that_polices_its_parts_enforces_it(extractor):
    _, rels, _ = run(extractor, "The Digital Markets Act was passed in May. The act allows the Competition and Markets "
                                "Authority to designate companies with strategic market status.")
    assert ("Competition and Markets Authority", "ENFORCES", None, "Digital Markets Act") in rels
    _, rels, _ = run(extractor, "President Donald Trump signed the Take It Down Act. The Federal Trade Commission will "
                                "police the takedown requirement.")
    assert ("Federal Trade Commission", "ENFORCES", None, "Take It Down Act") in rels


def test_a_firm_enforces_no_measure(extractor):
    _, rels, _ = run(extractor, "The Digital Markets Act took effect in May. Apple said it would enforce the Digital "
                                "Markets Act on its own store.")
    assert not any(r[1] == "ENFORCES" for r in rels)


def test_a_minister_with_no_country_written_serves_the_country_the_story_is_about(extractor):
    _, rels, _ = run(extractor, "PARIS - France will hold off collecting its digital tax, Finance Minister Bruno Le "
                                "Maire said. France had introduced the tax in 2019, and France will now wait for the "
                                "OECD talks.")
    assert ("Bruno Le Maire", "EMPLOYED_BY", None, "France") in rels
    _, rels, _ = run(extractor, "Japan and China traded barbs over Japan's chip curbs, which China called unfair. "
                                "Foreign Minister Qin Gang said the curbs were unfair.")  # no one country dominates
    assert not any(r[0] == "Qin Gang" and r[1] == "EMPLOYED_BY" for r in rels)


def test_a_bureau_of_a_department_is_part_of_it(extractor):
    _, rels, _ = run(extractor, "The Commerce Department's Bureau of Industry and Security added Huawei to the "
                                "Entity List.")
    assert ("Bureau of Industry and Security", "MEMBER_OF", None, "U.S. Department of Commerce") in rels


def test_being_in_talks_with_someone_negotiates_with_them(extractor):
    _, rels, _ = run(extractor, "Meta said it had been in talks with the European Commission about the rules.")
    assert ("Meta", "NEGOTIATED_WITH", None, "European Commission") in rels


def test_a_date_after_a_verb_makes_no_phrasal_verb(extractor):
    _, rels, _ = run(extractor, "South Korea said on Monday it would press Washington to keep its factories running.")
    assert ("South Korea", "PRESSURED", None, "United States") in rels  # no "press on", which presses nobody


def test_a_body_running_a_programme_administers_it(extractor):
    _, rels, _ = run(extractor, "The Affordable Connectivity Program gave households a discount. The Federal "
                                "Communications Commission, which runs the ACP, stopped accepting new sign-ups.")
    assert ("Federal Communications Commission", "ENFORCES", None, "Affordable Connectivity Program") in rels
    _, rels, _ = run(extractor, "Google's chief executive, Sundar Pichai, runs the company from California.")
    assert ("Sundar Pichai", "LEADS", None, "Google") in rels


def test_an_amendment_or_reform_to_a_law_amends_it(extractor):
    found = roles(extractor, "The amendment to the Elementary and Secondary Education Act was pushed through by the "
                             "ruling party.")
    assert ("amendment to the Elementary and Secondary Education Act", "AMENDS",
            "Elementary and Secondary Education Act") in found
    found = roles(extractor, "In Lima, lawmakers approved a reform of the Bitcoin Law last week.")
    assert ("reform of the Bitcoin Law", "AMENDS", "Bitcoin Law") in found


def test_amendments_in_the_lead_are_the_amendment_act_named_next_and_amend_the_law(extractor):
    text = ("Zardari signs cybercrime amendments as journalists protest\n\nISLAMABAD, Jan. 30 - President Asif Ali "
            "Zardari has signed amendments to Pakistan's cybercrime law that make spreading false information online "
            "a criminal offence.\n\nThe Prevention of Electronic Crimes (Amendment) Act 2025 became law on Wednesday, "
            "a day after it cleared the Senate.")
    act = "Prevention of Electronic Crimes (Amendment) Act 2025"
    assert (act, "AMENDS", "cybercrime law") in roles(extractor, text)
    _, rels, _ = run(extractor, text)
    assert ("Asif Ali Zardari", "ENACTED", None, act) in rels
    assert not any(r[3].startswith("amendments to") for r in rels)


def test_a_governor_titled_without_a_state_leads_the_one_state_the_sentence_or_story_names(extractor):
    _, rels, _ = run(extractor, "Minnesota's Digital Fair Repair Act, which Gov. Tim Walz signed in May, took effect.")
    assert ("Tim Walz", "LEADS", None, "Minnesota") in rels
    _, rels, _ = run(extractor, "Oregon's Repair Act passed. Minnesota's Repair Act passed too. In March, Gov. Glenn "
                                "Youngkin vetoed HB 2094, a bill modeled on the Colorado law.")
    assert not any(r[0] == "Glenn Youngkin" and r[1] == "LEADS" for r in rels)


def test_a_bare_commissioner_sits_on_the_commission_named(extractor):
    _, rels, _ = run(extractor, "The Federal Communications Commission voted on Tuesday to loosen its rate caps. The "
                                "commission's majority approved the order 2-1, with Chairman Brendan Carr and "
                                "Commissioner Olivia Trusty in favour and Democratic Commissioner Anna Gomez dissenting.")
    assert ("Olivia Trusty", "MEMBER_OF", None, "Federal Communications Commission") in rels
    assert ("Anna Gomez", "MEMBER_OF", None, "Federal Communications Commission") in rels


def test_the_council_after_a_lobby_named_council_is_that_lobby(extractor):
    _, rels, _ = run(extractor, "The Tech Council of Australia backed the Digital Bill. Scott Farquhar, the council's "
                                "chair, said it was vital.")
    assert ("Scott Farquhar", "LEADS", None, "Tech Council of Australia") in rels, rels
    assert not any(r[3] == "council" for r in rels), rels


def test_a_body_under_a_person_is_led_by_that_person(extractor):
    _, rels, _ = run(extractor, "The Federal Trade Commission under Lina Khan had proposed the rule in 2023.")
    assert ("Lina Khan", "LEADS", None, "Federal Trade Commission") in rels, rels


def test_a_person_whose_group_is_named_leads_it_and_a_campaigner_is_a_person(extractor):
    found, rels, _ = run(extractor, "Digital rights campaigner Ana Ruiz, whose group Open Rights Watch sued the "
                                    "ministry, criticised the decree.")
    assert found.get("Ana Ruiz") == "Person", found
    assert ("Ana Ruiz", "LEADS", None, "Open Rights Watch") in rels, rels


def test_a_campaigner_named_with_that_title_is_a_person_not_a_group(extractor):
    found, _, _ = run(extractor, "Privacy campaigner Jonas Weber, whose complaints led to the ruling, criticised the "
                                 "new data transfer pact.")
    assert found.get("Jonas Weber") == "Person", found
