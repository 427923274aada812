"""Bodies and their people: a body named for its members and its country ("Fair Wagering Ireland"), firms
named as members or as one of a kind of firm, a body "known as" a short name, a committee with its remit in
lower case, who chairs it, the members of a body that represents a kind of firm, a party's bench, a body's
name cut before "for the", a mixed-case name with its description, an advocate's employer, a pronoun after
a weakly typed name or the subject before it, a person called by a given name, a Korean name and its family
name alone, a payments brand of a known firm, a deputy from a party, a name's one-letter prefix, a country's
body named with "and", and a body set off by a role noun. All sentences are invented."""

from extracthelpers import run

from policygraph.loaders.coref import Resolver
from policygraph.loaders.spans import Mention


def test_capitalised_words_before_a_country_name_a_body(extractor):
    text = ("The betting firms kept a lower profile. Fair Wagering Ireland, whose members include Sportsbet and "
            "Entain, lobbied against the Gambling Advertising Bill. Its chief executive, Tom Varga, said the "
            "industry would rather sign a voluntary code.")
    ents, rels, _ = run(extractor, text)
    assert ents.get("Fair Wagering Ireland") == "Organization", ents
    assert ("Sportsbet", "MEMBER_OF", None, "Fair Wagering Ireland") in rels, rels
    assert ents.get("Sportsbet") == "Firm", ents
    assert ("Tom Varga", "LEADS", None, "Fair Wagering Ireland") in rels, rels
    assert ("Fair Wagering Ireland", "LOBBIED", "oppose", "Gambling Advertising Bill") in rels, rels


def test_an_acronym_and_a_word_before_a_country_name_a_body_and_its_pronoun_finds_it(extractor):
    text = ("The campaign was led by Free TV Ruritania, the industry body for commercial broadcasters, and backed "
            "by the Sports Council of Ruritania. Free TV Ruritania warned that the Gambling Advertising Bill would cost its members millions. \"Advertising "
            "pays for the news,\" said its chief executive, Sarah Miller.")
    ents, rels, _ = run(extractor, text)
    assert "Free TV Ruritania" in ents, ents
    assert ("Sarah Miller", "LEADS", None, "Free TV Ruritania") in rels, rels


def test_names_given_as_examples_of_a_kind_of_firm_are_firms_and_members_of_the_body(extractor):
    text = ("Zentra, an association representing digital banks including Nubanco and Mercado Pagos, said its "
            "members would suspend the reports.")
    ents, rels, _ = run(extractor, text)
    assert ents.get("Nubanco") == "Firm" and ents.get("Mercado Pagos") == "Firm", ents
    assert ("Nubanco", "MEMBER_OF", None, "Zentra") in rels, rels
    assert not any(r[1] == "MEMBER_OF" and r[3] == "digital banks" for r in rels), rels


def test_a_ministry_known_by_a_short_name_is_an_agency(extractor):
    text = ("Digital Minister Lara Sato said the rules would protect children. The ministry, known as Kemdig, is "
            "expected to issue guidelines on age checks.")
    ents, _, _ = run(extractor, text)
    assert ents.get("Kemdig") == "Agency", ents


def test_a_chambers_committee_named_in_lower_case_and_who_chairs_it(extractor):
    text = ("ORVANIA CITY - The measure traces back to June 2023, when the House of Representatives standing "
            "committee on social policy and legal affairs, chaired by the Labor MP Dana Reeve, recommended a "
            "comprehensive ban on online gambling advertising.")
    ents, rels, _ = run(extractor, text)
    committee = "House of Representatives standing committee on social policy and legal affairs"
    assert ents.get(committee) == "Agency", ents
    assert any(r[1] == "LEADS" and r[0].endswith("Reeve") and r[3] == committee for r in rels), rels


def test_a_partys_bench_acts_for_the_party(extractor):
    text = ("The Liberty Party's bench in the Chamber of Deputies filed last week a draft legislative decree to "
            "annul the instruction.")
    _, rels, _ = run(extractor, text)
    assert any(r[0] == "Liberty Party" and r[1] == "SPONSORED" for r in rels), rels


def test_a_body_named_for_its_remit_is_one_name_though_the_model_cut_it_at_for_the(extractor):
    text = ("Most of the enforcement will fall to the Ruritanian Agency for the Supervision of Artificial "
            "Intelligence, which opened last year. The agency will police the Algorithm Transparency Act.")
    ents, _, _ = run(extractor, text)
    assert ents.get("Ruritanian Agency for the Supervision of Artificial Intelligence") == "Agency", ents


def test_a_mixed_case_name_set_off_by_its_description(extractor):
    text = ("SAFEweb, a regional digital rights network based in Orvania, criticised the Child Online Safety "
            "Regulation.")
    ents, rels, _ = run(extractor, text)
    assert ents.get("SAFEweb") == "Organization", ents
    assert ("SAFEweb", "CRITICIZED", "oppose", "Child Online Safety Regulation") in rels, rels


def test_an_advocate_of_a_body_works_for_it(extractor):
    text = ("The Alliance for Gambling Harm Reduction said the delay would cost lives. \"Every week without a ban "
            "hurts children,\" said Mark Tolan, the alliance's chief advocate.")
    ents, rels, _ = run(extractor, text)
    assert ents.get("Mark Tolan") == "Person", ents
    assert ("Mark Tolan", "EMPLOYED_BY", None, "Alliance for Gambling Harm Reduction") in rels, rels


def test_a_given_name_alone_is_the_person_named_in_full(extractor):
    text = ("Digital Minister Rahmi Utari said the Child Online Safety Regulation would protect children. Rahmi "
            "first proposed the regulation in January.")
    ents, rels, _ = run(extractor, text)
    assert "Rahmi" not in ents, ents
    assert ("Rahmi Utari", "SPONSORED", "support", "Child Online Safety Regulation") in rels, rels


def test_a_given_name_does_not_join_a_group_named_after_a_body():
    found = [Mention(0, 2, "Lawmaker", "ACFAR representatives", "group", 1), Mention(5, 6, "Firm", "ACFAR", "named", 5)]
    Resolver().resolve(found)
    assert found[0].entity != found[1].entity
    found = [Mention(0, 2, "Official", "Rahmi Utari", "named", 1), Mention(5, 6, "Government", "Rahmi", "named", 5)]
    Resolver().resolve(found)
    assert found[0].entity == found[1].entity


def test_a_payments_brand_of_a_known_firm_is_a_firm_of_its_own(extractor):
    ents, rels, _ = run(extractor, "The cap is aimed at PhonePe and Google Pay. Google Pay lobbied against the cap.")
    assert ("Google Pay", "LOBBIED", "oppose", "cap") in rels and "Google" not in ents, rels


def test_a_korean_name_keeps_its_given_names_second_syllable_and_its_family_name_alone_is_the_person(extractor):
    text = ("\"We cannot wait,\" said Min Jae-dug, the party lawmaker who has led its push on the bill. In June Min "
            "introduced the Digital Asset Framework Act.")
    ents, rels, _ = run(extractor, text)
    assert ("Min Jae-dug", "SPONSORED", "support", "Digital Asset Framework Act") in rels, rels
    assert "Min" not in ents, ents


def test_its_is_the_subject_of_the_sentence_before_though_typed_a_firm_for_want_of_a_sign(extractor):
    text = ("PhonePe has lobbied the Payments Council and met finance ministry officials to argue against the cap. "
            "Its chief executive, Sameer Rao, has called the cap an artificial limit.")
    _, rels, _ = run(extractor, text)
    assert ("Sameer Rao", "LEADS", None, "PhonePe") in rels, rels


def test_a_deputy_from_a_party_is_a_lawmaker_and_a_member_of_it(extractor):
    text = ("The bill, drafted by Claire Dumas, a deputy from the Horizons party, bars platforms from signing up "
            "children under 15.")
    ents, rels, _ = run(extractor, text)
    assert ents.get("Claire Dumas") == "Lawmaker", ents
    assert any(r[0] == "Claire Dumas" and r[1] == "MEMBER_OF" and "Horizons" in r[3] for r in rels), rels


def test_a_name_the_model_starts_after_a_one_letter_prefix_keeps_the_prefix(extractor):
    text = ("The Assembly voted for the bill. E-Enfance, a child protection charity, urged senators to pass the Social "
            "Media Age Bill.")
    ents, _, _ = run(extractor, text)
    assert "E-Enfance" in ents and "Enfance" not in ents, ents


def test_a_countrys_body_named_with_and_after_the_country_is_one_agency(extractor):
    text = ("Guidance published by U.S. Citizenship and Immigration Services, which administers the fee, said the "
            "payment applies only to new petitions.")
    ents, _, _ = run(extractor, text)
    assert ents.get("U.S. Citizenship and Immigration Services") == "Agency", ents


def test_a_body_set_off_by_a_role_noun_is_still_a_body(extractor):
    text = ("The Orvania Information and Communications Technology Authority, the telecoms regulator, will enforce "
            "the Cyber Security Act.")
    ents, _, _ = run(extractor, text)
    assert ents.get("Orvania Information and Communications Technology Authority") == "Agency", ents
