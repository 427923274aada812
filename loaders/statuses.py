"""Status changes of measures: verbs ("shelved", "was vetoed by", "stalled"), phrases ("entered into
force"), headlinese, and the hedges that make a change not (yet) a change ("may delay", "is
considering repealing"). A mixin of RelationFinder: it uses the finder's entity lookups."""

from __future__ import annotations

from policygraph.graph import vocabulary
from policygraph.loaders.arguments import relative_antecedent
from policygraph.loaders.bodies import chamber, executive, judicial
from policygraph.loaders.conditions import CONDITIONS, condition, waits
from policygraph.loaders.measure_match import PENALTIES, measure_head
from policygraph.loaders.noun_words import UNDOING
from policygraph.loaders.spans import headline_verb, is_headline
from policygraph.loaders.status_objects import (CHALLENGES, StatusObjects, alternative, announced, cabinet, called_off,
                                              instrument, no_longer, object_relative, passed_over, some_parts, would_do)
from policygraph.loaders.verdicts import VerdictRules


CABINET_BILLS = {"bill", "draft", "legislation", "amendment"}  # what a cabinet approves for parliament

STATUS_TYPES = frozenset(vocabulary.STATUS_OF)
# Changes that halt, weaken or undo a measure (stage 6 and above in the vocabulary), and those that advance it.
NEGATIVE_STATUSES = frozenset(t for t, s in vocabulary.STATUS_OF.items() if vocabulary.STATUS_STAGE[s] >= 6)
POSITIVE_STATUSES = frozenset({"PASSED", "ENACTED", "INTRODUCED", "PROPOSED"})
MODALS = {"may", "might", "could", "would", "should", "must", "can"}
# Verbs that announce a change named by the gerund after them: "proposed postponing the rules".
DECIDING = {"propose", "decide", "agree", "vote", "announce", "recommend", "approve"}
# Nouns for what happened to a measure: welcoming "the decision" is taking a side on its outcome.
EVENT_NOUNS = {"decision", "move", "step", "shift", "reversal", "retreat", "u-turn", "climbdown", "announcement",
               "ruling", "verdict", "delay", "pause", "suspension", "choice", "withdrawal", "repeal"}

# Verbs whose subject is the measure itself: "the bill passed the House", "the rule took effect".
MEASURE_SUBJECT_VERBS = {"pass", "clear", "advance", "win", "receive", "take", "enter", "come", "go", "stall",
                         "sail", "die", "lapse", "expire", "survive", "gain", "fall", "collapse", "begin", "start",
                         "commence", "languish"}
# Of these, verbs that tell a change only with a measure as their subject and nothing measuring the fall:
# "the bill fell when Parliament was prorogued" (not "shares fell after the ban", "fell by 5%", "falls under"),
# "the ban begins on 7 October" (not "began drafting", "began talks with").
SUBJECT_ONLY = {"fall", "collapse", "begin", "start", "commence"}
FALL_WORDS = {"before", "after", "when", "amid", "with", "as", "at", "in", "on", "again", "away", "once", "then"}
# Verbs that change a measure only when it is their object: "the court stayed the rule", not "the rule stays".
OBJECT_ONLY = {"stay", "notify", "stick"}  # "the bill is stuck in committee", not "stuck with the bill"
# ... and only when that object is a measure: "the court barred a ballot question", not "Kaspersky will be
# barred from selling" (a ban's content, told of the one it binds).
MEASURE_OBJECT = {"bar"}
FOR_VIEWS = {"comment", "consultation", "feedback"}  # "published for comment": put forward, not made law
CONTAINING = {"contain", "include", "require", "feature"}  # "the draft no longer contains the clauses": dropped


CURBS = {"control", "curb", "restriction", "tariff", "ban", "sanction", "quota"}  # what an agency lays down itself
DECREES = {"decree", "ordinance", "regulation", "regulations", "order"}  # instruments a cabinet adopts itself
PAST_MARKS = {"after", "since", "because"}
STATUS_ADJECTIVES = {"missing": "DROPPED", "absent": "DROPPED", "dead": "SHELVED", "stalled": "SHELVED",
                     "stuck": "SHELVED"}


HALTING = {"BLOCKED", "VETOED", "DELAYED", "PAUSED", "SHELVED", "DROPPED"}
RULINGS = {"ruling", "judgment", "judgement", "verdict"}


MAKING = {"PROPOSED", "INTRODUCED", "PASSED", "ENACTED"}


class StatusRules(VerdictRules, StatusObjects):
    """Status-change rules; mixed into RelationFinder."""

    def _headline(self, sent) -> None:
        """Headlinese the parser misreads: "Regulator shelves platform bill" (shelves tagged a noun)."""
        if not is_headline(sent) or any(f.sent_start == sent.start_char and f.type in STATUS_TYPES for f in self.found):
            return
        for tok in sent:
            lemma = headline_verb(tok, self.lex)
            if lemma is None and tok.tag_ == "VBN" and tok.dep_ not in ("amod", "compound"):  # "Chat control vote shelved"
                lemma = next((w for w in (tok.lemma_.lower(), tok.lower_[:-1], tok.lower_[:-2]) if w in self.lex.statuses), None)
            if not lemma:
                continue
            change = self.lex.statuses.get(lemma) or self.lex.status_phrases[lemma]  # "kicks in": a phrase
            right = [m for m in (self.mention(t) for t in sent if t.i > tok.i) if m and m.entity and m.type == "Measure"]
            left = [m for m in (self.mention(t) for t in sent if t.i < tok.i) if m and m.entity]
            if right:
                actors = [(m.entity, 0.6) for m in left[-1:] if m.type != "Measure"]
                status = change
                for between in sent[tok.i + 1 - sent.start:right[0].start - sent.start]:
                    status = called_off(status, between)  # "Panel scraps vote on privacy bill"
                    if change in HALTING and self.lex.status_nouns.get(between.lemma_.lower()) in UNDOING:
                        return  # "Senate blocks repeal of fake news law": the law stands
                self._emit_status(actors, [(right[0].entity, 0.6)], status, tok, 0.8)
                return
            if left and left[-1].type == "Measure" and not any(  # "Chat control vote shelved", not "rules back in
                    t.lower_ in ("after", "as", "when", "amid", "following", "before", "while", "once")  # force after
                    for t in tok.doc[left[-1].end:tok.i]):  # court lifts injunction" (another clause's verb)
                self._emit_status([], [(left[-1].entity, 0.6)], change, tok, 0.8)
                return

    def _hedge(self, v) -> str | None:
        """ "reviewing" when the verb is governed by consider/weigh..., "skip" for threats, modals, negation."""
        if any(c.dep_ == "neg" for c in v.children) or passed_over(v):
            return "skip"
        if v.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "than" and c.i < v.i
                                    for c in (*v.children, *v.head.children)):
            return "skip"  # "might re-propose the plan rather than adopt it": the road not taken
        if v.tag_ == "VBG" and v.dep_ in ("dobj", "xcomp") and v.head.lemma_.lower() in DECIDING:
            return None  # "proposed postponing the toughest parts of the act": the postponement is the news
        if v.tag_ == "VBG" and v.dep_ in ("dobj", "pobj", "csubj", "nsubj", "pcomp") \
                and v.head.lemma_.lower() not in self.lex.review_hedges:
            return "skip"  # "made killing the language a priority", "efforts at removing the ban"
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in v.children) and not announced(v):
            return "skip"
        if v.lemma_.lower() in ("sign", "veto") and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in v.children):
            return "skip"  # "Trump, who has said he will sign it": a promise, not a signature
        if v.dep_ in ("xcomp", "acomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
                and v.head.lemma_.lower() in ("be", "due", "set", "scheduled", "schedule", "expect", "slate"):
            return "skip"  # "days before it was to take effect", "had been due to take effect"
        if v.lemma_ == "be" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in v.children):
            return "skip"  # "said it would consider more once the ban was in place": a condition, told in the past
        first = v.head if v.dep_ == "conj" and v.head.dep_ == "advcl" else v  # "once it is signed and published"
        if first.dep_ == "advcl" and (condition(first, CONDITIONS | {"until", "after"}) or first.head.lower_ in (
                "soon", "long") and condition(first, {"as"})) or any(  # "as soon as it enters into force"
                c.dep_ == "advcl" and condition(c, CONDITIONS) for c in v.children) and v.tag_ in ("VBZ", "VBP"):
            return "skip"  # "takes effect once the president signs it": a condition still to be met, and what waits on it
        if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in v.children) and waits(v):
            return "skip"  # "Spain will withdraw the tax as soon as countries agree": a promise on a condition
        if v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
                and not any(c.dep_ == "advmod" and c.lower_ == "only" for c in v.children) \
                and (any(c.dep_ == "nsubj" for c in v.children) or v.head.lemma_.lower() not in ("vote", "decide", "agree")):
            return "skip"  # "approved a resolution to overturn the rule", "appeals from rights groups to delay
            # the vote" (parsed with the groups as subject): a purpose, not a change ("only to lift it" is one)
        if v.dep_ in ("acl", "relcl") and v.head.pos_ == "NOUN" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
                and v.head.lemma_.lower() not in ("decision", "move", "vote", "order", "ruling"):
            return "skip"  # "a campaign of misinformation to kill it", "a plan to delay the rule": an aim
        if v.dep_ == "advcl" and v.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in PAST_MARKS for c in v.children):
            return None  # "investors can buy them, after the FCA scrapped the ban": a past fact, whatever the main clause
        if alternative(v) or v.dep_ in ("ccomp", "xcomp") and alternative(v.head):
            return "skip"  # "leaving her until midnight to sign it, veto it or let it become law": choices
        node = v
        while node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):  # "to change the law or veto it"
            node = node.head
        if node is not v and any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) \
                and not announced(node) and not announced(v):
            return "skip"  # "would go further and direct the Treasury to buy": the modal governs both verbs
        for _ in range(3):
            if node is v and (node.dep_ == "relcl" and node.tag_ in ("VBD", "VBN") or node.dep_ == "advcl"
                              and node.tag_ == "VBN" and node.i < node.head.i and not any(
                                  c.dep_ in ("aux", "auxpass") or c.dep_ == "mark" and c.lower_ != "as"
                                  for c in node.children)):
                break  # "must follow the Act, which Parliament passed", "Proposed in 2022, the directive would
                # have ...", "As proposed by the Commission, Article 45 would have ...": a relative or fronted
                # participle states its own past fact
            if node.dep_ in ("xcomp", "ccomp", "pcomp", "acl", "advcl", "dobj", "pobj", "relcl"):
                node = node.head
                if node.dep_ == "prep" and node.lower_ in ("for", "to", "against") and v.pos_ == "NOUN":
                    node = node.head  # "a petition calling for its repeal": the noun's verb is two steps up
                lemma = node.lemma_.lower()
                if lemma in self.lex.review_hedges:
                    return "review"
                if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in node.children):
                    return "skip"  # "ruled out delaying the rules"
                if lemma in self.lex.skip_hedges or any(c.dep_ == "neg" for c in node.children) \
                        or any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children):
                    return "skip"  # "may be poised to reverse", "did not plan to repeal"
                if node.dep_ == "ROOT":
                    break
            else:
                break
        return None

    def _status(self, v, status: str) -> None:
        if v.lemma_.lower() == "draft" and v.tag_ != "VBG":
            return  # "was drafting a levy" puts one forward; "the bill, drafted by the ministry" retells its origin
        if v.lemma_.lower() in DECIDING and any(
                c.dep_ in ("dobj", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in self.lex.statuses for c in v.children):
            return  # "proposed postponing X": the inner change speaks for X
        if v.lemma_.lower() == "exempt" and (v.dep_ not in ("ROOT", "conj", "ccomp") or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
            return  # "a provision that exempted X", "allows the government to exempt": what a text says
        if status in ("INTRODUCED", "PROPOSED") and any(c.dep_ == "dobj" and c.lemma_.lower() in CHALLENGES
                                                      for c in v.children):
            return  # "filed a lawsuit against the law": the law is challenged, not filed ("dropped its appeal" is news)
        if v.lemma_.lower() == "defer" and not any(c.dep_ in ("dobj", "nsubjpass") for c in v.children) and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in v.children):
            return  # "judges tend to defer to ministers": deference, not a delay
        hedge = self._hedge(v)
        if hedge == "skip" or any(d.dep_ == "det" and d.lower_ in ("no", "neither") for c in v.children
                                  if c.dep_ in ("nsubj", "nsubjpass", "dobj") for d in c.children):
            return  # "no formal policy changes have been announced"
        if hedge == "review":
            status = "REVIEWING"
        if status in UNDOING and self._lifted_hold(v):
            return
        passive, actors = self._subjects(v, "actor")
        told = v.dep_ == "ccomp" and v.head.lemma_.lower() in self.lex.speech_verbs and any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in v.children) and [
            a for a in self._subjects(v.head, "actor")[1] if self.clusters[a[0]].type in ("Agency", "Government")]
        # "the regulator said it was putting its draft on hold": "it" is the speaker, not the measure
        if told:
            actors = told
        if passive and not actors and v.lemma_.lower() == "stick":  # "is stuck in a legislative committee"
            actors = [k for c in v.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                      if g.dep_ == "pobj" for k in self.keys(g, "actor")]
        if not passive and not told and not self._pronoun_on_itself(v) and not self._pronoun_making(v, status) \
                and v.lemma_.lower() not in MEASURE_SUBJECT_VERBS and any(
                c.dep_ == "dobj" for c in v.children) and self._subjects(v, "measure")[1]:
            left_out = no_longer(v, CONTAINING)  # "the new draft no longer contains the clauses": they are dropped
            if status == "DROPPED" and not left_out or v.lemma_.lower() == "replace":
                status = "RESCINDED"  # "the decree scrapped the fee", "the decree replaces Decree 72": one
                # measure undoing another repeals it
            if status not in ("RESCINDED", "DELAYED", "EASED") and not left_out:
                return  # "the regulation imposes duties on developers": a measure acting, not a change
            actors = []  # "The law repealed the digital service tax", "a follow-up law pushed the start of the
            # tax back": the tax is changed, by whoever made the law (and only a measure the clause names)
            acting = {k for k, _ in self._subjects(v, "measure")[1]}
            if status == "RESCINDED" and any(self.clusters[k].name.lower().split()[-1] in RULINGS for k in acting):
                status = "BLOCKED"  # "a ruling that wiped out the fine": a court's judgment undoing it
        else:
            acting = None
        measures: list[tuple[str, float]] = []
        subj_measures: list[tuple[str, float]] = []
        for c in v.children:
            if c.dep_ in ("dobj", "nsubjpass") and acting is not None and status == "DELAYED":
                measures += self._timing(c, named_only=True)  # "the law pushed the start of the tax back"
            elif c.dep_ == "dobj" and c.lemma_.lower() == "effect" and v.dep_ == "relcl":
                pass  # "a tariff that took effect in 2025": the relative's, not a start of the measure in hand
            elif c.dep_ in ("dobj", "nsubjpass"):
                if some_parts(c):
                    return  # "ministers threw out most of those amendments": the measure itself stands
                if c.lemma_.lower() in ("plan", "deal") and actors and all(
                        self.clusters[a[0]].type == "Firm" for a in actors if a[0] != "?"):
                    return  # "Apple put the plan on hold": its own purchase, not a measure
                measures += self.keys(c, "measure") or self._timing(c) or self._pursued(c) or self._course(c)
                status = called_off(status, c, v)
            elif c.dep_ == "xcomp" and status in HALTING:
                measures += self._put_out(c)  # (the parser may take the gerund for a clause)
            elif c.dep_ == "nsubj":
                subj_measures += self.keys(c, "measure")
            elif c.dep_ == "prep" and c.lower_ == "from":  # "blocked Montana from enforcing a law"
                measures += [k for g in c.children if g.dep_ == "pcomp" for d in g.children if d.dep_ == "dobj"
                             for k in self.keys(d, "measure")]
            elif c.dep_ == "prep" and c.lower_ in ("from", "on", "of") and any(p.dep_ == "prt" for p in v.children):
                measures += [k for g in c.children if g.dep_ == "pobj" for k in self.keys(g, "measure")]
        if not measures and (v.lemma_.lower() == "exempt" or not subj_measures and not passive and not any(
                d.dep_ == "dobj" for d in v.children)):  # "retreated from its plan", "exempted phones from the
            measures = [k for c in [v, *(d for d in v.children if d.dep_ in ("dobj", "nsubjpass"))]  # tariffs"
                        for p in c.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                        if g.dep_ == "pobj" for k in self.keys(g, "measure")]
        if not measures and status == "REVIEWING":
            measures = self._reviewed_whether(v)
        if acting is not None:
            measures = [m for m in measures if m[0] not in acting]
            if not measures:
                return
            subj_measures = []
        if v.dep_ == "relcl" and acting is None and (any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lower_ in ("which", "that")
                                      for c in v.children) or object_relative(v)):
            measures += self.keys(relative_antecedent(v), "measure")
        if v.dep_ == "advcl" and v.tag_ == "VBN" and not measures:  # "Passed in May, the bill ..."
            measures += [k for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass") for k in self.keys(c, "measure")]
            actors = [k for c in v.children if c.dep_ == "agent" for g in c.children for k in self.keys(g, "actor")]
        if v.dep_ in ("relcl", "acl") and not measures:
            if v.tag_ == "VBN" or passive:
                measures += self.keys(relative_antecedent(v), "measure")
                actors = [k for c in v.children if c.dep_ == "agent" for g in c.children for k in self.keys(g, "actor")]
        if v.dep_ == "conj" and not measures and not subj_measures:
            _, inherited = self._subjects(v, "measure")
            if passive and not inherited:  # "The act passed the House and was signed by B"; not "the law
                inherited = self._joined_measures(v)  # takes effect, but fines are put on ice"
            measures += inherited
            placed = [k for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children
                      if g.dep_ == "pobj" for k in self.keys(g, "actor")]
            placed += [k for c in v.children if c.dep_ == "dobj" for k in self.keys(c, "actor")]
            if inherited and placed and not passive:
                actors = placed  # "passed the House but died in the Senate", "cleared the Senate and passed the
                # House": the body the second verb names, as when the bill is its subject
        if not measures and not subj_measures and not passive and v.lemma_.lower() not in MEASURE_SUBJECT_VERBS:
            measures += self._shared_relative_object(v)
        if not measures and not subj_measures and actors and not passive and v.dep_ not in ("relcl", "acl", "amod") \
                and v.lemma_.lower() != "push":  # "pushing messages about the measure to customers" delays nothing
            measures = self._in_subtree(v, clauses=False)  # "pushed to split X off": X is the inner verb's
            if any(c.dep_ == "dobj" for c in v.children):  # "drops facial recognition from the bodycam bill": the
                aside = {k for c in v.children if c.dep_ == "prep" and c.lower_ == "from"  # bill loses a part, and
                         or c.dep_ == "dobj" and c.lemma_.lower() in self.lex.nominal and status in MAKING  # stands;
                         for t in c.subtree for k, _ in self.keys(t, "measure")}  # "launched a campaign against the
                # bill" launches no bill ("withdrew its request for an order" drops the order)
                measures = [m for m in measures if m[0] not in aside]
            if status in ("ENACTED", "PASSED"):  # "signed agreements under the directive": done under a law, not to it
                under = {k for x in v.subtree if x.dep_ == "prep" and x.lower_ == "under" for t in x.subtree
                         for k, _ in self.keys(t, "measure")}
                measures = [m for m in measures if m[0] not in under]
        if subj_measures and not measures and v.dep_ == "relcl" and object_relative(v) and any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" for c in v.children):
            return  # "deals it had signed with publishers": the deals were signed, whatever "it" stands for
        if subj_measures and not measures:  # "the bill stalled", "the rule took effect", "the bill passed the Senate"
            measures = subj_measures
            actors = [k for c in v.children if c.dep_ in ("dobj", "prep") for g in ([c] + list(c.children))
                      for k in self.keys(g, "actor") if g.dep_ in ("dobj", "pobj")]
        if status == "ENACTED" and v.lemma_.lower() in ("announce", "unveil", "introduce", "launch") and (not any(
                self.clusters[a[0]].type in ("Agency", "Government", "Official") for a in actors if a[0] != "?")
                or would_do(v)) \
                and not all(measure_head(self.clusters[m[0]].name).rstrip("s") in PENALTIES for m in measures):
            # "the penalty was announced in May": laid down when announced, never proposed
            status = "PROPOSED" if v.lemma_.lower() != "introduce" else "INTRODUCED"
        voters = [k for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                  if g.lemma_.lower() == "vote" for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                  for x in p.children if x.dep_ == "pobj" for k in self.keys(x, "actor")]
        if voters and status in ("PASSED", "ENACTED"):  # "passed with the votes of the Christian Democrats and
            self._emit(voters, measures, "SUPPORTS", "support", v, 0.8)  # Social Democrats": they back it; the
            actors = [a for a in actors if a[0] not in dict(voters)]  # chamber passes it
        self._emit_status(actors, measures, status, v)

    def _emit_status(self, actors, measures, status, tok, conf=1.0):
        if not measures:
            return
        actors = [a for a in actors if self.is_actor(a[0])] or [("?", 0.5)]
        voter = tok.head if tok.dep_ in ("xcomp", "advcl") else None
        if voter is not None and voter.lemma_.lower() == "vote" and all(
                a[0] != "?" and self.clusters[a[0]].type in ("Official", "Lawmaker", "Person")
                and not any(m.kind == "group" for m in self.clusters[a[0]].mentions) for a in actors):
            return  # "Commissioners X and Y voted to throw out the rules": their side, not the body's decision
        status = self._court_hold(status, tok, actors)
        if status == "BLOCKED" and tok.lemma_.lower() in ("throw", "overturn", "strike", "vacate"):
            executive = [a for a in actors if a[0] != "?" and self._executive(a[0])]
            if executive:  # "the administration threw out the rule": a government undoes its own rule
                self._emit(executive, measures, "RESCINDED", None, tok, conf)
                actors = [a for a in actors if a not in executive]
                if not actors:
                    return
        status = self._undone_by(status, tok, actors)
        for_comment = any(p.lower_ == "for" and any(g.lemma_.lower() in FOR_VIEWS for g in p.children)
                          for p in tok.children if p.dep_ == "prep")
        if tok.lemma_.lower() in ("publish", "issue", "release") and for_comment:
            status = "PROPOSED"  # "the draft bill, published for comment in September": put forward
        elif tok.lemma_.lower() == "publish":  # "published the draft bill" puts it forward; "published the rules
            # in the official gazette" makes them law; publishing a report or a list of requirements changes nothing
            if any(w in ("draft", "bill", "proposal") for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                   for w in (t.lower_ for t in c.subtree)):
                status = "PROPOSED"
            elif not any(t.lower_ in ("gazette", "register", "journal") for t in tok.sent):
                return
        if status == "ENACTED" and tok.lemma_.lower() in ("issue", "unveil", "announce", "release", "table") and all(
                measure_head(self.clusters[k].name).rstrip("s") in ("proposal", "draft", "plan") for k, _ in measures):
            status = "PROPOSED"  # "voted against the proposal when it was issued"
        approval = tok.lemma_.lower() == "approval"  # "Australia passes law": its parliament passes it
        adopters = ("Agency", "Government") if approval else ("Agency",)
        if status == "PASSED" and (tok.pos_ == "VERB" or approval) and actors[0][0] != "?" and all(
                self.clusters[a[0]].type in adopters and self._executive(a[0]) for a in actors):
            status = "ENACTED"  # "the rules were approved by the FCC on a 3-2 vote", "EU governments gave final
            # approval to the directive": a regulator or the governments adopt it
        elif status == "PASSED" and actors[0][0] != "?" and all(
                self.clusters[a[0]].name.lower().split()[-1] == "voters" for a in actors):
            status = "ENACTED"  # "California voters approved Proposition 22": a ballot measure the voters pass is law
        elif status == "PASSED" and tok.pos_ == "VERB" and actors[0][0] != "?" and all(
                self.clusters[a[0]].type == "Government" for a in actors) and all(
                instrument(self.clusters[k].name) in DECREES for k, _ in measures):
            status = "ENACTED"  # "the decree, which the Spanish government approved": a cabinet's own instrument
        if status in ("PASSED", "ENACTED") and tok.lemma_.lower() in ("approve", "endorse", "clear") and any(
                cabinet(t) and t.dep_ in ("nsubj", "pobj", "poss") for t in tok.subtree if t.i < tok.i):
            draft = any(t.lower_ == "draft" for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.lefts)
            bills = all(measure_head(self.clusters[k].name).rstrip("s") in CABINET_BILLS for k, _ in measures) or any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CABINET_BILLS for c in tok.children)
            decree = all(instrument(self.clusters[k].name) in DECREES for k, _ in measures)
            status = "INTRODUCED" if bills else ("PASSED" if decree else "PROPOSED") if draft else "ENACTED"
            # "the cabinet approved the bill": it goes to parliament; "approved a draft law": it is proposed
            # there; "a draft royal decree": it awaits promulgation; "approved the rules": they are law
        if status == "ENACTED" and tok.lemma_.lower() == "adopt" and actors[0][0] != "?" and all(
                self._chamber(a[0]) for a in actors):
            status = "PASSED"  # "the Senate, which adopted the text unanimously": one chamber's vote
        if status == "INTRODUCED" and actors[0][0] != "?" and all(
                self.clusters[a[0]].type == "Agency" and self._executive(a[0])
                and "cabinet" not in self.clusters[a[0]].name.lower() for a in actors) and not all(
                measure_head(self.clusters[k].name) in ("bill", "legislation") for k, _ in measures):
            status = "ENACTED" if tok.lemma_.lower() == "introduce" and all(
                measure_head(self.clusters[k].name).rstrip("s") in CURBS for k, _ in measures) else "PROPOSED"
            # "the Commission tabled the regulation": an agency proposes; a legislator introduces; but "export
            # controls that the Commerce Department introduced" bind from then on
        self._emit(actors, measures, status, None, tok, conf)
        if status == "VETOED" and actors[0][0] != "?" and any(
                c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in self.lex.speech_verbs for c in tok.children):
            self._emit(actors, measures, "CRITICIZED", "oppose", tok, conf * 0.8)  # "vetoed it, saying it would
            # burden businesses": the veto message is the vetoer's case against the measure

    def _executive(self, key: str) -> bool:
        return executive(self.clusters[key])

    def _chamber(self, key: str) -> bool:
        return chamber(self.clusters[key])

    def _judicial(self, key: str) -> bool:
        return judicial(self.clusters[key])
