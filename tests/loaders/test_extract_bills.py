"""Bills by number, their sponsors and backers, on sentences written for these tests."""

from policygraph.graph.records import Document

from extracthelpers import run


def test_a_subheading_does_not_split_a_bill_number_from_its_chamber(extractor):
    text = ("Governor vetoes data broker bill\n\n## What the bill did\n\nAssembly Bill 412 was introduced by "
            "Assemblymember Tina Alvarez. The Legislature passed it in August.")
    types, rels, _ = run(extractor, text)
    assert "Assembly Bill 412" in types and "Bill 412" not in types
    assert ("Legislature", "PASSED", None, "Assembly Bill 412") in rels


def test_a_name_set_off_by_commas_names_the_measure_just_described(extractor):
    types, rels, _ = run(extractor, "The governor vetoed the broker bill but signed a smaller measure, Senate Bill 88, "
                                    "that requires apps to label bots. Senator Ray Ortiz wrote SB 88.")
    assert "smaller measure" not in types
    assert ("Ray Ortiz", "SPONSORED", "support", "Senate Bill 88") in rels or \
        ("Ray Ortiz", "SPONSORED", "support", "SB 88") in rels


def test_a_bill_by_a_lawmaker_set_off_by_commas_is_sponsored_by_them(extractor):
    _, rels, _ = run(extractor, "SB 88, by Senator Ray Ortiz of Fresno, cleared the Legislature in June.")
    assert ("Ray Ortiz", "SPONSORED", "support", "SB 88") in rels


def test_a_group_sponsoring_a_bill_supports_it(extractor):
    _, rels, _ = run(extractor, "Assembly Bill 412 was introduced in March. It was sponsored by the Electronic "
                                "Frontier Foundation, the digital rights group.")
    assert ("Electronic Frontier Foundation", "SUPPORTS", "support", "Assembly Bill 412") in rels
    assert not any(r[1] == "SPONSORED" and r[0] == "Electronic Frontier Foundation" for r in rels)


def test_withdrawing_support_is_a_side_not_a_withdrawal_of_the_bill(extractor):
    _, rels, _ = run(extractor, "Several parents' groups withdrew their support for Senate Bill 88 in July.")
    assert any(r[1] == "OPPOSES" and r[3] == "Senate Bill 88" for r in rels)
    assert not any(r[1] == "DROPPED" for r in rels)


def test_a_policy_institute_is_a_group_not_a_policy(extractor):
    types, _, _ = run(extractor, "The Data Policy Institute, which represents lenders, sued the agency in May.")
    assert not any(t == "Measure" and n.startswith("Data Policy") for n, t in types.items())


def test_barring_an_agency_from_enforcing_its_rule_blocks_the_rule(extractor):
    types, rels, _ = run(extractor, "A federal judge in Ohio on Friday barred the Federal Trade Commission from "
                                    "enforcing its click-to-cancel rule.")
    assert any(r[1] == "BLOCKED" and r[3].endswith("click-to-cancel rule") for r in rels)
    assert not any(n.startswith("ban on") for n in types)


def test_a_bill_described_by_what_it_sets_or_creates_is_a_measure(extractor):
    types, _, _ = run(extractor, "In May the Legislature passed a bill setting a minimum wage for couriers.")
    assert types.get("bill setting a minimum wage for couriers") == "Measure"
    types, _, _ = run(extractor, "The governor signed a law creating a registry of data brokers.")
    assert types.get("law creating a registry of data brokers") == "Measure"


def test_a_constitution_is_no_measure_and_a_name_does_not_run_into_the_time(extractor):
    types, rels, _ = run(extractor, "StreamGuild sued over the Online Harms Act days after it passed, arguing "
                                    "that the law violated the First Amendment and the U.S. Constitution.")
    assert not {"First Amendment", "U.S. Constitution", "Constitution"} & set(types)
    assert "Online Harms Act days" not in types


def test_a_description_that_tells_nothing_apart_is_the_measure_in_hand(extractor):
    types, rels, _ = run(extractor, "The SEC proposed the predictive data analytics rule in 2023. Investor groups "
                                     "liked it. Better Markets backed the AI rule, and Citadel fought the "
                                     "state-by-state privacy rules.")
    assert ("Better Markets", "SUPPORTS", "support", "predictive data analytics rule") in rels
    assert "AI rule" not in types
    assert "state-by-state privacy rules" in types  # a word of its own: a measure of its own


def test_a_plain_description_prefers_the_measure_that_shares_its_word(extractor):
    text = ("The SEC proposed the AI conflicts-of-interest rule in 2023. In 2024 it proposed the custody rule. "
            "Brokers fought the custody rule. Better Markets backed the AI rule. The states kept their own AI rules.")
    types, rels, _ = run(extractor, text)
    assert ("Better Markets", "SUPPORTS", "support", "AI conflicts-of-interest rule") in rels
    entities, _ = extractor.extract(Document(id="d_o", title="t", text=text, date="2025-06-02"))
    rule = next(e for e in entities if e.name == "AI conflicts-of-interest rule")
    assert "AI rules" not in rule.aliases  # "their own AI rules" are theirs, not the rule in hand


def test_a_plain_description_keeps_to_measures_of_its_kind(extractor):
    _, rels, _ = run(extractor, "Lawmakers passed the AI ban in May. The agency proposed the disclosure rule in "
                                "June. Critics fought the AI rule.")
    assert any(s == "Critics" and t == "disclosure rule" for s, _, _, t in rels)
    assert not any(s == "Critics" and t == "AI ban" for s, _, _, t in rels)  # a ban is no rule


def test_the_bill_is_the_bill_named_by_number_not_a_later_moratorium(extractor):
    _, rels, _ = run(extractor, "Senator Ana Ruiz introduced SB 12 in March. The city extended its moratorium on "
                                "facial recognition, and the moratorium drew protests. NetChoice opposed the bill.")
    assert ("NetChoice", "OPPOSES", "oppose", "SB 12") in rels


def test_a_bill_described_in_the_lead_is_the_bill_named_by_number_next(extractor):
    types, rels, _ = run(extractor, "Governor Dana Holt has vetoed a bipartisan bill that would have required "
                                    "social media companies to remove drug dealers, siding with civil liberties "
                                    "groups that said the measure threatened free speech.\n\nHolt rejected Senate "
                                    "Bill 86 on Thursday evening.")
    assert "bipartisan bill" not in types
    assert ("civil liberties groups", "OPPOSES", "oppose", "Senate Bill 86") in rels
    types, _, _ = run(extractor, "The Commerce Department suspended a far-reaching export-control regulation that "
                                 "had extended its trade blacklist to subsidiaries. Companies on the Entity List "
                                 "welcomed the move.")  # a list named next is no regulation's name
    assert "Entity List" not in {n for n, t in types.items() if t == "Measure" and "regulation" in n}
    assert any("regulation" in n for n, t in types.items() if t == "Measure")


def test_bills_with_different_numbers_stay_apart(extractor):
    types, rels, _ = run(extractor, "The governor signed House Bill 149 on Sunday. The first version, House Bill 1709, "
                                    "was far broader.")
    assert "House Bill 149" in types and "House Bill 1709" in types
    assert ("governor", "ENACTED", None, "House Bill 149") in rels or any(
        r[1] == "ENACTED" and r[3] == "House Bill 149" for r in rels)
    assert not any(r[1] == "ENACTED" and r[3] == "House Bill 1709" for r in rels)


def test_that_draft_is_the_measure_just_told_not_the_story_s_main_one(extractor):
    text = ("Governor Lena Ortiz has signed the Riverside Data Act. The governor signed House Bill 80 on Sunday.\n\n"
            "Representative Sam Hale, who wrote the act, had begun with a far broader plan. His first version, "
            "filed in December as House Bill 12, covered private firms.\n\n"
            "That draft drew fierce resistance. Technology trade groups lobbied against it.")
    _, rels, _ = run(extractor, text)
    assert ("Technology trade groups", "LOBBIED", "oppose", "House Bill 12") in rels
    assert not any(r[0] == "Technology trade groups" and r[3] == "Riverside Data Act" for r in rels)


def test_a_headline_bill_is_the_plans_the_lead_describes_even_when_said_again(extractor):
    text = ("Ruritania pushes back AI bill by a year\n"
            "ARDEN, 9 June 2025 -\n\n"
            "Ruritania's plans to put the most powerful AI models under binding rules have been pushed back by a year, "
            "officials said.\n\n"
            "Large AI developers and tech trade groups lobbied against the bill. Folding copyright into a wider AI bill "
            "would give ministers more time, officials said. The AI bill would also create a safety office.")
    _, rels, _ = run(extractor, text)
    measures = {r[3] for r in rels if r[0] == "Large AI developers"}
    delayed = {r[3] for r in rels if r[1] == "DELAYED"}
    assert len(measures) == 1 and measures == delayed and next(iter(measures)).startswith("plans to put")


def test_the_regulation_is_the_regulation_not_a_later_order_of_a_kindred_kind(extractor):
    text = ("The European Commission proposed the regulation on the establishment of the digital euro in June 2023. "
            "In January, President Donald Trump signed an executive order barring federal agencies from work on a "
            "central bank digital currency. ECB President Christine Lagarde has urged lawmakers to adopt the "
            "regulation quickly.")
    _, rels, _ = run(extractor, text)
    urged = {r[3] for r in rels if r[0] == "Christine Lagarde" and r[1] == "URGED" and r[2] == "support"}
    assert urged == {"regulation on the establishment of the digital euro"}


def test_amendments_to_an_act_are_not_the_act(extractor):
    types, rels, _ = run(extractor, "The finance ministry proposed changes to the Income Tax Act in July. Under the "
                                    "amendments to the Income Tax Act approved by the National Assembly on Tuesday, the "
                                    "crypto tax will take effect in 2027.")
    assert types.get("amendments to the Income Tax Act") == "Measure" and types.get("Income Tax Act") == "Measure"
    assert ("National Assembly", "PASSED", None, "amendments to the Income Tax Act") in rels


def test_a_name_keeps_bracketed_words_with_commas_even_where_the_parser_splits_the_sentence(extractor):
    types, rels, _ = run(extractor, "The bank said it was implementing the Cybercrimes (Prohibition, Prevention, etc.) "
                                    "(Amendment) Act 2024, which President Bola Tinubu signed in February.")
    assert types.get("Cybercrimes (Prohibition, Prevention, etc.) (Amendment) Act 2024") == "Measure"
    assert "Act 2024" not in types


def test_the_quote_is_the_whole_sentence_where_the_parser_cut_it_at_a_bracket(extractor):
    text = ("The bank said it was implementing the Cybercrimes (Prohibition, Prevention, etc.) (Amendment) Act 2024, "
            "which President Bola Tinubu signed in February.")
    doc = Document(id="d_q", title="t", text=text, date="2024-05-17")
    entities, relations = extractor.extract(doc)
    quotes = {e.quote for r in relations for e in r.evidence}
    assert quotes == {text}
    assert all(text[e.start:e.end] == e.quote for r in relations for e in r.evidence)


def test_a_bill_number_then_its_description_is_one_bill_and_same_named_bills_with_other_numbers_are_two(extractor):
    types, rels, _ = run(extractor, "Gov. Katie Hobbs vetoed SB 1025, the Strategic Bitcoin Reserve bill written by "
                                    "state Sen. Wendy Rogers. Oklahoma's House passed its own Strategic Bitcoin Reserve "
                                    "Act, HB 1203, in March.")
    assert ("Wendy Rogers", "SPONSORED", "support", "SB 1025") in rels
    assert ("Oklahoma's House", "PASSED", None, "SB 1025") not in rels  # another state's bill, another number
    assert types.get("Oklahoma's House") == "Agency"


def test_in_a_roundup_of_bills_the_law_is_the_one_just_named(extractor):
    _, rels, _ = run(extractor, "SB 1025 was the most watched bill. SB 1025 would have let Arizona buy bitcoin. "
                                "SB 1025 drew lobbying. Arizona's governor vetoed SB 1025 in May. She then signed HB "
                                "2749. Texas passed SB 21. Oklahoma's House passed HB 1203.\n\nNew Hampshire's "
                                "governor signed HB 302 on May 6. The law, sponsored by state Rep. Keith Ammon, lets "
                                "the treasurer buy bitcoin.")
    assert ("Keith Ammon", "SPONSORED", "support", "HB 302") in rels


def test_a_modal_governs_the_verb_joined_to_it(extractor):
    _, rels, _ = run(extractor, "A bill from Sen. Cynthia Lummis, the BITCOIN Act, would go further and direct the "
                                "Treasury to buy 1 million bitcoin.")
    assert not any(r[1] == "ENACTED" for r in rels)
    _, rels, _ = run(extractor, "The National Assembly passed the Finance Bill on June 25, and Ruto announced the next "
                                "day that he would not sign it and that the bill would be withdrawn.")
    assert any(r[1] == "DROPPED" and r[3] == "Finance Bill" for r in rels)


def test_the_bill_is_the_law_in_the_news_not_one_it_is_set_beside(extractor):
    _, rels, _ = run(extractor, "ROME - Italy's Senate gave final approval on Wednesday to a national law on artificial "
                                "intelligence, making the country the first in the bloc to adopt a framework of its own "
                                "alongside the bloc's AI Act. Senators backed the bill by 77 votes to 55. Opposition "
                                "lawmakers criticised the law as far too timid.")
    assert ("Opposition lawmakers", "CRITICIZED", "oppose", "law on artificial intelligence") in rels
    assert not any(r[3] == "AI Act" for r in rels)


def test_a_revision_to_a_law_is_a_measure(extractor):
    types, _, _ = run(extractor, "The National Assembly on Thursday passed the revision to the Youth Protection Act.")
    assert any(n.startswith("revision") and t == "Measure" for n, t in types.items())


def test_the_bill_is_the_amendment_passed_not_the_act_it_amends(extractor):
    _, rels, _ = run(extractor, "SEOUL - South Korea's National Assembly on Friday passed an amendment to the Passenger "
                                "Transport Service Act that will outlaw the service. The bill was introduced in October "
                                "2019 by Park Hong-keun, a lawmaker from the ruling party.")
    bill = "amendment to the Passenger Transport Service Act"
    assert ("Park Hong-keun", "INTRODUCED", None, bill) in rels
    assert not any(r[3] == "Passenger Transport Service Act" and r[1] != "AMENDS" for r in rels)


def test_a_headline_measure_changed_as_the_lead_tells_is_the_leads_measure(extractor):
    types, rels, _ = run(extractor, "Parliament passes 'Tada ban' as taxi lobby prevails\n\nSEOUL - South Korea's "
                                    "National Assembly on Friday passed an amendment to the Passenger Transport Service "
                                    "Act that will outlaw the service.")
    assert "Tada ban" not in types
    assert not any(r[1] == "PASSED" and r[3] == "Tada ban" for r in rels)


def test_a_countrys_parliament_is_the_one_legislature_of_it_the_story_names(extractor):
    types, rels, _ = run(extractor, "South Korea's parliament passes ride-hailing curbs\n\nSEOUL - South Korea's "
                                    "National Assembly on Friday passed an amendment to the Passenger Transport Service "
                                    "Act.")
    assert "South Korea's parliament" not in types
    assert ("National Assembly of South Korea", "PASSED", None, "amendment to the Passenger Transport Service Act") in rels


def test_a_committee_described_by_its_remit_is_a_body(extractor):
    _, rels, _ = run(extractor, "The bill was introduced in October 2019. It cleared the parliament's transport "
                                "committee on Dec. 6.")
    assert ("transport committee", "PASSED", None, "bill") in rels


def test_a_bill_named_for_protecting_a_places_people_keeps_the_place_in_its_name(extractor):
    found, rels, _ = run(extractor, "The Protecting Georgia's Children on Social Media Act was passed by the General "
                                    "Assembly. Its sponsor, state Senator Jason Anavitarte, said it was needed. "
                                    "Australia's Online Safety Act took effect.")
    assert found.get("Protecting Georgia's Children on Social Media Act") == "Measure", found
    assert "Children on Social Media Act" not in found, found
    assert "Online Safety Act" in found and "Australia's Online Safety Act" not in found, found
    assert ("Jason Anavitarte", "SPONSORED", "support", "Protecting Georgia's Children on Social Media Act") in rels, rels
    assert not any(r[0] == "General Assembly" and r[1] == "SPONSORED" for r in rels), rels


def test_a_measure_told_by_a_relative_clause_keeps_that_clause_as_an_alias_and_no_date_in_its_name(extractor):
    doc = Document(id="d_g", title="t", text="TOKYO - The cabinet approved a bill in February that would require big "
                   "online malls to disclose their terms of business. Lawmakers filed an amendment last year that "
                   "would have postponed the fines, which critics opposed.", date="2020-03-10")
    entities, _ = extractor.extract(doc)
    measures = {e.name: e.aliases for e in entities if e.type == "Measure"}
    assert "bill in February" not in measures and "amendment last year" not in measures, measures
    assert "bill that would require big online malls to disclose their terms of business" in measures.get("bill", set()), measures
    assert "amendment that would have postponed the fines" in measures.get("amendment", set()), measures


def test_an_acronym_inside_a_name_keeps_the_name_whole_and_gives_its_short_form(extractor):
    text = ("The Shielding Minors from Automated Recommendations Today (SMART) for Teens Act bars autoplay for "
            "users under 16. Governor Ada Moreno signed the SMART for Teens Act on Monday. NetChoice opposed "
            "the SMART for Teens Act.")
    doc = Document(id="d_t", title="t", text=text, date="2025-06-02")
    entities, relations = extractor.extract(doc)
    measures = [e for e in entities if e.type == "Measure"]
    assert [m.name for m in measures] == ["Shielding Minors from Automated Recommendations Today (SMART) for Teens Act"]
    assert "SMART for Teens Act" in measures[0].aliases
    assert {r.type for r in relations if r.target == measures[0].id} >= {"ENACTED", "OPPOSES"}


def test_a_bill_signed_or_vetoed_by_its_author_s_name_is_sponsored_by_that_lawmaker(extractor):
    _, rels, _ = run(extractor, "Governor Dana Whitfield signed SB 610 by Senator Luis Ortega. She vetoed AB 92, by "
                                "Assemblymember Priya Anand-Shaw.")
    assert ("Luis Ortega", "SPONSORED", "support", "SB 610") in rels
    assert ("Priya Anand-Shaw", "SPONSORED", "support", "AB 92") in rels


def test_a_number_then_the_bill_s_title_set_off_by_commas_is_one_bill_but_a_list_of_numbers_is_not(extractor):
    types, rels, _ = run(extractor, "Legislators passed SB 418, the Safe Chatbots for Minors Act, in August. The "
                                    "governor later signed SB 77, SB 90, and AB 12.")
    measures = {n for n, t in types.items() if t == "Measure"}
    assert "Safe Chatbots for Minors Act" in measures and "SB 418" not in measures, measures
    assert {"SB 77", "SB 90", "AB 12"} <= measures, measures
