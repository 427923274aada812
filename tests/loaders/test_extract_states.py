"""Who is who in a story that never introduces them: a one-word "person" with no first name or title is
a firm; states and provinces of other federations are governments, and their ministers serve them."""

from extracthelpers import run


def test_a_one_word_name_never_introduced_is_a_firm_but_a_surname_a_place_and_a_leader_are_not(extractor):
    text = ("The chipmakers Bosch and Infineon welcomed the subsidy, and Bluesky said it would comply with the "
            "rules. Senator Jane Ortiz praised the "
            "subsidy, and Ortiz said the rules were fair. The Biden administration backed the subsidy; Biden "
            "praised it.")
    found, _, _ = run(extractor, text)
    assert found.get("Infineon") == "Firm", found
    assert found.get("Bluesky") == "Firm", found
    assert found.get("Jane Ortiz") == "Lawmaker", found
    assert "Ortiz" not in found, found
    assert found.get("Biden") != "Firm", found


def test_an_acronym_the_model_calls_a_person_is_not_made_a_firm_and_its_body_stays_an_agency(extractor):
    text = ("Nigeria's Federal Competition and Consumer Protection Commission fined Meta in July. Tunji Bello, "
            "the FCCPC's executive vice chairman, said the fine would stand.")
    found, _, _ = run(extractor, text)
    assert found.get("Federal Competition and Consumer Protection Commission") == "Agency", found


def test_a_bill_the_model_calls_a_person_is_not_made_a_firm(extractor):
    text = ("The Criminal Justice (Incitement to Violence or Hatred and Hate Offences) Bill will proceed with "
            "only its hate crime sections, the minister said.")
    found, _, _ = run(extractor, text)
    assert found.get("Bill") != "Firm", found


def test_states_and_provinces_of_other_federations_are_governments(extractor):
    text = ("BENGALURU - The Karnataka government has shelved the local hiring bill after Nasscom lobbied "
            "against it.")
    found, rels, _ = run(extractor, text)
    assert found.get("Karnataka") == "Government", found
    assert ("Nasscom", "LOBBIED", "oppose", "local hiring bill") in rels, rels
    assert ("Karnataka", "SHELVED", None, "local hiring bill") in rels, rels
    found, _, _ = run(extractor, "Ontario passed the privacy law that Saxony-Anhalt had copied.")
    assert found.get("Ontario") == "Government", found


def test_a_head_of_government_named_without_a_country_leads_the_story_s_own(extractor):
    _, rels, _ = run(extractor, "BENGALURU - Karnataka has paused the jobs bill. Chief Minister Siddaramaiah had "
                                "backed the bill, which Nasscom opposed. Karnataka may revive it.")
    assert ("Siddaramaiah", "LEADS", None, "Karnataka") in rels, rels
    _, rels, _ = run(extractor, "BERLIN - Chancellor Olaf Scholz backed the chip subsidy. Germany paid the subsidy.")
    assert ("Olaf Scholz", "LEADS", None, "Germany") in rels, rels
    # a British chancellor runs the Treasury, and a president may well be a foreign one
    _, rels, _ = run(extractor, "LONDON - Chancellor Rachel Reeves backed the digital services tax. Britain kept "
                                "the tax. President Donald Trump attacked the tax.")
    assert not any(r[1] == "LEADS" for r in rels), rels


def test_a_cabinet_that_approves_a_bill_sends_it_to_parliament_and_one_that_approves_rules_makes_them_law(extractor):
    _, rels, _ = run(extractor, "BERLIN - Merkel's cabinet approved the bill in April. The Bundestag passed the "
                                "bill in June.")
    assert any(r[1] == "INTRODUCED" and r[3] == "bill" for r in rels), rels
    assert not any(r[1] == "PASSED" and r[0] != "Bundestag" for r in rels), rels
    _, rels, _ = run(extractor, "ISLAMABAD - The federal cabinet approved the rules in late January. Pakistan "
                                "later paused them.")
    assert ("Pakistan", "ENACTED", None, "rules") in rels, rels
    _, rels, _ = run(extractor, "BANGKOK - Thailand's cabinet approved a draft royal decree on Tuesday. The decree "
                                "delays the data law.")
    assert ("Thailand", "PASSED", None, "royal decree") in rels, rels
    found, rels, _ = run(extractor, "TOKYO - The Kishida cabinet approved the AI bill. The Diet passed it in May.")
    assert found.get("Kishida cabinet") == "Government", found  # a cabinet named for its leader, no firm
    assert ("Kishida cabinet", "INTRODUCED", None, "AI bill") in rels, rels
