"""Parts of bills and how they leave them: a chamber that adopts a text passes it, an article or clause
deleted or shed is dropped, a draft that "no longer contains" conditions drops them, "the conditions"
after the quoted "sovereignty" conditions; datelines with a state ("ALBANY, N.Y. -"); a bill named after
"his"; a listing asked for; a firm's own plan; a promise to sign; a measure named for comparison;
numbered decrees with their year, and one that replaces another; a suspension that is itself a measure."""

from extracthelpers import run


def test_a_chamber_that_adopts_a_bill_passes_it_and_a_government_that_adopts_a_decree_enacts_it(extractor):
    _, rels, _ = run(extractor, "PARIS - The French Senate adopted the drug-trafficking bill on Jan. 28.")
    assert any(r[1] == "PASSED" and r[3] == "drug-trafficking bill" for r in rels), rels
    assert not any(r[1] == "ENACTED" for r in rels), rels
    _, rels, _ = run(extractor, "The European Commission adopted the data rules on Tuesday.")
    assert any(r[1] == "ENACTED" and r[3] == "data rules" for r in rels), rels


def test_a_deleted_article_is_a_dropped_part_of_the_bill(extractor):
    text = ("The Senate added a provision that would force messaging apps to open chats to spies to the "
            "drug-trafficking bill. The law committee of the National Assembly deleted the article in March.")
    _, rels, _ = run(extractor, text, date="2025-03-20")
    assert any(r[1] == "DROPPED" and r[3].startswith("provision") for r in rels), rels


def test_articles_of_a_website_are_no_measure(extractor):
    text = "Lawmakers shelved the piracy bill. Wikipedia replaced its articles with a black page."
    _, rels, _ = run(extractor, text)
    assert not any(r[1] == "EASED" for r in rels), rels


def test_a_draft_that_no_longer_contains_quoted_conditions_drops_them_and_the_conditions_are_those(extractor):
    text = ('BRUSSELS - The cloud certification scheme for public buyers no longer contains the "residency" '
            "conditions that would have kept foreign providers out, a new draft shows. Oracle lobbied against the "
            "conditions for two years, warning that they broke trade rules under the GATS and the WTO agreement.")
    types, rels, _ = run(extractor, text)
    assert types.get("residency conditions") == "Measure", types
    assert any(r[1] == "DROPPED" and r[3] == "residency conditions" for r in rels), rels
    assert ("Oracle", "LOBBIED", "oppose", "residency conditions") in rels, rels


def test_speaking_on_condition_of_anonymity_is_no_measure(extractor):
    text = ('Oracle lobbied against the "residency" conditions. "It is a clean cut," said one diplomat, who spoke '
            "on condition of anonymity. Amazon also lobbied against the conditions.")
    types, rels, _ = run(extractor, text)
    assert not any("anonymity" in n for n in types), types
    assert ("Amazon", "LOBBIED", "oppose", "residency conditions") in rels, rels


def test_the_conditions_are_the_conditions_told_before_not_the_laws_just_named(extractor):
    text = ('BRUSSELS - France drafted the "residency" conditions in 2022. Buyers fear providers subject to '
            "foreign laws such as the CLOUD Act and the FISA Amendments Act. Oracle lobbied against the conditions.")
    _, rels, _ = run(extractor, text)
    assert ("Oracle", "LOBBIED", "oppose", "residency conditions") in rels, rels


def test_quoted_clauses_and_quoted_conditions_of_one_kind_are_one_measure(extractor):
    text = ("EU drops 'residency' clauses from cloud label\n\n"
            'The "residency" conditions had been pushed by Paris. Oracle lobbied against the conditions.')
    types, _, _ = run(extractor, text)
    measures = [n for n, t in types.items() if t == "Measure" and "residency" in n]
    assert len(measures) == 1, types


def test_a_dateline_with_a_state_after_the_city_is_not_part_of_the_bill(extractor):
    text = ("TRENTON, N.J. - A bill that would have given gig workers a minimum wage stalled on Monday when the "
            "Assembly adjourned. Restaurant groups had lobbied for the bill.")
    types, rels, _ = run(extractor, text)
    assert "TRENTON" not in types, types
    assert not any("N.Y." in n for n in types if types[n] == "Measure"), types
    assert any(r[1] == "LOBBIED" and r[2] == "support" for r in rels), rels


def test_a_dash_after_an_organisation_in_a_list_is_no_dateline(extractor):
    text = "CTIA, NCTA - The Internet & Television Association and USTelecom had asked the commission to reverse the ruling."
    types, _, _ = run(extractor, text)
    assert "CTIA" in types, types


def test_a_bill_after_his_that_the_model_takes_for_a_person_is_named(extractor):
    types, rels, _ = run(extractor, "Josh Harlow, the Labour MP, first set out his Safer Phones Bill last October.")
    assert types.get("Safer Phones Bill") == "Measure", types
    assert "Safer Phones" not in types, types


def test_a_scheme_is_a_measure_by_name(extractor):
    text = "Oracle lobbied against the European Cybersecurity Certification Scheme for Cloud Services."
    types, rels, _ = run(extractor, text)
    assert any(t == "Measure" and n.startswith("European Cybersecurity Certification Scheme")
               for n, t in types.items()), types


def test_urging_a_department_to_put_a_firm_on_a_blacklist_supports_the_listing(extractor):
    text = "Senator Jane Ortiz urged the Commerce Department to put Hikvision on the Entity List."
    _, rels, _ = run(extractor, text)
    assert ("Jane Ortiz", "URGED", "support", "Entity List") in rels, rels


def test_adding_a_firm_to_a_trade_blacklist_is_a_measure_on_it(extractor):
    _, rels, _ = run(extractor, "The Biden administration on Thursday added Hikvision to a trade blacklist.")
    assert any(r[1] == "TARGETS" and r[3] == "Hikvision" for r in rels), rels
    assert any(r[1] == "ENACTED" and "Hikvision" in r[3] for r in rels), rels


def test_a_firm_that_puts_its_plan_on_hold_pauses_no_measure(extractor):
    text = ("The Commerce Department added Hikvision to the Entity List. Lawmakers pressed Apple over reports that "
            "it planned to buy Hikvision cameras. Apple put the plan on hold in October.")
    _, rels, _ = run(extractor, text)
    assert not any(r[1] == "PAUSED" for r in rels), rels


def test_a_promise_to_sign_is_no_signature(extractor):
    _, rels, _ = run(extractor, "The House sent the STABLE Act to Trump, who has said he will sign it.")
    assert not any(r[1] == "ENACTED" for r in rels), rels
    _, rels, _ = run(extractor, "Trump signed the STABLE Act on Friday.")
    assert any(r[1] == "ENACTED" for r in rels), rels


def test_a_measure_named_for_comparison_is_not_the_bill_in_hand(extractor):
    text = ("ALBANY - Gov. Kathy Hochul signed the RAISE Act on Friday. Hochul pushed to bring the bill closer to "
            "California's SB 53, which Gov. Gavin Newsom signed in September. State Sen. Andrew Gounardes, who "
            "sponsored the bill, praised the deal.")
    _, rels, _ = run(extractor, text)
    assert ("Andrew Gounardes", "SPONSORED", "support", "RAISE Act") in rels, rels


def test_holdouts_are_lawmakers(extractor):
    types, rels, _ = run(extractor, "Thirteen Republican holdouts voted against the stablecoin bill.")
    assert types.get("Thirteen Republican holdouts") == "Lawmaker", types


def test_a_decree_numbered_with_its_year_is_one_name_and_a_decree_that_replaces_it_repeals_it(extractor):
    text = "Laos issued Decree 12 in May. The decree replaces Decree 327 of 2014, which had governed online news."
    types, rels, _ = run(extractor, text)
    assert types.get("Decree 327 of 2014") == "Measure", types
    assert any(r[1] == "RESCINDED" and r[3] == "Decree 327 of 2014" for r in rels), rels


def test_a_numbered_regulation_keeps_its_year_and_its_title(extractor):
    text = ("Government Regulation No. 5 of 2021 on the Licensing of Risk-Based Businesses, signed by the "
            "president in February, revokes Government Regulation No. 24 of 2018.")
    types, rels, _ = run(extractor, text)
    assert types.get("Government Regulation No. 5 of 2021 on the Licensing of Risk-Based Businesses") == "Measure", types
    assert any(r[1] == "RESCINDED" and r[3] == "Government Regulation No. 24 of 2018" for r in rels), rels


def test_a_suspension_of_downloads_is_a_measure_that_is_lifted_not_one_that_suspends_itself(extractor):
    text = ("SEOUL - The privacy regulator lifted a two-month suspension of new Zhipu downloads on Monday. The "
            "commission said it ended the suspension after Zhipu revised its privacy policy.")
    types, rels, _ = run(extractor, text)
    name = "two-month suspension of new Zhipu downloads"
    assert types.get(name) == "Measure", types
    assert any(r[1] == "REVERSED" and r[3] == name for r in rels), rels
    assert not any(r[1] == "PAUSED" for r in rels), rels


def test_a_draft_sent_round_to_member_states_is_neither_passed_nor_enacted(extractor):
    _, rels, _ = run(extractor, "The commission sent the draft cloud rules to member states in March.")
    assert not any(r[1] in ("PASSED", "ENACTED") for r in rels), rels


def test_a_decree_named_by_its_number_and_year_is_repealed_by_that_name(extractor):
    _, rels, _ = run(extractor, "Hanoi repealed Decree 72 of 2013 on Monday.")
    assert any(r[1] == "RESCINDED" and r[3] == "Decree 72 of 2013" for r in rels), rels


def test_shedding_or_taking_out_a_clause_drops_it_and_lobbying_to_hold_a_bill_back_opposes_it(extractor):
    _, rels, _ = run(extractor, "The ministry shed the 'residency' clauses from the cloud rules on Monday.")
    assert any(r[1] == "DROPPED" and r[3] == "residency clauses" for r in rels), rels
    _, rels, _ = run(extractor, "The 'residency' clauses were taken out of the cloud rules in March.")
    assert any(r[1] == "DROPPED" and r[3] == "residency clauses" for r in rels), rels
    _, rels, _ = run(extractor, "Trade groups lobbied Assembly members to hold the delivery-fee bill back.")
    assert ("Trade groups", "LOBBIED", "oppose", "delivery-fee bill") in rels, rels


def test_the_idea_is_the_measure_in_hand(extractor):
    text = "Ofcom proposed a levy on streaming platforms in May. Netflix lobbied hard against the idea."
    _, rels, _ = run(extractor, text)
    assert any(r[:3] == ("Netflix", "LOBBIED", "oppose") and r[3].startswith("levy") for r in rels), rels


def test_a_list_of_lobbying_groups_goes_on_after_a_relative_clause_with_its_own_and(extractor):
    text = ("The Ohio Chamber of Commerce, TechOhio, a coalition whose members include Uber and Lyft, and national "
            "trade associations including NetChoice lobbied lawmakers against the delivery-fee bill.")
    _, rels, _ = run(extractor, text)
    assert ("NetChoice", "LOBBIED", "oppose", "delivery-fee bill") in rels, rels
    assert ("national trade associations", "LOBBIED", "oppose", "delivery-fee bill") in rels, rels
    assert not any(r[0] == "national trade associations" and r[1] == "MEMBER_OF" for r in rels), rels


def test_those_who_led_a_group_that_objected_objected_too(extractor):
    text = ('Oracle lobbied against the "residency" conditions. Among governments, Denmark and Finland led a group '
            "of member states that objected to the conditions.")
    _, rels, _ = run(extractor, text)
    assert ("Denmark", "OPPOSES", "oppose", "residency conditions") in rels, rels
    assert ("Finland", "OPPOSES", "oppose", "residency conditions") in rels, rels


def test_pressing_for_a_measure_is_urging_it(extractor):
    text = 'Paris drafted the "residency" conditions. France, backed by Italy, pressed to keep them.'
    _, rels, _ = run(extractor, text)
    assert ("France", "URGED", "support", "residency conditions") in rels, rels
    assert not any(r[1] == "PRESSURED" for r in rels), rels


def test_a_bill_formally_titled_in_the_next_sentence_has_both_names(extractor):
    text = ("Josh Harlow, the Labour MP for Kendal, first set out his Safer Phones Bill last October. Formally "
            "titled the Protection of Children (Digital Safety and Data Protection) Bill, it would have raised the "
            "age of digital consent to 16.")
    types, _, relations = run(extractor, text)
    assert "Safer Phones Bill" not in types, types
    assert types.get("Protection of Children (Digital Safety and Data Protection) Bill") == "Measure", types



def test_a_bill_that_dies_when_the_session_ends_is_shelved_and_one_that_dies_with_parliament_dropped(extractor):
    _, rels, _ = run(extractor, "ALBANY - The delivery-fee bill died for the year on Thursday when the Assembly "
                                "ended its session without voting on it.")
    assert any(r[1] == "SHELVED" and r[3] == "delivery-fee bill" for r in rels), rels
    assert not any(r[1] in ("DROPPED", "SUPPORTS") for r in rels), rels
    _, rels, _ = run(extractor, "Canada's online harms bill died on Monday when Parliament was prorogued.")
    assert any(r[1] == "DROPPED" and r[3] == "online harms bill" for r in rels), rels


def test_a_described_measure_does_not_end_on_a_dangling_article(extractor):
    types, _, _ = run(extractor, "Trump signed a January executive order barring federal agencies from promoting "
                                 "a digital dollar or taking steps to create one.")
    names = [n for n, t in types.items() if t == "Measure"]
    assert names and not any(n.split()[-1] in ("a", "the", "from", "to") for n in names), names


def test_a_draft_published_for_comment_is_proposed(extractor):
    text = ("The ministry's draft Digital Platforms Bill, 2024, published for comment in March, defined platforms "
            "broadly.")
    _, rels, _ = run(extractor, text)
    assert any(r[1] == "PROPOSED" and r[3].startswith("Digital Platforms Bill") for r in rels), rels
    _, rels, _ = run(extractor, "The ministry published the draft data rules for public consultation on Friday.")
    assert any(r[1] == "PROPOSED" and r[3] == "data rules" for r in rels), rels
    assert not any(r[1] == "ENACTED" for r in rels), rels


def test_the_central_bank_is_the_reserve_named_before(extractor):
    text = ("The Federal Reserve has no plans to issue a digital dollar, and Chair Jerome Powell has said it would "
            "not do so while he leads the central bank.")
    _, rels, _ = run(extractor, text)
    assert ("Jerome Powell", "LEADS", None, "Federal Reserve") in rels, rels


def test_those_who_back_a_country_pressing_for_a_measure_urge_it_too(extractor):
    text = 'Paris drafted the "residency" conditions. France, backed by Italy and Spain, pressed to keep them.'
    _, rels, _ = run(extractor, text)
    assert ("Italy", "URGED", "support", "residency conditions") in rels, rels
    assert ("Spain", "URGED", "support", "residency conditions") in rels, rels


def test_a_data_protection_authority_is_an_agency(extractor):
    types, _, _ = run(extractor, "In January, Italy's data protection authority ordered a block on Zhipu's app.")
    assert types.get("data protection authority") == "Agency", types


def test_the_idea_of_something_is_no_measure_told_before(extractor):
    text = ('Lawmakers shelved the chip export curbs in May. The Chinese Embassy said that Beijing rejects the idea '
            'of "using export rules as weapons" and that it welcomes talks with Washington.')
    _, rels, _ = run(extractor, text)
    assert not any(r[3] == "chip export curbs" and r[1] in ("OPPOSES", "SUPPORTS") for r in rels), rels
