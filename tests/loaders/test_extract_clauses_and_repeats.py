"""A measure named inside another's clause ("a bill that would put the Data Act into effect") is another
measure; a law "on providing services"; a headline's description the lead names later; a body's name the
model cut or never saw ("Tools for Humanity" said twice, "the Federal Competition and Consumer Protection" +
"Commission", "Paradigm Initiative, a rights organization"). All sentences are invented."""

from extracthelpers import run

VETO = ("WARSAW, March 3, 2026 - President Karol Nawrocki has vetoed a bill that would have put the European "
        "Union's Data Act into effect in Poland. The bill, drafted by the Ministry of Digital Affairs, amends "
        "Poland's law on providing services by electronic means. The Sejm passed the bill in January.")


def test_a_measure_named_in_a_bills_clause_is_not_the_bill(extractor):
    ents, rels, _ = run(extractor, VETO, date="2026-03-03")
    assert ents.get("Data Act") == "Measure" and ents.get("bill") == "Measure", ents
    assert ("Karol Nawrocki", "VETOED", None, "bill") in rels
    assert ("Sejm", "PASSED", None, "bill") in rels
    assert not any(r[3] == "Data Act" and r[1] in ("VETOED", "PASSED") for r in rels), rels


def test_a_bill_to_enforce_a_named_act_is_not_the_act(extractor):
    text = ("President Karol Nawrocki has vetoed a bill to enforce the Data Act in Poland. The Data Act took "
            "effect in 2025.")
    ents, rels, _ = run(extractor, text, date="2026-03-03")
    assert "bill to enforce the Data Act in Poland" in ents and "Data Act" in ents, ents
    assert ("Karol Nawrocki", "VETOED", None, "bill to enforce the Data Act in Poland") in rels


def test_a_bill_known_by_a_name_is_still_that_name(extractor):
    ents, rels, _ = run(extractor, "Governor Kim Lee vetoed a bill known as the Kids Code Act on Friday.")
    assert ("Kim Lee", "VETOED", None, "Kids Code Act") in rels, rels
    assert not any(n.startswith("bill") for n in ents), ents


def test_a_law_on_doing_something_is_a_law_of_its_own(extractor):
    ents, rels, _ = run(extractor, VETO, date="2026-03-03")
    assert ("bill", "AMENDS", None, "law on providing services by electronic means") in rels, rels
    assert not any(r[3] == "Data Act" and r[1] == "AMENDS" for r in rels), rels


def test_a_headline_description_the_lead_names_later_is_the_leads_measure(extractor):
    text = ("Italy puts off 'ad tax' on online advertising until July\n\nROME - Italy's government on Friday "
            "postponed until July a new rule that would force companies to buy online advertising only from "
            "firms with an Italian tax number. The cabinet delayed the start of the measure, known as the "
            "\"ad tax\", in an end-of-year decree.")
    ents, rels, _ = run(extractor, text, date="2013-12-28")
    measures = [n for n, t in ents.items() if t == "Measure" and "tax" in n and "decree" not in n]
    assert len(measures) <= 1, ents  # the headline's "ad tax" and the lead's rule are one measure
    assert any(r[1] == "DELAYED" for r in rels), rels


def test_a_name_told_twice_with_for_is_one_body(extractor):
    text = ("NAIROBI, May 6 - Kenya's High Court has ordered Tools for Humanity, the company behind the "
            "Worldcoin project, to delete the iris data it collected. Tools for Humanity said it disagreed "
            "with parts of the judgment.")
    ents, _, _ = run(extractor, text, date="2025-05-06")
    assert ents.get("Tools for Humanity") == "Firm", ents
    assert "Tools" not in ents and "Humanity" not in ents


def test_a_title_with_of_is_no_body_however_often_told(extractor):
    text = ("Secretary of State Marco Rubio met Agraria's envoy on Monday. Secretary of State Marco Rubio said "
            "the talks went well.")
    ents, _, _ = run(extractor, text)
    assert not any("Secretary of State" in n and t not in ("Official",) for n, t in ents.items()), ents


def test_a_body_the_model_read_as_a_law_is_joined_with_its_commission(extractor):
    text = ("LAGOS, May 2, 2025 - Meta Platforms has lost an appeal. The Competition and Consumer Protection "
            "Tribunal ruled on April 25 that the Federal Competition and Consumer Protection Commission (FCCPC) had "
            "acted within its powers when it fined the U.S. company in July last year.")
    ents, rels, _ = run(extractor, text, date="2025-05-02")
    assert ents.get("Federal Competition and Consumer Protection Commission") == "Agency", ents
    assert not any(t == "Measure" and n.startswith("Federal") for n, t in ents.items()), ents
    assert "European Commission" not in ents


def test_an_initiative_set_off_as_an_organization_is_a_group(extractor):
    text = "Paradigm Initiative, a Lagos-based digital rights organization, urged the regulator to enforce the fine."
    ents, _, _ = run(extractor, text, date="2025-05-02")
    assert ents.get("Paradigm Initiative") == "Organization", ents


def test_two_repeated_names_that_overlap_keep_the_first(extractor):
    from policygraph.loaders.missed_names import repeated_names
    text = ("We hear that Alliance for Open Source of Bitland met on a rainy day in the old town. Later that "
            "week Alliance for Open Source of Bitland left for the coast with its many friends.")
    doc = extractor.nlp.make_doc(text)  # a bare tokenisation: no entities, so "A for B" and "B of C" both repeat
    for t in doc:
        t.is_sent_start = t.i == 0 or doc[t.i - 1].text == "."
    doc = repeated_names(doc)
    assert [e.text for e in doc.ents] == ["Alliance for Open Source", "Alliance for Open Source"]
