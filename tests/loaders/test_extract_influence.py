"""Influence on a measure that the sentence does not name (sentences written for these tests)."""

from extracthelpers import run as run_indexed

from policygraph.graph.records import Document


def run(extractor, text):
    entities, relations = extractor.extract(Document(id="d_i", title="t", text=text, date="2023-09-01"))
    names = {e.id: e.name for e in entities}
    return {e.name for e in entities if e.type == "Measure"}, \
        {(names[r.source], r.type, r.stance, names[r.target]) for r in relations}


def test_asking_for_more_time_lobbies_against_the_measure_in_hand(extractor):
    measures, rels = run(extractor, "Ruritania imposed a licence requirement for imports of tablets in August. "
                                    "Hardware makers lobbied officials for more time.")
    assert measures == {"licence requirement for imports of tablets"}  # the date is not part of the name
    assert ("Hardware makers", "LOBBIED", "oppose", "licence requirement for imports of tablets") in rels


def test_a_requirement_for_a_firms_products_targets_the_firm(extractor):
    _, rels = run(extractor, "The Dutch government imposed a licence requirement for Veldhoven Optics's most "
                             "advanced lithography machines in 2023.")
    requirement = "licence requirement for Veldhoven Optics's most advanced lithography machines"
    assert (requirement, "TARGETS", None, "Veldhoven Optics") in rels


def test_a_code_launched_by_a_minister_is_in_force(extractor):
    _, rels = run(extractor, "The government has leaned on a voluntary code of conduct for generative AI, "
                             "launched by Industry Minister Paul Kim in September 2023.")
    assert any(s == "Paul Kim" and t == "ENACTED" for s, t, _, _ in rels)


def test_the_other_side_of_a_lobbying_fight_is_not_its_target(extractor):
    _, rels = run(extractor, "The Colorado AI Act was signed in May 2024. Lawmakers failed to agree on a rewrite "
                             "amid heavy lobbying by tech companies on one side and consumer advocates on the other.")
    lobbied = {(s, t) for s, kind, _, t in rels if kind == "LOBBIED"}
    assert ("tech companies", "Colorado AI Act") in lobbied
    assert not any("side" in s or "side" in t or t.endswith("advocates") for s, t in lobbied)


def test_spending_the_year_pressing_someone_is_pressing_them(extractor):
    _, rels = run(extractor, "The Trump administration barred five Europeans on Tuesday. The administration has "
                             "spent much of the year pressing the European Commission to go easy on American "
                             "platforms.")
    assert ("Trump administration", "PRESSURED", None, "European Commission") in rels


def test_a_speaker_who_said_one_thing_and_urged_another_urged_it(extractor):
    _, rels = run(extractor, "The Consumer Data Act died in January. Privacy commissioner Ada Moreno said "
                             "Canadians were left exposed and urged whichever party forms "
                             "the next government to bring back the privacy reforms quickly.")
    assert ("Ada Moreno", "URGED", "support", "Consumer Data Act") in rels
    assert ("unattributed", "DROPPED", None, "Consumer Data Act") in rels  # died in January: not "died in committee"


def test_advocates_and_campaigners_are_advocacy_groups(extractor):
    entities, relations = extractor.extract(Document(id="d_i", title="t", date="2024-03-01", text=(
        "The Data Act was proposed in May. Consumer advocates praised the Data Act, while privacy campaigners "
        "criticised it.")))
    types = {e.name: e.type for e in entities}
    assert types["Consumer advocates"] == "Organization" and types["privacy campaigners"] == "Organization"


def test_accused_of_working_to_weaken_a_bill_lobbied_against_it(extractor):
    _, rels = run(extractor, "The Kids Safety Act passed the Senate in July 2024. Meta lists the Kids Safety Act "
                             "among the bills it lobbied on, and child-safety advocates accuse the company of "
                             "working to water the bill down.")
    assert ("Meta", "LOBBIED", "oppose", "Kids Safety Act") in rels
    assert ("Meta", "LOBBIED", "support", "Kids Safety Act") not in rels  # no guess against a stated side
    assert not any(s == "child-safety advocates" and t == "Kids Safety Act" for s, _, _, t in rels)


def test_writing_to_lawmakers_and_sending_letters_is_lobbying_on_the_measure_in_hand(extractor):
    _, rels = run(extractor, "The Cyber Act was proposed in 2022. The Eclipse Foundation wrote to lawmakers "
                             "through 2023. National trade groups sent letters to senators.")
    lobbied = {(s, t) for s, kind, _, t in rels if kind == "LOBBIED"}
    assert {("Eclipse Foundation", "Cyber Act"), ("National trade groups", "Cyber Act")} <= lobbied


def test_a_leaders_stated_side_is_the_side_of_the_lobbying_by_the_body_they_lead(extractor):
    _, rels = run(extractor, "The Cyber Act was enacted in 2024. The Eclipse Foundation wrote to lawmakers "
                             "through 2023. Mike Milinkovich, executive director of the Eclipse Foundation, warned "
                             "that the draft would chill open-source development.")
    assert ("Eclipse Foundation", "LOBBIED", "oppose", "Cyber Act") in rels  # not "support" from the outcome


def test_refusing_to_back_a_measure_opposes_it_but_not_yet_endorsing_it_does_not(extractor):
    _, rels = run(extractor, "Sen. Tom Reyes had signaled from the start that he would not back the Data Act. "
                             "Lumen Corp won't support the Data Act. Nvidia has not yet endorsed the Data Act.")
    assert ("Tom Reyes", "OPPOSES", "oppose", "Data Act") in rels
    assert ("Lumen Corp", "OPPOSES", "oppose", "Data Act") in rels
    assert not any(r[0] == "Nvidia" for r in rels)


def test_lobbying_people_against_a_bill_and_a_reported_they_for_coordinated_subjects(extractor):
    _, rels = run(extractor, (
        "Minister Ana Ruiz introduced the Online Truth Bill in September. Religious groups and some media "
        "organisations lobbied senators against the legislation. Independent senators Tom Reyes and Lia Moss "
        "both announced they would vote no, with Reyes saying he was not comfortable handing a government "
        "agency power over public debate."))
    assert ("Religious groups", "LOBBIED", "oppose", "Online Truth Bill") in rels
    assert ("Tom Reyes", "OPPOSES", "oppose", "Online Truth Bill") in rels
    assert ("Lia Moss", "OPPOSES", "oppose", "Online Truth Bill") in rels
    assert not any(r[0] == "Religious groups" and r[1] == "OPPOSES" for r in rels)


def test_a_role_beside_a_name_a_lead_sponsor_and_a_countrys_ministry(extractor):
    _, rels = run(extractor, (
        "Rep. Mark Dorn introduced the Gene Data Act in January. Rep. Ana Ruiz of Illinois, the panel's top "
        "Democrat and a lead sponsor, said the threat had not gone away.\n\n"
        "The Biotech Makers Organization was drawn into the fight early. Its chief executive, Rachel Kane, "
        "wrote to senators in early 2024 opposing the legislation. China's Ministry of Foreign Affairs "
        "repeatedly criticized the bill as discriminatory."))
    assert ("Ana Ruiz", "SPONSORED", "support", "Gene Data Act") in rels
    assert ("Rachel Kane", "OPPOSES", "oppose", "Gene Data Act") in rels
    assert ("Rachel Kane", "LEADS", None, "Biotech Makers Organization") in rels
    assert ("China's Ministry of Foreign Affairs", "CRITICIZED", "oppose", "Gene Data Act") in rels


def test_a_verb_after_an_appositive_is_the_sentence_s_own_verb(extractor):
    # the small model hangs "lobbied" on the name as a participle and leaves the sentence verbless
    _, rels = run(extractor, "Lawmakers passed House Bill 77 in February.\n\nDigital Progress Alliance, a trade group "
                             "whose backers include Google and Amazon, lobbied against the bill in Lakeport and sent "
                             "the governor a letter, warning that it would bury developers in paperwork.")
    assert ("Digital Progress Alliance", "LOBBIED", "oppose", "House Bill 77") in rels


def test_named_parts_of_a_bill_are_followed_by_their_own_words_and_plural_pronouns(extractor):
    _, rels = run(extractor, "Bill C-88 was tabled in March. Its hate-speech provisions drew most of the fire. "
                             "The Free Speech League said the hate-speech sections were far too broad, and it "
                             "urged the government to strip them out.")
    assert ("Free Speech League", "URGED", "oppose", "hate-speech provisions") in rels
    assert not any(r[0] == "Free Speech League" and r[3] == "Bill C-88" for r in rels)


def test_subjects_after_an_opening_phrase_are_the_verb_s_subjects(extractor):
    # the small model hangs the three groups on "Home Minister Amit Shah" and leaves "asked" with no subject
    _, rels = run(extractor, "The Online Gaming Act was passed on Thursday. In a joint letter to Home Minister "
                             "Amit Shah, the All India Gaming Federation, the E-Gaming Federation and the "
                             "Federation of Indian Fantasy Sports asked him to intervene, arguing that the bill "
                             "would wipe out lawful businesses.")
    for group in ("All India Gaming Federation", "E-Gaming Federation", "Federation of Indian Fantasy Sports"):
        assert (group, "PRESSURED", None, "Amit Shah") in rels
        assert (group, "OPPOSES", "oppose", "Online Gaming Act") in rels


def test_fighting_for_a_law_supports_it(extractor):
    entities, relations = extractor.extract(Document(id="d_f", title="t", date="2023-09-01", text=(
        "Ohio passed the Minor Accounts Act in April. Governor Ana Ortiz said the state would keep "
        "fighting for the law. NetChoice fought the Data Act.")))
    names = {e.id: e.name for e in entities}
    found = {(names[r.source], r.type, r.stance, names[r.target]) for r in relations}
    assert not any(t == "OPPOSES" and m == "Minor Accounts Act" for _, t, _, m in found)
    assert any(t == "SUPPORTS" and m == "Minor Accounts Act" for _, t, _, m in found)
    assert ("NetChoice", "OPPOSES", "oppose", "Data Act") in found


def test_a_veto_with_its_reasons_criticizes_the_measure(extractor):
    _, rels = run(extractor, "Governor Ada Quinn vetoed the Data Duties Act on Monday, saying it would put too "
                             "heavy a burden on small businesses. Governor Lee Park vetoed the Open Apps Act on Friday.")
    assert ("Ada Quinn", "CRITICIZED", "oppose", "Data Duties Act") in rels
    assert not any(s == "Lee Park" and t == "CRITICIZED" for s, t, _, _ in rels)


def test_the_named_members_of_an_unnamed_coalition_speak_for_it(extractor):
    _, rels = run(extractor, "The Data Duties Act was passed in March. A coalition including the Software Guild and the "
                             "Chamber of Makers argued that the law was vague and would drive startups away.")
    assert ("Software Guild", "OPPOSES", "oppose", "Data Duties Act") in rels
    assert ("Chamber of Makers", "OPPOSES", "oppose", "Data Duties Act") in rels


def test_money_spent_lobbying_on_a_bill_lobbies_it(extractor):
    _, rels = run(extractor, "The Fair Repair Act was introduced in May. Vertex Pharmaceuticals spent at least "
                             "$360,000 lobbying on the bill in the second quarter.")
    assert ("Vertex Pharmaceuticals", "LOBBIED", None, "Fair Repair Act") in rels


def test_named_members_among_a_group_take_its_side(extractor):
    _, rels = run(extractor, "Lawmakers in Ruritania passed the Model Safety Act in May. Prominent economists, "
                             "among them Stuart Russell and Mariana Mazzucato, endorsed it as well.")
    assert {("Stuart Russell", "MEMBER_OF", None, "Prominent economists"),
            ("Stuart Russell", "SUPPORTS", "support", "Model Safety Act"),
            ("Mariana Mazzucato", "SUPPORTS", "support", "Model Safety Act")} <= rels


def test_those_who_joined_a_lobbying_push_lobbied_too(extractor):
    _, rels = run(extractor, "The Senate approved S.J. Res. 12 on March 3. The Carrier Council and Telcom Union "
                             "lobbied lawmakers heavily in the weeks before the votes, joined by the Advertisers Guild.")
    lobbied = {s for s, kind, _, t in rels if kind == "LOBBIED" and t == "S.J. Res. 12"}
    assert lobbied == {"Carrier Council", "Telcom Union", "Advertisers Guild"}
    assert not any(kind == "MEMBER_OF" for _, kind, _, _ in rels)


def test_coming_out_against_or_in_favour_takes_a_side(extractor):
    _, rels = run(extractor, "The Chat Rules were proposed in 2022. Jens Spahn came out against the plan on "
                             "Tuesday. Ursula Weber came out in favour of the rules.")
    assert {("Jens Spahn", "OPPOSES", "oppose", "Chat Rules"),
            ("Ursula Weber", "SUPPORTS", "support", "Chat Rules")} <= rels


def test_threatening_to_block_a_bill_opposes_it_but_threatening_a_fine_does_not(extractor):
    _, rels = run(extractor, "The Innovation Act passed the Senate in June. Senator Mitch McConnell threatened to "
                             "block the Innovation Act. The Commission threatened to fine Apple under the act.")
    assert ("Mitch McConnell", "OPPOSES", "oppose", "Innovation Act") in rels
    assert not any(s == "European Commission" and kind in ("OPPOSES", "SUPPORTS") for s, kind, _, _ in rels)


def test_a_dissenter_is_not_credited_with_the_adoption(extractor):
    _, rels = run(extractor, "The click-to-cancel rule was adopted in October. Commissioner Andrew Ferguson had "
                             "dissented when the rule was adopted.")
    assert ("Andrew Ferguson", "OPPOSES", "oppose", "click-to-cancel rule") in rels
    assert not any(s == "Andrew Ferguson" and kind in ("ENACTED", "IMPOSED") for s, kind, _, _ in rels)


def test_welcoming_a_choice_not_to_revive_a_levy_opposes_the_levy(extractor):
    _, rels = run(extractor, "The Commission shelved the network levy in May. CCIA Europe welcomed the "
                             "Commission's choice not to revive the levy. Consumer groups criticized the decision "
                             "to drop the levy.")
    sides = {(s, kind) for s, kind, _, t in rels if t == "network levy" and kind in ("SUPPORTS", "OPPOSES")}
    assert sides == {("Computer & Communications Industry Association", "OPPOSES"), ("Consumer groups", "SUPPORTS")}


def test_directions_are_a_measure_and_pushing_back_their_deadline_is_no_stand_against_them(extractor):
    _, rels = run(extractor, "The cyber agency issued the CERT-In directions in April. In June, India's cybersecurity "
                             "agency pushed back by three months the deadline for small firms to comply with the "
                             "directions. Trade groups lobbied against the directions.")
    assert any(kind == "DELAYED" for _, kind, _, _ in rels)
    assert any(kind == "LOBBIED" and s == "Trade groups" for s, kind, _, _ in rels)
    assert not any(kind in ("OPPOSES", "LOBBIED") and "agency" in s for s, kind, _, _ in rels)


def test_refusing_or_declining_to_endorse_a_measure_opposes_it(extractor):
    _, rels = run(extractor, "France refused to endorse the Platform Work Directive. Germany declined to back "
                             "the Platform Work Directive.")
    assert ("France", "OPPOSES", "oppose", "Platform Work Directive") in rels
    assert ("Germany", "OPPOSES", "oppose", "Platform Work Directive") in rels
    assert not any(r[1] == "SUPPORTS" for r in rels)


def test_a_presumption_written_into_a_law_is_a_measure_to_fight(extractor):
    _, rels = run(extractor, "The draft's centrepiece was a legal presumption of employment for gig workers. "
                             "Uber and Bolt fought the presumption from the outset.")
    assert ("Uber", "OPPOSES", "oppose", "legal presumption of employment") in rels
    assert ("Bolt", "OPPOSES", "oppose", "legal presumption of employment") in rels


def test_both_bills_are_the_last_two_bills_named_and_a_surname_taken_for_a_product_is_the_person(extractor):
    _, rels = run(extractor, "Signed by Gov. Ron DeSantis in March 2024, HB 3 requires platforms to close "
                             "accounts.\n\nThe Legislature passed HB 1 in February 2024, but DeSantis vetoed it on "
                             "March 1 of that year, saying it did not respect the rights of parents.\n\nNetChoice "
                             "lobbied against both bills in Tallahassee.")
    assert ("NetChoice", "LOBBIED", "oppose", "HB 1") in rels
    assert ("NetChoice", "LOBBIED", "oppose", "HB 3") in rels
    assert ("Ron DeSantis", "VETOED", None, "HB 1") in rels
    assert not any(r[1] == "VETOED" and r[0] != "Ron DeSantis" for r in rels)


def test_a_threat_to_pull_a_service_pressures_the_place_and_opposes_the_bill(extractor):
    _, rels = run(extractor, "The News Fairness Bill would make platforms pay Canadian outlets. Meta said "
                             "it would remove news from Facebook in Canada if the bill became law.")
    assert ("Meta", "PRESSURED", None, "Canada") in rels
    assert ("Meta", "OPPOSES", "oppose", "News Fairness Bill") in rels


def test_a_warning_to_stop_funding_is_pressure_and_no_funding(extractor):
    _, rels = run(extractor, "The News Fairness Bill would make platforms pay Canadian outlets. Google warned "
                             "that it might have to stop funding newsrooms in Canada.")
    assert ("Google", "PRESSURED", None, "Canada") in rels
    _, rels = run(extractor, "The News Fairness Bill would make platforms pay Canadian outlets. Google warned "
                             "ministers it would stop funding local outlets.")
    assert ("Google", "OPPOSES", "oppose", "News Fairness Bill") in rels
    assert ("Google", "PRESSURED", None, "ministers") in rels  # those warned are pressed
    assert not any(kind == "FUNDED" for _, kind, _, _ in rels)


def test_a_plan_or_a_denial_to_withdraw_is_no_threat(extractor):
    _, rels = run(extractor, "The News Fairness Bill would make platforms pay Canadian outlets. Apple said "
                             "it would stop selling its older phones in Canada next year. Meta warned that it "
                             "would not pull news from Facebook in Canada.")
    assert not any(kind == "PRESSURED" for _, kind, _, _ in rels)


def test_a_passive_verb_joined_to_another_backs_the_same_measure(extractor):
    _, rels = run(extractor, "The Harbor Data Bill was tabled in April by Lucie Marin and was backed by "
                                "Transport Minister Paul Roche.")
    assert ("Paul Roche", "SUPPORTS", "support", "Harbor Data Bill") in rels


def test_pressure_told_as_a_noun_is_on_the_one_who_gives_way(extractor):
    _, rels = run(extractor, "The Irish government has shelved its streaming levy, bowing to pressure from "
                                "Netflix.")
    assert ("Netflix", "PRESSURED", None, "Ireland") in rels
    _, rels = run(extractor, "Japan dropped the chip rule under heavy pressure from the Biden administration.")
    assert ("Biden administration", "PRESSURED", None, "Japan") in rels
    _, rels = run(extractor, "The Canadian government paused the streaming levy, yielding to pressure from "
                             "the United States.")
    assert ("United States", "PRESSURED", None, "Canada") in rels


def test_a_body_pressed_to_act_is_pressured_without_a_side(extractor):
    _, rels = run(extractor, "The Data Levy Act was introduced in May. Netflix pressed the Senate to drop the act.")
    assert ("Netflix", "PRESSURED", None, "U.S. Senate") in rels
    assert not any(kind == "PRESSURED" and stance and target == "U.S. Senate" for _, kind, stance, target in rels)


def test_justices_who_dissented_voting_to_keep_a_provision_support_it(extractor):
    _, rels = run(extractor, "The court struck down Article 19 of the Internet Act. Justices Ana Costa and Rui "
                             "Nunes dissented, voting to keep Article 19 as it stood.")
    sides = {(s, r) for s, r, _, t in rels if t.startswith("Article 19") and r in ("SUPPORTS", "OPPOSES")}
    assert sides == {("Ana Costa", "SUPPORTS"), ("Rui Nunes", "SUPPORTS")}


def test_firms_that_spent_millions_lobbying_against_a_bill_lobbied_against_it(extractor):
    _, rels = run(extractor, "The Data Act was introduced in May. Google and Meta spent millions lobbying against "
                             "the bill.")
    assert {("Google", "LOBBIED", "oppose", "Data Act"), ("Meta", "LOBBIED", "oppose", "Data Act")} <= rels


def test_a_bill_that_drew_criticism_from_a_group_was_criticized_by_it(extractor):
    _, rels = run(extractor, "The Data Act was introduced in May. The bill drew sharp criticism from the Open "
                             "Rights Group.")
    assert ("Open Rights Group", "CRITICIZED", "oppose", "Data Act") in rels


def test_siding_with_those_who_fault_a_bill_is_no_support_for_the_bill(extractor):
    _, rels = run(extractor, "Governor Dana Holt vetoed the Safe Feeds Act, siding with technology firms that said "
                             "the measure threatened privacy.")
    assert ("Dana Holt", "SUPPORTS", "support", "Safe Feeds Act") not in rels
    assert ("technology firms", "OPPOSES", "oppose", "Safe Feeds Act") in rels
    _, rels = run(extractor, "The Safe Feeds Act passed in May. Senator Ann Lowe, who had worried about the effect "
                             "of the Safe Feeds Act, left the chamber.")  # her own clause keeps its measure
    assert ("Ann Lowe", "CRITICIZED", "oppose", "Safe Feeds Act") in rels


def test_lobbying_for_a_span_of_time_takes_no_side_the_purpose_does(extractor):
    _, rels = run(extractor, "Google lobbied for years against the Online News Act.")
    assert ("Google", "LOBBIED", "oppose", "Online News Act") in rels
    _, rels = run(extractor, "The IRS postponed the Seller Reporting Rule, a win for the e-commerce companies "
                             "that had lobbied for months to scale the rule back.")
    assert ("e-commerce companies", "LOBBIED", "oppose", "Seller Reporting Rule") in rels
    _, rels = run(extractor, "Meta lobbied for the Online News Act.")  # a side, when no time is told
    assert ("Meta", "LOBBIED", "support", "Online News Act") in rels
    _, rels = run(extractor, "The council repealed the Head Tax. Sawant, who had campaigned for months to tax "
                             "Amazon, criticized the vote.")
    assert ("Sawant", "LOBBIED", "support", "Head Tax") in rels


def test_hiring_lobbyists_to_fight_a_bill_is_lobbying_against_it(extractor):
    _, rels = run(extractor, "The App Store Act was introduced in May. Apple hired lobbyists to fight the bill.")
    assert ("Apple", "LOBBIED", "oppose", "App Store Act") in rels
    _, rels = run(extractor, "The App Store Act took effect in May. Apple hired engineers to implement the law.")
    assert not any(r[1] == "LOBBIED" for r in rels)  # hiring anyone else lobbies nobody


def test_backing_a_campaign_of_others_takes_no_side_on_the_measure_in_their_clause(extractor):
    _, rels = run(extractor, "The Seattle City Council voted on Tuesday to repeal a tax on the city's largest "
                             "employers, capitulating to a campaign backed by Amazon and other big businesses that "
                             "was on course to put the levy before voters in November.")
    assert not any(r[0] == "Amazon" and r[1] == "SUPPORTS" for r in rels)


def test_promoting_a_bill_backs_it(extractor):
    _, rels = run(extractor, "The Drivers Act was filed in May. Senator Ann Lowe promoted the bill at a rally.")
    assert ("Ann Lowe", "SUPPORTS", "support", "Drivers Act") in rels


def test_pushing_back_hard_resists_the_measure_in_hand(extractor):
    _, rels = run(extractor, "The Kids Act was introduced in May. Global technology companies pushed back hard.")
    assert ("Global technology companies", "OPPOSES", "oppose", "Kids Act") in rels
    _, rels = run(extractor, "The ministry pushed the Kids Act back by a year.")
    assert not any(r[1] in ("OPPOSES", "LOBBIED") for r in rels)  # a delay, not resistance


def test_pressing_ahead_with_a_plan_presses_nobody(extractor):
    _, rels = run(extractor, "Nigeria imposed a levy on transfers. The Nigeria Labour Congress warned that it would "
                             "strike if the government pressed ahead with the levy.")
    assert not any(r[1] == "PRESSURED" for r in rels)


def test_demanding_that_a_levy_be_withdrawn_urges_against_it(extractor):
    _, rels = run(extractor, "Nigeria imposed a levy on transfers. The Nigeria Labour Congress demanded that it be "
                             "withdrawn.")
    assert ("Nigeria Labour Congress", "URGED", "oppose", "levy on transfers") in rels


def test_the_union_is_no_country_unless_a_union_of_states_was_named(extractor):
    _, rels = run(extractor, "Nigeria imposed a levy on transfers. Unions demanded higher wages. The union demanded "
                             "a meeting with the minister.")
    assert not any(r[0] == "Nigeria" and r[1] == "URGED" for r in rels)
    _, rels = run(extractor, "The European Union adopted the AI Act. The union will enforce the act from 2026.")
    assert ("European Union", "ENFORCES", None, "AI Act") in rels


def test_groups_backing_the_lobbying_firms_lobby_with_them(extractor):
    _, rels = run(extractor, "India ordered card networks to store payment data only in India. Visa and Mastercard, "
                             "backed by the Payments Alliance, lobbied Indian officials against the order.")
    targets = {r[3] for r in rels if r[0] == "Visa" and r[1] == "LOBBIED"}
    assert targets and all(("Payments Alliance", "LOBBIED", "oppose", t) in rels for t in targets if t != "India")


def test_a_request_about_something_else_is_no_stand_on_the_measure_in_hand(extractor):
    _, rels = run(extractor, "Gov. JB Pritzker signed the Wellness Act on Aug. 1. The American Psychological "
                             "Association urged the Federal Trade Commission to look into chatbots.")
    assert not any(r[0] == "American Psychological Association" and r[3] == "Wellness Act" for r in rels)
    _, rels = run(extractor, "Gov. JB Pritzker signed the Wellness Act on Aug. 1. Retailers urged the regulator to "
                             "delay enforcement.")
    assert any(r[0] == "Retailers" and r[2] == "oppose" and r[3] == "Wellness Act" for r in rels)
    _, rels = run(extractor, "The EU adopted the AI Act in 2024. OpenAI pressed EU officials in 2022 not to classify "
                             "its general-purpose systems as high-risk.")
    assert any(r[0] == "OpenAI" and r[2] == "oppose" and r[3] == "AI Act" for r in rels)


def test_testifying_in_favour_of_a_bill_supports_it(extractor):
    _, rels = run(extractor, "The House passed House Bill 2005. David Hansson testified in favour of the bill.")
    assert ("David Hansson", "SUPPORTS", "support", "House Bill 2005") in rels


def test_a_firm_backed_measure_is_backed_by_the_firm(extractor):
    measures, rels = run(extractor, "The Supreme Judicial Court struck the Uber-backed ballot question on drivers.")
    assert ("Uber", "SUPPORTS", "support", "ballot question on drivers") in rels
    assert "ballot question on drivers" in measures


def test_a_state_writing_to_a_firm_presses_it_and_a_firm_courting_its_users_lobbies_no_one(extractor):
    _, rels = run(extractor, "The Telecom Regulatory Authority of India wrote to Facebook to demand answers. "
                             "Facebook pushed a notice to its Indian users, inviting them to email the regulator.")
    assert ("Telecom Regulatory Authority of India", "PRESSURED", None, "Meta") in rels
    assert not any(r == "LOBBIED" and t in ("Meta", "Indian users") for _, r, _, t in rels)


def test_hiring_lobbyists_with_no_measure_named_is_lobbying_on_the_measure_in_hand(extractor):
    _, rels = run(extractor, "The Commerce Department imposed a denial order on ZTE in April. ZTE hired outside "
                             "lobbyists in Washington to press its case. In July the department lifted the order.")
    assert ("ZTE", "LOBBIED", "oppose", "denial order on ZTE") in rels  # its side: the order was lifted
    assert ("outside lobbyists in Washington", "REPRESENTS", None, "ZTE") in rels


def test_firms_lobbying_by_one_verb_share_the_side_told_of_some_of_them(extractor):
    _, rels = run(extractor, "Uber and Lyft backed Proposition 22. Uber, Lyft, DoorDash and Instacart bankrolled "
                             "the Yes on 22 campaign, pushing messages about the measure to customers through their "
                             "apps. In 2021 a judge struck down Proposition 22.")
    for firm in ("Uber", "Lyft", "DoorDash", "Instacart"):
        assert (firm, "LOBBIED", "support", "Proposition 22") in rels


def test_concerns_raised_with_an_agency_are_lobbying_on_the_measure_in_hand_not_criticism_of_the_agency(extractor):
    _, rels, _ = run_indexed(extractor, "The reciprocal tariffs took effect in April. Dell and HP raised similar "
                                        "concerns with the Commerce Department. Apple raised concerns with Intel.")
    assert {("Dell", "LOBBIED", "oppose", "reciprocal tariffs"), ("HP", "LOBBIED", "oppose", "reciprocal tariffs")} <= rels, rels
    assert not any(r[3] == "U.S. Department of Commerce" and r[1] == "CRITICIZED" for r in rels), rels
    assert ("Apple", "CRITICIZED", "oppose", "Intel") in rels, rels


def test_lining_up_or_rallying_or_throwing_weight_behind_or_against_a_measure_takes_a_side(extractor):
    _, rels = run(extractor, "News Corp lined up against the Digital Bill. Retailers lined up behind the Digital "
                             "Bill. Publishers rallied against the Digital Bill. Google threw its full weight "
                             "behind the Digital Bill.")
    assert ("News Corp", "OPPOSES", "oppose", "Digital Bill") in rels, rels
    assert ("Retailers", "SUPPORTS", "support", "Digital Bill") in rels, rels
    assert ("Publishers", "OPPOSES", "oppose", "Digital Bill") in rels, rels
    assert ("Google", "SUPPORTS", "support", "Digital Bill") in rels, rels


def test_resigning_in_protest_at_a_measure_opposes_it(extractor):
    _, rels = run(extractor, "Kader Arif resigned in protest at the way the Digital Bill had been handled.")
    assert ("Kader Arif", "OPPOSES", "oppose", "Digital Bill") in rels, rels
    _, rels = run(extractor, "The Data Bill passed. Kader Arif resigned in protest at the Digital Tax.")
    assert ("Kader Arif", "OPPOSES", "oppose", "Digital Tax") in rels, rels
    assert not any(r[0] == "Kader Arif" and r[3] == "Data Bill" for r in rels), rels


def test_drafting_a_provision_that_limits_rules_sponsors_the_provision_not_the_rules(extractor):
    _, rels = run(extractor, "WASHINGTON - House leaders drafted a provision limiting state AI rules.")
    assert ("House leaders", "SPONSORED", "support", "provision limiting state AI rules") in rels, rels
    assert not any(r[3] == "state AI rules" for r in rels), rels


def test_fighting_back_opposes_the_measure_in_hand(extractor):
    _, rels = run(extractor, "The House passed the Cyber Sharing Act on Thursday. Civil liberties "
                             "organizations fought back just as hard.")
    assert ("Civil liberties organizations", "OPPOSES", "oppose", "Cyber Sharing Act") in rels


def test_hitting_back_criticizes_it(extractor):
    _, rels = run(extractor, "The ministry proposed the Data Levy. Retailers hit back, calling it a tax on shoppers.")
    assert ("Retailers", "CRITICIZED", "oppose", "Data Levy") in rels


def test_a_city_before_lobby_group_is_where_the_group_sits_not_a_lobbyist(extractor):
    _, rels, _ = run_indexed(extractor, "Carriers, together with their Brussels lobby group Connect Europe, had "
                                        "pressed for a network levy on streaming firms.")
    assert not any(r[0] == "European Union" for r in rels), rels


def test_one_of_the_bills_opponents_beside_a_name_opposes_it(extractor):
    _, rels, _ = run_indexed(extractor, "The Senate passed the Data Act on Monday. Google, one of the bill's most "
                                        "vocal opponents, said it would comply.")
    assert ("Google", "OPPOSES", "oppose", "Data Act") in rels
    _, rels, _ = run_indexed(extractor, "The Senate passed the Data Act on Monday. Meta, one of the most vocal "
                                        "critics, said nothing.")
    assert ("Meta", "CRITICIZED", "oppose", "Data Act") in rels
