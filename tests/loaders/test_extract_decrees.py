"""Decrees and the bodies that make them: numbered decree-laws, a cabinet's approval, one measure undoing
another, chambers named by a nationality, and requests told as "at the urging of"."""

from extracthelpers import run


def test_a_decree_numbered_over_its_year_is_named_whole_and_a_cabinet_approving_it_enacts_it(extractor):
    types, rels, _ = run(extractor, "Google returned after Royal Decree-law 24/2021, which the Spanish government "
                                    "approved in November, took effect.")
    assert types.get("Royal Decree-law 24/2021") == "Measure"
    assert ("Spain", "ENACTED", None, "Royal Decree-law 24/2021") in rels
    _, rels, _ = run(extractor, "The Spanish government approved the data bill in November and sent it to parliament.")
    assert not any(r[1] == "ENACTED" for r in rels)  # a cabinet approving a bill only puts it forward


def test_a_measure_scrapping_another_repeals_it_and_a_bare_participle_is_no_part_of_its_name(extractor):
    _, rels, _ = run(extractor, "Spain approved Royal Decree-law 24/2021 in November. The decree scrapped the "
                                "mandatory fee introduced in 2014.")
    assert any(r[1] == "RESCINDED" and r[3] == "mandatory fee" for r in rels)


def test_an_acronym_after_known_by_or_or_is_the_body_named_before_it(extractor):
    types, rels, _ = run(extractor, "The fee was named after the Association of Spanish Newspaper Publishers, known by "
                                    "its Spanish initials AEDE, which represents the big dailies. The Spanish "
                                    "Association of Periodical Publications, or AEEPP, speaks for small outlets. "
                                    "AEEPP opposed the fee. AEDE asked the government to intervene.")
    assert "AEDE" not in types and "AEEPP" not in types
    assert types["Association of Spanish Newspaper Publishers"] == "Organization"


def test_a_parliament_named_by_a_nationality_is_a_chamber(extractor):
    types, rels, _ = run(extractor, "The German parliament approved the Network Enforcement Act in June 2017.")
    assert types.get("German parliament") == "Agency"
    assert ("German parliament", "PASSED", None, "Network Enforcement Act") in rels


def test_at_the_urging_or_behest_of_someone_is_their_request(extractor):
    _, rels, _ = run(extractor, "At the behest of Google, the committee shelved the Data Bill in May.")
    assert ("Google", "URGED", "oppose", "Data Bill") in rels
    _, rels, _ = run(extractor, "The assembly passed the Data Bill at the urging of the Consumer Federation.")
    assert ("Consumer Federation", "URGED", "support", "Data Bill") in rels


def test_what_a_measure_avoids_and_a_single_fee_judge_nothing(extractor):
    for avoided in ("reach agreements instead of imposing a harmful fee", "set a single fee"):
        _, rels, _ = run(extractor, "Spain approved Royal Decree-law 24/2021 in November. The government said the "
                                    f"decree would {avoided}.")
        assert not any(r[1] == "OPPOSES" for r in rels), avoided


def test_signing_deals_under_a_directive_enacts_no_directive(extractor):
    _, rels, _ = run(extractor, "The EU copyright directive took effect in 2019. Google has signed licensing "
                                "agreements with publishers in France under the directive.")
    assert not any(r[0] == "Google" and r[1] == "ENACTED" for r in rels)


def test_becoming_law_enacts_however_the_parser_hangs_law_and_a_minister_passes_nothing(extractor):
    _, rels, _ = run(extractor, "Minister Tony Burke introduced the Cyber Security Act in October. The act passed in "
                                "November. The act became law days later.")
    assert any(r[1] == "ENACTED" and r[3] == "Cyber Security Act" for r in rels)
    assert ("Tony Burke", "PASSED", None, "Cyber Security Act") not in rels  # only a chamber passes a bill


def test_a_measure_that_is_part_of_another_is_its_part(extractor):
    _, rels, _ = run(extractor, "The Cyber Security Act passed in November. The ransomware reporting rule is part of "
                                "the Cyber Security Act.")
    assert ("ransomware reporting rule", "PART_OF", None, "Cyber Security Act") in rels


def test_a_decree_numbered_by_its_year_is_a_named_measure_apart_from_the_one_it_repeals(extractor):
    types, rels, _ = run(extractor, "BUENOS AIRES - Argentina's president, Javier Milei, has repealed the 2020 decree "
                                    "that set telecom prices. The repeal is one of more than 300 changes packed into a "
                                    "sweeping emergency decree, DNU 70/2023, which Milei signed on Wednesday night.")
    assert types.get("DNU 70/2023") == "Measure"
    assert not any(r[1] == "RESCINDED" and r[3] == "DNU 70/2023" for r in rels)


def test_descriptions_sharing_only_a_noun_that_heads_one_of_them_are_apart():
    from policygraph.loaders.measure_match import measure_head, same_description
    assert measure_head("300 changes packed into a sweeping emergency decree") == "changes"
    assert not same_description("300 changes packed into a sweeping emergency decree", {"2020 decree"})
    assert same_description("sweeping emergency decree", {"2020 decree"})
    assert same_description("Huawei ban", {"restrictions on Huawei"})  # a distinctive word is enough
