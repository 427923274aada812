"""Typed mentions in a parsed document: named actors, named and described measures, groups, anaphora.

Typing rules correct what the small model gets wrong: the gazetteer fixes known institutions, titles
type people ("Senate Minority Leader Chuck Schumer" is a Lawmaker), organisation names are typed by
their words, and tokens the model mistakes for places ("AI") are dropped.
"""

from __future__ import annotations


from policygraph.loaders.lexicon import Lexicon
from policygraph.loaders.measure_names import named_measures
from policygraph.loaders.people import PeopleRules, match_title
from policygraph.loaders.spans import (Mention, _clean_name, _hyphen_start, corporate_tail, headline_verb, is_heading,
                                       is_headline)

AGENCY_WORDS = {"department", "ministry", "commission", "agency", "bureau", "office", "administration",
                "authority", "committee", "court", "tribunal", "parliament", "senate", "congress", "assembly",
                "regulator", "directorate", "inspectorate", "service", "council", "cabinet", "secretariat",
                "legislature", "house", "board", "subcommittee", "circuit", "judiciary", "treasury", "embassy",
                "presidency", "commissioner", "ombudsman", "police"}
ORG_WORDS = {"association", "alliance", "coalition", "foundation", "institute", "center", "centre", "union",
             "federation", "society", "network", "forum", "campaign", "league", "party", "university",
             "project", "trust", "watch", "times", "post", "journal", "news", "council", "chamber", "fund",
             "initiative", "lab", "laboratory", "school", "college", "group", "caucus", "movement"}
FIRM_WORDS = {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "ag", "sa", "gmbh",
              "holdings", "technologies", "technology", "systems", "semiconductor", "electronics", "networks",
              "motors", "capital", "ventures", "partners", "labs", "communications", "telecom", "software",
              "platforms", "media", "pharmaceuticals", "airlines", "bank", "energy", "industries", "mobile"}
GENERIC_MODIFIERS = {"new", "such", "other", "several", "key", "strict", "stricter", "tough", "tougher",
                     "broad", "broader", "proposed", "current", "existing", "sweeping", "similar", "same",
                     "latest", "recent", "further", "additional", "many", "some", "certain", "various",
                     "major", "planned", "controversial", "original", "final", "earlier", "previous",
                     "own", "more", "most", "federal", "national", "first", "second", "whole", "entire",
                     "landmark", "draft", "revised", "initial", "temporary", "full", "existing", "last",
                     "outgoing", "incoming", "former", "previous", "prior", "then", "sitting"}
DETERMINERS = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "such"}
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person",
            "it": "thing", "its": "thing", "they": "plural", "them": "plural", "their": "plural"}
BARE_US = {"us.senate", "us.house", "us.congress", "us.scotus"}  # "Senate", "the House", "Supreme Court"
MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
IDIOMS = {"rule of law", "rules of the road", "code of conduct", "order of business", "rule of thumb", "control of"}
COLLECTIVES = {"coalition", "group", "bloc", "alliance", "consortium", "handful", "number", "band", "network",
               "association", "collection", "cohort", "camp", "caucus", "delegation", "army", "dozen", "dozens", "hundreds"}


def org_type(text: str, lex: Lexicon) -> str:
    """Type an organisation the gazetteer does not know, by the words of its name."""
    words = {w.lower().strip(".,") for w in text.split()}
    last = text.split()[-1].lower().strip(".,") if text.split() else ""
    if words & FIRM_WORDS and last in FIRM_WORDS:
        return "Firm"
    if last in AGENCY_WORDS or words & {"ministry", "department", "commission", "bureau", "agency",
                                        "directorate", "court", "tribunal", "parliament", "regulator"}:
        return "Agency"
    if words & ORG_WORDS:
        return "Organization"
    if words & FIRM_WORDS:
        return "Firm"
    return "Firm"


# Weak measure nouns that, with "the", point back to the measure in hand: "the data protection changes".
PART_NOUNS = {"change", "amendment", "provision", "proposal", "package", "reform", "overhaul", "revision"}


class MentionFinder(PeopleRules):
    """Find every mention in a parsed Doc. ``find(doc)`` returns them sorted by position."""

    def __init__(self, lex: Lexicon):
        self.lex = lex

    def find(self, doc) -> list[Mention]:
        skip = set()
        for sent in doc.sents:
            if is_heading(sent) and not is_headline(sent):
                skip.update(range(sent.start, sent.end))
        taken: set[int] = set()
        mentions: list[Mention] = []
        for m in sorted(named_measures(doc, self.lex), key=lambda m: (m.start - m.end, m.start)):  # longest first
            if not taken & set(m.span) and not skip & set(m.span):
                mentions.append(m)
                taken.update(m.span)
        for m in self._entities(doc, taken):
            if not skip & set(m.span):
                mentions.append(m)
                taken.update(m.span)
        self._localise(mentions)
        for m in self._administrations(doc, mentions):
            mentions.append(m)
        taken = {i for m in mentions for i in m.span}
        for m in self._unlabelled_names(doc, taken | skip):
            mentions.append(m)
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
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    # ---- names from the gazetteer and the model ---------------------------------------------------
    def _entities(self, doc, taken: set[int]):
        lex = self.lex
        for ent in doc.ents:
            if taken & set(range(ent.start, ent.end)):
                continue
            text = _clean_name(ent.text)
            if not text or text in lex.non_entities or ent.text in lex.non_entities or text.endswith("-era"):
                continue
            label = ent.label_
            described_as = self._described_as(ent) if not ent.ent_id_ else None
            if described_as and label in ("PERSON", "GPE", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC"):
                yield Mention(ent.start, ent.end, described_as, text, "named", ent.root.i)
                continue  # "the French publisher Ubisoft", "Sony, the maker of the PlayStation"
            if ent.ent_id_ and ent.ent_id_ in lex.gazetteer:
                entry = lex.gazetteer[ent.ent_id_]
                body = self._committee(ent)
                if entry["type"] == "Agency" and body is not None:  # "Senate Banking Committee"
                    yield Mention(ent.start, body, "Agency", _clean_name(doc[ent.start:body].text), "named", body - 1)
                    continue
                end = corporate_tail(doc, ent.end) if entry["type"] == "Firm" else ent.end
                m = Mention(ent.start, end, entry["type"], entry["name"], "named", doc[ent.start:end].root.i,
                            gaz=entry["id"])
                m.attrs["surface"] = _clean_name(doc[ent.start:end].text)
                if entry.get("kind"):
                    m.attrs["kind"] = entry["kind"]
                yield self._mark_title_org(doc, m)
            elif label == "PERSON":
                if ent.text.endswith("-") or sum(ch.isalpha() for ch in ent.text) < 3:
                    continue  # "ex-" from "ex-commissioner"
                if len(ent) == 1 and ent.start == ent.sent.start and not any(
                        t.text == ent.text for t in doc if t.i != ent.start and t.i != t.sent.start):
                    continue  # "Breaches can draw fines": a capitalised word, not a name
                yield self._person(doc, ent)
            elif label == "ORG" and ent.start > 0 and len(ent) >= 2 and all(t.is_title for t in ent) \
                    and doc[ent.start - 1].lower_ in lex.titles and lex.titles[doc[ent.start - 1].lower_] in ("Official", "Lawmaker"):
                yield self._person(doc, ent)  # "Communications Minister Anika Wells" mislabelled an organisation
            elif label == "ORG" and len(ent) >= 2 and any(
                    c.dep_ == "appos" and match_title([t.text for t in c.lefts if t.dep_ in ("compound", "amod")] + [c.text], lex)
                    and lex.titles.get(match_title([c.text], lex) or "") != "Lobbyist" for c in ent.root.children):
                yield self._person(doc, ent)  # "Clare Holt, an analyst at ...": a person the model took for a firm
            elif label == "ORG" and self._org_continues(ent) is not None:
                end = self._org_continues(ent)  # "Alliance of Digital" + "India" + "Foundation"
                yield Mention(ent.start, end, org_type(doc[ent.start:end].text, lex), _clean_name(doc[ent.start:end].text),
                              "named", end - 1)
                taken.update(range(ent.end, end))
            elif label == "ORG":
                while len(ent) > 1 and (ent[0].lower_ in lex.groups or ent[0].lower_ in lex.anaphora
                                        or ent[0].lemma_.lower() in lex.groups):
                    ent = ent[1:]  # "Chipmaker Orion Semiconductor" -> "Orion Semiconductor"
                text = _clean_name(ent.text)
                if text.lower() in lex.anaphora and len(ent) == 1:
                    if lex.anaphora[text.lower()] == "Agency" and ent[0].is_title and not any(
                            c.dep_ == "det" for c in ent.root.children) and ent.start != ent.sent.start:
                        yield Mention(ent.start, ent.end, "Agency", text, "named", ent.root.i)  # "passed by Parliament"
                    continue  # "the Commission", "the Ministry": handled as anaphora
                if ent[-1].lower_ in {"administration"} and ent[0].ent_type_ == "ORG":
                    yield Mention(ent.start, ent.end, "Government", text, "named", ent.root.i)
                    continue
                typ = org_type(text, lex)
                m = Mention(ent.start, ent.end, typ, text, "named", ent.root.i)
                if typ == "Firm" and not {w.lower().strip(".,") for w in text.split()} & FIRM_WORDS:
                    m.attrs["weak"] = True  # typed Firm for want of any other sign
                yield self._mark_title_org(doc, m)
            elif label == "GPE" and len(ent) == 1 and ent.root.lemma_.lower() in lex.groups:
                yield Mention(ent.start, ent.end, lex.groups[ent.root.lemma_.lower()], text, "group", ent.root.i,
                              plural=ent.root.tag_ in ("NNS", "NNPS"))  # "Automakers" taken for a place
            elif label == "GPE":
                nxt = doc[ent.end] if ent.end < len(doc) else None
                if ent.text.isupper() and len(ent.text) > 3:
                    continue  # a dateline: "SACRAMENTO, CALIFORNIA -"
                if nxt is not None and nxt.is_title and nxt.lower_ in AGENCY_WORDS:
                    end = ent.end + 1  # "California Legislature", "Texas Senate"
                    yield Mention(ent.start, end, "Agency", _clean_name(doc[ent.start:end].text), "named", nxt.i)
                    continue
                yield Mention(ent.start, ent.end, "Government", text, "named", ent.root.i)
            elif label == "NORP" and ent.root.tag_ in ("NNPS", "NNS") and ent.root.lemma_.lower() in lex.groups:
                yield Mention(ent.start, ent.end, lex.groups[ent.root.lemma_.lower()], text, "group",
                              ent.root.i, plural=True)

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

    def _committee(self, ent) -> int | None:
        """The end of a committee named after its chamber: "Senate" + "Banking Committee"."""
        doc = ent.doc
        end = ent.end
        while end < len(doc) and end < ent.end + 5 and (doc[end].is_title or doc[end].lower_ in ("and", "&", "on", "of")):
            if doc[end].lower_ in ("committee", "subcommittee", "caucus", "panel"):
                return end + 1
            end += 1
        return None

    def _described_as(self, ent) -> str | None:
        """The type a name's own description gives it: a common noun right before it ("the venture
        capital firm Andreessen Horowitz") or in apposition after it ("Sony, the maker of ...")."""
        doc = ent.doc
        nouns = []
        if ent.start > 0 and doc[ent.start - 1].pos_ == "NOUN" and doc[ent.start - 1].head.i in range(ent.start, ent.end):
            nouns.append(doc[ent.start - 1])
        nouns += [c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        for noun in nouns:
            kind = self.lex.groups.get(noun.lemma_.lower())
            if kind in ("Firm", "Organization") and noun.lemma_.lower() not in ("member", "player", "body", "industry"):
                return kind
        return None

    def _localise(self, mentions: list[Mention]) -> None:
        """ "the Senate" in a story about Australia is Australia's: the gazetteer's bare US institutions
        become the home country's when another country dominates the story."""
        counts: dict[str, int] = {}
        for m in mentions:
            if m.type == "Government" and m.gaz:
                counts[m.gaz] = counts.get(m.gaz, 0) + 1
        if not counts:
            return
        home = max(sorted(counts), key=lambda g: counts[g])
        if home in ("gov.us", "gov.us.whitehouse") or counts.get("gov.us", 0) >= counts[home]:
            return
        adjective = next((d for d, g in self.lex.demonyms.items() if g == home), None)
        if not adjective:
            return
        for m in mentions:
            surface = m.attrs.get("surface", "")
            if m.gaz in BARE_US and not surface.startswith(("U.S.", "US", "United States")):
                m.gaz, m.name = None, f"{adjective} {surface.replace('the ', '')}"

    def _unlabelled_names(self, doc, taken: set[int]):
        """Proper names the model left unlabelled but that act in the sentence ("Acme Robotics lobbied")."""
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.i in taken or tok.ent_type_ or tok.dep_ not in (
                    "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
                continue
            left = tok.i
            while left - 1 >= tok.sent.start and doc[left - 1].dep_ == "compound" and doc[left - 1].pos_ == "PROPN" \
                    and doc[left - 1].i not in taken and not doc[left - 1].ent_type_:
                left -= 1
            span = doc[left:tok.i + 1]
            if not all(t.is_title or t.is_upper for t in span) or span.text in self.lex.non_entities \
                    or span[0].lower_ in self.lex.titles or tok.lower_ in self.lex.anaphora \
                    or tok.text.lower() in MONTH_WORDS:
                continue
            m = Mention(left, tok.i + 1, org_type(span.text, self.lex), _clean_name(span.text), "named", tok.i)
            m.attrs["weak"] = True
            yield m

    def _noun_mention(self, tok) -> Mention | None:
        lex = self.lex
        lower, lemma = tok.lower_, tok.lemma_.lower()
        if tok.pos_ == "PRON":
            if lower in PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj", "agent"):
                return Mention(tok.i, tok.i + 1, "", lower, "pronoun", tok.i, plural=PRONOUNS[lower] == "plural")
            return None
        dets = [c for c in tok.lefts if c.dep_ in ("det", "poss", "predet") and c.lower_ in DETERMINERS | {"all", "both"}]
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "nummod", "quantmod", "npadvmod")
                and c.lower_ not in GENERIC_MODIFIERS]
        comps = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("on", "against", "for", "to", "over", "of")
                 and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)]
        plural = tok.tag_ in ("NNS", "NNPS")
        comps += [c for c in tok.rights if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                  and (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                       or c.lemma_ in ("ban", "bar", "require", "restrict", "limit", "prohibit", "block", "force",
                                       "target", "instruct", "order", "direct", "push", "allow", "impose")
                       or (c.dep_ == "acl" and c.tag_ == "VBN" and any(p.dep_ == "prep" for p in c.children))  # "tariffs imposed over X"
                       or (c.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ in ("will", "would") for a in c.children)))
                  and (lemma in lex.measure_heads)
                  and not (dets and dets[0].lower_ in ("the", "this", "that") and c.left_edge.i > 0
                           and tok.doc[c.left_edge.i - 1].text == ",")]  # "The regulation, first proposed by"
        if lemma in COLLECTIVES and not plural:
            return self._collective(tok)
        if lemma in lex.measure_heads or lower in lex.measure_heads:
            if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in tok.children):
                return None  # "no formal policy changes have been announced": nothing to name
            owners = [c for c in mods if c.ent_type_ == "PERSON" or c.dep_ == "poss"]
            if dets and owners and len(owners) == len(mods) and not comps:  # "the Banks proposal"
                return Mention(tok.i, tok.i + 1, "Measure", tok.text, "anaphor", tok.i, plural=plural)
            if dets and not mods and not comps and (lower in lex.anaphora or lemma in lex.anaphora):
                if lex.anaphora.get(lower, lex.anaphora.get(lemma)) == "Measure":
                    return Mention(tok.i, tok.i + 1, "Measure", tok.text, "anaphor", tok.i, plural=plural)
            if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "in" and lemma == "order":
                return None  # "in order to"
            strong = any(c.lower_ in lex.strong_modifiers for c in mods)
            compound = [c for c in mods if c.dep_ in ("compound", "amod") and not c.is_stop and c.pos_ in ("NOUN", "ADJ", "PROPN")]
            compound += [g for c in compound for g in c.lefts if g.dep_ == "compound" and g.pos_ in ("NOUN", "PROPN")]
            # "rare-earth export controls": "earth" hangs on "export", not on "controls"
            if len(compound) >= 2 and any(c.pos_ == "NOUN" for c in compound):
                strong = True  # "technical capability notice", "rare-earth export controls"
            if dets and dets[0].lower_ == "the" and lemma in PART_NOUNS and not comps:
                return Mention(tok.i, tok.i + 1, "Measure", tok.text, "anaphor", tok.i, plural=plural)
                # "the data protection changes": part of the measure in hand
            if comps or strong or (mods and lemma not in lex.weak_heads):
                return self._described(tok, mods, comps)
            return None
        product = [c for c in mods if c.pos_ == "PROPN" and c.dep_ == "compound"]
        if dets and product and len(product) == len(mods) and lex.anaphora.get(lower) == "Firm" \
                and not any(c.ent_type_ in ("Firm", "ORG", "GPE", "Government", "Agency") for c in product):
            return Mention(tok.i, tok.i + 1, "Firm", tok.text, "anaphor", tok.i)  # "the ChatGPT maker"
        if dets and not mods and (lower in lex.anaphora or lemma in lex.anaphora) and tok.pos_ == "NOUN":
            typ = lex.anaphora.get(lower) or lex.anaphora[lemma]
            return Mention(tok.i, tok.i + 1, typ, tok.text, "anaphor", tok.i, plural=plural)
        if dets and tok.pos_ == "PROPN" and lower in lex.anaphora and not mods:
            return Mention(tok.i, tok.i + 1, lex.anaphora[lower], tok.text, "anaphor", tok.i)
        if lemma in lex.groups and (plural or lemma in ("lobby", "caucus") or (lemma == "industry" and mods)):
            return self._group(tok, lemma)  # "the tech industry" acts; a bare "industry" is too vague
        described_by = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")]
        if lemma in lex.groups and lex.groups[lemma] in ("Agency", "Official") and described_by and not dets:
            m = self._group(tok, lemma)  # "a U.S. appeals court", "a federal judge": one body, described
            if m is not None:
                m.plural = False
            return m
        return None

    def _collective(self, tok) -> Mention | None:
        """ "a coalition of U.S. industry associations", "a bloc of China hawks": a group named by its members."""
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    lemma = pobj.lemma_.lower()
                    if pobj.dep_ == "pobj" and pobj.tag_ in ("NNS", "NNPS") and lemma in self.lex.groups:
                        inner = self._group(pobj, lemma)
                        if inner is None:
                            return None
                        left = tok.i
                        while left > 0 and tok.doc[left - 1].dep_ in ("amod", "compound", "nummod") and tok.doc[left - 1].head == tok:
                            left -= 1
                        name = _clean_name(tok.doc[left:inner.end].text)
                        return Mention(left, inner.end, inner.type, name, "group", tok.i, plural=True)
        return None

    def _described(self, tok, mods, comps) -> Mention:
        doc = tok.doc
        left = tok.i
        while left - 1 >= max(tok.sent.start, tok.i - 8):
            start = _hyphen_start(doc, left - 1)
            if start < left - 1 and start >= tok.sent.start:  # a hyphenated word: "click-to-cancel rule"
                left = start
                continue
            prev = doc[left - 1]
            if prev.pos_ in ("VERB", "AUX", "ADP", "PRON") or headline_verb(prev, self.lex) \
                    or prev.dep_ not in ("amod", "compound", "nmod", "nummod", "quantmod", "npadvmod", "punct",
                                         "advmod", "poss", "case", "det") \
                    or not left - 1 <= prev.head.i <= tok.i:
                break
            left -= 1
        right = tok.i + 1
        for prep in comps[:1]:
            right = max(right, prep.right_edge.i + 1)
            if prep.dep_ in ("acl", "relcl"):
                right = min(right, prep.i + 6)
        # cut at commas, relative clauses and anything far away
        for i in range(tok.i + 1, right):
            if doc[i].dep_ == "cc" and any(t.dep_ == "conj" and t.lemma_.lower() in self.lex.measure_heads
                                           for t in doc[i + 1:right]):
                right = i  # "a ban on X and restrictions on Y": two measures
                break
            in_list = doc[i].text == "," and i + 1 < right and (doc[i + 1].dep_ == "conj" or doc[i + 1].head.dep_ == "conj")
            bracketed_name = doc[i].text == "(" and i + 1 < len(doc) and doc[i + 1].is_title \
                and any(t.text == ")" for t in doc[i:min(i + 8, len(doc))])  # "the Data (Use and Access) Bill"
            if (doc[i].text in (",", ";", "(", "—", "–") and not in_list and not bracketed_name) or (doc[i].dep_ in ("relcl", "acl") and doc[i] not in comps) \
                    or doc[i].lower_ in ("which", "that", "who"):
                right = i
                break
            if doc[i].ent_type_ == "DATE" and i > tok.i + 2 and doc[i - 1].pos_ == "ADP" \
                    and doc[i - 1].ent_type_ != "DATE":  # "a licence requirement for imports | in August"
                right = i - 1
                break
        right = min(right, tok.i + 16)
        for ent in doc.ents:  # never cut a name in two: "... to the United States"
            if ent.start < right < ent.end:
                right = ent.end
        while left < tok.i and (doc[left].dep_ in ("det", "poss", "case", "predet") or doc[left].is_punct
                                or doc[left].lower_ in GENERIC_MODIFIERS):
            left += 1
        span = doc[left:right]
        if span.text.lower() in IDIOMS:
            return None
        m = Mention(left, right, "Measure", _clean_name(span.text), "described", tok.i,
                    plural=tok.tag_ in ("NNS", "NNPS"))
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            m.attrs["indefinite"] = True  # "finalized a rule that will ...": named properly later
        m.attrs["specific"] = bool(comps) or len([t for t in mods if not t.is_stop]) >= 2
        return m

    def _group(self, tok, lemma: str) -> Mention | None:
        lex = self.lex
        doc = tok.doc
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "nummod", "quantmod", "npadvmod")]
        left = min([tok.i] + [t.left_edge.i for t in mods])
        right = tok.i + 1
        for child in tok.rights:
            if child.dep_ == "acl" and child.lemma_ in ("represent", "work", "lobby"):
                right = child.right_edge.i + 1
            elif child.dep_ == "prep" and child.lower_ in ("from", "for", "in") and not right > tok.i + 1:
                pobj = [g for g in child.children if g.dep_ == "pobj"]
                if pobj and (pobj[0].ent_type_ or pobj[0].lemma_ in ("industry", "sector", "party")):
                    right = child.right_edge.i + 1
        while left < tok.i and doc[left].dep_ in ("det", "predet", "poss", "case"):
            left += 1
        right = min(right, tok.i + 10)
        typ = lex.groups[lemma]
        words = {t.lower_ for t in doc[left:tok.i]}
        if words & lex.lobby_words or lemma in ("lobbyist", "lobby"):
            typ = "Lobbyist"
        if not mods and lemma in ("member", "user", "consumer", "voter", "worker", "family", "player",
                                  "body", "business", "leader", "executive", "authority", "brand"):
            return None
        name = _clean_name(doc[left:right].text)
        return Mention(left, right, typ, name, "group", tok.i, plural=True,
                       attrs={"generic": not mods})
