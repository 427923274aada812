"""Demands to undo a measure are sides taken, not changes: "called for the repeal of the law" opposes it,
"lobbied against its repeal" backs it, "rejected calls to scrap the law" keeps it, and none of them, nor a
petition for its repeal or "ruled out delaying" it, repeals or delays anything. Fighting a bill "for two
years" is no fight for it, and lobbying "by" a firm before a measure falls opposes it; money
poured into a campaign for a measure is lobbying for it. "..., while B condemned it" is B's side, not A's."""

from extracthelpers import run


def test_calling_for_the_repeal_of_a_law_opposes_it_and_repeals_nothing(extractor):
    _, rels, _ = run(extractor, "The Online Safety Act took effect in July. Rights groups called for the repeal of "
                                "the Online Safety Act.")
    assert ("Rights groups", "URGED", "oppose", "Online Safety Act") in rels, rels
    assert not any(r[1] == "RESCINDED" for r in rels), rels
    _, rels, _ = run(extractor, "The Senate passed the AI bill in May. Rights groups called for the repeal of the "
                                "Online Safety Act.")
    assert ("Rights groups", "URGED", "oppose", "Online Safety Act") in rels, rels  # not the bill in hand
    _, rels, _ = run(extractor, "The Online Safety Act took effect in July. Rights groups called for the act's repeal.")
    assert ("Rights groups", "URGED", "oppose", "Online Safety Act") in rels, rels


def test_lobbying_against_a_repeal_backs_the_measure(extractor):
    _, rels, _ = run(extractor, "Industry groups lobbied against the repeal of the net neutrality rules.")
    assert ("Industry groups", "LOBBIED", "support", "net neutrality rules") in rels, rels
    assert not any(r[1] == "RESCINDED" for r in rels), rels


def test_a_petition_for_a_repeal_repeals_nothing(extractor):
    text = ("LONDON - Age checks under the Online Safety Act began on Friday, prompting a petition for the law's "
            "repeal that has gathered 400,000 signatures.")
    _, rels, _ = run(extractor, text)
    assert not any(r[1] == "RESCINDED" for r in rels), rels


def test_rejecting_calls_to_scrap_a_law_supports_it(extractor):
    _, rels, _ = run(extractor, "Britain's government has rejected calls to scrap the Online Safety Act.")
    assert ("United Kingdom", "SUPPORTS", "support", "Online Safety Act") in rels, rels
    _, rels, _ = run(extractor, "Ofcom rejected calls to pass the Online Safety Act.")
    assert ("Ofcom", "OPPOSES", "oppose", "Online Safety Act") in rels, rels


def test_ruling_out_a_delay_delays_nothing(extractor):
    _, rels, _ = run(extractor, "The regulator ruled out delaying the cookie rules.")
    assert not any(r[1] == "DELAYED" for r in rels), rels


def test_fighting_a_bill_for_years_opposes_it_and_fighting_for_it_supports_it(extractor):
    _, rels, _ = run(extractor, "Uber fought the bill for two years.")
    assert ("Uber", "OPPOSES", "oppose", "bill") in rels, rels
    _, rels, _ = run(extractor, "Uber fought for the bill.")
    assert ("Uber", "SUPPORTS", "support", "bill") in rels, rels


def test_lobbying_by_a_firm_after_which_a_measure_falls_opposes_it(extractor):
    _, rels, _ = run(extractor, "The Digital Fairness Act was dropped after lobbying by Amazon.")
    assert ("Amazon", "LOBBIED", "oppose", "Digital Fairness Act") in rels, rels
    _, rels, _ = run(extractor, "The Digital Fairness Act was dropped after a lobbying blitz by Amazon and Walmart.")
    assert ("Walmart", "LOBBIED", "oppose", "Digital Fairness Act") in rels, rels


def test_money_poured_into_a_campaign_for_or_against_a_measure_is_lobbying_by_the_spenders(extractor):
    _, rels, _ = run(extractor, "Uber and Lyft poured $200 million into the campaign for Proposition 22.")
    assert ("Lyft", "LOBBIED", "support", "Proposition 22") in rels, rels
    _, rels, _ = run(extractor, "Labor unions spent $20 million on the campaign against Proposition 22.")
    assert ("Labor unions", "LOBBIED", "oppose", "Proposition 22") in rels, rels


def test_a_contrasting_while_clause_is_another_s_side_and_not_the_purpose_of_the_first(extractor):
    text = ("The Commission delayed the AI Act by a year in May. Industry groups welcomed the delay, while consumer "
            "advocates condemned it.")
    _, rels, _ = run(extractor, text)
    assert ("Industry groups", "OPPOSES", "oppose", "AI Act") in rels, rels
    assert not any(r[0] == "Industry groups" and r[2] == "support" for r in rels), rels


def test_a_firm_that_disagrees_with_a_fine_opposes_it(extractor):
    _, rels, _ = run(extractor, "Ireland's Data Protection Commission fined TikTok 345 million euros. TikTok said it "
                                "disagreed with the fine.")
    assert any(r[0] == "TikTok" and r[1] == "OPPOSES" and r[3].endswith("fine on TikTok") for r in rels), rels


def test_fighting_against_undoing_a_measure_backs_it_and_against_passing_it_opposes_it(extractor):
    _, rels, _ = run(extractor, "The Privacy Act keeps a small business exemption. Small business groups fought "
                                "hard against removing the exemption. NetChoice lobbied against passing the Safety Bill. Google campaigned against "
                                "scrapping the Data Rule. Senators voted against repealing the Cyber Act.")
    assert ("Small business groups", "SUPPORTS", "support", "small business exemption") in rels, rels
    assert ("NetChoice", "LOBBIED", "oppose", "Safety Bill") in rels, rels
    assert ("Google", "LOBBIED", "support", "Data Rule") in rels, rels
    assert ("Senators", "SUPPORTS", "support", "Cyber Act") in rels, rels
    assert not any(r[1] == "OPPOSES" for r in rels), rels
