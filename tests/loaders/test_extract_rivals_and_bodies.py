"""Measures told apart or together (a rival initiative, a bill to outlaw the caps, "the duties" for tariffs,
a tariff's rate before what it falls on), and bodies named whole (a court's panel, a commission the gazetteer
read as two aliases, a country of two words owning a body, a dateline city, a foreign name in brackets, a
role beside the name of its holder). All sentences are invented."""

from extracthelpers import run

from policygraph.loaders.measure_match import contrasting, own_words, same_description, undoing


def test_a_rate_before_what_a_tariff_falls_on_stays_in_its_name(extractor):
    text = ("BRUSSELS - The Commission imposed tariffs of up to 20% on drones made in Ruritania. Drone makers "
            "said the duties would hurt buyers.")
    ents, _, _ = run(extractor, text, date="2024-03-01")
    assert [n for n, t in ents.items() if t == "Measure"] == ["tariffs of up to 20% on drones"]  # one: the duties too


def test_a_rival_ballot_measure_is_not_the_law_the_story_names(extractor):
    text = ("Lawmakers rush data law onto the books as investor pulls ballot measure\nMarch 1, 2024\n\n"
            "SALEM - The Data Rights Act was approved on the last day that the backers of a rival ballot "
            "initiative could still withdraw it from the November election.")
    ents, rels, _ = run(extractor, text, date="2024-03-01")
    assert "ballot measure" in ents
    assert not any(r[1] == "SHELVED" and r[3] == "Data Rights Act" for r in rels)


def test_plural_anaphor_of_a_kind_finds_that_kind_over_the_last_sentence(extractor):
    text = ("Regulator freezes home broadband data caps\nApril 23, 2016\n\nOperators said in February that new "
            "contracts would carry data caps. On Friday the regulator extended the order, and providers that "
            "break the order face fines of up to 50,000 reais a day. TeleGroup has spent weeks lobbying the "
            "regulator to defend the caps.")
    _, rels, _ = run(extractor, text, date="2016-04-23")
    assert ("TeleGroup", "LOBBIED", "support", "home broadband data caps") in rels
    assert not any(r[0] == "TeleGroup" and r[3] in ("order", "fines of up to 50,000 reais a day") for r in rels)


def test_a_measure_that_undoes_another_is_not_that_measure():
    assert own_words("bills to outlaw data caps on fixed broadband") == ["bills", "to"]
    assert not same_description("bills to outlaw data caps on fixed broadband", {"caps on fixed broadband"})
    assert same_description("data caps on fixed broadband", {"caps on fixed broadband"})
    assert own_words("bill to ban TikTok") == ["bill", "to", "ban", "tiktok"]  # what it bans is no measure
    assert undoing("government bill to abolish the Fake News Act") and undoing("Fake News (Repeal) Bill 2018")
    assert not undoing("Fake News Act")
    assert contrasting("rival ballot initiative") and not contrasting("ballot initiative")


def test_a_courts_numbered_senate_is_the_court(extractor):
    text = ("KARLSRUHE, Germany - Germany's Federal Constitutional Court struck down the law on Tuesday. The "
            "court's Second Senate found that it breached privacy.")
    ents, _, _ = run(extractor, text, date="2024-03-01")
    assert "U.S. Senate" not in ents
    ents, _, _ = run(extractor, "The bill cleared its first Senate vote on Tuesday.", date="2024-03-01")
    assert "U.S. Senate" in ents  # an ordinal in lower case counts votes, not a court's panels


def test_a_body_the_gazetteer_read_as_two_aliases_is_one_body(extractor):
    ents, rels, _ = run(extractor, "WELLINGTON - New Zealand's Commerce Commission fined Spark on Monday.",
                        date="2024-03-01")
    assert ents.get("New Zealand's Commerce Commission") == "Agency"
    assert not {"European Commission", "U.S. Department of Commerce"} & set(ents)


def test_a_country_of_two_words_owns_its_body_whole(extractor):
    ents, _, _ = run(extractor, "PRETORIA - South Africa's Competition Tribunal blocked the merger on Monday.",
                     date="2024-03-01")
    assert "South Africa's Competition Tribunal" in ents


def test_the_dateline_city_is_no_firm(extractor):
    text = ("Senate kills app store bill after Apple sends its privacy chief to Bismarck\nFebruary 17, 2021\n\n"
            "BISMARCK, N.D. - Senators rejected an app store bill on Tuesday. Apple lobbied against the bill.")
    ents, rels, _ = run(extractor, text, date="2021-02-17")
    assert "Bismarck" not in ents
    assert ("Apple", "LOBBIED", "oppose", "app store bill") in rels


def test_a_firm_called_by_its_first_word_is_the_same_firm(extractor):
    text = ("Orbit Games backed the bill on Monday. Orbit is already suing Apple over its app store fees, and the "
            "company said the bill would help.")
    ents, rels, _ = run(extractor, text, date="2024-03-01")
    assert "Orbit" not in ents
    assert ("Orbit Games", "OPPOSES", "oppose", "Apple") in rels


def test_a_name_in_another_language_and_an_acronym_in_brackets_are_the_group(extractor):
    text = ("The case was brought by the Data Rights Society (Verein für Datenrechte, or VFD), a group in Vienna. "
            "The VFD said it had opposed the surveillance law from the start.")
    ents, rels, _ = run(extractor, text, date="2024-03-01")
    assert not {"VFD", "Datenrechte", "Verein für Datenrechte"} & set(ents)
    assert any(r[0] == "Data Rights Society" and r[1] == "OPPOSES" for r in rels)


def test_a_role_beside_its_holders_name_is_the_holder(extractor):
    ents, rels, _ = run(extractor, "Ruritania's digital minister, Anna Berg, said the state would amend its law.",
                        date="2024-03-01")
    assert "digital minister" not in ents
    assert not any(r[3] == "digital minister" for r in rels)
