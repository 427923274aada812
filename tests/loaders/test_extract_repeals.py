"""Repeals that did not happen, laws told apart by their years, and changes still to come: a chamber that
blocks or rejects a repeal leaves the old law standing; "the repeal bill" is the named "(Repeal) Bill";
"the 2016 statute" is not "the Data Law of 2024"; a tariff halved now and scrapped next year."""

from extracthelpers import run


def test_a_law_named_with_of_and_its_year_keeps_the_year(extractor):
    types, rels, _ = run(extractor, "The royal decree endorsing the Electronic Transactions Law of 2022 was issued on "
                                    "Sunday.", date="2022-09-12")
    assert types.get("Electronic Transactions Law of 2022") == "Measure"
    assert "Electronic Transactions Law" not in types


def test_a_statute_of_another_year_is_another_measure(extractor):
    types, rels, _ = run(extractor, "The royal decree endorsing the Electronic Transactions Law of 2022 was issued on "
                                    "Sunday. The cabinet sent the draft to parliament in May as a successor to the 2012 "
                                    "electronic transactions statute, which it replaces.", date="2022-09-12")
    assert types.get("2012 electronic transactions statute") == "Measure"
    assert not any(r[3] == "Electronic Transactions Law of 2022" and r[1] == "RESCINDED" for r in rels)


def test_the_repeal_bill_is_the_named_repeal_bill_not_the_law_it_would_repeal(extractor):
    types, rels, relations = run(extractor, "The lower house passed the Sedition (Repeal) Bill 2021 in March. The repeal "
                                            "bill was tabled by the law minister.", date="2021-06-01")
    assert "repeal bill" not in types
    assert any(r[1] == "INTRODUCED" and r[3] == "Sedition (Repeal) Bill 2021" for r in rels)


def test_a_headline_that_blocks_a_repeal_neither_repeals_nor_blocks_the_law(extractor):
    text = ("Senate blocks repeal of colonial-era sedition law\n\nThe upper house on Tuesday voted against a bill "
            "that would have scrapped the Sedition Act.")
    _, rels, _ = run(extractor, text, date="2021-06-02")
    assert not any(r[3] in ("sedition law", "Sedition Act") and r[1] in ("RESCINDED", "BLOCKED", "DROPPED")
                   for r in rels)


def test_rejecting_a_bill_to_abolish_a_law_does_not_abolish_it(extractor):
    _, rels, _ = run(extractor, "The Senate on Tuesday rejected a government bill to abolish the Sedition Act.",
                     date="2021-06-02")
    assert not any(r[1] == "RESCINDED" and r[3] == "Sedition Act" for r in rels)


def test_a_repeal_still_to_be_passed_is_no_repeal(extractor):
    _, rels, _ = run(extractor, "Until the repeal is approved by both houses, the Sedition Act stays in force.",
                     date="2021-06-02")
    assert not any(r[3] == "Sedition Act" and r[1] in ("RESCINDED", "PASSED") for r in rels)


def test_a_tariff_halved_now_and_scrapped_next_year_keeps_each_change_its_own_time(extractor):
    text = ("Chile halves import duty on laptops and will eliminate it in February\n\nSANTIAGO - Chile halved the "
            "import duty on laptops on Monday.")
    _, rels, relations = run(extractor, text, date="2024-05-08")
    changes = {(r.type, r.evidence[0].date) for r in relations if r.type in ("EASED", "RESCINDED", "DROPPED")}
    assert ("RESCINDED", "2025-02") in changes  # eased while in force, so scrapping it repeals it; next February
    assert not any(t == "EASED" and d.startswith("2024-02") for t, d in changes)


def test_a_bill_eased_then_dropped_is_dropped_not_repealed(extractor):
    _, rels, _ = run(extractor, "The ministry watered down the data bill in March. The government withdrew the data "
                                "bill on Monday.", date="2024-05-08")
    assert any(r[1] == "DROPPED" and r[3] == "data bill" for r in rels)
    assert not any(r[1] == "RESCINDED" for r in rels)


def test_a_lead_s_statute_of_another_year_is_not_the_law_named_next(extractor):
    types, rels, _ = run(extractor, "Jordan on Saturday repealed its 2015 electronic crimes statute. The Electronic "
                                    "Crimes Law of 2023, which the king signed, replaces it.", date="2023-08-14")
    assert any(r[1] == "RESCINDED" and r[3] == "2015 electronic crimes statute" for r in rels)
    assert not any(r[1] == "RESCINDED" and r[3] == "Electronic Crimes Law of 2023" for r in rels)


def test_a_ban_lifted_is_repealed_and_a_suspension_lifted_is_reversed(extractor):
    _, rels, _ = run(extractor, "The telecoms regulator on Monday lifted its ban on the messaging app.",
                     date="2024-05-08")
    assert any(r[1] == "RESCINDED" and r[3].startswith("ban on the messaging app") for r in rels), rels
    _, rels, _ = run(extractor, "The telecoms regulator on Monday lifted its temporary suspension of the messaging "
                                "app.", date="2024-05-08")
    assert any(r[1] == "REVERSED" for r in rels) and not any(r[1] == "RESCINDED" for r in rels), rels


def test_it_after_a_sentence_about_a_decision_is_the_decision_not_the_measure(extractor):
    _, rels, _ = run(extractor, "The regulator lifted the ban on the messaging app. The decision was taken on Tuesday "
                                "at a board meeting. It was approved by a majority of the board's members.",
                     date="2024-05-08")
    assert not any(r[1] == "PASSED" for r in rels), rels
    _, rels, _ = run(extractor, "The Senate debated the privacy bill on Monday. It was approved by a majority of "
                                "senators.", date="2024-05-08")
    assert any(r[1] == "PASSED" and r[3] == "privacy bill" for r in rels), rels


def test_a_block_imposed_only_to_be_lifted_is_reversed(extractor):
    _, rels, relations = run(extractor, "On Feb. 26 the operators imposed a second block on calls made over Wi-Fi, "
                                        "only to lift it on March 2 after a backlash.", date="2016-11-05")
    lifted = [r for r in relations if r.type in ("REVERSED", "RESCINDED")]
    assert lifted and lifted[0].date == "2016-03-02"


def test_a_law_signed_by_a_president_and_replacing_a_statute_repeals_that_statute(extractor):
    _, rels, _ = run(extractor, "The Data Protection Act was signed by President Ana Ferreira and replaces a 2001 "
                                "privacy statute.", date="2024-12-13")
    assert any(r[1] == "RESCINDED" and r[3] == "2001 privacy statute" for r in rels)
    assert not any(r[1] in ("RESCINDED", "EASED") and r[3] == "Data Protection Act" for r in rels)
