"""Names and bodies, from held-out 40: a measure's name stops before how the vote went, how long a fight
lasted or a participle's time; a name after a dative is not the dative's; a title the model took into a
bank's name is the title of the person after it, and a central bank's governor leads it; a "chief legal
officer" works for the company, its "chief executive officer" leads it; a parliamentary committee on a
subject is a body; "X, such as A and B, lobbied" has a verb; a meeting held with someone is a meeting with
them; the parse's "the governor's office and labor leaders" are two; a coalition of "business and
non-profit groups" is one; "Legislation" and "Proclamation" end names; an all-capitals two-word dateline
is no firm; a quoted name followed by ", a law that" is a measure; "cheaper packages" are products and
"Brazilian law" is a country's law as a whole; a fast track "that blocked other votes" blocks no bill, and
setting aside "most of those changes" leaves the measure itself standing."""

from extracthelpers import run


def test_a_measure_name_stops_before_the_vote_count(extractor):
    text = ("Parliament on Wednesday threw out the proposed regulation on the sale of software-defined radios by "
            "512 votes to 40, with 12 abstentions, killing a law that had split the industry.")
    ents, _, _ = run(extractor, text, date="2019-03-07")
    assert "regulation on the sale of software-defined radios" in ents
    assert not any("votes" in name for name in ents)


def test_a_measure_name_stops_before_a_stretch_of_time(extractor):
    text = ("The commission decided on Monday to loosen its rule on roaming fees. Carriers had resisted the "
            "change for most of the decade.")
    ents, rels, _ = run(extractor, text, date="2019-03-07")
    assert not any("most" in name for name in ents)
    assert ("Carriers", "OPPOSES", "oppose", "rule") in rels


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
    text = "Uber and Lyft spent the summer in talks with the governor's office and labor leaders."
    ents, _, _ = run(extractor, text, date="2019-09-11")
    assert "labor leaders" in ents
    assert "office and labor leaders" not in ents


def test_a_coalition_of_two_kinds_of_groups_is_one(extractor):
    text = ("The delay followed months of pressure from a coalition of business and non-profit groups led by "
            "the Chamber of Commerce, which had asked the government to delay the provision.")
    ents, rels, _ = run(extractor, text, date="2017-06-08")
    assert "coalition of business and non-profit groups" in ents
    assert "non-profit groups" not in ents
    assert any(s.endswith("Chamber of Commerce") and t == "LEADS" and o == "coalition of business and non-profit groups"
               for s, t, _, o in rels)


def test_legislation_and_proclamation_end_names(extractor):
    text = ("The right to sue, written into the Anti-Spam Legislation when Parliament passed it in 2010, was "
            "suspended. Lawmakers approved the Hate Speech Prevention Proclamation by 297 votes to 23.")
    ents, _, _ = run(extractor, text, date="2020-02-13")
    assert ents.get("Anti-Spam Legislation") == "Measure"
    assert ents.get("Hate Speech Prevention Proclamation") == "Measure"


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
    text = ("Operators said they needed to offer cheaper packages for particular services. The new rule says "
            "that firms collecting data in Chile must obey Chilean law.")
    ents, _, _ = run(extractor, text, date="2014-04-23")
    assert not any("packages" in name for name in ents)
    assert "Chilean law" not in ents


def _statuses(rels):
    return {(t, o) for s, t, _, o in rels if t in ("BLOCKED", "SHELVED", "DROPPED", "PASSED", "PROPOSED")}


def test_a_fast_track_that_blocked_other_votes_blocks_no_bill(extractor):
    text = ("The ministry sent the bill to parliament in 2011. The president put the bill on a fast track that "
            "blocked other votes in the chamber until it was decided.")
    _, rels, _ = run(extractor, text, date="2014-04-23")
    assert ("PROPOSED", "bill") in _statuses(rels)
    assert ("BLOCKED", "bill") not in _statuses(rels)


def test_setting_aside_some_of_its_changes_leaves_the_measure(extractor):
    text = ("The Commission proposed the directive in 2002. In 2003 Parliament approved the text after adding "
            "amendments that narrowed it. EU governments set most of those changes aside.")
    _, rels, _ = run(extractor, text, date="2005-07-06")
    assert ("PASSED", "directive") in _statuses(rels)
    assert not any(t == "SHELVED" for t, _ in _statuses(rels))
