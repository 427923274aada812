"""A section named in lower case is a measure of its own; a court acting through a panel of its judges is the
court; and each of two coordinated changes takes the date told in its own clause (sentences written for these
tests)."""

from extracthelpers import run


def test_a_section_in_lower_case_is_the_measure_a_court_strikes_down(extractor):
    found, rels, _ = run(extractor, "The High Court on Monday struck down section 12 of the Broadcasting Act.",
                         date="2024-03-05")
    assert found.get("section 12") == "Measure", found
    assert any(r[1] == "BLOCKED" and r[3] == "section 12" for r in rels), rels
    assert not any(r[1] == "BLOCKED" and r[3] == "Broadcasting Act" for r in rels)


def test_a_panel_of_a_court_is_the_court(extractor):
    found, rels, _ = run(extractor, "A three-judge panel of the Supreme Court annulled section 9 of the Press Act.",
                         date="2024-03-05")
    assert any(r[0].endswith("Supreme Court") and r[1] == "BLOCKED" for r in rels), rels
    assert not any("panel" in name for name in found), found


def test_each_coordinated_change_takes_the_date_of_its_own_clause(extractor):
    _, _, relations = run(extractor, "The levy bill was passed by the National Assembly in March and signed by the "
                                     "president in May.", date="2024-07-01")
    dates = {r.type: r.evidence[0].date for r in relations if r.type in ("PASSED", "ENACTED")}
    assert dates == {"PASSED": "2024-03", "ENACTED": "2024-05"}, dates


def test_two_coordinated_changes_share_a_date_told_once(extractor):
    _, _, relations = run(extractor, "The assembly passed the levy bill and repealed the old stamp duty on Tuesday.",
                          date="2024-07-04")
    dates = {r.type: r.evidence[0].date for r in relations if r.type in ("PASSED", "RESCINDED")}
    assert dates.get("PASSED") == "2024-07-02" and dates.get("RESCINDED") == "2024-07-02", dates


def test_a_delay_that_applies_to_a_decree_delays_it_not_on_the_day_the_decree_was_signed(extractor):
    _, _, relations = run(extractor, "Ruritania put off its data hub on Wednesday. The delay applies to the Decree on "
                                     "the National Data Hub, which the president signed on Feb. 3 last year.",
                          date="2022-02-17")
    dated = {(r.type, r.evidence[0].date) for r in relations if r.type in ("DELAYED", "ENACTED")}
    assert ("ENACTED", "2021-02-03") in dated, dated  # signed "last year"
    assert any(t == "DELAYED" and d != "2021-02-03" for t, d in dated), dated
