"""Allies, amendments and chambers, from held-out 38: those who "joined" others in backing a bill back it
with them, and so do those added by "as have"; lobbying to overhaul a law opposes it; "the amendment" is the
amendment described, not an act with "Amendments" in its name; a headline's participle of change is no part
of the measure it follows; "the Senate bill" is a bill told before; legislators listed by name are
lawmakers; well-known agencies and an "Establishment" are agencies."""

from extracthelpers import run


def test_those_joined_in_backing_a_bill_back_it_too(extractor):
    _, rels, _ = run(extractor, "Senator Ann Ruiz wrote the Cloud Records Act. The Cato Institute has joined the "
                                "Electronic Frontier Foundation and the Center for Democracy and Technology in "
                                "backing the Cloud Records Act.")
    backers = {s for s, t, st, o in rels if t == "SUPPORTS" and st == "support" and o == "Cloud Records Act"}
    assert {"Cato Institute", "Electronic Frontier Foundation", "Center for Democracy and Technology"} <= backers


def test_as_have_adds_those_named_after_it(extractor):
    _, rels, _ = run(extractor, "The Cato Institute has backed the Cloud Records Act, as have internet firms "
                                "such as Yahoo and eBay.")
    backers = {s for s, t, st, o in rels if t == "SUPPORTS" and o == "Cloud Records Act"}
    assert {"Cato Institute", "Yahoo", "eBay"} <= backers


def test_lobbying_to_overhaul_a_law_opposes_it(extractor):
    _, rels, _ = run(extractor, "Yahoo and eBay have spent years lobbying Congress to overhaul the 1994 records "
                                "law.")
    sides = {(s, st) for s, t, st, o in rels if t == "LOBBIED" and o.endswith("records law")}
    assert ("Yahoo", "oppose") in sides and ("eBay", "oppose") in sides


def test_the_amendment_is_the_amendment_described_not_an_amendments_act(extractor):
    text = ("WASHINGTON - Senators pulled the Cloud Records Amendments Act from a committee vote on Thursday rather "
            "than see it loaded with an amendment giving the police new powers to read stored files.\n\n"
            "Senator Ann Ruiz called the amendment a poison pill. The amendment was filed by Senator Tom Hale.")
    ents, rels, _ = run(extractor, text, date="2016-06-10")
    amendment = [n for n, t in ents.items() if t == "Measure" and n.startswith("amendment giving")]
    assert amendment
    assert ("Tom Hale", "SPONSORED", "support", amendment[0]) in rels
    assert not any(s == "Tom Hale" and o == "Cloud Records Amendments Act" for s, _, _, o in rels)


def test_a_headline_participle_of_change_ends_the_measure_before_it(extractor):
    text = ("Cloud records bill pulled from Senate panel as police-backed amendment splits Republicans\n"
            "June 10, 2016\n\n"
            "WASHINGTON - A Senate panel on Thursday put off its vote on the bill after Republicans split over "
            "the amendment.")
    ents, _, _ = run(extractor, text, date="2016-06-10")
    assert [n for n, t in ents.items() if t == "Measure"] == ["Cloud records bill"]


def test_the_senate_bill_is_a_bill_told_before(extractor):
    text = ("Senator Ann Ruiz wrote the Cloud Records Act. The Senate bill would require a warrant for stored "
            "files, and the Cato Institute backs the Senate bill.")
    ents, rels, _ = run(extractor, text)
    assert "Senate bill" not in ents
    assert ("Cato Institute", "SUPPORTS", "support", "Cloud Records Act") in rels


def test_legislators_listed_by_name_are_lawmakers(extractor):
    ents, _, _ = run(extractor, "Legislators including Wong Siu-ming and Lam Ka-yan called for repeated quorum "
                                "counts to stall the copyright bill.")
    assert ents.get("Wong Siu-ming") == "Lawmaker" and ents.get("Lam Ka-yan") == "Lawmaker"


def test_well_known_agencies_and_an_establishment_are_agencies(extractor):
    ents, _, _ = run(extractor, "The FBI and the Defence Signals Research Establishment both backed the Cloud "
                                "Records Act.")
    assert ents.get("Federal Bureau of Investigation") == "Agency"
    assert ents.get("Defence Signals Research Establishment") == "Agency"


def test_a_charge_keeps_the_preposition_the_parser_gave_its_verb(extractor):
    ents, _, _ = run(extractor, "The Ministry of Finance has cancelled a new levy on the use of mobile money apps.")
    levy = [n for n, t in ents.items() if t == "Measure" and n.startswith("levy on")]
    assert levy and "use of mobile money" in levy[0]
    ents, _, _ = run(extractor, "The regulator lifted the ban on Monday, a week after it took effect.")
    assert not any("Monday" in n for n in ents)
