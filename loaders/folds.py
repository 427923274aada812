"""Folds after resolution: clusters of one measure that met no rule while the mentions were read in
order ("diffusion rule" in a headline and "AI Diffusion Rule" in the body; a lead's "AI law" and the
Act named soon after). Also the person a lone surname or given name names ("Lula", "Meutya", "Min"). A
mixin of Resolver."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policygraph.graph.ids import normalize
from policygraph.loaders.affiliations import PEOPLE
from policygraph.loaders.anaphora import CHAMBER_WORDS, NOT_REGULATORS
from policygraph.loaders.measure_match import (NOUN_KIN, bill_key, changing, contrasting, measure_head, other_years,
                                               own_words, qualified)

if TYPE_CHECKING:
    from policygraph.loaders.coref import Cluster
    from policygraph.loaders.spans import Mention


_STAGE = re.compile(r"\s+(?:bill|act|ordinance)\b(?=(?:,?\s+(?:of\s+)?(\d{4}))?$)", re.I)


PLURAL_NAMES = {"regulations", "rules", "guidelines", "controls", "restrictions", "measures"}
COURT_DESCRIPTION = re.compile(r"(?:.*(?:\s|'s ))?(?:highest|top|supreme|constitutional|appeals|appellate) court")


# Status changes a headline and its lead may tell in each other's words
CHANGE_KINDS = ({"DROPPED", "RESCINDED", "REVERSED", "SHELVED"}, {"PASSED", "ENACTED"})


WRITTEN_RULES = {"rule", "regulation", "code", "directive", "guideline"}  # what a draft act may be told as


def _same_change(a: str, b: str | None) -> bool:
    return a == b or any(a in kind and b in kind for kind in CHANGE_KINDS)


def _reform_of(described: str, named: str) -> bool:
    """ "approves sweeping data protection overhaul | ... approval to the General Data Protection Regulation": a
    headline's reform that names no measure it changes is the lead's named measure sharing two of its words."""
    if measure_head(described).lower().rstrip("s") not in ("reform", "overhaul") or len(own_words(described)) < len(
            described.split()):
        return False
    words = {w.lower() for w in described.split()[:-1] if len(w) > 3}
    return len(words & {w.lower() for w in named.split()}) >= 2


def _stageless(name: str) -> tuple[str, str] | None:
    """ "Tax Laws (Amendment) Bill" and "Tax Laws (Amendment) Act, 2024" -> (the normalised "tax laws amendment", year):
    a bill and the act it became, by name, and the year the name carries (or "")."""
    m = _STAGE.search(name)
    if m is None or not name[:m.start()].strip():
        return None
    return normalize(name[:m.start()]), m.group(1) or ""


class FoldRules:
    """Merging measure clusters after all mentions are resolved; mixed into Resolver."""

    def _merge_qualified(self) -> None:
        """A headline's "diffusion rule" and the body's "AI Diffusion Rule", when the body's name came
        through an appositive and so was never compared with the headline's."""
        measures = [c for c in self.clusters.values() if c.type == "Measure"]
        for small in measures:
            for big in measures:
                if small is big or small.key not in self.clusters or big.key not in self.clusters \
                        or len(small.mentions) > len(big.mentions):
                    continue
                if any(qualified(a, b) for a in small.names | {small.name} for b in big.names | {big.name}) \
                        or self._named_later_as(small, big):
                    self._fold(small, big)

    @staticmethod
    def _named_later_as(small: Cluster, big: Cluster) -> bool:
        """ "last year's stablecoin law ... the GENIUS Act, the stablecoin law": a description used
        earlier is the measure the story later names with it."""
        if any(m.kind != "described" or m.plural for m in small.mentions if m.kind != "anaphor"):
            return False
        first = min(small.mentions, key=lambda m: m.head)
        return (any(m.kind == "named" for m in big.mentions) or first.attrs.get("sent") == 0) and \
            normalize(small.name) in {normalize(n) for n in big.names if n != big.name}  # or the headline's "web
        # tax" after "a new rule that would ... | the measure, known as the web tax"

    def _fold(self, small: Cluster, big: Cluster) -> None:
        if any(m.attrs.get("elsewhere") for m in small.mentions + big.mentions):
            return  # "the privacy law Connecticut passed" is no part of the story's own privacy act
        heads = {x.head for x in small.mentions}, {x.head for x in big.mentions}
        if any(x.attrs.get("changed_by") in heads[1] for x in small.mentions) \
                or any(x.attrs.get("changed_by") in heads[0] for x in big.mentions):
            return  # "the proposal would amend the competition law": two measures
        for m in small.mentions:
            m.entity = big.key if m.entity == small.key else m.entity
            m.refs = [big.key if r == small.key else r for r in m.refs]
        big.mentions.extend(small.mentions)
        big.names |= small.names
        self.order = [(i, big if c is small else c, pm) for i, c, pm in self.order]
        del self.clusters[small.key]

    def _dissolve_listed_groups(self) -> None:
        """ "two industry groups, the CCIA and NetChoice ... The industry groups had argued": a group told
        beside the names of all its members is those members, wherever it is mentioned."""
        for key, c in list(self.clusters.items()):
            listed = next((m.attrs["listed"] for m in c.mentions if m.attrs.get("listed")), None)
            members = list({m.entity: self.clusters[m.entity] for m in listed or []
                            if m.entity in self.clusters and m.entity != key}.values())
            if len(members) < 2 or c.gaz or any(m.kind == "named" for m in c.mentions):
                continue
            for m in c.mentions:
                m.kind, m.entity, m.refs = "anaphor", members[0].key, [x.key for x in members]
                for x in members:
                    x.mentions.append(m)
            for other in self.clusters.values():
                for m in other.mentions:
                    if key in m.refs:
                        m.refs = [r for r in m.refs if r != key] + [x.key for x in members if x.key not in m.refs]
            self.order = [(i, members[0] if x is c else x, pm) for i, x, pm in self.order]
            del self.clusters[key]

    def _merge_lead_descriptions(self) -> None:
        """ "South Korea's AI law takes effect ... The Framework Act on ..., usually called the AI Basic Act,
        requires ...": the law a headline and lead describe is the story's first named measure of its kind,
        when that name comes soon after as a sentence's subject ("Gov. X signed an amendment that limits
        the damages under the Y Act. | Senate Bill 2979, which the governor signed, ...")."""
        measures = [(i, c, pm) for i, c, pm in self.order if c.type == "Measure"]
        sents = sorted({pm.attrs.get("sent") for _, _, pm in self.order if pm.attrs.get("sent") is not None})
        lead = set(sents[:2])
        places = {normalize(n) for c in self.clusters.values() if c.type == "Government" for n in c.names | {c.name}}
        subjects = [(i, c, pm) for i, c, pm in measures if pm.kind == "named" and pm.attrs.get("sent") in sents[:5]
                    and (pm.attrs.get("dep") in ("nsubj", "nsubjpass") or pm.attrs.get("retold"))]
        bare = [pm.attrs["sent"] for _, _, pm in measures if pm.kind == "described" and pm.attrs.get("indefinite")
                and pm.attrs.get("sent") in sents[:2]]
        after = sents[sents.index(bare[0]) + 1] if bare and sents.index(bare[0]) + 1 < len(sents) else None
        first = next(((i, c, pm) for i, c, pm in measures if pm.kind == "named" and pm.attrs.get("sent") == after),
                     None)
        fresh = first is not None and any(x.kind == "described" and x.attrs.get("indefinite")
                                          and x.attrs.get("sent") == after
                                          for x in first[1].mentions)  # "signed a narrower measure, SB 243, instead"
        if first is not None and first not in subjects and not fresh:
            subjects.insert(0, first)  # "Legislation meant to ... stalled. | The Senate voted to end debate on the
            # Cybersecurity Act": the name right after a lead that opens on a bare description
        amended = {id(x) for _, _, o in measures if changing(o.name) for _, _, x in measures
                   if x is not o and o.start <= x.start and x.end <= o.end}  # "amendments to | the cybercrime law |"
        for named in subjects:
            if named[1].key not in self.clusters or id(named[2]) in amended:
                continue  # "passed a revision of the Youth Protection Act": the act revised is not the lead's law
            heads = [w for w in named[2].name.lower().split() if w.rstrip("s") in NOUN_KIN]  # "Act on the ..."
            kin = NOUN_KIN.get(heads[-1].rstrip("s"), set()) if heads else set()
            kin = kin | {"amendment"} if "bill" in kin else kin  # "signed an amendment ... | Senate Bill 2979"
            retold = named[2].attrs.get("retold")
            if retold and "bill" in kin:
                kin = kin | WRITTEN_RULES  # "its proposed rules for platforms | the draft X Act": the draft told
            amending = changing(named[1].name)  # "signed amendments to ... | The ... (Amendment) Act": one act
            names = " ".join(named[1].names | {named[1].name}).lower().split()
            plural = named[1].name.split()[-1].lower() in PLURAL_NAMES  # "the rules forcing bloggers to ... | The
            # Online Content Regulations were issued in March": a plural description of a plural name
            earlier = [NOUN_KIN.get(c.name.split()[-1].lower().rstrip("s"), set()) for i, c, pm in measures
                       if i < named[0] and pm.kind == "named" and c is not named[1]]  # kinds already named
            for c in list({c.key: c for i, c, pm in measures if i < named[0]}.values()):
                own = [x for x in c.mentions if x.kind not in ("anaphor", "pronoun")]
                if c is named[1] or c.key not in self.clusters or not own or any(id(x) in amended for x in own) \
                        or changing(c.name) and not amending and not any(
                            bill_key(x.name) or "bill" in x.name.lower().split() for x in named[1].mentions
                            if x.kind == "named") \
                        or any(x.kind != "described" or x.plural and not (amending or plural or retold)
                               or contrasting(x.name) for x in own) \
                        or own[0].attrs.get("sent") not in lead or own[0].head > named[0]:
                    continue  # nor a lead's "revision of the broadcasting law" into the "2002 Broadcasting Law"
                    # it changes (an amendment is a bill: "signed an amendment that ... | Senate Bill 2979")
                words = c.name.replace("'s", "").split()
                head = next((w.lower().rstrip("s") for w in words if w.lower().rstrip("s") in kin), "")
                if len(words) <= 7 and head and not any(head in k for k in earlier) \
                        and not other_years(c.name, named[1].name) \
                        and not any(w[:1].isupper() and w.lower() not in set(names) | kin and normalize(w) not in places
                                    for w in words):
                    self._fold(c, named[1])

    def _merge_headline_description(self) -> None:
        """ "India gives VPN firms three more months on cyber rules | ... its incident-reporting and
        data-retention rules": a measure only the headline describes is the lead's first measure of its kind."""
        order = [(i, c, pm) for i, c, pm in self.order if c.type == "Measure"]
        sents = sorted({pm.attrs.get("sent") for _, _, pm in self.order if pm.attrs.get("sent") is not None})
        if len(sents) < 2:
            return
        for c in list({c.key: c for _, c, _ in order}.values()):
            own = [x for x in c.mentions if x.kind not in ("anaphor", "pronoun")]
            several = c.name.split()[-1].lower() in ("bills", "laws", "acts", "proposals")  # not "two piracy bills"
            if c.key not in self.clusters or several or not own or own[0].attrs.get("sent") != sents[0] \
                    or any(x.kind != "described" for x in own):
                continue
            retold = any(x.attrs.get("sent") != sents[0] and x.name != own[0].name for x in own)
            if retold and not own[0].attrs.get("headline"):
                continue
            # said again in the same words ("a wider AI bill") is still only the headline's; said again in others
            # ("compulsory age checks"), it is only the lead's measure when the lead tells the headline's change
            headline = own[0].attrs.get("headline")
            kin = NOUN_KIN.get(c.name.split()[-1].lower().rstrip("s"), set()) or headline and NOUN_KIN.get(
                measure_head(c.name, participles=True).lower().rstrip("s"), set()) or set()  # "long-delayed curbs
            # on chip tools", "Georgia law requiring age checks"
            lead, told = next(((b, pm) for _, b, pm in order if b is not c and pm.kind in ("named", "described")
                               and pm.attrs.get("sent") in sents[1:4]), (None, None))
            if lead is None or lead.key not in self.clusters \
                    or any(told.head in x.attrs.get("own_clause", ()) for x in own):
                continue  # "vetoes bill to enforce EU rules | vetoed a bill that would have put the DSA into effect"
            change = own[0].attrs.get("change")
            if change and any(x.attrs.get("sent") in sents[1:4] and _same_change(change, x.attrs.get("change"))
                              for x in own):
                change = None  # "halts South Africa's spectrum auction | ... freezes a licence | South Africa's
                # long-awaited auction ... has been halted": the lead retells it; the licence frozen is another
            if not retold and (lead.name.split()[-1].lower().rstrip("s") in kin or headline and measure_head(
                    lead.name).lower().rstrip("s") in kin and told.attrs.get("dep") in ("dobj", "nsubjpass")) \
                    or not retold and (kin and measure_head(lead.name).rstrip("s") == "plan") \
                    or not retold and headline and _reform_of(c.name, lead.name) \
                    or change and (change == told.attrs.get("change") or headline and _same_change(
                        change, told.attrs.get("change"))):  # "passes 'Tada ban' | ... passed an amendment"; a
                # headline's "scraps decade-old cap on phone subsidies | ... voted to abolish a 10-year-old law"
                self._fold(c, lead)  # "UK pushes back AI bill | Britain's plans to put AI models under rules"

    def _merge_bill_and_act(self) -> None:
        """ "MPs passed the Tax Laws (Amendment) Bill ... the Tax Laws (Amendment) Act, 2024, which the
        president signed": a bill and the act it became are one measure, unless their years differ."""
        named: dict[str, list] = {}
        for c in [c for c in self.clusters.values() if c.type == "Measure"]:
            if any(m.kind == "named" for m in c.mentions) and not any(m.attrs.get("replaced") for m in c.mentions):
                key = _stageless(c.name)  # not "the bill replaces the X Ordinance": two instruments
                if key:
                    named.setdefault(key[0], []).append((key[1], c))
        for group in named.values():
            years = {y for y, _ in group if y}
            if len(group) < 2 or len(years) > 1:
                continue
            group.sort(key=lambda yc: (-len(yc[1].mentions), yc[1].key))
            for _, c in group[1:]:
                if c.key in self.clusters and group[0][1].key in self.clusters:
                    self._fold(c, group[0][1])

    def _merge_court_description(self) -> None:
        """ "Massachusetts' highest court on Tuesday barred ... the Supreme Judicial Court found ...": a court
        the lead describes is the first court the story names after it, when none was named before."""
        courts = [(i, c, pm) for i, c, pm in self.order if c.type == "Agency" and "court" in c.name.lower().split()]
        for i, c, pm in courts:
            if pm.kind not in ("group", "described") or c.key not in self.clusters \
                    or not COURT_DESCRIPTION.fullmatch(c.name.lower()):
                continue
            named = [x for x in courts if x[2].kind == "named" and x[1].key in self.clusters and (
                "appe" not in c.name.lower() or any(w in x[1].name.lower() for w in ("appeal", "circuit")))]
            # "a federal appeals court" is a court of appeals, not the Supreme Court named later
            if named and named[0][0] > i and all(m.kind != "named" for m in c.mentions):
                self._fold(c, named[0][1])

    def _merge_bank_description(self) -> None:
        """ "the central bank had ordered lenders ... the Central Bank of Nigeria": the bank a story calls by its
        kind is the one central or reserve bank it names."""
        banks = {c.key: c for _, c, _ in self.order if c.type == "Agency" and c.key in self.clusters
                 and ("central bank" in c.name.lower() or "reserve bank" in c.name.lower())}
        bare = [c for c in banks.values() if c.name.lower() in ("central bank", "reserve bank")]
        named = [c for c in banks.values() if c not in bare]
        if len(named) == 1:
            for c in bare:
                self._fold(c, named[0])

    def _merge_regulator_description(self) -> None:
        """ "Russia's communications regulator ordered ... Roskomnadzor added ...": a regulator a story calls
        by its kind is the one regulator it names (a body that is no court, chamber, ministry or bank)."""
        described = [c for _, c, _ in self.order if c.type == "Agency" and c.key in self.clusters
                     and c.name.lower().split()[-1:] in (["regulator"], ["watchdog"])
                     and all(x.kind in ("group", "described", "anaphor") for x in c.mentions)]
        regulators = {c.key: c for _, c, _ in self.order if c.type == "Agency" and c.key in self.clusters
                      and any(x.kind == "named" for x in c.mentions)
                      and not NOT_REGULATORS & set(c.name.lower().split())}
        order = sorted({pm.attrs["sent"] for _, _, pm in self.order if pm.attrs.get("sent") is not None})
        for c in {c.key: c for c in described}.values():
            sents = {x.attrs.get("sent") for x in c.mentions if x.kind != "anaphor"}  # its own words, not "the
            # regulator" said of it since
            here = [r for r in regulators.values() if any(x.attrs.get("sent") in sents for x in r.mentions)]
            first = min((order.index(x.attrs["sent"]) for x in c.mentions if x.kind != "anaphor"
                         and x.attrs.get("sent") in order), default=None)
            firsts = {r.key: min(order.index(x.attrs["sent"]) if x.attrs.get("sent") in order else -1
                                 for x in r.mentions) for r in regulators.values()}
            soonest = min((k for k in firsts if first is not None and firsts[k] > first), key=firsts.get, default=None)
            named_next = [regulators[soonest]] if soonest is not None and firsts[soonest] - first <= 3 else []
            if len(regulators) == 1 or len(here) == 1:  # "Japan's antitrust regulator ordered ..., the first
                self._fold(c, here[0] if len(here) == 1 else next(iter(regulators.values())))  # time the JFTC has"
            elif not here and named_next:  # "Germany's telecoms regulator has scrapped ... | The
                self._fold(c, named_next[0])  # Bundesnetzagentur said": the first named soon after
        for c in [c for c in list(self.clusters.values()) if c.type == "Agency" and len(c.name.split()) >= 2
                  and all(x.kind in ("group", "described") for x in c.mentions)]:
            tail = " " + normalize(c.name)
            named = [r for r in regulators.values() if normalize(r.name).endswith(tail)]
            if len(named) == 1:  # "Brazil's data protection authority ... The National Data Protection Authority"
                self._fold(c, named[0])

    def _merge_name_given_ahead(self) -> None:
        """ "Dubbed the 'robot tax' by critics, the measure was passed": a name given before the words it
        names is the measure those words are (read in order, it came first and stood alone)."""
        for _, c, pm in list(self.order):
            head = pm.attrs.get("appos_of")
            if c.type != "Measure" or head is None or head < pm.start or c.key not in self.clusters:
                continue  # (a head inside the words: "26 sections of the X Act" is the act)
            said = next(((x, m) for i, x, m in self.order if i == head and x.type == "Measure"), None)
            later = said and said[0]
            if later is c and said[1].kind == "anaphor":  # "the measure" took the name given just before it:
                later = next((x for i, x, _ in reversed(self.order)  # it means the measure before the name
                              if i < pm.start and x.type == "Measure" and x is not c), None)
            if later is not None and later is not c and later.key in self.clusters:
                if not any(m.kind == "named" for m in later.mentions):
                    later.name = c.name
                self._fold(c, later)

    def _merge_title_ahead(self) -> None:
        """ "Canada's innovation minister has ordered ... | Innovation Minister X announced the order": an office
        told before the name is the one person the story names with that title."""
        for c in [c for c in list(self.clusters.values()) if c.type in ("Official", "Lawmaker")
                  and c.mentions and all(x.kind in ("group", "described") for x in c.mentions)]:
            title = c.name.lower().split()[-1]
            named = {k.key: k for _, k, pm in self.order if k.key in self.clusters and k is not c and pm.kind == "named"
                     and pm.title == title and k.type == c.type}
            first = min(x.start for x in c.mentions)
            if len(named) == 1 and all(min(x.start for x in k.mentions) > first for k in named.values()):
                self._fold(c, next(iter(named.values())))

    def _merge_national_parliament(self) -> None:
        """ "South Korea's parliament passes ... South Korea's National Assembly passed": a country's parliament
        called by its kind is the one legislature of that country the story names."""
        agencies = {c.key: c for _, c, _ in self.order if c.type == "Agency" and c.key in self.clusters}
        for c in list(agencies.values()):
            states = {x.attrs.get("state") for x in c.mentions if x.kind == "named"}
            if c.gaz or len(states) != 1 or None in states or c.name.lower().split()[-1] not in ("parliament", "legislature"):
                continue
            code = states.pop().removeprefix("gov.") + "."
            named = [b for b in agencies.values() if b.gaz and b.gaz.startswith(code) and b.key in self.clusters
                     and any(w in b.name.lower() for w in CHAMBER_WORDS)]
            if len(named) == 1:
                self._fold(c, named[0])

    def _surname_owner(self, m: Mention, surname: str) -> Cluster | None:
        """The person a lone surname (or a given name used alone) names: the latest so named before it, else (in
        a headline, before any full name) the first named after it: "Trump signs ... | President Donald Trump
        ... Melania Trump"."""
        tail = surname.split()
        owners = [c for c in self.clusters.values() if c.type in PEOPLE and " " in c.name
                  and (words := unsuffixed(normalize(c.name).split())) and len(words) > len(tail) and (
                      words[-len(tail):] == tail or len(words) > 3 and surname in words[1:-1] and len(surname) > 3
                      and all(x.kind == "named" for x in c.mentions) or [surname] == words[:1] and not m.gaz
                      and (len(words) == 2 and len(surname) > 3 or len(words) == 3 and "-" in c.name)
                      and all(x.kind != "group" for x in c.mentions))]
        # "Lula" after "Luiz Inacio Lula da Silva": a long name's middle word is the name the person goes by;
        # "Meutya" after "Meutya Hafid", where a given name is used alone; "Min" after "Min Byoung-dug"
        first = {c.key: c.attrs.get("first", m.start) for c in owners}
        before = [c for c in owners if first[c.key] < m.start]
        if before:
            return max(before, key=lambda c: first[c.key])
        return min(owners, key=lambda c: first[c.key]) if owners else None


NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def unsuffixed(words: list[str]) -> list[str]:
    """A person's name words without a generational suffix: "ferdinand marcos jr" -> "ferdinand marcos"."""
    return words[:-1] if len(words) > 2 and words[-1] in NAME_SUFFIXES else words
