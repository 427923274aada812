"""Within-document resolution: mentions -> entities.

"Huang" after "Jensen Huang", "SB 1047" and "Senate Bill 1047", "KOSA" after "Kids Online Safety Act
(KOSA)", "the bill" to the last measure that fits, "the administration" to the government named after
its leader, "the company" to the last firm, "he" to the last person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policygraph.graph import vocabulary
from policygraph.graph.ids import normalize
from policygraph.loaders.mentions import Mention

PEOPLE = {"Lawmaker", "Official", "Person", "Lobbyist"}
ORGS = {"Firm", "Agency", "Organization", "Government"}
_BILL = re.compile(r"^(?:(senate|assembly|house) bill|(s|a|h)\s?b|h\s?r)\s?(\d+)$")


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


def bill_key(name: str) -> str | None:
    """ "SB 1047", "S.B. 1047" and "Senate Bill 1047" share one key: "sb1047"."""
    m = _BILL.match(normalize(name).replace(" ", " "))
    if not m:
        return None
    chamber = (m.group(1) or m.group(2) or "h").lower()[0]
    return f"{chamber}b{m.group(3)}" if not m.group(0).startswith("h r") else f"hr{m.group(3)}"


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper() and w.lower() not in ("of", "and", "the"))


def _content(name: str) -> set[str]:
    return {w for w in normalize(name).split() if w not in ("of", "on", "the", "a", "in", "for", "to", "and")}


class Resolver:
    """Assign each mention of a document to a Cluster."""

    def __init__(self) -> None:
        self.clusters: dict[str, Cluster] = {}
        self.order: list[tuple[int, Cluster, Mention]] = []  # (token index, cluster, mention)

    def resolve(self, mentions: list[Mention]) -> dict[str, Cluster]:
        for m in mentions:
            if m.kind == "pronoun":
                continue
            if m.kind == "anaphor":
                targets = self._antecedents(m)
                if not targets:
                    continue
                m.entity = targets[0].key
                m.refs = [t.key for t in targets]
                for t in targets:
                    t.mentions.append(m)
                self.order.append((m.head, targets[0], m))
                continue
            cluster = self._find(m) or self._new(m)
            cluster.mentions.append(m)
            if m.kind in ("named", "group", "described"):
                cluster.names.add(m.name)
                for acronym in m.attrs.get("acronyms", []):
                    cluster.names.add(acronym)
            cluster.type = vocabulary.stronger_type(cluster.type, m.type) if m.type else cluster.type
            if m.title and not cluster.title:
                cluster.title = m.title
            if len(m.name) > len(cluster.name) and m.kind == "named" and not cluster.gaz:
                cluster.name = m.name
            m.entity = cluster.key
            self.order.append((m.head, cluster, m))
        return self.clusters

    def _new(self, m: Mention) -> Cluster:
        key = f"gaz:{m.gaz}" if m.gaz else f"{vocabulary.family(m.type)}:{normalize(m.name)}"
        if key in self.clusters:
            return self.clusters[key]
        c = Cluster(key=key, type=m.type, name=m.name, gaz=m.gaz, attrs=dict(m.attrs))
        self.clusters[key] = c
        return c

    def _find(self, m: Mention) -> Cluster | None:
        if m.gaz:
            return self.clusters.get(f"gaz:{m.gaz}")
        norm = normalize(m.name)
        fam = vocabulary.family(m.type)
        for c in reversed(list(self.clusters.values())):
            if vocabulary.family(c.type) != fam:
                continue
            names = {normalize(n) for n in c.names | {c.name}}
            if norm in names:
                return c
            if m.type == "Measure":
                if bill_key(m.name) and bill_key(m.name) in {bill_key(n) for n in c.names}:
                    return c
                if m.kind == "named" and m.name.isupper() and any(_initials(n) == m.name for n in c.names):
                    return c
                if m.kind == "described" and c.mentions and c.mentions[0].kind == "described":
                    a, b = _content(m.name), _content(c.name)
                    head = normalize(m.name).split()
                    if a and b and (a <= b or b <= a) and min(len(a), len(b)) >= 2 and head and head[-1:] == normalize(c.name).split()[-1:]:
                        return c
            elif m.type in PEOPLE or (m.type == "Person"):
                if c.type in PEOPLE:
                    tokens = norm.split()
                    ctoks = normalize(c.name).split()
                    if len(tokens) == 1 and tokens[0] in (ctoks[-1], ctoks[0]) and len(ctoks) > 1:
                        return c
                    if len(tokens) > 1 and len(ctoks) > 1 and tokens[-1] == ctoks[-1] and tokens[0][0] == ctoks[0][0]:
                        return c
            elif m.type in ORGS and c.type in ORGS:
                if m.name.isupper() and len(m.name) >= 2 and any(_initials(n) == m.name for n in c.names):
                    return c
                if len(norm.split()) >= 2 and any(normalize(n).endswith(" " + norm) for n in c.names):
                    return c
        return None

    # ---- anaphora -------------------------------------------------------------------------------
    def _antecedents(self, m: Mention) -> list[Cluster]:
        noun = m.name.lower()
        previous = [(i, c, pm) for i, c, pm in self.order if i < m.head]
        if m.type == "Measure":
            measures = [(i, c, pm) for i, c, pm in previous if c.type == "Measure"]
            if not measures:
                return []
            if m.plural:
                last_sent = measures[-1][2]
                group = [c for i, c, pm in measures if pm.attrs.get("sent") == last_sent.attrs.get("sent")]
                uniq = list({c.key: c for c in group}.values())
                if len(uniq) >= 2:
                    return uniq
            stem = noun.rstrip("s")
            for i, c, pm in reversed(measures):
                if stem and any(stem in n.lower() for n in c.names | {c.name}):
                    return [c]
            if noun.rstrip("s") in ("bill", "act", "law", "legislation", "measure", "proposal", "provision", "amendment"):
                for i, c, pm in reversed(measures):
                    if pm.kind == "named":
                        return [c]
            return [measures[-1][1]]
        if m.type == "Government":
            govs = [c for i, c, pm in reversed(previous) if c.type == "Government"]
            if noun == "administration":
                admin = [c for c in govs if c.name.lower().endswith("administration")]
                if admin:
                    return admin[:1]
                return []
            return govs[:1]
        wanted = {m.type} | ({"Official", "Lawmaker"} if m.type in ("Official", "Lawmaker") else set())
        for i, c, pm in reversed(previous):
            if c.type in wanted and pm.kind != "group":
                if m.type in ("Agency", "Organization") and noun not in c.name.lower() and noun not in ("agency", "group", "organization", "organisation", "watchdog", "regulator", "body"):
                    continue
                return [c]
        return []

    def pronoun(self, m: Mention, want: str = "actor") -> Cluster | None:
        """The antecedent of a pronoun: the last person for he/she, the last organisation or measure for it."""
        previous = [(i, c, pm) for i, c, pm in self.order if i < m.head and pm.kind != "pronoun"]
        if m.name in ("he", "she", "him", "her", "his"):
            allowed = PEOPLE
        elif m.plural:
            return next((c for i, c, pm in reversed(previous) if pm.plural and c.type != "Measure"), None)
        else:
            allowed = {"Measure"} if want == "measure" else ORGS
        for i, c, pm in reversed(previous):
            if c.type in allowed and not pm.plural and pm.kind != "group":
                return c
        return None
