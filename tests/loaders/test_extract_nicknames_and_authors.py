"""Nicknames, authors and dates, from held-out 42: a nickname given before the words it names ("Dubbed the
'X' by critics, the law ...") is the law's; "another of the bill's authors" and "one of the lawmakers who
wrote the bill" sponsored it; presenting a bill to a chamber introduces it; a Home Secretary leads the Home
Office, a shadow one leads nothing and sits in parliament; "Attorney-General X" is a person; a speaker the
model took for a work of art is a person when a role stands beside the name; "the suspension it imposed on
Aug. 14" is the suspension; lobbying joined to an act "against" the measure is against it; lobbying by
those a measure targets is against it; the body of "X, whose members include A and B, lobbied against it,
arguing ..." lobbied; a signing joined to a past change is past, and a date told for a coordinated clause
is not the date of the change. All sentences are invented."""

from extracthelpers import run


def _dates(relations, type_):
    return sorted(r.date for r in relations if r.type == type_)


def test_a_nickname_given_before_the_measure_is_its_name(extractor):
    text = ("Freedonia has delayed a law that will require phones to carry local apps. Nicknamed the \"law "
            "against Ajax\" by the local press, the measure was approved by the parliament in November. "
            "Ajax Corp opposed the law.")
    ents, rels, _ = run(extractor, text, date="2020-11-25")
    measures = [n for n, t in ents.items() if t == "Measure"]
    assert measures == ["law against Ajax"]
    assert ("Ajax Corp", "OPPOSES", "oppose", "law against Ajax") in rels


def test_authors_named_by_a_partitive_sponsored_the_bill(extractor):
    text = ("The Freedonian parliament passed the Data Act on Monday. Petra Vok, another of the bill's "
            "authors, called it overdue. \"It is a good day,\" said Jan Novak, one of the lawmakers who wrote "
            "the bill.")
    _, rels, _ = run(extractor, text, date="2020-11-25")
    assert ("Petra Vok", "SPONSORED", "support", "Data Act") in rels
    assert ("Jan Novak", "SPONSORED", "support", "Data Act") in rels


def test_presenting_a_bill_to_a_chamber_introduces_it_and_a_home_secretary_leads_the_home_office(extractor):
    text = ("Home Secretary Jane Pell presented the Data Bill to the House of Commons on May 26. The Home "
            "Office said the register would be shredded. The minister presented the bill as a saving.")
    _, rels, relations = run(extractor, text, date="2020-11-25")
    assert ("Jane Pell", "INTRODUCED", None, "Data Bill") in rels
    assert ("Jane Pell", "LEADS", None, "Home Office") in rels
    assert _dates(relations, "INTRODUCED") == ["2020-05-26"]  # "presented ... as" introduces nothing


def test_a_shadow_minister_leads_nothing_and_sits_in_parliament(extractor):
    text = ("LONDON - The Home Office published the Data Bill. Shadow Home Secretary Yvette Cooper criticized "
            "the bill. Home Secretary Jane Pell defended it.")
    ents, rels, _ = run(extractor, text, date="2022-04-11")
    assert ents.get("Yvette Cooper") == "Lawmaker"
    assert ("Yvette Cooper", "CRITICIZED", "oppose", "Data Bill") in rels
    assert not any(s == "Yvette Cooper" and t in ("LEADS", "EMPLOYED_BY") for s, t, _, _ in rels)
    assert ("Jane Pell", "LEADS", None, "Home Office") in rels


def test_a_hyphenated_title_is_no_part_of_the_name(extractor):
    text = "Scott Morrison and Attorney-General Michaelia Cash announced the Safety Bill in November."
    ents, _, _ = run(extractor, text)
    assert ents.get("Michaelia Cash") == "Official"
    assert not any(name.startswith("General") for name in ents)


def test_a_speaker_with_a_role_beside_the_name_is_a_person(extractor):
    text = ("\"Fining Uber was a painful decision,\" Aileen Lizada, an LTFRB board member and its spokeswoman, "
            "told reporters.")
    ents, _, _ = run(extractor, text)
    assert ents.get("Aileen Lizada") == "Person"


def test_a_measure_told_by_who_imposed_it_and_when_is_that_measure(extractor):
    text = ("The Freedonia Transport Board said it had lifted the one-month suspension it imposed on Aug. 14 "
            "once Ajax Corp paid. Ajax Corp had fought the suspension.")
    ents, rels, _ = run(extractor, text, date="2017-08-29")
    assert [n for n, t in ents.items() if t == "Measure"] == ["one-month suspension"]
    assert ("Ajax Corp", "OPPOSES", "oppose", "one-month suspension") in rels


def test_lobbying_joined_to_organising_against_a_bill_is_against_it(extractor):
    text = ("The Data Bill would create a national register. The campaign group Privacy First, which spent "
            "years lobbying MPs and organising local groups against the bill, welcomed the vote.")
    _, rels, _ = run(extractor, text)
    assert ("Privacy First", "LOBBIED", "oppose", "Data Bill") in rels


def test_lobbying_by_the_target_of_a_measure_is_against_it(extractor):
    text = ("Freedonia enacted a law against Ajax Corp in May. Ajax Corp has lobbied officials quietly, "
            "proposing instead that users be offered a choice.")
    _, rels, _ = run(extractor, text, date="2020-11-25")
    assert ("Ajax Corp", "LOBBIED", "oppose", "law against Ajax Corp") in rels


def test_a_group_whose_members_are_listed_lobbied_before_the_participle(extractor):
    text = ("The government introduced the Safety Bill in the House on Feb. 10. It never came to a vote. The "
            "Digital Industry Group Inc (DIGI), whose members include Google, Meta, TikTok and Twitter, lobbied "
            "against it from the start, arguing that it would shift blame for defamation onto platforms while "
            "doing little about the bullying that most people mean by trolling.")
    _, rels, _ = run(extractor, text, date="2022-04-11")
    assert ("Digital Industry Group Inc", "LOBBIED", "oppose", "Safety Bill") in rels


def test_a_signing_joined_to_a_passage_last_year_is_last_year(extractor):
    text = ("The measure was approved by the parliament in November last year and signed by President Jan "
            "Novak on Dec. 2.")
    _, _, relations = run(extractor, text, date="2020-11-25")
    assert _dates(relations, "ENACTED") == ["2019-12-02"]


def test_a_date_of_a_coordinated_clause_is_not_the_change_date(extractor):
    text = ("Ministers announced the Safety Bill in November. An exposure draft followed on Dec. 1, and the "
            "government introduced the bill in the House of Representatives on Feb. 10.")
    _, _, relations = run(extractor, text, date="2022-04-11")
    assert _dates(relations, "INTRODUCED") == ["2022-02-10"]
