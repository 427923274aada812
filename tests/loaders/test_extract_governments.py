"""Governments named after their leader, bodies told by their kind of name, the country a story's dateline
puts "the federal government" in, who asked for a measure and who shelved it, and whom "them" means."""

from extracthelpers import run


def test_a_government_named_after_its_leader_is_one_actor_that_the_government_then_means(extractor):
    types, rels, _ = run(extractor, "CANBERRA - The Albanese government has shelved a ban on loot boxes in Australia. "
                                    "Prime Minister Anthony Albanese defended the move. The government will review the "
                                    "ban.")
    assert types.get("Albanese government") == "Government"
    assert ("Albanese government", "SHELVED", None, "ban on loot boxes") in rels
    assert ("Albanese government", "REVIEWING", None, "ban on loot boxes") in rels
    assert ("Anthony Albanese", "LEADS", None, "Albanese government") in rels
    types, _, _ = run(extractor, "The Modi government banned TikTok. The Labour government agreed. The Conservative "
                                 "government fell.")
    assert types.get("Modi government") == "Government"
    assert "Labour government" not in types and "Conservative government" not in types


def test_a_body_that_asked_for_a_ban_is_not_the_one_that_shelved_it(extractor):
    _, rels, _ = run(extractor, "The government shelved a ban on loot boxes. The ban was first recommended by Ofcom.")
    assert ("Ofcom", "URGED", "support", "ban on loot boxes") in rels
    assert not any(r[0] == "Ofcom" and r[1] == "SHELVED" for r in rels)
    _, rels, _ = run(extractor, "The government shelved a ban on loot boxes. Parents had urged the ban for years.")
    assert ("Parents", "URGED", "support", "ban on loot boxes") in rels
    _, rels, _ = run(extractor, "The government shelved a ban on loot boxes. Parents had urged a delay to the ban.")
    assert ("Parents", "URGED", "oppose", "ban on loot boxes") in rels


def test_a_chamber_of_deputies_is_a_body_and_a_chamber_of_commerce_a_group(extractor):
    types, _, _ = run(extractor, "The Chamber of Deputies passed the bill. The Chamber of Commerce opposed it.")
    assert types.get("Chamber of Deputies") == "Agency"
    assert types.get("U.S. Chamber of Commerce") == "Organization"


def test_a_minister_leads_the_ministry_of_the_same_portfolio_named_later(extractor):
    _, rels, _ = run(extractor, "Labour Minister Luiz Marinho met Uber on Tuesday. The bill followed months of "
                                "negotiations between the Labour Ministry, unions and the app companies.")
    assert ("Luiz Marinho", "LEADS", None, "Labour Ministry") in rels
    _, rels, _ = run(extractor, "Finance Minister Ana Costa met Uber on Tuesday. The Labour Ministry said no.")
    assert not any(r[0] == "Ana Costa" and r[1] == "LEADS" for r in rels)


def test_a_name_set_off_after_an_association_is_that_association(extractor):
    types, _, _ = run(extractor, "Uber and 99 took part in the talks, and their industry association, Amobitec, "
                                 "backed the text, saying it would bring legal certainty.")
    assert types.get("Amobitec") == "Organization"


def test_the_federal_government_of_a_story_datelined_abroad_is_that_country(extractor):
    types, rels, _ = run(extractor, "OTTAWA - The federal government has retreated from its plan to outlaw the "
                                    "Flipper Zero, a pocket-sized wireless gadget.")
    assert ("Canada", "DROPPED", None, "plan to outlaw the Flipper Zero") in rels
    assert "United States" not in types
    _, rels, _ = run(extractor, "The federal government has retreated from its plan to outlaw the Flipper Zero.")
    assert ("United States", "DROPPED", None, "plan to outlaw the Flipper Zero") in rels


def test_a_leaders_government_told_with_a_possessive_is_the_country_led_by_the_person(extractor):
    types, _, _ = run(extractor, "NEW DELHI - The reversal is a rare retreat for Prime Minister Narendra Modi's "
                                 "government, which had ordered phone makers to preinstall the app.")
    assert types.get("Narendra Modi") == "Official"
    assert "Modi government" not in types


def test_a_government_sending_congress_a_bill_puts_it_forward(extractor):
    _, rels, _ = run(extractor, "BRASILIA - Brazil's government has sent Congress a bill that would give the "
                                "antitrust regulator new powers over the largest digital platforms.")
    assert any(r[0] == "Brazil" and r[1] == "PROPOSED" for r in rels)
    assert not any(r[1] == "PASSED" for r in rels)


def test_them_as_an_object_is_the_plural_named_in_its_sentence_not_the_last_sentences_subject(extractor):
    _, rels, _ = run(extractor, "The government postponed a ban on junk food adverts. Health campaigners reacted with "
                                "dismay. The Obesity Health Alliance accused ministers of putting industry interests "
                                "first and urged them to bring the date forward.")
    assert not any(r[0] == "Obesity Health Alliance" and r[3] == "Health campaigners" for r in rels)
    _, rels, _ = run(extractor, "Four trade associations sent the two senators a joint letter urging them to abandon "
                                "the approach.")
    assert not any(r[0] == "Four trade associations" and r[3] == "Four trade associations" for r in rels)
    assert ("Four trade associations", "PRESSURED", None, "two senators") in rels


def test_a_noun_named_by_what_is_set_off_after_it_stands_for_that(extractor):
    _, rels, _ = run(extractor, "The finance ministry proposed a flat 20% tax on crypto gains. Members of the party's "
                                "web3 team, a group of lawmakers who promote blockchain firms, also pushed for the "
                                "change.")
    assert any(r[0] == "group of lawmakers" and r[1] == "LOBBIED" and r[3].endswith("tax on crypto gains")
               for r in rels), rels


def test_the_government_is_a_countrys_not_the_eus(extractor):
    types, rels, _ = run(extractor, "ROME - Ruritania's parliament gave final approval on Wednesday to a law "
                                    "regulating artificial intelligence, the first country in the European Union "
                                    "to do so. The government of Prime Minister Ada Moreno presented the text in "
                                    "April.")
    assert not any(r[0] == "Ada Moreno" and r[3] == "European Union" for r in rels), rels
