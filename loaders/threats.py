"""Threats to withdraw a service: "Meta warned it would pull news from Facebook in California if the bill
became law" is pressure on California and a side against the bill. A mixin of RelationFinder."""

from __future__ import annotations

# What a company threatens to do to a market: take its service away.
WITHDRAWALS = {"pull", "withdraw", "remove", "stop", "block", "cut", "exit", "leave", "shut", "suspend", "end", "halt",
               "disable", "quit", "restrict"}
THREAT_MODALS = {"would", "will", "might", "could", "may", "'d", "'ll"}  # not statuses.MODALS: "will" threatens, "must" does not
WARNINGS = {"warn", "threaten", "say", "tell", "signal", "caution", "vow"}  # a threat only with "if" after say/tell


class ThreatRules:
    """Threats of withdrawal; needs the RelationFinder helpers (keys, _subjects, _emit, resolver)."""

    def _threat(self, v) -> None:
        if v.lemma_.lower() not in WITHDRAWALS or any(c.dep_ == "neg" for c in v.children):
            return
        clause = v.head if v.dep_ == "xcomp" and v.head.lemma_.lower() in ("have", "threaten", "vow") else v
        modal = any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in clause.children)
        if not (modal or clause.lemma_.lower() in ("threaten", "vow")):
            return
        warner, node = None, clause
        for _ in range(3):  # "warned (ministers) that it would ...": the verb of warning above the threat
            if node.lemma_.lower() in WARNINGS:
                warner = node
                break
            if node.head is node:
                break
            node = node.head  # the parse may hang the threat on the one warned ("warned ministers it would")
        condition = [c for c in v.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)]
        if not condition and (warner is None or warner.lemma_.lower() not in ("warn", "threaten", "caution")):
            return  # "said it would stop selling the phone next year" is a plan, not a threat
        firms = [k for k in self._subjects(clause, "actor")[1] if self.clusters[k[0]].type == "Firm"]
        if not firms:
            return
        places = [g for p in v.subtree if p.dep_ == "prep" and p.lower_ in ("from", "in", "of")
                  for g in p.children if g.dep_ == "pobj"]
        targets = [k for g in places for k in self.keys(g, "actor") if self.clusters[k[0]].type == "Government"]
        if warner is not None and warner.lemma_.lower() in ("warn", "tell", "threaten"):
            targets += [k for c in warner.children if c.dep_ in ("dobj", "dative") for k in self.keys(c, "actor")
                        if self.clusters[k[0]].type in ("Government", "Official", "Lawmaker", "Agency")]
        measures = [k for c in condition for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                    for k in self.keys(s, "measure")]
        if not measures and not condition:
            topic = self.resolver.topic(v.i)
            measures = [(topic.key, 0.55)] if topic else []
        self._emit(firms, targets, "PRESSURED", None, v, 0.7)
        self._emit(firms, measures, "OPPOSES", "oppose", v, 0.7)
