"""What a status verb changes when its object does not name the measure: "a proposed ban" (proposed by
its owner), "the Act, which Parliament passed and the President signed" (the relative's object),
"extended the deadline" (the timing of the measure in hand), "reviewing whether the law can be used" (the
clause's subject); and when its object is only some of the measure's parts ("threw out most of those
amendments"). A mixin of StatusRules."""

from __future__ import annotations

from policygraph.loaders.measure_ends import MAKING_VERBS, share_of
from policygraph.loaders.measure_match import measure_head
from policygraph.loaders.noun_words import PART_NOUNS

TIMING = {"deadline", "enforcement", "implementation", "rollout", "date", "start", "application", "entry",
          "timeline", "timetable", "effect", "vote", "markup", "consultation"}
PUTTING_OUT = {"publish", "release", "present", "introduce", "table", "unveil", "submit"}  # "put off publishing it"

EFFORTS = {"push", "effort", "bid", "attempt", "drive", "campaign", "plan", "proposal", "agreement"}  # what is
# pursued is the measure they seek ("shelved a plan to introduce a levy": the plan is no measure of its own)
PURSUING = MAKING_VERBS | {"attach", "add", "include", "insert"}
# (not "rejected attempts to restore a provision": what was undone stays undone)
APPLYING = {"enforce", "apply", "implement", "administer"}


def no_longer(v, verbs=APPLYING) -> bool:
    """ "would no longer apply the rule": a measure set aside (a pause), not applied."""
    return v.lemma_.lower() in verbs and any(
        c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children) for c in v.children)


def alternative(v) -> bool:
    """A bare verb offered as one choice among others: "to sign it, veto it or let it become law"."""
    group = [v, *(c for c in v.children if c.dep_ == "conj")] + ([v.head] if v.dep_ == "conj" else [])
    return v.tag_ == "VB" and any(c.dep_ == "cc" and c.lower_ == "or" for g in group for c in g.children)


def passed_over(v) -> bool:
    """A verb set against the one done: "Rather than adopt the ban, the government watered it down",
    "instead of banning the app"."""
    doc = v.doc
    return any(c.dep_ == "mark" and c.lower_ == "than" and c.i > 0 and doc[c.i - 1].lower_ == "rather"
               for c in v.children) \
        or v.dep_ == "pcomp" and v.head.lower_ == "of" and v.head.i > 0 and doc[v.head.i - 1].lower_ == "instead"


def instrument(name: str) -> str:
    """The noun a measure's name is built on, its number aside: "Royal Decree-law 24/2021" -> "decree"."""
    words = [w for w in name.split() if not any(ch.isdigit() for ch in w)]
    return measure_head(" ".join(words) or name).split("-")[0]


def object_relative(v) -> bool:
    """A relative clause whose head is its object, with no "which" or "that": "the curbs it imposed"."""
    return not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in v.children) and any(
        c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in v.children)


class StatusObjects:
    """The measure a status verb's adjective, relative or timing noun stands for; mixed into StatusRules."""

    def _proposed_adjective(self, adj) -> None:
        """ "a proposed ban on routers", "India has put its proposed competition law on hold": the measure was
        proposed, by its owner when one is named, at a time the sentence may not tell."""
        measures = self.keys(adj.head, "measure", conj=False)
        actors = [k for c in adj.head.children if c.dep_ == "poss" for k in self.keys(c, "actor")]
        self._emit_status(actors, measures, "PROPOSED", adj, 0.8)

    def _pronoun_on_itself(self, v) -> bool:
        """ "In June it postponed the checks again": "it" may stand for the checks, but no measure puts itself
        off, so "it" is whoever did."""
        if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in v.children):
            return False
        subject = {k for k, _ in self._subjects(v, "measure")[1]}
        objects = {k for c in v.children if c.dep_ == "dobj" for k, _ in self.keys(c, "measure")}
        return bool(subject) and subject <= objects

    def _pronoun_making(self, v, status: str) -> bool:
        """ "Beijing opened an investigation, and in March it imposed tariffs": "it" may stand for Beijing or for
        a measure told before; a measure imposes no measure (it only repeals, eases or delays one), so "it" is
        the actor when the resolver gives one and the clause before was not about a measure."""
        return status in ("ENACTED", "PROPOSED", "INTRODUCED") and any(
            c.dep_ == "nsubj" and c.pos_ == "PRON" for c in v.children) and bool(self._subjects(v, "actor")[1]) \
            and self._prior_subject(v) != "measure"

    def _prior_subject(self, v) -> str | None:
        """What the clause before a verb was about, "measure" or "actor": the subject of the verb it is joined to
        ("Beijing opened ..., and it imposed"), else of the sentence before ("The law would have required X. It
        also barred Y")."""
        if v.dep_ == "conj":
            verb = v.head
        elif v.sent.start > 0:
            verb = v.doc[v.sent.start - 1].sent.root
        else:
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        return "measure" if self.keys(subject, "measure") else "actor" if self.keys(subject, "actor") else None

    def _reviewed_whether(self, v) -> list[tuple[str, float]]:
        """ "The court is reviewing whether the law can be used to ...": the law is under review."""
        return [k for c in v.children if c.dep_ == "ccomp" and any(m.lower_ in ("whether", "if") for m in c.children)
                for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for k in self.keys(s, "measure")]

    def _shared_relative_object(self, v) -> list[tuple[str, float]]:
        """ "the Act, which Parliament passed in August and the President signed into law days later":
        the small parser hangs "signed" elsewhere, leaving it with no object; it shares the relative's."""
        if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and self.keys(c, "measure") for c in v.children) \
                or not any(c.dep_ == "nsubj" for c in v.children):
            return []
        rel = [t for t in v.sent if t.i < v.i and t.lower_ in ("which", "that") and t.dep_ == "dobj"
               and t.head.dep_ == "relcl" and t.head.lemma_.lower() in self.lex.statuses]
        return self.keys(rel[-1].head.head, "measure") if rel else []

    def _pursued(self, noun) -> list[tuple[str, float]]:
        """ "dropped a push to attach a pre-emption provision to the defense bill": the effort's measure."""
        if noun.lemma_.lower() not in EFFORTS:
            return []
        return [k for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in PURSUING
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for o in c.children if o.dep_ == "dobj" for k in self.keys(o, "measure")][:1]

    def _put_out(self, gerund) -> list[tuple[str, float]]:
        """ "has put off publishing a draft law" (the gerund parsed as a clause): the measure whose putting out
        is held back."""
        if gerund.tag_ != "VBG" or gerund.lemma_.lower() not in PUTTING_OUT:
            return []
        return [k for c in gerund.children if c.dep_ == "dobj" for k in self.keys(c, "measure")]

    def _course(self, noun) -> list[tuple[str, float]]:
        """ "the administration reversed course (on the requirement)": the measure it turns back from, named
        after "on" or else the one in hand."""
        v = noun.head
        if noun.lemma_.lower() != "course" or noun.dep_ != "dobj" or v.lemma_.lower() != "reverse":
            return []
        if any(self.clusters[k].type in ("Firm", "Organization") for c in v.children if c.dep_ == "nsubj"
               for k, _ in self.keys(c, "actor")):
            return []  # "Apple reversed course": its own plan, not a public measure
        named = [k for p in [*v.children, *noun.children] if p.dep_ == "prep" and p.lower_ in ("on", "over")
                 for g in p.children if g.dep_ == "pobj" for k in self.keys(g, "measure")]
        topic = self.resolver.topic(v.i)
        return named or ([(topic.key, 0.6)] if topic is not None else [])

    def _timing(self, noun, named_only: bool = False) -> list[tuple[str, float]]:
        """ "extended the deadline", "pushed the start date back": the timing of the story's measure
        (with ``named_only``, only of a measure named in an "of" phrase)."""
        if noun.lemma_.lower() not in TIMING or any(c.lower_ in ("other", "unrelated") for c in noun.children):
            return []  # not "an urgency procedure that held up other votes"
        if noun.lemma_.lower() == "application" and any(
                c.dep_ == "acl" or c.dep_ == "poss" and not self.keys(c, "measure") for c in noun.children):
            return []  # "Apple's application to export map data was filed": a request, not a measure's start
        inner = [k for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "on")
                 for g in p.children if g.dep_ == "pobj" for k in self.keys(g, "measure")]
        if inner or named_only:
            return inner
        topic = self.resolver.topic(noun.i)
        if topic is None:  # "extended the deadline ..., months after a law requiring its sale": named next
            later = [m for t in noun.sent if t.i > noun.i for m in [self.by_head.get(t.i)]
                     if m and m.type == "Measure" and m.entity]
            return [(later[0].entity, 0.5)] if later else []
        return [(topic.key, 0.6)]


# What is filed against a measure, not the measure filed: "filed a lawsuit against the law".
CHALLENGES = {"lawsuit", "suit", "petition", "complaint", "challenge", "appeal", "motion", "objection"}


def would_do(v) -> bool:
    """ "The Incentive, announced in December by the minister, would apply to ...": what was announced is told
    as what it would do, so it was put forward, not laid down."""
    return v.dep_ == "acl" and v.head.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "aux" and c.lower_ == "would" for c in v.head.head.children)


def some_parts(noun) -> bool:
    """ "most of those amendments", "some of the provisions": a share of a measure's parts, not the measure."""
    return any(g.lemma_.lower() in PART_NOUNS for g in share_of(noun))


def cabinet(tok) -> bool:
    """ "the cabinet", "the Council of Ministers": a government's ministers deciding together."""
    doc = tok.doc
    return tok.lower_ == "cabinet" or tok.lower_ == "council" and tok.i + 2 < len(doc) \
        and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].lower_ == "ministers"


AGENDAS = {"agenda", "schedule", "calendar", "docket", "timetable"}


def called_off(status: str, noun, verb=None) -> str:
    """Scrapping or cancelling the vote on a bill shelves the bill: it waits, it is not withdrawn; so does
    removing it from the agenda."""
    if status in ("DROPPED", "RESCINDED") and noun.lemma_.lower() in ("vote", "markup"):
        return "SHELVED"
    if status in ("DROPPED", "RESCINDED") and verb is not None and any(
            p.dep_ == "prep" and p.lower_ == "from" and g.lemma_.lower() in AGENDAS
            for p in verb.children for g in p.children if g.dep_ == "pobj"):
        return "SHELVED"  # "removing it from the floor agenda for the rest of the year"
    return status


# Changes a body decides by saying it will make them ("said it would postpone the rule").
HOLDING_BACK = {"postpone", "delay", "defer", "pause", "suspend", "shelve", "scrap", "drop", "withdraw", "abandon",
                "repeal", "rescind", "revoke", "lift", "ease", "relax", "review", "reconsider"}


def announced(v) -> bool:
    """ "announced that the bill would be withdrawn": a passive change in what was announced is the
    decision itself, modal or not."""
    clause = v
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ != "ccomp":
        return False
    if clause.head.lemma_.lower() in ("announce", "confirm") and any(c.dep_ == "nsubjpass" for c in v.children):
        return True
    # "the IRS said it would postpone the rule": a body telling what it will hold back has decided it
    speaker = [c for c in clause.head.children if c.dep_ == "nsubj"]
    doer = [c for c in v.children if c.dep_ == "nsubj"]
    return clause.head.lemma_.lower() in ("say", "announce", "confirm") \
        and (v.lemma_.lower() in HOLDING_BACK or no_longer(v)) \
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in v.children) \
        and bool(speaker) and bool(doer) \
        and (doer[0].lower_ in ("it", "they", "he", "she") or doer[0].lower_ == speaker[0].lower_)
