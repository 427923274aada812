"""Groups and parties, from held-out 42: "the group's China director" works for the group that spoke just
before, not for a party named in passing, and heads only a part of it; a party called by its short name
("Labour") is no firm. All sentences are invented."""

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
