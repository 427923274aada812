"""Who works where and who leads what, told beside a name: "Clare Melford of the Global Disinformation Index",
"a lobbyist at Akin Gump", "Democrats on the House Energy and Commerce Committee", "the bureau under Rohit
Chopra", "Max Schrems, whose group noyb ...". A mixin of RelationFinder (through LinkRules)."""

from __future__ import annotations

PEOPLE = ("Person", "Official", "Lobbyist", "Lawmaker")  # arguments.PERSON_TYPES; arguments imports this module

BODIES = ("Agency", "Firm", "Organization")
COURT_KINDS = {"district", "appeal", "circuit", "supreme", "high", "constitutional", "magistrate"}
BENCH = ("judge", "justice", "chief justice", "advocate general")  # titles of those who sit on a court
OWN_BODIES = {"group", "organisation", "organization", "company", "firm", "foundation", "charity", "startup",
              "start-up", "campaign", "nonprofit", "ngo", "institute", "centre", "center"}


class AffiliationRules:
    """Affiliation and leadership rules; they use RelationFinder's lookups and emit."""

    def _affiliations(self, sent) -> None:
        """ "Clare Melford of the Global Disinformation Index", "a lobbyist at Akin Gump": who works where."""
        for tok in sent:
            self._led_under(tok)
            m = self.by_head.get(tok.i)
            if m and m.kind == "named" and m.entity and self.clusters[m.entity].type == "Agency":
                parents = [k for c in tok.children if c.dep_ == "poss" for k in self.keys(c, "actor", conj=False)
                           if k[0] != m.entity and self.clusters[k[0]].type == "Agency"]
                self._emit([(m.entity, 0.75)], parents[:1], "MEMBER_OF", None, tok, 0.8)
                continue  # "the department's Bureau of Industry and Security" is part of the department
            if m and m.kind == "group" and m.entity and self.clusters[m.entity].type == "Lawmaker":
                bodies = [k for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "in", "of")
                          for g in p.children if g.dep_ == "pobj" for k in self.keys(g, "actor", conj=False)
                          if self.clusters[k[0]].type == "Agency"]
                self._emit([(m.entity, 0.75)], bodies, "MEMBER_OF", None, tok, 0.8)  # "Democrats on the House
                continue  # Energy and Commerce Committee", "Lawmakers in the Senate"
            if not m or m.kind != "named" or not m.entity or self.clusters[m.entity].type not in PEOPLE:
                continue
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "from", "with"):
                    for pobj in prep.children:
                        for k, conf in self.keys(pobj, "actor", conj=False) if pobj.dep_ == "pobj" else []:
                            kind = self.clusters[k].type
                            if kind in ("Firm", "Organization") or (kind == "Agency" and prep.lower_ != "with"):
                                rel = "MEMBER_OF" if self.clusters[m.entity].type == "Lawmaker" or (
                                    self.clusters[m.entity].title or "") in BENCH else "EMPLOYED_BY"  # a judge sits
                                # on a court
                                self._emit([(m.entity, 0.75)], [(k, conf)], rel, None, tok, 0.8)
            self._whose_body(tok, m)

    def _led_under(self, tok) -> None:
        """ "The bureau under Rohit Chopra had unveiled the plan": the person a body is under leads it."""
        body = self.by_head.get(tok.i)
        if body is None or not body.entity or self.clusters[body.entity].type not in BODIES:
            return
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "under":
                leaders = [k for g in prep.children if g.dep_ == "pobj" for k in self.keys(g, "actor", conj=False)
                           if self.clusters[k[0]].type in PEOPLE]
                self._emit(leaders[:1], [(body.entity, 0.75)], "LEADS", None, tok, 0.75)

    def _whose_body(self, tok, m) -> None:
        """ "Max Schrems, whose group noyb has brought many cases": the person leads the group named."""
        for clause in tok.children:
            if clause.dep_ != "relcl":
                continue
            for noun in clause.subtree:
                if not any(c.lower_ == "whose" for c in noun.children):
                    continue
                if noun.dep_ == "compound" and noun.lemma_.lower() in OWN_BODIES:
                    named = self.keys(noun.head, "actor", conj=False)  # "whose | group Datos Libres"
                elif noun.lemma_.lower() in OWN_BODIES:  # "whose group, noyb,"
                    named = [k for c in noun.children if c.dep_ == "appos" for k in self.keys(c, "actor", conj=False)]
                elif any(c.dep_ == "compound" and c.lemma_.lower() in OWN_BODIES for c in noun.children):
                    named = self.keys(noun, "actor", conj=False)  # "whose group noyb"
                else:
                    continue
                named = [k for k in named if self.clusters[k[0]].type in BODIES]
                self._emit([(m.entity, 0.75)], named[:1], "LEADS", None, tok, 0.75)

    def _court_told(self, m, doc) -> list[str]:
        """The court a judge named with no court beside the name sits on: the court the story last named
        before the judge, or its only court; of the kind the title says ("District Judge X": a district court)."""
        kinds = {t.lower_.rstrip("s") for t in doc[max(0, m.start - 3):m.start]} & COURT_KINDS
        courts = [(i, c) for i, c, _ in self.resolver.order if c.type == "Agency"
                  and {"court", "tribunal"} & set(c.name.lower().split())
                  and all(k in c.name.lower() for k in kinds)]
        before = [c for i, c in courts if i < m.start]
        if before:
            return [before[-1].key]
        return [courts[0][1].key] if len({c.key for _, c in courts}) == 1 else []
