"""A body's own measure, told by the body's common name ("the government's bill", "the bloc's proposed law"),
is the measure in hand; a lead that tells the measure that way before the story describes it ("The regulation
to prevent ... was proposed in 2023") is that measure; "taken a vote on X ... off the agenda" shelves X even
when the parser hangs "off the agenda" on a clause in between; and a "proposed" law whose author the story
names later is not proposed by whoever else the lead names. "It" opening a sentence after one that reports
another's doing ("agreed ... that Apple had used ...") is the reporting sentence's subject. All sentences are
invented."""

from extracthelpers import run


def test_the_governments_bill_is_the_bill_in_hand(extractor):
    text = ("Ruritania's parliament received the Online Safety Bill in May. Opposition lawmakers rejected the "
            "government's bill on Tuesday.")
    _, rels, _ = run(extractor, text, date="2025-06-10")
    assert ("Opposition lawmakers", "OPPOSES", "oppose", "Online Safety Bill") in rels


def test_a_lead_law_is_the_regulation_described_next(extractor):
    text = ("VALLETTA - Malta, which chairs the council of ministers, has taken a vote on the bloc's proposed law "
            "to scan private chats for abuse images off the agenda after Austria refused to back the plan. "
            "The regulation to prevent online grooming was proposed by the Commission of the Union in March 2023. "
            "It has stalled since.")
    ents, rels, _ = run(extractor, text, date="2025-10-09")
    measures = [n for n, t in ents.items() if t == "Measure"]
    assert measures == ["regulation to prevent online grooming"]
    assert ("Malta", "SHELVED", None, "regulation to prevent online grooming") in rels
    assert ("Austria", "OPPOSES", "oppose", "regulation to prevent online grooming") in rels
    proposers = {s for s, t, _, m in rels if t == "PROPOSED"}
    assert proposers == {"European Commission"}  # not Malta or the council, named beside "proposed law"


def test_an_agencys_amendments_are_not_the_act_they_amend(extractor):
    text = "The Payments Act has governed tokens since 2017. Critics attacked the agency's proposed amendments."
    _, rels, _ = run(extractor, text, date="2025-12-20")
    assert not any(s == "Critics" and m == "Payments Act" for s, _, _, m in rels)


def test_it_after_a_reported_clause_is_the_sentence_subject(extractor):
    text = ("The Ruritanian Appeals Tribunal agreed with the Ruritanian Competition Board that Apple had used its "
            "control of the App Store to make developers use its payment system. It ordered the company to pay the "
            "penalty within 30 days.")
    _, rels, _ = run(extractor, text, date="2023-03-29")
    imposers = {s for s, t, _, _ in rels if t == "IMPOSED"}
    assert imposers == {"Ruritanian Appeals Tribunal"}, rels


def test_it_in_a_reported_clause_is_still_the_speaker(extractor):
    text = ("Malta has pulled a vote on the Chat Scanning Regulation after Austria said it would not back the "
            "regulation.")
    _, rels, _ = run(extractor, text, date="2025-10-09")
    assert ("Austria", "OPPOSES", "oppose", "Chat Scanning Regulation") in rels
    assert not any(s == "Malta" and t == "OPPOSES" for s, t, _, _ in rels)
