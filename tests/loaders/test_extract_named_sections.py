"""A numbered section "of" a named act is part of that act, whether the model reads the two as one name or
two; asking to "take the section out of the bill" opposes the section; a "WhatsApp call fee" is a measure
("call" is a stop word, but a noun); "The Media, Entertainment and Arts Alliance" is one body. All sentences
are invented."""

from extracthelpers import run


def test_a_numbered_section_of_an_act_is_part_of_it(extractor):
    text = ("In 2015 the High Court struck down section 34 of the Digital Communications Act, which punished "
            "offensive posts. Journalists had long opposed the Digital Communications Act.")
    ents, rels, _ = run(extractor, text, date="2016-01-01")
    part = next(n for n in ents if n.lower().startswith("section 34"))
    assert (part, "PART_OF", None, "Digital Communications Act") in rels, rels


def test_a_section_read_as_one_name_with_its_act_is_two_measures(extractor):
    text = ("The court struck down Section 57 of the Information and Communication Technology Act. Journalists had "
            "long opposed the Information and Communication Technology Act.")
    ents, rels, _ = run(extractor, text, date="2016-01-01")
    assert ents.get("Section 57") == "Measure", ents
    assert ("Section 57", "PART_OF", None, "Information and Communication Technology Act") in rels, rels
    assert ("Journalists", "OPPOSES", "oppose", "Information and Communication Technology Act") in rels, rels


def test_asking_to_take_the_section_out_of_the_bill_opposes_it(extractor):
    text = ("The Senate passed the Tax Act, including Section 899 of the Tax Act, in May. Scott Bessent said he had "
            "asked the House and the Senate to take the section out of the bill.")
    _, rels, _ = run(extractor, text, date="2025-06-30")
    assert ("Scott Bessent", "URGED", "oppose", "Section 899") in rels, rels
    assert not any(r[0] == "Scott Bessent" and r[2] == "support" for r in rels), rels


def test_a_fee_named_by_a_stop_word_noun_is_a_measure(extractor):
    text = "Lebanon drops WhatsApp call fee as protests spread\n\nBEIRUT, October 18, 2019 - The protests went on."
    ents, rels, _ = run(extractor, text, date="2019-10-18")
    assert ents.get("WhatsApp call fee") == "Measure", ents
    assert ("Lebanon", "DROPPED", None, "WhatsApp call fee") in rels, rels


def test_a_body_named_for_a_list_of_fields_is_one_body(extractor):
    text = ("Labor backed the Data Retention Bill after the government agreed to an amendment. The Media, "
            "Entertainment and Arts Alliance, the union that represents journalists, said the concession fell short "
            "of what was needed.")
    ents, _, _ = run(extractor, text, date="2015-03-27")
    assert ents.get("Media, Entertainment and Arts Alliance") == "Organization", ents


def test_a_list_of_bodies_is_no_one_body(extractor):
    text = ("The Senate passed the Data Retention Bill on Thursday. Google, Apple and the Digital Industry Group said "
            "the bill was dangerous.")
    ents, _, _ = run(extractor, text, date="2015-03-27")
    assert not any("," in n for n in ents), ents
