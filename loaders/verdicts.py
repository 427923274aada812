"""Rulings and lifted holds on measures: "the legislature overrode his veto" enacts the measure, "a judge
declared the tax unconstitutional" blocks it, and lifting a court's suspension of a law puts it back in
force. A mixin of StatusRules."""

from __future__ import annotations

VOID = {"unconstitutional", "invalid", "unlawful", "illegal", "void"}
HOLDS = {"suspension", "injunction", "stay"}  # a court's hold on a measure: lifting it puts the measure back


class VerdictRules:
    """Overrides, verdicts and lifted holds; mixed into StatusRules."""

    def _court_hold(self, status: str, tok, actors) -> str:
        """ "A federal judge halts the law", "the court suspended 26 sections": a court's hold blocks the
        measure (an injunction), unless it is a stay "while they challenged it"."""
        pending = any(t.lower_ in ("while", "pending", "until") for t in tok.doc[tok.i:tok.sent.end])
        return "BLOCKED" if status == "PAUSED" and tok.lemma_.lower() in ("halt", "suspend", "freeze") \
            and self._all_courts(actors) and not pending else status

    def _undone_by(self, status: str, tok, actors) -> str:
        """ "The General Court annulled the fine" blocks it; "leaders set aside both bills" shelves them."""
        if status == "RESCINDED" and self._all_courts(actors):
            return "BLOCKED"
        if status == "BLOCKED" and tok.lemma_.lower() == "set" and actors[0][0] != "?" and not any(
                self._judicial(a[0]) for a in actors):
            return "SHELVED"
        return status

    def _all_courts(self, actors) -> bool:
        return actors[0][0] != "?" and all(self._judicial(a[0]) for a in actors)

    def _lifted_hold(self, v) -> bool:
        """ "The Federal Court of Justice overturned that suspension", "lifted the injunction on the law": the
        measure held back is in force again (that of the hold's "of"/"on", else the one last held back)."""
        holds = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in HOLDS]
        if not holds:
            return False
        named = [k for p in holds[0].children if p.dep_ == "prep" and p.lower_ in ("of", "on", "against")
                 for g in p.children if g.dep_ == "pobj" for k in self.keys(g, "measure")]
        if not named and getattr(self.by_head.get(holds[0].i), "kind", None) == "described":
            return False  # "lifted a two-month suspension of new DeepSeek downloads": the suspension is the measure
        held = [f for f in self.found if f.type in ("PAUSED", "BLOCKED") and f.anchor < v.idx]
        measures = named or ([(held[-1].target, 0.7)] if held else [])
        self._emit_status(self._subjects(v, "actor")[1], measures, "ENACTED", v, 0.8)
        return True

    def _verdicts(self, v) -> None:
        """ "The legislature overrode his veto": the vetoed measure is enacted. "A judge declared the tax
        unconstitutional": the court blocks it."""
        lemma = v.lemma_.lower()  # the small model leaves "overrode" unlemmatised
        override = lemma.startswith(("overrid", "overrode")) and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "veto" for c in v.children)
        void = lemma in ("declare", "rule", "find", "hold") and any(
            c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "dobj") and c.lower_ in VOID for c in v.children)
        if not (override or void) or self._hedge(v) == "skip":
            return
        if override:
            vetoed = [f for f in self.found if f.type == "VETOED" and f.anchor < v.idx]
            topic = self.resolver.topic(v.i)
            named = [k for c in v.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"
                     and p.lower_ == "of" for g in p.children if g.dep_ == "pobj" for k in self.keys(g, "measure")]
            measures = named or ([(vetoed[-1].target, 0.8)] if vetoed else [(topic.key, 0.6)] if topic else [])
            actors = self._subjects(v, "actor")[1]  # "override his veto of the defense bill": that bill
            voting = next((a for a in v.ancestors if a.lemma_.lower() == "vote"), None)
            if not actors and voting is not None:  # "The Senate voted 81-13 on New Year's Day to override ...",
                actors = self._subjects(voting, "actor")[1]  # the parse hanging "override" on the day
            self._emit_status(actors, measures, "ENACTED", v, 0.9)
        else:  # the parser often takes "unconstitutional" for the object, with the measure's name hung on it
            measures = [k for c in v.children if c.dep_ == "dobj" for g in [c, *c.children]
                        if g.dep_ in ("dobj", "compound", "nsubj") for k in self.keys(g, "measure")]
            self._emit_status(self._subjects(v, "actor")[1], measures, "BLOCKED", v, 0.9)
