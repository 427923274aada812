"""Mentions told by common nouns: described measures ("a ban on China Telecom operations") and anaphora
("the bill", "the data protection changes"); groups and collectives are in group_nouns. A mixin of
MentionFinder."""

from __future__ import annotations

from policygraph.loaders.comparisons import besides, elsewhere, labelled, ranked_among, so_called
from policygraph.loaders.group_nouns import COLLECTIVES, GroupRules
from policygraph.loaders.measure_ends import (PAPERS, TALLIES, clause_complements, commanded, ends_before_relative,
                                              imposed_object, measure_object_end, plan_to_make, plan_to_undo,
                                              pointing, share_of_time)
from policygraph.loaders.measure_match import COMPULSORY, NOUN_KIN, RAISES, aged, plain_modifier
from policygraph.loaders.noun_words import (AMOUNTS, BACKED, BATCHES, BODIES, BODIES_OF_LAW, DEPRIVING,
                                             DETERMINERS, DURATIONS, DUTIES, EVENTS, FORMER, GENERIC_MODIFIERS, GIVEN,
                                             IDIOMS, INVOICES, JUDGES, LEVIES, MARKET_POWER, ONLY_WITH,
                                             OWNED, PART_NOUNS, PRICED, PRONOUNS, RELIEFS, SPANS_OF_TIME, SWEEPING,
                                             VERB_HUNG, WEAKER)
from policygraph.loaders.spans import DASHES, Mention, _clean_name, _hyphen_start, headline_verb, is_headline


AGE_CHECKS = {"check", "verification", "assurance"}  # "age checks", "age verification", "age assurance"


def _laid_down(tok, dets, comps, lex) -> bool:
    """ "scraps age checks for online pornography", "approved the age checks": checks someone lays down, not
    "argued that age checks should be done on devices" nor the "age verification" of "standards for age
    verification" (a measure's own words)."""
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in lex.measure_heads:
        return False
    return bool(comps) or bool(dets) and dets[0].lower_ == "the" or tok.sent.start == 0 and is_headline(tok.sent)


def _duty(lemma: str) -> bool:
    """A noun that can name something done as a duty ("age verification", "age checks", "data localisation"),
    not a thing ("the mandatory charging port")."""
    return lemma.endswith(("tion", "sion", "ment", "ing", "ance", "ence", "ity", "sure")) or lemma in DUTIES


class NounRules(GroupRules):
    """Mentions headed by common nouns; mixed into MentionFinder."""

    def _noun_mention(self, tok) -> Mention | None:
        lex = self.lex
        lower, lemma = tok.lower_, tok.lemma_.lower()
        if tok.pos_ == "PRON":
            if lower in PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj", "agent"):
                m = Mention(tok.i, tok.i + 1, "", lower, "pronoun", tok.i, plural=PRONOUNS[lower] == "plural")
                if lower == "it" and tok.dep_ in ("nsubj", "nsubjpass") and tok.i == tok.sent.start:
                    before = tok.doc[tok.sent.start - 1].sent if tok.sent.start else None
                    m.attrs["after_event"] = before is not None and any(  # "The decision was taken on Tuesday.
                        t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lemma_.lower() in EVENTS
                        for t in before)  # It was approved by ...": the decision, not a measure
                return m
            return None
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if lower in lex.titles and tok.is_title and nxt is not None and nxt.ent_type_ == "PERSON" \
                and nxt.ent_iob_ == "B":
            return None  # "Electronics and IT Minister Ashwini Vaishnaw": the title of the name after it
        dets = [c for c in tok.lefts if (c.dep_ in ("det", "poss", "predet") or c.tag_ == "WDT" and c.i == tok.i - 1)
                and c.lower_ in DETERMINERS | {"all", "both"}]  # (the parser may take "lifted that ban" for a clause)
        batch = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if not dets and batch is not None and batch.lemma_.lower() in BATCHES and batch.pos_ == "NOUN":
            dets = [c for c in batch.lefts if c.dep_ in ("det", "poss") and c.lower_ in DETERMINERS - {"such"}]
            # "its first set of rules": the rules it issued
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "nummod", "quantmod", "npadvmod")
                and c.lower_ not in GENERIC_MODIFIERS]
        comps = [c for c in tok.rights if c.dep_ == "prep" and (c.lower_ in ("on", "against", "for", "to", "over", "of")
                                                                or c.lower_ == "from" and lemma in RELIEFS)
                 and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and g.pos_ != "PRON"
                         and not share_of_time(g)
                         or g.dep_ == "pcomp" and g.tag_ == "VBG" and c.lower_ in ("on", "against")
                         for g in c.children)]  # not "the cost of the ban for them"; "a ban on handing data to ..."
        if batch is not None and batch.lemma_.lower() in BATCHES and batch.pos_ == "NOUN" and not comps:
            comps = [c for c in batch.rights if c.dep_ == "prep" and c.lower_ in ("on", "for", "against")
                     and c.i > tok.i and any(g.dep_ == "pobj" for g in c.children)]  # "a set of proposed
            # standards | for smartphones": the parser hangs what they are for on "set"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in DEPRIVING:
            comps = [c for c in comps if c.lower_ != "of"]  # "stripping the measure | of legal force"
        plural = tok.tag_ in ("NNS", "NNPS")
        if lemma == "order" and any(d.dep_ == "poss" and d.pos_ == "PRON" for d in dets) and any(
                t.lemma_.lower() in JUDGES for t in tok.sent):
            return None  # "In her order, the judge found ...": a court's ruling, not the measure it rules on
        if lemma == "article" and (plural or any(d.dep_ == "poss" for d in dets)) or lemma == "idea" and any(
                c.dep_ in ("prep", "acl", "relcl", "ccomp") for c in tok.rights):
            return None  # "the article would have required": a bill's article; "Wikipedia replaced its articles";
            # "opposes the idea of turning trade into a weapon" is no measure named before
        kind = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.lower_ in ("central", "reserve")]
        if dets and lemma == "bank" and not plural and kind:  # "the central bank": the one named, else a body
            return Mention(kind[0].i, tok.i + 1, "Agency", f"{kind[0].lower_} bank", "anaphor", tok.i)
        comps += clause_complements(tok, dets, lex)  # "a ban that would cover ...", "a requirement that banks tell it"
        # "the curbs it imposed": a measure already in hand, told by who made it, not a new one ("the tariffs
        # it had imposed over fentanyl" still says which tariffs)
        if not comps and tok.dep_ == "dobj" and lemma in lex.measure_heads and tok.i + 1 < len(tok.doc):
            nxt = tok.doc[tok.i + 1]  # "imposed curbs on sales of chips to China": the parser hangs "on" on the verb
            if nxt.dep_ == "prep" and nxt.head == tok.head and nxt.lower_ in ("on", "against") and (
                    tok.head.lemma_.lower() in VERB_HUNG and any(
                        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in nxt.children)
                    or any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in nxt.children)):
                comps = [nxt]  # "amends the law on providing services": what the law is on, whatever the verb
        if lemma in GIVEN:
            comps = [c for c in comps if not (c.lower_ == "to" and any(
                g.dep_ == "pobj" and (g.ent_type_ or g.pos_ == "PROPN") for g in c.children))]
        if lemma in ("deal", "agreement", "settlement", "pact"):
            comps = [c for c in comps if c.lower_ != "against"]  # "offset those deals against the charge"
        if lemma in ONLY_WITH and (comps or lemma == "end") and not any(
                c.lower_ == ONLY_WITH[lemma] or c.dep_ in ("relcl", "acl") for c in comps):  # (or a clause that says
            # which: "export controls that the department introduced")
            return None
        if lemma == "charge" and comps and not any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT")
                                                   for t in tok.lefts):
            return None  # "a $100,000 charge on new visa petitions" is a levy; a charge of no sum may be anything
        if lex.groups.get(lemma) == "Organization" and not plural and tok.dep_ != "appos" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.lefts) and any(
                c.dep_ == "acl" and c.lemma_ == "represent" for c in tok.rights):
            m = self._group(tok, lemma)  # "an industry group representing telecom carriers": one body, described
            if m is not None:
                m.plural = False
            return m
        if lemma in COLLECTIVES and not plural and (self._collective(tok) or not dets or mods or lemma not in BODIES):
            return self._collective(tok)  # "a coalition of industry groups"; "the group" is one named before
        if lemma in RAISES and tok.pos_ == "NOUN":  # "a tax hike", "an increase in excise duty on mobile money"
            raised = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("in", "of", "on")]
            if any(t.lemma_.lower() in LEVIES for c in mods + raised for t in c.subtree):
                while len(raised) > 1 and raised[1].i == raised[0].right_edge.i + 1:
                    raised = raised[1:]  # "in excise duty | on mobile money transfer fees": the name runs to the last
                return self._described(tok, mods, raised[:1])
            if dets and not mods and not raised:  # "lobbied against the increase": one told before, if any
                return Mention(tok.i, tok.i + 1, "Measure", tok.text, "anaphor", tok.i, plural=plural)
            return None
        if tok.pos_ == "NOUN" and tok.dep_ not in ("compound", "oprd", "attr") and lemma not in lex.measure_heads \
                and lemma not in lex.groups and lemma not in lex.anaphora and _duty(lemma) \
                and (any(c.lower_ in COMPULSORY for m in mods for c in m.subtree)
                     or lemma in AGE_CHECKS and any(c.lower_ == "age" for c in mods)
                     and _laid_down(tok, dets, comps, lex)):
            return self._described(tok, mods, comps)  # "mandatory age verification for online pornography";
            # "scraps age checks for online pornography": checking ages is always a duty laid down
        if lemma in PAPERS and lemma not in lex.measure_heads and comps:
            return self._described(tok, mods, comps)  # "a 2021 interpretive letter that obliged banks to ..."
        if lemma in lex.measure_heads or lower in lex.measure_heads:
            if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in tok.children) or lemma == "bill" \
                    and any(c.lower_ in INVOICES for c in tok.lefts) \
                    or any(c.lower_ in PRICED | AMOUNTS for c in tok.lefts):
                return None  # "no formal policy changes have been announced", "paid little tax": nothing to name;
                # "higher bills" are owed; "discounted bundles" are sold
            owners = [c for c in mods if c.ent_type_ == "PERSON" or c.dep_ == "poss" or c.lower_ in ("senate", "house")
                      and c.dep_ == "compound" and dets[:1] and dets[0].lower_ == "the"]  # "the Senate bill"
            if dets and owners and len(owners) == len(mods) and not comps:  # "the Banks proposal"
                return Mention(tok.i, tok.i + 1, "Measure", tok.text, "anaphor", tok.i, plural=plural)
            named_owner = any(c.dep_ == "poss" and (c.pos_ == "PROPN" or lemma in OWNED and lex.anaphora.get(
                c.lemma_.lower()) in ("Government", "Agency") and any(d.dep_ == "det" for d in c.children))
                for c in tok.lefts)  # "Carlyle's measure", "the bloc's proposed law", "the ministry's rules"
            if plural and lemma in ("program", "programme") and any(d.dep_ == "poss" for d in dets):
                return None  # "channels sharing their programmes": shows, not schemes
            told = dets and dets[0].lower_ != "such" and all(c.lower_ in SWEEPING for c in mods)  # "the outright ban"
            if (dets or named_owner) and (not mods or told) and not comps \
                    and (lower in lex.anaphora or lemma in lex.anaphora):
                if lex.anaphora.get(lower, lex.anaphora.get(lemma)) == "Measure":
                    attrs = pointing(dets, tok) | ({"commanded": True} if lemma == "order" and commanded(tok) else {})
                    return Mention(tok.i, tok.i + 1, "Measure", tok.text, "anaphor", tok.i, plural=plural,
                                   attrs=attrs)
            told_batch = [g for c in comps if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
                          and g.lemma_.lower() in lex.measure_heads] if lemma in BATCHES and len(comps) == 1 else []
            if told_batch and dets and dets[0].lower_ == "the":  # "The package of 83 standards, first drafted in
                return Mention(tok.i, tok.i + 1, "Measure", told_batch[0].text, "anaphor", tok.i, plural=True,
                               attrs=pointing(dets, tok))  # 2023": the standards in hand
            if plan_to_undo(tok, lex) or plan_to_make(tok, lex):
                return None  # "announced the plan to scrap it": the tax is undone; the plan is no measure of its own
            if lemma == "block" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() not in lex.measure_heads
                    for g in c.children) for c in tok.rights):
                return None  # "a block of airwaves": an amount of things, no measure
            if lemma == "power" and any(c.lower_ in MARKET_POWER for c in mods) or lemma == "code" and any(
                    c.lower_ in ("source", "computer", "software") for c in mods):
                return None  # "abused its market power": a firm's strength, not a measure; "source code" is software
            if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "in" and lemma == "order":
                return None  # "in order to"
            if lemma == "condition" and (tok.head.lower_ in ("on", "upon") or any(
                    t.lower_ == "anonymity" for t in tok.subtree)):
                return None  # "spoke on condition of anonymity"
            strong = any(c.lower_ in lex.strong_modifiers for c in mods)
            compound = [c for c in mods if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ", "PROPN")
                        and (not c.is_stop or c.pos_ == "NOUN" and c.doc[c.i - 1].text != "-")]  # "call" is a stop
            # word: "a WhatsApp call fee" (not the "name" of a "real-name rule")
            compound += [g for c in compound for g in c.lefts if g.dep_ == "compound" and g.pos_ in ("NOUN", "PROPN")]
            # "rare-earth export controls": "earth" hangs on "export", not on "controls"
            if len(compound) >= 2 and any(c.pos_ == "NOUN" for c in compound):
                strong = True  # "technical capability notice", "rare-earth export controls"
            if any(c.lemma_.lower() in SPANS_OF_TIME and any(n.dep_ == "nummod" for n in c.children) for c in mods):
                strong = True  # "a two-day block", "a one-month shutdown": a measure for a set time
            if lemma in ("requirement", "obligation") and any(c.dep_ == "compound" and c.lower_.endswith("ing")
                                                              for c in mods):
                strong = True  # "the labelling requirement", "a reporting obligation": a duty to do a thing
            if dets and (dets[0].lower_ == "the" or dets[0].lower_ == "its" and not strong) and lemma in PART_NOUNS \
                    and not comps:  # "its information-sharing provisions"; "its hate-speech provisions" are named
                words = {w for c in mods for t in c.subtree if not t.is_stop and t.is_alpha for w in [t.lower_]}
                return Mention(tok.i, tok.i + 1, "Measure", tok.text, "anaphor", tok.i, plural=plural,
                               attrs={"part_words": words} if words else {})
                # "the data protection changes": part of the measure in hand, unless a part of it was
                # described with those words before ("the hate-speech sections" after "hate-speech provisions")
            if mods and not comps and lemma in NOUN_KIN and self._judging(tok, mods):
                return Mention(tok.i, tok.i + 1, "Measure", "measure", "anaphor", tok.i, plural=plural,
                               attrs={"judging": True})
                # "urged the commission to drop what they called heavy-handed regulation": the rules in hand,
                # whatever their kind
            if labelled(tok, lex):
                return None  # "dismissed the legislation as a cover-up bill": a name for what is named already
            if so_called(tok):  # "lobbied against what they called an internet toll": the measure in hand
                return Mention(tok.i, tok.i + 1, "Measure", lemma, "anaphor", tok.i, plural=plural,
                               attrs={"judging": True})
            if lemma == "law" and not dets and not comps and not plural and mods and all(
                    c.ent_type_ in ("NORP", "GPE", "Government") or c.lower_ in BODIES_OF_LAW for c in mods):
                return None  # "binding under Korean law", "illegal under EU law": a country's law as a whole
            if ranked_among(tok, mods):
                return None  # "gave residents some of the strongest privacy protections in the country"
            if comps or strong or (mods and lemma not in lex.weak_heads) or imposed_object(tok):
                return self._described(tok, mods, comps)
            return None
        product = [c for c in mods if c.dep_ == "compound" and (c.pos_ == "PROPN" or any(ch.isupper() for ch in c.text))]
        if dets and product and len(product) == len(mods) and lex.anaphora.get(lower) == "Firm" \
                and not any(c.ent_type_ in ("Firm", "ORG", "GPE", "Government", "Agency") for c in product):
            return Mention(tok.i, tok.i + 1, "Firm", tok.text, "anaphor", tok.i)  # "the ChatGPT maker"
        if dets and lemma in ("house", "chamber") and mods and all(c.lower_ in ("lower", "upper") for c in mods):
            return Mention(tok.i, tok.i + 1, "Agency", tok.text, "anaphor", tok.i)  # "the lower house passed it"
        if dets and plural and lemma in lex.groups and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" and g.ent_type_ for g in c.children)
                for c in tok.rights):
            return self._group(tok, lemma)  # "the senators from the National Action Party": told by their party
        if dets and not mods and (lower in lex.anaphora or lemma in lex.anaphora) and tok.pos_ == "NOUN":
            typ = "Organization" if lemma in BODIES else lex.anaphora.get(lower) or lex.anaphora[lemma]
            return Mention(tok.i, tok.i + 1, typ, tok.text, "anaphor", tok.i, plural=plural,
                           attrs=pointing(dets, tok) if typ == "Measure" else {"former": True} if any(
                               c.lower_ in FORMER for c in tok.lefts) else {})  # "the outgoing administration"
        if dets and tok.pos_ == "PROPN" and lower in lex.anaphora and not mods:
            return Mention(tok.i, tok.i + 1, lex.anaphora[lower], tok.text, "anaphor", tok.i)
        if lemma in lex.groups and (plural or lemma in ("lobby", "caucus") or (lemma == "industry" and mods)):
            return self._group(tok, lemma)  # "the tech industry" acts; a bare "industry" is too vague
        described_by = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")]
        portfolio = dets and dets[0].lower_ == "the" and (lemma in ("ministry", "regulator", "watchdog") or lemma in (
            "committee", "subcommittee") and any(c.dep_ == "prep" and c.lower_ in ("on", "for") for c in tok.rights)) \
            and all(c.pos_ in ("NOUN", "ADJ") and c.is_lower for c in described_by)  # "the economy ministry", "the
        # parliamentary committee on finance"
        if lemma in lex.groups and lex.groups[lemma] in ("Agency", "Official") and described_by \
                and (not dets or portfolio) \
                and not (tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON"):  # "Prime Minister | X" titles X
            m = self._group(tok, lemma)  # "a U.S. appeals court", "a federal judge": one body, described
            if m is not None:
                m.plural = False
            return m
        return None

    def _judging(self, tok, mods) -> bool:
        """Only words of judgement before the noun: "heavy-handed regulation", "burdensome rules"."""
        words = self.lex.negative_words | self.lex.positive_words
        text = tok.doc[min(t.left_edge.i for t in mods):tok.i].text.lower()
        return text in words or all(t.lemma_.lower() in words or t.is_punct for m in mods for t in m.subtree)

    def _described(self, tok, mods, comps) -> Mention:
        doc = tok.doc
        if tok.lemma_.lower() == "overhaul" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None  # "its overhaul of the copyright law": the law is what the story follows
        left = tok.i
        while left - 1 >= max(tok.sent.start, tok.i - 8):
            start = _hyphen_start(doc, left - 1)
            if start < left - 1 and start >= tok.sent.start:  # a hyphenated word: "click-to-cancel rule"
                left = start
                continue
            prev = doc[left - 1]
            if prev.pos_ in ("VERB", "AUX", "ADP", "PRON") or headline_verb(prev, self.lex) \
                    or prev.text in DASHES and doc[left - 2].whitespace_ \
                    or prev.dep_ not in ("amod", "compound", "nmod", "nummod", "quantmod", "npadvmod", "punct",
                                         "advmod", "poss", "case", "det") \
                    or not left - 1 <= prev.head.i <= tok.i:
                break
            left -= 1
        right = tok.i + 1
        rate = comps[:1] and comps[0].lower_ == "of" and any(
            g.dep_ == "pobj" and g.ent_type_ in ("PERCENT", "MONEY") for g in comps[0].children)
        whom = len(comps) > 1 and comps[0].lower_ == "on" and comps[1].lower_ == "for" and comps[1].i == comps[
            0].right_edge.i + 1 and not any(g.lemma_.lower() in ("reason", "purpose") for g in comps[1].children)
        for prep in comps[:2] if rate or whom else comps[:1]:  # "tariffs of up to 35.3% | on electric cars": the
            # rate, then what they fall on; "a ban on social media | for under-16s": whom it covers
            right = max(right, prep.right_edge.i + 1)
            if prep.dep_ in ("acl", "relcl"):
                right = min(right, max(prep.i + 6, measure_object_end(prep, self.lex)))
                while right < prep.right_edge.i + 1 and doc[right - 1].head.i in range(right, right + 4) \
                        and doc[right - 1].dep_ in ("amod", "compound", "punct", "nummod"):
                    right = doc[right - 1].head.i + 1  # "a plan to build a nationwide low-power | wireless network"
                right += right < len(doc) and doc[right].dep_ == "prt" and doc[right].head.i == right - 1  # "set | up"
        # cut at commas, relative clauses and anything far away
        headline = is_headline(tok.sent)
        for i in range(tok.i + 1, right):
            if headline and i > tok.i + 1 and headline_verb(doc[i], self.lex):
                right = i  # "India's 1% tax on crypto trades | kicks in"
                break
            if doc[i].dep_ == "cc" and any(t.dep_ == "conj" and t.lemma_.lower() in self.lex.measure_heads
                                           for t in doc[i + 1:right]):
                right = i  # "a ban on X and restrictions on Y": two measures
                break
            in_list = doc[i].text == "," and i + 1 < right and (doc[i + 1].dep_ == "conj" or doc[i + 1].head.dep_ == "conj")
            bracketed_name = doc[i].text == "(" and i + 1 < len(doc) and doc[i + 1].is_title \
                and any(t.text == ")" for t in doc[i:min(i + 8, len(doc))])  # "the Data (Use and Access) Bill"
            doing = doc[i].dep_ == "acl" and doc[i].tag_ == "VBG" and doc[i].head.i == i - 1 \
                and doc[i].head.dep_ == "pobj" and doc[i].head.head in comps  # "a ban on banks | serving crypto firms"
            if (doc[i].text in (",", ";", "(", "—", "–") and not in_list and not bracketed_name) \
                    or (doc[i].dep_ in ("relcl", "acl") and doc[i] not in comps and not doing) \
                    or doc[i].lower_ in ("which", "that", "who"):
                right = i
                if doc[i].dep_ == "relcl" and tok.i < doc[i].left_edge.i < i:
                    right = doc[i].left_edge.i  # "the amendment | the Senate approved last month"
                break
            if doc[i].lower_ == "by" and any(g.dep_ == "pobj" and g.lemma_.lower() in TALLIES for g in doc[i].children):
                right = i  # "threw out the regulation on X | by 512 votes to 40": how the vote went
                break
            if doc[i].ent_iob_ == "B" and doc[i].ent_type_ == "DATE" and i > tok.i + 2 and any(
                    t.lower_ == "ago" for t in doc[i:i + 5] if t.ent_type_ == "DATE"):
                right = i  # "a fine imposed on the chipmaker | 15 years ago"
                break
            if doc[i].ent_type_ == "DATE" and (i > tok.i + 2 or i == tok.i + 2 and doc[i].lemma_ in DURATIONS) \
                    and doc[i - 1].pos_ == "ADP" \
                    and doc[i - 1].ent_type_ != "DATE":  # "a licence requirement for imports | in August"
                right = i - 1
                break
            dated = i + 1 if doc[i].pos_ == "ADP" else i
            if i == tok.i + 1 and dated < len(doc) and doc[dated].ent_iob_ == "B" and doc[dated].ent_type_ == "DATE" \
                    and (dated > i or doc[i].lower_ in ("last", "this", "next", "earlier", "later", "early", "late")) \
                    and ends_before_relative(doc, dated):
                right = i  # "introduced an amendment | last year that would have ...", "a bill | in February that"
                break
        while right - 2 > tok.i and doc[right - 1].dep_ == "advmod" and doc[right - 1].head.i == right - 2:
            right -= 1  # "an order issued | late | on Friday"
        if right - 1 > tok.i and doc[right - 1].dep_ == "acl" and doc[right - 1].head.i == tok.i:
            right -= 1  # "the mandatory fee introduced | in 2014": a bare participle left by the date's cut
        right = min(right, tok.i + 16)
        while right - 1 > tok.i and doc[right - 1].pos_ in ("DET", "ADP", "CCONJ", "SCONJ", "PART") \
                and doc[right - 1].dep_ != "prt":
            right -= 1  # "executive order barring agencies from promoting a | digital dollar": no dangling "a"
        for ent in doc.ents:  # never cut a name in two: "... to the United States"
            if ent.start < right < ent.end:
                right = ent.end
        while left < tok.i and (doc[left].dep_ in ("det", "poss", "case", "predet") or doc[left].is_punct
                                or doc[left].lower_ in GENERIC_MODIFIERS and not (
                                    doc[left].ent_iob_ == "B" and doc[left + 1].ent_iob_ == "I"
                                    or doc[left + 1].text == "-" and not doc[left].whitespace_)):
            left += 1  # not the "Federal" of "a Federal Communications Commission rule"; the "first" of
            # "first-in-the-nation law" is part of a word
        if left + 3 < tok.i and (doc[left:left + 3].text.lower() in ("so-called", "so - called")
                                 or doc[left + 1].text == "-" and doc[left + 2].lower_ in BACKED):
            left += 3  # "the so-called one-to-one consent rule" is the one-to-one consent rule; an "Uber-backed
            # ballot question" is the ballot question (Uber backs it)
        span = doc[left:right]
        if span.text.lower() in IDIOMS:
            return None
        m = Mention(left, right, "Measure", _clean_name(span.text), "described", tok.i,
                    plural=tok.tag_ in ("NNS", "NNPS"))
        if any(c.lower_ in ("separate", "another", "companion") for c in tok.lefts):
            m.attrs["separate"] = True  # "a separate social media bill", "a companion directive": not the one told
        elif besides(tok):
            m.attrs["separate"] = True  # "The new duty comes on top of a 50 percent tariff that ...": another one
        elif m.plural and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children) \
                and any(c.lower_ in ("broad", "similar", "such", "other", "sweeping") for c in tok.lefts):
            m.attrs["separate"] = True  # "judges found that broad age-verification mandates burden speech": a kind
        if any(c.dep_ == "amod" and c.lower_ in WEAKER for c in tok.children) and tok.dep_ == "pobj" \
                and tok.head.lower_ == "for":  # "lobbied for looser consent requirements": against the rules as
            m.attrs["weakened"] = True  # written (not "brought forward a narrower measure", a new one)
        owners = [p for p in tok.children if p.dep_ == "poss" and p.pos_ == "NOUN"]  # "a new children's ... law"
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for x in [tok, *owners] for c in x.children) or (
                tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_.startswith("NN") and tok.lower_.rstrip("s") in NOUN_KIN
                and not any(c.dep_ in ("det", "poss") for c in tok.children)):
            m.attrs["indefinite"] = True  # "finalized a rule that will ...", "Legislation meant to ... stalled":
            # named properly later
        m.attrs["specific"] = bool(comps) or len([t for t in mods if not t.is_stop]) >= 2
        relative = [c for c in comps[:1] if c.dep_ == "relcl" and c.left_edge.lower_ in ("that", "which")
                    and right <= c.left_edge.i <= right + 3]
        if relative:  # "an amendment (last year) that would have postponed the rules": an alias that says which
            rel = relative[0]
            end = next((t.i for t in doc[rel.i:rel.right_edge.i + 1] if t.text in (",", ";", "(")), rel.right_edge.i + 1)
            end = min(end, rel.i + 10)
            while end - 1 > rel.i and doc[end - 1].pos_ in ("DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "PRON"):
                end -= 1
            m.attrs["gloss"] = _clean_name(f"{span.text} {doc[rel.left_edge.i:end].text}")
        if elsewhere(tok):
            m.attrs["elsewhere"] = True
        if not comps and mods and tok.lemma_.lower() in NOUN_KIN and all(plain_modifier(t) for t in mods) \
                and not any(t.lower_ == "own" for t in tok.lefts) and any(
                c.dep_ in ("det", "poss") and c.lower_ in DETERMINERS for c in tok.children):
            m.attrs["plain"] = {t.lower_ for t in mods}  # "the AI rule", "the contested clause": maybe the one in hand
        elif not comps and mods and tok.lemma_.lower() in NOUN_KIN and all(aged(t) for t in mods):
            m.attrs["plain"] = {"old"}  # "ending a 12-year-old levy": its age tells it from no other
        return m
