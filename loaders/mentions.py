"""Typed mentions in a parsed document: named actors, named and described measures, groups, anaphora.

Typing rules correct what the small model gets wrong: the gazetteer fixes known institutions, titles
type people ("Senate Minority Leader Chuck Schumer" is a Lawmaker), organisation names are typed by
their words, and tokens the model mistakes for places ("AI") are dropped."""

from __future__ import annotations

import re

from policygraph.loaders.lexicon import Lexicon
from policygraph.loaders.missed_names import NATIVE_COUNTRY_NAMES
from policygraph.loaders.measure_names import named_measures
from policygraph.loaders.descriptions import described_as
from policygraph.loaders.group_nouns import PANELS, listed_groups, panels_of_courts
from policygraph.loaders.nouns import NounRules
from policygraph.loaders.org_types import (AGENCY_WORDS, FIRM_WORDS, ORG_WORDS, committee_end, listed_among_firms,
                                            listed_with_firms, named_as_member, of_firm_kind, org_type, portfolio,
                                            product_part, said_of_people)
from policygraph.loaders.people import PEERAGE, PeopleRules, party_member, party_tags, role_noun
from policygraph.loaders.places import localise, without_dateline_city
from policygraph.loaders.unlabelled import UnlabelledNames
from policygraph.loaders.spans import (Mention, _clean_name, _hyphen_start, bracketed_acronyms, corporate_tail,
                                       dateline_place, is_heading, is_headline, named_alone, product)

CHAMBER_NOUNS = {"parliament", "legislature", "congress", "senate", "assembly", "senedd", "duma", "knesset", "house"}
# One word with a capital inside is a brand, not a person ("SpaceX", "YouTube"), unless the capital follows a
# surname's prefix ("McCarthy", "DeSantis", "LaGuardia", "O'Brien" is two tokens)
CAMEL_CASE = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|Fitz)[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*$")
SURNAME_PARTICLES = {"von", "der", "van", "de", "den", "da", "di", "du", "la", "le", "del", "dos", "bin", "al"}
GENERIC_ORG_STARTS = {"chamber", "association", "council", "federation", "union", "alliance", "institute"}

class MentionFinder(PeopleRules, NounRules, UnlabelledNames):
    """Find every mention in a parsed Doc. ``find(doc)`` returns them sorted by position."""

    def __init__(self, lex: Lexicon):
        self.lex = lex

    def find(self, doc) -> list[Mention]:
        skip = set()
        for sent in doc.sents:
            if is_heading(sent) and not is_headline(sent):
                skip.update(range(sent.start, sent.end))
        skip.update(party_tags(doc))
        taken: set[int] = set()
        mentions: list[Mention] = []
        for m in sorted(named_measures(doc, self.lex), key=lambda m: (m.start - m.end, m.start)):  # longest first
            if not taken & set(m.span) and not skip & set(m.span):
                mentions.append(m)
                taken.update(m.span)
        mentions += self._portfolio_people(doc, taken, skip)
        for m in self._entities(doc, taken):
            if not skip & set(m.span):
                mentions.append(m)
                taken.update(m.span)
        localise(self.lex, doc, mentions)
        mentions = without_dateline_city(doc.text, mentions)
        for m in self._administrations(doc, mentions):
            mentions.append(m)
        taken = {i for m in mentions for i in m.span}
        for m in self._unlabelled_names(doc, taken | skip):
            mentions.append(m)
        mentions += self._headline_surnames(doc, {i for m in mentions for i in m.span} | skip)
        taken = {i for m in mentions for i in m.span}
        heads = {m.head for m in mentions}
        for tok in doc:
            nounish = tok.pos_ in ("NOUN", "PROPN", "PRON") or (
                tok.tag_ == "VBZ" and tok.dep_ in ("conj", "dobj", "pobj", "nsubj", "nsubjpass")
                and tok.lower_.rstrip("s") in self.lex.measure_heads)  # "a ban on X and curbs on Y": curbs tagged a verb
            if tok.i in taken or tok.i in skip or tok.i in heads or not nounish:
                continue
            m = self._noun_mention(tok)
            if m:
                mentions.append(m)
                heads.add(m.head)
        mentions = panels_of_courts(doc, mentions)
        listed_groups(doc, mentions)
        mentions.sort(key=lambda m: (m.start, -m.end))
        bracketed_acronyms(doc, mentions)  # before products: "its Spanish initials AEDE" names the body
        self._unintroduced_people(doc, mentions)
        listed_with_firms(doc, mentions)
        return [m for m in mentions if not product(doc, m) and not (
            m.kind == "named" and all(t.is_stop or t.is_punct for t in doc[m.start:m.end]))]  # "BRUSSELS - The"

    def _unintroduced_people(self, doc, mentions: list[Mention]) -> None:
        """A one-word "person" the story never introduces is a firm: news names a person in full, or with a
        title, before a bare surname ("Bosch and Infineon praised the move"). Not a word of a longer name
        ("Biden" beside "the Biden administration"), an acronym ("FCCPC") or a common noun ("Bill")."""
        words = {w for m in mentions if " " in m.name for w in m.name.split()}
        for m in mentions:
            if m.kind != "named" or m.type != "Person" or m.title or m.end - m.start != 1 or m.name in words \
                    or doc[m.start].ent_type_ != "PERSON" or not doc[m.start].is_title \
                    or doc[m.start].lower_ in self.lex.measure_heads:
                continue
            m.type = "Firm"

    # ---- names from the gazetteer and the model ---------------------------------------------------
    def _entities(self, doc, taken: set[int]):
        lex = self.lex
        ents = list(doc.ents)
        longer = {e.start: self._named_before(e, lex.gazetteer[e.ent_id_]) for e in ents if e.ent_id_ in lex.gazetteer}
        absorbed = {a.start for a, b in zip(ents, ents[1:]) if a.label_ in ("ORG", "GPE", "NORP")
                    and longer.get(b.start) is not None and longer[b.start] <= a.end <= b.start
                    }  # "The Granite" before "Chamber of Commerce", "Malaysian Communications" before "and ..."
        for ent in ents:
            if taken & set(range(ent.start, ent.end)) or ent.start in absorbed:
                continue
            text = _clean_name(ent.text)
            if not text or text in lex.non_entities or ent.text in lex.non_entities or text.endswith("-era"):
                continue
            label = ent.label_
            start = _hyphen_start(doc, ent.start)
            if label in ("ORG", "PRODUCT") and start < ent.start and all(t.is_upper or t.text == "-"
                                                                        for t in doc[start:ent.start]):
                ent = doc[start:ent.end]  # "AMS-IX", "E-Enfance": the model's name starts after the hyphen
                text = _clean_name(ent.text)
            if ((len(ent.text) > 3 or doc[ent.end:ent.end + 1].text.isupper()) and dateline_place(ent)) \
                    or portfolio(ent) or product_part(ent):
                continue  # "STRASBOURG, 12 February 2025 —", "Labour Secretary X", "Facebook pages"
            described = described_as(ent, lex) if not ent.ent_id_ else None
            if described and label in ("PERSON", "GPE", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC"):
                yield Mention(ent.start, ent.end, described, text, "named", ent.root.i)
                continue  # "the French publisher Ubisoft", "Sony, the maker of the PlayStation"
            if ent.ent_id_ and ent.ent_id_ in lex.gazetteer:
                entry = lex.gazetteer[ent.ent_id_]
                start = longer.get(ent.start)
                if start is not None:  # "the Denver Metro Chamber of Commerce" is not the US Chamber
                    text = _clean_name(doc[start:ent.end].text)
                    yield Mention(start, ent.end, org_type(text, lex), text, "named", ent.root.i)
                    continue
                body = committee_end(ent)
                if entry["type"] == "Agency" and body is not None:  # "Senate Banking Committee"
                    yield Mention(ent.start, body, "Agency", _clean_name(doc[ent.start:body].text), "named", body - 1)
                    continue
                named = self._state_named_org(ent) if ent.ent_id_.startswith("gov.") and ent.ent_id_ not in (
                    "gov.us", "gov.eu", "gov.us.whitehouse") else None
                if named is not None:  # "Texas Instruments", "Vermont Public Interest Research Group", "France Telecom"
                    text = _clean_name(doc[ent.start:named].text)
                    yield Mention(ent.start, named, org_type(text, lex), text, "named", named - 1)
                    continue
                chamber = self._chamber_after(ent) if entry["type"] == "Government" else None
                if chamber is not None:  # "the Vermont Senate", "Virginia's General Assembly" is no US Senate
                    m = Mention(ent.start, chamber, "Agency", _clean_name(doc[ent.start:chamber].text), "named",
                                chamber - 1)
                    m.attrs["state"] = ent.ent_id_
                    yield m
                    continue
                if ent.ent_id_ == "us.house" and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of" \
                        and doc[ent.end + 1].is_title and doc[ent.end + 1].lower_ != "representatives":
                    yield Mention(ent.start, ent.end + 2, "Agency", _clean_name(doc[ent.start:ent.end + 2].text),
                                  "named", ent.end - 1)  # "the House of Delegates", "the House of Councillors"
                    continue
                if entry["type"] == "Firm" and ent.end < len(doc) and doc[ent.end].text == "Pay":
                    name = _clean_name(doc[ent.start:ent.end + 1].text)  # "Google Pay": a payments business of its own
                    yield Mention(ent.start, ent.end + 1, "Firm", name, "named", ent.end)
                    continue
                end = corporate_tail(doc, ent.end) if entry["type"] == "Firm" else ent.end
                m = Mention(ent.start, end, entry["type"], entry["name"], "named", doc[ent.start:end].root.i,
                            gaz=entry["id"])
                m.attrs["surface"] = _clean_name(doc[ent.start:end].text)
                if entry.get("kind"):
                    m.attrs["kind"] = entry["kind"]
                yield self._mark_title_org(doc, m)
            elif label == "PERSON" and ent[-1].lower_ in ORG_WORDS | AGENCY_WORDS:  # "the Film Producers Guild"
                start = ent.start
                while start > ent.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                        and start - 1 not in taken:
                    start -= 1
                if ent.end - start > 1:
                    text = _clean_name(doc[start:ent.end].text)
                    yield Mention(start, ent.end, org_type(text, lex), text, "named", ent.root.i)
            elif label == "PERSON" and (len(ent) == 1 and CAMEL_CASE.match(ent.text) or of_firm_kind(ent)):
                yield Mention(ent.start, ent.end, "Firm", text, "named", ent.root.i)  # "SpaceX", "DeepSeek"; "digital
                # banks including Nubank and Mercado Pago"
            elif label == "PERSON" and len(ent) > 1 and ent[0].text in NATIVE_COUNTRY_NAMES:  # "Brasil Audiovisual
                yield Mention(ent.start, ent.end, described_as(ent, lex) or org_type(text, lex), text, "named",
                              ent.root.i)  # Independente", a body named after its country, not a person
            elif label == "PERSON":
                if ent.text.endswith("-") or sum(ch.isalpha() for ch in ent.text) < 3:
                    continue  # "ex-" from "ex-commissioner"
                if len(ent) == 1 and ent.start == ent.sent.start and not any(
                        t.text == ent.text for t in doc if t.i != ent.start and t.i != t.sent.start):
                    continue  # "Breaches can draw fines": a capitalised word, not a name
                if any(t.endswith(" " + ent.text.lower()) for t in lex.titles):
                    continue  # "Senate President Pro Tempore Phil Baruth": the end of a title, not a name
                end = ent.end
                if ent[-1].lower_ in SURNAME_PARTICLES:
                    while end < len(doc) and doc[end].is_title and not doc[end].is_punct and end < ent.end + 2:
                        end += 1  # "Ursula von der | Leyen": the model stops at the particle
                peer = ent[0] if ent[0].lower_ in PEERAGE else doc[ent.start - 1] if ent.start else ent[0]
                if peer.lower_ in PEERAGE and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title:
                    end += 2  # "Lord Sharpe of Epsom": the place is part of a peer's name
                    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].is_title:
                        end += 1
                yield self._person(doc, doc[ent.start:end])
            elif label == "ORG" and ent.start > 0 and len(ent) >= 2 and all(t.is_title for t in ent) \
                    and doc[ent.start - 1].lower_ in lex.titles and (lex.titles[doc[ent.start - 1].lower_] in (
                        "Official", "Lawmaker") or len(ent) <= 3 and not any(  # "EYP chief Panagiotis Kontoleon"
                        t.lower_ in ORG_WORDS | AGENCY_WORDS | FIRM_WORDS for t in ent)):
                yield self._person(doc, ent)  # "Communications Minister Anika Wells" mislabelled an organisation
            elif label == "ORG" and 3 <= len(ent) <= 5 and lex.titles.get(ent[0].lower_) in ("Official", "Lawmaker") \
                    and all(t.is_title or t.text == "-" for t in ent) and not any(
                    t.lower_ in ORG_WORDS | AGENCY_WORDS | FIRM_WORDS for t in ent[1:]):
                yield self._person(doc, ent)  # "Assemblymember Rebecca Bauer-Kahan" taken whole for an organisation
            elif label in ("ORG", "WORK_OF_ART", "PRODUCT") and len(ent) >= 2 and any(
                    c.dep_ == "appos" and any(role_noun(x, lex) for x in (c, *c.conjuncts)) for c in ent.root.children) \
                    and (label == "ORG" or all(t.is_title and t.is_alpha for t in ent)) \
                    and not any(t.lower_ in AGENCY_WORDS for t in ent):  # not "X Authority, the telecoms regulator"
                yield self._person(doc, ent)  # "Clare Holt, an analyst at ...": a person the model took for a firm
            elif label == "ORG" and len(ent) >= 2 and ent.root.dep_ == "appos" and all(t.is_title for t in ent) \
                    and role_noun(ent.root.head, lex) and not any(t.lower_ in ORG_WORDS | AGENCY_WORDS | FIRM_WORDS
                                                                   for t in ent):
                yield self._person(doc, ent)  # "its chief executive, Ama Boateng, resigned": a role's holder
            elif label == "ORG" and len(ent) == 2 and all(t.is_title and t.is_alpha for t in ent) \
                    and ent.root.dep_ == "conj" and ent.root.head.ent_type_ == "PERSON" and any(
                    t.tag_ == "NNPS" and t.lower_[:-1] in lex.titles for t in ent.root.head.lefts):
                yield self._person(doc, ent)  # "Senators Andrei Klishas and Lyudmila Bokova": both senators
            elif label == "ORG" and said_of_people(ent):
                yield self._person(doc, ent)  # "Nighat Dad, who runs a rights group": "who" is said of people
            elif label == "ORG" and self._org_continues(ent) is not None:
                end = self._org_continues(ent)  # "Alliance of Digital" + "India" + "Foundation"
                yield Mention(ent.start, end, org_type(doc[ent.start:end].text, lex), _clean_name(doc[ent.start:end].text),
                              "named", end - 1)
                taken.update(range(ent.end, end))
            elif label == "ORG":
                while len(ent) > 1 and (ent[0].lower_ in lex.groups or ent[0].lower_ in lex.anaphora
                                        or ent[0].lemma_.lower() in lex.groups) \
                        and ent[1].lower_ not in ("of", "for", "on") \
                        and named_alone(ent[1:], ent.start == ent.sent.start):
                    ent = ent[1:]  # "Chipmaker Orion Semiconductor" -> "Orion Semiconductor", not "Citizen | Lab"
                while len(ent) > 2 and ent[-1].lower_ in lex.titles and ent[-1].is_title and ent.end < len(doc) \
                        and doc[ent.end].ent_type_ == "PERSON" and doc[ent.end].ent_iob_ == "B":
                    ent = ent[:-1]  # "Bank of Korea Governor | Jane Doe": the title of the name after it
                if any(t.lower_ in ("million", "billion") for t in ent):
                    while len(ent) > 1 and (ent[-1].like_num or ent[-1].lower_ in ("million", "billion")):
                        ent = ent[:-1]  # "fined LinkedIn 310 million euros": the sum is no part of the name
                text = _clean_name(ent.text)
                if text.lower() in lex.anaphora and len(ent) == 1:
                    if lex.anaphora[text.lower()] == "Agency" and ent[0].is_title and not any(c.dep_ == "det" for c in
                            ent.root.children) and (ent.start != ent.sent.start or ent.root.dep_ == "nsubj"):
                        yield Mention(ent.start, ent.end, "Agency", text, "named", ent.root.i)  # "by Parliament"
                    continue  # "the Commission", "the Ministry": handled as anaphora
                if ent[-1].lower_ in {"administration"} and ent[0].ent_type_ == "ORG":
                    yield Mention(ent.start, ent.end, "Government", text, "named", ent.root.i)
                    continue
                typ = org_type(text, lex)
                if typ == "Agency" and ent.start >= 2 and doc[ent.start - 1].tag_ == "POS" \
                        and doc[ent.start - 2].ent_type_ in ("Government", "GPE"):
                    place = next((e for e in ents if e.start <= ent.start - 2 < e.end), doc[ent.start - 2:ent.start - 1])
                    text = f"{place.text}'s {text}"  # "China's Ministry of Foreign Affairs", not Japan's; "South Africa's"
                m = Mention(ent.start, ent.end, typ, text, "named", ent.root.i)
                if typ == "Firm" and not {w.lower().strip(".,") for w in text.split()} & FIRM_WORDS:
                    m.attrs["weak"] = True  # typed Firm for want of any other sign
                yield self._mark_title_org(doc, m)
            elif label in ("PRODUCT", "WORK_OF_ART", "FAC", "LOC") and len(ent) == 1 and any(
                    p.label_ == "PERSON" and len(p) > 1 and p[-1].text == ent.text for p in ents):
                yield self._person(doc, ent)  # "but DeSantis vetoed it": a named person's surname taken for a product
            elif label == "GPE" and len(ent) == 1 and ent.root.lemma_.lower() in lex.groups:
                yield Mention(ent.start, ent.end, lex.groups[ent.root.lemma_.lower()], text, "group", ent.root.i,
                              plural=ent.root.tag_ in ("NNS", "NNPS"))  # "Automakers" taken for a place
            elif label == "GPE" and ent.text.islower():
                continue  # "the naira has lost two-thirds of its value": a currency, no place
            elif label == "GPE":
                nxt = doc[ent.end] if ent.end < len(doc) else None
                if ent.text.isupper() and len(ent.text) > 3:
                    continue  # a dateline: "SACRAMENTO, CALIFORNIA -"
                if nxt is not None and nxt.is_title and nxt.lower_ in AGENCY_WORDS:
                    end = ent.end + 1  # "California Legislature", "Texas Senate"
                    yield Mention(ent.start, end, "Agency", _clean_name(doc[ent.start:end].text), "named", nxt.i)
                    continue
                typ = "Firm" if listed_among_firms(ent) or named_as_member(ent) else "Government"  # "Deutsche Telekom,
                # Orange and Telefonica"; "whose members include Sportsbet"
                yield Mention(ent.start, ent.end, typ, text, "named", ent.root.i)
            elif label == "NORP" and (ent.root.tag_ in ("NNPS", "NNS") or ent.root.lower_.endswith("s")) \
                    and party_member(ent.root, lex):
                end = next((p.right_edge.i + 1 for p in ent.root.children if p.dep_ == "prep" and p.lower_ == "on"
                            and any(g.dep_ == "pobj" and g.lemma_.lower() in PANELS for g in p.children)), ent.end)
                yield Mention(ent.start, ent.end, party_member(ent.root, lex), _clean_name(doc[ent.start:end].text),
                              "group", ent.root.i, plural=True)  # "Democrats", "the opposition Conservatives", "the
                # Greens"; "Republicans on the House Homeland Security Committee", whose span leaves the committee
                # a name of its own

    def _state_named_org(self, ent) -> int | None:
        """The end of an organisation named after a state or country ("Texas | Instruments", "Vermont | Public
        Interest Research Group", "France | Telecom"): title-case words follow that are neither a title nor a
        chamber."""
        doc, end = ent.doc, ent.end

        def name_word(i: int) -> bool:
            return i < len(doc) and (doc[i].is_title or doc[i].is_upper) and doc[i].ent_type_ not in ("PERSON", "DATE") \
                and doc[i].lower_ not in self.lex.titles

        while end < ent.end + 8:
            if name_word(end):
                end += 1
            elif end > ent.end and end + 1 < len(doc) and (name_word(end + 1) or doc[end + 1].is_alpha) and (
                    doc[end].lower_ in ("of", "for", "&") or doc[end].text == "-" and not doc[end - 1].whitespace_):
                end += 2  # "Colorado Chamber of Commerce", "Colorado AFL-CIO", "China Audio-video"
            elif end > ent.end and end < len(doc) and doc[end].lower_ == "and" and name_word(end + 1):
                tail = end + 1
                while name_word(tail):
                    tail += 1
                if doc[tail - 1].lower_ not in ORG_WORDS | AGENCY_WORDS and not any(
                        doc[j].lower_ == "of" and doc[j - 1].lower_ in AGENCY_WORDS for j in range(ent.end, end)):
                    break  # "France Telecom and Telecom Italia" are two firms; not "Department of Financial and ..."
                end = tail  # "China Audio-video and Digital Publishing Association" is one
            else:
                break
        if end == ent.end or self._chamber_after(ent) is not None or end < len(doc) and doc[end].is_title \
                and doc[end].lower_ in ("minister", "secretary"):
            return None  # nor a portfolio: "New Zealand Revenue Minister Simon Watts"
        return end

    @staticmethod
    def _chamber_after(ent) -> int | None:
        """The end of a state's chamber named after it: "Vermont | Senate", "Texas | House", "Virginia |
        General Assembly"; None when no chamber follows."""
        doc = ent.doc
        words = [t.lower_ for t in doc[ent.end:ent.end + 2]]
        end = None
        if words[:2] == ["general", "assembly"] and doc[ent.end].is_title:
            end = ent.end + 2
        elif words[:1] and words[0] in ("senate", "house", "legislature", "assembly") and doc[ent.end].is_title:
            end = ent.end + 1
        elif words[:1] == ["'s"] and doc[ent.end:ent.end + 2][-1].lower_ in CHAMBER_NOUNS \
                and not (ent.end + 2 < len(doc) and doc[ent.end + 2].lower_ == "party"):  # "India's Congress party"
            end = ent.end + 2  # "Sri Lanka's parliament", "Kenya's National Assembly" is caught by the model
        if end is not None and end + 1 < len(doc) and doc[end - 1].lower_ == "house" and doc[end].lower_ == "of" \
                and doc[end + 1].is_title:
            end += 2  # "Canada's House of Commons", "the Texas House of Representatives"
        return end

    @staticmethod
    def _named_before(ent, entry) -> int | None:
        """The start of a longer name that a generic alias of an organisation ends ("Denver Metro | Chamber
        of Commerce"): the title-case words right before an alias that starts with a generic word."""
        doc = ent.doc
        bare_body = entry["type"] == "Agency" and len(ent) == 1 and ent[0].lower_ in ("commission", "council", "treasury")
        if not bare_body and (entry["type"] != "Organization" or ent[0].lower_ not in GENERIC_ORG_STARTS):
            return None  # "a Digital Safety | Commission" is no European Commission
        start = ent.start
        while start > ent.sent.start and (doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN") and doc[start - 1].is_title
                                          or doc[start - 1].lower_ in ("and", "&") and start < ent.start
                                          and start - 2 >= ent.sent.start and doc[start - 2].is_title) \
                and doc[start - 1].ent_type_ in ("", "ORG", "GPE", "NORP") \
                and doc[start - 1].lower_ not in ("u.s.", "us", "american", "the", "european", "eu", "brussels"):
            start -= 1  # "Malaysian Communications and Multimedia | Commission"
        return start if start < ent.start else None

    def _org_continues(self, ent) -> int | None:
        """An organisation name the gazetteer cut at a country: "Alliance of Digital | India | Foundation"."""
        doc = ent.doc
        end = ent.end
        while end < len(doc) and end < ent.end + 4 and (doc[end].is_title or doc[end].is_upper) and not doc[end].is_punct:
            end += 1
        if end > ent.end + 1 and doc[end - 1].lower_ in ORG_WORDS | AGENCY_WORDS \
                and any(doc[i].ent_type_ == "Government" for i in range(ent.end, end)):
            return end
        return None
