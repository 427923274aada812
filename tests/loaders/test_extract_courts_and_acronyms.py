"""Courts, acronyms and clauses, from held-out 41: a headline verb ending in "-ies" is a verb, "bury" a
measure is to drop it, and a nationality's "cabinet" is its government; an acronym that spells a body's
whole name finishes the name the model cut short, and is the body's, not a measure's; "paid little tax"
names no measure; a court named after a place the gazetteer knows as a body is a court; "Transport for
London" is one public body, and its mixed-case acronym is the same body; a mayor does not lead the country;
a magistrate is an official, not a company's chief; a "which" clause after a person's title is about the
body in the title; "campaigned for the permit to be revoked" is against the permit; urging or persuading
a body to act on a measure presses the body (the side is the measure's); "who became chairman of X" leads
X; those who join a person do not become her members; filing a lawsuit against a law files no law. All
sentences are invented."""

from extracthelpers import run


def test_a_headline_verb_ending_in_ies_is_no_part_of_the_measure(extractor):
    text = ("Hungarian cabinet buries advertising tax after talks with Brussels\nMarch 2, 2023\n\n"
            "BUDAPEST - The tax had been planned for two years.")
    ents, rels, _ = run(extractor, text, date="2023-03-02")
    assert "advertising tax" in ents and not any("buries" in name for name in ents)
    assert ("Hungary", "DROPPED", None, "advertising tax") in rels  # "Hungarian cabinet" is Hungary's


def test_an_acronym_that_spells_the_name_completes_it(extractor):
    text = ("Finance ministers on Friday endorsed the minimum tax agreement negotiated at the Organisation for "
            "Economic Co-operation and Development (OECD). The OECD said the deal would raise revenue, and "
            "Senator Ann Lee praised the OECD.")
    ents, _, _ = run(extractor, text, date="2021-10-08")
    assert ents.get("Organisation for Economic Co-operation and Development") == "Organization"
    assert ents.get("OECD") != "Measure"


def test_little_tax_is_no_measure(extractor):
    text = "Senator Ann Lee attacked the platforms for paying little tax and backed the streaming levy."
    ents, rels, _ = run(extractor, text)
    assert ("Ann Lee", "SUPPORTS", "support", "streaming levy") in rels
    assert not any("little" in name for name in ents)


def test_a_court_named_after_a_place_is_a_court(extractor):
    text = "A judge at Westminster Magistrates' Court blocked the scooter licensing rule on Monday."
    ents, _, _ = run(extractor, text, date="2019-05-13")
    assert ents.get("Westminster Magistrates' Court") == "Agency"
    assert "UK Parliament" not in ents


def test_transport_for_london_is_one_body_with_its_acronym(extractor):
    text = ("Transport for London (TfL) refused on Monday to renew the operating licence of Bolt. Days later, "
            "TfL said it had found new safety failures, and Bolt criticised TfL.")
    ents, _, _ = run(extractor, text, date="2019-05-13")
    assert ents.get("Transport for London") == "Agency"
    assert "TfL" not in ents and "United Kingdom" not in ents


def test_a_mayor_does_not_lead_the_country(extractor):
    text = "London Mayor Sadiq Khan, who chairs the transport board, backed the congestion rule on Friday."
    _, rels, _ = run(extractor, text)
    assert any("Khan" in s and t == "SUPPORTS" for s, t, _, _ in rels)
    assert not any("Khan" in s and t == "LEADS" and o == "United Kingdom" for s, t, _, o in rels)


def test_a_chief_magistrate_leads_no_company(extractor):
    text = "Chief magistrate Jane Doe, sitting in Leeds, said Bolt had changed a great deal since the ban."
    ents, rels, _ = run(extractor, text)
    assert ents.get("Jane Doe") == "Official"
    assert not any(s == "Jane Doe" and t == "LEADS" for s, t, _, _ in rels)


def test_a_which_clause_after_a_title_is_about_the_body(extractor):
    text = ("Mary Poe, general secretary of the Cab Drivers' Union (CDU), which represents black cab drivers, "
            "said the ruling was wrong.")
    _, rels, _ = run(extractor, text)
    assert ("Cab Drivers' Union", "REPRESENTS", None, "black cab drivers") in rels
    assert ("Mary Poe", "REPRESENTS", None, "black cab drivers") not in rels


def test_campaigning_for_a_permit_to_be_revoked_is_against_it(extractor):
    text = "The Cab Drivers' Union had campaigned for Lyft's licence to be revoked."
    ents, rels, _ = run(extractor, text)
    assert ("Cab Drivers' Union", "LOBBIED", "oppose", "licence") in rels
    assert not any("revoked" in name for name in ents)


def test_urging_a_body_to_act_on_a_measure_presses_the_body(extractor):
    text = "The Consumer Alliance urged the Federal Communications Commission to reject the pole attachment rule."
    _, rels, _ = run(extractor, text)
    assert ("Consumer Alliance", "URGED", "oppose", "pole attachment rule") in rels
    assert ("Consumer Alliance", "PRESSURED", None, "Federal Communications Commission") in rels
    assert not any(t == "URGED" and o == "Federal Communications Commission" for _, t, _, o in rels)


def test_persuading_a_court_to_act_presses_it(extractor):
    text = "Bell Canada persuaded the Federal Court of Appeal to suspend the order a month later."
    _, rels, _ = run(extractor, text)
    assert ("Bell Canada", "PRESSURED", None, "Federal Court of Appeal") in rels


def test_who_became_a_firms_chief_leads_it(extractor):
    text = "John Poe, who became chairman of Acme Corp in May, criticized the ban on scooters."
    _, rels, _ = run(extractor, text)
    assert ("John Poe", "LEADS", None, "Acme Corp") in rels


def test_joining_a_person_is_no_membership(extractor):
    text = ("Jane Roe, a law student, challenged the speech law in court. She was joined by the rights group "
            "Free Voice and the Internet Users Association.")
    _, rels, _ = run(extractor, text, date="2015-03-24")
    assert not any(t == "MEMBER_OF" and o == "Jane Roe" for _, t, _, o in rels)


def test_filing_a_lawsuit_against_a_law_files_no_law(extractor):
    text = "Acme Corp filed a lawsuit against the speech law on Monday."
    _, rels, relations = run(extractor, text)
    assert ("Acme Corp", "OPPOSES", "oppose", "speech law") in rels
    assert not any(r.type in ("INTRODUCED", "SPONSORED") for r in relations)
