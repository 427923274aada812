"""A cabinet that prohibits a sale, a lawmaker who carries a bill, a hyphenated surname, a restriction told
after a ban, a ministry that introduces a bill, and a group's officer after a list of its members. All
sentences are invented."""

from extracthelpers import dated, measures, run

from policygraph.graph.records import Document


def test_a_hyphenated_surname_alone_is_the_person_named_before(extractor):
    text = ("SACRAMENTO, May 4, 2026 - Assemblymember Dana Ortiz-Lane, a Democrat from Fresno, said she would "
            "hold the Fair Hiring Tools Act until January. Ortiz-Lane introduced the bill in February.")
    ents, rels, _ = run(extractor, text, date="2026-05-04")
    assert "Ortiz-Lane" not in ents, ents
    assert ("Dana Ortiz-Lane", "SPONSORED", "support", "Fair Hiring Tools Act") in rels, rels


def test_a_lawmaker_who_carried_a_bill_sponsored_it(extractor):
    text = "Last year Senator Ruth Okafor carried SB 410, a narrower bill on hiring software, and shelved it in May."
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Ruth Okafor", "SPONSORED", "support", "SB 410") in rels, rels


def test_carrying_out_a_ban_is_no_sponsorship(extractor):
    _, rels, _ = run(extractor, "The regulator carried out the ban on Vexo in March.", date="2026-05-04")
    assert not any(r[1] == "SPONSORED" for r in rels), rels


def test_rejecting_claims_while_criticising_a_ban_defends_nothing(extractor):
    text = ("Ukraine has banned the Vexo messaging app from phones issued to officials. "
            "Vexo rejected the claims and criticised the restriction.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert not any(r[0] == "Vexo" and r[1] == "SUPPORTS" for r in rels), rels
    assert any(r[0] == "Vexo" and r[1] == "CRITICIZED" for r in rels), rels


def test_a_restriction_told_after_a_ban_is_that_ban(extractor):
    text = ("KYIV, May 4, 2026 - Ukraine has banned the Vexo messaging app from phones issued to officials. "
            "The restriction was agreed at a meeting of the security council. Vexo criticised the restriction.")
    ents, rels, _ = run(extractor, text, date="2026-05-04")
    assert len(measures(ents)) == 1, ents
    assert any(r[0] == "Vexo" and r[1] == "CRITICIZED" and r[3].startswith("ban on") for r in rels), rels
    entities, _ = extractor.extract(Document(id="d_t", title="t", text=text, date="2026-05-04"))
    assert any("restriction" in e.aliases for e in entities if e.name.startswith("ban on")), entities


def test_a_ban_told_again_by_its_object_keeps_that_name_as_an_alias(extractor):
    entities, _ = extractor.extract(Document(id="d_t", title="t", text=SALE, date="2026-05-04"))
    ban = next(e for e in entities if e.name.startswith("ban on sale of chip factory"))
    assert "ban on the sale of the Kassel factory" in ban.aliases, ban


def test_judges_deferring_to_ministers_delay_no_law(extractor):
    text = ("Lawyers said the case would go to the Federal Court, where judges tend to defer to ministers on "
            "findings under the Investment Review Act.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert not any(r[1] == "DELAYED" for r in rels), rels


def test_a_ministry_introducing_a_bill_introduces_it_and_imposes_nothing(extractor):
    text = "The Ministry of Digital Affairs introduced the Online Harms Bill in September."
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Ministry of Digital Affairs", "INTRODUCED", None, "Online Harms Bill") in rels, rels
    assert not any(r[1] in ("IMPOSED", "PROPOSED") for r in rels), rels


SALE = ("BERLIN, May 4, 2026 - Germany's cabinet on Wednesday prohibited the sale of a chip factory in Kassel "
        "owned by Voltwerk to a Chinese buyer. At the same meeting, the cabinet also imposed a ban on the sale "
        "of Lumatec, a maker of wafer tools, to a Chinese fund. Voltwerk criticised the ban on the sale "
        "of the Kassel factory.")


def test_a_cabinet_prohibiting_a_sale_imposes_a_ban_on_it(extractor):
    ents, rels, _ = run(extractor, SALE, date="2026-05-04")
    assert any(r[0] == "Germany" and r[1] == "IMPOSED" and r[3].startswith("ban on sale of chip factory")
               for r in rels), rels


def test_bans_on_the_sale_of_two_named_things_are_two_bans(extractor):
    ents, rels, _ = run(extractor, SALE, date="2026-05-04")
    lumatec = {r[3] for r in rels if r[1] == "TARGETS" and r[2] is None and r[0] == r[0] and "Lumatec" in r[3]}
    bans = {n for n in measures(ents) if n.startswith("ban on")}
    assert len(bans) == 2, ents
    assert not any("Kassel" in n for n in lumatec), lumatec


def test_the_ban_told_later_by_its_object_is_the_ban_the_verb_made(extractor):
    found = dated(extractor, SALE, date="2026-05-04")
    regretted = {t for s, kind, t, _, q in found if "criticised the ban" in q and kind in ("CRITICIZED", "OPPOSES")}
    imposed = {t for s, kind, t, _, q in found if s == "Germany" and kind == "IMPOSED" and "prohibited" in q}
    assert regretted and regretted == imposed, found


def test_a_verb_read_as_a_modifier_still_has_its_subject(extractor):
    text = ("The question has reached parliament. Olena Hrytsak, who chairs the parliament's committee on media "
            "policy, proposed legislation earlier this year that would require messaging services to disclose "
            "their owners.")
    ents, rels, _ = run(extractor, text, date="2026-05-04")
    assert ents.get("Olena Hrytsak") not in (None, "Measure"), ents
    assert any(r[0] == "Olena Hrytsak" and r[1] == "SPONSORED" for r in rels), rels


def test_its_officer_after_a_list_of_members_leads_the_group(extractor):
    text = ("A letter from the Alliance for Open Stores, whose members include Tunely, Forge Games and Spark "
            "Group, urged lawmakers to pass the bill. Its executive director, Mara Quint, criticized the delay.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Mara Quint", "LEADS", None, "Alliance for Open Stores") in rels, rels
    assert not any(r[0] == "Mara Quint" and r[3] == "Spark Group" for r in rels), rels


def test_a_countrys_portfolio_before_minister_is_no_firm(extractor):
    text = ("WELLINGTON, May 4, 2026 - New Zealand Revenue Minister Tom Hale said on Tuesday he was dropping "
            "the digital services tax bill.")
    ents, _, _ = run(extractor, text, date="2026-05-04")
    assert "New Zealand Revenue" not in ents, ents


def test_a_bill_and_the_ordinance_it_becomes_are_one_measure(extractor):
    text = ("HONG KONG, May 4, 2026 - The Legislative Council on Wednesday passed the Digital Tokens Bill. "
            "The Digital Tokens Ordinance is expected to take effect later this year.")
    ents, _, _ = run(extractor, text, date="2026-05-04")
    assert len(measures(ents)) == 1, ents


def test_a_secretary_for_two_areas_names_no_treasury_department(extractor):
    text = ("Paul Chan, the Secretary for Financial Services and the Treasury, told lawmakers that the Digital "
            "Tokens Bill was balanced.")
    ents, _, _ = run(extractor, text, date="2026-05-04")
    assert not any("Treasury" in n for n in ents), ents


def test_another_states_law_in_a_story_about_one_state_is_its_own(extractor):
    text = ("SALEM, Ore., May 4, 2026 - Oregon Gov. Tina Kotek on Wednesday signed a repair law, Senate Bill 88, "
            "that bars parts pairing. Oregon lawmakers passed the bill in March, and Oregon will enforce it from "
            "2027. The company's opposition stood out because it had endorsed California's repair law, which "
            "Gov. Gavin Newsom signed in 2023.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    signed = {r[3] for r in rels if r[0] == "Gavin Newsom" and r[1] in ("IMPOSED", "ENACTED")}
    assert signed and "Senate Bill 88" not in signed, rels


def test_a_ministers_department_named_beside_it_is_led_by_the_minister(extractor):
    text = ("Trade Minister Lena Hartmann announced the order on Monday. Hartmann's department, the Ministry of "
            "Industry, will enforce it.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Lena Hartmann", "LEADS", None, "Ministry of Industry") in rels, rels


def test_a_hyphenated_surname_the_model_cuts_at_the_hyphen_is_still_the_person(extractor):
    text = ("SACRAMENTO, May 4, 2026 - A California bill on hiring software was shelved on Friday. Assemblymember "
            "Rebecca Bauer-Kahan, a Democrat, said she would hold the Safe Hiring Act until January. Bauer-Kahan "
            "introduced the bill in February, and the Assembly passed it in June.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Rebecca Bauer-Kahan", "SPONSORED", "support", "Safe Hiring Act") in rels, rels


def test_a_capital_named_as_an_actor_is_its_country(extractor):
    text = "JAKARTA, May 4, 2026 - Vexo lobbied Jakarta to drop the tax on app stores."
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Vexo", "PRESSURED", None, "Indonesia") in rels, rels


def test_an_office_told_before_the_name_is_that_person(extractor):
    text = ("OTTAWA, May 4, 2026 - Canada's innovation minister has ordered Vexo to wind up its Canadian business. "
            "Innovation Minister Lena Hartmann announced the order late on Wednesday.")
    ents, rels, _ = run(extractor, text, date="2026-05-04")
    assert "innovation minister" not in ents, ents
    assert any(r[0] == "Lena Hartmann" and r[1] == "IMPOSED" for r in rels), rels


def test_a_groups_director_for_a_state_is_employed_by_it(extractor):
    text = ('NetCoalition lobbied against the bill. "This bill would have hurt startups," said Omar Reyes, '
            "NetCoalition's executive director for California.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Omar Reyes", "EMPLOYED_BY", None, "NetCoalition") in rels, rels
    assert ("Omar Reyes", "LEADS", None, "NetCoalition") not in rels, rels


def test_obligations_a_law_imposes_are_the_laws_own(extractor):
    text = ("The fight has moved faster overseas. The European Union's Digital Markets Act, adopted in 2022, "
            "imposes similar obligations on Vexo and Tunely.")
    ents, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Digital Markets Act", "TARGETS", None, "Vexo") in rels, rels
    assert measures(ents) == {"Digital Markets Act"}, ents


def test_a_country_with_a_two_word_name_is_no_state():
    from policygraph.loaders.places import c_home, substate
    assert substate("gov.us-oregon") and substate("gov.in-karnataka")
    assert not substate("gov.south-africa") and not substate("gov.new-zealand") and not substate("gov.us")
    assert c_home("gov.us-oregon") == "gov.us" and c_home("gov.south-africa") == "gov.south-africa"


def test_a_bill_that_replaces_an_ordinance_is_not_that_ordinance(extractor):
    text = ("BENGALURU, May 4, 2026 - The Karnataka assembly on Wednesday passed the Platform Workers (Welfare) "
            "Bill, which the labour minister introduced in July. The bill replaces the Platform Workers (Welfare) "
            "Ordinance, which Governor Ravi Rao promulgated in April so that the scheme could start at once.")
    ents, _, _ = run(extractor, text, date="2026-05-04")
    assert {"Platform Workers (Welfare) Bill", "Platform Workers (Welfare) Ordinance"} <= measures(ents), ents


def test_an_ordinance_the_parser_cuts_from_replaces_is_still_replaced(extractor):
    text = ("BENGALURU, May 4, 2026 - The state assembly on Tuesday passed a law requiring delivery platforms to "
            "pay a welfare fee on every order. The Mysuru Platform-based Delivery Workers (Welfare) Bill, 2026, "
            "replaces the Mysuru Platform-based Delivery Workers (Welfare) Ordinance, which Governor Ravi Rao "
            "promulgated in April so the scheme could start at once.")
    ents, _, _ = run(extractor, text, date="2026-05-04")
    assert any(n.endswith("Ordinance") for n in measures(ents)), ents


def test_pressing_a_country_on_an_issue_presses_it(extractor):
    _, rels, _ = run(extractor, "Vexo pressed Canada on the issue in meetings last month.", date="2026-05-04")
    assert ("Vexo", "PRESSURED", None, "Canada") in rels, rels
    _, rels, _ = run(extractor, "The government pressed on with the plan despite Vexo.", date="2026-05-04")
    assert not any(r[1] in ("PRESSURED", "LOBBIED") for r in rels), rels
