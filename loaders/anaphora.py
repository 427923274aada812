"""Anaphora: "the bill", "the rules", "both bills", "the fine" -> the measure or actor meant, by kind,
recency, role and name. A mixin of Resolver."""

from __future__ import annotations

from typing import TYPE_CHECKING

from policygraph.loaders.bodies import CHAMBER_WORDS, NOT_EXECUTIVE
from policygraph.loaders.group_nouns import LEGISLATIVE
from policygraph.loaders.measure_match import NOUN_KIN, PARTS, RAISES, bill_key, measure_head, own_words, undoing
from policygraph.loaders.noun_words import PART_NOUNS
from policygraph.loaders.spans import Mention

if TYPE_CHECKING:
    from policygraph.loaders.coref import Cluster

SPECIFIC_KINDS = {"moratorium", "ban", "tariff", "sanction", "freeze", "embargo", "mandate", "levy", "tax", "surtax",
                  "charge", "curb", "export control", "preemption", "blacklist", "licence requirement",
                  "license requirement"}
CHANGES = {"reform", "amendment", "change", "revision", "overhaul", "rewrite"}  # what "the original law" is not
OPEN_KINDS = {"incentive", "initiative", "scheme", "framework", "programme", "program", "package"}  # no kind told
ROUNDUP = 4  # bills named by number in a story that goes through them one by one
SAME_NOUN = {"program", "programme", "waiver", "exemption", "extension"}  # "the program": only one called a program
# Nouns that point only to a measure headed by their own kind and make none alone: "the fine" waits for the
# fine a verb makes ("fined Google ... Google will appeal the fine"); "the ruling" is a regulator's ruling
# named as one, or else a court's verdict and no measure.
AWAITED = {"fine", "penalty", "ruling"} | RAISES  # "the increase": only a rise in a levy
LOOSE_NOUNS = {"measure", "proposal", "legislation", "package", "plan", "provision", "text", "policy", "order",
               "requirement", "control", "limit"}  # words any kind of measure may be called
CENTRAL_BANKS = ("reserve", "central bank", "bank of", "bundesbank", "banque de", "banca d")  # "the central bank"
COMPARING = {"alongside", "like", "unlike", "than", "besides", "beside"}
REGULATOR_NOUNS = {"regulator", "watchdog", "agency"}
# Bodies no one calls "the regulator": chambers and their committees, courts, ministries, banks.
NOT_REGULATORS = set(NOT_EXECUTIVE) | LEGISLATIVE | {"court", "ministry", "department", "cabinet", "bank", "treasury",
                                                     "yuan", "legislative"}
ROLE_WEIGHT = {"nsubj": 3.0, "nsubjpass": 3.0, "dobj": 2.0, "pobj": 1.5, "poss": 1.5, "appos": 1.0}


def of_kind(c: Cluster, kin: set[str]) -> bool:
    """Whether a measure is called by one of the nouns ``kin`` ("the bill" fits "SB 1047" too)."""
    names = c.names | {c.name}
    own = {w.strip("(),").rstrip("s") for n in names for w in own_words(n)}  # "Data Protection (Amendment) Bill"
    return bool(kin & (own | ({"bill"} if any(bill_key(n) for n in names) else set())))


def _names_other_kind(c: Cluster, kin: set[str]) -> bool:
    """Whether a measure has the anaphor's noun only before another kind of measure in its names: the "Cloud
    Records Amendments Act" is an act, no amendment."""
    hits = [(words, i) for n in c.names | {c.name} for words in [n.lower().split()]
            for i, w in enumerate(words) if w.rstrip("s") in kin]
    return bool(hits) and all(i + 1 < len(words) and words[i + 1].strip("(),").rstrip("s") in NOUN_KIN
                              and words[i + 1].strip("(),").rstrip("s") not in kin for words, i in hits)


class AnaphoraRules:
    """Antecedents of anaphors; mixed into Resolver."""

    def _antecedents(self, m: Mention) -> list[Cluster]:
        noun = m.name.lower()
        previous = [(i, c, pm) for i, c, pm in self.order if i < m.head]
        if m.type == "Measure":
            measures = [(i, c, pm) for i, c, pm in previous if c.type == "Measure"
                        and not pm.attrs.get("weakened")]  # "lobbied for looser requirements ... the draft": not those
            if not measures:
                return []
            if m.plural:
                last_sent = measures[-1][2]
                group = [c for i, c, pm in measures if pm.attrs.get("sent") == last_sent.attrs.get("sent")
                         and pm.attrs.get("prep") != "under"]  # "carried out under the Act": the law it rests on
                group = group or [measures[-1][1]]
                uniq = list({c.key: c for c in group}.values())
                stem = noun.rstrip("s")
                kind = [c for c in uniq if NOUN_KIN.get(stem, {stem}) & {
                    w.rstrip("s") for n in c.names | {c.name} for w in own_words(n)}]
                if len(kind) == 1 and len(uniq) >= 2:  # "Those controls": the controls, not the tariffs
                    return kind
                same = [c for _, c, pm in reversed(measures) if measure_head(c.name).rstrip("s") == stem
                        and not pm.attrs.get("headline")]
                if not kind and same and stem in PARTS:  # "lobbied against the conditions": the
                    return same[:1]  # "sovereignty" conditions told before, not the two laws just named
                elsewhere = stem in NOUN_KIN and stem not in LOOSE_NOUNS | NOUN_KIN["rule"] | NOUN_KIN["bill"] \
                    and not kind and any(
                    of_kind(c, NOUN_KIN[stem]) for _, c, _ in measures)  # "lobbying to defend the caps": the
                main = [c for i, c, pm in measures if pm.attrs.get("sent") == last_sent.attrs.get("sent")
                        and pm.plural and pm.attrs.get("dep") in ("dobj", "nsubj", "nsubjpass")]
                side = [c for c in uniq if c not in main]
                if len(uniq) >= 2 and len({c.key for c in main}) == 1 and all(
                        pm.attrs.get("dep") == "pobj" for _, c, pm in measures if c in side):
                    return main[:1]  # "issued restrictions ..., adding 140 companies to a trade blacklist. The
                    # rules": the restrictions, not where the companies were put
                if len(uniq) >= 2 and not elsewhere:  # caps told before, not the order and fines just named
                    return uniq
                named = []  # "lobbied against both bills": the last two bills named in these paragraphs
                bills = measures if stem in ("bill", "law", "measure", "act", "proposal") else []
                for i, c, pm in reversed(bills):
                    if pm.kind == "named" and c not in named and m.attrs.get("para", 0) - pm.attrs.get("para", 0) <= 2:
                        named.append(c)
                if len(named) >= 2:
                    return named[:2]
            noun_stem = noun.rstrip("s")
            kin = NOUN_KIN.get(noun_stem, {noun_stem})
            told = {c.key for _, c, pm in measures if not pm.attrs.get("headline")}
            measures = [x for x in measures if x[1].key in told or of_kind(x[1], kin)] or [
                x for x in measures if noun_stem not in NOUN_KIN or measure_head(x[1].name).rstrip("s") not in NOUN_KIN]
            if not measures:  # a measure only the headline names, when the story has told others or it is of
                return []  # another kind: "... eases chip export block | ... suspended the emergency order"
            if any(of_kind(x[1], kin) and not _names_other_kind(x[1], kin) for x in measures):  # "the amendment":
                measures = [x for x in measures if not _names_other_kind(x[1], kin)]  # "an amendment giving
                # the police ...", not the "Cloud Records Amendments Act"
            if noun_stem in AWAITED | SAME_NOUN:  # "the fine" is a fine, not "periodic penalty payments"
                measures = [x for x in measures if measure_head(x[1].name).rstrip("s") in kin
                            or noun_stem in SAME_NOUN and of_kind(x[1], kin)]  # "the extension": "ACP Extension Act"
                if not measures:
                    return []
            if m.attrs.get("near"):  # "That draft drew fierce resistance": the measure of the sentence before
                near = [x for x in measures if not x[2].plural
                        and x[2].attrs.get("sent") in (m.attrs.get("sent"), self._previous_sentence(m))
                        and (of_kind(x[1], kin) or noun_stem not in NOUN_KIN or noun_stem in LOOSE_NOUNS)]
                exact = [x for x in near if of_kind(x[1], {noun_stem})]  # "That bill": the rival bill just
                if exact or near:  # named, not the law it was likened to after it
                    return [(exact or near)[-1][1]]
            if noun_stem in ("law", "act", "statute"):  # "the law should be amended rather than scrapped": the
                measures = [x for x in measures if not undoing(x[1].name)] or measures  # law, not its repeal bill
            current = [x for x in measures if not any(pm.attrs.get("replaced") for pm in x[1].mentions)]
            loose = noun_stem in LOOSE_NOUNS | {"draft", "obligation", "change", "rule"}
            if not m.attrs.get("original") and len(current) < len(measures) and (
                    loose or any(of_kind(x[1], kin) for x in current)):
                measures = current  # "Decree 147 replaces Decree 72 ... Under the new decree": not the old one
            if m.attrs.get("original"):  # "the original law": not the reform or amendment of it
                measures = [x for x in measures if measure_head(x[1].name).rstrip("s") not in CHANGES
                            and not of_kind(x[1], CHANGES)] or measures  # nor a "(Amendment) Bill"
            here = [x for x in measures if x[2].attrs.get("para") == m.attrs.get("para")]
            if any(x[2].kind == "named" and of_kind(x[1], kin) and x[2].attrs.get("sent") in (
                    m.attrs.get("sent"), self._previous_sentence(m)) for x in here) and len(
                    {c.key for _, c, _ in measures if any(bill_key(n) for n in c.names)}) >= ROUNDUP:
                measures = here  # a roundup of bills: "signed HB 302 on May 6. The law, sponsored by ...": the
                # law just named, however often the story named others
            best = self._most_salient(m, measures)
            if noun_stem in SPECIFIC_KINDS and not any(
                    k in w.lower() for n in best.names | {best.name} for w in n.split() for k in kin):
                open_kind = {x[1].key: x[1] for x in measures if x[2].kind == "named"
                             and x[1].name.split()[-1].lower() in OPEN_KINDS}
                return list(open_kind.values()) if len(open_kind) == 1 else []  # "the News Bargaining Incentive
                # ... the charge": the one name that tells no kind
            return [best]
        if m.type == "Government":
            govs = [c for i, c, pm in reversed(previous) if c.type == "Government"
                    and not (noun == "government" and c.gaz == "gov.eu")]  # the EU has no "government"
            if noun == "administration":
                admin = [c for c in govs if c.name.lower().endswith("administration")]
                if admin:  # the one the story is about: "The Biden administration has withdrawn ... tabled
                    # under the Trump administration ... urged the administration": Biden's, its subject
                    weight: dict[str, int] = {}
                    for _, c, pm in previous:
                        subject = pm.attrs.get("dep") in ("nsubj", "nsubjpass")
                        weight[c.key] = weight.get(c.key, 0) + (2 if subject else 1)
                    main = max(admin, key=lambda c: (weight.get(c.key, 0), -admin.index(c)))
                    former = [c for c in admin if c is not main] if m.attrs.get("former") else []
                    return former[:1] or [main]  # "faulted the outgoing administration": the other one
                fallback = [c for c in govs if c.gaz in ("gov.us.whitehouse", "gov.us")]
                return fallback[:1]
            if noun == "union":  # "the union" is a trade union unless the story names a union of states
                return [c for c in govs if "union" in c.name.lower()][:1]
            led = [c for c in govs if not c.gaz and c.name.endswith(" government")] if noun == "government" else []
            if led:  # "the Albanese government ... the government"
                return led[:1]
            if noun in ("government", "cabinet") and self.home:  # "MANILA - ... pressed the government": the
                # Philippines', not China's, named since only as a place ("bets from customers in China")
                last = {c.key: i for i, c, pm in previous if c.type == "Government"}
                here = m.attrs.get("sent")
                acted = {c.key: i for i, c, pm in previous if c.type == "Government" and c.gaz
                         and pm.attrs.get("dep") not in ("pobj", "compound", "poss")  # "China's Sai Microelectronics"
                         and (here is None or pm.attrs.get("sent") is None or here - pm.attrs["sent"] <= 1)}
                # a rival that acted sentences ago is background: "AMMAN - ... Washington had warned ... The
                # government sent the draft" is Jordan's
                state = next((c for i, c, pm in reversed(previous) if c.type == "Government" and c.gaz
                              and c.gaz.startswith(self.home + "-")
                              and pm.attrs.get("dep") not in ("pobj", "compound", "conj")),
                             None)  # not a place named in passing ("car thefts surged in Ontario and Quebec")
                if state is not None:
                    return [state]  # "BENGALURU - Karnataka's cabinet ... the government": the state's
                home = next((c for c in govs if c.gaz == self.home), None)
                rival = max((k for k in acted if home is None or k != home.key), key=acted.get, default=None)
                if home is not None and (rival is None or last[home.key] > acted[rival]):
                    return [home]
            return ([c for c in govs if c.gaz] or govs)[:1]  # a known country, not a town the model took for one
        wanted = {m.type}
        if m.plural and m.type == "Firm":  # "The companies had pushed back hard": Uber, DiDi and Rappi, all three
            listed = self._latest_list(m, previous)
            if listed:
                return listed
        if m.type in ("Official", "Lawmaker"):
            for i, c, pm in reversed(previous):
                if c.title and c.title.split()[-1] == noun and pm.kind != "group":
                    return [c]
        bodies = ("Agency", "Organization")
        if noun in ("group", "association", "coalition", "alliance"):  # "Human Rights Watch said it would tighten
            acting = [c for i, c, pm in reversed(previous) if c.type == m.type and pm.kind == "named"  # the Party's
                      and pm.attrs.get("dep") == "nsubj" and m.head - i <= 60]  # control ... the group's
            # director": the group that acted, not one named in passing
            if acting:
                return acting[:1]
        if m.type == "Agency" and noun in REGULATOR_NOUNS:
            called = [c for i, c, pm in reversed(previous) if c.type == "Agency" and noun in pm.name.lower().split()]
            if called:  # "Germany's telecoms regulator ... the Bundestag's committee ... the regulator": the one
                return called[:1]  # called a regulator before
            previous = [x for x in previous if not set(x[1].name.lower().replace("'s", "").split()) & NOT_REGULATORS]
        for i, c, pm in reversed(previous):
            if m.type in bodies and c.type in bodies and c.type != m.type and pm.kind != "group" \
                    and noun in c.name.lower().split():
                return [c]  # "the council's chair" after "the Tech Council of Australia", a lobby, not a public body
            if c.type in wanted and pm.kind != "group":
                if m.type in ("Agency", "Organization") and noun not in c.name.lower() \
                        and noun not in ("agency", "group", "organization", "organisation", "watchdog", "regulator",
                                         "body", "union") \
                        and not (noun in ("chamber", "legislature", "house") and any(
                            w in c.name.lower() for w in CHAMBER_WORDS)) \
                        and not (noun == "panel" and any(w in c.name.lower()
                                                         for w in ("court", "circuit", "committee"))) \
                        and not (noun == "central bank" and any(w in c.name.lower() for w in CENTRAL_BANKS)):
                    continue
                return [c]
        return []

    def _latest_list(self, m: Mention, previous) -> list[Cluster]:
        """The firms of the latest sentence that names two or more of them, if no other firm was named since."""
        by_sent: dict[int, list[Cluster]] = {}
        for i, c, pm in previous:
            if c.type == m.type and pm.kind == "named" and pm.attrs.get("sent") is not None:
                found = by_sent.setdefault(pm.attrs["sent"], [])
                if c not in found:
                    found.append(c)
        lists = [s for s in sorted(by_sent) if len(by_sent[s]) >= 2]
        if not lists:
            return []
        listed = by_sent[lists[-1]]
        later = [c for s, cs in by_sent.items() if s > lists[-1] for c in cs]
        return listed[:6] if all(c in listed for c in later) else []

    def _described_part(self, m: Mention) -> list[Cluster]:
        """ "the hate-speech sections" after "those hate-speech provisions": the described part of the
        measure that shares the anaphor's own words, the latest one."""
        words = m.attrs.get("part_words")
        if not words:
            return []
        for i, c, pm in reversed(self.order):
            own = pm.name.lower().replace("-", " ").split()
            if i < m.head and c.type == "Measure" and pm.kind == "described" and own \
                    and own[-1].rstrip("s") in PART_NOUNS and words <= set(own):
                return [c]
        return []

    def _plain_antecedent(self, m: Mention) -> Cluster | None:
        """ "the AI rule" after "the predictive data analytics rule": a definite description whose
        modifiers tell nothing apart is the latest salient measure of its kind, if there is one."""
        if not m.attrs.get("plain") or m.type != "Measure" or m.attrs.get("elsewhere"):
            return None
        noun = m.name.split()[-1].lower().rstrip("s")
        kin = NOUN_KIN.get(noun, {noun})
        measures = [(i, c, pm) for i, c, pm in self.order if i < m.head and c.type == "Measure" and of_kind(c, kin)]
        if not measures:
            return None
        sharing = [x for x in measures if {w.lower() for n in x[1].names | {x[1].name} for w in n.split()}
                   & m.attrs["plain"]]  # "the AI rule": the rule said with "AI" before, if any
        return self._most_salient(Mention(m.start, m.end, "Measure", noun, "anaphor", m.head, plural=m.plural),
                                  sharing or measures)

    def topic_of_kind(self, before: int, noun: str) -> Cluster | None:
        """The measure in hand at token ``before`` if it is called by ``noun``: "a levy" in "said a levy would
        hit small firms", said while a platform levy is in hand; None when no such measure is."""
        noun = noun.lower().rstrip("s")
        prior = [(i, c, pm) for i, c, pm in self.order if i < before and c.type == "Measure"
                 and of_kind(c, NOUN_KIN.get(noun, {noun}))]
        return self._most_salient(Mention(before, before + 1, "Measure", noun, "anaphor", before), prior) if prior else None

    def _named_measures_before(self, m: Mention) -> list[Cluster]:
        """Named measures of the kind a plural description names ("bills" -> the named bills so far)."""
        head = m.name.split()[-1].lower().rstrip("s")
        kin = NOUN_KIN.get(head)
        if not kin:
            return []
        named: dict[str, Cluster] = {}
        for i, c, pm in self.order:
            if i < m.head and c.type == "Measure" and pm.kind == "named":
                last = c.name.split()[-1].lower().rstrip("s")
                if last in kin or bill_key(c.name):
                    named[c.key] = c
        return list(named.values())[-4:]

    def _most_salient(self, m: Mention, previous: list[tuple[int, Cluster, Mention]]) -> Cluster:
        """The antecedent a reader would pick: recent, a subject rather than an object, named rather
        than described, and sharing the anaphor's noun ("the rule" -> "AI Diffusion Rule")."""
        noun = m.name.lower().rstrip("s")
        scores: dict[str, float] = {}
        found: dict[str, Cluster] = {}
        outer = [(pm.start, pm.end, c.key) for _, c, pm in previous if pm.kind == "described"]
        clauses = [(pm.attrs["own_clause"], c.key) for _, c, pm in previous if pm.attrs.get("own_clause")]
        for i, c, pm in previous:
            role = ROLE_WEIGHT.get(pm.attrs.get("dep", ""), 1.0) * (0.5 if pm.attrs.get("sent") == 0 else 1.0)
            if pm.attrs.get("prep") in COMPARING:
                role *= 0.3  # "a national AI law ... alongside the bloc's AI Act": told for comparison
            if any(s <= pm.start and pm.end <= e and k != c.key and (s, e) != (pm.start, pm.end) for s, e, k in outer) \
                    or any(pm.head in own and m.head not in own and k != c.key for own, k in clauses):
                role *= 0.3  # "passed an amendment to the Passenger Transport Service Act. The bill ...": the
                # amendment; the Act is said only as a part of the amendment's own description (or of its clause:
                # "a bill that would have put the Digital Services Act into effect")
            weight = role * (1.5 if pm.kind == "named" else 1.0) * 0.5 ** ((m.head - i) / 150)
            if m.plural and pm.plural:
                weight *= 1.5
            scores[c.key] = scores.get(c.key, 0.0) + weight
            found[c.key] = c
        kin = NOUN_KIN.get(noun, {noun})
        matching = [k for k, c in found.items() if of_kind(c, kin)]
        for key in matching:  # "the bill" is a bill: a moratorium said more often and more lately is not
            scores[key] *= 3.0 if noun in LOOSE_NOUNS else 10.0
            words = {w.lower().rstrip("s") for n in found[key].names | {found[key].name} for w in n.split()}
            if noun in LOOSE_NOUNS and noun in words:
                scores[key] *= 3.0  # "the package" after "a package of amendments"
            elif noun == "bill" and any(bill_key(n) for n in found[key].names | {found[key].name}):
                scores[key] *= 3.0  # "the bill" is "Senate Bill 2979" rather than the Act it amends
            elif noun in words and noun not in ("bill", "law", "act", "legislation", "proposal"):
                scores[key] *= 1.0 if measure_head(found[key].name).rstrip("s") not in kin and all(
                    x.kind == "described" for x in found[key].mentions if x.kind != "anaphor") else 3.0
                # "the regulation" is the regulation, not a later executive order; "the tax" not "a programme
                # of tax incentives"
            elif noun in ("bill", "law") and found[key].name.lower().rstrip("s") == noun and all(
                    x.kind != "named" for x in found[key].mentions) and not any(
                    k != key and noun in {w.lower().rstrip("s") for n in found[k].names for w in n.split()}
                    for k in matching):
                scores[key] *= 2.0  # "a bill that would set minimum pay ..., slowing a flagship labour proposal
                # ... Lula signed the bill": the bill, not the proposal (when nothing else is called a bill)
        return found[max(scores, key=lambda k: (scores[k], k))]

    def topic(self, before: int) -> Cluster | None:
        """The measure a reader has in mind at token ``before``: the most salient one so far."""
        prior = [(i, c, pm) for i, c, pm in self.order if i < before and c.type == "Measure"]
        if not prior:
            return None
        if self.paragraph_of is not None:  # a paragraph is about its own measure ("COLORADO: ... The Colorado
            here = self.paragraph_of(before)  # AI Act, signed in 2024 ... they voted to push the start date")
            prior = [p for p in prior if p[2].attrs.get("para") == here] or prior
        return self._most_salient(Mention(before, before + 1, "Measure", "measure", "anaphor", before), prior)
