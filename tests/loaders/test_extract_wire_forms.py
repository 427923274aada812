"""Forms of wire copy: a dateline before the subject ("LINCOLN, Neb. - A bill ... is stuck in committee"), a
second name given in a relative clause ("HB 412, which its sponsor calls the Open Phones Act"), "as did B"
after what A did, a bill stuck in committee, a body's name read as a modifier of the group after it, and an
order to withdraw a text."""

from extracthelpers import run

from policygraph.graph.records import Document


def _entities(extractor, text, date="2017-05-02"):
    entities, _ = extractor.extract(Document(id="d_t", title="t", text=text, date=date))
    return entities


def test_a_name_given_in_a_relative_clause_is_the_same_measure(extractor):
    text = ("LB 412, which its sponsor calls the Open Phones Act, would require carriers to unlock handsets. "
            "Rep. Dana Holt introduced the bill in February.")
    measures = [e for e in _entities(extractor, text) if e.type == "Measure"]
    assert len(measures) == 1
    assert {"LB 412", "Open Phones Act"} <= {measures[0].name, *measures[0].aliases}


def test_as_did_gives_the_same_side_to_those_it_names(extractor):
    _, rels, _ = run(extractor, "Verizon opposed the bill, as did the Wireless Association and the Consumer "
                                "Technology Association.")
    assert {("Verizon", "OPPOSES", "oppose", "bill"), ("Wireless Association", "OPPOSES", "oppose", "bill"),
            ("Consumer Technology Association", "OPPOSES", "oppose", "bill")} <= rels
    _, rels, _ = run(extractor, "Comcast registered its opposition to the bill, as did the Cable Dealers Association.")
    assert ("Cable Dealers Association", "OPPOSES", "oppose", "bill") in rels


def test_a_bill_stuck_in_committee_is_shelved_there(extractor):
    _, rels, _ = run(extractor, "The bill has been stuck in the Senate Commerce Committee since March.",
                     date="2017-05-02")
    assert ("Senate Commerce Committee", "SHELVED", None, "bill") in rels
    _, rels, _ = run(extractor, "The Repair Bill remains stuck in committee.", date="2017-05-02")
    assert any(r[1] == "SHELVED" and r[3] == "Repair Bill" for r in rels)
    _, rels, _ = run(extractor, "The measure languished in committee for months.", date="2017-05-02")
    assert any(r[1] == "SHELVED" and r[3] == "measure" for r in rels)


def test_sticking_with_a_bill_shelves_nothing(extractor):
    _, rels, _ = run(extractor, "Most senators stuck with the Data Act even as the governor lobbied them.")
    assert not any(r[1] == "SHELVED" for r in rels)


def test_a_dateline_before_the_subject_leaves_the_subject_its_verb(extractor):
    text = ("OMAHA, Neb. - A bill that would have forced phone makers to sell spare parts is stuck in a "
            "legislative committee for the year.")
    _, rels, _ = run(extractor, text, date="2017-05-24")
    assert any(r[1] == "SHELVED" and r[0] == "legislative committee" for r in rels)


def test_a_dateline_word_is_never_an_entity():
    from policygraph.loaders.lexicon import lexicon
    from policygraph.loaders.mentions import MentionFinder
    from policygraph.loaders.nlp import load_model
    doc = load_model()("BRUSSELS - The European Commission on Friday withdrew the draft rules.")
    names = [doc[m.start:m.end].text for m in MentionFinder(lexicon()).find(doc)]
    assert "The" not in names
    assert "European Commission" in names


def test_a_body_before_and_a_group_are_two_actors(extractor):
    names, rels, _ = run(extractor, "The plan drew criticism from members of the Bundestag and consumer "
                                    "organisations who said it broke a promise.")
    assert "consumer organisations" in names
    assert not any(" and " in n for n in names)


def test_an_order_to_withdraw_a_text_drops_it_and_orders_nothing_new(extractor):
    text = ("The agency published draft rules on drones in March. In May, President Maria Vance instructed the "
            "Transport Ministry to withdraw the rules.")
    names, rels, _ = run(extractor, text, date="2016-09-09")
    assert not any(n.startswith("instruction") for n in names)
    assert any(r[1] == "DROPPED" and r[3] == "rules" for r in rels)


def test_the_tax_is_the_tax_not_a_programme_of_tax_incentives(extractor):
    text = ("Lawmakers attached a 15% tax on imported scooters to a bill creating Verde, a programme of tax "
            "incentives for carmakers. Scooter importers lobbied against the tax.")
    _, rels, _ = run(extractor, text)
    assert ("Scooter importers", "LOBBIED", "oppose", "15% tax on imported scooters") in rels


def test_a_name_joined_by_and_keeps_its_bracketed_acronym(extractor):
    text = ("The Chilean Wine and Spirits Producers Association (Vinex) lobbied against the Bottle Tax Bill.")
    entities = _entities(extractor, text)
    body = next(e for e in entities if e.name == "Chilean Wine and Spirits Producers Association")
    assert "Vinex" in body.aliases


def test_the_amendment_bill_is_the_named_amendment_bill(extractor):
    text = ("The government introduced the Health Records Amendment (Privacy) Bill in August. The Medical "
            "Association has backed the amendment bill.")
    _, rels, _ = run(extractor, text, date="2018-08-20")
    assert ("Medical Association", "SUPPORTS", "support", "Health Records Amendment (Privacy) Bill") in rels


def test_a_regulation_that_threatened_to_do_something_is_a_measure(extractor):
    text = ("BANGKOK - The government has scrapped a regulation that threatened to cut off the internet "
            "connections of people accused of spreading rumours.")
    _, rels, _ = run(extractor, text, date="2021-08-10")
    assert any(r[1] == "RESCINDED" or r[1] == "DROPPED" for r in rels)
