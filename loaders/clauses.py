"""Clause-level rules: purpose clauses ("lobbied to kill the bill"), measures named inside a clause, and
measures a verb implies without naming them ("the Commission fined X"). A mixin of RelationFinder;
reported speech, which leans on these helpers, is loaders/speech.py."""

from __future__ import annotations

from policygraph.loaders.measure_ends import command_phrase
from policygraph.loaders.measure_match import NOUN_KIN
from policygraph.loaders.noun_words import COMMANDS
from policygraph.loaders.status_objects import PUTTING_OUT, TIMING
from policygraph.loaders.statuses import EVENT_NOUNS, NEGATIVE_STATUSES, STATUS_TYPES

# Nouns for a part of the measure in hand: "warned that the definition was so vague ...", "the draft".
MEASURE_PARTS = {"definition", "draft", "scope", "wording", "text", "threshold", "thresholds", "requirement",
                 "requirements", "obligation", "obligations", "penalty", "penalties", "fine", "fines", "provision",
                 "provisions", "rules", "timeline", "deadline", "exemption", "exemptions", "mandate", "regime",
                 "framework", "version", "approach", "design", "designation", "changes", "plan", "plans"}

IMPLICIT = {"fine": "fine on", "sanction": "sanctions on", "ban": "ban on", "bar": "ban on", "prohibit": "ban on",
            "blacklist": "blacklisting of", "penalize": "penalty on", "penalise": "penalty on",
            "order": "order requiring", "direct": "directive requiring", "instruct": "instruction requiring",
            "suspend": "suspension of", "freeze": "freeze of", "add": "addition of"}
LISTS = {"list", "blacklist"}  # "the Entity List", "a trade blacklist": adding a firm to one is a measure on it
PROPOSING = {"propose", "recommend", "suggest"}
PROPOSERS = {"Agency", "Government", "Official", "Lawmaker"}  # public bodies whose proposals are measures
CURBING = {"block", "ban", "restrict", "curb", "limit", "halt", "suspend", "stop"}  # verbs a measure is made of
SIDE_PREPS = {"against": "oppose", "for": "support"}  # "to vote against the bill", "to campaign for it"
THING_BANS = {"ban", "prohibit"}  # "banned initial coin offerings": a ban on a practice, not on an actor
HALTS = {"suspend", "freeze"}  # a measure only against a firm or group: "suspended Twitter" (not "the rule")


# A sum in a currency's plural names the fine in the singular: "fined X 120 million euros", "a 120 million euro fine".
CURRENCIES = {"euros": "euro", "dollars": "dollar", "pounds": "pound", "yuan": "yuan", "rupees": "rupee", "won": "won",
              "yen": "yen", "reais": "real", "francs": "franc", "kronor": "krona", "rand": "rand", "naira": "naira"}

# Marks of a time or cause clause: "after ministries argued against the ban".
BACKGROUND_MARKS = {"after", "before", "when", "as", "because", "since", "until", "once"}


def background(clause, lex) -> bool:
    """A time or cause clause in which someone else takes a side: "after ministries argued against the ban" is
    theirs (but "lobbied after the ministry proposed the ban" lobbied on the ban)."""
    lemma = clause.lemma_.lower()
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in BACKGROUND_MARKS for m in clause.children) \
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON" for s in clause.children) \
        and (lemma in lex.verbs or lemma in lex.speech_verbs or any(
            p.dep_ == "prep" and p.lower_ in SIDE_PREPS for p in clause.children))


class ClauseRules:
    """Speech, purpose and implicit-measure rules; mixed into RelationFinder."""

    def _implicit(self, v, lemma: str) -> None:
        """ "The Commission fined X 120 million euros": a fine on X, imposed by the Commission, enacted.
        Likewise "sanctioned", "banned", "barred", "blacklisted" an actor; "ordered" (or "directed",
        "instructed") someone to do something; "suspended" or "froze" a named firm or group; "barred firms
        from selling X" (a ban on selling X)."""
        if self._hedge(v) or v.tag_ == "VBG" and v.dep_ in ("pcomp", "pobj") or v.dep_ == "acl":  # "an executive
            # order directing the Justice Department to ...": the order is named already
            return
        first_verb = v
        while first_verb.dep_ == "conj" and first_verb.head.pos_ in ("VERB", "AUX"):
            first_verb = first_verb.head
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in first_verb.children) \
                and first_verb.head.lemma_.lower() not in ("decide", "vote", "agree", "move"):
            return  # "the power to set standards and to order providers to block sites": a power, not an order
        kept = [g for c in v.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                if g.dep_ == "pcomp"]
        kept_from = [k for g in kept for d in g.children if d.dep_ == "dobj" for k in self.keys(d, "measure")]
        if kept_from and lemma in ("bar", "ban"):  # "barred the bureau from enforcing its rule": the rule is blocked;
            until = any(p.dep_ == "prep" and p.lower_ == "until" for t in (v, *kept) for p in t.children)
            self._status(v, "DELAYED" if until else "BLOCKED")  # "... its first set of rules until next spring"
            return
        barred_from = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                            if g.dep_ == "pcomp" and g.tag_ == "VBG"), None) if lemma in ("bar", "ban") else None
        passive, sources = self._subjects(v, "actor")
        if not passive and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in v.children) \
                and self._subjects(v, "measure")[1] and self._prior_subject(v) == "measure":
            return  # "The law would have required X. It also barred platforms from Y": a clause of the law
        targets = [k for c in v.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "dative"))
                   for k in self.keys(c, "actor")]
        if not targets and not passive:  # "fined Nvidia 50 million euros": Nvidia hangs off the amount
            targets = [k for c in v.children if c.dep_ == "dobj" and (c.ent_type_ in ("MONEY", "CARDINAL")
                                                                       or self._currency(c))
                       for g in c.subtree if g.dep_ in ("nmod", "compound", "poss") for k in self.keys(g, "actor")]
        listing = self._listing(v) if lemma == "add" else None
        if lemma == "add" and listing is None:
            return  # only "added Huawei to the Entity List" (a blacklist) makes a measure
        command = next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        named = {m.entity for t in v.sent for m in [self.mention(t)] if m is not None and m.kind == "named"}
        if lemma in COMMANDS and command is None or lemma in HALTS and any(
                self.clusters[k].type not in ("Firm", "Organization") or k not in named for k, _ in targets):
            return
        if not targets and not passive and lemma in THING_BANS:
            self._thing_banned(v, sources)  # "prohibited initial coin offerings in September"
            return
        if not targets or command is not None and command.lemma_.lower() in self.lex.statuses and any(
                self.keys(c, "measure") for c in command.children if c.dep_ == "dobj"):
            return  # "instructed his services to withdraw the text": the text is dropped; no order of its own
        sums = [g for c in v.children if c.dep_ == "npadvmod" for g in c.children if g.dep_ == "appos"]
        groups = [(targets, next((c for c in [*v.children, *sums] if c.dep_ in ("dobj", "npadvmod") and c.ent_type_ == "MONEY"
                                  or c.dep_ in ("dobj", "appos") and self._currency(c)), None))]
        # "fined Intel again, this time 376.36 million euros": the sum set off after "this time"
        for c in v.children:  # "fined Apple €500 million and Meta €200 million": a second fine
            amount = next((g for g in c.children if g.ent_type_ == "MONEY" or self._currency(g)), None)
            if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and amount is not None and self.keys(c, "actor"):
                groups.append((self.keys(c, "actor", conj=False), amount))
        for targets, amount in groups:
            first = self._surface(v, targets[0][0])
            noun = IMPLICIT[lemma]
            if lemma == "fine" and len(targets) > 1:
                noun = noun.replace("fine", "fines", 1)  # one fine each
            if lemma == "fine" and amount is not None:  # "a 120 million euro fine on X"
                j = amount.i
                while j > 0 and v.doc[j - 1].i != v.i and (v.doc[j - 1].ent_type_ in ("MONEY", "CARDINAL")
                                                         or v.doc[j - 1].like_num or v.doc[j - 1].text in "€$£¥₹"):
                    j -= 1
                noun = f"{v.doc[j:amount.i].text} {CURRENCIES.get(amount.lower_, amount.text)} {noun}".strip()
            name = f"{noun} {first}" if len(targets) == 1 else \
                f"{noun} {first} and {self._surface(v, targets[1][0])}" if len(targets) == 2 else f"{noun} {first} and others"
            barred = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "from" and lemma in ("ban", "bar")
                           for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None)
            if barred is not None and command is None:  # "banned Huawei and ZTE from its 5G networks"
                words = [t for t in barred.subtree if not (t.i < barred.i and t.dep_ in ("det", "poss"))]
                name = f"{name} from {v.doc[words[0].i:words[-1].i + 1].text}"
            if command is not None:  # "an order requiring Apple to build software that would ..."
                name = f"{name} {command_phrase(command)}"
            elif barred_from is not None:  # "barred firms from selling crypto notes to retail consumers"
                name = f"{IMPLICIT[lemma]} {command_phrase(barred_from)}"
            elif listing is not None:  # "addition of Huawei to the Entity List"
                name = f"{name} to the {self.clusters[listing].name}"
            measure = self.resolver.implicit_measure(name)
            self.made.append((v.i, measure.key))
            key = [(measure.key, 0.7)]
            self._emit(key, targets, "TARGETS", None, v, 0.8)
            if sources:
                self._emit(sources, key, "IMPOSED", None, v, 0.8)
            self._emit_status(sources, key, "ENACTED", v, 0.8)

    def _thing_banned(self, v, sources) -> None:
        """ "South Korea prohibited initial coin offerings": a ban on a practice or product (not an actor),
        imposed and enacted by the public body that banned it."""
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.ent_type_
                    and not self.keys(c, "any")), None)
        if obj is None or not sources or any(self.clusters[k].type not in PROPOSERS for k, _ in sources):
            return
        words = [t for t in obj.subtree if not (t.i < obj.i and t.dep_ in ("det", "poss"))]
        words = [t for t in words if t.i <= obj.i or t.dep_ == "prep" or t.head.i != obj.i]  # no relative clause
        phrase = v.doc[words[0].i:words[-1].i + 1].text
        if len(words) > 6:  # "the sale of a semiconductor factory in Dortmund owned by ...": the sale of a factory
            of = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
            tail = [t for g in of[:1] for t in g.lefts if t.dep_ in ("compound", "amod")] + of[:1]
            phrase = " ".join([v.doc[words[0].i:obj.i + 1].text] + (["of"] + [t.text for t in tail] if tail else []))
        key = [(self.resolver.implicit_measure(f"ban on {phrase}").key, 0.7)]
        self.made.append((v.i, key[0][0]))
        if v.dep_ in ("xcomp", "dobj") and v.head.lemma_.lower() in ("propose", "suggest", "recommend"):
            self._emit(sources, key, "SPONSORED", "support", v, 0.8)  # "proposed banning the trading of crypto":
            self._emit_status(sources, key, "PROPOSED", v, 0.8)  # put forward, not in force
            return
        self._emit(sources, key, "IMPOSED", None, v, 0.8)
        self._emit_status(sources, key, "ENACTED", v, 0.8)

    def _proposed_that(self, v) -> None:
        """ "The commission proposed that Google change the way its search engine ranks news sites", "Google
        should pay into a fund, the regulator recommended": a remedy a public body puts forward as a clause
        is a measure, proposed by that body and aimed at the clause's subject."""
        passive, sources = self._subjects(v, "actor")
        if passive or not sources or any(self.clusters[k].type not in PROPOSERS for k, _ in sources) \
                or self._hedge(v) == "skip" or any(c.dep_ == "dobj" for c in v.children):
            return  # "proposed a ban": the object is the measure
        first = [c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        for clause in first + [c for f in first for c in f.children if c.dep_ == "conj" and c.pos_ == "VERB"]:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            modal = [c for c in clause.children if c.dep_ == "aux" and c.lower_ in ("should", "must")]
            if subject is None or not (modal or clause.tag_ in ("VB", "VBP")):
                continue  # a subjunctive ("that Google change") or "should": what is asked, not a fact told
            targets = self.keys(subject, "actor")
            if not targets or any(self.clusters[k].type != "Firm" for k, _ in targets):
                continue  # a remedy asked of companies, not "that the Parliament withhold its consent"
            second = {t.i for c in clause.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            words = [t for t in clause.doc[subject.left_edge.i:clause.right_edge.i + 1]
                     if t not in modal and t.i not in second]
            cut = next((i for i, t in enumerate(words) if t.text in (",", ";", ":", "(", "—")), len(words))
            words = words[:min(cut, 18)]
            while len(words) > 2 and words[-1].dep_ in ("cc", "prep", "det", "amod", "aux", "mark", "poss", "punct"):
                words.pop()
            while words and words[0].lower_ == "that":
                words.pop(0)
            name = "requirement that " + "".join(t.text_with_ws for t in words).strip()
            measure = self.resolver.implicit_measure(name)
            self.made.append((v.i, measure.key))
            key = [(measure.key, 0.7)]
            self._emit(key, targets, "TARGETS", None, v, 0.8)
            self._emit_status(sources, key, "PROPOSED", v, 0.8)

    def _listing(self, v) -> str | None:
        """The list a verb adds its object to, when it is a blacklist: "added Huawei to the Entity List"."""
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                for g in c.children:
                    named = g.dep_ == "pobj" and (getattr(self.by_head.get(g.i), "kind", None) == "named"
                                                  or g.lemma_.lower() == "blacklist")  # "a trade blacklist"
                    for k, _ in self.keys(g, "measure", conj=False) if named else []:  # not "its list of ..."
                        if self.clusters[k].name.lower().split()[-1] in LISTS:
                            return k
        return None

    def _claim(self, m, tok) -> None:
        """ "Google said it would appeal the fine": the latest measure of that kind a verb made before it,
        or the one on an actor the sentence names ("fined Apple ... and Meta ... Apple will appeal the fine")."""
        kin = NOUN_KIN.get(m.name.lower().rstrip("s"), {m.name.lower()})
        made = [self.clusters[key] for i, key in reversed(self.made) if i < m.head]
        made = [c for c in made if kin & {w.rstrip("s") for w in c.name.lower().split()}]
        named = {self.clusters[x.entity].name for t in (tok.sent if made else []) for x in [self.by_head.get(t.i)]
                 if x is not None and x.entity and x.kind == "named"}
        fined = [c for c in made if any(c.name.endswith(f" {n}") for n in named)]  # "Apple will appeal the fine"
        for c in (fined or made)[:1]:
            m.entity, m.refs = c.key, [c.key]
            c.mentions.append(m)

    def _currency(self, tok) -> bool:
        """A currency: a known one, or a noun counted by a number that names no actor ("202.5 billion
        rupiah", "3 million ringgit"; not "three banks")."""
        return tok.lower_ in CURRENCIES or tok.pos_ in ("NOUN", "PROPN") and self.mention(tok) is None and any(
            g.dep_ == "nummod" and (g.like_num or g.ent_type_ in ("CARDINAL", "MONEY")) for g in tok.children)

    def _attempt(self, v) -> None:
        """ "Nvidia made killing the language a priority", "moved to scrap the levy": the purpose of an
        attempt is the side its subjects take (a state actor's own delay is recorded as a status instead)."""
        for c in v.children:
            purpose = c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            if (c.dep_ in ("xcomp", "ccomp", "dobj") or purpose) and c.tag_ in ("VB", "VBG"):
                pol, ms = self._purpose(c)
                _, actors = self._subjects(v, "actor")
                if pol and ms and actors:
                    state = {"Agency", "Government", "Official", "Lawmaker"}
                    for a in actors:
                        if self.clusters[a[0]].type in state and c.lemma_.lower() in self.lex.statuses:
                            continue  # "Brussels moves to delay the rules": the delay itself is recorded
                        kind = "LOBBIED" if self.clusters[a[0]].type not in state else (
                            "SUPPORTS" if pol == "support" else "OPPOSES")
                        self._emit([a], ms, kind, pol, c, 0.8)

    def _surface(self, v, key: str) -> str:
        """How the sentence of ``v`` names entity ``key`` ("X", not the gazetteer's "X Corp.")."""
        for t in v.sent:
            m = self.mention(t)
            if m is not None and m.entity == key and m.kind == "named":
                return m.attrs.get("surface") or m.name
        return self.clusters[key].name

    def _measure_at(self, tok) -> list[tuple[str, float]]:
        """The measure a token names, or that a pronoun there stands for ("called it problematic")."""
        m = self.by_head.get(tok.i)
        if m is None and tok.lemma_.lower() in EVENT_NOUNS and not any(
                c.dep_ in ("acl", "relcl", "prep") for c in tok.children):  # "Japan's move": what Japan did
            movers = {k for c in tok.children if c.dep_ == "poss" for k, _ in self.keys(c, "actor", conj=False)}
            done = [f for f in self.found if f.anchor < tok.idx and f.source in movers
                    and (f.type in STATUS_TYPES or f.type == "IMPOSED")]
            return [(done[-1].target, 0.5)] if done else []
        if m is None or not (m.type == "Measure" and m.entity or m.kind == "pronoun"):
            return []
        if m.kind == "pronoun":
            return [(k, 0.5) for k, _ in self.keys(tok, "measure", conj=False)
                    if self.clusters[k].type == "Measure"]
        return [(m.entity, 0.6)]

    def _in_subtree(self, v, clauses: bool = True) -> list[tuple[str, float]]:
        """Measures anywhere in a verb's complements (not in its subject), at lower confidence. Without
        ``clauses``, not inside another verb's clause ("signed a letter urging ministers to rethink the bill")."""
        subject = {t.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") for t in c.subtree}
        if not clauses:
            subject |= {t.i for x in v.subtree if x.i != v.i and x.pos_ in ("VERB", "AUX") for t in x.subtree}
        subject |= {t.i for c in v.children if background(c, self.lex) for t in c.subtree}  # "pushed it through after
        # ministries argued against the ban": the ministries' side
        subject |= {t.i for x in v.subtree if x.i != v.i and x.dep_ == "relcl" and self._actor_head(x.head)
                    for t in x.subtree}  # "sided with firms that said the measure threatened privacy", "a campaign
        # backed by Amazon and other businesses that was on course to put the levy to voters": theirs, not the verb's
        out: list[tuple[str, float]] = []
        for t in v.subtree:
            if t.i in subject or t.i == v.i:
                continue
            if t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "advcl", "ccomp") and t.head.i != v.i:
                continue
            m = self.by_head.get(t.i)
            if m and t.dep_ == "appos" and t.head.dep_ == "pobj" and t.head.i not in self.by_head \
                    and t.head.lemma_.lower() not in self.lex.measure_heads:
                continue  # "must remove content within two hours of reporting, a policy that ...": it names the clause
            if m and m.type == "Measure" and (m.entity or m.refs):
                out += [(k, 0.55) for k in (m.refs or [m.entity])]
        return list(dict(out).items())[:2]

    def _actor_head(self, tok) -> bool:
        m = self.by_head.get(tok.i)
        return bool(m and m.type != "Measure" and (m.entity or m.refs))

    def _generic(self, key: str) -> bool:
        """A bare group noun ("companies", "officials") is too vague to be the target of an edge."""
        c = self.clusters[key]
        return bool(c.mentions) and all(m.kind == "group" and m.attrs.get("generic") for m in c.mentions)

    def _clause_measures(self, tok) -> list[tuple[str, float]]:
        """Measures inside a gerund or noun clause: "objected to removing these measures"."""
        out = []
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.lex.oppose_verbs:
                for g in c.children:
                    if g.dep_ == "dobj":
                        out += self.keys(g, "measure")
        return out

    def _purpose(self, clause) -> tuple[str | None, list[tuple[str, float]]]:
        """The stance and measures of a purpose clause: "to kill the bill" -> (oppose, [bill])."""
        lemma = clause.lemma_.lower()
        done = next((c for c in clause.children if c.dep_ == "ccomp" and c.tag_ == "VBN"), None) \
            if lemma in ("get", "have") and clause.head.lemma_.lower() in ASKING else None
        if done is not None:  # "lobbied the minister to get the ban reconsidered": the side the result takes
            return self._purpose(done)
        pol = "oppose" if lemma in self.lex.oppose_verbs else "support" if lemma in self.lex.support_verbs else None
        if lemma in ("push", "extend", "move") and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TIMING
                                                       for c in clause.children):
            pol = "oppose"  # "voted to push the start date back", "asked for the deadline to be moved": a delay
        prt = next((c.lower_ for c in clause.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in (
            "back", "away")), "")  # "send the law back", "to be negotiated away"
        if not prt and any(c.dep_ == "prep" and c.lower_ == "out" for c in clause.children):
            prt = "out"  # "to take the section out of the bill": the parser makes "out" a preposition
        held = [f"{lemma} {c.lower_} {g.lower_}" for c in clause.children if c.dep_ == "prep"
                for g in c.children if g.dep_ == "pobj"]  # "to put the deadline on hold"
        if pol is None and any(self.lex.status_phrases.get(p) in NEGATIVE_STATUSES for p in [f"{lemma} {prt}", *held]):
            pol = "oppose"  # "lobbied members to hold it back", "to put it off"
        if pol is None and lemma in ("put", "place", "add", "include") and any(
                self.clusters[k].name.lower().split()[-1] in LISTS for c in clause.children
                if c.dep_ == "prep" and c.lower_ in ("on", "to") for g in c.children for k, _ in self.keys(g, "measure")):
            pol = "support"  # "urged the department to put YMTC on the Entity List": the listing is asked for
        if lemma not in self.lex.oppose_verbs:
            flip = {"oppose": "support", "support": "oppose"}
            sides = [flip[SIDE_PREPS[c.lower_]] if self.lex.status_nouns.get(g.lemma_.lower()) in NEGATIVE_STATUSES
                     else SIDE_PREPS[c.lower_] for c in clause.children
                     if c.dep_ == "prep" and c.lower_ in SIDE_PREPS for g in c.children
                     if g.dep_ == "pobj" and (self.keys(g, "measure") or any(
                         p.dep_ == "prep" and p.lower_ == "of" and self.keys(x, "measure")
                         for p in g.children for x in p.children))]
            pol = sides[0] if sides else pol
            # "urged members to vote against the bill" (or "for its repeal"): the preposition takes the side
        if pol is None and lemma in PUTTING_OUT:
            pol = "support"  # "urging the Federal Council to publish the draft before the summer recess"
        if lemma in CURBING and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not self.keys(c, "any")
                                    for c in clause.children):
            pol = "support"  # "asked the regulator to block illegal VPNs": the block is asked for, not fought
        if any(c.dep_ == "neg" for c in clause.children) and pol:
            pol = "support" if pol == "oppose" else "oppose"
        if any(c.dep_ == "nsubjpass" for c in clause.children) and any(a.dep_ == "advmod" and a.lower_ in (
                "only", "solely") for x in (clause, *clause.children) for a in x.children):
            pol = "oppose"  # "asking that the tax be charged only on platform fees": a narrower measure
        measures: list[tuple[str, float]] = []
        for c in clause.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr"):
                measures += self.keys(c, "measure")
            elif c.dep_ == "prep" and not (c.lower_ == "from" and measures):  # "strip X from the bill": X only
                measures += [k for g in c.children if g.dep_ == "pobj" for k in self.keys(g, "measure")]
            elif c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB" or c.dep_ == "advcl" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children):  # "working to water it down"
                p2, m2 = self._purpose(c)
                joined = c.dep_ == "conj" and m2 and p2 and not measures  # "to keep the status, or at least to
                pol = p2 if joined else pol or p2  # delay the change": the change is opposed
                measures += m2
        if not measures and clause.dep_ == "ccomp":  # "recommended that it pass", "warned that it could turn
            judged = pol or any(t.lower_ in self.lex.negative_words | self.lex.positive_words for t in clause.subtree)
            measures = [k for c in clause.children if c.dep_ == "nsubj" and (c.pos_ != "PRON" or judged)
                        for k in self.keys(c, "measure")]  # India into an Orwellian state"; not "warned it would
            # take a charge", where "it" is the speaker
        return pol, measures


MODALS = {"would", "could", "will", "may", "might", "can"}
# Verbs whose "to get X passed" takes the side of the result: "lobbied the minister to get the ban reconsidered",
# "spent heavily to get the bill passed" (not "seeking to have it removed", whose seekers are often not said).
ASKING = {"lobby", "urge", "press", "pressure", "push", "ask", "campaign", "petition", "fight", "work", "spend"}


def participle_of(c) -> bool:
    """A participle clause that goes on with what its clause says, and so speaks for the same speaker:
    "said a levy would be passed on to consumers, hitting small businesses" (not "while others said ...")."""
    return c.dep_ == "advcl" and c.tag_ == "VBG" and not any(
        g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
