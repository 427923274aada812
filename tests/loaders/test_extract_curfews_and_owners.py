"""A law scrapped "ending a ... rule" is one law told twice, and the act a "revision of" changes is not the lead's
law; a curfew is a measure; "November of that year" is in the year told before; a ban a place "whose" owns is
that place's; "to get the ban reconsidered" opposes it; "a law punishing X" is a measure; both "Senators A and B"
are senators; requests "for more time" ask for a delay; "Walmart-owned Flipkart" is Walmart's alone. All
sentences are invented."""

from extracthelpers import run

from policygraph.graph.records import Document
from policygraph.loaders.dates import find_dates

CURFEW = ("Philippines scraps eight-year-old gaming curfew for minors\nMANILA, March 2, 2023 -\n\nThe Senate on Thursday voted to "
          "abolish the so-called lockout law, ending an eight-year-old rule that kept minors off gaming sites after "
          "10 p.m.\n\nAt the same sitting, the Senate passed a revision of the Child Online Safety Act that removes "
          "the restriction.\n\nThe Senate passed the lockout law in 2015, and it took effect in July of that "
          "year.\n\nThe Game Developers Association, which represents studios, had long lobbied against the "
          "curfew.")


def test_a_law_ended_twice_over_is_one_law_and_the_revised_act_another(extractor):
    ents, rels, _ = run(extractor, CURFEW, date="2023-03-02")
    measures = sorted(n for n, t in ents.items() if t == "Measure")
    assert "lockout law" in measures and "Child Online Safety Act" in measures, measures
    assert not any("eight-year-old" in n for n in measures), measures
    assert any(r[1] == "RESCINDED" and r[3] == "lockout law" for r in rels), rels


def test_a_rule_a_law_s_abolition_ends_is_that_law(extractor):
    text = ("The Senate on Thursday voted to abolish the so-called lockout law, ending an eight-year-old rule that "
            "kept minors off gaming sites after 10 p.m. The law took effect in 2015.")
    entities, _ = extractor.extract(Document(id="d_t", title="t", text=text, date="2023-03-02"))
    law = next(e for e in entities if e.name == "lockout law")
    assert any(a.startswith("eight-year-old rule") for a in law.aliases), law


def test_a_curfew_is_the_measure_told_before(extractor):
    _, rels, _ = run(extractor, CURFEW, date="2023-03-02")
    assert ("Game Developers Association", "LOBBIED", "oppose", "lockout law") in rels, rels


def test_a_month_of_that_year_is_in_the_year_told_before():
    found = find_dates("It was passed in 2015 and took effect in July of that year.", reference="2023-03-02")
    assert [d for d, _, _ in found] == ["2015", "2015-07"], found
    assert [d for d, _, _ in find_dates("It took effect in July.", reference="2023-03-02")] == ["2022-07"]
    found = find_dates("Signed on May 3, 2016, it took effect on June 1 of the same year.", reference="2023-03-02")
    assert [d for d, _, _ in found] == ["2016-05-03", "2016-06-01"], found


def test_a_ban_another_place_owns_stays_apart(extractor):
    text = ("OSLO, May 2, 2024 - Norway's telecoms regulator on Tuesday upheld the country's ban on Chinese radio "
            "gear. Operators must strip the gear out by 2027. Norway followed Denmark, whose ban on Chinese radio "
            "equipment, announced in 2021, covers core networks.")
    ents, _, _ = run(extractor, text, date="2024-05-02")
    assert len([n for n, t in ents.items() if t == "Measure"]) == 2, ents


def test_lobbying_to_get_a_ban_reconsidered_opposes_it(extractor):
    text = ("Finland banned the app on official phones in 2023. Its chief executive, Aino Virtanen, lobbied the "
            "trade minister in a run of text messages to get the ban reconsidered.")
    _, rels, _ = run(extractor, text, date="2024-05-02")
    assert any(r[0] == "Aino Virtanen" and r[1] == "LOBBIED" and r[2] == "oppose" for r in rels), rels


def test_a_law_punishing_something_is_a_measure(extractor):
    text = "In March the president signed a law punishing the spread of what the government deems false news."
    ents, _, _ = run(extractor, text, date="2019-05-01")
    assert ents.get("law punishing the spread") == "Measure", ents  # not "... of what"


def test_both_senators_and_a_duma_deputy_are_lawmakers(extractor):
    text = ("The draft was tabled in the State Duma in December by Senators Andrei Klishas and Lyudmila Bokova "
            "and Duma deputy Andrei Lugovoi.")
    ents, _, _ = run(extractor, text, date="2019-05-01")
    assert [ents.get(n) for n in ("Andrei Klishas", "Lyudmila Bokova", "Andrei Lugovoi")] == ["Lawmaker"] * 3, ents


def test_requests_for_more_time_oppose_and_an_owner_owns_one_firm(extractor):
    text = ("The marketplace rules took effect on Friday after the ministry rejected requests from Amazon and "
            "Walmart-owned Flipkart for more time.")
    _, rels, _ = run(extractor, text, date="2019-02-01")
    sides = {(r[0], r[2]) for r in rels if r[3] == "marketplace rules" and r[1] in ("URGED", "LOBBIED")}
    assert sides == {("Amazon", "oppose"), ("Flipkart", "oppose")}, rels
    assert ("Walmart", "LEADS", None, "Flipkart") in rels and ("Walmart", "LEADS", None, "Amazon") not in rels, rels


def test_asking_for_a_deadline_to_be_moved_opposes_the_rules(extractor):
    text = "The marketplace rules took effect on Friday. Snapdeal had asked for the deadline to be moved to June."
    _, rels, _ = run(extractor, text, date="2019-02-01")
    assert ("Snapdeal", "URGED", "oppose", "marketplace rules") in rels, rels
