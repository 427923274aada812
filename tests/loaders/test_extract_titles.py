"""Titles with numbers or a name before their brackets, and the short form of a bracketed title ("the Finance
Bill" for "the Finance (No. 2) Bill 2024"); a law the story calls "the government's package" just before it names
it as the subject of a sentence. All sentences are invented."""

from extracthelpers import run

from policygraph.loaders.measure_match import short_title


def measures(ents):
    return sorted(n for n, t in ents.items() if t == "Measure")


def test_a_bracketed_title_may_hold_a_number(extractor):
    text = ("Ruritania's parliament passed the Workplace Relations Amendment (Closing Gaps No. 3) Bill on "
            "Thursday. Unions had lobbied for the bill for a year.")
    ents, rels, _ = run(extractor, text, date="2024-02-10")
    assert measures(ents) == ["Workplace Relations Amendment (Closing Gaps No. 3) Bill"]
    assert ("Unions", "LOBBIED", "support", "Workplace Relations Amendment (Closing Gaps No. 3) Bill") in rels


def test_a_title_tagged_as_a_person_before_its_brackets_is_still_the_title(extractor):
    ents, _, _ = run(extractor, "The minister introduced the Garda Síochána (Recording Devices) Bill 2022 in the "
                                "Dáil on Wednesday.", date="2022-11-10")
    assert measures(ents) == ["Garda Síochána (Recording Devices) Bill 2022"]
    assert "Garda Síochána" not in ents


def test_the_short_form_of_a_bracketed_title_is_the_same_bill(extractor):
    text = "The ministry published the Finance (No. 2) Bill 2024 on Monday. Retailers attacked the Finance Bill."
    ents, rels, _ = run(extractor, text, date="2024-05-10")
    assert measures(ents) == ["Finance (No. 2) Bill 2024"]
    assert ("Retailers", "CRITICIZED", "oppose", "Finance (No. 2) Bill 2024") in rels


def test_short_title_keeps_amending_acts_apart():
    assert short_title("Finance Bill", "Finance (No. 2) Bill, 2024")
    assert short_title("Finance (No. 2) Bill 2024", "Finance Bill 2024")
    assert not short_title("Cybercrimes Act", "Cybercrimes (Amendment) Act")
    assert not short_title("Finance Bill", "Finance Bill 2024")  # no brackets: not this rule's to join
    assert not short_title("Bill", "Finance (No. 2) Bill")


def test_the_governments_package_is_the_bill_the_next_sentence_names(extractor):
    text = ("Employer groups campaigned against the government's package of workplace laws for months. The "
            "Workplace Relations Amendment (Closing Gaps No. 3) Bill passed the Senate on Thursday.")
    ents, rels, _ = run(extractor, text, date="2024-02-10")
    bill = "Workplace Relations Amendment (Closing Gaps No. 3) Bill"
    assert measures(ents) == [bill]
    assert ("Employer groups", "LOBBIED", "oppose", bill) in rels
