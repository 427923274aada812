"""Groups told beside their members and parts of measures, from held-out 37: "two industry groups, A and B"
are A and B wherever the story mentions them; "whose members include" belongs to the name just before it;
an exemption from a cap is a measure of its own and "the clause" it is written as; the part of a law is
not the law; act names joined by "through"; and a lead's "a new children's ... law" is the act named next."""

from extracthelpers import run


def test_a_counted_group_beside_its_members_is_those_members(extractor):
    ents, rels, _ = run(extractor, "Lawmakers are weighing the Data Brokers Act. Two digital rights groups, the "
                                   "Open Wire Foundation and Privacy Watch, have campaigned against the bill. "
                                   "The rights groups also pressed Senator Lena Ortiz to drop it.")
    assert not any(n.lower().endswith("rights groups") for n in ents)
    for group in ("Open Wire Foundation", "Privacy Watch"):
        assert (group, "LOBBIED", "oppose", "Data Brokers Act") in rels
        assert (group, "PRESSURED", None, "Lena Ortiz") in rels


def test_members_named_first_then_the_group(extractor):
    ents, rels, _ = run(extractor, "The Open Wire Foundation and Privacy Watch, two digital rights groups, "
                                   "warned about the Data Brokers Act. The rights groups later lobbied against "
                                   "the bill.")
    assert not any(n.lower().endswith("rights groups") for n in ents)
    assert {("Open Wire Foundation", "LOBBIED", "oppose", "Data Brokers Act"),
            ("Privacy Watch", "LOBBIED", "oppose", "Data Brokers Act")} <= rels


def test_a_group_whose_count_differs_from_the_names_stays_a_group(extractor):
    ents, _, _ = run(extractor, "Three digital rights groups, the Open Wire Foundation and Privacy Watch, "
                                "have campaigned against the Data Brokers Act.")
    assert any(n.lower().endswith("rights groups") for n in ents)


def test_whose_members_belong_to_the_name_just_before_it(extractor):
    _, rels, _ = run(extractor, "The suit was filed by the Open Wire Foundation and NetChoice, whose members "
                                "include Google and Meta.")
    assert ("Google", "MEMBER_OF", None, "NetChoice") in rels
    assert ("Meta", "MEMBER_OF", None, "NetChoice") in rels


def test_an_exemption_from_a_cap_is_a_measure_and_the_clause_is_it(extractor):
    ents, rels, _ = run(extractor, "The Chip Support Act has stalled. The ruling party wants it to include an "
                                   "exemption from the overtime cap for research staff at chip firms. Two unions "
                                   "campaigned against the clause.")
    exemption = next(n for n, t in ents.items() if t == "Measure" and n.startswith("exemption from"))
    assert ("Chip Support Act", "LOBBIED", "oppose", exemption) not in rels
    assert any(o == exemption and st == "oppose" for s, t, st, o in rels)
    assert not any(o == "Chip Support Act" and st == "oppose" for s, t, st, o in rels)


def test_blocking_part_of_a_law_does_not_block_the_law(extractor):
    _, _, relations = run(extractor, "A judge blocked the state from enforcing part of the Minor Safety Act on "
                                     "Friday.")
    assert not any(r.type == "BLOCKED" for r in relations)


def test_an_act_name_joined_by_through_is_whole(extractor):
    ents, _, _ = run(extractor, "Governor Amy Brandt signed the Guarding Teens Online through Parental Tools Act "
                                "in May.")
    assert ents.get("Guarding Teens Online through Parental Tools Act") == "Measure"
    assert "Parental Tools Act" not in ents


def test_a_leads_law_described_behind_a_possessive_is_the_act_named_next(extractor):
    text = ("Judge halts part of Ohio teen media rules\n\n"
            "COLUMBUS, Ohio - A federal judge has blocked Ohio from enforcing a new children's online safety law "
            "that would have required apps to filter posts.\n\n"
            "The judge granted an injunction against House Bill 44, the Guarding Teens Online Act, on Friday.\n\n"
            "Attorney General Dan Yost, whose office enforces the law, defended it in court.")
    ents, rels, _ = run(extractor, text)
    assert not any(n.endswith("online safety law") for n in ents)
    assert any(s == "Dan Yost" and o in ("House Bill 44", "Guarding Teens Online Act") and st == "support"
               for s, t, st, o in rels)


def test_a_narrower_measure_named_next_is_not_the_leads_bill(extractor):
    text = ("Governor vetoes chatbot bill\n\n"
            "SACRAMENTO - Governor Ana Ruiz on Monday vetoed a bill that would have barred chatbots for children.\n\n"
            "Ruiz instead signed a narrower measure, Senate Bill 90, that requires chatbot labels.")
    _, _, relations = run(extractor, text)
    vetoed = {r.target for r in relations if r.type == "VETOED"}
    signed = {r.target for r in relations if r.type == "ENACTED"}
    assert vetoed and signed and not vetoed & signed


def test_a_verb_hung_far_on_a_group_noun_stays_out_of_its_name(extractor):
    ents, _, _ = run(extractor, "Internet providers, including Comcast and Cox, and their trade groups, NCTA and "
                                "USTelecom, lobbied for the extension, as did libraries.")
    assert not any("including" in n for n in ents)
