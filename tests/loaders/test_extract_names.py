"""Measure names and the relations around them, on sentences written for these tests."""

from policygraph.graph.records import Document


def run(extractor, text, date="2026-03-04"):
    doc = Document(id="d_n", title="t", text=text, date=date)
    entities, relations = extractor.extract(doc)
    names = {e.id: e for e in entities}
    rels = {(names[r.source].name, r.type, r.stance, names[r.target].name) for r in relations}
    return entities, rels


def test_a_long_official_title_its_nickname_and_the_lead_that_describes_it(extractor):
    entities, rels = run(extractor, (
        "Ruritania's data law takes effect\n\n"
        "VALDORA, March 4, 2026 - Ruritania's sweeping data protection law came into force on Wednesday.\n\n"
        "The Basic Act on the Protection of Personal Information and Digital Trust, commonly called the Data "
        "Trust Act, requires platforms to report breaches within a day. Telcom Union lobbied against the law."))
    measures = [e for e in entities if e.type == "Measure"]
    assert len(measures) == 1
    act = measures[0]
    assert act.name == "Basic Act on the Protection of Personal Information and Digital Trust"
    assert {"Data Trust Act", "data protection law"} <= act.aliases
    assert ("Telcom Union", "LOBBIED", "oppose", act.name) in rels


def test_a_push_to_split_a_bill_opposes_it_without_delaying_it(extractor):
    _, rels = run(extractor, "Bill C-40 contained the Online Markets Act. Opposition members pushed repeatedly "
                             "to split the Online Markets Act off from the bill. The Makers Council urged "
                             "ministers to separate the Online Markets Act from the rest of the bill.")
    assert not any(r[1] == "DELAYED" for r in rels)
    assert ("Makers Council", "URGED", "oppose", "Online Markets Act") in rels


def test_a_memorandum_is_a_measure_and_directing_officials_does_not_target_them(extractor):
    _, rels = run(extractor, "In February, President Ana Ruiz signed a memorandum directing trade officials "
                             "to study foreign digital taxes.")
    signed = [r for r in rels if r[1] == "ENACTED"]
    assert signed and signed[0][0] == "Ana Ruiz" and signed[0][3].startswith("memorandum directing")
    assert not any(r[1] == "TARGETS" for r in rels)


def test_an_extended_deadline_belongs_to_the_law_named_after_it(extractor):
    _, rels = run(extractor, "Governor Lena Park extended the deadline for Volt Media to find a buyer, months "
                             "after the Foreign Apps Act requiring its sale was supposed to take effect.")
    assert ("Lena Park", "DELAYED", None, "Foreign Apps Act") in rels


def test_two_descriptions_on_the_same_head_sharing_a_word_are_one_bill(extractor):
    entities, rels = run(extractor, "A Senate panel delayed the crypto market bill on Tuesday. Sen. Ada Moreno has "
                                    "criticised the market structure bill as written for the industry.")
    bills = [e for e in entities if e.type == "Measure"]
    assert len(bills) == 1 and ("Ada Moreno", "CRITICIZED", "oppose", bills[0].name) in rels


def test_an_earlier_description_joins_the_measure_later_named_with_it(extractor):
    entities, rels = run(extractor, "Ridgeway Bank urged senators to weaken last year's stablecoin law. In "
                                    "July the president signed the Token Safety Act, the stablecoin law, after a "
                                    "long fight.")
    assert [e.name for e in entities if e.type == "Measure"] == ["Token Safety Act"]
    assert ("Ridgeway Bank", "URGED", "oppose", "Token Safety Act") in rels


def test_a_public_title_leads_the_body_its_words_name(extractor):
    _, rels = run(extractor, "The Ministry of Electronics and Information Technology published the rules on "
                             "Thursday. Information Technology Minister Ravi Menon said the rules were fair. "
                             "The Federal Trade Commission dropped its appeal. Chairman Dan Ortiz said the agency "
                             "would act case by case.")
    assert ("Ravi Menon", "LEADS", None, "Ministry of Electronics and Information Technology") in rels
    assert ("Dan Ortiz", "LEADS", None, "Federal Trade Commission") in rels


def test_president_pro_tempore_is_a_title_not_a_name(extractor):
    entities, rels = run(extractor, "The Senate failed to override the veto. Senate President Pro Tempore Lena "
                                    "Park said she was disappointed.")
    people = {e.name: e.type for e in entities if e.type in ("Lawmaker", "Person", "Official")}
    assert people == {"Lena Park": "Lawmaker"}
    assert ("Lena Park", "LEADS", None, "U.S. Senate") in rels


def test_a_plural_title_before_two_names_types_both(extractor):
    entities, _ = run(extractor, "The FCC voted to repeal the net neutrality rules. Republican Commissioners "
                                 "Ada Moreno and Lena Park voted to throw out the rules.")
    types = {e.name: e.type for e in entities}
    assert types["Ada Moreno"] == "Official" and types["Lena Park"] == "Official"


def test_del_is_a_delegates_title_and_no_sentence_end(extractor):
    entities, _ = run(extractor, "In March, Gov. Ada Moreno vetoed HB 2210, Del. Lena Park's bill on automated "
                                 "hiring, after the General Assembly passed it in February.")
    assert {e.name: e.type for e in entities}.get("Lena Park") == "Lawmaker"


def test_a_clause_on_a_descriptive_appositive_is_about_the_named_person(extractor):
    entities, rels = run(extractor, "Paul Martin, a former French digital minister who now advises Nvidia, "
                                    "was among the loudest critics of the plan.")
    assert ("Paul Martin", "EMPLOYED_BY", None, "Nvidia") in rels
    assert not any("minister" in e.name for e in entities)


def test_the_product_maker_is_the_firm_just_named(extractor):
    _, rels = run(extractor, "Orion Labs lobbied in Brussels too. The RoboGPT maker pressed EU officials in 2022. "
                             "Its chief executive, Dana Whitfield, warned that the company might leave Europe.")
    assert ("Dana Whitfield", "LEADS", None, "Orion Labs") in rels


def test_a_states_chambers_are_its_own_and_its_name_may_start_a_firms(extractor):
    entities, _ = run(extractor, "The Vermont Senate failed on Monday to override the veto of the Vermont Data "
                                 "Privacy Act. The House voted 128-17 to override. Vermont lawmakers passed the "
                                 "bill in May, and Texas Instruments and the Vermont Public Interest Research "
                                 "Group lobbied for it.")
    types = {e.name: e.type for e in entities}
    assert types.get("Vermont Senate") == "Agency" and types.get("Vermont House") == "Agency"
    assert "U.S. Senate" not in types and "U.S. House of Representatives" not in types
    assert types.get("Texas Instruments") == "Firm"
    assert types.get("Vermont Public Interest Research Group") == "Organization"


def test_well_known_groups_and_firms_keep_their_type(extractor):
    entities, rels = run(extractor, "The Market Structure Bill stalled on Monday. Coinbase chief executive Dana "
                                    "Whitfield said the exchange could not back it, and Consumer Reports urged "
                                    "senators to reject the bill.")
    types = {e.name: e.type for e in entities}
    assert types.get("Coinbase") == "Firm" and types.get("Consumer Reports") == "Organization"
    assert ("Dana Whitfield", "LEADS", None, "Coinbase") in rels


def test_a_party_and_state_tag_names_no_actor_and_makes_no_state_story(extractor):
    entities, rels = run(extractor, (
        "Senate Majority Leader Dana Holt, a Nevada Democrat, delayed the vote on the Open Code Act. "
        "Sen. Ray Brand, R-Fla., a sponsor of the Open Code Act, withdrew his support. "
        "Rep. Lena Park (D-CA) criticized the Senate. Congress shelved the bill."))
    names = {e.name for e in entities}
    assert not names & {"Nev.", "Fla.", "CA", "Nevada", "Florida", "California"}
    assert not any("Nevada" in r[0] + r[3] or "Florida" in r[0] + r[3] for r in rels)
    assert ("U.S. Congress", "SHELVED", None, "Open Code Act") in rels
    assert ("Lena Park", "CRITICIZED", "oppose", "U.S. Senate") in rels
    assert {e.name: e.type for e in entities}["Ray Brand"] == "Lawmaker"


def test_a_role_with_a_person_beside_it_is_that_person_not_the_last_holder_of_a_like_title(extractor):
    _, rels = run(extractor, (
        "Senate Judiciary Chairman Paul Ames introduced the Open Code Act in May.\n\n"
        "The Film Producers Guild hit back. Its chairman, former Sen. Carl Dunmore, accused Wikipedia and "
        "Google of staging a stunt."))
    assert ("Carl Dunmore", "CRITICIZED", "oppose", "Google") in rels
    assert ("Carl Dunmore", "LEADS", None, "Film Producers Guild") in rels
    assert not any(r[0] == "Paul Ames" and r[3] == "Google" for r in rels)


def test_bare_commerce_committee_chairs_and_a_guild_that_names_itself(extractor):
    entities, rels = run(extractor, (
        "On May 20, Commerce issued a temporary licence for Huawei suppliers. "
        "Senate Judiciary Chairman Paul Ames introduced the Open Code Act. "
        "The Film Producers Guild criticized the Open Code Act."))
    types = {e.name: e.type for e in entities}
    assert types["U.S. Department of Commerce"] == "Agency"
    assert "Commerce" not in types
    assert types["Paul Ames"] == "Lawmaker"
    assert ("Film Producers Guild", "CRITICIZED", "oppose", "Open Code Act") in rels


def test_state_bill_numbers_with_a_session_prefix_and_a_nickname_given_in_a_sentence_of_its_own(extractor):
    entities, rels = run(extractor, (
        "The measure, Senate Bill 25B-004, moves the start date. The underlying statute, Senate Bill 24-205, is "
        "known around the Capitol as the Ruritan AI Act. The Granite Chamber of Commerce and the Granite AFL-CIO "
        "lobbied against SB24-205."))
    measures = {e.name: e for e in entities if e.type == "Measure"}
    assert "Senate Bill 25B-004" in measures and "Senate Bill 24-205" in measures
    assert "Ruritan AI Act" in measures["Senate Bill 24-205"].aliases
    assert ("Granite Chamber of Commerce", "LOBBIED", "oppose", "Senate Bill 24-205") in rels


def test_a_state_named_organisation_keeps_its_of_phrase_and_hyphen(extractor):
    entities, _ = run(extractor, "The Colorado Chamber of Commerce and the Colorado AFL-CIO objected to the "
                                 "Data Act. Texas Instruments and Apple objected too.")
    names = {e.name: e.type for e in entities}
    assert names.get("Colorado Chamber of Commerce") == "Organization"
    assert names.get("Colorado AFL-CIO") == "Organization"
    assert "Texas Instruments" in names and "Apple" in names


def test_particle_surnames_datelines_and_trade_bodies(extractor):
    entities, rels = run(extractor, (
        "STRASBOURG, 12 February 2025 — Commission President Ursula von der Leyen withdrew the Tracking Regulation. "
        "Publishers had lobbied against the proposal for years. The European Publishers Council and the "
        "Interactive Advertising Bureau Europe were among the most vocal critics."))
    types = {e.name: e.type for e in entities}
    assert types.get("Ursula von der Leyen") == "Official" and "Leyen" not in types
    assert "STRASBOURG" not in types
    assert types.get("European Publishers Council") == "Organization"
    assert types.get("Interactive Advertising Bureau Europe") == "Organization"
    assert ("European Publishers Council", "CRITICIZED", "oppose", "Tracking Regulation") in rels


def test_joint_resolutions_are_measures_by_their_number(extractor):
    entities, rels = run(extractor, "Sen. Dana Holt introduced a disapproval resolution, S.J. Res. 12, in "
                                    "January. The House passed its own version, H.J. Res. 40, in March.")
    names = {e.name for e in entities if e.type == "Measure"}
    assert {"S.J. Res. 12", "H.J. Res. 40"} <= names
    assert ("Dana Holt", "INTRODUCED", None, "S.J. Res. 12") in rels


def test_a_senator_called_bill_is_a_person_not_a_bill(extractor):
    entities, rels = run(extractor, "The Data Fairness Act passed the state Senate in April. State Sen. Bill "
                                    "Ostrander, a Lakeport Democrat, sponsored the act.")
    assert not any(e.type == "Measure" and "Sen." in e.name for e in entities)
    assert ("Bill Ostrander", "SPONSORED", "support", "Data Fairness Act") in rels


def test_a_lead_amendment_is_the_numbered_bill_named_next(extractor):
    entities, rels = run(extractor, (
        "Ohio eases its face-scan law\n\n"
        "LAKEPORT, May 2, 2026 - Gov. Mira Stone has signed an amendment that limits the damages companies can "
        "face under the Face Data Protection Act.\n\n"
        "Senate Bill 410, which the governor signed on Friday, counts repeated scans as one violation. The "
        "Face Data Protection Act dates from 2011 and the law is the strictest of its kind.\n\n"
        "The Retail Council lobbied lawmakers for months. Sen. Ada Roy sponsored the bill."))
    measures = {e.name: e for e in entities if e.type == "Measure"}
    assert set(measures) == {"Senate Bill 410", "Face Data Protection Act"}
    assert "amendment" in {a.lower() for a in measures["Senate Bill 410"].aliases}
    assert ("Ada Roy", "SPONSORED", "support", "Senate Bill 410") in rels


def test_an_act_the_model_tags_as_a_person_is_still_the_bill_s_title(extractor):
    entities, rels = run(extractor, "House Bill 301, titled the High-Risk Artificial Intelligence Developer and "
                                    "Deployer Act, would have required impact assessments. Gov. Lena Park vetoed it.")
    assert not any(e.type in ("Person", "Official", "Lawmaker") and e.name.endswith("Act") for e in entities)
    act = [e for e in entities if e.type == "Measure"]
    assert len(act) == 1 and act[0].name == "High-Risk Artificial Intelligence Developer and Deployer Act"
    assert "House Bill 301" in act[0].aliases


def test_a_title_before_a_name_is_no_actor_of_its_own(extractor):
    entities, rels = run(extractor, "Bill C-71 was tabled in March. The bill died on Monday when Prime Minister "
                                    "Justin Trudeau prorogued Parliament.")
    assert not any(e.name == "Prime Minister" for e in entities)
    assert ("Justin Trudeau", "DROPPED", None, "Bill C-71") in rels


def test_a_named_commission_is_not_the_european_commission(extractor):
    entities, _ = run(extractor, "Bill C-71 was tabled in March. A Digital Safety Commission would have enforced "
                                 "its duties on platforms.")
    names = {e.name for e in entities}
    assert "Digital Safety Commission" in names and "European Commission" not in names


def test_a_party_leader_is_a_lawmaker_and_an_assault_on_speech_is_criticism(extractor):
    entities, rels = run(extractor, "Bill C-71 was tabled in March. Conservative Leader Pierre Poilievre said "
                                    "repeatedly that the bill was an assault on free expression.")
    assert {e.name: e.type for e in entities}["Pierre Poilievre"] == "Lawmaker"
    assert ("Pierre Poilievre", "OPPOSES", "oppose", "Bill C-71") in rels


def test_a_lead_s_legislation_is_the_bill_named_next(extractor):
    entities, _ = run(extractor, (
        "Ruritania's platform bill dies\n\nVALDORA, Jan. 7, 2026\n\n"
        "Legislation that would have made app stores verify ages died on Monday when parliament was dissolved.\n\n"
        "Bill C-88, the App Store Safety Act, was tabled by Digital Minister Lena Park in March."))
    measures = [e for e in entities if e.type == "Measure"]
    assert len(measures) == 1 and measures[0].name == "App Store Safety Act"


def test_the_house_after_a_named_house_is_that_house(extractor):
    entities, rels = run(extractor, "Bill C-88 was introduced in the House of Commons in March by Digital Minister "
                                    "Lena Park. The House passed the bill in June.")
    names = {e.name for e in entities if e.type == "Agency"}
    assert "House of Commons" in names and "U.S. House of Representatives" not in names
    assert ("House of Commons", "PASSED", None, "Bill C-88") in rels


def test_a_house_of_delegates_is_its_own_chamber(extractor):
    _, rels = run(extractor, "House Bill 90 cleared the House of Delegates 51-47 in February.")
    assert ("House of Delegates", "PASSED", None, "House Bill 90") in rels


def test_national_chambers_are_agencies_and_the_lower_house_is_the_one_named(extractor):
    entities, rels = run(extractor, "The minister introduced the Online Gaming Bill in the Lok Sabha on Wednesday, "
                                    "and the lower house passed it within hours. The Rajya Sabha approved it on "
                                    "Thursday.")
    types = {e.name: e.type for e in entities}
    assert types["Lok Sabha"] == types["Rajya Sabha"] == "Agency"
    assert ("Lok Sabha", "PASSED", None, "Online Gaming Bill") in rels
    assert ("Rajya Sabha", "PASSED", None, "Online Gaming Bill") in rels


def test_a_bare_national_assembly_belongs_to_no_one_country(extractor):
    entities, _ = run(extractor, "Vietnam's National Assembly passed the cybersecurity law in June.")
    assert "National Assembly of South Korea" not in {e.name for e in entities}


def test_an_order_extending_duties_is_a_measure_and_lawyers_are_a_group(extractor):
    entities, rels = run(extractor, "In late February the ministry issued a ministerial order extending "
                                    "age-check duties to 17 foreign video sites. Privacy advocates and trial "
                                    "lawyers opposed the order.")
    order = [e for e in entities if e.type == "Measure"]
    assert len(order) == 1 and order[0].name.startswith("ministerial order extending age-check duties")
    assert ("trial lawyers", "OPPOSES", "oppose", order[0].name) in rels


def test_a_sentence_ending_in_a_one_letter_name_or_abbreviation_still_ends(extractor):
    entities, rels = run(extractor, "TechNet, a group whose members include Meta, Google and X. In his opinion, "
                                    "Judge Mara Quill faulted the law. Firms left the U.S. The rules stayed.")
    names = {e.name for e in entities}
    assert not any(n.startswith("X.") or n.endswith(" In") for n in names)
    assert not any(r[1] == "MEMBER_OF" and r[0] == "Mara Quill" for r in rels)


def test_a_quoted_payment_under_another_kindred_noun_is_one_measure(extractor):
    entities, rels = run(extractor, "Brussels shelves 'fair share' levy\n\nPhone operators had campaigned for a "
                                    "\"fair share\" contribution from the biggest streaming companies. Tech firms "
                                    "lobbied against what they called a toll on streaming services.")
    assert {e.name for e in entities if e.type == "Measure"} == {"fair share contribution"}
    assert any(kind == "LOBBIED" and t == "fair share contribution" and s.startswith("Tech")
               for s, kind, _, t in rels)


def test_a_measure_only_the_headline_describes_is_the_leads_measure_of_its_kind(extractor):
    entities, rels = run(extractor, "Ruritania gives app makers three more months on cyber rules\n\nThe national "
                                    "cyber agency has pushed back by three months the deadline for small firms to "
                                    "comply with its incident-reporting and data-retention rules. A group of trade "
                                    "associations had urged it to withdraw the rules.")
    measures = {e.name for e in entities if e.type == "Measure"}
    assert "cyber rules" not in measures and "data-retention rules" in measures
    assert not any(kind == "OPPOSES" and s.endswith("agency") for s, kind, _, _ in rels)  # the deadline moved


def test_a_dateline_place_before_a_dash_is_no_actor(extractor):
    entities, rels = run(extractor, "CHENNAI - The Madras High Court on Friday struck down the Online Gaming "
                                    "Rules.\n\nKOCHI - The Kerala High Court stayed the Cable Rules.")
    assert not {e.name for e in entities} & {"CHENNAI", "KOCHI"}
    entities, _ = run(extractor, "DHAKA - Bangladesh's cabinet decided on Monday to scrap the Digital Security "
                                 "Act, a 2018 law that journalists and human rights groups say has been used to "
                                 "silence critics of the government, and to replace it with a new Cyber Security "
                                 "Act, though the same groups warned that the change might turn out to be little "
                                 "more than a new name.")  # the model takes the dash into the name
    assert not any(e.name.startswith("DHAKA") for e in entities)
    assert not any(r[0] in ("CHENNAI", "KOCHI") for r in rels)


def test_a_title_the_model_left_unlabelled_is_no_body(extractor):
    entities, rels = run(extractor, "Shortly afterwards, the United Nations High Commissioner for Human Rights, "
                                    "Volker Türk, urged the government to suspend the Digital Security Act.")
    assert "High Commissioner" not in {e.name for e in entities}
    assert ("Volker Türk", "URGED", "oppose", "Digital Security Act") in rels


def test_a_system_of_something_is_no_measure_but_a_system_for_something_is(extractor):
    entities, _ = run(extractor, "Interior Minister Nancy Faeser said the ban would protect the central nervous "
                                 "system of Europe's largest economy. Tokyo created a licensing system for chip "
                                 "imports, and Intel opposed it.")
    measures = {e.name for e in entities if e.type == "Measure"}
    assert not any("nervous system" in m for m in measures)
    assert any(m.startswith("licensing system for") for m in measures)


def test_a_name_set_beside_an_arrangement_is_a_measure(extractor):
    entities, rels = run(extractor, "The EU court struck down the Privacy Shield, the arrangement on which more than "
                                    "5,000 companies relied to send data to the United States. Ubisoft, the French "
                                    "publisher, said it would comply.")
    types = {e.name: e.type for e in entities}
    assert types.get("Privacy Shield") == "Measure"
    assert types.get("Ubisoft") == "Firm"


def test_a_name_head_inside_a_firms_name_makes_no_measure(extractor):
    entities, _ = run(extractor, "Internet providers, including Comcast and Charter Communications, lobbied for the "
                                 "ACP Extension Act.")
    types = {e.name: e.type for e in entities}
    assert types.get("Charter Communications") == "Firm"
    assert "Comcast and Charter" not in types
    entities, _ = run(extractor, "France Puts Digital Tax Payments on Hold to Head Off U.S. Tariffs\n\nPARIS - France "
                                 "will hold off collecting its digital tax until December.")
    assert "Digital Tax" in {e.name for e in entities}  # a title-case headline capitalises every word


def test_a_state_before_a_party_places_a_lawmaker_not_the_story(extractor):
    entities, _ = run(extractor, "The ACP Extension Act was introduced by Senator Peter Welch, with Ohio Republican "
                                 "JD Vance among its co-sponsors. A nonprofit in Ohio backed it. The House version "
                                 "drew 200 co-sponsors.")
    names = {e.name for e in entities}
    assert "U.S. House of Representatives" in names and "Ohio House" not in names


def test_a_departments_name_goes_on_after_and_and_its_acronym_names_its_head(extractor):
    entities, rels = run(extractor, "The Illinois Department of Financial and Professional Regulation said the law took "
                                    "effect. The department, known as IDFPR, will enforce the law. IDFPR Secretary "
                                    "Mario Treto Jr. said residents deserved better.")
    assert "Illinois Department of Financial and Professional Regulation" in {e.name for e in entities}
    assert ("Mario Treto Jr.", "LEADS", None, "Illinois Department of Financial and Professional Regulation") in rels


def test_a_regulator_a_story_calls_by_its_kind_is_the_one_it_names(extractor):
    entities, rels = run(extractor, "Russia's communications regulator on Thursday ordered providers to cut off access "
                                    "to LinkedIn. Roskomnadzor added LinkedIn to its register. A Moscow court had "
                                    "rejected LinkedIn's appeal.")
    types = {e.name: e.type for e in entities}
    assert types.get("Roskomnadzor") == "Agency" and "communications regulator" not in types
    assert any(r[0] == "Roskomnadzor" and r[1] == "IMPOSED" for r in rels)


def test_a_law_named_after_a_person_keeps_the_person_in_its_name(extractor):
    entities, _ = run(extractor, "The Martha Wright-Reed Just and Reasonable Communications Act was signed by "
                                 "President Joe Biden. Biden had said that Senator Ed Markey's bill was overdue.")
    names = {e.name for e in entities}
    assert "Martha Wright-Reed Just and Reasonable Communications Act" in names
    assert "Ed Markey" in names


def test_a_name_a_law_is_known_by_is_the_law_even_when_the_model_calls_it_a_firm(extractor):
    entities, rels = run(extractor, "President Lula signed a child online safety law on Wednesday. The law, known as "
                                    "the ECA Digital because it extends the Statute of Children and Adolescents, will "
                                    "require app stores to verify ages. Child-protection groups campaigned for the ECA "
                                    "Digital.")
    eca = [e for e in entities if e.name == "ECA Digital" or "ECA Digital" in e.aliases]
    assert len(eca) == 1 and eca[0].type == "Measure"
    assert ("Child-protection groups", "LOBBIED", "support", eca[0].name) in rels


def test_an_acronym_keeps_finding_the_act_it_spells_out(extractor):
    _, rels = run(extractor, "Canada's AI law died on the order paper. The Artificial Intelligence and Data Act was "
                             "part of Bill C-27. The AI act, known in Ottawa as AIDA, would have required audits. "
                             "Conservatives pushed to split AIDA off from the privacy measures.")
    assert ("Conservatives", "LOBBIED", "oppose", "Artificial Intelligence and Data Act") in rels


def test_a_bare_supreme_court_in_a_story_about_a_state_is_the_nations(extractor):
    entities, _ = run(extractor, "Mississippi's age-check law took effect after the Supreme Court declined to block it. "
                                 "The Mississippi Legislature passed the law in 2024, and Mississippi's attorney "
                                 "general defended it.")
    names = {e.name for e in entities}
    assert "Mississippi Supreme Court" not in names
    assert "U.S. Supreme Court" in names


def test_a_surname_after_a_name_with_jr_is_that_person_who_leads_the_administration_named_for_him(extractor):
    entities, rels = run(extractor, "MANILA - President Ferdinand Marcos Jr. signed the Digital Tax Act. "
                                    "Marcos had called it a priority of the Marcos administration.")
    assert "Marcos" not in {e.name for e in entities}
    assert ("Ferdinand Marcos Jr.", "LEADS", "Marcos administration") in {(s, t, o) for s, t, _, o in rels}


def test_a_named_order_after_an_order_described_with_a_is_that_order(extractor):
    entities, rels = run(extractor, "President Ferdinand Marcos Jr. has signed an executive order formally banning "
                                    "the offshore online gambling industry that boomed in the Philippines. Executive "
                                    "Order No. 74, dated Nov. 5 and published this week, orders the immediate ban "
                                    "of offshore gaming operators.")
    measures = {e.name for e in entities if e.type == "Measure"}
    assert "Executive Order No. 74" in measures
    assert not any(n.startswith("executive order ") for n in measures)


def test_the_government_in_a_story_datelined_abroad_is_that_countrys_not_one_named_as_a_place(extractor):
    text = ("MANILA - Gaming firms boomed in the Philippines, taking bets from customers in China. Senator Risa "
            "Hontiveros pressed the government to shut the industry down.")
    _, rels = run(extractor, text)
    assert ("Risa Hontiveros", "PRESSURED", None, "Philippines") in rels
    _, rels = run(extractor, text.replace("MANILA - ", ""))
    assert ("Risa Hontiveros", "PRESSURED", None, "China") in rels  # no dateline: the government named last


def test_a_ban_called_for_for_years_is_named_without_the_years(extractor):
    entities, _ = run(extractor, "Senator Sherwin Gatchalian had called for a total ban for years on the grounds "
                                 "that its costs outweighed the revenue.")
    assert "total ban" in {e.name for e in entities}


def test_a_surname_the_tagger_took_for_a_common_noun_is_still_the_person(extractor):
    _, rels = run(extractor, "President Donald Trump's veto surprised no one. Trump vetoed the Defense "
                             "Authorization Act on Dec. 23.")
    assert ("Donald Trump", "VETOED", None, "Defense Authorization Act") in rels


def test_a_regulator_called_by_its_kind_is_the_one_named_in_its_sentence_when_the_story_names_two(extractor):
    entities, rels = run(extractor, "TOKYO - Japan's antitrust regulator on Tuesday ordered Google to stop requiring "
                                    "phone makers to preinstall its search app, the first time the Japan Fair Trade "
                                    "Commission has issued such an order. Unlike the European Commission, the JFTC "
                                    "did not impose a fine.")
    assert "antitrust regulator" not in {e.name for e in entities}
    assert any(s == "Japan Fair Trade Commission" and r == "IMPOSED" for s, r, _, _ in rels)


def test_a_minister_with_no_country_in_the_title_serves_the_country_of_the_dateline(extractor):
    _, rels = run(extractor, "OTTAWA - Canada will ban Huawei from its 5G networks. The United States had pressed "
                             "Ottawa for years. Industry Minister Francois-Philippe Champagne said the risks were "
                             "too high. Foreign Minister Qin Gang told his visiting Canadian counterpart that Ottawa "
                             "should not help the United States contain China.")
    assert ("Francois-Philippe Champagne", "EMPLOYED_BY", None, "Canada") in rels
    assert ("Qin Gang", "EMPLOYED_BY", None, "Canada") not in rels  # another country in the sentence


def test_an_app_store_or_an_official_journal_is_no_actor(extractor):
    entities, rels = run(extractor, "Apple lobbied against the App Store Accountability Act. The rules were "
                                    "published in the Official Journal on Friday. Apple said the store rules "
                                    "hurt developers on its App Store and on Google Play.")
    names = {e.name for e in entities}
    assert "App Store Accountability Act" in names
    assert not names & {"App Store", "Official Journal", "Google Play"}, names


def test_a_double_barrelled_surname_is_one_name(extractor):
    entities, rels = run(extractor, "A second measure fared worse. Assemblymember Rebecca Bauer-Kahan pulled "
                                    "AB 1018 in September.", date="2025-10-03")
    types = {e.name: e.type for e in entities}
    assert types.get("Rebecca Bauer-Kahan") == "Lawmaker", types
    assert "Kahan" not in types
    assert ("Rebecca Bauer-Kahan", "SHELVED", None, "AB 1018") in rels


def test_united_and_a_country_names_a_party(extractor):
    entities, rels = run(extractor, "Justice Minister Adam Nowik leads United Poland, the coalition's junior "
                                    "partner, which pushed hardest for the bill. The United States said nothing.",
                         date="2021-01-15")
    types = {e.name: e.type for e in entities}
    assert types.get("United Poland") == "Organization", types
    assert ("Adam Nowik", "LEADS", None, "United Poland") in rels
    assert not any(s == "Adam Nowik" and t == "LEADS" and o == "Poland" for s, t, _, o in rels)
    assert "United States" in types  # the gazetteer's own "United ..." names are untouched
