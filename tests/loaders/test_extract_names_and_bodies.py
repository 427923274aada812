"""Names and bodies, from held-out 40: a measure's name stops before how the vote went, how long a fight
lasted or a participle's time; a name after a dative is not the dative's; a title the model took into a
bank's name is the title of the person after it, and a central bank's governor leads it; a "chief legal
officer" works for the company, its "chief executive officer" leads it; a parliamentary committee on a
subject is a body; "X, such as A and B, lobbied" has a verb; a meeting held with someone is a meeting with
them; the parse's "the mayor's office and union leaders" are two; a coalition of "industry and non-profit
associations" is one; "Legislation" and "Proclamation" end names; an all-capitals two-word dateline is no
firm; a quoted name followed by ", a law that" is a measure; "cheaper packages" are products and "Chilean
law" is a country's law as a whole; a procedure "that blocked other votes" blocks no bill, and setting
aside "some of these changes" leaves the measure itself standing. All sentences are invented."""

from extracthelpers import run


def test_a_measure_name_stops_before_the_vote_count(extractor):
    text = ("Parliament on Wednesday threw out the proposed regulation on the sale of software-defined radios by "
            "512 votes to 40, with 12 abstentions, killing a law that had split the industry.")
    ents, _, _ = run(extractor, text, date="2019-03-07")
    assert "regulation on the sale of software-defined radios" in ents
    assert not any("votes" in name for name in ents)


def test_a_measure_name_stops_before_a_stretch_of_time(extractor):
    text = ("The commission decided on Monday to loosen its rule on roaming fees. Unions had opposed the "
            "change for most of the year.")
    ents, rels, _ = run(extractor, text, date="2019-03-07")
    assert not any("most" in name for name in ents)
    assert ("Unions", "OPPOSES", "oppose", "rule on roaming fees") in rels  # what the rule is on, too


def test_a_participles_adverb_is_no_part_of_the_name(extractor):
    text = "In an executive order issued late on Friday, Governor Tim Walz barred the app from state phones."
    ents, _, _ = run(extractor, text, date="2024-05-31")
    assert "executive order" in ents
    assert not any(name.endswith("late") for name in ents)


def test_a_name_after_a_dative_is_its_own(extractor):
    text = ("The cabinet sent Parliament the Online Harms Bill, a measure that would require platforms to remove "
            "abuse within a day. Senators backed the Stop the Bleeding Act.")
    ents, _, _ = run(extractor, text, date="2024-05-31")
    assert ents.get("Online Harms Bill") == "Measure"
    assert "Parliament the Online Harms Bill" not in ents
    assert "Stop the Bleeding Act" in ents


def test_a_title_inside_a_banks_name_belongs_to_the_person(extractor):
    text = "Bank of Korea Governor Rhee Chang-yong has repeatedly said the bank has serious concerns about stablecoins."
    ents, rels, _ = run(extractor, text, date="2024-05-31")
    assert "Bank of Korea Governor" not in ents
    assert ("Rhee Chang-yong", "LEADS", None, "Bank of Korea") in rels


def test_a_chief_legal_officer_works_for_the_company(extractor):
    text = "Maria Lopez, Lyft's chief legal officer, said the company would fight the law."
    _, rels, _ = run(extractor, text, date="2019-09-11")
    assert ("Maria Lopez", "EMPLOYED_BY", None, "Lyft") in rels
    assert ("Maria Lopez", "LEADS", None, "Lyft") not in rels
    text = "Lyft Chief Executive Officer David Risher said the company would fight the law."
    _, rels, _ = run(extractor, text, date="2019-09-11")
    assert ("David Risher", "LEADS", None, "Lyft") in rels


def test_a_parliamentary_committee_on_a_subject_is_a_body(extractor):
    text = ("The parliamentary committee on communications, chaired by Labour lawmaker Sarah Jones, said the "
            "rule was flawed.")
    ents, rels, _ = run(extractor, text, date="2019-09-11")
    assert ents.get("parliamentary committee on communications") == "Agency"
    assert ("Sarah Jones", "LEADS", None, "parliamentary committee on communications") in rels


def test_examples_set_off_by_commas_leave_the_verb_to_the_group(extractor):
    text = "Big carriers, such as Vodafone and Orange, lobbied hard for the regulation."
    _, rels, _ = run(extractor, text, date="2019-09-11")
    assert ("Vodafone", "LOBBIED", "support", "regulation") in rels
    assert ("Big carriers", "LOBBIED", "support", "regulation") in rels


def test_a_meeting_held_with_someone_is_a_meeting_with_them(extractor):
    text = "The Senate Commerce Committee held a meeting with Vodafone on Monday."
    _, rels, _ = run(extractor, text, date="2019-09-11")
    assert ("Senate Commerce Committee", "MET_WITH", None, "Vodafone") in rels


def test_an_office_and_a_group_joined_by_the_parse_are_two(extractor):
    text = "Grab and Gojek spent the spring in talks with the mayor's office and union leaders."
    ents, _, _ = run(extractor, text, date="2019-09-11")
    assert "union leaders" in ents
    assert "office and union leaders" not in ents


def test_a_coalition_of_two_kinds_of_groups_is_one(extractor):
    text = ("The pause came after weeks of pressure from a coalition of industry and non-profit associations led "
            "by the Retail Council, which had asked ministers to delay the levy.")
    ents, rels, _ = run(extractor, text, date="2017-06-08")
    assert "coalition of industry and non-profit associations" in ents
    assert "non-profit associations" not in ents
    assert ("Retail Council", "LEADS", None, "coalition of industry and non-profit associations") in rels


def test_legislation_and_proclamation_end_names(extractor):
    text = ("The right of action, set out in the Anti-Fraud Legislation when the assembly adopted it in 2012, was "
            "suspended. Lawmakers approved the Cyber Harm Prevention Proclamation by 210 votes to 18.")
    ents, _, _ = run(extractor, text, date="2020-02-13")
    assert ents.get("Anti-Fraud Legislation") == "Measure"
    assert ents.get("Cyber Harm Prevention Proclamation") == "Measure"


def test_a_two_word_dateline_and_a_quoted_law(extractor):
    text = ('KUALA LUMPUR - President Ana Lima on Wednesday signed the country\'s "Lei Azul", a law that '
            'guarantees net neutrality. Activists had urged lawmakers to pass the bill.')
    ents, rels, _ = run(extractor, text, date="2014-04-23")
    assert ents.get("Lei Azul") == "Measure"
    assert ents.get("Ana Lima") == "Official"
    assert not any(name.isupper() for name in ents)
    assert ("Ana Lima", "ENACTED", None, "Lei Azul") in rels
    assert ("Activists", "URGED", "support", "Lei Azul") in rels


def test_products_and_a_countrys_law_are_no_measures(extractor):
    text = ("Carriers argued that they needed to offer cheaper packages for streaming. The new rule says that "
            "firms storing data in Chile must obey Chilean law.")
    ents, _, _ = run(extractor, text, date="2014-04-23")
    assert not any("packages" in name for name in ents)
    assert "Chilean law" not in ents


def _statuses(rels):
    return {(t, o) for s, t, _, o in rels if t in ("BLOCKED", "SHELVED", "DROPPED", "PASSED", "PROPOSED")}


def test_a_procedure_that_blocked_other_votes_blocks_no_bill(extractor):
    text = ("The cabinet sent the bill to parliament in 2016. The prime minister put the bill on an urgency "
            "procedure that blocked other votes in the house until it was settled.")
    _, rels, _ = run(extractor, text, date="2018-04-23")
    assert ("PROPOSED", "bill") in _statuses(rels)
    assert ("BLOCKED", "bill") not in _statuses(rels)


def test_setting_aside_some_of_its_changes_leaves_the_measure(extractor):
    text = ("The agency proposed the regulation in 2010. In 2011 the assembly approved the text after adding "
            "amendments that softened it. National ministers set some of these changes aside in 2012.")
    _, rels, _ = run(extractor, text, date="2018-04-23")
    assert ("PASSED", "regulation") in _statuses(rels)
    assert not any(t in ("SHELVED", "BLOCKED") for t, _ in _statuses(rels))
