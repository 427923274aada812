"""A relative clause whose object is the measure before it: "the bill, which Meta opposed", "the rule that
Nvidia lobbied against"; and members named after a group's kind ("a coalition of 40 tech companies, including
Amazon and IBM") (sentences written for these tests)."""

from extracthelpers import run


def test_the_object_of_a_relative_clause_is_the_noun_it_hangs_on(extractor):
    _, rels, _ = run(extractor, "Lawmakers shelved the bill, which Meta opposed.")
    assert ("Meta", "OPPOSES", "oppose", "bill") in rels, rels
    _, rels, _ = run(extractor, "The Kids Online Safety Act, which Microsoft backed, stalled in the Senate.")
    assert ("Microsoft", "SUPPORTS", "support", "Kids Online Safety Act") in rels, rels
    _, rels, _ = run(extractor, "The rule that Nvidia opposed was withdrawn.")
    assert ("Nvidia", "OPPOSES", "oppose", "rule") in rels, rels


def test_a_relative_object_behind_a_preposition_is_the_noun_too(extractor):
    _, rels, _ = run(extractor, "The Senate passed the bill, which Google had lobbied against.")
    assert ("Google", "LOBBIED", "oppose", "bill") in rels, rels


def test_a_relative_subject_is_still_the_actor(extractor):
    _, rels, _ = run(extractor, "Google, which opposed the bill, lobbied senators.")
    assert ("Google", "OPPOSES", "oppose", "bill") in rels, rels


def test_members_named_after_a_group_s_kind_belong_to_the_group_and_share_its_side(extractor):
    text = "A coalition of 40 tech companies, including Amazon and IBM, signed a letter opposing the AI Act."
    _, rels, _ = run(extractor, text)
    assert ("Amazon", "MEMBER_OF", None, "coalition of 40 tech companies") in rels, rels
    assert ("IBM", "OPPOSES", "oppose", "AI Act") in rels, rels
