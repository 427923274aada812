"""Orders, curbs and their retellings: a body named "State Administration for ... Regulation", an order a
headline words "days after" something, a government that "reversed course", export controls an agency
"introduced", a set of standards put under review, a label in quotes, a refusal to comply, a change told
again without its date, a court asked to review a law, a body named after a web address or cut at its own
"and", executives speaking for their firm, a headline's change on a measure in apposition, a bill removed
from the agenda, and a clause the parser read as a phrase after "since". All sentences are invented."""

from extracthelpers import dated, measures, run


def test_a_state_administration_for_regulation_is_a_body_not_a_measure(extractor):
    text = ("The National Administration for Data Regulation said on Monday that the app had broken the rules. "
            "The National Administration for Data Regulation, which enforces the privacy code, opened a case.")
    ents, rels, _ = run(extractor, text)
    assert ents.get("National Administration for Data Regulation") == "Agency", ents
    assert not any(r[0] == r[3] for r in rels), rels


def test_a_body_the_gazetteer_knows_is_not_a_measure_though_named_like_one(extractor):
    text = ("The State Administration for Market Regulation fined the retailer on Tuesday. "
            "The State Administration for Market Regulation enforces the anti-monopoly law.")
    ents, rels, _ = run(extractor, text)
    assert ents.get("State Administration for Market Regulation") == "Agency", ents
    assert ("State Administration for Market Regulation", "ENFORCES", None, "anti-monopoly law") in rels, rels


def test_an_order_a_headline_tells_days_after_something_ends_before_the_time(extractor):
    text = ("Velmora orders carriers to halt Zentro router sales days after security audit\n\n"
            "CALDERA, March 4, 2025 - Velmora's telecoms regulator told carriers to stop selling the routers.")
    ents, _, _ = run(extractor, text, date="2025-03-04")
    assert "order requiring carriers to halt Zentro router sales" in measures(ents), ents
    assert not any("\n" in name or "days after" in name for name in ents), ents


def test_an_order_a_headline_tells_ends_at_the_headline(extractor):
    text = ("Ruritania orders banks to freeze crypto accounts\n\n"
            "CALDERA, March 4, 2025 - Ruritania's central bank told lenders to stop serving the exchanges.")
    ents, _, _ = run(extractor, text, date="2025-03-04")
    assert "order requiring banks to freeze crypto accounts" in ents, ents


def test_a_government_that_reverses_course_reverses_the_measure_in_hand(extractor):
    text = ("In March, the Trade Ministry imposed a licence requirement on exports of lithium. Miners lobbied "
            "against the requirement for months. In June, the Trade Ministry reversed course.")
    edges = dated(extractor, text, date="2025-09-01")
    assert any(e[1] == "REVERSED" and e[2] == "licence requirement on exports of lithium" and e[3] == "2025-06"
               for e in edges), edges


def test_a_firm_reversing_course_reverses_no_public_measure(extractor):
    text = ("In March, the Trade Ministry imposed a licence requirement on exports of lithium. Kellan Mining lobbied "
            "against the requirement. In June, Kellan Mining reversed course and said it would sell the mine.")
    _, rels, _ = run(extractor, text, date="2025-09-01")
    assert not any(r[1] == "REVERSED" for r in rels), rels


def test_export_controls_an_agency_introduced_were_laid_down_by_it(extractor):
    text = ("Both chips were designed around export controls that the Trade Ministry introduced in October 2022. "
            "Chip buyers have long condemned those rules.")
    edges = dated(extractor, text, date="2025-09-01")
    assert ("Trade Ministry", "ENACTED", "export controls", "2022-10") in {e[:4] for e in edges}, edges
    assert ("Trade Ministry", "IMPOSED", "export controls") in {e[:3] for e in edges}, edges
    assert not any(e[1] in ("PROPOSED", "INTRODUCED") for e in edges), edges


def test_a_set_of_standards_for_phones_is_the_measure_put_under_review(extractor):
    text = "The ministry has agreed to review a set of proposed security standards for smartphones."
    _, rels, _ = run(extractor, text)
    assert any(r[1] == "REVIEWING" and r[3] == "security standards for smartphones" for r in rels), rels


def test_a_label_in_quotes_after_as_a_is_no_new_measure(extractor):
    text = ("The telecoms department ordered phone makers to preinstall its fraud app. Opposition lawmaker "
            "Dara Velez described the order as a \"spy app\" mandate.")
    ents, _, _ = run(extractor, text)
    assert not any("spy app" in name for name in measures(ents)), ents


def test_a_firm_that_will_not_comply_opposes_the_order(extractor):
    text = ("The department issued an order requiring manufacturers to preinstall its app. Orbix said it would not "
            "comply with the order, and Tellan refused to comply. Zentro complied with the order.")
    _, rels, _ = run(extractor, text)
    order = "order requiring manufacturers to preinstall its app"
    assert ("Orbix", "OPPOSES", "oppose", order) in rels, rels
    assert ("Tellan", "OPPOSES", "oppose", order) in rels, rels
    assert not any(r[0] == "Zentro" for r in rels), rels


def test_a_change_told_again_soon_after_keeps_the_day_first_told(extractor):
    text = ("Vantia's lower house on Wednesday approved the Messaging Oversight Act. The National Chamber passed "
            "the Messaging Oversight Act with the votes of the three governing parties.")
    edges = dated(extractor, text, date="2025-07-10")
    passed = {e[3] for e in edges if e[1] == "PASSED" and e[2] == "Messaging Oversight Act"}
    assert passed == {"2025-07-09"}, edges


def test_a_change_waiting_as_soon_as_is_no_change_yet(extractor):
    text = ("Green lawmakers said they would ask the Constitutional Court to review the Messaging Oversight Act as "
            "soon as it enters into force.")
    _, rels, _ = run(extractor, text)
    assert not any(r[1] == "ENACTED" for r in rels), rels


def test_asking_a_court_to_review_a_law_is_a_challenge(extractor):
    text = "Green lawmakers said they would ask the Constitutional Court to review the Messaging Oversight Act."
    _, rels, _ = run(extractor, text)
    assert ("Green lawmakers", "URGED", "oppose", "Messaging Oversight Act") in rels, rels
    text = "The Commission backed the Trade Pact and asked the Court of Justice to give an opinion on the Trade Pact."
    _, rels, _ = run(extractor, text)
    assert not any(r[1] == "URGED" and r[2] == "oppose" for r in rels), rels  # an opinion asked for, not a challenge


def test_a_group_named_like_a_web_address_is_found_by_its_description(extractor):
    for name in ("Openrights.works", "Ourdata.works"):  # the model tags them an interjection and a number
        text = (f"{name}, a Vienna-based digital rights group that campaigned against the bill, said thousands of "
                "submissions opposed it. \"The state must not break encryption,\" said Tomas Varga, the group's director.")
        ents, rels, _ = run(extractor, text)
        assert ents.get(name) == "Organization", ents
        assert ("Tomas Varga", "LEADS", None, name) in rels, rels


def test_a_body_the_model_cut_at_its_own_and_runs_to_its_bracketed_acronym(extractor):
    text = ("Under the law, the Directorate for State Protection and Intelligence (DSN) may install software on "
            "a suspect's phone. The DSN will enforce the law.")
    ents, rels, _ = run(extractor, text)
    assert ents.get("Directorate for State Protection and Intelligence") == "Agency", ents
    assert "Intelligence" not in ents, ents


def test_executives_of_a_firm_speak_for_it(extractor):
    text = "Speaker Ana Motta shelved the streaming bill. Netflix executives met Motta twice in October."
    _, rels, _ = run(extractor, text)
    assert ("Netflix", "MET_WITH", None, "Ana Motta") in rels, rels
    assert not any(r[0] == "Netflix executives" for r in rels), rels


def test_officials_named_by_a_remit_are_officials_not_a_firm(extractor):
    text = ("Vantia's High Court suspended parts of the cybercrime law on Monday. ICT officials have said the law "
            "targets criminals, not people expressing opinions.")
    ents, _, _ = run(extractor, text)
    assert ents.get("ICT officials") == "Official" and "ICT" not in ents, ents


def test_a_measure_in_apposition_to_a_headline_verb_is_the_leads_bill(extractor):
    text = ("Vantia's lower house shelves streaming levy after platform lobbying\n\n"
            "CALDERA, Nov. 6, 2025 - The speaker of Vantia's Chamber of Deputies has shelved a bill that would "
            "have made streaming services pay a levy on their revenue.")
    ents, _, _ = run(extractor, text, date="2025-11-06")
    assert "streaming levy" not in ents, ents


def test_two_measures_a_headline_lists_after_its_verb_stay_two(extractor):
    text = ("U.S. shelves Telco ban, data center curbs as Trump readies Beijing summit\nFeb. 13, 2026\n\n"
            "WASHINGTON - The Trump administration has put on hold a string of security actions aimed at Chinese "
            "technology companies, among them a ban on Telco's remaining U.S. operations, as it tries to avoid "
            "upsetting Beijing, four people familiar with the decisions said.\n\nRestrictions on the sale of "
            "Chinese equipment for U.S. data centers have been shelved as well, the people said.")
    ents, _, _ = run(extractor, text, date="2026-02-13")
    assert {"Telco ban", "data center curbs"} <= measures(ents), ents


def test_a_ban_on_doing_two_things_to_one_object_names_both(extractor):
    text = "The same day, the government barred federal departments from buying or using Zentro cameras."
    ents, _, _ = run(extractor, text)
    assert "ban on buying or using Zentro cameras" in ents, ents


def test_removing_a_bill_from_the_agenda_shelves_it(extractor):
    text = "The speaker removed the Streaming Levy Bill from the floor agenda for the rest of the year."
    _, rels, _ = run(extractor, text)
    assert any(r[1] == "SHELVED" and r[3] == "Streaming Levy Bill" for r in rels), rels
    assert not any(r[1] == "DROPPED" for r in rels), rels


def test_a_measure_that_stalled_since_is_told_by_a_clause_not_named_by_it(extractor):
    text = ("Producers lobbied for the streaming levy bill. Producers said the industry had lost investment since "
            "the bill stalled in the previous legislature.")
    ents, rels, _ = run(extractor, text)
    assert not any("stalled" in name for name in ents), ents
    assert any(r[1] == "SHELVED" and r[3] == "streaming levy bill" for r in rels), rels


def test_asking_a_regulator_to_block_things_backs_the_block_in_hand(extractor):
    text = ("Vantia has shelved a plan to cut off unregistered messaging apps. The Interior Ministry had asked the "
            "Telecoms Authority, in a letter dated Nov. 15, to block illegal apps across the country.")
    _, rels, _ = run(extractor, text, date="2024-12-03")
    assert ("Interior Ministry", "URGED", "support", "plan to cut off unregistered messaging apps") in rels, rels


def test_a_chambers_committee_keeps_its_title_case_remit(extractor):
    text = ("CALDERA, Dec. 3, 2024 - The minister told the Senate Standing Committee on Information Technology and "
            "Telecommunication on Tuesday that the block was shelved.")
    ents, _, _ = run(extractor, text, date="2024-12-03")
    assert ents.get("Senate Standing Committee on Information Technology and Telecommunication") == "Agency", ents
    assert "Telecommunication" not in ents and "Information Technology" not in ents, ents


def test_putting_off_the_consultation_or_the_publishing_of_a_bill_delays_it(extractor):
    text = ("BERN, May 21, 2025 - Vantia's Federal Council has put off publishing the Platform Duties Act. The "
            "government agreed at its meeting on Friday (May 16) to defer the public consultation on the Platform "
            "Duties Act until after the summer.")
    edges = dated(extractor, text, date="2025-05-21")
    delayed = {(e[3], e[4][:20]) for e in edges if e[1] == "DELAYED" and e[2] == "Platform Duties Act"}
    assert ("2025-05-21", "BERN, May 21, 2025 -") in delayed, edges
    assert any(d == "2025-05-16" for d, _ in delayed), edges


def test_urging_a_government_to_publish_a_draft_backs_it(extractor):
    text = ("The Federal Council put the Platform Duties Act on hold. Green lawmakers filed questions on Tuesday "
            "urging the Federal Council to publish the Platform Duties Act before the summer recess.")
    _, rels, _ = run(extractor, text)
    assert ("Green lawmakers", "URGED", "support", "Platform Duties Act") in rels, rels


def test_a_change_joined_to_a_condition_waits_on_it_too(extractor):
    text = ("The Bundestag passed the Cyber Resilience Act. It will take effect once it is signed and published in "
            "the federal law gazette, which officials expect before the end of the year.")
    _, rels, _ = run(extractor, text)
    assert not any(r[1] == "ENACTED" for r in rels), rels


def test_a_later_month_told_after_a_dated_event_stays_in_that_year():
    from policygraph.loaders.dates import find_dates
    text = ("The cabinet approved a first version in July 2024, but it died when the coalition collapsed in "
            "November and parliament was dissolved in December, ahead of the election.")
    found = [d for d, _, _ in find_dates(text, default_year="2025", reference="2025-11-13")]
    assert found == ["2024-07", "2024-11", "2024-12"], found


def test_a_reason_given_for_rejecting_criticism_is_the_defence_not_a_new_side(extractor):
    text = ("The Online Harms Act came into force on Thursday. Government officials reject the criticism, saying "
            "that the act targets platforms' systems rather than individual users' speech.")
    _, rels, _ = run(extractor, text)
    assert ("Government officials", "SUPPORTS", "support", "Online Harms Act") in rels, rels
    assert not any(r[0] == "Government officials" and r[1] == "OPPOSES" for r in rels), rels


def test_parties_whose_votes_pass_a_law_back_it_and_the_chamber_passes_it(extractor):
    text = ("The Bundestag approved the Cyber Resilience Act on Thursday. The law passed with the votes of the "
            "governing Christian Democrats and Social Democrats.")
    _, rels, _ = run(extractor, text, date="2025-11-13")
    assert ("Christian Democrats", "SUPPORTS", "support", "Cyber Resilience Act") in rels, rels
    assert ("Social Democrats", "SUPPORTS", "support", "Cyber Resilience Act") in rels, rels
    assert not any(r[1] == "PASSED" and r[0] != "Bundestag" for r in rels), rels


def test_two_groups_that_end_alike_are_not_one(extractor):
    text = ("The lower house approved the Messaging Oversight Act, overriding two opposition parties who warned it "
            "would weaken security. The law passed with the votes of the three governing parties.")
    ents, rels, _ = run(extractor, text)
    assert {"two opposition parties", "three governing parties"} <= set(ents), ents
    assert not any(r[0] == "two opposition parties" and r[1] == "SUPPORTS" for r in rels), rels


def test_source_code_is_software_and_the_package_of_standards_is_the_set_in_hand(extractor):
    text = ("The ministry has agreed to review a set of proposed security standards for smartphones that would "
            "require makers to submit their source code for government testing, after Orbix warned that the demands "
            "were unworkable. The package of 83 standards, first drafted in "
            "2023, would oblige makers to notify officials before updates. Handset makers lobbied against the "
            "proposal for months.")
    ents, rels, _ = run(extractor, text)
    assert not any("source code" in name or "package" in name for name in measures(ents)), ents
    assert ("Handset makers", "LOBBIED", "oppose", "security standards for smartphones") in rels, rels


def test_a_body_named_with_its_countrys_own_name_keeps_it(extractor):
    for text in ("Speaker Ana Motta shelved the streaming levy bill on Wednesday. Brasil Audiovisual Independente "
                 "(BRAVI), which represents independent producers, criticised Motta's decision.",
                 "Brasil Audiovisual Independente (BRAVI), which represents independent producers, criticised the "
                 "decision."):
        ents, _, _ = run(extractor, text)
        assert "Brasil Audiovisual Independente" in ents and "Audiovisual Independente" not in ents, ents
        assert ents["Brasil Audiovisual Independente"] != "Person", ents


def test_diplomats_at_an_embassy_speak_for_it(extractor):
    text = ("Speaker Ana Motta shelved the streaming bill. Diplomats at the U.S. Embassy in Caldera raised concerns "
            "about the streaming bill with Motta's office in October.")
    _, rels, _ = run(extractor, text)
    assert any(r[0] == "U.S. Embassy" and r[1] == "CRITICIZED" and r[3] == "streaming bill" for r in rels), rels


def test_a_that_clause_after_a_phrase_is_what_was_argued(extractor):
    text = ("The Federal Council put the Platform Act on hold. Google and Meta argued in meetings with federal "
            "officials that the obligations duplicated European rules and would impose heavy costs for a small market.")
    _, rels, _ = run(extractor, text)
    assert ("Google", "OPPOSES", "oppose", "Platform Act") in rels, rels
    assert ("Meta", "OPPOSES", "oppose", "Platform Act") in rels, rels


def test_a_law_that_would_close_loopholes_is_praised(extractor):
    text = ("The Bundestag passed the Cyber Resilience Act. Interior Minister Karl Dorn said the law would close "
            "loopholes that attackers had been exploiting.")
    _, rels, _ = run(extractor, text)
    assert ("Karl Dorn", "SUPPORTS", "support", "Cyber Resilience Act") in rels, rels


def test_a_minister_who_presented_the_draft_proposed_it(extractor):
    text = ("VIENNA, July 10, 2025 - The National Council passed the Messaging Oversight Act on Wednesday. Interior "
            "Minister Karl Dorn, who presented the draft in April, said the powers would be used rarely. The ministry "
            "presented the draft as a simplification.")
    edges = dated(extractor, text, date="2025-07-10")
    assert ("Karl Dorn", "PROPOSED", "Messaging Oversight Act", "2025-04") in {e[:4] for e in edges}, edges
    assert sum(e[1] == "PROPOSED" for e in edges) == 1, edges


def test_a_participle_after_a_name_is_the_writers_not_part_of_the_name(extractor):
    text = ("Vantia shelved a plan to block unregistered VPNs. The Business Council wrote to the PTA warning that "
            "the block would disrupt the internal networks of banks.")
    _, rels, _ = run(extractor, text)
    assert any(r[:2] == ("Business Council", "LOBBIED") and r[3] == "plan to block unregistered VPNs"
               for r in rels), rels
    assert not any(r[0] == "PTA" for r in rels), rels


def test_urging_a_government_to_put_a_deadline_on_hold_opposes_the_measure(extractor):
    text = ("Pakistan shelved a plan to block unregistered VPNs. At a hearing on Nov. 27, committee chairwoman "
            "Palwasha Khan accused the PTA of acting without any law passed by parliament and urged the government "
            "to put the deadline on hold.")
    _, rels, _ = run(extractor, text)
    assert ("Palwasha Khan", "URGED", "oppose", "plan to block unregistered VPNs") in rels, rels
