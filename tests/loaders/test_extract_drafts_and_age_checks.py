"""A regulator's draft told first as rules and then by name, age checks as a measure, an order that had
overridden laws, and a party the parser cuts off its lawmakers. All sentences are invented."""

from extracthelpers import measures, run


DRAFT = ("Malaysia regulator shelves platform bill after outcry\n\n"
         "KUALA LUMPUR - Malaysia's communications regulator has put its proposed rules for large online platforms "
         "on hold, sending the draft back for reconsideration after critics called it censorship. The regulator "
         "said it would take more time to gather opinions on the draft Platform Duties Act.")


def test_a_regulators_proposed_rules_are_the_draft_act_named_next(extractor):
    ents, rels, _ = run(extractor, DRAFT, date="2022-08-20")
    assert "rules" not in ents, ents
    assert any(r[1] in ("SHELVED", "PAUSED") and r[3] == "Platform Duties Act" for r in rels), rels


def test_a_regulator_sending_its_own_draft_back_vetoes_nothing(extractor):
    _, rels, _ = run(extractor, DRAFT, date="2022-08-20")
    assert not any(r[1] == "VETOED" for r in rels), rels


def test_a_party_cut_off_its_lawmakers_is_given_back(extractor):
    text = ("Lawmakers from the opposition Kuomintang led the attack, accusing the government of trying to set up "
            "a censorship system. They urged the regulator to withdraw the Platform Duties Act.")
    ents, rels, _ = run(extractor, text, date="2022-08-20")
    assert ents.get("Kuomintang") == "Lawmaker", ents
    assert any(r[0] == "Kuomintang" and r[3] == "Platform Duties Act" for r in rels), rels


def test_age_checks_a_headline_scraps_are_the_measure_the_story_follows(extractor):
    text = ("Britain scraps age checks for adult websites\n\n"
            "LONDON - The British government on Wednesday abandoned its plan to make adult websites confirm "
            "that visitors are over 18. Parliament approved the age checks in 2017. The Open Rights Group had "
            "opposed the age-verification regime from the start. In June it postponed the checks again.")
    ents, rels, _ = run(extractor, text, date="2019-10-16")
    dropped = {r[3] for r in rels if r[1] == "DROPPED"}
    assert dropped and any("age checks" in n for n in dropped | measures(ents)), rels
    assert any(r[1] == "PASSED" and r[3] in dropped for r in rels), rels
    assert ("Open Rights Group", "OPPOSES", "oppose", next(iter(dropped))) in rels, rels
    assert any(r[1] == "DELAYED" and r[3] in dropped for r in rels), rels


def test_age_checks_argued_over_in_general_are_no_measure(extractor):
    text = ("The regulator issued technical standards for age verification in October. In February the government "
            "issued an order extending age-verification duties to 17 foreign sites. Aylo has argued that age checks "
            "should be carried out by phones instead.")
    ents, rels, _ = run(extractor, text, date="2025-06-20")
    assert "age checks" not in ents and "age verification" not in ents, ents
    assert any(r[1] == "IMPOSED" and r[3] == "order extending age-verification duties" for r in rels), rels


def test_an_order_that_had_overridden_laws_is_the_order_the_court_threw_out(extractor):
    text = ("A federal appeals court on Wednesday threw out a Federal Communications Commission order that had "
            "overridden state laws in Tennessee. Tennessee's attorney general had challenged the order in court.")
    ents, rels, _ = run(extractor, text, date="2016-08-10")
    thrown = [r[3] for r in rels if r[1] in ("BLOCKED", "RESCINDED")]
    assert thrown and thrown[0].startswith("Federal Communications Commission order"), rels
