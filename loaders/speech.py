"""Reported speech about a measure or an actor, with its stance: "NetChoice said the bill would stifle
speech" opposes the bill, "the senator said the law would protect children" supports it, "said the levy
should be scrapped" asks for its end, "said the Commission was leaving people exposed" finds fault with
the Commission. A mixin of RelationFinder, beside ClauseRules."""

from __future__ import annotations

from policygraph.graph import vocabulary
from policygraph.loaders.clauses import MEASURE_PARTS, MODALS, participle_of
from policygraph.loaders.influence import CRITICISM, REBUTTALS

UNDONE = {"DROPPED", "RESCINDED", "REVERSED", "SHELVED", "PAUSED", "DELAYED", "BLOCKED", "VETOED"}
# Words of worry about what a measure would do: "was concerned that the law would ...".
CONCERNED = {"concerned", "worried", "alarmed", "troubled", "uneasy"}
# Verbs of fighting a harm: "said the measure would curb fraud and illegal gambling" praises it.
FIGHTING = {"curb", "fight", "combat", "tackle", "prevent", "stop", "reduce", "counter", "deter", "end", "eliminate",
            "protect", "shield", "guard", "crack", "clamp", "punish", "close", "plug"}  # "close loopholes"


def fought(t) -> bool:
    """Whether a word names a harm that a verb of fighting acts on: "illegal" in "curb illegal gambling",
    "harm" in "protect children from harm"."""
    up = t
    for _ in range(5):
        if up.dep_ not in ("amod", "compound", "conj", "dobj", "pobj", "prep") or up.head.i == up.i:
            return False
        up = up.head
        if up.pos_ == "VERB":
            return up.lemma_.lower() in FIGHTING
    return False


FOREWARNING = {"warn", "caution", "fear", "worry"}


class SpeechRules:
    """Rules for what actors are reported to say; they use RelationFinder's subjects, keys and emit, and
    ClauseRules' measure helpers."""

    def _speech(self, v) -> None:
        """Reported speech about a measure: "NetChoice said the bill would stifle speech" opposes it,
        "the senator said the law would protect children" supports it. Stance from the clause's words."""
        clauses = [c for c in v.children if c.dep_ in ("ccomp", "xcomp", "dobj", "oprd")
                   or (c.dep_ == "prep" and c.lower_ == "as")]  # "described the regulation as damaging"
        if not clauses and v.dep_ in ("parataxis", "ccomp"):  # '"It will hurt startups," NetChoice said.'
            clauses = [v.head]
        _, sources = self._subjects(v, "actor")
        if not clauses or not sources or v.dep_ == "advcl" and v.head.lemma_.lower() in REBUTTALS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in CRITICISM for c in v.head.children):
            return  # "reject the criticism, saying that the act targets platforms' systems": the defence is told
        for clause in clauses:
            if clause.dep_ == "oprd" and any(c.dep_ == "dobj" and c.lower_ == "what" for c in v.children):
                self._so_called(v, clause, sources)  # "folded what he called a poorly considered bill into ..."
                return
            nested = {t.i for c in clause.subtree if c.i != clause.i and c.dep_ in ("advcl", "relcl", "ccomp", "parataxis")
                      and c.pos_ in ("VERB", "AUX") and not participle_of(c) for t in c.subtree}
            nested |= {t.i for c in clause.subtree if c.lower_ == "of" and c.i and c.nbor(-1).lower_ == "instead"
                       for t in c.subtree}  # "would give space to reach deals instead of imposing a fee": avoided
            own = [t for t in clause.subtree if t.i not in nested]  # not "..., while X said the law would protect"
            judged = clause.lemma_.lower() in self.lex.negative_words | self.lex.positive_words
            foretold = any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in v.children) and any(
                c.dep_ == "nsubjpass" or c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children)
            # "rights groups said it would expand censorship": what "it" will do, and "it" no speaker of theirs
            subjects = [k for t in own if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == clause.i
                        and (t.pos_ != "PRON" or judged or foretold)  # not "It is ironic that", "it would take
                        # a charge"
                        for k in self._measure_at(t)]  # "arguing that it violated the First Amendment": it
            if not subjects and v.dep_ == "relcl" and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == clause.i
                                                          and t.lower_ in ("that", "which") for t in clause.subtree):
                said_of = self.by_head.get(v.head.i)  # "a 2018 law that journalists say has been used to silence
                if said_of is not None and said_of.entity and (not said_of.attrs.get("indefinite") or any(
                        x.kind == "named" for x in self.clusters[said_of.entity].mentions)):
                    subjects = self._measure_at(v.head)  # critics"; not a measure known only as "a regulation"
            measures = subjects or [(m.entity, 0.6) for t in own for m in [self.by_head.get(t.i)]
                                    if m and m.type == "Measure" and m.entity
                                    and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")]
            if not measures and clause.dep_ in ("prep", "oprd"):  # the object named before "as": "called it flawed"
                measures = [k for c in v.children if c.dep_ == "dobj" for k in self._measure_at(c)]
            if not measures and any(t.lemma_.lower() in MEASURE_PARTS and t.dep_ in ("nsubj", "nsubjpass")
                                    and any(d.lower_ in ("the", "its") or d.dep_ == "poss" for d in t.children)
                                    for t in own):  # "argued that the definition was so broad ..."
                topic = self.resolver.topic(v.i)
                measures = [(topic.key, 0.5)] if topic else []
            if not measures:  # "said a levy would hit small firms": any such levy, so the one in hand
                measures = [(c.key, 0.5) for t in own if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == clause.i
                            and t.i not in self.by_token and any(d.lower_ in ("a", "an") for d in t.children)
                            for c in [self.resolver.topic_of_kind(t.i, t.lemma_)] if c is not None]
            actors = [] if measures else self._faulted(clause, own, sources)
            warned = not measures and not actors and v.lemma_.lower() in FOREWARNING and clause.dep_ == "ccomp"
            if warned:
                topic = self.resolver.topic(v.i)  # "warned that small firms would struggle to absorb the costs":
                measures = [(topic.key, 0.5)] if topic else []  # a warning about the measure in hand: fault
                # found with what it will do
            if not measures and not actors:
                continue
            if clause.lemma_.lower() in self.lex.statuses and any(
                    c.dep_ == "dobj" and c.i in self.by_head for c in clause.children) and not self._wanted(clause):
                continue  # "said it would postpone the rule, giving a reprieve to sellers": a change told, no side
                # (but "said lawmakers should repeal the levy" asks for one)
            score = 0
            for t in own:
                if t.i in self.by_token or t.i in self.by_head and self.by_head[t.i].type == "Measure":
                    continue  # a word of a name ("the Cloud Fairness Bill", "Protect Kids Act") judges nothing,
                    # nor does a measure's own noun ("said the block had been imposed under ...")
                word = t.lemma_.lower()
                if t.text == "-" and 0 < t.i < len(t.doc) - 1 and not t.whitespace_:  # "heavy-handed"
                    word = f"{t.doc[t.i - 1].lower_}-{t.doc[t.i + 1].lower_}"
                forms = {word, t.lower_}  # "rushed": the lemma "rush" judges nothing, the word does
                sign = -1 if forms & self.lex.negative_words else 1 if forms & self.lex.positive_words else 0
                if sign > 0 and t.dep_ == "pobj" and t.head.head.lemma_.lower() in self.lex.negative_words \
                        or t.dep_ == "compound" and word in ("threat", "risk"):
                    sign = 0  # "a blow to accountability": what is harmed is no praise; "threat intelligence" no blame
                if sign < 0 and fought(t):
                    sign = 1  # "would curb fraud, illegal gambling and impersonation": the harm it fights
                if word == "single" and t.pos_ != "VERB":
                    sign = 0  # "a single fee" blames nothing; "singled out" does
                if t.lower_ in ("too", "overly") and t.head.pos_ == "ADJ":
                    sign = -1  # "the bill's definition is too broad"
                if sign and any(c.dep_ == "neg" for c in t.head.children) or any(c.dep_ == "neg" for c in t.children):
                    sign = -sign
                score += sign
            if actors:  # "said the Commission was trying to handicap American firms": fault found with an actor
                if score < 0:
                    self._emit(sources, actors[:1], "CRITICIZED", "oppose", v, 0.6)
                    return
                continue
            score = score or self._wanted(clause)
            if any(t.dep_ in ("csubj", "nsubj") and t.tag_ == "VBG" and t.head.i == clause.i
                   and self.lex.statuses.get(t.lemma_.lower()) in UNDONE for t in own):
                score = -score  # "said that abandoning the proposals would hurt exporters": for the proposals
            if score:
                kind = "OPPOSES" if score < 0 else "SUPPORTS"
                kind = "CRITICIZED" if warned and score < 0 else kind
                self._emit(sources, measures[:1], kind, vocabulary.implied_stance(kind), v, 0.75)
                return

    def _concern(self, v) -> None:
        """ "Apple was deeply concerned that the law would force app stores to collect data": worry over
        what a measure would do is criticism of it."""
        adj = v if v.lower_ in CONCERNED and v.tag_ == "VBN" else next(
            (c for c in v.children if c.dep_ == "acomp" and c.lower_ in CONCERNED), None)
        if adj is None or any(c.dep_ == "neg" for c in [*v.children, *adj.children]):
            return
        measures = [k for clause in adj.children if clause.dep_ == "ccomp" for t in clause.children
                    if t.dep_ in ("nsubj", "nsubjpass") for k in self._measure_at(t)]
        holders = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        sources = self.keys(holders[0], "actor") if holders and adj is v else self._subjects(v, "actor")[1]
        if measures and sources:
            self._emit(sources, measures[:1], "CRITICIZED", "oppose", v, 0.7)

    def _wanted(self, clause) -> int:
        """What a speaker says should be done with a measure: "said the levy should be scrapped" (-1),
        "the bill must be passed" (+1), "lawmakers ought to repeal it" (-1); 0 when nothing is asked."""
        for verb in [clause, *clause.conjuncts]:
            if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
                continue
            asked = any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children) or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.head.lemma_.lower() == "need"
            if not asked and verb is not clause:
                asked = any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in clause.children)
            lemma = verb.lemma_.lower()  # "should be scrapped rather than patched": the first verb is asked
            if asked and lemma in self.lex.oppose_verbs:
                return -1
            if asked and lemma in self.lex.support_verbs:
                return 1
        return 0

    def _so_called(self, v, named, sources) -> None:
        """ "what he called a poorly considered journalism bill": the words put on the measure judge it."""
        words = {w for t in named.subtree if t.i < named.i for w in (t.lower_, t.lemma_.lower())}
        measures = self._measure_at(named)
        if measures and words & self.lex.negative_words:
            self._emit(sources, measures[:1], "CRITICIZED", "oppose", v, 0.7)
        elif measures and words & self.lex.positive_words:
            self._emit(sources, measures[:1], "SUPPORTS", "support", v, 0.7)

    def _faulted(self, clause, own, sources) -> list[tuple[str, float]]:
        """The named actor a reported clause is about, when it is the clause's subject and not the speaker:
        "the Commission" in "said the Commission was leaving people exposed"."""
        speakers = {k for k, _ in sources}
        return [k for t in own if t.dep_ == "nsubj" and t.head.i == clause.i and t.pos_ == "PROPN"
                for k in self.keys(t, "actor", conj=False) if k[0] not in speakers and not self._generic(k[0])]
