"""Measures given up or put forward in words other than "dropped" and "proposed": retreating from a plan,
saying one will not pursue it, a ban only announced, a proposal issued; duties told as "mandatory" or
"compulsory"; "a ban on doing X"; lobbying that failed to soften a tax; a headline measure that "kicks in";
and which measure "the bill" is when a proposal comes between."""

from extracthelpers import run


def test_a_government_saying_it_will_not_pursue_a_measure_drops_it(extractor):
    _, rels, _ = run(extractor, "Ottawa announced a ban on the Flipper Zero in February. Ottawa said it would not "
                                "pursue a blanket prohibition on the device. Ottawa will not proceed with the levy on "
                                "streaming. Ottawa might not pursue the tax on games.")
    assert ("Canada", "DROPPED", None, "blanket prohibition on the device") in rels
    assert any(r[:3] == ("Canada", "DROPPED", None) and r[3].startswith("levy") for r in rels)
    assert not any(r[1] == "DROPPED" and "games" in r[3] for r in rels)


def test_a_mandatory_or_compulsory_duty_is_a_measure(extractor):
    types, rels, _ = run(extractor, "Campaigners have lobbied for years for compulsory age checks on porn sites. "
                                    "Mandatory data localisation was dropped.")
    assert ("Campaigners", "LOBBIED", "support", "compulsory age checks on porn sites") in rels
    assert types.get("Mandatory data localisation") == "Measure" or types.get("data localisation") == "Measure"
    assert "compulsory age" not in types


def test_a_headline_measure_retold_in_other_words_is_the_lead_measure_when_the_lead_tells_its_change(extractor):
    text = ("Australia shelves mandatory age checks for porn sites\n\nCANBERRA - The Albanese government has shelved "
            "plans to force pornography websites to verify the ages of users.\n\nCampaigners have lobbied for years "
            "for compulsory age checks.")
    types, rels, _ = run(extractor, text)
    measures = {n for n, t in types.items() if t == "Measure"}
    assert len(measures) == 1, measures
    assert any(r[0] == "Campaigners" and r[1] == "LOBBIED" and r[3] in measures for r in rels)


def test_the_bill_is_the_bill_described_rather_than_a_proposal_told_after_it(extractor):
    text = ("BRASILIA - Brazil's government has withdrawn its request for fast-track treatment of a bill that would set "
            "minimum pay for drivers, slowing a flagship labour proposal of President Luiz Inacio Lula da Silva. Lula "
            "signed the bill, known as PLP 12/2024, at a ceremony on March 4.")
    types, _, relations = run(extractor, text)
    assert types.get("PLP 12/2024") == "Measure"
    assert "bill" not in types


def test_a_compulsory_duty_named_by_a_word_of_the_act_is_that_act(extractor):
    types, rels, _ = run(extractor, "The SIM Registration Act was the first law signed by President Marcos. The "
                                    "largest operators, Globe Telecom and Smart Communications, had lobbied for "
                                    "compulsory registration for years.")
    assert "compulsory registration" not in types
    assert ("Globe Telecom", "LOBBIED", "support", "SIM Registration Act") in rels


def test_a_measure_missing_from_a_package_is_dropped_not_the_package(extractor):
    _, rels, _ = run(extractor, "The Journalism Competition and Preservation Act was missing from the compromise "
                                "text of the National Defense Authorization Act that negotiators released on Tuesday.")
    assert not any(r[1] == "DROPPED" and r[3] == "National Defense Authorization Act" for r in rels)


def test_a_proposal_issued_is_put_forward_not_enacted(extractor):
    _, rels, _ = run(extractor, "The SEC has withdrawn a contested proposal on trading apps. Two Republican "
                                "commissioners voted against the proposal when it was issued.")
    assert not any(r[1] == "ENACTED" for r in rels)


def test_a_ban_only_announced_and_then_given_up_was_put_forward_and_dropped(extractor):
    text = ("Ottawa backs away from Flipper Zero ban\n\nOTTAWA - The federal government has retreated from its plan "
            "to outlaw the Flipper Zero, a wireless "
            "gadget.\n\nIndustry Minister Francois-Philippe Champagne announced the ban on Feb. 8 at a summit on "
            "auto theft.")
    _, rels, _ = run(extractor, text, date="2024-03-27")
    ban = next(r[3] for r in rels if r[1] == "DROPPED")
    assert ("Francois-Philippe Champagne", "PROPOSED", None, ban) in rels
    assert not any(r[1] in ("ENACTED", "RESCINDED") for r in rels)


def test_a_ban_on_doing_something_is_a_measure_and_so_is_one_set_off_after_a_colon(extractor):
    _, rels, _ = run(extractor, "The ministry floated a far tougher approach: a ban on handing users' browsing data "
                                "to third parties without their consent.")
    assert any(r[:2] == ("ministry", "PROPOSED") and r[3].startswith("ban on handing users' browsing data")
               for r in rels)


def test_lobbying_that_failed_to_soften_a_tax_was_against_it(extractor):
    _, rels, _ = run(extractor, "The tax came into force on Friday, after months of lobbying by Google and Meta failed "
                                "to persuade the government to soften the tax.")
    assert ("Google", "LOBBIED", "oppose", "tax") in rels
    assert ("Meta", "LOBBIED", "oppose", "tax") in rels


def test_a_headline_measure_that_kicks_in_takes_effect_and_the_verb_is_no_part_of_its_name(extractor):
    types, rels, _ = run(extractor, "India's 1% tax on crypto trades kicks in as pleas go unheeded\n\nThe tax applies "
                                    "to every transfer of cryptocurrencies.")
    assert "1% tax on crypto trades" in types
    assert any(r[1] == "ENACTED" and r[3] == "1% tax on crypto trades" for r in rels)


def test_retreating_from_a_plan_drops_it_whoever_retreated(extractor):
    _, rels, _ = run(extractor, "The government has retreated from its plan to outlaw the Flipper Zero.")
    assert any(r[1] == "DROPPED" and r[3] == "plan to outlaw the Flipper Zero" for r in rels)
    _, rels, _ = run(extractor, "The Journalism Competition and Preservation Act was missing from the text of the "
                                "National Defense Authorization Act.")
    assert not any(r[1] == "DROPPED" and r[3] == "National Defense Authorization Act" for r in rels)


def test_a_plan_to_act_on_a_measure_is_named_up_to_that_measure(extractor):
    found, rels, _ = run(extractor, "The Transport Ministry dropped a plan to decide on a new ride-hailing law after "
                                    "taxi unions lobbied against it. The Finance Ministry shelved a proposal to "
                                    "introduce a digital services tax after Google lobbied against it.")
    assert ("Transport Ministry", "DROPPED", None, "plan to decide on a new ride-hailing law") in rels, rels
    assert ("taxi unions", "LOBBIED", "oppose", "plan to decide on a new ride-hailing law") in rels, rels
    assert ("Finance Ministry", "SHELVED", None, "digital services tax") in rels, rels  # a proposal to make a
    # measure is that measure, not one of its own
    assert not any(name.endswith((" after", "ride-")) for name in found), found


def test_removing_content_within_hours_drops_no_policy_named_after_the_clause(extractor):
    _, rels, _ = run(extractor, "Kenya has required that social media platforms remove hateful posts within two "
                                "days of notice—a rule that could set a regional precedent.")
    assert not any(r[1] == "DROPPED" for r in rels), rels
