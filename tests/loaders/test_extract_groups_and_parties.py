"""Groups and parties, from held-out 42: "the group's China director" works for the group that spoke just
before, not for a party named in passing, and heads only a part of it; a party called by its short name
("Labour") is no firm; a vote tally after a name is not part of it, and "X was one of the senators who voted
no" opposes. All sentences are invented."""

from extracthelpers import run


def test_the_groups_director_works_for_the_group_that_spoke(extractor):
    text = ("Human Rights Watch said the law would tighten the Communist Party's control of online speech. "
            "\"This is a law for censors,\" said Sophie Richardson, the group's China director.")
    ents, rels, _ = run(extractor, text)
    assert ("Sophie Richardson", "EMPLOYED_BY", None, "Human Rights Watch") in rels
    assert not any(s == "Sophie Richardson" and o == "Chinese Communist Party" for s, _, _, o in rels)
    assert ents.get("Sophie Richardson") == "Person"


def test_a_managing_director_still_leads_the_company(extractor):
    _, rels, _ = run(extractor, "Acme Corp criticized the law. Jan Novak, the company's managing director, said "
                                "it was bad.")
    assert ("Jan Novak", "LEADS", None, "Acme Corp") in rels


def test_a_party_by_its_short_name_is_no_firm(extractor):
    ents, _, _ = run(extractor, "Labour accused the government of treating buyers shabbily. The Data Act passed. "
                                "Labor criticized the bill.")
    assert ents.get("Labour") == "Organization" and ents.get("Labor") == "Organization"


def test_a_vote_tally_is_no_part_of_the_name_and_one_of_those_who_voted_no_opposes(extractor):
    text = ("The Senate passed the Data Act 97-2 on March 21. Sen. Ron Wyden, the Oregon Democrat, was one of the "
            "two senators who voted no; Sen. Rand Paul was the other.")
    ents, rels, _ = run(extractor, text, date="2018-04-06")
    assert "Data Act" in ents and not any("97" in n for n in ents)
    assert ("Ron Wyden", "OPPOSES", "oppose", "Data Act") in rels
    assert not any(s == "Ron Wyden" and t == "MEMBER_OF" for s, t, _, _ in rels)
