"""Roles told beside names and clauses the small parser loses, from held-out 36: "Quorix President Emi Kato"
leads Quorix, "executives from X" speak for X, a vice premier leads no country, a Washington story's bare
Treasury is America's, bodies named through a small word or by their remits, a verb after a clause on its
subject, "a setback for X" credits X with nothing, "a law that would have ...", co-sponsors, "who heads"
after a list, "So has X.", numbered instruments, portfolio bodies and a lead that opens on bare
"Legislation"."""

from extracthelpers import run


def test_a_president_before_a_company_name_leads_the_company(extractor):
    ents, rels, _ = run(extractor, "The rules drew fire. Vantelo President Hiro Sato said the rules would hurt "
                                   "investment, and Quorix President Emi Kato agreed.")
    assert ("Emi Kato", "LEADS", None, "Quorix") in rels
    assert ents["Emi Kato"] == "Person"  # a company's president, not a head of state


def test_executives_from_firms_speak_for_the_firms(extractor):
    _, rels, _ = run(extractor, "The United States imposed a licence requirement on chip design software. "
                                "Executives from Synopsys and Siemens had pressed administration officials to lift "
                                "the requirement.")
    sides = {(s, st) for s, t, st, o in rels if o.startswith("licence requirement") and st}
    assert {("Synopsys", "oppose"), ("Siemens", "oppose")} <= sides


def test_a_vice_premier_serves_a_country_and_does_not_lead_it(extractor):
    _, rels, _ = run(extractor, "China said it would respond. U.S. officials held a call with Chinese Vice "
                                "Premier Wu Gang on Monday.")
    assert ("Wu Gang", "EMPLOYED_BY", None, "China") in rels
    assert not any(s == "Wu Gang" and t == "LEADS" for s, t, _, _ in rels)


def test_a_washington_story_keeps_the_bare_treasury_american(extractor):
    text = ("WASHINGTON - China said on Friday that China would retaliate, and Beijing warned of more curbs. "
            "Chinese officials met Treasury Secretary Mark Dunn in London.")
    _, rels, _ = run(extractor, text)
    led = {o for s, t, _, o in rels if s == "Mark Dunn" and t in ("LEADS", "EMPLOYED_BY")}
    assert led == {"U.S. Department of the Treasury"}


def test_a_mobile_arm_is_named_whole(extractor):
    ents, _, _ = run(extractor, "KDDI, SoftBank and Rakuten Mobile lobbied the ministry against the plan.")
    assert "Mobile" not in ents


def test_a_body_named_through_a_small_word_is_one_name(extractor):
    ents, rels, _ = run(extractor, "The Freedom in Code Coalition, an alliance of rights groups, urged senators "
                                   "to reject the Data Retention Bill.")
    assert ents.get("Freedom in Code Coalition") == "Organization"
    assert ("Freedom in Code Coalition", "URGED", "oppose", "Data Retention Bill") in rels


def test_a_name_listed_with_known_firms_is_kept_as_a_firm(extractor):
    ents, _, _ = run(extractor, "Drivers said they worked for apps such as Zomato, Swiggy, Uber and Ola without "
                                "sick pay.")
    assert {"Swiggy", "Uber"} <= {n for n, t in ents.items() if t == "Firm"}


def test_announcing_a_plan_proposes_it(extractor):
    _, rels, _ = run(extractor, "Chief Minister Ravi Menon first announced the plan in his budget speech in February.",
                     date="2023-07-24")
    assert any(t == "PROPOSED" and o == "plan" for _, t, _, o in rels)
    assert not any(t == "ENACTED" for _, t, _, _ in rels)


def test_the_verb_after_a_clause_on_its_subject_is_the_subjects(extractor):
    text = ("The Data Access Bill passed the Senate in May. The Harbor Crypto Association, whose members include "
            "local exchanges, lobbied for it for more than two years.")
    _, rels, _ = run(extractor, text)
    assert ("Harbor Crypto Association", "LOBBIED", "support", "Data Access Bill") in rels


def test_a_setback_for_a_body_does_not_make_it_the_actor(extractor):
    text = ("President Ana Ruiz vetoed the Open Ledger Act on Monday. The veto is a setback for the Ministry of "
            "Digital Affairs, which drafted the bill.")
    _, rels, _ = run(extractor, text, date="2021-10-06")
    vetoes = {s for s, t, _, o in rels if t == "VETOED"}
    assert "Ministry of Digital Affairs" not in vetoes
    assert "Ana Ruiz" in vetoes


def test_a_law_that_would_have_done_something_is_still_the_law_vetoed(extractor):
    _, rels, _ = run(extractor, "KYIV - President Ana Ruiz has vetoed a law that would have legalised and "
                                "regulated cryptocurrencies.", date="2021-10-06")
    assert ("Ana Ruiz", "VETOED", None, "law") in rels


def test_every_name_of_a_titled_list_takes_part(extractor):
    _, rels, _ = run(extractor, "On Tuesday Energy Secretary Lila Moss, Commerce Secretary Omar Reyes and Trade "
                                "Representative Dana Cole sat down in Geneva with Vice Premier Zhou Min.")
    met = {s for s, t, _, o in rels if t == "MET_WITH" and o == "Zhou Min"}
    assert met == {"Lila Moss", "Omar Reyes", "Dana Cole"}


def test_its_provisions_are_the_bill_s(extractor):
    _, rels, _ = run(extractor, "The Grid Defence Act stalled in the Senate. Two rights groups, the Open Wire "
                                "Foundation and the Privacy Trust, warned that its information-sharing provisions "
                                "could hand personal data to spies.")
    assert ("Open Wire Foundation", "CRITICIZED", "oppose", "Grid Defence Act") in rels


def test_blaming_someone_criticises_them(extractor):
    _, rels, _ = run(extractor, "The Grid Defence Act stalled. Omar Reyes, the president's spokesman, blamed "
                                "Senate Republicans for the defeat.")
    assert any(s == "Omar Reyes" and t == "CRITICIZED" and "Republicans" in o for s, t, _, o in rels)


def test_co_sponsors_named_with_the_author_sponsor_the_bill(extractor):
    _, rels, _ = run(extractor, "The Data Act was introduced in February by Senator Joe Lane, with Democrats Amy "
                                "Roe of Ohio and Ben Cho of Utah as co-sponsors.")
    sponsors = {s for s, t, _, o in rels if t == "SPONSORED" and o == "Data Act"}
    assert sponsors == {"Joe Lane", "Amy Roe", "Ben Cho"}


def test_who_heads_an_agency_is_said_of_one_name_and_who_run_of_both(extractor):
    _, rels, _ = run(extractor, "Energy Secretary Lila Moss and General Omar Reyes, who heads the National "
                                "Security Agency, briefed senators.")
    heads = {s for s, t, _, o in rels if t == "LEADS" and o == "National Security Agency"}
    assert heads == {"Omar Reyes"}
    _, rels, _ = run(extractor, "Ana Ruiz and Ben Cho, who run the German group Datenwacht, filed the complaint.")
    assert {s for s, t, _, o in rels if t == "LEADS" and o == "Datenwacht"} == {"Ana Ruiz", "Ben Cho"}


def test_a_committee_named_by_its_remits_keeps_its_last_remit(extractor):
    ents, rels, _ = run(extractor, "The Senate adopted a report from the Committee on Judiciary, Human Rights and "
                                   "Legal Matters, which had recommended that the Petitions Bill be dropped.")
    assert ents.get("Committee on Judiciary, Human Rights and Legal Matters") == "Agency"


def test_a_surname_the_model_took_for_a_firm_is_the_person_named_before(extractor):
    ents, rels, _ = run(extractor, "The bill was sponsored by Senator Bala Ibn Na'Allah of Kebbi State. Na'Allah "
                                   "defended the measure throughout, arguing that false posts were ruining lives.")
    assert "Na'Allah" not in ents
    assert ("Bala Ibn Na'Allah", "SUPPORTS", "support", "bill") in rels


def test_so_did_takes_the_side_told_just_before(extractor):
    _, rels, _ = run(extractor, "The Retail Federation lobbied for the Fair Sales Act, and Walmart and Best Buy have "
                                "backed it. So has Amazon.")
    assert ("Amazon", "SUPPORTS", "support", "Fair Sales Act") in rels
    _, rels, _ = run(extractor, "Meta opposed the Fair Sales Act. So did Google.")
    assert ("Google", "OPPOSES", "oppose", "Fair Sales Act") in rels


def test_a_title_before_a_name_is_no_official_of_its_own(extractor):
    ents, rels, _ = run(extractor, "NEW DELHI - The ministry published draft rules. Electronics and IT Minister Ravi "
                                   "Menon has said the rules are needed because deepfakes are spreading.")
    assert "IT Minister" not in ents
    assert ("Ravi Menon", "SUPPORTS", "support", "rules") in rels


def test_a_numbered_provisional_measure_keeps_its_number(extractor):
    ents, _, _ = run(extractor, "In April the president issued Provisional Measure 912, which put off the data law "
                                "until May.")
    assert ents.get("Provisional Measure 912") == "Measure"


def test_a_lead_opening_on_bare_legislation_is_the_act_named_next(extractor):
    text = ("Senate blocks hospital cyber bill\n\nWASHINGTON - Legislation meant to protect hospital networks from "
            "hackers stalled in the Senate on Thursday, when Republicans blocked it from a final vote.\n\nThe Senate "
            "voted 50 to 48 to end debate on the Hospital Cyber Defense Act, short of the 60 needed.")
    ents, rels, _ = run(extractor, text, date="2012-08-03")
    assert [n for n, t in ents.items() if t == "Measure"] == ["Hospital Cyber Defense Act"]
    assert any(t == "BLOCKED" and o == "Hospital Cyber Defense Act" for _, t, _, o in rels)


def test_the_ministry_of_a_portfolio_is_a_body_of_its_own(extractor):
    ents, rels, _ = run(extractor, "The economy ministry drafted the Platform Act, which cleared the Bundestag in "
                                   "January.")
    assert ents.get("economy ministry") == "Agency"
    assert ("economy ministry", "SPONSORED", "support", "Platform Act") in rels
