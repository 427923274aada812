"""Regulators found again ("the regulator", "the agency", a headline's "Ruritanian regulator"), headlines told
again in the lead's own words, measures chosen instead or proposed, and names the parser splits or joins (a
company named after its founders, a national arm, an appositive name, a country's bank). All sentences are
invented."""

from extracthelpers import run


def test_a_chairman_of_a_name_like_a_persons_leads_a_company(extractor):
    ents, rels, _ = run(extractor, 'Gerald Hanley, the chairman of Hanley Norris, said the minister had "folded".')
    assert ents.get("Hanley Norris") == "Firm" and ents.get("Gerald Hanley") == "Person"
    assert ("Gerald Hanley", "LEADS", None, "Hanley Norris") in rels


def test_a_bill_announced_and_later_passed_was_proposed_by_its_announcer(extractor):
    text = ("Treasurer Ola Brenn announced the Parcel Levy Bill in the spring budget. The Senate passed the Parcel "
            "Levy Bill on Tuesday.")
    _, rels, _ = run(extractor, text, date="2024-06-20")
    assert ("Ola Brenn", "SPONSORED", "support", "Parcel Levy Bill") in rels
    assert ("Ola Brenn", "PROPOSED", None, "Parcel Levy Bill") in rels
    assert not any(r[1] in ("ENACTED", "IMPOSED") and r[0] == "Ola Brenn" for r in rels), rels


def test_the_regulator_is_the_one_called_so_not_a_committee_or_parliament_named_since(extractor):
    text = ("OSLO - Norway's spectrum regulator has dropped plans to auction the 700MHz band. The Norwegian "
            "Communications Authority said on "
            "Monday that it would renew the licences instead. Operators met members of the Storting's transport "
            "committee. A member of the Storting welcomed the decision. Consumer groups said the regulator should "
            "impose fines.")
    ents, rels, _ = run(extractor, text, date="2024-05-07")
    assert ("Consumer groups", "CRITICIZED", "oppose", "Storting") not in rels
    assert not any(r[0] in ("Storting", "Storting's transport committee") and r[1] == "IMPOSED" for r in rels), rels
    assert "spectrum regulator" not in ents  # one regulator: the one the story names next
    assert ("Norwegian Communications Authority", "IMPOSED", None, "fines") in rels


def test_a_regulators_description_is_the_named_body_whose_name_ends_with_it(extractor):
    text = ("LIMA - Peru's data protection authority has fined Zelto. The National Data Protection Authority "
            "said on Friday that Zelto had ignored its orders.")
    ents, _, _ = run(extractor, text, date="2024-05-07")
    assert "data protection authority" not in ents and ents.get("National Data Protection Authority") == "Agency"


def test_a_company_named_with_its_country_in_its_own_language_is_one_firm(extractor):
    ents, _, _ = run(extractor, "The plan was lobbied against by Vodafone and Telefonica Deutschland. Telefonica "
                                "Deutschland said it welcomed the delay.")
    assert "Deutschland" not in ents and ents.get("Telefonica") == "Firm"


def test_what_a_regulator_did_instead_after_lobbying_is_what_the_lobbying_won(extractor):
    text = ("BERN - The telecoms regulator has scrapped plans to auction the 3.5GHz band and will instead extend "
            "the licences of the two incumbents, after two years of lobbying by Vodafone.")
    _, rels, _ = run(extractor, text, date="2024-05-07")
    lobbied = {(r[2], r[3]) for r in rels if r[0] == "Vodafone" and r[1] == "LOBBIED"}
    assert ("oppose", "plans to auction the 3.5GHz band") in lobbied
    assert ("support", "licences of the two incumbents") in lobbied


def test_a_bare_parliament_is_the_one_parliament_named(extractor):
    text = ("The European Parliament approved the Media Pluralism Act on Tuesday. Parliament wanted a ban on "
            "spyware. Lena Varga steered the act through Parliament.")
    ents, rels, _ = run(extractor, text, date="2024-03-13")
    assert "Parliament" not in ents
    assert ("European Parliament", "SUPPORTS", "support", "ban on spyware") in rels


def test_wanting_a_measure_backs_it_and_wanting_to_scrap_it_does_not(extractor):
    text = "Zelto wanted a ban on resale bots. Kavo wanted to scrap the parcel tax."
    _, rels, _ = run(extractor, text)
    assert ("Zelto", "SUPPORTS", "support", "ban on resale bots") in rels
    assert ("Kavo", "SUPPORTS", "support", "parcel tax") not in rels


def test_a_general_secretary_of_a_federation_leads_it_and_is_no_official(extractor):
    text = ("The Federation of Ruritanian Journalists criticised the compromise. \"It is too weak,\" said Ivo Stam, "
            "the federation's general secretary.")
    ents, rels, _ = run(extractor, text)
    assert ents.get("Ivo Stam") == "Person"
    assert ("Ivo Stam", "LEADS", None, "Federation of Ruritanian Journalists") in rels


def test_a_headline_scrapping_a_cap_is_the_law_the_lead_abolishes(extractor):
    text = ("Malta's parliament scraps decade-old cap on handset discounts\n\nVALLETTA - Malta's parliament on "
            "Thursday voted to abolish a 10-year-old law that limits handset discounts. The Handset Discount Act "
            "took effect in 2014. The Malta Retailers Association had lobbied for repeal for years.")
    ents, rels, _ = run(extractor, text, date="2024-12-27")
    measures = {n for n, t in ents.items() if t == "Measure"}
    assert measures == {"Handset Discount Act"}, measures
    assert ("Malta Retailers Association", "LOBBIED", "oppose", "Handset Discount Act") in rels


def test_lobbying_against_a_repeal_still_backs_the_measure(extractor):
    _, rels, _ = run(extractor, "Retailers lobbied against the repeal of the handset discount cap.")
    assert ("Retailers", "LOBBIED", "support", "handset discount cap") in rels


def test_a_government_named_for_a_leader_the_model_took_for_an_adjective(extractor):
    text = "President Yoon Suk Yeol spoke on Monday. The Yoon government said it wanted the rules changed."
    ents, _, _ = run(extractor, text)
    assert ents.get("Yoon government") == "Government"


def test_the_road_not_taken_is_no_status(extractor):
    text = ("The commission proposed the Robo-Adviser Rule in 2023. In 2024 the agency said it might re-propose the "
            "Robo-Adviser Rule rather than adopt it as written.")
    _, rels, _ = run(extractor, text, date="2025-01-10")
    assert not any(r[1] in ("ENACTED", "IMPOSED", "PASSED") for r in rels), rels


def test_a_body_named_again_beside_its_name_is_one_body(extractor):
    text = ("The court upheld the ban imposed by Datavern, the Ruritanian Data Protection Authority, on Tuesday. "
            "Datavern ordered the ban in July.")
    ents, _, _ = run(extractor, text, date="2024-09-07")
    assert ents.get("Ruritanian Data Protection Authority") == "Agency" and "Datavern" not in ents


def test_a_list_of_names_is_no_apposition(extractor):
    ents, _, _ = run(extractor, "NCTA, CTIA, which represents wireless carriers, and USTelecom lobbied lawmakers.")
    assert {"NCTA", "CTIA", "USTelecom"} <= set(ents), ents


def test_the_ban_imposed_by_a_body_is_the_ban_told_before(extractor):
    text = ("A court refused Zelto's request to suspend a ban on tracking ads in Ruritania. The court said the ban "
            "imposed by Datavern was likely lawful.")
    ents, _, _ = run(extractor, text, date="2024-09-07")
    assert [n for n, t in ents.items() if t == "Measure"] == ["ban on tracking ads in Ruritania"]


def test_a_countrys_bank_is_its_central_bank_and_proposing_a_ban_is_no_ban(extractor):
    text = ("The law lets the Bank of Lithuania run a trial. In 2022 the central bank proposed banning the mining "
            "of cryptocurrencies. Bank of America declined to comment.")
    ents, rels, _ = run(extractor, text, date="2024-08-09")
    assert ents.get("Bank of Lithuania") == "Agency" and ents.get("Bank of America") == "Firm"
    assert ("Bank of Lithuania", "PROPOSED", None, "ban on mining of cryptocurrencies") in rels
    assert not any(r[1] in ("ENACTED", "IMPOSED") and r[3] == "ban on mining of cryptocurrencies" for r in rels)


def test_the_rules_issued_as_a_round_are_the_rules_not_the_list_firms_were_added_to(extractor):
    text = ("Malta unveils long-delayed curbs on drone kits\nMay 2, 2024\n\nVALLETTA - The government on Monday "
            "issued its second round of restrictions on exports of drone parts, adding 40 companies to a trade "
            "blacklist. The rules, published by the trade ministry, took effect at once.")
    ents, rels, _ = run(extractor, text, date="2024-05-02")
    measures = {n for n, t in ents.items() if t == "Measure" and "blacklist" not in n}
    assert measures == {"restrictions on exports of drone parts"}, measures  # the headline's curbs are the lead's


def test_a_group_does_not_take_in_another_noun_joined_to_it(extractor):
    ents, _, _ = run(extractor, "The plan was narrowed after months of lobbying by chip equipment makers and "
                                "resistance from Japan.")
    assert "chip equipment makers" in ents, ents
