"""Influence and status told by nouns: "after lobbying by Nvidia", "pressure from Washington",
"Tai raised concerns about the rule", "the repeal of the order". A mixin of RelationFinder."""

from __future__ import annotations

from policygraph.loaders.arguments import as_did
from policygraph.loaders.date_scope import token_at
from policygraph.loaders.measure_match import measure_head
from policygraph.loaders.noun_words import UNDOING
from policygraph.loaders.spans import headline_verb, is_headline
from policygraph.loaders.statuses import NEGATIVE_STATUSES, POSITIVE_STATUSES

SPEECH_NOUN_VERBS = {"raise", "voice", "express", "register", "lodge", "air", "signal", "mount", "lead",
                     "spearhead", "wage", "launch", "step", "intensify", "stage", "file", "bring", "have", "lend",
                     "throw", "offer", "give", "make", "organize", "organise", "coordinate", "fund", "seek",
                     "obtain", "run"}
MEETING_VERBS = {"hold", "host", "convene"}  # "held a meeting with X", "hosted talks with X"
SEEKING = {"seek", "request", "file", "bring", "lodge", "launch", "lead", "mount", "wage"}  # "a suit filed by X"


MORE_TIME = {"time", "delay", "extension", "postponement", "deferral", "reprieve"}  # asked for: the measure waits

AGENT_NOUNS = {"critic", "opponent", "supporter", "backer", "proponent", "champion", "advocate", "sponsor",
               "architect", "author"}


# Verbs of money spent on lobbying: "spent $360,000 lobbying on the bill" (the parser takes "lobbying" for a noun).
SPENDING = {"spend", "pay", "pour", "devote", "invest", "plow", "plough", "shell"}
# Verbs by which a measure meets a reaction: "the bill drew criticism from X", "faced opposition from X".
MET_WITH = {"draw", "face", "attract", "meet", "receive", "encounter", "garner", "spark", "provoke", "trigger",
            "prompt", "invite", "generate", "run"}
YIELDING_TO = {"to", "under", "after", "amid", "following"}  # "bowed to pressure from X", "under pressure from X"
WITHDRAWING = {"withdraw", "drop", "pull", "lose", "end", "abandon", "rescind", "retract"}
AUDIENCES = {"Agency", "Government", "Official", "Lawmaker"}  # who hears concerns raised "with" them
GIVING_UP = UNDOING - {"BLOCKED"} | {"SHELVED"}  # a measure its makers gave up, told again in other words
KIND_NOUNS = {"group", "firm", "organisation", "organization", "association", "body", "coalition", "outfit", "shop",
              "arm", "network", "alliance"}  # "a lobbying firm", "their lobby group": words of influence naming a kind


def _chosen_instead(tok, undone: set[int]) -> bool:
    """ "has scrapped plans to auction X and will instead extend the licences": the measure a verb joined to the
    undoing verb takes on "instead" was chosen in its place."""
    verb = tok.head
    while verb.dep_ in ("prep", "pobj", "compound", "amod") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.idx in undone or not any(c.lower_ == "instead" for c in verb.children):
        return False
    return any(v.idx in undone for v in verb.ancestors)  # the parser may hang it on a relative clause


def _one_of_apposed(n):
    """ "Google, one of the bill's most vocal opponents": the name the partitive stands beside, perhaps after
    another description ("X, a lawmaker from the Liberal Party and one of the government's critics", however
    the parse hangs the "one")."""
    if n.dep_ != "pobj" or n.head.lower_ != "of" \
            or n.head.head.lower_ not in ("one", "some", "two", "several", "another", "both", "three"):
        return None
    t = n.head.head
    if t.dep_ == "appos":
        return t.head
    if t.dep_ != "conj":
        return None
    for _ in range(4):
        t = t.head
        if t.dep_ == "appos":
            return t.head
        if t.dep_ not in ("conj", "pobj", "prep"):
            return None
    return None


# the verbs a change noun retells whatever change they were read as: "the suspension" after a court suspended
# a law (which blocked it)
RETOLD = {"suspension": {"suspend"}}


PERMITTING = {"allow", "permit", "authorize", "authorise", "empower", "enable", "let"}


def _permitted(n) -> bool:
    """A change a measure allows, not one made: the noun's clause is that of "allows", "permits"."""
    verb = next((a for a in n.ancestors if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() != "include"), None)
    return verb is not None and verb.lemma_.lower() in PERMITTING


def _set_aside(n) -> bool:
    """A noun set against another: "rather than a suspension", "instead of a repeal"."""
    start = n.left_edge.i
    return start >= 2 and n.doc[start - 2:start].text.lower() in ("rather than", "instead of")


class NominalRules:
    """Rules for nominal influence and status; mixed into RelationFinder."""

    def _nominal(self, n) -> None:
        lex = self.lex
        lemma = n.lemma_.lower()
        if lemma in lex.status_nouns and n.dep_ == "pobj" and n.head.lower_ in ("during", "throughout"):
            pass  # "known as Bill C-18 during its passage through Parliament": a span of time, not a change told
        elif lemma in lex.status_nouns and _set_aside(n):
            pass  # "a grace period rather than a suspension of the law": the change it was not
        elif lemma in lex.status_nouns and _permitted(n):
            pass  # "a law which allows sanctions, including the temporary suspension of activities": what it allows
        elif lemma in lex.status_nouns:
            measures = []
            actors = []
            status = lex.status_nouns[lemma]
            for c in n.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "on", "to"):
                    measures += [k for g in c.children if g.dep_ == "pobj" for k in self.keys(g, "measure")]
                elif c.dep_ == "prep" and c.lower_ == "by":
                    actors += [k for g in c.children if g.dep_ == "pobj" for k in self.keys(g, "actor")]
                elif c.dep_ in ("poss", "compound"):
                    measures += self.keys(c, "measure")
                    actors += self.keys(c, "actor")
            if lemma == "injunction":  # "granted an injunction against the law": the court blocks it
                measures += [k for c in n.children if c.dep_ == "prep" and c.lower_ in ("against", "blocking")
                             for g in c.children if g.dep_ == "pobj" for k in self.keys(g, "measure")]
                if n.dep_ == "dobj" and n.head.lemma_.lower() in ("grant", "issue", "enter", "order"):
                    actors += [k for c in n.head.children if c.dep_ == "nsubj" for k in self.keys(c, "actor")]
                    topic = self.resolver.topic(n.i)
                    if not measures and topic:
                        measures = [(topic.key, 0.6)]
                elif not measures or n.dep_ != "pobj" or n.head.lower_ != "by":
                    measures = []  # "sought an injunction": an aim, not a ruling
            if n.dep_ == "dobj" and n.head.lemma_.lower() in ("give", "grant") and not measures:
                for c in n.head.children:  # "gave final approval to the directive": the parser hangs "to" on the verb
                    if c.dep_ in ("dative", "prep") and c.lower_ == "to":
                        measures += [k for g in c.children if g.dep_ == "pobj" for k in self.keys(g, "measure")]
                if measures and not actors:
                    _, actors = self._subjects(n.head, "actor")
            if lemma == "review" and n.dep_ == "pobj" and n.head.lower_ == "under":
                verb = n.head.head
                measures += [k for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for k in self.keys(c, "measure")]
            if not measures and n.dep_ == "nsubj" and n.head.lemma_.lower() in ("apply", "cover", "affect", "concern"):
                measures = [k for c in n.head.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                            if g.dep_ == "pobj" for k in self.keys(g, "measure")] or [
                    k for c in n.head.children if c.dep_ == "dobj" for k in self.keys(c, "measure")]
                # "The delay applies to the Sub-Decree on ...": the measure delayed is named here
            if not measures and lemma in ("veto", "repeal", "reversal", "withdrawal", "shelving", "suspension", "delay",
                                          "passage", "enactment", "rescission") \
                    and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "its", "their") for c in n.children):
                told = [f for f in self.found if f.anchor < n.idx and (
                    f.type == status or token_at(n.doc, f.anchor).lemma_.lower() in RETOLD.get(lemma, ()))]
                if not told and status in GIVING_UP and any(
                        f.type in GIVING_UP for f in self.found if f.anchor < n.idx):
                    return  # "has withdrawn the rule ... criticized the reversal": the change told, by another name
                topic = self.resolver.topic(n.i)  # "Wiener called the veto a setback"
                if told and n.dep_ == "pobj" and n.head.lower_ in ("before", "after", "since", "until", "ahead"):
                    return  # "had passed the bill before the veto": a time told by the veto, not another veto
                if told:  # "the delay" is the delay already told, whatever was mentioned since, and by whom
                    measures, status = [(told[-1].target, 0.6)], told[-1].type  # (a court's suspension blocks)
                    actors = actors or ([(told[-1].source, 0.6)] if told[-1].source != "?" else [])
                elif topic:
                    measures = [(topic.key, 0.6)]
            if n.dep_ == "dobj" and n.head.lemma_.lower().startswith(("overrid", "overrode")):
                measures = []  # "overrode his veto": the override is the news (StatusRules._verdicts)
            measures = [m for m in measures if measure_head(self.clusters[m[0]].name).rstrip("s") != lemma]
            # "ended the suspension", the suspension being the measure: it does not suspend itself
            if any(c.dep_ == "compound" and c.i < n.i and (headline_verb(c, lex) or "").split()[:1] in (
                    [w] for w in lex.skip_hedges) for c in n.children) and is_headline(n.sent):
                measures = []  # "Senate blocks repeal of fake news law": the parser's noun is the headline's verb
            if n.dep_ in ("nsubj", "nsubjpass") and n.head.lemma_.lower() in lex.statuses and self._hedge(n.head) == "skip":
                measures = []  # "until the repeal is passed again": a change still to come
            if measures and not (lemma in ("proposal", "review", "approval") and n.dep_ not in ("pobj", "nsubj", "dobj")):
                if self._hedge(n) != "skip":
                    self._emit_status(actors, measures, status, n, 0.8)
        if n.dep_ == "dobj" and n.head.lemma_.lower() in WITHDRAWING:
            return  # "withdrew his support": the verb says what became of it
        if headline_verb(n, lex) and is_headline(n.sent):
            return  # "CISA pushes reporting rule back": a headline's verb the parser took for a noun
        if (lemma in lex.nominal or n.lower_ in lex.nominal) and n.dep_ == "compound" \
                and n.head.lemma_.lower() in KIND_NOUNS:
            return  # "their Brussels lobby group ETNO", "a lobbying firm": the kind of body, no act
        if lemma in lex.nominal or n.lower_ in lex.nominal:
            type_, stance = lex.nominal.get(lemma) or lex.nominal[n.lower_]
            sources = []
            targets: list[tuple[str, float]] = []
            for c in n.children:
                if c.dep_ == "prep" and (c.lower_ in ("from", "by") or (
                        c.lower_ == "of" and lemma not in AGENT_NOUNS and lemma != "support")):
                    sources += [k for g in c.children if g.dep_ == "pobj" for k in self.keys(g, "actor")]
                elif c.dep_ == "poss" and lemma in AGENT_NOUNS and c.pos_ == "PRON":
                    pass  # "its sponsor, Senator X": "its" is the measure (below), X the sponsor
                elif c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "NOUN", "PRON", "ADJ"):
                    sources += self.keys(c, "actor")
                elif c.dep_ == "prep" and c.lower_ == "on" and any(t.lower_ == "side" for t in c.subtree):
                    pass  # "lobbying by tech firms on one side and consumer advocates on the other": no target
                elif c.dep_ == "prep" and c.lower_ in ("on", "against", "to", "over", "for", "with", "about", "toward", "towards"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            targets += self.keys(g, "any")
                            targets += self._clause_measures(g)
                        elif g.dep_ == "pcomp":
                            pol, ms = self._purpose(g)
                            targets += ms
                            if ms and pol == "oppose" and stance == "oppose":  # "objection to removing X"
                                type_, stance = "SUPPORTS", "support"
                            stance = stance or pol
                    if stance is None and c.lower_ == "against":
                        stance = "oppose"
                    if stance is None and c.lower_ == "for":
                        stance = "oppose" if any(g.dep_ == "pobj" and g.lemma_.lower() in MORE_TIME
                                                 for g in c.children) else "support"  # "requests for more time"
                elif c.dep_ == "acl" and c.pos_ == "VERB":
                    pol, ms = self._purpose(c)
                    targets += ms
                    stance = stance or pol
                    if c.tag_ == "VBN" and c.lemma_.lower() in SEEKING:  # "the injunction sought by six groups"
                        sources += [k for a in c.children if a.dep_ == "agent" for g in a.children
                                    if g.dep_ == "pobj" for k in self.keys(g, "actor")]
            if lemma in AGENT_NOUNS:  # "a critic of the plan", "opponents of the bill": "of" names the target
                targets += [k for c in n.children if c.dep_ == "poss" for k in self.keys(
                    c, "any" if lemma == "critic" else "measure")]  # "the law's sponsor", "the government's critics"
                targets += [k for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj" for k in self.keys(g, "any")]
                holder = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "among" else n.head
                apposed = _one_of_apposed(n)  # "Google, one of the bill's fiercest opponents"
                if n.dep_ in ("attr", "pobj") and holder.lemma_ == "be":
                    _, sources = self._subjects(holder, "actor")  # "Cédric O was among the loudest critics of"
                elif n.dep_ == "appos":
                    sources = self.keys(n.head, "actor")  # "Sen. Wyden, a critic of the bill"
                elif apposed is not None:
                    sources = self.keys(apposed, "actor")
                elif n.dep_ == "conj" and n.head.dep_ == "appos":
                    sources = self.keys(n.head.head, "actor")  # "Rep. Ruiz, the panel's top Democrat and a sponsor"
                elif n.dep_ == "nsubj" and holder.lemma_.lower() in ("include", "be"):  # "The bill's backers
                    sources = [k for c in holder.children if c.dep_ in ("dobj", "attr")  # included the ACLU and EFF"
                               for k in self.keys(c, "actor")]
                if not sources:  # "The measure's sponsor, Representative Regina Cobb, said ..."
                    sources = [k for c in n.children if c.dep_ == "appos" for k in self.keys(c, "actor")]
                if not targets and sources and (type_ == "SPONSORED" and n.dep_ in ("appos", "conj")
                                                or n.dep_ in ("attr", "pobj") and holder.lemma_ == "be"
                                                or apposed is not None):
                    topic = self.resolver.topic(n.i)  # "a lead sponsor", "were among the most vocal critics":
                    targets = [(topic.key, 0.6)] if topic else []  # of the bill in hand
            if n.dep_ in ("dobj", "attr") and (n.head.lemma_.lower() in SPEECH_NOUN_VERBS or type_ in (
                    "MET_WITH", "NEGOTIATED_WITH") and n.head.lemma_.lower() in MEETING_VERBS):
                if not sources:
                    _, sources = self._subjects(n.head, "actor")  # "Tai raised concerns about the rule"
                for c in n.head.children:
                    if c.dep_ == "prep" and c.lower_ in ("about", "over", "to", "against", "on", "with"):
                        for g in c.children:
                            if g.dep_ == "pobj":
                                targets += self.keys(g, "any")
                            elif g.dep_ == "pcomp":  # "voiced their objection to removing these measures"
                                pol, ms = self._purpose(g)
                                if ms and pol == "oppose" and stance:
                                    type_ = "SUPPORTS" if stance == "oppose" else "OPPOSES"
                                    stance = "support" if stance == "oppose" else "oppose"
                                targets += ms
            if not sources and n.dep_ == "dobj" and n.head.lemma_.lower() in MET_WITH:
                sources = [k for c in n.head.children if c.dep_ == "prep" and c.lower_ == "from"
                           for g in c.children if g.dep_ == "pobj" for k in self.keys(g, "actor")]
                # "the bill drew criticism | from the ACLU": the parser hangs "from" on the verb
            if not sources and lemma == "protest" and n.dep_ == "pobj" and n.head.lower_ == "in" \
                    and n.head.head.pos_ in ("VERB", "AUX"):
                _, sources = self._subjects(n.head.head, "actor")  # "resigned in protest at the agreement",
                type_ = "OPPOSES"  # "walked out in protest": an act against it, not words
            if not sources and type_ == "NEGOTIATED_WITH" and n.dep_ == "pobj" and n.head.lower_ == "in" \
                    and n.head.head.pos_ in ("VERB", "AUX"):
                _, sources = self._subjects(n.head.head, "actor")  # "the ministry had been in talks with officials"
            if not sources and type_ == "LOBBIED" and n.dep_ in ("xcomp", "dobj", "advcl", "npadvmod") \
                    and n.head.lemma_.lower() in SPENDING:
                _, sources = self._subjects(n.head, "actor")  # "spent $360,000 lobbying on the bill"
            if not sources and type_ == "LOBBIED" and n.dep_ == "pobj" and n.head.lower_ in ("on", "into") \
                    and n.head.head.lemma_.lower() in SPENDING:
                _, sources = self._subjects(n.head.head, "actor")  # "poured $200 million into the campaign for X"
            if sources and n.dep_ == "dobj":  # "AT&T registered its opposition, as did the dealers"
                sources += [k for g in as_did(n.head) for k in self.keys(g, "actor")]
            sources = [s for s in sources if self.is_actor(s[0])]
            if not sources:
                return
            if stance is None and type_ == "LOBBIED" and n.dep_ == "pobj" and n.head.lower_ in YIELDING_TO \
                    and n.head.head.pos_ == "VERB":  # "under heavy lobbying from AT&T, a committee stripped the
                pol, ms = self._purpose(n.head.head)  # bill": the side of what the lobbying won
                if pol and ms:
                    targets, stance = targets or ms, pol
            if not targets and stance is None and type_ in ("LOBBIED", "PRESSURED"):
                targets, stance = self._aim(n)  # "months of lobbying by exchanges failed to persuade the
                # government to soften a levy": against the levy
            chosen_instead: set[str] = set()
            if not targets and lemma not in AGENT_NOUNS:
                targets, inferred, chosen_instead = self._clause_target(n)
                stance = stance or inferred
            heard = [k for c in n.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                     if g.dep_ == "pobj" for k in self.keys(g, "actor") if self.clusters[k[0]].type in AUDIENCES]
            if type_ == "CRITICIZED" and heard:  # "raised concerns with the Commerce Department": the department
                type_, stance = "LOBBIED", "oppose"  # heard them; they were about the measure in hand
                targets = [t for t in targets if t not in heard]
            if not targets and lemma not in AGENT_NOUNS and type_ in ("LOBBIED", "PRESSURED", "OPPOSES", "CRITICIZED", "SUPPORTS"):
                topic = self.resolver.topic(n.i)  # "The shift follows mounting pressure from tech giants"
                targets = [(topic.key, 0.5)] if topic else []
            if type_ in ("MET_WITH", "NEGOTIATED_WITH"):  # talks are held with someone, not with a measure
                targets = [t for t in targets if self.is_actor(t[0])]
                stance = None
            chosen = [t for t in targets if t[0] in chosen_instead] if stance == "oppose" else []
            self._emit(sources, [t for t in targets if t not in chosen], type_, stance, n, 0.75)
            self._emit(sources, chosen, type_, "support", n, 0.75)  # what was done instead, the lobbying won
            if type_ == "PRESSURED":
                self._emit(sources, self._yielding(n, sources), type_, None, n, 0.7)

    def _yielding(self, n, sources) -> list[tuple[str, float]]:
        """Who gives way to pressure told as a noun: "the Commission bowed to pressure from tech firms",
        "Britain reversed the decision under pressure from Washington", "Brussels moves to delay the rules
        after pressure from industry": the one doing the clause's verb."""
        if n.dep_ == "pobj" and n.head.lower_ in YIELDING_TO:
            verb = n.head.head
        elif n.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in n.children):
            verb = n.head  # "yielding to pressure from X", the parser taking "to pressure" for a verb
        else:
            return []
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        passive, doers = self._subjects(verb, "actor")
        if passive:
            doers = [k for c in verb.children if c.dep_ == "nsubjpass" for k in self.keys(c, "actor")]
        return [d for d in doers if d not in sources]

    def _aim(self, n) -> tuple[list[tuple[str, float]], str | None]:
        """What a nominal effort that failed or succeeded was for: "lobbying by X failed to stop the tax"."""
        tok = n
        while tok.dep_ in ("pobj", "prep") and tok.head is not tok:
            tok = tok.head
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in ("fail", "succeed", "manage", "help"):
            return [], None
        for c in tok.head.children:
            if c.dep_ == "xcomp":
                pol, ms = self._purpose(c)
                if ms and pol:
                    return ms, pol
        return [], None

    def _clause_target(self, n) -> tuple[list[tuple[str, float]], str | None, set[str]]:
        """The measure a nominal influence acts on, read from the rest of its sentence:
        "After lobbying by Nvidia, the amendment was dropped" -> (amendment, oppose), and the measures done
        instead of the one undone (which the lobbying backed)."""
        sent = n.sent
        before = [f for f in self.found if f.sent_start == sent.start_char and f.type in NEGATIVE_STATUSES | POSITIVE_STATUSES]
        measures = [m for m in (self.mention(t) for t in sent) if m and m.entity and m.type == "Measure"
                    and not (m.start <= n.i < m.end)]
        keys = [(m.entity, 0.6) for m in measures]
        stance = None
        statuses = {f.type for f in before}
        if statuses & NEGATIVE_STATUSES:
            stance = "oppose"
        elif statuses & POSITIVE_STATUSES:
            stance = "support"
        undone = {f.anchor for f in before if f.type in NEGATIVE_STATUSES}
        chosen = {m.entity for m in measures if stance == "oppose" and _chosen_instead(n.doc[m.head], undone)}
        return list(dict(keys).items()), stance, chosen
