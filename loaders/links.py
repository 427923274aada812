"""Links read from titles and measure descriptions: "Nvidia CEO Jensen Huang" leads Nvidia, "a ban on
China Telecom operations" targets China Telecom, "Wiener's bill" was sponsored by Wiener. A mixin of
RelationFinder."""

from __future__ import annotations


class LinkRules:
    """Title and measure-description rules; mixed into RelationFinder."""

    def _titles(self, sent) -> None:
        for tok in sent:
            m = self.by_head.get(tok.i)
            if not m or m.role_org is None or not m.entity or not m.title:
                continue
            org_tok = tok.doc[m.role_org]
            org = self.mention(org_tok)
            if org is not None and org.attrs.get("weak"):
                continue
            orgs = [k for k, _ in self.keys(org_tok, "actor", conj=False)  # resolves "its" too
                    if k != m.entity and self.clusters[k].type != "Government"]
            if not orgs:
                continue
            rel = self.lex.role_words.get(m.title)
            if rel is None:
                rel = "MEMBER_OF" if m.type == "Lawmaker" else "EMPLOYED_BY"
            self._emit([(m.entity, 0.8)], [(orgs[0], 0.8)], rel, None, tok)

    def _measure_links(self, sent) -> None:
        """A described measure "on X" targets X; "X's ban" was imposed (or sponsored) by X."""
        for tok in sent:
            m = self.by_head.get(tok.i)
            if not m or m.type != "Measure" or not m.entity or m.kind == "pronoun":
                continue
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "against", "targeting"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            self._emit([(m.entity, 0.8)], self._targets_in(g), "TARGETS", None, tok, 0.9)
                elif c.dep_ in ("acl",) and c.lemma_ in ("target", "aim", "direct"):
                    for g in c.subtree:
                        if g.dep_ in ("dobj", "pobj") and g is not tok:
                            self._emit([(m.entity, 0.8)], self.keys(g, "actor"), "TARGETS", None, c, 0.9)
                elif c.dep_ == "poss":
                    for k, conf in self.keys(c, "actor"):
                        typ = self.clusters[k].type
                        rel = "SPONSORED" if typ == "Lawmaker" else "IMPOSED" if typ in ("Agency", "Government", "Official") else None
                        if rel:
                            self._emit([(k, conf)], [(m.entity, 0.8)], rel, "support" if rel == "SPONSORED" else None, tok, 0.8)

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
        return out
