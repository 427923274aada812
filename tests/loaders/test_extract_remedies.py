"""Measures told by what they do to a firm: a blacklisting ("added Huawei to the Entity List"), a
divestiture, and lists of remedies the parser reads as appositions."""

from extracthelpers import run


def test_adding_a_firm_to_a_named_blacklist_is_a_measure_on_it(extractor):
    types, rels, _ = run(extractor, "The Commerce Department added Huawei to the Entity List in May 2019.")
    assert types.get("addition of Huawei to the Entity List") == "Measure"
    assert ("addition of Huawei to the Entity List", "TARGETS", None, "Huawei") in rels
    assert ("U.S. Department of Commerce", "IMPOSED", None, "addition of Huawei to the Entity List") in rels
    types, _, _ = run(extractor, "The Commerce Department keeps the Entity List. The FCC added Kaspersky to its list "
                                 "of equipment deemed a threat.")
    assert not any(name.startswith("addition of") for name in types)  # "its list" names no list


def test_a_list_of_remedies_is_no_apposition_that_types_the_first(extractor):
    types, rels, _ = run(extractor, "The Justice Department asked for the sale of Chrome, a ban on default payments, "
                                    "the divestiture of Android if other measures failed.")
    assert types.get("Chrome") != "Measure"
    assert types.get("divestiture of Android") == "Measure"
    assert ("U.S. Department of Justice", "URGED", "support", "ban on default payments") in rels


def test_the_program_is_only_a_measure_called_a_program_and_renewing_it_backs_it(extractor):
    _, rels, _ = run(extractor, "The Affordable Connectivity Program ran out of money. Senator Ted Cruz opposed "
                                "renewing the program.")
    assert ("Ted Cruz", "OPPOSES", "oppose", "Affordable Connectivity Program") in rels
    _, rels, _ = run(extractor, "The Affordable Connectivity Program ran out of money. Advocates urged Congress to "
                                "renew the program.")
    assert ("Advocates", "URGED", "support", "Affordable Connectivity Program") in rels
    _, rels, _ = run(extractor, "The Commission withdrew the AI Liability Directive. The programme, adopted by the "
                                "College of Commissioners on Tuesday, lists 37 withdrawals.")
    assert not any(r[1] == "ENACTED" for r in rels)
    _, rels, _ = run(extractor, "Congress passed the CHIPS and Science Act in July. The Commerce Department, which will "
                                "administer the program, must now pick projects.")
    assert ("U.S. Department of Commerce", "ENFORCES", None, "CHIPS and Science Act") in rels  # the act's program


def test_bills_to_pay_are_no_bills_in_a_legislature(extractor):
    types, _, _ = run(extractor, "The program shut down, leaving households facing higher bills. It had cut their "
                                 "internet bills. Google lobbied against the program.")
    assert not any("bills" in name for name in types)


def test_the_extension_is_a_measure_called_an_extension_and_lobbying_for_it_backs_it(extractor):
    _, rels, _ = run(extractor, "The ACP Extension Act would have provided $7 billion. Comcast lobbied for the extension.")
    assert ("Comcast", "LOBBIED", "support", "ACP Extension Act") in rels
    _, rels, _ = run(extractor, "The AI Act took effect. Meta lobbied for the extension.")
    assert ("Meta", "LOBBIED", "oppose", "AI Act") in rels  # more time is relief from the act


def test_a_nickname_given_to_a_measure_is_that_measure(extractor):
    types, rels, _ = run(extractor, 'Spain imposed a mandatory fee on aggregators in 2014. Critics nicknamed the fee '
                                    'the "Google tax", after the Association of Spanish Newspaper Publishers, which had '
                                    'lobbied for it for years.')
    assert "Google tax" not in types
    assert ("Association of Spanish Newspaper Publishers", "LOBBIED", "support", "mandatory fee on aggregators") in rels


def test_a_firms_own_products_are_no_firms_for_the_company_to_point_at(extractor):
    types, rels, _ = run(extractor, "Judge Amit Mehta barred Google from signing exclusive contracts for its search "
                                    "engine, its Assistant and its Gemini AI app. He also ordered the company to share "
                                    "parts of its search index.")
    assert "Assistant" not in types
    assert any(r[1] == "TARGETS" and r[3] == "Google" and r[0].startswith("order requiring Google") for r in rels)


def test_a_firms_product_lines_are_no_firm_for_the_company_to_mean(extractor):
    types, rels, _ = run(extractor, "Apple already uses USB-C on its iPad Pro and MacBook lines. The company said it "
                                    "opposed the charger mandate.")
    assert "iPad Pro and MacBook" not in types
    assert any(r[0] == "Apple" and r[1] == "OPPOSES" for r in rels)


def test_a_remedy_a_regulator_proposes_as_a_clause_is_a_proposed_measure_aimed_at_the_company(extractor):
    found, rels, _ = run(extractor, "Kenya's competition regulator proposed on Tuesday that Meta share its advertising "
                                    "data with publishers, and that TikTok give users a feed without recommendations.",
                         date="2025-03-05")
    measures = [n for n, t in found.items() if t == "Measure"]
    meta = next((n for n in measures if n.startswith("requirement that Meta share")), None)
    assert meta and any(n.startswith("requirement that TikTok give users") for n in measures), measures
    assert (meta, "TARGETS", None, "Meta") in rels
    assert any(r[1] == "PROPOSED" and r[3] == meta for r in rels), rels


def test_a_company_should_pay_says_the_regulator_is_a_proposal_but_a_chamber_asked_to_wait_is_not(extractor):
    found, rels, _ = run(extractor, "Apple should pay 20 million euros into a fund for app developers, Spain's "
                                    "competition regulator recommended on Monday.", date="2025-03-05")
    assert any(r[1] == "PROPOSED" and r[3].startswith("requirement that Apple pay 20 million euros") for r in rels), rels
    found, rels, _ = run(extractor, "The committee recommended that the Senate delay the vote on the bill.",
                         date="2025-03-05")
    assert not any(n.startswith("requirement that") for n in found), found
