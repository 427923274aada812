"""Whom a measure targets: "a ban on China Telecom operations", "the law requires app stores run by Apple
to ...", "bills that would have made Netflix pay", "Google and Apple fall under the law", "AMD's chips were
caught by the same curbs". A mixin of RelationFinder."""

from __future__ import annotations

# Verbs by which a measure acts on those it targets: "the law requires app stores run by Apple and Google
# to ...", "a rule that would have barred TikTok from operating", "bills that would have made Netflix pay".
MEASURE_ACTS = {"require", "bar", "prohibit", "force", "ban", "restrict", "compel", "oblige", "forbid", "prevent",
                "order", "target", "cover", "designate", "name", "hit", "make"}
# The same told from the side of the one reached: "X was caught by the rule", "X falls under the law".
REACHED_BY = MEASURE_ACTS - {"make", "order"} | {"catch", "affect", "subject"}
FALLS_UNDER = {"fall": ("under", "within"), "come": ("under", "within")}
TARGET_TYPES = ("Firm", "Organization", "Government", "Person")


# Nouns of goods moving to a buyer: a measure on them reaches where they were going.
TRADE = {"sale", "sales", "export", "exports", "shipment", "shipments", "transfer", "transfers", "supply", "delivery",
         "deliveries"}


class TargetRules:
    """Measure-to-target rules; mixed into RelationFinder through LinkRules."""

    def _targets_in(self, pobj) -> list[tuple[str, float]]:
        """Actors named in a measure's "on ..." phrase: "a ban on China Telecom operations"."""
        out = self.keys(pobj, "actor")
        if out:
            return out
        for t in pobj.lefts:  # "a ban on China Telecom operations", not "... for U.S. data centres"
            m = self.mention(t)
            if m and m.entity and m.type in ("Firm", "Government", "Organization") and m.kind == "named" \
                    and t.dep_ in ("compound", "poss", "nmod"):
                out.append((m.entity, 0.7))
                break
        if not out and pobj.pos_ == "NOUN":  # "a ban on the sale of Kaspersky software", "sanctions on members of X"
            for thing in [pobj] + list(pobj.conjuncts):
                for of in thing.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        out += [k for g in of.children if g.dep_ == "pobj" for k in self._targets_in(g)]
        return out or self._bound_for(pobj)

    def _sent_to(self, tok, m) -> list[tuple[str, float]]:
        """ "imposed restrictions on sales of chips | to China": the destination the parser hung on the verb."""
        doc = tok.doc
        after = doc[m.end] if m.end < len(doc) else None
        if after is None or after.lower_ != "to" or after.dep_ != "prep" or after.head.i != tok.head.i \
                or m.kind != "described" or not any(t.lemma_.lower() in TRADE for t in doc[m.start:m.end]):
            return []
        found = [k for g in after.children if g.dep_ == "pobj" for k in self.keys(g, "actor")]
        return [k for k in found if self.clusters[k[0]].type in ("Government", "Firm")]

    def _bound_for(self, pobj) -> list[tuple[str, float]]:
        """Where the goods a measure stops were going: "curbs on sales of chips to China", "controls on chips
        bound for China" reach China."""
        places = [c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
                  and pobj.lemma_.lower() in TRADE]
        places += [p for c in pobj.subtree if c.dep_ == "acl" and c.lemma_.lower() in ("bind", "bound", "destine", "head")
                   for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "to")]
        found = [k for p in places for g in p.children if g.dep_ == "pobj" for k in self.keys(g, "actor")]
        return [k for k in found if self.clusters[k[0]].type in ("Government", "Firm")]

    def _measure_acts(self, v) -> None:
        """A measure acting on actors targets them: "The law requires app stores run by Apple and Google to
        verify ages" targets Apple and Google; "a ban that would have barred TikTok" targets TikTok; "bills
        that would have made Netflix and Google pay" target both."""
        if v.lemma_.lower() not in MEASURE_ACTS:
            return
        if v.dep_ in ("relcl", "acl"):
            measures = self.keys(v.head, "measure") if self.mention(v.head) is not None else []
        else:
            measures = [k for c in v.children if c.dep_ == "nsubj" for k in self.keys(c, "measure")]
        if not measures:
            return
        objects = [c for c in v.children if c.dep_ in ("dobj", "dative")]
        objects += [g for c in v.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
        self._emit(measures, [t for c in objects for t in self._reached(c)], "TARGETS", None, v, 0.8)

    def _measure_reaches(self, v) -> None:
        """The one a measure reaches, as the subject: "Google and Apple were expected to fall under the law";
        "AMD's MI308 was caught by the same requirement"; "chips that are subject to export controls"."""
        lemma = v.lemma_.lower()
        heads = []
        if lemma in FALLS_UNDER:
            heads = [g for c in v.children if c.dep_ == "prep" and c.lower_ in FALLS_UNDER[lemma]
                     for g in c.children if g.dep_ == "pobj"]
        elif lemma in REACHED_BY and any(c.dep_ == "auxpass" for c in v.children):
            heads = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        elif lemma == "be":
            heads = [g for a in v.children if a.dep_ == "acomp" and a.lower_ == "subject"
                     for c in a.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        measures = [k for h in heads for k in self.keys(h, "measure")]
        if not measures:
            return
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and v.dep_ == "xcomp":  # "were expected to fall under the law"
            subjects = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and subjects[0].lower_ in ("that", "which") and v.dep_ == "relcl":
            subjects = [v.head]
        self._emit(measures, [t for s in subjects for t in self._reached(s)], "TARGETS", None, v, 0.8)

    def _reached(self, tok) -> list[tuple[str, float]]:
        """The named actors a token stands for, or whose things it names: "app stores run by Apple and Google",
        "Apple's app store", "AMD's MI308", "Nvidia processors"; never a bare group such as "developers"."""
        found = self.keys(tok, "actor")
        if not found:
            found = [k for g in tok.subtree if (g.dep_ == "pobj" and g.head.dep_ == "agent") or g.dep_ == "poss"
                     for k in self.keys(g, "actor")]
        if not found and tok.pos_ in ("NOUN", "PROPN"):
            found = [k for g in tok.lefts if g.dep_ in ("compound", "nmod") for k in self.keys(g, "actor")]
        return [t for t in found if self.clusters[t[0]].type in TARGET_TYPES
                and any(x.kind == "named" for x in self.clusters[t[0]].mentions)]
