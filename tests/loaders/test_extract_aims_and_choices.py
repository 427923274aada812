"""A bill a change is taken out of, or a campaign is run against, is not itself dropped or launched; a choice
offered ("to sign it, veto it or let it become law") is no decision; "the cabinet" after a dateline is the
dateline's country; a reason given ("pointing to the curbs") is no aim, and a clause in which others take a side
("after ministries argued against the ban") is theirs; the accused in "accused X of writing the law" wrote it.
All sentences are invented."""

from extracthelpers import run


def test_dropping_a_power_from_a_bill_does_not_drop_the_bill(extractor):
    _, rels, _ = run(extractor, "Ruritanian ministers drop facial recognition from Policing Cameras Bill after "
                                "Green Party objects", date="2024-02-10")
    assert not any(t == "DROPPED" and m == "Policing Cameras Bill" for _, t, _, m in rels), rels


def test_a_campaign_run_against_a_bill_is_lobbying_not_proposing_or_enforcing(extractor):
    for verb in ("ran", "launched"):
        _, rels, _ = run(extractor, f"Privacy Watch {verb} a campaign against the Data Retention Bill in March.",
                         date="2024-05-10")
        assert ("Privacy Watch", "LOBBIED", "oppose", "Data Retention Bill") in rels, (verb, rels)
        assert not {t for _, t, _, _ in rels} & {"PROPOSED", "SPONSORED", "ENFORCES"}, (verb, rels)


def test_choices_offered_to_a_governor_are_not_her_decision(extractor):
    text = ("The Data Retention Bill reached Governor Maria Lopez on Friday, giving her ten days to sign it, veto it "
            "or let it become law without her signature.")
    _, rels, _ = run(extractor, text, date="2024-05-10")
    assert not {t for _, t, _, _ in rels} & {"ENACTED", "VETOED", "IMPOSED"}, rels


def test_the_cabinet_after_a_dateline_is_the_dateline_country(extractor):
    text = ("STOCKHOLM - Sweden will tighten its review of foreign chip deals, officials said on Monday, after "
            "China's Sai Microelectronics bought a local foundry. The cabinet approved the Foreign Investment "
            "Screening Act on Thursday.")
    _, rels, _ = run(extractor, text, date="2024-02-10")
    enacted = {s for s, t, _, m in rels if t == "ENACTED"}
    assert enacted == {"Sweden"}, rels


def test_a_reason_pointed_to_is_not_what_is_urged(extractor):
    text = ("Lawmakers from the Greens and the Free Democrats urged the government to block the Elmos deal, pointing "
            "to Washington's new curbs on exports of advanced chips to China.")
    _, rels, _ = run(extractor, text, date="2022-11-08")
    assert ("Lawmakers from the Greens and the Free Democrats", "URGED", "oppose", "deal") in rels
    assert not any(t == "URGED" and m == "curbs" for _, t, _, m in rels), rels


def test_a_side_taken_by_others_in_a_time_clause_is_theirs(extractor):
    text = ("Ministers agreed on a compromise Chancellor Maria Berg pushed through after four ministries had argued "
            "against the ban on Chinese components.")
    _, rels, _ = run(extractor, text, date="2024-02-10")
    assert not any(s == "Maria Berg" for s, _, _, _ in rels), rels


def test_the_accused_wrote_the_law(extractor):
    text = ("Opposition leader Peter Dutton accused the Labor Party of writing the Workplace Relations Bill for its "
            "union backers.")
    _, rels, _ = run(extractor, text, date="2024-02-10")
    assert ("Labor Party", "SUPPORTS", "support", "Workplace Relations Bill") in rels
    assert not any(s == "Peter Dutton" and t == "SPONSORED" for s, t, _, _ in rels), rels


def test_every_verb_of_a_choice_is_an_alternative_the_first_too():
    import spacy
    from spacy.tokens import Doc

    from policygraph.loaders.status_objects import alternative
    words = ["to", "sign", "it", "or", "veto", "it"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 1, 4],
              deps=["aux", "ROOT", "dobj", "cc", "conj", "dobj"], tags=["TO", "VB", "PRP", "CC", "VB", "PRP"])
    assert alternative(doc[1]) and alternative(doc[4])
    signed = Doc(spacy.blank("en").vocab, words=["signed", "it", "or", "vetoed", "it"], heads=[0, 0, 0, 0, 3],
                 deps=["ROOT", "dobj", "cc", "conj", "dobj"], tags=["VBD", "PRP", "CC", "VBD", "PRP"])
    assert not alternative(signed[0])
