"""Within-document resolution: mentions -> entities.

"Huang" after "Jensen Huang", "SB 1047" and "Senate Bill 1047", "KOSA" after "Kids Online Safety Act
(KOSA)", "the bill" to the last measure that fits, "the administration" to the government named after
its leader, "the company" to the last firm, "he" to the last person.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from policygraph.graph import vocabulary
from policygraph.graph.ids import normalize
from policygraph.loaders.anaphora import AWAITED, ROLE_WEIGHT, SPECIFIC_KINDS, AnaphoraRules, of_kind
from policygraph.loaders.folds import FoldRules, unsuffixed
from policygraph.loaders.introductions import IntroductionRules, apart_from_separate
from policygraph.loaders.measure_match import (bill_key, contrasting, initials, letters, measure_head,
                                               qualified, renamed_head, same_description, short_title, spelled_out)
from policygraph.loaders.places import c_home, other_state
from policygraph.loaders.spans import LEGAL_SUFFIXES, NAME_TAILS, Mention

PEOPLE = {"Lawmaker", "Official", "Person", "Lobbyist"}
ORGS = {"Firm", "Agency", "Organization", "Government"}
BODY_NOUNS = {"legislature", "parliament", "senate", "house", "congress", "assembly", "court", "regulator",
              "commission", "ministry", "committee", "tribunal", "council", "central bank", "reserve bank"}


@dataclass
class Cluster:
    """One entity of the document with every mention that refers to it."""

    key: str
    type: str
    name: str
    names: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    gaz: str | None = None
    title: str | None = None
    attrs: dict = field(default_factory=dict)


# A measure's noun and who made it, nothing else: "the ban imposed by Datatilsynet"
MADE_BY = re.compile(r"^(\w+) (?:imposed|ordered|adopted|issued|approved|introduced|announced|proposed|passed|"
                     r"enacted|drafted|signed|set|levied) by [A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*)*$")
FIRM_TAILS = LEGAL_SUFFIXES | NAME_TAILS | {"ai", "labs"}  # words a firm's short name leaves off


class Resolver(FoldRules, AnaphoraRules, IntroductionRules):
    """Assign each mention of a document to a Cluster."""

    def __init__(self) -> None:
        self.clusters: dict[str, Cluster] = {}
        self.order: list[tuple[int, Cluster, Mention]] = []  # (token index, cluster, mention)
        self.paragraph_of = None  # token index -> paragraph number, when the document's layout is known
        self.home: str | None = None  # the gazetteer id of the country the story's dateline is in

    def resolve(self, mentions: list[Mention]) -> dict[str, Cluster]:
        for m in mentions:  # full names first, so a headline's "Newsom" finds "Gavin Newsom"
            if m.kind == "named" and m.type in PEOPLE and len(m.name.split()) > 1 and not self._find(m):
                self._new(m)
        # "Its chairman, former Sen. Chris Dodd, ...": the role is the person named beside it
        apposed = {m.attrs["appos_of"]: m for m in mentions
                   if m.kind == "named" and m.type in PEOPLE and m.attrs.get("appos_of") is not None}
        for m in mentions:
            if m.kind == "pronoun":
                continue
            if m.kind == "group" and not m.plural and m.type in PEOPLE and apposed.get(m.head):
                m.kind = "anaphor"  # "Hesse's interior minister, Peter Beuth, said": the role is the man named
            if m.kind == "anaphor":
                named = apposed.get(m.head) if m.type in PEOPLE else None
                targets = [self._find(named) or self._new(named)] if named else \
                    self._described_part(m) or self._antecedents(m)
                if not targets and m.type == "Government" and m.name.lower() == "union":
                    m.type = "Organization"  # "the union's president" with no European Union told: a trade union
                    targets = self._antecedents(m)
                if m.attrs.get("commanded") and not any(of_kind(c, {"order"}) for c in targets):
                    targets = []  # "ordered Facebook to stop ... Meta contested the order": the order the verb made
                if not targets and m.type == "Agency" and m.name.lower() in BODY_NOUNS:
                    m.kind = "described"  # "The legislature passed the bill": a body of its own
                    targets = [self._find(m) or self._new(m)]
                if not targets and m.type == "Measure" and m.name.lower().rstrip("s") in AWAITED:
                    m.attrs["awaits"] = True  # "the fine" before any fine: one a verb makes later ("fined X");
                    # "the ruling" with no ruling before it: a court's verdict, no measure
                    continue
                if not targets and m.type == "Measure" and (
                        m.name.lower().rstrip("s") in SPECIFIC_KINDS or m.attrs.get("commanded") or not any(
                        c.type == "Measure" and not pm.attrs.get("headline") for _, c, pm in self.order)):
                    # "The advisory, issued on March 1, ...", with no measure before it but a headline's
                    m.kind = "described"  # "the moratorium" with nothing before it: a measure of its own
                    m.name = m.name.lower()
                    m.attrs["bare"] = True
                    targets = [self._find(m) or self._new(m)]
                    targets[0].names.add(m.name)
                if not targets:
                    continue
                m.entity = targets[0].key
                m.refs = [t.key for t in targets]
                for t in targets:
                    t.mentions.append(m)
                targets[0].names.update(m.attrs.get("acronyms", []))  # "the department, known as IDFPR"
                if not m.attrs.get("judging"):  # "heavy-handed rules" adds no weight to what it refers to
                    self.order.append((m.head, targets[0], m))
                continue
            if m.kind == "described" and m.plural and m.type == "Measure":
                named = self._named_measures_before(m)
                if len(named) >= 2:  # "the two bills", "anti-piracy bills" after SOPA and PIPA were named
                    m.kind, m.entity, m.refs = "anaphor", named[0].key, [c.key for c in named]
                    for c in named:
                        c.mentions.append(m)
                    self.order.append((m.head, named[0], m))
                    continue
            if self._foreign(m):
                m.attrs["elsewhere"] = True  # "aligned it with the European Union's AI Act" in an Ottawa story
            cluster = self._appositive(m) or self._find(m) or self._introduced(m) or self._plain_antecedent(m) \
                or self._new(m)
            cluster.mentions.append(m)
            if m.kind in ("named", "group", "described"):
                cluster.names.add(m.name)
                if m.attrs.get("surface"):
                    cluster.names.add(m.attrs["surface"])
                for acronym in m.attrs.get("acronyms", []):
                    cluster.names.add(acronym)
            weak = (m.attrs.get("weak") or m.kind == "named" and any(
                m.name in x.attrs.get("acronyms", ()) for x in cluster.mentions if x is not m)) \
                and len(cluster.mentions) > 1 and cluster.type in ("Agency", "Organization")
            # "(MCMC)" guessed a firm, "TfL" later on: the body's name said what it is
            if m.type and not weak and not (cluster.type in PEOPLE and m.type not in PEOPLE and m.type != "Measure"):
                # a person stays a person when the model also calls them an organisation ("Trump")
                spelled = m.kind == "named" and len(m.name.split()) > 2 and m.type in ORGS and cluster.type in ORGS \
                    and all(x.name.isupper() for x in cluster.mentions if x is not m and x.kind == "named")
                cluster.type = m.type if (cluster.type not in PEOPLE and m.type in PEOPLE and m.kind == "named"
                                          and len(m.name.split()) > 1) or spelled \
                    else vocabulary.stronger_type(cluster.type, m.type)  # "RBI" guessed a firm; its full name tells
            if m.title and not cluster.title:
                cluster.title = m.title
            if m.kind == "named" and not cluster.gaz and (len(m.name) > len(cluster.name) or not any(
                    x.kind == "named" for x in cluster.mentions if x is not m)):  # a name beats any description
                cluster.name = m.name
            m.entity = cluster.key
            self.order.append((m.head, cluster, m))
        self._dissolve_listed_groups()
        self._merge_qualified()
        self._merge_lead_descriptions()
        self._merge_headline_description()
        self._merge_bill_and_act()
        self._merge_court_description()
        self._merge_bank_description()
        self._merge_regulator_description()
        self._merge_national_parliament()
        self._merge_name_given_ahead()
        self._merge_title_ahead()
        return self.clusters

    def _foreign(self, m: Mention) -> bool:
        """A named measure a possessive gives to another country than the one the story's dateline is in (with
        no dateline: a country the story has named less often than another)."""
        owner = m.attrs.get("owner")
        if owner is None:
            return False
        gaz = next((c.gaz for _, c, pm in self.order if pm.start <= owner < pm.end), m.attrs.get("owner_gaz"))
        if gaz and other_state(gaz, [c.gaz for _, c, _ in self.order if c.type == "Government" and c.gaz]):
            return True  # "California's repair law" in a story about Oregon's
        if not gaz or self.home:
            return bool(gaz) and c_home(gaz) != self.home
        told = Counter(c_home(c.gaz) for _, c, pm in self.order if c.type == "Government" and c.gaz)
        return bool(told) and told.most_common(1)[0][1] > told[c_home(gaz)]  # else a country named less than another

    def _new(self, m: Mention) -> Cluster:
        key = f"gaz:{m.gaz}" if m.gaz else f"{vocabulary.family(m.type)}:{normalize(m.name)}"
        if m.attrs.get("elsewhere"):
            key += "@elsewhere"  # "the privacy law Connecticut passed" beside the story's own "privacy law"
        if key in self.clusters:
            return self.clusters[key]
        c = Cluster(key=key, type=m.type, name=m.name, gaz=m.gaz, attrs={**m.attrs, "first": m.start})
        self.clusters[key] = c
        return c

    def _appositive(self, m: Mention) -> Cluster | None:
        """ "SB 53, the Transparency in Frontier Artificial Intelligence Act": one measure, two names."""
        head = m.attrs.get("appos_of")
        if head is not None and m.kind == "named" and m.type in ("Agency", "Organization") and m.attrs.get("set_off"):
            for i, c, pm in reversed(self.order):  # "Datatilsynet, the Norwegian Data Protection Authority"
                if pm.head == head and pm.kind == "named" and (c.type == m.type or all(
                        x.attrs.get("weak") for x in c.mentions)):
                    c.type = m.type
                    c.names.add(m.name)
                    return c
            return None
        if head is None or m.type != "Measure" and not (m.kind == "named" and m.attrs.get("weak")):
            return None
        if any(pm.end == m.start - 1 and m.name in pm.attrs.get("acronyms", ()) and c.type != "Measure"
               for _, c, pm in self.order[-4:]):
            return None  # "a deal struck at the Organisation for ... Development (OECD)": the body's acronym
        for i, c, pm in reversed(self.order):
            if (pm.head == head or pm.start <= head < pm.end) and c.type == "Measure":
                m.type = "Measure"  # "The law, known as the ECA Digital": a name the model guessed a firm's
                return c
        return None

    def implicit_measure(self, name: str) -> Cluster:
        """A measure a verb implies without naming it: "the Commission fined X" -> "fine on X"."""
        key = f"measure:{normalize(name)}"
        if key not in self.clusters:
            self.clusters[key] = Cluster(key=key, type="Measure", name=name, names={name}, attrs={"implicit": True})
        return self.clusters[key]

    def _find(self, m: Mention) -> Cluster | None:
        if m.gaz:
            return self.clusters.get(f"gaz:{m.gaz}")
        norm = normalize(m.name)
        if m.kind == "named" and m.attrs.get("weak") and m.type != "Measure" and not m.name.isupper():
            for c in self.clusters.values():  # "the ECA Digital" again, after "The law, known as the ECA Digital"
                if c.type == "Measure" and norm in {normalize(n) for n in c.names | {c.name}}:
                    m.type = "Measure"
                    return c
        fam = vocabulary.family(m.type)
        if m.kind == "named" and m.name.isupper() and len(m.name) >= 3:  # "DSA" after "Digital Services Act"
            for c in reversed(list(self.clusters.values())):
                if c.type == "Measure" and any(spelled_out(n) == m.name or letters(n) == m.name.lower()
                                               for n in c.names):
                    return c
        if m.kind == "named" and (" " not in norm or m.end - m.start == 1 or " " not in m.name) and m.type != "Measure":
            # "Newsom" mistaken for a firm; "Na'Allah", one word that folds to two
            owner = self._surname_owner(m, norm)
            if owner is not None:
                return owner
        numbered = m.attrs.get("number")
        clusters = [c for c in self.clusters.values() if not numbered or not {bill_key(n) for n in c.names} - {
            None, numbered}]  # a bill set off with its number is no bill of the same name with another number
        clusters = [c for c in clusters if not _apart(m, c)]
        for c in reversed(clusters):  # the same name anywhere beats a near one lately; so does the name with its
            if vocabulary.family(c.type) == fam and norm in {normalize(n) for n in c.names | {c.name}} or (  # place
                    m.kind == "named" and c.type == m.type == "Measure" and any(qualified(m.name, n) for n in c.names)):
                return c  # "EU AI Act" after "the European Union's AI Act", not the "EU legislation" told since
        for c in reversed(clusters):
            if vocabulary.family(c.type) != fam:
                continue
            if m.type == "Measure":
                if m.kind == "named" and any(m.head in x.attrs.get("own_clause", ()) for x in c.mentions):
                    continue  # "a bill to enforce the Digital Services Act": the act is not the bill
                if bill_key(m.name) and bill_key(m.name) in {bill_key(n) for n in c.names}:
                    return c
                if m.kind == "named" and m.name.isupper() and any(spelled_out(n) == m.name for n in c.names):
                    return c
                if m.kind == "named" and any(letters(m.name) == letters(n) for n in c.names if len(letters(n)) >= 3):
                    return c  # "EU AI Act" and "the European Union's Artificial Intelligence Act"
                if m.kind == "named" and any(qualified(m.name, n) or renamed_head(m.name, n) or short_title(m.name, n)
                                             for n in c.names):
                    return c  # "AI Diffusion Rule" after the headline's "diffusion rule"
                made_by = MADE_BY.match(m.name) if m.kind == "described" and not m.attrs.get("indefinite") else None
                if made_by and measure_head(c.name).lower() == made_by.group(1).lower():
                    return c  # "a ban on targeting users ... | the ban imposed by Datatilsynet": the ban told
                both_named = m.kind == "named" and any(x.kind == "named" for x in c.mentions)
                if m.kind == "named" and c.mentions and c.mentions[0].plural and not m.plural:
                    continue  # one named bill is not "two anti-piracy bills"
                if not both_named and c.mentions and not m.attrs.get("elsewhere") \
                        and not (contrasting(m.name) and any(x.kind == "named" for x in c.mentions)) \
                        and not m.attrs.get("separate") and not apart_from_separate(m, c) \
                        and same_description(m.name, c.names | {c.name}) \
                        and not m.name.lower().endswith(("of their own", "of its own", "of her own", "of his own")):
                    return c
            elif m.type in PEOPLE or (m.type == "Person"):
                if c.type in PEOPLE:
                    tokens = norm.split()
                    ctoks = unsuffixed(normalize(c.name).split())  # "Marcos" after "Ferdinand Marcos Jr."
                    if len(tokens) == 1 and tokens[0] in (ctoks[-1], ctoks[0]) and len(ctoks) > 1:
                        return c
                    if len(tokens) > 1 and len(ctoks) > 1 and tokens[-1] == ctoks[-1] and tokens[0][0] == ctoks[0][0] \
                            and m.kind != "group":  # "J. Smith" is "John Smith"; "three governing parties" is not
                        return c  # "two opposition parties"
                    if 1 < len(tokens) < len(ctoks) and ctoks[-len(tokens):] == tokens:
                        return c  # "Inman Grant" after "Julie Inman Grant"
            elif m.type in ORGS and c.type in ORGS:
                if m.name.isupper() and len(m.name) >= 2 and any(initials(n) == m.name for n in c.names):
                    return c
                if len(norm.split()) >= 3 and any(n.isupper() and len(n) >= 3 and initials(m.name) == n
                                                  for n in c.names):
                    return c  # "RBI lifts curbs ... The Reserve Bank of India has lifted": the headline's acronym
                if len(norm.split()) >= 2 and any(normalize(n).endswith(" " + norm) for n in c.names) and not any(
                        x.start < m.start and m.end <= x.end and not x.plural for x in c.mentions):  # not what
                    return c  # "a group representing telecom carriers" represents
                if m.type == c.type == "Agency" and norm in BODY_NOUNS | {"commission", "council"} \
                        and normalize(c.name).endswith(" " + norm) and sum(
                            k.type == "Agency" and normalize(k.name).endswith(" " + norm) for k in clusters) == 1:
                    return c  # "Parliament" after "the European Parliament", the one parliament named
                if any(n.split()[:1] == [m.name] and len(n.split()) > 1 and all(w.lower() in FIRM_TAILS
                                                                            for w in n.split()[1:]) for n in c.names):
                    return c  # "LY" after "LY Corp", "Clearview" after "Clearview AI"
                if m.type == c.type == "Firm" and " " not in m.name and any(
                        len(n.split()) == 2 and n.split()[0] == m.name for n in c.names):
                    return c  # "Epic" after "Epic Games", "Charter" after "Charter Communications"
                if m.type == c.type == "Firm" and len(m.name.split()) == 2 and all(" " not in n for n in c.names) \
                        and m.name.split()[0] in c.names:
                    return c  # a headline's "Ligado", then "Ligado Networks"
        return None

    def country_key(self, gaz_id: str) -> str | None:
        """The cluster of a country named by a demonym ("Chinese officials"), created if needed."""
        key = f"gaz:{gaz_id}"
        return key if key in self.clusters else None

    def pronoun(self, m: Mention, want: str = "actor") -> Cluster | None:
        """The antecedent of a pronoun: the last person for he/she, the last organisation or measure for it."""
        previous = [(i, c, pm) for i, c, pm in self.order if i < m.head and pm.kind != "pronoun"]
        if m.name in ("he", "she", "him", "her", "his"):
            allowed = PEOPLE
            people = [(i, c, pm) for i, c, pm in previous if c.type in PEOPLE and pm.kind != "group"]
            subjects = [p for p in people if p[2].attrs.get("dep") in ("nsubj", "nsubjpass")
                        and p[2].attrs.get("sent") in (m.attrs.get("sent"), self._previous_sentence(m))]
            if subjects:
                return subjects[-1][1]
        elif m.plural:
            near = (m.attrs.get("sent"), self._previous_sentence(m))
            if want == "measure":  # "said the hate-speech sections were too broad and urged Ottawa to strip them"
                parts = [c for i, c, pm in previous if pm.plural and c.type == "Measure" and pm.attrs.get("sent") in near]
                return parts[-1] if parts else None
            plural = [(i, c, pm) for i, c, pm in previous if pm.plural and c.type != "Measure"]
            if m.attrs.get("dep") in ("dobj", "dative"):  # "accused ministers of ... and urged them to ...": the
                here = [p for p in plural if p[2].attrs.get("sent") == m.attrs.get("sent") and not (  # ministers
                    p[2].attrs.get("dep") == "nsubj" and p[2].attrs.get("governor") == m.attrs.get("governor"))]
                if here:
                    return here[-1][1]
            subjects = [p for p in plural if p[2].attrs.get("dep") in ("nsubj", "nsubjpass") and p[2].attrs.get("sent") in near]
            return (subjects or plural)[-1][1] if plural else None  # "lawmakers failed ... Instead they voted"
        else:
            measures = [p for p in previous if p[1].type == "Measure"]
            measures = [p for p in measures if not (p[2].plural and p[2].kind == "described")] or measures
            # "That bill, which also carried unpopular tax increases, ... passed it": "it" is no plural
            if want == "measure":
                if m.attrs.get("after_event"):
                    return None  # "The decision was taken on Tuesday. It was approved by ...": the decision
                here = [p for p in measures if p[2].attrs.get("sent") == m.attrs.get("sent") and (
                    m.attrs.get("relative") or not p[2].attrs.get("relative"))] or [  # not "X, who signed a law,
                    # called it a power grab": a relative clause tells of another measure
                    p for p in measures if p[2].attrs.get("sent") == self._previous_sentence(m)
                    and p[2].attrs.get("para") == m.attrs.get("para")]  # the sentence before, same paragraph
                if here:  # "vetoed HB 2094, a bill modeled on the Colorado law, after the Assembly passed it"
                    return max(here, key=lambda p: (ROLE_WEIGHT.get(p[2].attrs.get("dep", ""), 1.0)
                                                    * (1.5 if p[2].kind == "named" else 1.0), -p[0]))[1]
                return self._most_salient(m, measures) if measures else None
            if m.attrs.get("dep") in ("dobj", "pobj") and measures:
                return None  # "campaigned against it": the measure, not an organisation
            allowed = ORGS
        candidates = [(i, c, pm) for i, c, pm in previous if c.type in allowed and not pm.plural and pm.kind != "group"
                      and not (pm.attrs.get("weak") and all(x.attrs.get("weak") for x in c.mentions)
                               and (pm.attrs.get("dep"), pm.attrs.get("clause")) != ("nsubj", "ROOT"))
                      and (pm.attrs.get("adjunct_of") is None or pm.attrs.get("adjunct_of") != m.attrs.get("verb"))]
        # "Together with TechNet, it urged ...", "In a letter to Google, it said ...": not the subject's own verb's phrase
        if not candidates:
            return None
        recent = [p for p in candidates if p[2].attrs.get("sent") in (m.attrs.get("sent"), self._previous_sentence(m))]
        subjects = [p for p in recent if p[2].attrs.get("dep") in ("nsubj", "nsubjpass")]
        if subjects and allowed is ORGS and m.attrs.get("clause") == "ROOT" and all(
                p[2].attrs.get("sent") != m.attrs.get("sent") for p in subjects):
            subjects = [p for p in subjects if p[2].attrs.get("clause") not in EMBEDDED] or subjects
            # "The tribunal agreed ... that Google had used its control ... It ordered the company to": the
            # sentence's own subject, not one in a clause it reports
        if not subjects and allowed is ORGS:  # "the Coalition, whose members include A and B, lobbied ... Its
            subjects = [p for p in recent if not p[2].attrs.get("relative")]  # director": not B
        return (subjects or candidates)[-1][1]

    def _previous_sentence(self, m: Mention) -> int | None:
        starts = sorted({pm.attrs.get("sent") for _, _, pm in self.order if pm.attrs.get("sent") is not None
                         and pm.attrs.get("sent") < (m.attrs.get("sent") or 0)})
        return starts[-1] if starts else None


EMBEDDED = {"ccomp", "relcl", "acl", "advcl", "xcomp", "pcomp"}  # clauses inside a sentence's own


def _apart(m: Mention, c: Cluster) -> bool:
    """A description of another place's measure and one of the story's own never share a cluster, nor a
    name owned by another country and the story's own."""
    if m.type != "Measure" or m.kind not in ("described", "named") or not c.mentions \
            or m.kind == "named" and not m.attrs.get("elsewhere"):
        return False
    return bool(m.attrs.get("elsewhere")) != all(x.attrs.get("elsewhere") for x in c.mentions)
