"""Who or what a token stands for: mentions behind tokens, their conjuncts and listed members, the
speakers behind "representatives of X", and the subjects of a verb however the parse hangs them.
A mixin of RelationFinder."""

from __future__ import annotations

from policygraph.loaders.links import ownership_noun
from policygraph.loaders.lists import ListRules
from policygraph.loaders.measure_match import CHANGING
from policygraph.loaders.spans import Mention, dateline_place

WRITINGS = {"letter", "statement", "memo", "filing", "submission", "petition", "report", "op-ed", "post",
            "message", "note", "blog", "comment", "comments", "brief", "complaint", "testimony", "essay"}
IN_FORCE_NOUNS = {"ban", "rule", "law", "restriction", "requirement", "moratorium", "limit", "cap", "prohibition",
                  "tariff", "duty", "tax", "levy", "surtax", "fee", "curb", "control", "sanction", "embargo",
                  "amendment", "decree", "regulation", "directive"}
ENACTING = {"pass", "approve", "adopt", "enact", "sign", "introduce", "propose", "table", "impose"}
PERSON_TYPES = {"Person", "Official", "Lawmaker", "Lobbyist"}
SPEAKING_FOR = {"representatives", "executives", "officials", "lawyers", "lobbyists", "spokespeople", "attorneys",
                "staff", "employees", "leaders", "spokesmen", "spokeswomen", "diplomats"}

# A party's members in a chamber, who act for the party: "the Liberal Party's bench filed a decree".
CAUCUSES = {"bench", "caucus", "delegation", "faction", "benches"}
# What a measure itself does: "The law was signed by X and replaces Y", "... and takes effect in May".
MEASURE_ACTS = {"replace", "supersede", "amend", "require", "apply", "take", "enter", "come", "expire", "lapse"}


def alongside(prep) -> list:
    """ "Together with TechNet", "along with", "alongside": those the phrase names as acting with the subject."""
    if prep.dep_ != "prep":
        return []
    if prep.lower_ in ("along", "together"):  # the parse may hang "with" under "along"
        return [g for w in prep.children if w.dep_ == "prep" and w.lower_ == "with" for g in w.children if g.dep_ == "pobj"]
    if prep.lower_ == "alongside" or prep.lower_ == "with" and any(
            a.dep_ == "advmod" and a.lower_ in ("together", "along") for a in prep.children):
        return [g for g in prep.children if g.dep_ == "pobj"]
    return []


def as_did(v) -> list:
    """ "A opposed the bill, as did B and C", "A have backed it, as have B": B and C do what A did (the small
    model may read the inverted subject after "have" as its object)."""
    return [g for c in v.children if c.dep_ == "advcl" and c.lemma_ in ("do", "have", "be") and any(
        m.dep_ == "mark" and m.lower_ == "as" for m in c.children) and c.i > v.i
        for g in c.children if g.dep_ == "nsubj" or g.dep_ in ("dobj", "attr") and c.lemma_ != "do"]


BLAMING = {"accuse", "blame", "charge", "criticize", "criticise", "fault", "praise", "thank", "credit", "commend"}


class ArgumentRules(ListRules):
    """Entity keys behind tokens; mixed into RelationFinder."""

    def mention(self, tok) -> Mention | None:
        m = self.by_head.get(tok.i) or self.by_token.get(tok.i)
        if m is not None and m.entity is None and m.attrs.get("awaits"):
            self._claim(m, tok)
        elif m is not None and m.kind == "pronoun" and m.name == "it":
            self._after_awaited(m, tok)
        return m

    def _after_awaited(self, m, tok) -> None:
        """ "Trump attacked the fine, calling it unfair": "it" is the fine a verb made, when "the fine" is the
        last thing named before it in the sentence."""
        if "claimed" in m.attrs:
            return  # asked once per pronoun: the answer, found or not, does not change
        before = [self.by_head[i] for i in range(tok.sent.start, tok.i) if i in self.by_head]
        last = next((x for x in reversed(before) if x.kind != "pronoun" and x.type not in PERSON_TYPES), None)
        if last is None or not last.attrs.get("awaits"):
            m.attrs["claimed"] = None
            return
        if last.entity is None:
            self._claim(last, tok.doc[last.head])
        if last.entity is not None:  # else no verb has made the fine yet: asked again later
            m.attrs["claimed"] = last.entity

    def keys(self, tok, want: str = "actor", conj: bool = True) -> list[tuple[str, float]]:
        """Entity keys a token stands for (with its conjuncts), each with a confidence."""
        if tok.lower_ in ("which", "that", "whom") and tok.tag_ in ("WDT", "WP") and tok.dep_ != "det":
            clause = tok.head  # "the bill, which Meta opposed", "the rule that Nvidia lobbied against"; "the act,
            while clause.dep_ in ("prep", "pcomp", "xcomp", "conj") and clause.head.i != clause.i:  # which ... and
                # which came into force"
                clause = clause.head
            if clause.dep_ == "relcl" and clause.head.i < tok.i:
                return self.keys(relative_antecedent(clause), want, conj)
            return []
        out: list[tuple[str, float]] = []
        extra = [c for a in tok.children if a.dep_ == "appos" for c in a.conjuncts] if conj else []
        own = self.mention(tok) if conj else None
        if conj and own is None and tok.pos_ == "NOUN":  # "Members of the LDP's web3 team, a group of lawmakers"
            extra += [a for a in tok.children if a.dep_ == "appos" and a.i > tok.i + 1 and a.pos_ == "NOUN"]
        if conj:  # "Meta and the venture capital firm Andreessen Horowitz", Meta parsed as a modifier
            heads = [tok] + [a for a in tok.children if a.dep_ == "appos" and a.i > tok.i]  # "A, B and C" read
            # as "A" with "C" in apposition and "B" a modifier of "C"
            extra += [x for h in heads for c in h.lefts if c.dep_ == "nmod" and any(g.dep_ == "cc" for g in c.children)
                      and not (own is not None and own.kind == "group" and own.start <= c.i)
                      for x in [c] + list(c.conjuncts)]  # "ZTE and Huawei equipment"; not the "House and
            # Senate" of "House and Senate negotiators", a group that names itself by them
            extra += self._listed_as_apposition(tok)
        for x in [tok] + (list(tok.conjuncts) + extra if conj else []):
            m = self.mention(x)
            if m is None and x.lower_ in ("government", "governments", "administration", "authorities", "officials",
                                      "regulators", "cabinet"):
                for c in x.children:  # "the United States government", "Chinese authorities"
                    cm = self.mention(c)
                    if c.dep_ in ("compound", "amod", "nmod", "poss") and cm and cm.type == "Government":
                        m = cm
                    elif c.dep_ == "amod" and c.text in self.lex.demonyms:
                        key = self.resolver.country_key(self.lex.demonyms[c.text])
                        if key:
                            out.append((key, 0.7))
            if m is None:  # "Its chief executive, Rachel King, wrote ...": the person named beside the role
                m = next((am for a in x.children if a.dep_ == "appos" for am in [self.mention(a)]
                          if am is not None and am.kind == "named" and am.type in PERSON_TYPES), None)
            if m is None and x.lemma_.lower() in CAUCUSES and want != "measure":  # "the Liberal Party's bench in
                m = next((pm for c in x.children if c.dep_ == "poss" for pm in [self.mention(c)]  # the Chamber"
                          if pm is not None and pm.type == "Organization"), None)
            if m is None and x.lower_ in SPEAKING_FOR and want != "measure":
                behind = self._spoken_for(x)
                if behind:  # "Executives from Synopsys and Cadence pressed officials": the firms press
                    out.extend(behind)
                    continue
            if m is None:
                for prep in x.children:  # "members of Congress", "a coalition of firms"
                    if prep.dep_ == "prep" and prep.lower_ == "of" and x.pos_ == "NOUN" \
                            and x.lemma_ not in self.lex.status_nouns and x.lemma_ not in self.lex.nominal \
                            and not (want == "measure" and x.lemma_ in ("part", "portion")):  # not the whole law
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj" and self.mention(pobj):
                                m = self.mention(pobj)
                                if ownership_noun(x):  # "The parent company of Google, Alphabet, lobbied"
                                    m = next((am for a in pobj.children if a.dep_ == "appos"
                                              for am in [self.mention(a)] if am is not None and am.entity), m)
                if m is None:
                    if x.pos_ == "NOUN" and want != "measure":  # "a coalition including TechNet and X argued"
                        out.extend(self._members(x))
                    continue
            if m.in_title:
                continue
            if m.kind == "group" and x.lower_ in SPEAKING_FOR and want != "measure":
                behind = self._spoken_for(x, m.attrs.get("generic"))
                if behind:  # "representatives of Microsoft, Amazon and Meta argued": the firms speak
                    out.extend(behind)
                    continue
            if m.kind == "group" and want != "measure":
                out.extend(self._members(x))
            if m.kind == "pronoun":
                speakers = self._reporting_subjects(x) or self._coordinated(x) if m.plural and want != "measure" else []
                c = None if speakers else self.clusters[m.attrs["claimed"]] if m.attrs.get("claimed") \
                    else self.resolver.pronoun(m, want)
                out.extend(speakers)
                if c:
                    out.append((c.key, 0.6))
            elif m.kind == "anaphor":
                out.extend((k, 0.7) for k in m.refs)
            elif m.entity:
                out.append((m.entity, 0.85 if m.kind == "named" else 0.75))
        want_measure = want == "measure"
        return [(k, c) for k, c in dict(out).items()
                if (self.clusters[k].type == "Measure") == want_measure or want == "any"]

    def _spoken_for(self, x, generic: bool = True) -> list[tuple[str, float]]:
        """Those "representatives of X", "executives from X" or "lobbyists for X" speak for; and the firm or
        group of "Netflix executives"."""
        return [k for p in x.children if p.dep_ == "prep" and p.lower_ in ("of", "from", "for", "at") and generic
                for g in p.children if g.dep_ == "pobj" for k in self.keys(g, "actor")] + [
            k for c in x.children if c.dep_ in ("compound", "poss") and x.lower_ not in ("officials", "leaders")
            for k in self.keys(c, "actor") if self.clusters[k[0]].type in ("Firm", "Organization")]

    def _reporting_subjects(self, pronoun) -> list[tuple[str, float]]:
        """ "Senators Ana Ruiz and Tom Reyes announced they would vote no": a plural pronoun in a reported
        clause is the several subjects of the verb that reports it."""
        verb = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("ccomp", "xcomp"):
            return []
        for c in verb.head.children:
            if c.dep_ == "nsubj":
                found = self.keys(c, "actor")
                if len(found) >= 2:
                    return [(k, 0.6) for k, _ in found]
        return []

    def _coordinated(self, pronoun) -> list[tuple[str, float]]:
        """ "Meta and Google lobbied against the law. They argued ...": a plural subject pronoun is the
        several actors who were the last subject, in this sentence or the one before, unless a plural
        noun ("the lawmakers") was a subject since."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return []
        doc, sent = pronoun.doc, pronoun.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in reversed(doc[start:pronoun.i]):
            if t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if t.tag_ in ("NNS", "NNPS") or t.lower_ in ("they", "we"):
                return []
            listed = self._listed_before(t, "actor")
            found = self.keys(t, "actor") + listed if t.conjuncts or listed else []
            if len(found) >= 2:
                return [(k, 0.6) for k, _ in found]
        return []

    def _subjects(self, v, want="actor"):
        """Who does the verb: (passive?, keys). Those who "joined" the subjects in it count as well:
        "A and B lobbied lawmakers, joined by advertising groups"."""
        passive, keys = self._doers(v, want)
        joined = [g for c in v.children if c.dep_ == "advcl" and c.lemma_ == "join" and c.tag_ == "VBN"
                  for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        joined += [g for c in v.children for g in alongside(c)]
        joined += as_did(v)
        if keys and joined:
            keys = keys + [k for g in joined for k in self.keys(g, want)]
        return passive, keys

    def _joined_measures(self, v) -> list[tuple[str, float]]:
        """The measure a joined verb without a subject of its own is about: the first verb's subject.
        "The act cleared the Senate and was signed by B", "was tabled by A and backed by B"."""
        if v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return []
        return [k for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass") for k in self.keys(c, "measure")]

    def _doers(self, v, want="actor"):
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) \
            or v.dep_ == "conj" and any(c.dep_ == "agent" for c in v.children)  # "was sponsored by A and signed by B"
        if passive:
            agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            return passive, [k for a in agents for k in self.keys(a, want)]
        subs = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
        if len(subs) > 1:  # "BRUSSELS, April 15 - EU governments gave ...": the dateline's place is no subject
            subs = [c for c in subs if not dateline_place(c.doc[c.left_edge.i:c.i + 1])] or subs
        if len(subs) > 1 and any(c.dep_ == "prep" and c.lower_ == "among" and any(g.lower_ == "them" for g in c.children)
                                 for c in subs[1].children):  # "AI researchers, among them A and B, endorsed it"
            group, members = self.keys(subs[0], want), self.keys(subs[1], want)
            self._emit(members, group, "MEMBER_OF", None, subs[1], 0.8)
            return passive, group + members
        if subs:
            sub = subs[0]
            if sub.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                among = v.head.head if v.head.dep_ == "pobj" and v.head.head.lower_ == "among" else None
                if among is not None and among.head.lemma_ == "be":  # "Nvidia and Oracle were among the
                    named = [c for c in among.head.children if c.dep_ == "nsubj"]  # companies that lobbied"
                    if named and self.keys(named[0], want):
                        return passive, self.keys(named[0], want)
                if v.head.dep_ == "appos" and self._described_name(v.head, want):  # "Kessler, the under
                    return passive, self.keys(v.head.head, want, conj=v.head.tag_ in ("NNS", "NNPS"))
                    # secretary who heads the bureau", not the names listed after Kessler ("A and B, the
                    # co-founders who run the firm": both)
                part = v.head.head.head if v.head.dep_ == "pobj" and v.head.head.lower_ == "of" else None
                if part is not None and part.dep_ == "appos" and part.lower_ in ("one", "another", "both") \
                        and self.keys(part.head, want):  # "Novak, one of the lawmakers who wrote the bill"
                    return passive, self.keys(part.head, want)
                if part is not None and part.dep_ == "attr" and part.lower_ == "one" and part.head.lemma_ == "be":
                    named = [k for c in part.head.children if c.dep_ == "nsubj" for k in self.keys(c, want)]
                    if named:  # "Wyden was one of the two senators who voted no"
                        return passive, named
                owner = self._list_owner(v.head)
                if owner is not None:  # "a trade group whose members include Meta and Google, which lobbied"
                    return passive, self.keys(owner, want)
                leaders = self._group_leaders(relative_antecedent(v), want)
                alone = self.lex.verbs.get(v.lemma_.lower(), ("",))[0] in ("LEADS", "EMPLOYED_BY") \
                    and v.tag_ == "VBZ"  # "Napolitano and General Alexander, who heads the agency": one heads
                # it, not the list ("A and B, who run the group": both)
                antecedent = relative_antecedent(v)
                if alone:  # the parse may hang the clause on the list's first name: the name before "who"
                    antecedent = max((c for c in [antecedent, *antecedent.conjuncts] if c.i < v.i),
                                     key=lambda c: c.i, default=antecedent)
                return passive, self.keys(antecedent, want, conj=not alone) + leaders
            listed = self._listed_before(subs[-1], want)  # "A, B, which ..., and C lobbied"
            if listed and len(subs) > 1:
                listed += self.keys(subs[-1], want)
            elif len(subs) > 1 and self._split_list(subs[0], subs[1]):
                listed = self.keys(subs[1], want)  # "CTIA, NCTA - The Internet & Television Association and
                # USTelecom asked": a dash inside a name splits the list into two subjects
            return passive, self.keys(sub, want) + listed
        fronted = self._fronted_subject(v)
        if fronted:  # "In a letter to Minister X, the A Federation and the B Federation asked him to ..."
            return passive, [k for t in fronted for k in self.keys(t, want, conj=False)]
        head = v.head
        if v.dep_ == "relcl":
            if head.dep_ == "appos" and self._described_name(head, want):  # "Cruz, the Texas Republican who chairs"
                return passive, self.keys(head.head, want)
            return passive, self.keys(relative_antecedent(v), want)
        if v.dep_ == "acl" and head.lemma_.lower() in WRITINGS and head.head.pos_ in ("VERB", "AUX"):
            return self._subjects(head.head, want)  # "signed a letter warning that ..."
        if v.dep_ == "acl" and v.tag_ == "VBG" and head.dep_ == "pobj" and head.head.lower_ == "to" \
                and head.head.head.lemma_.lower() in ("write", "appeal", "petition"):
            return self._subjects(head.head.head, want)  # "wrote to Premier Li urging Beijing to ..."
        if v.dep_ == "acl" and v.tag_ == "VBG" and head.dep_ == "dobj" and head.head.lemma_.lower() == "spend":
            return self._subjects(head.head, want)  # "Google and Meta spent millions lobbying against it"
        if v.dep_ == "acl" and v.tag_ == "VBG":
            return passive, self.keys(head, want)
        stranded = self._verbless_subject(v) if v.dep_ == "acl" else None
        if stranded is not None:
            return passive, self.keys(stranded, want)
        if v.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in BLAMING:
            accused = [k for c in head.head.children if c.dep_ == "dobj" for k in self.keys(c, want)]
            if accused:  # "accused Labor of writing the law for its union backers": Labor wrote it
                return passive, accused
        if v.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            passive, keys = self._subjects(head.head, want)  # "X joined Pai in voting to ...": X votes,
            if head.lower_ == "in" and head.head.lemma_ == "join" and keys:  # and so does Pai
                keys = keys + [k for c in head.head.children if c.dep_ == "dobj" for k in self.keys(c, want)]
            return passive, keys
        if v.dep_ in ("xcomp", "conj", "advcl", "ccomp") and head.i != v.i and head.pos_ in ("VERB", "AUX"):
            shared = [c for c in head.children if c.dep_ == "nsubjpass"]
            if v.dep_ == "conj" and shared and v.tag_ in ("VBZ", "VBP", "VBD") and not passive \
                    and v.lemma_.lower() in MEASURE_ACTS:
                return passive, self.keys(shared[0], want)  # "The law was signed by Boric and replaces ...": the law
            if v.dep_ == "xcomp":
                objs = [c for c in head.children if c.dep_ == "dobj"]
                if objs and self.keys(objs[0], want):
                    return passive, self.keys(objs[0], want)
            found = self._subjects(head, want)
            if v.dep_ == "conj" and not found[1] and head.dep_ == "ccomp" and head.head.pos_ in ("VERB", "AUX"):
                return self._subjects(head.head, want)  # "X said Canadians lacked ... and urged ...": X urged
            return found
        return passive, []

    @staticmethod
    def _verbless_subject(v):
        """ "Chamber of Progress, a trade group, lobbied against the bill": the small model reads the verb
        after an appositive as a participle on the name (or on the appositive) and leaves the sentence
        without a verb of its own. A past form right after the appositive's closing comma, with no "by"
        agent, on a name that heads the sentence or is its subject, is the sentence's verb: its subject,
        that name, is returned."""
        head = v.head
        if head.dep_ == "appos":
            head = head.head
        if v.tag_ in ("VBN", "VBD") and head.dep_ in ("ROOT", "nsubj") and head.pos_ in ("PROPN", "NOUN") \
                and v.i > head.i and v.doc[v.i - 1].text == "," \
                and any(c.dep_ in ("appos", "relcl") for c in head.children) \
                and not any(c.dep_ == "agent" for c in v.children):
            return head
        return None

    @staticmethod
    def _fronted_subject(v) -> list:
        """A sentence opening with a phrase ("In a joint letter to Home Minister X, the A, the B and the C
        asked him to ..."): the small model hangs the subjects on the phrase's last noun as an appositive
        and its conjuncts, leaving the verb without a subject. Those names, after the comma, are it."""
        if v.dep_ != "ROOT" or v.pos_ not in ("VERB", "AUX"):
            return []
        lead = [c for c in v.children if c.dep_ == "prep" and c.i < v.i and c.i == c.sent.start + (
            1 if c.sent[0].is_space else 0)]
        if not lead:
            return []
        for tok in lead[0].subtree:
            appos = [c for c in tok.children
                     if c.dep_ == "appos" and c.i > tok.i + 1 and c.doc[c.left_edge.i - 1].text == ","]
            if appos and (appos[0].pos_ == "PROPN" or appos[0].ent_type_):
                return [appos[0]] + [c for c in tok.conjuncts if c.i > appos[0].i]
        return []

    def _described_name(self, appos, want: str) -> bool:
        """An appositive that only describes the name before it ("Cedric O, a former French digital minister
        who now advises Mistral"): the clause on it is about the named one."""
        m = self.mention(appos)
        named = self.mention(appos.head)
        return not self.keys(appos, want) or (m is not None and m.kind == "group" and named is not None
                                              and named.kind == "named" and bool(self.keys(appos.head, want)))


PLACE_TYPES = {"GPE", "LOC", "FAC", "Government"}


def relative_antecedent(v):
    """What a relative clause is about: its head, or the change made to it ("The reform to the Federal Labor
    Law, which the president sent to Congress": the reform, however the parser hung the clause)."""
    head = v.head
    if head.dep_ == "pobj" and head.head.lower_ in ("to", "of") and head.head.head.lemma_.lower() in CHANGING:
        return head.head.head
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "from") and head.ent_type_ in PLACE_TYPES \
            and any(c.lower_ in ("who", "whom") for c in v.children):
        return head.head.head  # "a union of couriers in Santiago, who asked ...": the couriers, not the city
    if (v.doc[v.left_edge.i - 1].text == "," or head.lemma_.lower() not in IN_FORCE_NOUNS) \
            and any(t.lower_ in ("place", "force", "effect") for t in v.subtree) \
            or v.doc[v.left_edge.i - 1].text == "," and v.lemma_.lower() in ENACTING \
            and head.lemma_.lower() not in IN_FORCE_NOUNS \
            and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("which", "that") for c in v.children):
        t = head  # "the ban on using phones aboard aircraft, which has been in place since 1991": the ban;
        # "a ban on using credit cards to place bets, which parliament passed in 2023"
        while t.dep_ in ("pobj", "prep", "pcomp", "dobj", "xcomp") and head.i - t.i < 12:
            t = t.head
            if t.lemma_.lower() in IN_FORCE_NOUNS and t.pos_ == "NOUN":
                return t
    if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN" and head.head.i < head.i:
        return head.head  # "the News Media Bargaining Code, a law that came into force in 2021": the code
    if any(c.lower_ == "who" for c in v.children) and head.dep_ in ("conj", "pobj") and not head.ent_type_:
        t = head  # "X, the minister for digital transformation and the civil service, who presented the bill": X
        while t.dep_ in ("conj", "pobj", "prep") and head.i - t.i < 10:
            t = t.head
        if t.dep_ == "appos" and t.head.ent_type_ == "PERSON":
            return t.head
    return head
