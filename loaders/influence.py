"""Verbs of influence: who lobbied, urged, pressed, backed, opposed or criticized whom or what.

A mixin of ``RelationFinder``: ``_influence`` reads one verb's subjects, objects and clauses and emits
the sides taken, on measures and on actors ("lobbied senators against the bill", "urged the governor to
veto it", "welcomed the decision to drop the levy").
"""

from __future__ import annotations

from policygraph.graph import vocabulary
from policygraph.loaders.arguments import WRITINGS, alongside
from policygraph.loaders.bodies import judicial
from policygraph.loaders.clauses import CURBING, background
from policygraph.loaders.coref import PEOPLE
from policygraph.loaders.date_scope import token_at
from policygraph.loaders.measure_ends import plan_to_undo
from policygraph.loaders.phrase_fixes import REQUESTS  # "rejected calls to scrap the law"
from policygraph.loaders.status_objects import TIMING
from policygraph.loaders.statuses import EVENT_NOUNS, NEGATIVE_STATUSES as NEGATIVE, STATUS_TYPES, object_relative

LOCATIVE = {"in", "across", "within", "inside", "throughout", "into", "at", "near", "around", "outside"}
REASONS = {"point", "cite", "note", "invoke", "mention"}  # "..., pointing to the curbs": a reason, not an aim
WHEN = {"before", "after", "during", "until", "since", "ahead", "following"}  # "lobbied lawmakers before the votes"
ACTOR_PREPS = {"against": "oppose", "for": "support", "on": None, "over": None, "with": None, "to": None,
               "behind": "support", "toward": None, "towards": None}

# What firms ask of a measure they cannot stop: relief from it ("lobbied officials for more time").
RELIEF = {"time", "delay", "extension", "exemption", "carve-out", "carveout", "waiver", "transition",
          "flexibility", "leniency", "reprieve", "grace"}


def duration(prep) -> bool:
    """ "for months", "for years", "over two weeks": a span of time, no side taken."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return prep.lower_ in ("for", "over") and bool(objects) and all(g.ent_type_ in ("DATE", "TIME") for g in objects)


# What is answered when a measure is defended: "rejected the criticism", "dismissed those concerns".
CRITICISM = {"criticism", "concern", "objection", "accusation", "allegation", "complaint", "claim", "charge",
             "critic", "fear"}
CONTRASTS = {"while", "whereas", "although", "though"}  # a clause of its own, another's side
RETREATS = {"retreat", "u-turn", "climbdown", "reversal"}  # a body backing off its own measure
REBUTTALS = {"reject", "dismiss", "rebuff", "deny", "rebut", "counter", "brush", "refute", "shrug"}
# Verbs that ask or counsel someone to act without being verbs of influence in the lexicon.
ADVISING = {"advise", "encourage", "invite", "instruct", "tell", "want", "expect"}
BILL_WORDS = {"bill", "act", "legislation"}  # what a minister introducing it sponsors, not imposes

class InfluenceRules:
    """Influence verbs; needs the ``RelationFinder`` helpers (keys, _emit, _subjects, _purpose, ...)."""

    def _influence(self, v, type_: str, stance: str | None) -> None:
        refused = type_ == "SUPPORTS" and any(c.dep_ == "neg" for c in v.children) and any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "can", "ca", "wo") for c in v.children) \
            and not any(c.lower_ in ("yet", "necessarily") for c in v.children) \
            or type_ == "SUPPORTS" and v.dep_ == "xcomp" and v.head.lemma_ in ("refuse", "decline")
        if v.lemma_.lower() == "comply" and not refused:
            return  # complying with a measure takes no side on it; refusing to comply does
        if v.lemma_.lower() == "carry" and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "over", "on")
                                               for c in v.children):
            return  # "carried out the ban" enforces it; "carried a bill" is its author's
        if v.lemma_.lower() in REBUTTALS and any(c.dep_ == "conj" and self.lex.verbs.get(c.lemma_.lower(), ("",))[0]
                                                 in ("CRITICIZED", "OPPOSES") for c in v.children):
            return  # "rejected the claims and criticised the restriction": no defence of the measure
        if refused:  # "would not back the framework", "refused to endorse it": a side taken against
            type_, stance = "OPPOSES", "oppose"
        elif v.lemma_.lower() in REBUTTALS and any(c.dep_ == "dobj" and (c.lemma_.lower() in CRITICISM or (
                c.lemma_.lower() in REQUESTS and self._clause_measures(c))) for c in v.children):
            type_, stance = "SUPPORTS", "support"  # "rejected the criticism, saying the law ...": a defence;
            # "rejected calls to scrap the law" keeps it
        elif any(c.dep_ == "neg" for c in v.children) \
                or any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in v.children):
            return  # "did not oppose", "could challenge the law in court": no act
        targets: list[tuple[str, float]] = []
        measure_targets: list[tuple[str, float]] = []
        stance_here = stance
        agents = [k for c in v.children if c.dep_ == "agent" for g in c.children for k in self.keys(g, "actor")]
        if v.tag_ == "VBN" and v.dep_ == "acl" and self._verbless_subject(v) is None:  # "the bill, backed by X"
            passive, sources = True, agents
            measure_targets += self.keys(v.head, "measure")
            targets += [k for k in self.keys(v.head, "actor") if k[0] not in {a for a, _ in agents}]
            # not "petitions led by A and B": the leaders lead the petitions, not each other
        elif v.tag_ == "VBN" and v.dep_ == "advcl":  # "Written by Senator Banks, the provision ..."
            passive, sources = True, agents
            for c in v.head.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    measure_targets += self.keys(c, "measure")
                    targets += self.keys(c, "actor")
        else:
            passive, sources = self._subjects(v, "actor")
            if type_ in ("LOBBIED", "PRESSURED", "URGED", "OPPOSES") and not passive:  # "Visa and Mastercard,
                # backed by US trade groups, lobbied", "France, backed by Italy and Spain, pressed to keep them"
                sources = sources + [k for k in self._backers(v) if k not in dict(sources)]
            if passive:
                for c in v.children:
                    if c.dep_ == "nsubjpass":
                        targets += self.keys(c, "actor")
                        measure_targets += self.keys(c, "measure")
                measure_targets += self._joined_measures(v)  # "was tabled by A and backed by B"
        particles = [g for c in v.children if c.dep_ == "advmod" and c.lower_ in ("back", "out", "hard")
                     for g in c.children if g.dep_ == "prep"]  # "pushed back | against the rules"
        particles += [g for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() not in self.lex.nominal
                      for g in c.children if g.dep_ == "prep" and g.lower_ == "against"]  # "lobbied senators |
        # against the bill" (not "ran a campaign against the bill": the campaign's, told as a noun)
        if type_ in ("LOBBIED", "PRESSURED") and not any(c.dep_ == "prep" for c in v.children):
            particles += [g for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == v.tag_
                          for x in [c, *(d for d in c.children if d.dep_ == "dobj")] for g in x.children
                          if g.dep_ == "prep" and g.lower_ == "against"]  # "lobbying MPs and organising | against it"
        answered = any(a.dep_ in ("intj", "advmod", "dobj") and a.lower_ in ("no", "yes") for a in v.children)
        own_side = against_undoing = False
        aim = None
        sideless = []
        for c in [*v.children, *particles]:
            if answered and c.dep_ in ("advcl", "prep") and c.lower_ not in ("on", "against", "for") or alongside(c):
                continue  # "would vote no, with Pocock saying ...": the vote is on the measure in hand
            if c.dep_ in ("dobj", "dative", "attr"):
                targets += self.keys(c, "actor")
                own = self.keys(c, "measure")
                measure_targets += own or self._clause_measures(c)  # not the rules "a provision limiting state
                # AI rules" limits: the provision is what was drafted
            elif c.dep_ == "prep" and duration(c):  # "lobbied for months to scale the rule back": a time,
                for g in (g for x in c.children for g in x.children):  # and what the parser hung on it
                    if g.dep_ in ("relcl", "acl"):
                        pol, ms = self._purpose(g)
                    elif g.dep_ == "prep" and ACTOR_PREPS.get(g.lower_):  # "for years against the act"
                        pol = ACTOR_PREPS[g.lower_]
                        ms = [k for x in g.children if x.dep_ == "pobj" for k in self.keys(x, "measure")]
                    else:
                        continue
                    measure_targets += ms
                    stance_here = stance_here or pol
            elif c.dep_ == "prep" and c.lower_ in ACTOR_PREPS:
                if stance_here is None and ACTOR_PREPS[c.lower_]:
                    stance_here = ACTOR_PREPS[c.lower_]
                for g in c.children:
                    undone = [k for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                              if x.dep_ == "pobj" for k in self.keys(x, "measure")] + [
                        k for p in g.children if p.dep_ == "poss" for k in self.keys(p, "measure")]
                    if g.dep_ == "pobj" and ACTOR_PREPS[c.lower_] and undone and self.lex.status_nouns.get(
                            g.lemma_.lower()) in NEGATIVE:
                        stance_here = "oppose" if c.lower_ == "for" else "support"
                        # "called for the repeal of the law" opposes the law; "against its repeal" supports it
                    if g.dep_ == "pobj":
                        if c.lower_ not in LOCATIVE:
                            targets += self.keys(g, "actor")
                        measure_targets += self.keys(g, "measure") + self._clause_measures(g)
                    elif g.dep_ == "pcomp":
                        pol, ms = self._purpose(g)
                        measure_targets += ms
                        if c.lower_ == "against" and pol and ms:
                            stance_here = "support" if pol == "oppose" else "oppose"  # "fought against removing
                            against_undoing = pol == "oppose"  # the exemption" keeps it
                        stance_here = stance_here or pol
            elif c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in self.lex.verbs:
                own_side = True  # "dissented, voting to keep Article 19": the participle takes its own side
            elif c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX") and not any(
                    m.dep_ == "mark" and m.lower_ in CONTRASTS for m in c.children) and not background(c, self.lex):
                # not "..., while B condemned it", nor "pushed it through after ministries argued against the ban"
                pol, ms = self._purpose(c)
                if c.dep_ == "xcomp" and not pol and not any(n.dep_ == "neg" for n in c.children):
                    sideless.append(c)  # "urged the FTC to look into chatbots": a request with no side
                if ms and not pol and c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in REASONS:
                    pass  # "urged the government to block the deal, pointing to Washington's curbs": a reason
                elif ms:
                    measure_targets += ms
                    if stance_here is None or type_ in ("LOBBIED", "URGED", "PRESSURED"):
                        stance_here = pol or stance_here
                elif pol and v.lemma_.lower() == "vote":  # "voted to push the start date" of the law in hand
                    stance_here = stance_here or pol
                elif pol and (c.lemma_.lower() in CURBING or all(g.lemma_.lower() in TIMING for g in c.children
                                                                  if g.dep_ == "dobj")):
                    aim = pol  # "urged the regulator to delay enforcement", "to block illegal VPNs": the side taken
                    # on the measure in hand (not "to restore access": what is restored is no measure)
                elif not pol and any(n.dep_ == "neg" for n in c.children):
                    aim = "oppose"  # "pressed officials not to classify its systems as high-risk": asking for less
        if against_undoing and type_ in ("OPPOSES", "CRITICIZED"):
            type_, stance = "SUPPORTS", "support"  # "fought against removing the exemption", "voted against scrapping it"
        if type_ == "OPPOSES" and v.lemma_.lower() in ("fight", "battle") and any(
                c.dep_ == "prep" and c.lower_ == "for" and not duration(c) for c in v.children):
            type_, stance = "SUPPORTS", "support"  # "would keep fighting for the law" (not "fought it for years")
        if type_ == "URGED" and stance_here is None and not any(c.dep_ == "neg" for c in v.children) and any(
                m is not None and m.type == "Measure" for c in v.children
                if c.dep_ in ("dobj", "nsubjpass") for m in [self.mention(c)]):
            stance_here = "support"  # "parents had urged the ban", "the ban was first recommended by a committee"
        if v.lemma_.lower() == "vote" and stance_here:  # "voted to throw out the rules" opposes them
            type_, stance = ("SUPPORTS", "support") if stance_here == "support" else ("OPPOSES", "oppose")
        if not sources:
            return
        spent = v.tag_ == "VBG" and v.head.lemma_.lower() == "spend"  # "spent the year pressing Brussels"
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in ("stop", "cease", "halt", "quit", "end"):
            return  # "would stop funding local outlets": no funding told
        if v.dep_ == "xcomp" and not spent and (
                self.lex.verbs.get(v.head.lemma_.lower(), ("",))[0] in ("URGED", "LOBBIED", "PRESSURED")
                or v.head.lemma_.lower() in self.lex.attempts or v.head.lemma_.lower() in ADVISING):
            return  # "urged the governor to reject it", "advised the court to side with them": the request
        if type_ in ("CRITICIZED", "OPPOSES", "SUPPORTS") and not measure_targets:
            for c in v.children:  # "warned that the bill would chill open-source work"
                if c.dep_ == "ccomp":
                    for g in c.children:
                        if g.dep_ in ("nsubj", "nsubjpass"):
                            judged = c.lemma_.lower() in self.lex.negative_words | self.lex.positive_words
                            ms = self.keys(g, "measure") if g.pos_ != "PRON" or judged else []
                            # "warned that it would chill research" is the measure; "warned it would take a
                            # charge" is the speaker
                            undoing = any(a.tag_ == "VBG" and a.dep_ in ("amod", "compound") and a.lemma_.lower()
                                          in self.lex.oppose_verbs for a in g.children)
                            if ms and undoing and type_ == "CRITICIZED":  # "warn that easing restrictions would ..."
                                self._emit(sources, ms, "SUPPORTS", "support", v, 0.7)
                                return
                            measure_targets += ms
                        if g.dep_ in ("csubj", "nsubj") and g.tag_ == "VBG" and type_ == "CRITICIZED":
                            pol, ms = self._purpose(g)  # "warn that easing restrictions could ..."
                            if ms and pol:
                                flipped = "SUPPORTS" if pol == "oppose" else "OPPOSES"
                                self._emit(sources, ms, flipped, vocabulary.implied_stance(flipped), v, 0.7)
                                return
        targets = [t for t in targets if not self._generic(t[0])]
        decided = [a for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in EVENT_NOUNS
                   for a in c.children if a.dep_ == "acl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)]
        decided += [c for c in v.children if c.dep_ == "ccomp" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
                    and any(x.dep_ == "nsubj" and x.lemma_.lower() in EVENT_NOUNS for x in c.children)]  # parsed so
        if decided and type_ in ("SUPPORTS", "OPPOSES", "CRITICIZED"):  # "welcomed the choice not to revive the levy"
            pol, ms = self._purpose(decided[0])
            if pol and ms:
                kind = "SUPPORTS" if (type_ == "SUPPORTS") == (pol == "support") else "OPPOSES"
                self._emit(sources, ms, kind, vocabulary.implied_stance(kind), v, 0.8)
                return
        if not measure_targets and type_ in ("SUPPORTS", "OPPOSES", "CRITICIZED") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in EVENT_NOUNS for c in v.children):
            told = [f for f in self.found if f.type in STATUS_TYPES and f.anchor < v.idx]  # the change last told
            topic = self.resolver.topic(v.i)  # "welcomed the decision": a reaction to the measure's fate
            bare = not any(g.dep_ in ("acl", "relcl", "prep") for c in v.children if c.dep_ == "dobj"
                           and c.lemma_.lower() in EVENT_NOUNS for g in c.children)  # not "the decision to let ..."
            told = ([f for f in told if f.type not in ("PROPOSED", "INTRODUCED")] or told) if bare else []
            told = [f for f in told if not _in_modifier(v.doc, f.anchor)] or told  # "overturned a fine imposed
            # by the watchdog ... welcomed the ruling": the change told, not the one recalled in passing
            deciders = [k for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in EVENT_NOUNS
                        for p in c.children if p.dep_ == "poss" for k in self.keys(p, "actor")]
            theirs = [f for f in told if f.source in {k for k, _ in deciders}] or told  # "the Commission's move"
            said = {self.lex.status_nouns.get(c.lemma_.lower()) for c in v.children if c.dep_ == "dobj"}
            theirs = [f for f in theirs if f.type in said] or theirs  # "welcomed the repeal": the change it names
            backing = type_ == "SUPPORTS"
            if theirs:  # "challenged the decision" after the fine was imposed: against the change just told, not
                halted = theirs[-1].type in NEGATIVE  # one the story reaches later (a court annulling the fine)
                kind = "SUPPORTS" if backing != halted else "OPPOSES"
                self._emit(sources, [(theirs[-1].target, 0.6)], kind, vocabulary.implied_stance(kind), v, 0.72)
            elif topic:  # "welcomed the decision" with no change told yet: the side of the story's outcome
                self._emit(sources, [(topic.key, 0.6)], "REACTION", "support" if backing else "oppose", v, 0.8)
            made = [f for f in told if f.source != "?"]
            if any(c.dep_ == "dobj" and c.lemma_.lower() in RETREATS for c in v.children):
                made = [f for f in made if not self._judicial(f.source)] or made  # a court does not retreat
            if not deciders and made:  # "criticised the ruling": the court did it
                deciders = [(made[-1].source, 0.6)]
            if deciders and type_ == "CRITICIZED":  # "criticized Reid's decision to delay the vote"
                self._emit(sources, deciders, type_, "oppose", v, 0.8)
            return
        if not measure_targets and not answered and not own_side and type_ in ("LOBBIED", "URGED", "PRESSURED", "SUPPORTS", "OPPOSES",
                                                              "CRITICIZED"):
            if not (v.dep_ == "relcl" and object_relative(v)):  # "a compromise Scholz pushed through after
                measure_targets = self._in_subtree(v)  # ministries argued against the deal": the compromise
            # "backed a push to pass the bill", "opposed changes to the rule"
        conf = 0.9 if stance_here or stance is None else 0.8
        if type_ == "TARGETS":
            return
        actor_targets = [t for t in targets if self.is_actor(t[0])]
        if type_ == "MEMBER_OF" and (any(p.dep_ == "prep" and p.lower_ == "in" and any(
                g.dep_ == "pcomp" for g in p.children) for p in v.children) or v.tag_ == "VBN" and v.dep_ == "advcl"):
            return  # "joined Pai in voting to ...", "lobbied, joined by Y": acting alongside, not joining a body
        if type_ == "LEADS" and measure_targets and not actor_targets:
            type_ = "ENFORCES"  # "the FCC, which runs the ACP": a body running a programme administers it
        if type_ in ("MET_WITH", "NEGOTIATED_WITH", "REPRESENTS", "EMPLOYED_BY", "LEADS", "MEMBER_OF", "FUNDED"):
            if type_ == "REPRESENTS" and v.lemma_ in ("hire", "retain"):
                self._emit(actor_targets, sources, type_, None, v, conf)
                self._hired_to(v, sources)
            else:
                self._emit(sources, actor_targets, type_, None, v, conf)
            return
        if type_ == "ENFORCES" and (self._role_hedged(v) or v.tag_ == "VBG" and v.dep_ != "acl" and not (
                v.dep_ == "advcl" and v.head.lemma_.lower() in ("become", "serve", "remain"))) \
                or type_ in ("IMPOSED", "CIRCUMVENTED", "AMENDS") and self._hedge(v) == "skip":
            return  # "Ofcom could only issue such a notice where ...", "blocked Florida from enforcing it"; a
            # role told with "will" holds ("the commission would enforce the law"), as does one taken on
            # ("become the AI authorities, enforcing the law")
        if type_ == "ENFORCES" and not measure_targets:  # "will police the takedown requirement": a part of
            for c in v.children:  # the measure in hand that the story names no further
                if c.dep_ == "dobj" and c.lemma_.lower() in self.lex.measure_heads and not getattr(
                        self.mention(c), "entity", None):  # none named, or "the program" with no program named
                    topic = self.resolver.topic(c.i)
                    measure_targets = [(topic.key, 0.6)] if topic is not None else []
        undone = any(o.dep_ == "dobj" and plan_to_undo(o, self.lex) for o in v.children)
        if type_ in ("IMPOSED", "SPONSORED") and undone:  # "announced the plan to scrap it": against the tax
            self._emit(sources, measure_targets, "OPPOSES", "oppose", v, 0.8)
            return
        if type_ in ("IMPOSED", "ENFORCES", "CIRCUMVENTED", "AMENDS"):
            if type_ == "IMPOSED":  # only governments impose; a lawmaker introducing a bill sponsors it
                state = [x for x in sources if self.clusters[x[0]].type in ("Agency", "Government", "Official")]
                lawmakers = [x for x in sources if self.clusters[x[0]].type == "Lawmaker"]
                if measure_targets and all(BILL_WORDS & set(self.clusters[t[0]].name.lower().split())
                                           for t in measure_targets):  # "introduced by Attorney-General X": a
                    state = [x for x in state if self.clusters[x[0]].type != "Official"  # minister sponsors a bill
                             and v.lemma_.lower() != "introduce"]  # "the ministry introduced the bill": not yet law
                self._emit(lawmakers, measure_targets, "SPONSORED", "support", v, conf)
                sources = state
            if type_ == "ENFORCES":  # "Apple said it would implement the changes": firms comply, the state enforces
                sources = [x for x in sources if self.clusters[x[0]].type not in ("Firm", "Person", "Lobbyist")]
            self._emit(sources, measure_targets, type_, None, v, conf)
            return
        if type_ == "SPONSORED":  # a group "sponsoring" a bill backs it; only those who legislate sponsor
            state = [s for s in sources if self.clusters[s[0]].type in PEOPLE | {"Agency", "Government"}]
            self._emit(state, measure_targets, type_, "support", v, conf)
            self._emit([s for s in sources if s not in state], measure_targets, "SUPPORTS", "support", v, conf)
            return
        edge_stance = stance_here if type_ in ("LOBBIED", "URGED", "PRESSURED") else stance
        objects = [g for c in v.children if c.dep_ in ("dobj", "prep") for g in ([c] if c.dep_ == "dobj" else c.children)
                   if g.dep_ in ("dobj", "pobj")]
        objects = [g for g in objects if g.head.lower_ not in WHEN]  # not "before the votes"
        relief = [g for g in objects if (g.lemma_.lower() in RELIEF  # "lobbied officials for more time"
                                         or self.lex.status_nouns.get(g.lemma_.lower()) in NEGATIVE
                                         and g.head.lower_ == "for" and not any(
                                             c.dep_ == "prep" and c.lower_ in ("of", "on", "to")
                                             for c in g.children))  # "lobbied for repeal", not "for the repeal of X"
                  and not self.keys(g, "measure")]  # not "lobbied for the extension" (the ACP Extension Act)
        if relief and type_ in ("LOBBIED", "URGED", "PRESSURED"):
            edge_stance = "oppose"  # asking "for" relief is asking against the measure as it stands
        elif edge_stance is None and type_ == "URGED" and any(judicial(self.clusters[k]) for k, _ in targets) and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in ("review", "examine") for c in v.children):
            edge_stance = "oppose"  # "would ask the Constitutional Court to review the law": a challenge (not "to
            # rule on whether the agreement was compatible", which asks for an opinion)
        other_object = any(not self.keys(g, "any") for g in objects  # "called for investigations"
                           if g not in relief and g.lemma_.lower() not in WRITINGS | {"meeting"}  # "sent letters"
                           and g.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL"))  # "through 2023"
        asked = [g for c in sideless for x in [c, *(p for p in c.children if p.dep_ == "prep")]
                 for g in x.children if g.dep_ in ("dobj", "pobj") and g.pos_ in ("NOUN", "PROPN")]
        if asked and not other_object:  # "urged the FTC to look into chatbots": about something else than the
            plain = TIMING | self.lex.measure_heads | set(self.lex.status_nouns)  # measure in hand
            other_object = any(not self.keys(g, "any") and g.ent_type_ not in ("DATE", "TIME")
                               and g.lemma_.lower() not in plain for g in asked)
        # "voted no", "went to court", "withdrew her support": a side taken on the measure in hand
        in_hand = v.lemma_.lower() in ("vote", "go", "sue", "take", "withdraw", "push", "fight", "comply") \
            and type_ in ("SUPPORTS", "OPPOSES")  # "fought back": against the measure in hand
        asking = type_ in ("LOBBIED", "URGED", "PRESSURED") or in_hand
        if not measure_targets and (not other_object or in_hand) and asking and not any(
                self.clusters[t[0]].type in ("Firm", "Organization", "Person") for t in actor_targets):
            topic = self.resolver.topic(v.i)  # "Hardware makers lobbied officials for more time"
            if topic:
                measure_targets = [(topic.key, 0.55)]
        if v.lemma_.lower() == "accuse" and actor_targets:
            measure_targets = self._accused_of(v, actor_targets, measure_targets)
        if measure_targets:
            self._emit(sources, measure_targets, type_, aim or edge_stance if asking else edge_stance, v, conf)
        if actor_targets and type_ in ("LOBBIED", "URGED", "PRESSURED", "CRITICIZED", "SUPPORTS", "OPPOSES") \
                and v.lemma_.lower() != "appeal":  # "appealed to the Supreme Court" opposes no court
            asked = "PRESSURED" if type_ in ("LOBBIED", "URGED") else type_  # "urged the FCC to reject it" presses
            self._emit(sources, actor_targets, asked, None if asked == "PRESSURED" else edge_stance, v, conf * 0.95)
            # the FCC; pressure on a body carries no side: the side belongs to the measure it is pressed about

    def _hired_to(self, v, sources) -> None:
        """ "Apple hired lobbyists to fight the bill": hiring help against a measure is lobbying on it."""
        hired = [c for c in v.children if c.dep_ == "dobj"]
        if not any(h.lemma_.lower() in ("lobbyist", "lobby", "firm", "consultant", "lawyer") for h in hired):
            return
        for clause in (c for h in [v, *hired] for c in h.children if c.dep_ in ("xcomp", "advcl", "relcl", "acl")
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            pol, ms = self._purpose(clause)
            if pol and ms:
                self._emit(sources, ms, "LOBBIED", pol, v, 0.8)
                return
        topic = self.resolver.topic(v.i)
        if topic is not None and any(h.lemma_.lower() in ("lobbyist", "lobby") for h in hired):
            self._emit(sources, [(topic.key, 0.6)], "LOBBIED", None, v, 0.7)  # "ZTE hired outside lobbyists in
            # Washington to press its case": lobbying on the measure in hand, its side told by the rest

    def _accused_of(self, v, accused, measure_targets):
        """ "accuse the company of working to water the bill down": the company works against the bill; the
        accusers' own side on it is not told. Returns the measures left for the accusers."""
        holders = [v] + [c for c in v.children if c.dep_ == "dobj"]  # "accuse the company | of ..."
        for p in (p for h in holders for p in h.children):
            for g in p.children if p.dep_ == "prep" and p.lower_ == "of" else []:
                if g.dep_ != "pcomp":
                    continue
                pol, ms = self._purpose(g)
                if not (pol and ms):
                    continue
                for a in accused:
                    state = self.clusters[a[0]].type in ("Agency", "Government", "Official", "Lawmaker")
                    kind = ("SUPPORTS" if pol == "support" else "OPPOSES") if state else "LOBBIED"
                    self._emit([a], ms, kind, pol, g, 0.7)
                return [t for t in measure_targets if t[0] not in {k for k, _ in ms}]
        return measure_targets

    def _backers(self, v) -> list[tuple[str, float]]:
        """Who a lobbying subject is "backed by": they lobby with it."""
        subjects = [t for c in v.children if c.dep_ == "nsubj" for t in [c, *c.conjuncts]]
        return [(k, 0.6) for t in subjects for a in t.children if a.dep_ == "acl" and a.tag_ == "VBN"
                and a.lemma_.lower() in ("back", "support", "join", "assist") for p in a.children if p.dep_ == "agent"
                for g in p.children if g.dep_ == "pobj" for k, _ in self.keys(g, "actor")]


def _in_modifier(doc, anchor: int) -> bool:
    """Whether the verb at character ``anchor`` only describes a noun ("a fine imposed by the watchdog")."""
    tok = token_at(doc, anchor)
    return tok.dep_ == "acl" and tok.tag_ == "VBN"
