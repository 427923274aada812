"""A headline the parser misreads, a measure that widens or amends another, a court that keeps a regulator from
enforcing its rules for a while, a place that only describes, and names cut short, split or missed. All
sentences are invented."""

from extracthelpers import measures, run


def test_a_measure_that_extends_another_amends_it_and_delays_nothing(extractor):
    text = ("The ministry drafted the Drone Safety Bill in March. The bill would have extended a ban on flying "
            "drones near airports, in place since 2015, to every kind of public building.")
    ents, rels, _ = run(extractor, text, date="2024-05-10")
    widened = [r for r in rels if r[1] == "AMENDS" and r[0] == "Drone Safety Bill"]
    assert widened and widened[0][3] != "Drone Safety Bill", rels
    assert not any(r[1] in ("DELAYED", "ENACTED") and r[3].startswith("ban on flying") for r in rels), rels


def test_a_measure_name_is_not_cut_inside_a_noun_phrase(extractor):
    text = ("The Federal Communications Commission approved Corvane Networks' long-stalled plan to build a nationwide "
            "low-power wireless network in airwaves close to those used by GPS.")
    ents, _, _ = run(extractor, text, date="2024-05-10")
    assert not any(n.lower() == "low-power" for n in measures(ents)), ents
    assert any(n.endswith("low-power wireless network") for n in measures(ents)), ents


def test_a_headline_short_name_and_the_full_name_are_one_firm(extractor):
    text = ("Regulator approves Corvane's satellite plan\n\n"
            "WASHINGTON - The Federal Communications Commission approved Corvane Networks' plan on Monday. "
            "Corvane had lobbied the commission for years.")
    ents, _, _ = run(extractor, text, date="2024-05-10")
    assert "Corvane Networks" in ents and "Corvane" not in ents, ents


def test_a_court_barring_enforcement_until_a_date_delays_the_rules(extractor):
    text = ("The Oregon Privacy Board finalised its rules in March. A state judge on Friday barred the board from "
            "enforcing its first set of rules until next spring.")
    ents, rels, _ = run(extractor, text, date="2024-07-03")
    assert not any(n.startswith("ban on enforcing") for n in ents), ents
    assert any(r[1] == "DELAYED" and r[0] == "state judge" for r in rels), rels


def test_a_place_describing_an_appositive_does_not_act(extractor):
    text = ("A judge blocked the Oregon Privacy Act on Friday. The Oregon Privacy Board, the first U.S. regulator "
            "dedicated solely to privacy, said it was reviewing the decision and considering its options.")
    _, rels, _ = run(extractor, text, date="2024-07-03")
    assert ("Oregon Privacy Board", "REVIEWING", None, "Oregon Privacy Act") in rels, rels
    assert not any(r[0] == "United States" and r[1] == "REVIEWING" for r in rels), rels


def test_a_headline_verb_read_as_a_noun_still_lifts_the_ban(extractor):
    text = ("Ghana's central bank lifts ban on banks serving crypto firms\n\n"
            "ACCRA - The Bank of Ghana said on Friday that lenders may again open accounts for exchanges.")
    ents, rels, _ = run(extractor, text, date="2024-05-10")
    assert "ban on banks serving crypto firms" in ents, ents
    assert any(r[1] == "RESCINDED" and r[3] == "ban on banks serving crypto firms" for r in rels), rels


def test_the_outright_ban_is_the_ban_told_before(extractor):
    text = ("The Bank of Ghana imposed a ban on banks serving crypto exchanges in 2021. "
            "Vice President Kwame Mensah criticised the outright ban.")
    ents, rels, _ = run(extractor, text, date="2024-05-10")
    assert "outright ban" not in ents, ents
    assert ("Kwame Mensah", "CRITICIZED", "oppose", "ban on banks serving crypto exchanges") in rels, rels


def test_a_named_incentive_is_a_measure(extractor):
    text = ("Under the proposed Local News Incentive, large platforms would face a charge. Companies that sign "
            "commercial agreements with publishers would be able to offset the value of those deals against the charge.")
    ents, rels, _ = run(extractor, text + " The Chilean Internet Association criticised the charge.", date="2024-12-12")
    assert ents.get("Local News Incentive") == "Measure", ents
    assert ("Chilean Internet Association", "CRITICIZED", "oppose", "Local News Incentive") in rels, rels


def test_a_bill_that_amends_a_law_stays_apart_from_it(extractor):
    text = ("Peru's government sent Congress a Big Tech competition bill on Tuesday. The proposal, drafted by the "
            "Finance Ministry, would amend Peru's competition law to let the regulator designate platforms.")
    ents, rels, _ = run(extractor, text, date="2025-09-20")
    assert ("Big Tech competition bill", "AMENDS", None, "competition law") in rels, rels
