"""Whom a measure targets, on sentences written for these tests."""

from extracthelpers import run


def targets(rels, measure):
    return {t for s, r, _, t in rels if r == "TARGETS" and s == measure}


def test_firms_named_after_such_as_are_the_ones_a_law_requires_to_act(extractor):
    _, rels, _ = run(extractor, "Lawmakers approved the Data Residency Act on Monday. The act requires foreign cloud "
                                "providers such as Oracle and Alibaba to keep records inside the country.")
    assert {"Oracle", "Alibaba"} <= targets(rels, "Data Residency Act")


def test_a_levy_on_platforms_such_as_two_firms_targets_them_though_the_parser_hangs_on_on_the_verb(extractor):
    _, rels, _ = run(extractor, "The finance ministry proposed a levy on platforms such as Spotify and Netflix.")
    measure = next(s for s, r, _, t in rels if r == "TARGETS")
    assert {"Spotify", "Netflix"} <= targets(rels, measure)


def test_a_ban_on_the_sale_of_a_firms_products_targets_the_firm(extractor):
    _, rels, _ = run(extractor, "Regulators imposed a ban on the sale of Huawei routers to state agencies.")
    assert any(r == "TARGETS" and t == "Huawei" for _, r, _, t in rels)


def test_sanctions_on_members_of_a_firms_board_target_the_firm_not_lawmakers(extractor):
    types, rels, _ = run(extractor, "The Treasury imposed sanctions on nine members of Rostelecom's board.")
    assert any(r == "TARGETS" and t == "Rostelecom" for _, r, _, t in rels)
    assert "Lawmaker" not in types.values()


def test_bills_that_would_have_made_firms_pay_target_them(extractor):
    _, rels, _ = run(extractor, "Bills that would have made Disney and Amazon pay cable operators for traffic "
                                "lapsed in May.")
    assert {"Disney", "Amazon"} <= targets(rels, "Bills")


def test_firms_that_fall_under_a_law_are_its_targets(extractor):
    _, rels, _ = run(extractor, "The Gatekeeper Act passed in June. Samsung and Apple are expected to fall under "
                                "the law.")
    assert {"Samsung", "Apple"} <= targets(rels, "Gatekeeper Act")


def test_a_firms_product_caught_by_a_rule_makes_the_firm_its_target(extractor):
    _, rels, _ = run(extractor, "The Chip Security Act took effect in March. Intel's Gaudi line was caught by "
                                "the act as well.")
    assert "Intel" in targets(rels, "Chip Security Act")


def test_something_that_merely_happens_to_a_firm_by_a_person_is_no_target(extractor):
    _, rels, _ = run(extractor, "The Chip Security Act took effect in March. Intel was targeted by the trade "
                                "minister, Ana Reyes, in a speech.")
    assert not any(r == "TARGETS" for _, r, _, _ in rels)


def test_a_firms_chips_subject_to_controls_make_the_firm_their_target(extractor):
    _, rels, _ = run(extractor, "The Foreign Chip Rule took effect in May. Micron chips that are subject to the "
                                "rule may not be shipped to Russia.")
    assert "Micron" in targets(rels, "Foreign Chip Rule")


def test_a_ban_on_two_firms_equipment_targets_both(extractor):
    _, rels, _ = run(extractor, "Britain imposed a ban on ZTE and Huawei equipment in its 5G networks.")
    assert {t for _, r, _, t in rels if r == "TARGETS"} >= {"ZTE", "Huawei"}


def test_curbs_on_sales_of_goods_to_a_country_target_the_country(extractor):
    _, rels, _ = run(extractor, "Talks with China stalled. The Commerce Department imposed restrictions on sales "
                                "of memory chips and lithography tools to China.")
    assert "China" in {t for s, r, _, t in rels if r == "TARGETS" and s.startswith("restrictions on sales")}


def test_controls_on_chips_bound_for_a_country_target_the_country(extractor):
    _, rels, _ = run(extractor, "Talks with China stalled. The Commerce Department imposed export controls on "
                                "advanced computing chips bound for China.")
    assert any(r == "TARGETS" and t == "China" for _, r, _, t in rels)


def test_a_ban_on_sales_to_minors_in_a_country_does_not_target_the_country(extractor):
    _, rels, _ = run(extractor, "Talks with China stalled. The Commerce Department imposed a ban on sales to minors "
                                "in China.")
    assert not any(r == "TARGETS" and t == "China" for _, r, _, t in rels)

