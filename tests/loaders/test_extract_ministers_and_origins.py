"""Ministers, chambers and a measure's origin, from held-out 39: a minister heads the ministry of his
portfolio (however its name spells the word), never the commission of it; "Brazil's Senate" and the bare
"Senate" of a story from Brazil are one body, and its "House Speaker" leads the Chamber of Deputies; a
"Treasury Secretary" is America's; a role's holder set off by commas is a person; a participle telling how a
fine came about is no news of the day; a fine announced was imposed, not proposed; a delay "from" a date
does not happen on it; a ministry "preparing" or "drafting" rules puts them forward; a speaker who "called
on" ministers to scrap a tax urged it, even when the parser gave the call to the tax."""

from extracthelpers import run

from policygraph.graph.records import Document


def _with_names(extractor, text, date):
    """(status type, date, measure name) of each change told in ``text``."""
    entities, relations = extractor.extract(Document(id="d_t", title="t", text=text, date=date))
    names = {e.id: e.name for e in entities}
    return [(r.type, r.date, names[r.target]) for r in relations if r.status]


def test_a_minister_heads_the_ministry_of_his_portfolio(extractor):
    text = ("The Ministry of Communication and Information Technology told carriers in May to cut off the chat "
            "app. Communications Minister Budi Santoso said on Monday that the app's owner had now complied.")
    _, rels, _ = run(extractor, text, date="2017-08-10")
    assert ("Budi Santoso", "LEADS", None, "Ministry of Communication and Information Technology") in rels


def test_a_minister_does_not_head_the_commission_of_his_portfolio(extractor):
    text = ("The Nigerian Communications Commission penalised Zenith Mobile 50 billion naira in May. "
            "Communications Minister Ade Bello insisted the operator must pay in full.")
    _, rels, _ = run(extractor, text, date="2016-06-10")
    assert not any(s == "Ade Bello" and o == "Nigerian Communications Commission" for s, _, _, o in rels)


def test_a_countrys_senate_and_its_bare_senate_are_one_body(extractor):
    text = ("BRASILIA - Brazil's Senate on Wednesday approved a bill to regulate delivery apps. The Senate added "
            "a tip rule, so the bill goes back to the Chamber of Deputies. Senate President Marcos Lima had "
            "promised the app makers a quick vote. House Speaker Paulo Reis gave no date for a final vote.")
    ents, rels, _ = run(extractor, text, date="2017-11-01")
    assert "Brazil's Senate" not in ents
    assert ("Marcos Lima", "LEADS", None, "Brazilian Senate") in rels
    assert ("Brazilian Senate", "PASSED", None, "bill to regulate delivery apps") in rels
    assert ("Paulo Reis", "LEADS", None, "Chamber of Deputies") in rels


def test_a_treasury_secretary_is_americas_in_a_story_about_china(extractor):
    text = ("BEIJING - China froze its server procurement rules on Monday. China's Foreign Ministry said the "
            "rules were fair, and Chinese regulators stood by them. Treasury Secretary Jack Lew raised the rules "
            "with Beijing in March.")
    ents, rels, _ = run(extractor, text, date="2015-04-17")
    assert "Chinese Treasury" not in ents
    assert ("Jack Lew", "LEADS", None, "U.S. Department of the Treasury") in rels


def test_a_roles_holder_set_off_by_commas_is_a_person(extractor):
    text = ("The regulator penalised Zenith Mobile in October. Its stock slid for a month, and its chief "
            "executive, Thabo Nkosi, stepped down in November.")
    ents, _, _ = run(extractor, text, date="2016-06-10")
    assert ents.get("Thabo Nkosi") in ("Person", "Official")


def test_how_a_fine_came_about_is_not_the_days_news(extractor):
    text = ("LAGOS - Zenith Mobile will pay 40 billion naira to close out a large fine imposed by the telecoms "
            "watchdog over unverified subscribers.\n\n"
            "In December the watchdog reduced the fine by a fifth.")
    changes = _with_names(extractor, text, "2016-06-10")
    assert ("ENACTED", None) in [(t, d) for t, d, _ in changes]  # undated: told as the fine's origin
    assert ("EASED", "2015-12") in [(t, d) for t, d, _ in changes]


def test_a_fine_announced_was_imposed_not_proposed(extractor):
    text = ("ABUJA - Judges have confirmed a $50 million fine imposed on Zenith Mobile by the consumer watchdog. "
            "The fine was announced in July 2024 after a long inquiry.")
    changes = _with_names(extractor, text, "2025-04-30")
    assert not any(t == "PROPOSED" for t, _, _ in changes)
    assert ("ENACTED", "2024-07") in [(t, d) for t, d, _ in changes]


def test_a_delay_from_a_date_does_not_happen_on_it(extractor):
    text = ("ROME - The cabinet delayed the start of the advertising levy from Jan. 1 to July 1, days after "
            "parliament approved it.")
    changes = _with_names(extractor, text, "2013-12-28")
    delays = [d for t, d, _ in changes if t == "DELAYED"]
    assert delays == ["2013-12-28"]


def test_a_ministry_preparing_or_drafting_rules_puts_them_forward(extractor):
    text = "The ministry is preparing rules requiring foreign streaming firms to set up local branches."
    ents, _, _ = run(extractor, text, date="2017-08-10")
    assert "rules requiring foreign streaming firms to set up" in ents
    changes = _with_names(extractor, text, "2017-08-10")
    assert ("PROPOSED", "rules requiring foreign streaming firms to set up") in [(t, o) for t, _, o in changes]
    changes = _with_names(extractor, "The culture office was drafting a levy on video platforms.", "2017-08-10")
    assert any(t == "PROPOSED" and o.startswith("levy on video platforms") for t, _, o in changes)


def test_a_bill_drafted_by_a_ministry_is_not_proposed_again(extractor):
    text = "The bill, drafted by the Interior Ministry, passed the assembly by 90 votes to 70 on Tuesday."
    changes = _with_names(extractor, text, "2022-12-09")
    assert not any(t == "PROPOSED" for t, _, _ in changes)


def test_a_speaker_who_called_for_a_tax_to_be_scrapped_urged_against_it(extractor):
    text = ("Italy's parliament approved a web tax on Monday. Marco Bianchi, the mayor of Turin who became head "
            "of the Civic Party in May, said it would scare off start-ups and called on the cabinet to drop it.")
    _, rels, _ = run(extractor, text, date="2013-12-27")
    assert ("Marco Bianchi", "URGED", "oppose", "web tax") in rels
    assert not any(t == "URGED" and s != "Marco Bianchi" for s, t, _, _ in rels)
