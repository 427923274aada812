"""Surtaxes and another country's tariff, a council that lobbied for a tax to be bargained away, a pronoun that
may be a country or a measure, and a state law a judge blocks before it takes effect. All sentences are
invented."""

from extracthelpers import dated, measures, run


SURTAX = ("OTTAWA, May 4, 2026 - Canada will lower its surtax on Chinese-made electric buses, the trade minister "
          "said on Monday. The 80 percent surtax on Chinese-made electric buses took effect in 2025 and copied "
          "the 80 percent U.S. tariff on Chinese electric buses that the Biden administration had imposed a year "
          "earlier. "
          "The Prairie Growers Council, which lobbied for the surtax to be negotiated away, called the decision "
          "a relief for thousands of farm families.")


def test_a_surtax_is_a_measure(extractor):
    ents, _, _ = run(extractor, SURTAX, date="2026-05-04")
    assert any("surtax" in n for n in measures(ents)), ents


def test_another_countrys_tariff_named_in_front_is_not_the_storys_own(extractor):
    ents, rels, _ = run(extractor, SURTAX, date="2026-05-04")
    tariffs = {n for n in measures(ents) if "U.S. tariff" in n}
    assert tariffs, ents
    assert not any("surtax" in n for n in tariffs), tariffs


def test_lobbying_for_a_tax_to_be_negotiated_away_opposes_it(extractor):
    _, rels, _ = run(extractor, SURTAX, date="2026-05-04")
    lobbied = {(r[2], r[3]) for r in rels if r[0] == "Prairie Growers Council" and r[1] == "LOBBIED"}
    assert lobbied and all(stance == "oppose" and "surtax" in m for stance, m in lobbied), rels


def test_a_label_after_called_is_no_call_for_anything(extractor):
    ents, rels, _ = run(extractor, SURTAX, date="2026-05-04")
    assert not any(r[0] == "Prairie Growers Council" and r[1] in ("PRESSURED", "URGED") for r in rels), rels


def test_it_after_a_country_opening_a_probe_is_the_country_imposing_duties(extractor):
    text = ("OTTAWA, May 4, 2026 - Canada will lower its surtax on Chinese-made electric buses, the trade minister "
            "said on Monday. Beijing opened an anti-dumping probe into Canadian lentils soon after, and in June "
            "2025 it imposed 60 percent duties on Canadian lentils.")
    edges = dated(extractor, text, date="2026-05-04")
    assert any(t == "ENACTED" and "lentils" in m and d == "2025-06" for _, t, m, d, _ in edges), edges
    assert any(s == "China" and t == "IMPOSED" and "lentils" in m for s, t, m, _, _ in edges), edges


GEORGIA = ("Judge blocks Alabama law requiring age checks and parental consent for app stores\n\n"
           "MONTGOMERY, Aug. 1, 2025 - A federal judge has blocked Alabama from enforcing a law that would "
           "have made app stores check every user's age, days before it was due to take effect on Aug. 15.\n\n"
           "U.S. District Judge Ann Porter granted a preliminary injunction on Thursday in a lawsuit brought by "
           "NetChoice. In her order, the judge found that the law was likely to violate free speech rights. "
           "The Protecting Alabama's Children on App Stores Act, known as House Bill 317, was passed by the "
           "Legislature in April 2025. "
           "The Alabama law would have required stores to ask a parent before a minor downloads an app. "
           "It also barred developers from selling ads aimed at minors.\n\n"
           "Civil liberties groups such as the Free Speech Alliance have long opposed broad age-verification "
           "mandates.")


def test_a_lead_law_and_the_headlines_law_are_the_act_named_later(extractor):
    ents, rels, _ = run(extractor, GEORGIA, date="2025-08-01")
    assert not any(n.startswith("Alabama law requiring") or n == "law" for n in measures(ents)), ents
    blocked = {r[3] for r in rels if r[1] == "BLOCKED"}
    assert blocked == {"Protecting Alabama's Children on App Stores Act"}, rels


def test_a_judges_order_is_not_the_law(extractor):
    edges = dated(extractor, GEORGIA, date="2025-08-01")
    told = [e for e in edges if e[4].startswith("In her order")]
    assert not any(t in ("IMPOSED", "ENACTED", "AMENDS") for _, t, _, _, _ in told), told


def test_a_date_in_a_clause_of_its_own_does_not_date_the_block(extractor):
    _, _, relations = run(extractor, GEORGIA, date="2025-08-01")
    blocked = [r for r in relations if r.type == "BLOCKED"]
    assert blocked and not any((r.date or "").endswith("-08-15") for r in blocked), [r.date for r in blocked]


def test_what_it_barred_after_the_law_was_the_subject_is_the_laws_clause(extractor):
    ents, _, _ = run(extractor, GEORGIA, date="2025-08-01")
    assert not any(n.startswith("ban on") for n in measures(ents)), ents


def test_mandates_of_a_kind_are_not_the_law(extractor):
    _, rels, _ = run(extractor, GEORGIA, date="2025-08-01")
    opposed = {r[3] for r in rels if r[0] == "Free Speech Alliance" and r[1] == "OPPOSES"}
    assert opposed == {"age-verification mandates"}, rels


def test_a_duty_that_another_comes_on_top_of_is_another_measure(extractor):
    text = ("U.S. sets tariffs on Chinese drones\n\n"
            "WASHINGTON, March 3, 2026 - The Commerce Department said it would impose tariffs on drones from "
            "China. The new duty comes on top of a 25 percent tariff on Chinese drones that took effect in "
            "January 2025.")
    edges = dated(extractor, text, date="2026-03-03")
    enacted = {(m, d) for _, t, m, d, _ in edges if t == "ENACTED"}
    assert ("25 percent tariff on Chinese drones", "2025-01") in enacted, enacted
    assert not any(d == "2025-01" and not m.startswith("25 percent") for m, d in enacted), enacted


def test_export_controls_the_parser_splits_are_still_a_measure(extractor):
    text = ("Under the truce, Beijing suspended for a year the sweeping rare earth export controls it had "
            "imposed weeks earlier.")
    ents, rels, _ = run(extractor, text, date="2025-11-10")
    assert any("export controls" in n for n in measures(ents)), ents
    assert any(r[1] == "PAUSED" and "export controls" in r[3] for r in rels), rels



def test_a_countrys_tariff_in_a_story_with_no_dateline_and_no_country_named(extractor):
    ents, _, _ = run(extractor, "Importers criticised the 25 percent U.S. tariff on imported drones.")
    assert "25 percent U.S. tariff on imported drones" in measures(ents), ents


def test_a_name_the_parser_cuts_inside_is_still_the_subject(extractor, monkeypatch):
    from policygraph.loaders import extract
    seen = []
    resolve = extract.Resolver.resolve

    def keep(self, mentions):
        seen.extend(mentions)
        return resolve(self, mentions)
    monkeypatch.setattr(extract.Resolver, "resolve", keep)
    run(extractor, "The Protecting Alabama's Children on App Stores Act, known as House Bill 317, was passed by the "
        "Legislature in April 2025.", date="2025-08-01")
    act = [m for m in seen if m.name.endswith("App Stores Act")]
    assert act and act[0].attrs.get("dep") == "nsubjpass", [(m.name, m.attrs.get("dep")) for m in seen]
