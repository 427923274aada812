"""A law told as one of a kind's attempts is no measure ("one of the region's boldest attempts to write a
privacy law"); a law another country owns ("the European Union's AI Act", in an Ottawa story) is not the
story's bill, even when two capitals name it; "the amendment" is the "(Amendment) Bill" and "the original act"
is not; a chairperson leads; "Article 19, the ... group" is a body; a dateline's date ends at its dash. All
sentences are invented."""

from extracthelpers import run

AMENDING = ("COLOMBO, Sept. 25, 2025 - Parliament passed the Data Protection (Amendment) Bill on Wednesday. It "
            "delays the main duties of the Data Protection Act by a year. Deputy Minister Kamal Perera, who tabled "
            "the amendment in July, said companies were not ready. Parliament passed the original act in March "
            "2022.\n\nThe Software Chamber, which represents exporters, had pressed for the delay. \"We needed the "
            "time,\" said Nadia Silva, the chamber's chairperson.\n\nArticle 19, the London-based free expression "
            "group, criticised the amendment.")


def test_a_law_among_a_kinds_attempts_is_no_measure_of_its_own(extractor):
    text = ("LIMA, March 4, 2026 - A congressional committee has paused the country's data bill, a blow to one of "
            "the region's boldest attempts to write a comprehensive privacy law. The bill was approved by the "
            "plenary in October. Business groups lobbied against the bill for months.")
    ents, rels, _ = run(extractor, text, date="2026-03-04")
    assert [n for n, t in ents.items() if t == "Measure"] == ["data bill"], ents
    assert ("Business groups", "LOBBIED", "oppose", "data bill") in rels, rels


def test_a_law_another_country_owns_is_not_the_storys_bill(extractor):
    text = ("OTTAWA, Jan. 5, 2025 - Canada's artificial intelligence bill died this week when Parliament was "
            "prorogued. The minister had sent amendments that aligned the bill more closely with the European "
            "Union's AI Act. Google warned that the bill left too many details to later regulations.")
    ents, rels, _ = run(extractor, text, date="2025-01-05")
    assert ents.get("AI Act") == "Measure" and ents.get("artificial intelligence bill") == "Measure", ents
    assert ("Parliament", "DROPPED", None, "artificial intelligence bill") in rels, rels
    assert not any(r[0] == "Canada" and r[3] == "AI Act" for r in rels), rels


def test_the_amendment_is_the_amendment_bill_and_the_original_act_is_not(extractor):
    _, rels, found = run(extractor, AMENDING, date="2025-09-25")
    assert ("Kamal Perera", "SPONSORED", "support", "Data Protection (Amendment) Bill") in rels, rels
    bill = next(r.target for r in found if r.type == "SPONSORED")
    assert [r.date for r in found if r.type == "PASSED" and r.target == bill] == ["2025-09-25"], \
        [(r.type, r.date, r.target) for r in found]


def test_a_chairperson_leads_the_body(extractor):
    _, rels, _ = run(extractor, AMENDING, date="2025-09-25")
    assert ("Nadia Silva", "LEADS", None, "Software Chamber") in rels, rels


def test_an_article_number_set_off_as_a_group_is_a_body(extractor):
    ents, rels, _ = run(extractor, AMENDING, date="2025-09-25")
    assert ents.get("Article 19") == "Organization", ents
    assert ("Article 19", "CRITICIZED", "oppose", "Data Protection (Amendment) Bill") in rels, rels


def test_a_datelines_date_ends_at_its_dash(extractor):
    ents, rels, _ = run(extractor, AMENDING, date="2025-09-25")
    assert ents.get("Parliament") == "Agency", ents
    assert ("Parliament", "PASSED", None, "Data Protection (Amendment) Bill") in rels, rels
