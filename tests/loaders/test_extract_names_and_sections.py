"""Names the tokenizer or the model cut badly ("Section 69A." + "X", "the AI Act: AgID", "Agency" + "for
Digital" + "Italy"), a sentence whose verb the parser read as a participle, and bodies that become a law's
authorities. All sentences are invented."""

from extracthelpers import measures, run


def test_a_section_number_ends_before_the_stop_and_keeps_its_bracket(extractor):
    text = ("The group urged the regulator to route all takedowns through Section 69A. Vexa Corp had argued that "
            "officials bypassed Section 79(3)(b) of the Information Technology Act.")
    ents, _, _ = run(extractor, text, date="2026-05-04")
    assert {"Section 69A", "Section 79(3)(b)"} <= measures(ents), ents


def test_a_name_stops_at_a_colon(extractor):
    text = ("Two agencies will enforce both the new law and the AI Act: AgID will handle notification, and ACN "
            "inspections.")
    ents, _, _ = run(extractor, text, date="2026-05-04")
    assert "AI Act" in ents and not any(":" in n for n in ents), ents


def test_a_draft_that_circulated_is_the_subject_of_its_verb(extractor):
    text = ("A draft of the order circulated in Washington in mid-November. Days later the White House paused it "
            "after objections from governors.")
    ents, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("White House", "PAUSED", None, "order") in rels, rels
    assert not any("circulated" in n for n in ents), ents


def test_bodies_that_become_authorities_enforce_the_law(extractor):
    text = ("The Agency for Digital Italy (AgID) and the National Cyber Agency (NCA) become the AI authorities, "
            "enforcing the new AI Act.")
    ents, rels, _ = run(extractor, text, date="2026-05-04")
    assert ents.get("Agency for Digital Italy") == "Agency", ents
    assert ("Agency for Digital Italy", "ENFORCES", None, "AI Act") in rels, rels
    assert ("National Cyber Agency", "ENFORCES", None, "AI Act") in rels, rels


def test_a_ministers_portfolio_with_an_acronym_names_the_ministry(extractor):
    text = ("The Ministry of Electronics and Information Technology defended the rules on Monday. IT Minister "
            "Ravi Menon said they would bring accountability.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Ravi Menon", "LEADS", None, "Ministry of Electronics and Information Technology") in rels, rels


def test_a_ministers_portfolio_of_two_areas_names_the_ministry_of_one(extractor):
    text = ("The Ministry of Communications defended the rules on Monday. Communications and Space Minister "
            "Ravi Menon said they would bring accountability.")
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Ravi Menon", "LEADS", None, "Ministry of Communications") in rels, rels


def test_a_hyphenated_word_before_a_measure_keeps_its_first_part(extractor):
    text = "Vexa Corp lobbied against the city's first-in-the-nation law on automated hiring tools."
    _, rels, _ = run(extractor, text, date="2026-05-04")
    assert ("Vexa Corp", "LOBBIED", "oppose", "first-in-the-nation law on automated hiring tools") in rels, rels
