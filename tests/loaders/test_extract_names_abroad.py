"""Names the gazetteer's countries cut or misplace: a company's national arm, a trade body "of" a country,
a union congress, India's Congress party, a US Congress in a story about China (sentences written for
these tests)."""

from extracthelpers import run


def test_a_company_named_with_its_country_is_one_firm_and_a_member_of_the_body_of_that_country(extractor):
    found, rels, _ = run(extractor, "LAGOS - The Association of Licensed Telecom Operators of Nigeria, whose members "
                                    "include MTN Nigeria and Airtel, lobbied for higher tariffs.")
    assert found.get("Association of Licensed Telecom Operators of Nigeria") == "Organization", found
    assert found.get("MTN Nigeria") == "Firm", found
    assert ("MTN Nigeria", "MEMBER_OF", None, "Association of Licensed Telecom Operators of Nigeria") in rels, rels
    assert not any(r[0] == "Nigeria" and r[1] == "MEMBER_OF" for r in rels), rels


def test_a_body_named_across_a_country_is_one_organisation(extractor):
    found, rels, _ = run(extractor, "NEW DELHI - The Confederation of All India Traders urged the government to "
                                    "notify the e-commerce rules.")
    assert found.get("Confederation of All India Traders") == "Organization", found
    assert "Confederation of All" not in found and "India Traders" not in found, found


def test_a_state_before_a_firm_is_still_a_state(extractor):
    found, _, _ = run(extractor, "Acme Texas sued the state over the law.")
    assert "Acme Texas" not in found, found


def test_a_labour_congress_is_an_organisation_not_a_legislature(extractor):
    found, rels, _ = run(extractor, "The Nigeria Labour Congress rejected the tariff increase. The Trades Union "
                                    "Congress criticised the AI Bill. The Congress of South African Trade Unions "
                                    "opposed the Cybercrimes Bill.")
    assert found.get("Nigeria Labour Congress") == "Organization", found
    assert found.get("Trades Union Congress") == "Organization", found
    assert found.get("Congress of South African Trade Unions") == "Organization", found
    assert "U.S. Congress" not in found, found
    assert ("Congress of South African Trade Unions", "OPPOSES", "oppose", "Cybercrimes Bill") in rels, rels


def test_indias_congress_is_a_party(extractor):
    found, rels, _ = run(extractor, "NEW DELHI - India's government withdrew the Broadcasting Services Bill on "
                                    "Monday. The opposition Congress had criticised the bill.")
    assert found.get("Congress party") == "Organization", found
    assert ("Congress party", "CRITICIZED", "oppose", "Broadcasting Services Bill") in rels, rels


def test_a_bare_congress_in_a_story_about_china_is_still_the_us_one(extractor):
    found, rels, _ = run(extractor, "China said the BIOSECURE Act was unfair. Beijing criticised the bill. China's "
                                    "foreign ministry condemned it. Chinese biotech firms lobbied against it. The "
                                    "Senate passed the bill, and Congress may vote on it again.")
    assert found.get("U.S. Senate") == "Agency", found
    assert ("U.S. Senate", "PASSED", None, "BIOSECURE Act") in rels, rels
    assert not any(name.startswith("Chinese") and kind == "Agency" for name, kind in found.items()), found


def test_a_body_named_after_a_country_keeps_the_hyphenated_words_of_its_name(extractor):
    found, rels, _ = run(extractor, "The Japan Federation of Hire-Taxi Associations, the industry's national body, "
                                    "lobbied against the new ride-hailing law.")
    assert ("Japan Federation of Hire-Taxi Associations", "LOBBIED", "oppose", "ride-hailing law") in rels, rels
    assert "Japan Federation" not in found, found


def test_a_known_firms_national_arm_is_the_firm_not_the_country(extractor):
    _, rels, _ = run(extractor, "Google Kenya opposed the Data Bill. Amazon India lobbied against the e-commerce "
                                "rules.")
    assert ("Google", "OPPOSES", "oppose", "Data Bill") in rels, rels
    assert ("Amazon", "LOBBIED", "oppose", "e-commerce rules") in rels, rels
    assert not any(r[0] in ("Kenya", "India") for r in rels), rels


def test_a_body_the_model_ended_with_of_takes_its_country_and_a_currency_is_no_place(extractor):
    found, rels, _ = run(extractor, "LAGOS - The Association of Telecommunications Companies of Nigeria backed the "
                                    "tariff increase. The naira has lost two-thirds of its value.")
    assert ("Association of Telecommunications Companies of Nigeria", "SUPPORTS", "support", "tariff increase") in rels, rels
    assert "naira" not in found, found


def test_indias_congress_party_named_with_its_country_is_the_party_that_acts(extractor):
    found, rels, _ = run(extractor, "India's Congress party criticised the telecom bill.")
    assert found.get("Congress party") == "Organization", found
    assert ("Congress party", "CRITICIZED", "oppose", "telecom bill") in rels, rels
    assert "India's Congress" not in found, found


def test_a_party_the_model_took_for_a_place_is_an_organisation_when_its_apposition_says_so(extractor):
    found, rels, _ = run(extractor, "TOKYO - The cabinet approved a bill to regulate ride-hailing apps. Komeito, the "
                                    "junior coalition partner, opposed the bill.")
    assert found.get("Komeito") == "Organization", found
    assert ("Komeito", "OPPOSES", "oppose", "bill to regulate ride-hailing apps") in rels, rels


def test_a_trade_body_named_beside_its_kind_is_an_organisation(extractor):
    found, _, _ = run(extractor, "LONDON - The fintech trade body Innovate Finance criticised the refund rule.")
    assert found.get("Innovate Finance") == "Organization", found


def test_a_bare_treasury_in_a_story_from_abroad_is_that_countrys(extractor):
    found, rels, _ = run(extractor, "LONDON - Britain's payments regulator set the refund rule. The Treasury backed "
                                    "the refund rule.")
    assert ("British Treasury", "SUPPORTS", "support", "refund rule") in rels, rels
    assert "U.S. Department of the Treasury" not in found, found
    found, _, _ = run(extractor, "WASHINGTON - The Treasury backed the refund rule.")
    assert "U.S. Department of the Treasury" in found, found


def test_a_chamber_named_with_a_nationality_is_that_countrys_not_the_us_one(extractor):
    found, rels, _ = run(extractor, "The French Senate voted the Digital Tax through in July. The Senate had "
                                    "amended it in May. The Mexican Supreme Court struck down the Telecom Law.")
    assert found.get("French Senate") == "Agency" and found.get("Mexican Supreme Court") == "Agency", found
    assert "U.S. Senate" not in found and "U.S. Supreme Court" not in found, found
    assert ("Mexican Supreme Court", "BLOCKED", None, "Telecom Law") in rels, rels


def test_the_upper_houses_of_malaysia_and_the_baltic_parliaments_are_chambers(extractor):
    found, rels, _ = run(extractor, "The Dewan Negara rejected the repeal bill on Wednesday. The Saeima, the Seimas and "
                                    "the Riigikogu debated similar bills.", date="2018-09-13")
    assert all(found.get(n) == "Agency" for n in ("Dewan Negara", "Saeima", "Seimas", "Riigikogu")), found
