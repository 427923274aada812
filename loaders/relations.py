"""Relations and status changes from the dependency parse, one sentence at a time.

Verbs of influence ("lobbied against", "urged ... to veto", "backed"), of status change ("shelved",
"was vetoed by", "stalled"), their nominal forms ("after lobbying by", "the repeal of") and titles
("Nvidia CEO Jensen Huang") become ``Found`` records between resolved entities.
"""

from __future__ import annotations

from dataclasses import dataclass

from policygraph.loaders.bodies import chamber, to_consult, to_legislature
from policygraph.loaders.arguments import PERSON_TYPES, ArgumentRules
from policygraph.loaders.clauses import IMPLICIT, PROPOSING, ClauseRules
from policygraph.loaders.coref import Resolver
from policygraph.loaders.lexicon import Lexicon
from policygraph.loaders.links import LinkRules
from policygraph.loaders.nominals import NominalRules
from policygraph.loaders.noun_words import LEVIES
from policygraph.loaders.spans import Mention
from policygraph.loaders.speech import SpeechRules
from policygraph.loaders.influence import duration, InfluenceRules
from policygraph.loaders.status_objects import TIMING
from policygraph.loaders.statuses import (FALL_WORDS, MEASURE_OBJECT, OBJECT_ONLY, STATUS_ADJECTIVES, SUBJECT_ONLY,
                                          CONTAINING, FOR_VIEWS, StatusRules, no_longer)
from policygraph.loaders.threats import ThreatRules

GLADDENING = {"cheer", "delight", "please", "thrill", "gladden"}  # "cheering critics": making them glad

LEGISLATURE = {"parliament", "senate", "house", "assembly", "congress", "council", "legislature", "lords", "commons",
               "bundestag", "diet", "committee"}


# Measures that extending keeps in force for longer ("extended the exemption"), unlike a deadline it puts off.
KEPT_BY_EXTENDING = {"exemption", "break", "credit", "subsidy", "program", "programme", "waiver", "moratorium",
                     "ban", "pause", "freeze", "scheme", "relief", "incentive", "exception", "suspension",
                     "licence", "license", "permit", "concession", "mandate", "authorisation", "authorization"}


LOWERED = {"cap", "ceiling", "limit", "rate", "threshold"} | LEVIES  # what cutting makes smaller
AMOUNTS = {"MONEY", "PERCENT", "CARDINAL", "QUANTITY"}


def _cut_down(v) -> bool:
    """ "cut the cap to £85,000", "cut the tax by half", "cut the levy": a measure made smaller, unlike "cut the
    provision from the bill"."""
    amounts = [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "by") for g in c.children
               if g.dep_ == "pobj" and (g.ent_type_ in AMOUNTS or g.like_num or g.lower_ in ("half", "third", "quarter"))]
    return bool(amounts) or not any(c.dep_ == "prep" and c.lower_ == "from" for c in v.children) and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in LOWERED for c in v.children)


CHAMBER_MEMBERS = {"senators", "mps", "lawmakers", "legislators", "deputies", "members of parliament", "meps"}
HEADS_OF_STATE = (["governor"], ["president"], ["king"], ["queen"], ["emir"], ["sultan"], ["monarch"])


@dataclass
class Found:
    """A relation between two resolved entities, with the sentence that states it."""

    source: str
    target: str
    type: str
    stance: str | None
    sent_start: int
    sent_end: int
    anchor: int            # character offset of the word that states it (picks the nearest date)
    confidence: float


DRAFTS = {"draft", "bill", "proposal", "plan", "legislation"}  # what a minister presents to put it forward


class RelationFinder(InfluenceRules, ThreatRules, ArgumentRules, StatusRules, NominalRules, LinkRules, ClauseRules,
                     SpeechRules):
    """Walk each sentence's parse and emit Found records between resolved entities."""

    def __init__(self, lex: Lexicon, resolver: Resolver, mentions: list[Mention]):
        self.lex = lex
        self.resolver = resolver
        self.clusters = resolver.clusters
        self.by_head = {m.head: m for m in mentions}
        self.by_token = {i: m for m in mentions if m.kind == "named" for i in m.span}
        self.found: list[Found] = []
        self.made: list[tuple[int, str]] = []  # measures verbs made, by token: "fined X" -> "fine on X"

    def _so_did(self, sent) -> None:
        """ "Walmart and Best Buy have backed it. So has Amazon.": Amazon takes the side the sentence before
        told last, on the same measure."""
        root = sent.root
        if sent[0].lower_ != "so" or sent[0].head.i != root.i or root.lemma_.lower() not in ("have", "do", "be"):
            return
        subjects = [k for c in root.children if c.dep_ in ("nsubj", "dobj") and c.i > root.i
                    for k in self.keys(c, "actor")]
        before = [f for f in self.found if f.sent_end <= sent.start_char and f.stance
                  and f.type in ("SUPPORTS", "OPPOSES", "LOBBIED", "CRITICIZED", "URGED")]
        latest = max((f.anchor for f in before), default=None)
        last = [f for f in before if f.anchor == latest]
        if not subjects or not last or sent.doc.text[last[0].sent_end:sent.start_char].strip():
            return  # only right after the sentence that told it
        for f in last:
            self._emit(subjects, [(f.target, 0.8)], f.type, f.stance, root, 0.8)

    def is_actor(self, key: str) -> bool:
        return self.clusters[key].type != "Measure"

    def _emit(self, sources, targets, type_, stance, tok, conf=1.0):
        sent = tok.sent
        for s, cs in sources:
            for t, ct in targets:
                if s == t:
                    continue
                kind = type_
                if type_ == "LOBBIED" and s in self.clusters and t in self.clusters:
                    source, target = self.clusters[s], self.clusters[t]
                    if target.type == "Person" and any(m.kind == "group" for m in target.mentions):
                        continue  # "pushed a notice to its Indian users": users are courted, not lobbied
                    if source.type in ("Official", "Agency", "Government") and target.type == "Firm":
                        kind = "PRESSURED"  # "the regulator's chairman wrote to Facebook": a state presses a firm
                if type_ == "MEMBER_OF" and t in self.clusters and self.clusters[t].type in PERSON_TYPES \
                        and not any(m.kind == "group" for m in self.clusters[t].mentions):
                    continue  # "she was joined by two rights groups": they side with her, they do not belong to her
                side = stance
                if stance == "support" and self._weakened(t):
                    topic = self.resolver.topic(tok.i)  # "lobbied for looser consent requirements": against the
                    if topic is not None and topic.key != t and not self._weakened(topic.key):  # regulation told
                        t, side = topic.key, "oppose"
                if type_ == "PRESSURED" and t in self.clusters and self.clusters[t].type == "Measure":
                    kind = "URGED"  # "France pressed to keep the clauses": one presses people, and urges a measure
                self.found.append(Found(s, t, kind, side, sent.start_char, sent.end_char, tok.idx,
                                        round(min(cs, ct) * conf, 2)))

    def _weakened(self, key: str) -> bool:
        """A measure told only as a weaker form of another: "looser consent requirements"."""
        own = [m for m in self.clusters[key].mentions if m.kind == "described"] if key in self.clusters else []
        return bool(own) and all(m.attrs.get("weakened") for m in own)

    # ---- the walk -----------------------------------------------------------------------------------
    def run(self, sent) -> None:
        self._so_did(sent)
        for tok in sent:
            if (tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBG", "VBD", "VBZ", "VBP", "VB")) \
                    and tok.dep_ not in ("amod", "compound", "nmod"):  # "advanced chips" is no advance
                self._verb(tok)
                self._measure_acts(tok)
                self._measure_reaches(tok)
                self._measure_roles(tok)
                self._threat(tok)
            elif tok.dep_ == "amod" and tok.lower_ == "proposed":
                self._proposed_adjective(tok)
            if tok.pos_ == "NOUN" or (tok.tag_ == "VBG" and tok.lemma_.lower() in self.lex.nominal and (
                    tok.dep_ in ("pobj", "dobj", "nsubj") or tok.dep_ == "pcomp" and not any(
                        c.dep_ in ("nsubj", "dobj") for c in tok.children))):  # "dropped after lobbying by Amazon"
                self._nominal(tok)
        self._titles(sent)
        self._ownership(sent)
        self._own_department(sent)
        self._affiliations(sent)
        self._measure_links(sent)
        self._headline(sent)

    def _verb(self, v) -> None:
        lex = self.lex
        lemma = v.lemma_.lower()
        if v.dep_ == "pcomp" and v.head.lower_ == "without":
            return  # "ended its session without voting on it": what was not done
        prts = [c for c in v.children if c.dep_ == "prt"]
        prts += [t for t in v.doc[v.i + 1:v.i + 2] if t.lower_ == "back" and t.dep_ == "advmod"
                 and f"{v.lemma_.lower()} back" in lex.phrasal]
        prts += [c for c in v.children if c.dep_ == "advmod" and c.lower_ == "ahead"]
        # "pushed back hard", "fought back": the parser reads "back" as an adverb; "pressed ahead" too
        prts += [c for c in v.children if c.dep_ == "advmod" and (c.lower_ in ("aside", "down") or c.lower_ == "back"
                                                                   and any(o.dep_ == "dobj" and o.i < c.i
                                                                           for o in v.children))
                 and f"{lemma} {c.lower_}" in lex.status_phrases]  # "was set aside by a judge", "voted it down",
        # "sent the bill back to parliament" (not "stepped back from the plan")
        preps = [c for c in v.children if c.dep_ == "prep" and not duration(c) and not any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)]  # not "lobbied for months",
        # not "would press Washington on Monday" (no "press on")
        label = next((c.i for c in v.children if c.dep_ == "oprd"), None)
        if label is not None:  # "called the agreement a lifeline for farm families": the label's, no "call for"
            preps = [c for c in preps if c.i < label]
        entry = None
        answers = [c for c in v.children if c.dep_ in ("intj", "advmod", "dobj") and c.lower_ in ("no", "yes")]
        for p in prts + preps + answers:  # "voted no"
            phrase = f"{lemma} {p.lower_}"
            if phrase in lex.phrasal and not (p.dep_ == "prep" and not lex.phrasal[phrase][0] and any(
                    c.dep_ == "dobj" for c in v.children)):  # not "pressed Canada on the issue" ("press on" goes on)
                entry = lex.phrasal[phrase]
                break
        for p in preps if entry is None else []:  # "went to court" against the rules
            for g in p.children:
                if g.dep_ == "pobj" and f"{lemma} {p.lower_} {g.lemma_.lower()}" in lex.phrasal:
                    entry = lex.phrasal[f"{lemma} {p.lower_} {g.lemma_.lower()}"]
                elif g.dep_ == "pobj" and p.lower_ == "in" and g.lower_ in ("favor", "favour") and lemma != "be":
                    entry = ("SUPPORTS", "support")  # "testified in favour of the bill", "spoke in favor of it"
        for prt, p in [(t, p) for t in prts for p in preps] if entry is None else []:  # "came out against"
            words = [f"{lemma} {prt.lower_} {p.lower_}"] + [f"{lemma} {prt.lower_} {p.lower_} {g.lower_}"
                                                            for g in p.children if g.dep_ == "pobj"]
            entry = next((lex.phrasal[w] for w in words if w in lex.phrasal), entry)  # "came out in favor"
        stance_object = False
        if entry is None:
            for obj in v.children:
                if obj.dep_ == "dobj" and f"{lemma} {obj.lemma_.lower()}" in lex.phrasal:
                    entry = lex.phrasal[f"{lemma} {obj.lemma_.lower()}"]
                    stance_object = True  # "withdrew their support for the bill": a side, not a withdrawal
                    break
                words = [f"{lemma} {obj.lemma_.lower()} {p.lower_}" for p in preps + list(obj.children)
                         if obj.dep_ == "dobj" and p.dep_ == "prep"]
                entry = next((lex.phrasal[w] for w in words if w in lex.phrasal), None)  # "threw its weight behind"
                if entry is not None:
                    break
        if entry is None and lemma in ("threaten", "vow", "pledge", "promise"):  # "threatened to block the bill"
            aim = next((c.lemma_.lower() for c in v.children if c.dep_ == "xcomp"), "")
            entry = ("OPPOSES", "oppose") if aim in lex.oppose_verbs else ("SUPPORTS", "support") \
                if aim in lex.support_verbs else None
        if entry is None and lemma in ("want", "seek") and not any(c.dep_ in ("xcomp", "ccomp") for c in v.children) \
                and any(c.dep_ == "dobj" and self.keys(c, "measure") for c in v.children):
            entry = ("SUPPORTS", "support")  # "Parliament wanted a near-total ban on spyware"
        status = None
        for p in prts + preps:
            if any(g.ent_type_ == "DATE" for g in p.children):
                continue  # "died in January" is no "died in committee"
            if f"{lemma} {p.lower_}" in lex.status_phrases:
                status = lex.status_phrases[f"{lemma} {p.lower_}"]
        for obj in v.children:
            if obj.dep_ in ("dobj", "attr") and f"{lemma} {obj.lemma_.lower()}" in lex.status_phrases:
                status = lex.status_phrases[f"{lemma} {obj.lemma_.lower()}"]
            if obj.dep_ == "prep":  # "entered into force", "signed into law"
                for g in obj.children:
                    key = f"{lemma} {obj.lower_} {g.lemma_.lower()}"
                    if g.dep_ == "pobj" and key in lex.status_phrases:
                        status = lex.status_phrases[key]
        after = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
        if status is None and after is not None and after.dep_ == "compound" and v in after.ancestors:
            status = lex.status_phrases.get(f"{lemma} {after.lemma_.lower()}")  # "became law days later": "law"
            # parsed as a modifier of "days"
        if status is None and lemma in ("put", "place", "take", "leave", "keep"):  # "put X for Y on hold"
            objects = {t.i for c in v.children if c.dep_ in ("dobj", "prep") for t in c.subtree}
            for p in (t for t in v.subtree if t.i in objects and t.dep_ == "prep" and t.lower_ in ("on", "off", "in")):
                key = f"{lemma} {p.lower_} {' '.join(g.lemma_.lower() for g in p.children if g.dep_ == 'pobj')}"
                status = lex.status_phrases.get(key, status)
        idle = entry is not None and not entry[0]  # "if the government pressed ahead": it went on, pressed nobody
        if idle:
            entry = None
        elif entry is None and lemma in lex.verbs:
            entry = lex.verbs[lemma]
        if "DELAYED" in (status, lex.statuses.get(lemma)) and entry and entry[0] in ("OPPOSES", "LOBBIED") and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TIMING for c in v.children):
            entry = None  # "pushed back the deadline": a delay, not a stand against it or a push
        if entry is None and lemma in lex.attempts:  # "Nvidia made killing the language a priority"
            self._attempt(v)
        if entry is not None and status is not None and lemma != "vote":  # "push back": a delay with an object,
            # else a side taken ("voted down the bill" is both: the vote is a side and the bill falls)
            if any(c.dep_ in ("dobj", "nsubjpass") for c in v.children):
                entry = None  # "pushed back the AI Act by a year"
            else:
                status = None  # "pushed back against the rules"
        side_preps = preps + [g for c in v.children if c.dep_ in ("advmod", "prt") for g in c.children if g.dep_ == "prep"]
        taking_sides = not any(c.dep_ in ("dobj", "nsubjpass") for c in v.children) and any(
            p.lower_ in ("against", "for") and not any(g.lemma_.lower() in FOR_VIEWS for g in p.children)
            for p in side_preps)  # "pushed (back) against the rules" delays nothing; "published for comment" does
        if status is None and lemma in lex.statuses and not prts and not taking_sides and not stance_object \
                and (lemma not in OBJECT_ONLY or any(c.dep_ in ("dobj", "nsubjpass") for c in v.children)):
            status = lex.statuses[lemma]
        if status and lemma in SUBJECT_ONLY and not (any(
                c.dep_ == "nsubj" and self.keys(c, "measure") for c in v.children) and all(
                c.lower_ in FALL_WORDS for c in v.children if c.dep_ in ("prep", "advmod", "npadvmod", "dobj", "acomp"))):
            status = None
        if status and lemma in SUBJECT_ONLY and any(c.dep_ in ("xcomp", "ccomp", "dobj") and c.lemma_ != "apply"
                                                    for c in v.children):
            status = None  # "the plans began to slip", "it began selling": the verb's clause tells what began;
            # "the rules start to apply in August" do take effect
        if status and lemma in MEASURE_OBJECT and not any(
                c.dep_ in ("dobj", "nsubjpass") and c.pos_ != "PRON" and self.keys(c, "measure") for c in v.children):
            status = None
        if status == "DELAYED" and entry == ("LOBBIED", None) and any(
                self.keys(c, "measure") for c in v.children if c.dep_ in ("dobj", "nsubjpass")):
            entry = None  # "pushed the AI Act back a year" moves the measure, it lobbies nobody
        if lemma == "adopt" and any(p.lower_ == "as" and any(g.lemma_.lower() in CAUSES for g in p.subtree)
                                    for p in v.children if p.dep_ == "prep"):
            status, entry = None, ("SUPPORTS", "support")  # "had adopted it as one of her causes"
        if status == "DELAYED" and lemma == "extend" and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in KEPT_BY_EXTENDING for c in v.children):
            status = "ENACTED"  # "lawmakers extended the exemption through 2031": kept in force, not put off
        if status == "DROPPED" and (lemma == "cut" and _cut_down(v) or lemma == "strip" and any(
                c.dep_ == "prep" and c.lower_ == "of" for o in (v, *v.children) for c in o.children)):
            status = "EASED"  # "cut the refund cap to £85,000", "cut the levy", "stripped the bill of its core
            # provisions": made smaller, not dropped
        if no_longer(v) and any(self.keys(c, "measure") for c in v.children if c.dep_ == "dobj"):
            status, entry = "PAUSED", None  # "said it would no longer apply the 2024 rule": set aside, not enforced
        if entry is not None and lemma in GLADDENING and any(
                c.dep_ == "dobj" and self.keys(c, "actor") and not self.keys(c, "measure") for c in v.children):
            entry = None  # "abandons the proposals, cheering Big Tech critics": the critics cheer, nobody backs them
        if entry is not None and entry[0] == "SUPPORTS" and no_longer(v, self.lex.support_verbs):
            entry = None  # "Washington no longer backed its texts": a side given up, not taken
        if no_longer(v, CONTAINING) and any(self.keys(c, "measure") for c in v.children if c.dep_ == "nsubj") \
                and any(self.keys(c, "measure") for c in v.children if c.dep_ == "dobj"):
            status, entry = "DROPPED", None  # "the new draft no longer contains the sovereignty clauses"
        if status == "VETOED" and lemma == "send" and not any(t.dep_ == "prep" and t.lower_ == "to" and t.head in (
                v, *v.children) for t in v.subtree):
            status = None  # "sending the draft back for reconsideration" (to nobody): its author takes it back
        if status == "PASSED" and lemma == "send" and to_legislature(v):
            status = "PROPOSED"  # "the president sent the reform to Congress": brought, not passed
        elif status is None and lemma == "submit" and (to_legislature(v) or all(
                any(c.dep_ == dep for c in v.children) for dep in ("nsubjpass", "agent"))):
            status = "INTRODUCED"  # "the government submitted the bill to the Diet": put before the legislature;
            # "the bill was submitted by the minister" (not "Meta submitted comments on the bill")
        elif status == "PASSED" and lemma == "send" and to_consult(v):
            status = None  # "the draft was sent to member states": circulated, not passed
        if status == "DROPPED" and lemma == "die" and any(
                t.lemma_.lower() in ("session", "adjourn", "year") or t.lower_ == "congress" for t in v.subtree):
            status = "SHELVED"  # "died when the session adjourned", "died for the year": it may come back
        if lemma in ("be", "remain"):  # "the bill is dead", "the bill remains stuck in committee"
            for c in v.children:
                if c.dep_ in ("acomp", "attr") and c.lower_ in STATUS_ADJECTIVES:
                    status = STATUS_ADJECTIVES[c.lower_]
        if lemma in ("include", "comprise", "encompass"):  # "these measures include a ban on X and curbs on Y"
            _, groups = self._subjects(v, "measure")
            members = [(m.entity, 0.8) for c in v.children if c.dep_ == "dobj" for t in c.subtree
                       for m in [self.by_head.get(t.i)] if m and m.type == "Measure" and m.entity]
            self._emit(members, groups, "PART_OF", None, v, 0.8)
            self._membership(v)
        if lemma == "count":
            self._counted_among(v)
        if lemma == "be":  # "the reporting requirement is part of the Cyber Security Act"
            wholes = [k for c in v.children if c.dep_ == "attr" and c.lemma_.lower() == "part" for p in c.children
                      if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
                      for k in self.keys(g, "measure")]
            if wholes:
                self._emit(self._subjects(v, "measure")[1], wholes, "PART_OF", None, v, 0.8)
        implicit = next((w for w in (lemma, v.lower_[:-1], v.lower_[:-2]) if w in IMPLICIT), None)
        if implicit and not any(c.dep_ == "neg" for c in v.children):  # the model lemmatises "fined" as "fin"
            self._implicit(v, implicit)
        if lemma in PROPOSING:
            self._proposed_that(v)
        sided = entry is not None and entry[0] in ("CRITICIZED", "OPPOSES", "SUPPORTS")
        if lemma in lex.speech_verbs and not sided:
            self._speech(v)
        if lemma in ("be", "concern", "worry", "alarm", "trouble"):
            self._concern(v)  # "was deeply concerned that the law would ..."
        before = len(self.found)
        if entry:
            self._influence(v, *entry)
        elif lemma == "comply":  # "Apple said it would not comply": only a refusal takes a side (kept out of the
            self._influence(v, "SUPPORTS", "support")  # lexicon, whose verbs the learned model reads)
        if sided and lemma in lex.speech_verbs and len(self.found) == before:
            self._speech(v)  # "warned that the definition was so vague ...": the clause tells what was meant
        if lemma in ("endorse", "back", "approve", "adopt", "ratify", "support") and status is None:
            _, subs = self._subjects(v, "actor")
            if any(self.clusters[k].type == "Agency" and LEGISLATURE & set(self.clusters[k].name.lower().split())
                   for k, _ in subs):
                status = "PASSED"  # "The European Parliament endorsed the text"
        if lemma in ("reject", "refuse") and status is None or lemma in ("approve", "ratify") and status == "PASSED":
            _, subs = self._subjects(v, "actor")
            if any(self.clusters[k].type == "Official" and (self.clusters[k].title or "").split()[-1:] in HEADS_OF_STATE
                   for k, _ in subs):
                status = "VETOED" if status is None else "ENACTED"  # "King Abdullah II has approved the law"
        if status is None and lemma == "present" and not any(p.lower_ == "as" for p in preps) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in DRAFTS for c in v.children):
            status = "PROPOSED"  # "who presented the draft in April" (not "presented the bill as part of its answer
            # to U.S. pressure", which tells what the bill was for)
        if status is None and (lemma == "reject" or lemma == "vote" and any(p.lower_ == "against" for p in preps)) \
                and self._chamber_subject(v):
            status = "BLOCKED"  # "the Senate rejected it 18-14", "Senators voted 18-15 against LD 1977"
        elif status is None and lemma == "vote" and any(p.lower_ == "for" for p in preps) and self._chamber_subject(v):
            status = "PASSED"  # "France's National Assembly voted late on Monday for a bill to bar ..."
        if status:
            self._status(v, status)
        elif lemma in ("pursue", "proceed") and any(c.dep_ == "neg" for c in v.children) and not any(
                c.dep_ == "aux" and c.lower_ in ("could", "may", "might", "should", "must") for c in v.children):
            self._not_pursued(v)
        self._verdicts(v)

    def _chamber_subject(self, v) -> bool:
        """Whether a whole chamber acts ("the Senate", "Senators"), not a committee or a party's members."""
        _, subs = self._subjects(v, "actor")
        for k, _ in subs:
            c = self.clusters[k]
            if chamber(c) and not {"committee", "subcommittee", "panel"} & set(c.name.lower().split()):
                return True
            if c.type == "Lawmaker" and c.name.lower() in CHAMBER_MEMBERS:
                return True
        return False

    def _not_pursued(self, v) -> None:
        """ "said it would not pursue a blanket prohibition on the device", "will not proceed with the levy":
        the measure is dropped."""
        measures = [k for c in v.children if c.dep_ == "dobj" for k in self.keys(c, "measure")]
        measures += [k for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                     if g.dep_ == "pobj" for k in self.keys(g, "measure")]
        if measures:
            _, actors = self._subjects(v, "actor")
            self._emit_status(actors, measures, "DROPPED", v)


CAUSES = {"cause", "priority", "issue", "mission", "crusade", "project"}
