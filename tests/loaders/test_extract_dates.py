"""Which date a status change takes from its sentence (sentences written for these tests)."""

from policygraph.graph.records import Document
from policygraph.loaders.extract import STATUS_TYPES


def dated(extractor, text, date):
    entities, relations = extractor.extract(Document(id="d_d", title="t", text=text, date=date))
    names = {e.id: e.name for e in entities}
    return {(r.type, names[r.target]): r.date for r in relations if r.type in STATUS_TYPES}


def test_a_date_in_a_clause_on_the_measure_dates_that_clause_not_the_change(extractor):
    found = dated(extractor, "President Maya Lund revoked the Cloud Security Order that her predecessor "
                             "signed in 2021.", "2025-02-03")
    assert found[("RESCINDED", "Cloud Security Order")] == "2025-02-03"


def test_a_participle_set_off_by_commas_keeps_its_date_to_itself(extractor):
    found = dated(extractor, "The court struck down the Platform Act, passed in 2019, on Tuesday.", "2025-02-05")
    assert found[("BLOCKED", "Platform Act")] != "2019"


def test_a_year_in_a_measure_name_is_not_the_date_of_the_change(extractor):
    found = dated(extractor, "The Ruritanian ministry repealed Regulation No. 14 of 2012 after complaints "
                             "from cloud providers.", "2025-02-03")
    assert found[("RESCINDED", "Regulation No. 14 of 2012")] == "2025-02-03"


def test_a_clause_on_another_noun_keeps_its_date(extractor):
    found = dated(extractor, "The Online Safety Code was suspended by the High Court in Valdor, which on "
                             "Monday granted Telkar an urgent interdict.", "2025-02-05")
    assert found[("BLOCKED", "Online Safety Code")] == "2025-02-03"


def test_a_dated_change_in_its_own_clause_keeps_its_date(extractor):
    found = dated(extractor, "The regulator scrapped a ban on crypto notes that it imposed in 2021.", "2025-02-05")
    assert found[("ENACTED", "ban on crypto notes")] == "2021"
    assert found[("RESCINDED", "ban on crypto notes")] == "2025-02-05"


def test_a_time_of_day_after_a_described_measure_is_no_part_of_its_name(extractor):
    found = dated(extractor, "The lower house passed legislation late Wednesday that would put podcasts under the "
                             "broadcast regulator.", "2023-05-12")
    assert ("PASSED", "legislation") in found, found


def test_a_month_still_to_come_in_a_future_clause_is_this_year_s_not_last_year_s(extractor):
    found = dated(extractor, "The Platform Fairness Act, which the Diet passed in July last year, will oblige app "
                             "stores to accept rival payments when it takes full effect in November.", "2025-03-10")
    assert found[("PASSED", "Platform Fairness Act")] == "2024-07"
    assert found[("ENACTED", "Platform Fairness Act")] == "2025-11"


def test_a_headline_s_change_takes_the_day_its_lead_gives_not_the_story_s_date(extractor):
    text = ("Ruritania relaxes cloud data rules to lure investors\n\nVALDORA, April 8 - Ruritania's data regulator on "
            "Friday relaxed its cloud data rules, exempting small firms from audits.")
    _, relations = extractor.extract(Document(id="d_h", title="t", text=text, date="2024-04-08"))
    eased = [r for r in relations if r.type == "EASED"]
    assert len(eased) >= 2, eased  # the headline's and the lead's
    assert {r.date for r in eased} == {"2024-04-05"}, eased
