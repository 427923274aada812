"""Rules back in force, from held-out 42: a lead's plural description ("rules forcing bloggers to ...") is the
plural name told soon after ("the ... Regulations"); a headline verb in a clause of its own ("rules back in
force after court lifts injunction") changes nothing the main clause names; a ban "which has been in place
since 1991" was enacted then, even when the clause hangs on the ban's last word, but not when it is only a
condition ("once the ban was in place"); welcoming "the repeal" takes the side of the repeal, not of the
last change told. All sentences are invented."""

from extracthelpers import run

STORY = ("Freedonia's blogger licence rules back in force after court lifts injunction\n30 May 2018\n\n"
         "CAPITAL CITY - Freedonia's rules forcing bloggers and online radio channels to register with the state "
         "and pay for a licence are back in force after the High Court lifted an order that had suspended them, "
         "the government said on Wednesday.\n\nThe court set aside on Tuesday the temporary injunction it had "
         "granted on May 4 to a coalition of rights groups.\n\nThe Online Content Regulations were issued in "
         "March by Information Minister Jan Novak under a 2010 communications law. They require anyone "
         "publishing content online to obtain a licence.")


def test_a_plural_lead_description_is_the_plural_name_told_after(extractor):
    ents, rels, _ = run(extractor, STORY, date="2018-05-30")
    measures = {n for n, t in ents.items() if t == "Measure"}
    assert "Online Content Regulations" in measures
    assert not any(n.startswith("rules forcing") for n in measures)
    assert ("Jan Novak", "ENACTED", None, "Online Content Regulations") in rels


def test_a_headline_verb_of_another_clause_changes_nothing(extractor):
    _, rels, _ = run(extractor, STORY, date="2018-05-30")
    assert not any(t == "RESCINDED" for _, t, _, _ in rels)


def test_a_ban_in_place_since_a_year_was_enacted_then(extractor):
    text = ("The 2013 proposal would have relaxed the agency's ban on using cellular frequencies aboard aircraft, "
            "which has been in place since 1991.")
    _, _, relations = run(extractor, text, date="2017-04-10")
    assert [(r.type, r.date) for r in relations if r.type == "ENACTED"] == [("ENACTED", "1991")]


def test_a_ban_in_place_only_as_a_condition_is_no_change(extractor):
    text = ("Energy Minister Terje Aasland said the government was also considering restrictions on existing "
            "mining sites once the temporary ban on crypto mining was in place.")
    _, rels, _ = run(extractor, text)
    assert not any(o == "temporary ban on crypto mining" for _, _, _, o in rels)


def test_welcoming_the_repeal_takes_the_side_of_the_repeal(extractor):
    text = ("The Data Cards Act was repealed on Tuesday. In November, peers backed a Labour amendment that would "
            "have refunded buyers, but this month the Commons threw the amendment out. The rights group Liberty "
            "also welcomed the repeal.")
    _, rels, _ = run(extractor, text, date="2010-12-21")
    assert ("Liberty", "OPPOSES", "oppose", "Data Cards Act") in rels
    assert not any(s == "Liberty" and o == "Labour amendment" for s, _, _, o in rels)
