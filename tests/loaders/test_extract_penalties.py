"""Measures a verb makes ("fined", "ordered ... to", "suspended") and the platform called X, on sentences
written for these tests."""

from extracthelpers import run


def test_two_fines_in_one_sentence_each_with_its_amount(extractor):
    types, rels, _ = run(extractor, "The Dutch privacy authority on Tuesday fined Uber €290 million and "
                                    "Clearview AI €30 million for breaking data protection rules.")
    assert types.get("€290 million fine on Uber") == "Measure"
    assert types.get("€30 million fine on Clearview AI") == "Measure"
    assert ("€30 million fine on Clearview AI", "TARGETS", None, "Clearview AI") in rels


def test_a_fine_in_a_currency_word_is_named_in_the_singular(extractor):
    types, _, _ = run(extractor, "Seoul's privacy watchdog fined Kakao 15 billion won on Thursday.")
    assert "15 billion won fine on Kakao" in types
    types, _, _ = run(extractor, "The Irish regulator fined LinkedIn 310 million euros in October.")
    assert "310 million euro fine on LinkedIn" in types


def test_an_order_to_do_something_is_a_measure_on_whom_it_binds(extractor):
    types, rels, _ = run(extractor, "In May the Federal Trade Commission ordered Meta to stop monetising "
                                    "data of minors, a step the company appealed.")
    order = "order requiring Meta to stop monetising data of minors"
    assert types.get(order) == "Measure"
    assert ("Federal Trade Commission", "IMPOSED", None, order) in rels
    assert (order, "TARGETS", None, "Meta") in rels


def test_an_order_without_what_is_ordered_or_only_a_power_to_order_makes_no_measure(extractor):
    types, _, _ = run(extractor, "A judge ordered Google into talks with the publishers.")
    assert not any(n.startswith("order requiring") for n in types)
    types, _, _ = run(extractor, "The statute gave the regulator the power to set fees and to order Telstra "
                                 "to share its towers.")
    assert not any(n.startswith("order requiring") for n in types)
    types, _, _ = run(extractor, "Trump signed an executive order directing the Justice Department to sue "
                                 "states over their AI laws.")
    assert not any(n.startswith("directive requiring") for n in types)


def test_suspending_a_named_firm_is_a_measure_but_suspending_a_rule_is_not(extractor):
    types, rels, _ = run(extractor, "Nepal suspended TikTok in November, citing social harmony.")
    assert types.get("suspension of TikTok") == "Measure"
    assert ("Nepal", "IMPOSED", None, "suspension of TikTok") in rels
    types, _, _ = run(extractor, "Vendors faced the new screening rules. They have now been suspended "
                                 "until March, the ministry said.")
    assert not any(n.startswith("suspension of") for n in types)
    types, _, _ = run(extractor, "Zhang Wei was suspended as chief executive of Nexperia by a court in Amsterdam.")
    assert not any(n.startswith("suspension of") for n in types)


def test_a_money_object_is_needed_before_the_target_is_read_from_its_modifiers(extractor):
    types, _, _ = run(extractor, "Lithuania suspends Huawei contract after security review")
    assert "suspension of Huawei" not in types


def test_x_is_the_platform_in_a_story_about_musk(extractor):
    text = ("Elon Musk's X sued the state on Monday. In a post on X, Musk said the law was unconstitutional. "
            "The regulator fined X 2 million dollars last year.")
    types, rels, _ = run(extractor, text)
    assert types.get("X Corp.") == "Firm"
    assert ("2 million dollar fine on X", "TARGETS", None, "X Corp.") in rels


def test_a_lone_x_is_no_platform_without_a_cue_or_after_article(extractor):
    types, _, _ = run(extractor, "Article X of the treaty binds Nokia. Company X lobbied against it.")
    assert "X Corp." not in types
    types, _, _ = run(extractor, "Musk welcomed the ruling. Article X of the code was struck down.")
    assert "X Corp." not in types
    types, _, _ = run(extractor, "Musk's allies cheered. In a post on X, Senator Ron Wyden criticized the bill.")
    assert "X Corp." not in types


def test_an_order_is_named_by_its_first_command_cut_short_at_a_word_boundary(extractor):
    types, _, _ = run(extractor, "The commission ordered Samsung to recall phones sold in Korea and to pay damages.")
    assert "order requiring Samsung to recall phones sold in Korea" in types
    types, _, _ = run(extractor, "The regulator ordered Apple to allow rival payment systems in apps sold to users "
                                 "such as gamers and students in Korea.")
    assert "order requiring Apple to allow rival payment systems in apps sold to users" in types


def test_a_power_to_order_is_no_order(extractor):
    types, _, _ = run(extractor, "The SREN law gave Arcom, the audiovisual regulator, the power to set technical "
                                 "standards for age checks and to order internet providers to block sites.")
    assert not any(n.startswith("order requiring") for n in types)


def test_a_generation_is_no_platform(extractor):
    types, _, _ = run(extractor, "Musk's critics objected. Generation X users backed the bill.")
    assert "X Corp." not in types


def test_barring_firms_from_doing_something_is_a_ban_on_doing_it(extractor):
    types, rels, _ = run(extractor, "The regulator barred firms from selling crypto-linked bonds to retail "
                                    "savers from March 2022.")
    ban = "ban on selling crypto-linked bonds to retail savers"
    assert types.get(ban) == "Measure"
    assert (ban, "TARGETS", None, "firms") in rels


def test_a_past_change_after_a_main_clause_with_a_modal_still_happened(extractor):
    _, rels, _ = run(extractor, "Savers can buy the bonds from Monday, after the Financial Conduct Authority "
                                "scrapped the Crypto Bond Ban it had imposed in 2022.")
    assert ("Financial Conduct Authority", "DROPPED", None, "Crypto Bond Ban") in rels


def test_ordering_an_end_to_something_is_a_measure_of_its_own_in_force(extractor):
    types, rels, _ = run(extractor, "Crackdown on duty-free e-commerce shipments. President Donald Trump on "
                                    "Feb. 1 ordered an end to duty-free treatment for parcels worth $800 or less "
                                    "from China. Shein lobbied against the end to duty-free treatment. Meta "
                                    "lobbied against the end of the session.")
    end = "end to duty-free treatment for parcels worth $800 or less from China"
    assert types.get(end) == "Measure"
    assert ("Donald Trump", "ENACTED", None, end) in rels
    assert ("Shein", "LOBBIED", "oppose", end) in rels
    assert "end of the session" not in types
    assert not any(r[0] == "Meta" and r[3] == end for r in rels)


def test_the_main_measures_of_a_roundup_are_no_measure_of_their_own(extractor):
    types, _, _ = run(extractor, "Here is where the main measures stand. The Senate passed the Parcel Act "
                                 "in May, and Temu lobbied against the main measures.")
    assert "main measures" not in types


def test_licences_granted_to_firms_are_no_rule_and_an_unrealistic_timetable_is_criticism(extractor):
    types, rels, _ = run(extractor, "The regulator granted licences to WeChat and TikTok. Jeff Paine of the Asia "
                                    "Internet Coalition said the timetable for the licensing rules was unrealistic.")
    assert not any(name.startswith("licences to") for name in types)
    assert ("Jeff Paine", "OPPOSES", "oppose", "licensing rules") in rels


def test_an_auction_or_an_abolition_of_something_is_a_measure(extractor):
    _, rels, _ = run(extractor, "Reliance Jio lobbied for an auction of satellite spectrum. EuroCommerce backed the "
                                "abolition of the 150-euro threshold.")
    assert ("Reliance Jio", "LOBBIED", "support", "auction of satellite spectrum") in rels
    assert ("EuroCommerce", "SUPPORTS", "support", "abolition of the 150-euro threshold") in rels


def test_a_regulators_declaratory_ruling_is_a_measure_and_the_ruling_points_back_to_it(extractor):
    _, rels, _ = run(extractor, "The commission adopted a declaratory ruling on router security in March. "
                                "The ruling was opposed by USTelecom.")
    assert ("USTelecom", "OPPOSES", "oppose", "declaratory ruling on router security") in rels


def test_a_courts_ruling_is_no_measure(extractor):
    types, rels, _ = run(extractor, "A federal judge blocked the Data Broker Act on Monday. NetChoice welcomed "
                                    "the ruling.")
    assert not any("ruling" in name for name in types)
    assert not any(r[3] == "Data Broker Act" and r[0] == "NetChoice" and r[2] == "support" for r in rels)


def test_a_fine_in_any_counted_currency_is_named_and_a_counted_group_is_no_amount(extractor):
    types, rels, _ = run(extractor, "The Securities Commission fined Uber 3 million ringgit on Monday. The Central "
                                    "Bank fined three banks on Monday.")
    assert ("3 million ringgit fine on Uber", "TARGETS", None, "Uber") in rels
    assert not any("three banks fine" in name for name in types)


def test_the_fine_after_a_verb_made_one_is_that_fine_on_the_firm_the_sentence_names(extractor):
    _, rels, _ = run(extractor, "The Fair Trade Commission fined Kakao 7 billion won and Naver 3 billion won on "
                                "Monday. Naver was penalized over its shopping search. It also warned of periodic "
                                "penalty payments. Kakao said it would appeal the fine.")
    assert ("Kakao", "OPPOSES", "oppose", "7 billion won fine on Kakao") in rels
    assert not any(r[0] == "Kakao" and r[1] == "OPPOSES" and r[3] != "7 billion won fine on Kakao" for r in rels)


def test_appealing_to_a_court_opposes_no_court(extractor):
    _, rels, _ = run(extractor, "Meta appealed to the Supreme Court against the ruling.")
    assert not any(r[0] == "Meta" and r[1] == "OPPOSES" for r in rels)


def test_the_order_with_no_measure_before_it_is_the_one_a_judge_made(extractor):
    _, rels, _ = run(extractor, "On Friday Judge Maria Lopez ordered carriers to suspend access to Telegram "
                                "nationwide. The order was criticised by FACUA. On Monday Lopez put the order on hold.")
    made = "order requiring carriers to suspend access to Telegram nationwide"
    assert ("Maria Lopez", "PAUSED", None, made) in rels
    assert ("FACUA", "CRITICIZED", "oppose", made) in rels
    assert not any(t == "order" for *_, t in rels)


def test_programmes_a_broadcaster_shares_are_no_measure(extractor):
    types, _, _ = run(extractor, "Atresmedia complained about channels sharing their programmes without permission.")
    assert "programmes" not in types


def test_it_after_the_fine_a_verb_made_is_that_fine(extractor):
    _, rels, _ = run(extractor, "Washington had promised to cut its tariffs on European cars. On Friday the European "
                                "Commission fined Google €2.95 billion. Within hours the White House attacked the fine, "
                                "calling it unfair to American companies.")
    assert not any(r[0] == "White House" and r[3] == "tariffs on European cars" for r in rels)
    assert any(r[0] == "White House" and r[1] == "OPPOSES" and r[3].startswith("€2.95 billion fine") for r in rels)


INTEL = ("The European Commission fined Intel 1.06 billion euros in May 2009. Intel challenged the decision. "
         "On its second look, the General Court annulled the whole fine. "
         "In September 2023 the Commission fined Intel again, this time 376.36 million euros. "
         "In June 2022 the General Court also threw out a 997 million euro fine that the Commission had "
         "imposed on Qualcomm in 2018.")


def test_fines_of_different_sums_are_different_fines_and_a_court_annulling_one_blocks_it(extractor):
    types, rels, _ = run(extractor, INTEL)
    assert types.get("376.36 million euro fine on Intel") == "Measure"  # "again, this time 376.36 million euros"
    assert types.get("997 million euro fine") == "Measure"  # not the Intel fine said again
    assert ("General Court", "BLOCKED", None, "1.06 billion euro fine on Intel") in rels  # annulled: RESCINDED by a court
    assert ("General Court", "BLOCKED", None, "997 million euro fine") in rels
    assert not any(r == "BLOCKED" and t == "1.06 billion euro fine on Intel" and s != "General Court"
                   for s, r, _, t in rels)


def test_challenging_the_decision_opposes_the_fine_just_imposed_though_a_court_annuls_it_later(extractor):
    _, rels, _ = run(extractor, INTEL)
    assert ("Intel", "OPPOSES", "oppose", "1.06 billion euro fine on Intel") in rels
    assert ("Intel", "SUPPORTS", "support", "1.06 billion euro fine on Intel") not in rels


def test_who_a_fine_falls_on_did_not_impose_it_and_a_time_ago_ends_its_name(extractor):
    types, rels, _ = run(extractor, "The Court of Justice upheld a ruling that wiped out a 1.06 billion euro fine "
                                    "imposed on the U.S. chipmaker 15 years ago. The European Commission said little.")
    fine = "1.06 billion euro fine imposed on the U.S. chipmaker"
    assert types.get(fine) == "Measure"
    assert not any(s == "United States" and t == fine for s, _, _, t in rels)
    assert any(r == "BLOCKED" and t == fine for _, r, _, t in rels)  # a ruling that wiped it out


def test_the_order_after_a_verb_made_one_is_that_order_not_an_older_law(extractor):
    _, rels, _ = run(extractor, "A regulator may weigh European privacy law when it judges whether a firm abused "
                                "its market power. In 2019 the Bundeskartellamt ordered Facebook to stop pooling "
                                "user data. Meta, which has always contested the order, appealed.")
    order = "order requiring Facebook to stop pooling user data"
    assert ("Meta", "OPPOSES", "oppose", order) in rels
    assert not any(t in ("European privacy law", "market power") for _, _, _, t in rels)


def test_a_firms_market_power_is_no_measure_for_the_measure_to_point_at(extractor):
    types, rels, _ = run(extractor, "The regulator said Meta had abused its market power. Meta lobbied against "
                                    "the measure.")
    assert "market power" not in types
    assert not any(t == "market power" for _, _, _, t in rels)


def test_descriptions_with_different_sums_of_money_are_different_measures():
    from policygraph.loaders.measure_match import measure_head, same_description
    assert not same_description("997 million euro fine", {"1.06 billion euro fine imposed on the U.S. chipmaker"})
    assert same_description("under-16 social media ban", {"social media ban"})  # an age is no sum
    assert measure_head("1.06 billion euro fine imposed on the U.S. chipmaker") == "fine"


def test_a_ban_a_verb_makes_on_two_firms_names_both_and_where_and_the_policy_is_that_ban(extractor):
    types, rels, _ = run(extractor, "OTTAWA - Canada will ban Huawei Technologies and ZTE from its 5G wireless "
                                    "networks. Under the policy, carriers may not buy new gear. U.S. officials spent "
                                    "years pressing Ottawa to adopt the policy. Analysts said that would limit the "
                                    "cost of the ban for them.")
    ban = "ban on Huawei Technologies and ZTE from 5G wireless networks"
    assert types.get(ban) == "Measure"
    assert ("Canada", "IMPOSED", None, ban) in rels
    assert "policy" not in types and "ban for them" not in types
    assert any(s == "U.S. officials" and t == ban for s, _, _, t in rels)


def test_the_justice_department_revoking_a_rule_rescinds_it_only_a_court_blocks(extractor):
    _, rels, _ = run(extractor, "In 2018 the Department of Justice revoked the Data Rule.")
    assert ("U.S. Department of Justice", "RESCINDED", None, "Data Rule") in rels
    _, rels, _ = run(extractor, "In 2018 the Justice Department threw out the Data Rule.")
    assert ("U.S. Department of Justice", "RESCINDED", None, "Data Rule") in rels  # a government undoing its own
    _, rels, _ = run(extractor, "In 2018 the General Court annulled the Data Rule.")
    assert ("General Court", "BLOCKED", None, "Data Rule") in rels


def test_a_rise_in_a_levy_is_a_measure_and_a_rise_in_demand_is_not(extractor):
    found, rels, _ = run(extractor, "NAIROBI - The Finance Bill included an increase in excise duty on mobile "
                                    "money transfer fees. Safaricom lobbied against the increase. Prices rose "
                                    "after an increase in demand. The regulator later approved a tariff hike for "
                                    "operators.")
    assert found.get("increase in excise duty on mobile money transfer fees") == "Measure", found
    assert ("Safaricom", "LOBBIED", "oppose", "increase in excise duty on mobile money transfer fees") in rels, rels
    assert found.get("tariff hike") == "Measure", found
    assert not any("demand" in name for name in found), found
    assert "mobile money transfer fees" not in found, found


def test_it_after_a_bill_that_carried_tax_increases_is_the_bill(extractor):
    _, rels, _ = run(extractor, "NAIROBI - The Treasury published the Finance Bill 2024 in May. That bill, which also "
                                "carried a string of unpopular tax increases, set off protests. The National "
                                "Assembly passed it on June 25.")
    assert ("National Assembly", "PASSED", None, "Finance Bill 2024") in rels, rels
    assert not any(r[1] == "PASSED" and "increase" in r[3] for r in rels), rels


def test_the_increase_with_no_rise_in_a_levy_told_is_no_measure(extractor):
    _, rels, _ = run(extractor, "The Online Safety Bill passed in May. Prices rose sharply in June, and Meta "
                                "opposed the increase.")
    assert not any(r[0] == "Meta" for r in rels), rels


def test_a_fine_on_each_of_a_list_of_platforms_targets_every_one_and_keeps_its_amount(extractor):
    types, rels, _ = run(extractor, "In March, the regulator said that Reddit, Snapchat, Pinterest, Discord and "
                                    "Twitch had each been fined 5 million dollars.")
    fines = [n for n, t in types.items() if t == "Measure"]
    assert len(fines) == 1 and fines[0].startswith("5 million") and "fines on" in fines[0], fines
    assert {r[3] for r in rels if r[1] == "TARGETS"} == {"Reddit", "Snapchat", "Pinterest", "Discord", "Twitch"}


def test_a_place_the_model_finds_among_firms_is_a_firm(extractor):
    types, _, _ = run(extractor, "Operators including Vodafone, Orange, Telefonica and Telecom Italia lobbied for "
                                 "the network fee.")
    assert types.get("Orange") == "Firm" and types.get("Telefonica") == "Firm"
