"""A measure called something else ("criticised the levy as a tax"), a law set off as "a law that came
into force", an announcement told with "would", efforts and plans to make a measure, a ban told by whom it
covers, a pronoun after a relative clause's law, a firm's application and the senators of a party. All
sentences are invented."""

from extracthelpers import dated, measures, run

from policygraph.loaders.coref import Cluster
from policygraph.loaders.inference import statute


def test_what_a_critic_calls_a_measure_is_that_measure(extractor):
    text = ("SANTIAGO, May 4, 2026 - Chile announced the Platform Payments Incentive in March. Washington has "
            "repeatedly criticised the incentive as a discriminatory tax on American companies. Vexa Corp lobbied "
            "against the tax in meetings with ministers.")
    ents, rels, _ = run(extractor, text, date="2026-05-04")
    assert measures(ents) == {"Platform Payments Incentive"}, ents
    assert ("Vexa Corp", "LOBBIED", "oppose", "Platform Payments Incentive") in rels, rels


def test_a_law_set_off_as_one_that_came_into_force_was_enacted(extractor):
    text = "Vexa stopped paying publishers under the Content Payments Code, a law that came into force in 2021."
    found = dated(extractor, text, date="2026-05-04")
    assert any(f[1] == "ENACTED" and f[2] == "Content Payments Code" and f[3] == "2021" for f in found), found


def test_a_measure_announced_and_told_as_what_it_would_do_was_proposed(extractor):
    text = ("The Platform Payments Incentive, announced in December by Assistant Treasurer Mara Quinn, would apply "
            "to platforms earning more than $250 million a year. Vexa Corp lobbied against the incentive.")
    found = dated(extractor, text, date="2026-05-04")
    assert not any(f[1] == "ENACTED" for f in found), found
    assert ("Mara Quinn", "PROPOSED", "Platform Payments Incentive", "2025-12") in {f[:4] for f in found}, found
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Vexa Corp", "LOBBIED", "oppose", "Platform Payments Incentive") in rels, rels


def test_deals_signed_under_a_measure_do_not_enact_it(extractor):
    text = ("Chile proposed the Platform Payments Incentive in March. Vexa walked away from deals it had signed "
            "with publishers under the incentive.")
    found = dated(extractor, text, date="2026-05-04")
    assert not any(f[1] == "ENACTED" for f in found), found


def test_asking_a_government_to_legislate_supports_the_measure(extractor):
    text = ("Chile proposed the Platform Payments Incentive in March. Two newspaper groups had urged the "
            "government to legislate quickly.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Two newspaper groups", "URGED", "support", "Platform Payments Incentive") in rels, rels


def test_a_firms_application_is_no_start_of_a_measure(extractor):
    text = ("Chile's ban on exporting precise map data remains in force. Vexa Corp's application to export the "
            "data was filed in June, the ministry said.")
    found = dated(extractor, text, date="2026-05-04")
    assert not any(f[1] in ("INTRODUCED", "SPONSORED") for f in found), found


def test_bans_on_one_thing_for_different_people_are_two_measures(extractor):
    text = ("Chile's ban on social media for children under 14 was agreed in May. Peru, where a ban on social "
            "media for under-16s was passed in 2025, is watching.")
    ents, _, _ = run(extractor, text, date="2026-05-04")
    assert {"ban on social media for children under 14", "ban on social media for under-16s"} <= measures(ents), ents


def test_shelving_a_plan_to_introduce_a_levy_shelves_the_levy(extractor):
    text = "Chile has shelved a plan to introduce a levy on streaming services, officials said."
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Chile", "SHELVED", None, "levy on streaming services") in rels, rels


def test_dropping_a_push_to_attach_a_provision_drops_the_provision(extractor):
    text = ("Earlier this month, Senate leaders dropped a push to attach a similar pre-emption provision to the "
            "annual defense bill.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Senate leaders", "DROPPED", None, "pre-emption provision") in rels, rels


def test_rejecting_attempts_to_restore_a_provision_blocks_nothing(extractor):
    text = ("The National Assembly rejected attempts to restore a provision that would have forced messaging "
            "services to scan messages.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert not any(r[1] in ("BLOCKED", "DROPPED") for r in rels), rels


def test_it_after_a_relative_clause_is_not_the_clauses_law(extractor):
    text = ("President Mara Quinn signed the AI Preemption Order on Thursday. Governor Tom Reyes, who in September "
            "signed a state law requiring AI developers to publish safety plans, called it an unconstitutional "
            "power grab.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Tom Reyes", "OPPOSES", "oppose", "AI Preemption Order") in rels, rels
    assert not any(r[0] == "Tom Reyes" and r[1] == "OPPOSES" and r[3].startswith("state law") for r in rels), rels


def test_the_senators_from_a_party_are_the_partys_senators(extractor):
    text = ("The Tax Service (SII) wants data access. The senators from the National Renewal Party proposed an "
            "amendment to limit the SII's access to data, but the majority voted it down.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("senators from the National Renewal Party", "SPONSORED", "support",
            "amendment to limit the SII's access") in rels, rels
    assert not any(r[0] == "Tax Service" and r[1] in ("SPONSORED", "PROPOSED") for r in rels), rels


def test_another_countrys_tax_of_the_same_kind_stays_apart(extractor):
    text = ("WARSAW, May 4, 2026 - Poland has shelved its digital services tax. Ottawa rescinded Canada's digital "
            "services tax last year.")
    _, rels, relations = run(extractor, text, date="2026-05-04")
    shelved = {r.target for r in relations if r.type == "SHELVED"}
    rescinded = {r.target for r in relations if r.type == "RESCINDED"}
    assert shelved and rescinded and not shelved & rescinded, rels  # (both are named "digital services tax")


def test_a_president_who_signs_a_law_imposes_nothing(extractor):
    for text in ("MOSCOW, May 4, 2026 - President Ivan Sorokin on Monday signed the Sovereign Routing Act.",
                 "President Ivan Sorokin on Monday signed a law regulating ride-hailing services."):
        _, rels, _ = run(extractor, text, date="2026-05-04")
        assert any(r[1] == "ENACTED" for r in rels), rels
        assert not any(r[1] == "IMPOSED" for r in rels), rels


def test_a_minister_who_orders_a_ban_imposes_it(extractor):
    text = "PARIS, May 4, 2026 - Interior Minister Paul Verne on Monday ordered a ban on Vexa rides in the capital."
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Paul Verne", "IMPOSED", None, "ban on Vexa rides in the capital") in rels, rels


def test_martial_law_is_no_statute():
    made = lambda name: Cluster(key=f"measure:{name}", type="Measure", name=name)  # noqa: E731
    assert statute(made("sovereign internet law")) and statute(made("Online Safety Act"))
    assert not statute(made("martial law")) and not statute(made("ban on Vexa rides"))


def test_an_order_blocking_a_firm_targets_it(extractor):
    _, rels, _ = run(extractor, "A Moscow court on Friday issued an order blocking Vexa, the messaging app.",
                     date="2026-05-04")
    assert ("order blocking Vexa", "TARGETS", None, "Vexa") in rels, rels


def test_a_block_of_a_firms_service_targets_the_firm(extractor):
    _, rels, _ = run(extractor, "A judge in Lagarto ordered a 72-hour block of Vexa in May.", date="2026-05-04")
    assert ("72-hour block of Vexa", "TARGETS", None, "Vexa") in rels, rels


def test_a_measure_suspending_a_partnership_targets_the_partners(extractor):
    text = "The regulator imposed an interim measure suspending the partnership between Vexa and Nuvo Pay."
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("interim measure", "TARGETS", None, "Vexa") in rels, rels


def test_a_governor_who_signs_a_numbered_bill_imposes_nothing(extractor):
    for text in ("AUSTIN, Texas, May 4, 2026 - Texas Governor Dana Reyes signed House Bill 20 in September.",
                 "Signed by Gov. Dana Reyes in March 2024, HB 3 requires platforms to close the accounts of children."):
        _, rels, _ = run(extractor, text, date="2026-05-04")
        assert any(r[0] == "Dana Reyes" and r[1] == "ENACTED" for r in rels), rels
        assert not any(r[1] == "IMPOSED" for r in rels), rels


def test_a_place_keeps_its_own_law(extractor):
    text = ("Texas is the second state to adopt such a law, after Utah's app store age-verification law was signed "
            "by Governor Dana Reyes in March.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Utah", "IMPOSED", None, "app store age-verification law") in rels, rels


def test_a_council_or_parliament_that_adopts_a_law_imposes_nothing(extractor):
    for text in ("BRUSSELS, May 4, 2026 - The Council of the EU adopted the Digital Fairness Act without debate.",
                 "KYIV, May 4, 2026 - The Verkhovna Rada adopted the Law On Virtual Assets on Tuesday."):
        _, rels, _ = run(extractor, text, date="2026-05-04")
        assert any(r[1] in ("ENACTED", "PASSED") for r in rels), rels
        assert not any(r[1] == "IMPOSED" for r in rels), rels


def test_a_ministry_that_notifies_an_amendment_to_its_rules_imposes_it(extractor):
    text = ("NEW DELHI, May 4, 2026 - The Ministry of Electronics and Information Technology notified an amendment "
            "to the IT Rules on Wednesday.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Ministry of Electronics and Information Technology", "IMPOSED", None,
            "amendment to the IT Rules") in rels, rels
