"""Reported speech: who speaks, and which measure a clause is about (sentences written for these tests)."""

from extracthelpers import run

from policygraph.graph.records import Document


def sides(extractor, text):
    entities, relations = extractor.extract(Document(id="d_p", title="t", text=text, date="2024-03-01"))
    names = {e.id: e.name for e in entities}
    return {(names[r.source], r.stance, names[r.target]) for r in relations if r.stance}


def test_representatives_of_firms_speak_for_the_firms(extractor):
    found = sides(extractor, "The Digital Safety Act was introduced in June. Representatives of Microsoft and "
                             "Amazon argued that the government's definition of risky systems was so broad it "
                             "could sweep in ordinary software.")
    assert {("Microsoft", "oppose", "Digital Safety Act"), ("Amazon", "oppose", "Digital Safety Act")} <= found


def test_a_warning_about_a_part_of_the_measure_in_hand_opposes_it(extractor):
    found = sides(extractor, "The Digital Safety Act was introduced in June. The Founders Alliance warned that the "
                             "definition of high-risk tools was so vague that translation apps could be caught.")
    assert ("Founders Alliance", "oppose", "Digital Safety Act") in found


def test_a_clause_about_something_else_takes_no_side(extractor):
    found = sides(extractor, "The Digital Safety Act was introduced in June. The Founders Alliance warned that its "
                             "members were running out of money.")
    assert not any(s == "Founders Alliance" for s, _, _ in found)


def test_criticising_the_decision_criticises_who_made_it_and_backs_what_it_ended(extractor):
    entities, relations = extractor.extract(Document(id="d_p", title="t", date="2024-03-01", text=(
        "Governor Ada Moreno vetoed the Data Broker Act on Monday. A federal appeals court on Tuesday struck down "
        "the Open Access Rule. Fair Net, a consumer group, criticised the decision.")))
    names = {e.id: e.name for e in entities}
    rels = {(names[r.source], r.type, names[r.target]) for r in relations}
    assert ("Fair Net", "CRITICIZED", "federal appeals court") in rels
    assert ("Fair Net", "SUPPORTS", "Open Access Rule") in rels
    assert not any(s == "Fair Net" and t == "Data Broker Act" for s, _, t in rels)


def test_a_vetoing_governor_on_its_framework_opposes_the_bill(extractor):
    found = sides(extractor, "Governor Ada Moreno vetoed HB 2210 on Monday. Moreno said its rigid framework "
                             "would hurt job creation.")
    assert ("Ada Moreno", "oppose", "HB 2210") in found


def test_an_initiative_listed_among_foundations_is_a_group(extractor):
    entities, _ = extractor.extract(Document(id="d_p", title="t", date="2024-03-01", text=(
        "The Cyber Act was proposed in 2022. The Eclipse Foundation and the Open Web Initiative lobbied "
        "against the Cyber Act.")))
    types = {e.name: e.type for e in entities}
    assert types.get("Open Web Initiative") == "Organization"


def test_the_subject_of_the_reported_clause_is_what_the_speaker_opposes(extractor):
    found = sides(extractor, "Once the app ban became law, Volt Media turned to the courts, arguing that it "
                             "violated the First Amendment.")
    assert ("Volt Media", "oppose", "app ban") in found
    assert not any(t == "First Amendment" for _, _, t in found)


def test_stripping_a_rule_from_a_bill_opposes_the_rule_only(extractor):
    found = sides(extractor, "The Senate voted to strip the Data Rule from the Budget Bill.")
    assert ("U.S. Senate", "oppose", "Data Rule") in found
    assert not any(t == "Budget Bill" for _, _, t in found)


def test_a_warning_about_the_speakers_own_losses_is_not_about_the_measure(extractor):
    found = sides(extractor, "The Chip Export Rule took effect in April. Orion Semiconductor warned it would "
                             "take a charge of about $5 billion.")
    assert not any(s == "Orion Semiconductor" for s, _, _ in found)


def test_a_judging_description_is_the_measure_in_hand(extractor):
    found = sides(extractor, "The FCC voted to scrap the net neutrality rules. The repeal followed lobbying by "
                             "Comcast, which urged the commission to drop what it called heavy-handed regulation.")
    assert ("Comcast", "oppose", "net neutrality rules") in found


def test_a_hyphenated_judgement_takes_a_side(extractor):
    found = sides(extractor, "The Data Act was proposed in May. NetChoice said the Data Act was heavy-handed.")
    assert ("NetChoice", "oppose", "Data Act") in found


def test_members_voting_with_their_chair_take_a_side_but_make_no_change(extractor):
    entities, relations = extractor.extract(Document(id="d_p", title="t", date="2017-12-14", text=(
        "The FCC voted to scrap the net neutrality rules. Republican Commissioners Ada Moreno and Lena Park "
        "joined Dan Ortiz in voting to throw out the rules.")))
    names = {e.id: e.name for e in entities}
    rels = {(names[r.source], r.type, names[r.target]) for r in relations}
    assert ("Lena Park", "OPPOSES", "net neutrality rules") in rels
    assert not any(s in ("Ada Moreno", "Lena Park") and t in ("BLOCKED", "RESCINDED") for s, t, _ in rels)
    assert not any(t == "MEMBER_OF" and o == "Dan Ortiz" for _, t, o in rels)  # joining him is no membership


def edges(extractor, text):
    """(source, type, stance, target, quoted sentence) for every relation found in ``text``."""
    entities, relations = extractor.extract(Document(id="d_e", title="t", text=text, date="2024-03-01"))
    names = {e.id: e.name for e in entities}
    return {(names[r.source], r.type, r.stance, names[r.target], r.evidence[0].quote) for r in relations}


def test_fault_found_with_a_named_actor_criticizes_it(extractor):
    found = edges(extractor, "The Ruritanian Trade Board opened an inquiry in May. The Lowland Consumer Federation "
                             "said the Ruritanian Trade Board was leaving shoppers exposed to hidden fees.")
    assert {(s, kind, stance, t) for s, kind, stance, t, _ in found} >= {
        ("Lowland Consumer Federation", "CRITICIZED", "oppose", "Ruritanian Trade Board")}


def test_praise_of_a_named_actor_is_no_criticism(extractor):
    found = edges(extractor, "The Ruritanian Trade Board opened an inquiry in May. The Lowland Consumer Federation "
                             "said the Ruritanian Trade Board was right to protect shoppers.")
    assert not any(kind == "CRITICIZED" for _, kind, _, _, _ in found)


def test_they_after_two_named_subjects_is_both(extractor):
    found = edges(extractor, "Samsung and Intel lobbied against the Chip Security Act. They argued that the law "
                             "was unfair and would hurt exporters.")
    argued = {s for s, kind, _, t, quote in found
              if quote.startswith("They argued") and kind == "OPPOSES" and t == "Chip Security Act"}
    assert argued == {"Samsung", "Intel"}


def test_saying_a_measure_brings_dignity_or_is_a_turning_point_supports_it(extractor):
    found = sides(extractor, "Nicolas Schmit said the Platform Work Directive would bring dignity and "
                             "transparency to gig work. The ETUC called the Platform Work Directive a turning "
                             "point for workers.")
    assert ("Nicolas Schmit", "support", "Platform Work Directive") in found
    assert ("ETUC", "support", "Platform Work Directive") in found


def test_the_words_of_a_name_judge_nothing(extractor):
    found = sides(extractor, "Meta said the Protect Kids Act would hurt small businesses.")
    assert ("Meta", "oppose", "Protect Kids Act") in found


def test_calling_a_measure_something_judges_it_by_the_words_as_written(extractor):
    found = sides(extractor, "The Courier Fees Rule was issued in May. Senator Ada Kline called the rule a "
                             "power grab rushed through by a departing board.")
    assert ("Ada Kline", "oppose", "Courier Fees Rule") in found


def test_a_participle_clause_goes_on_with_the_speakers_judgement(extractor):
    found = sides(extractor, "Ottawa has proposed a streaming levy. The Retail Council said the streaming levy would "
                             "be passed on to shoppers, hitting small stores.")
    assert ("Retail Council", "oppose", "streaming levy") in found


def test_a_judgement_said_of_any_such_measure_is_of_the_one_in_hand(extractor):
    found = sides(extractor, "Ottawa has proposed a streaming levy. The Retail Council said a levy would only "
                             "harm small stores.")
    assert ("Retail Council", "oppose", "streaming levy") in found
    found = sides(extractor, "Ottawa has proposed a streaming levy. The Retail Council said a ban would only "
                             "harm small stores.")
    assert not any("Retail Council" in source for source, _, _ in found)  # a ban is no levy


def test_a_country_s_move_judged_in_reported_speech_is_the_measure_it_imposed(extractor):
    _, rels, _ = run(extractor, "Japan imposed curbs on exports of chipmaking tools in May. China's trade ministry "
                                "said on Tuesday that Japan's move was an abuse that would hurt companies in both "
                                "countries.")
    assert any(r == "OPPOSES" and t.startswith("curbs on exports") for _, r, _, t in rels)


def test_what_a_speaker_called_a_poorly_considered_bill_is_criticized(extractor):
    _, rels, _ = run(extractor, "The Local News Act was introduced in March. Dana Cole, a Meta spokeswoman, said "
                                "that if lawmakers folded what she called a poorly considered news bill into the "
                                "budget, Meta would stop showing news.")
    assert ("Dana Cole", "CRITICIZED", "oppose", "Local News Act") in rels


def test_a_country_s_move_is_its_own_act_not_the_last_one_told(extractor):
    _, rels, _ = run(extractor, "Japan imposed curbs on exports of chipmaking tools in May. In June the Netherlands "
                                "paused its licence rule for lithography machines. China's trade ministry said that "
                                "Japan's move was an abuse that would hurt companies in both countries.")
    assert any(r == "OPPOSES" and t.startswith("curbs on exports") for _, r, _, t in rels)
    assert not any(r == "OPPOSES" and "licence rule" in t for _, r, _, t in rels)


def test_a_change_a_body_reports_takes_no_side_whatever_words_follow(extractor):
    found = sides(extractor, "The IRS said on Tuesday that it would again postpone the Seller Reporting Rule, "
                             "giving a second reprieve to casual sellers and a win to marketplaces.")
    assert not any(s == "Internal Revenue Service" for s, _, _ in found)
    found = sides(extractor, "The IRS said the Seller Reporting Rule would be a win for honest sellers.")
    assert ("Internal Revenue Service", "support", "Seller Reporting Rule") in found


def test_a_measure_called_a_threat_or_a_blow_to_something_good_is_opposed(extractor):
    _, rels, _ = run(extractor, "Indonesia issued Ministerial Regulation No. 5 in 2020. The Electronic Frontier "
                                  "Foundation described the regulation as a serious threat to free expression.")
    assert ("Electronic Frontier Foundation", "OPPOSES", "oppose", "Ministerial Regulation No. 5") in rels
    _, rels, _ = run(extractor, "India amended Section 44(3) of the act. The transparency campaign group Janata "
                                  "Watch called the amendment a blow to accountability.")
    assert any(r[1] == "OPPOSES" and r[2] == "oppose" for r in rels)


def test_threat_intelligence_judges_nothing(extractor):
    _, rels, _ = run(extractor, "Canada introduced Bill C-26 in June. The Canadian Chamber of Commerce said it backed "
                                  "the bill but urged the government to share more threat intelligence with companies.")
    assert not any(r[0] == "Canadian Chamber of Commerce" and r[2] == "oppose" for r in rels)


def test_what_speakers_say_of_a_law_in_a_relative_clause_is_their_stand_on_it(extractor):
    _, rels, _ = run(extractor, "Bangladesh's cabinet decided to scrap the Digital Security Act, a 2018 law that "
                                "journalists and human rights groups say has been used to silence critics.")
    assert ("human rights groups", "OPPOSES", "oppose", "Digital Security Act") in rels
    _, rels, _ = run(extractor, "Indonesia blocked Steam under a contested regulation that critics say hands the "
                                "government sweeping powers.")
    assert not any(r[0] == "critics" and r[3] == "regulation" for r in rels)  # "a regulation" named nowhere yet


def test_a_warning_that_a_measure_would_do_harm_is_a_stand_against_it(extractor):
    _, rels, _ = run(extractor, "The government published the revised Personal Data Protection Bill. Justice "
                                "Srikrishna warned that it could turn India into an Orwellian state.")
    assert any(r[0] == "Srikrishna" and r[2] == "oppose" and r[3] == "Personal Data Protection Bill" for r in rels)


def test_it_in_what_a_plural_speaker_says_will_happen_is_the_measure(extractor):
    _, rels, _ = run(extractor, "The assembly passed the Platform Act in July. Rights groups including Access Now "
                                "said it would expand censorship.")
    assert ("Rights groups", "OPPOSES", "oppose", "Platform Act") in rels
    _, rels, _ = run(extractor, "The assembly passed the Platform Act in July. Critics of the regulator argued it had "
                                "ended up far from where it started, after months of uncertainty.")
    assert not any(r[0] == "Critics" and r[3] == "Platform Act" for r in rels)


def test_rejecting_the_criticism_of_a_law_defends_it_and_raising_concerns_does_not(extractor):
    _, rels, _ = run(extractor, "The Senate passed the Data Act on Tuesday. Critics said it would silence journalists. "
                                "Information Minister Ana Ruiz rejected the criticism, saying the law was aimed at "
                                "people who spread fabricated news.")
    assert ("Ana Ruiz", "SUPPORTS", "support", "Data Act") in rels
    assert not any(r[0] == "Ana Ruiz" and r[2] == "oppose" for r in rels)
    _, rels, _ = run(extractor, "The Senate passed the Data Act on Tuesday. Google raised concerns about the Data Act.")
    assert not any(r[0] == "Google" and r[2] == "support" for r in rels)


def test_saying_what_should_be_done_with_a_measure_takes_a_side(extractor):
    lead = "The ministry published the Data Levy in May. "
    _, rels, _ = run(extractor, lead + "The Retail Council said the levy would turn shoppers into tax collectors "
                                       "and should be scrapped rather than patched.")
    assert ("Retail Council", "OPPOSES", "oppose", "Data Levy") in rels
    _, rels, _ = run(extractor, lead + "The Retail Council said lawmakers should repeal the levy.")
    assert ("Retail Council", "OPPOSES", "oppose", "Data Levy") in rels
    _, rels, _ = run(extractor, lead + "Consumer groups said the levy must be passed without delay.")
    assert ("Consumer groups", "SUPPORTS", "support", "Data Levy") in rels
    _, rels, _ = run(extractor, lead + "The Retail Council said the levy should not be scrapped.")
    assert not any(s == "Retail Council" for s, *_ in rels)


def test_worry_over_what_a_law_would_do_criticises_it(extractor):
    _, rels, _ = run(extractor, "The state passed the Data Act. Pinecrest said it shared the goal but was deeply "
                                "concerned that the law would force app stores to collect sensitive data.")
    assert ("Pinecrest", "CRITICIZED", "oppose", "Data Act") in rels
    _, rels, _ = run(extractor, "The EU adopted the Chat Control Regulation. Privacy groups are worried that the "
                                "rule would let police read messages.")
    assert ("Privacy groups", "CRITICIZED", "oppose", "Chat Control Regulation") in rels
    _, rels, _ = run(extractor, "The state passed the Data Act. Pinecrest was not concerned that the law would "
                                "hurt users.")
    assert not any(r[1] == "CRITICIZED" for r in rels)
