"""Lists of names and the groups they belong to: members named beside a group ("advocacy groups including
Fairplay"), names the parse split around a clause ("NCTA, CTIA, which represents wireless carriers, and
USTelecom"), and the leaders of a group. A mixin of ArgumentRules (needs mention, keys, by_token, _emit)."""

from __future__ import annotations

LED_GROUPS = {"group", "coalition", "bloc", "alliance", "camp", "caucus"}  # "led a group of states that ..."


class ListRules:
    """Lists and group membership; mixed into ArgumentRules."""

    def _listed_as_apposition(self, tok) -> list:
        """ "The Law Society of Kenya, the Kenya Union of Journalists and Amnesty International urged ...":
        a list of names the parser hung as an appositive with a conjunct inside it."""
        first = self.mention(tok)
        if first is None or first.kind != "named" or first.type == "Measure":
            return []
        out = []
        for a in tok.children:
            named = self.mention(a)
            if a.dep_ == "appos" and named is not None and named.kind == "named" and named.type != "Measure" \
                    and any(t.dep_ == "conj" for t in a.subtree):
                out += [a] + [t for t in a.subtree if t.dep_ == "conj" and self.mention(t) is not None
                              and self.mention(t).kind == "named"]
        return out

    def _members(self, tok) -> list[tuple[str, float]]:
        """Named members of a group: "AI researchers, among them Geoffrey Hinton and Yoshua Bengio"; of the body
        that represents the group ("an association representing digital banks including Nubank")."""
        out = []
        kinds = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj" and g.pos_ == "NOUN"]  # "a coalition of 40 tech companies, including Amazon"
        for c in [*tok.children, *(c for g in kinds for c in g.children)]:
            heads = []
            if c.dep_ == "appos":
                heads = [c]
            elif c.dep_ == "prep" and (c.lower_ in ("including", "like", "among", "such")
                                       or c.lower_ == "as" and any(g.lower_ == "such" for g in c.children)):
                heads = [g for g in c.subtree if g.dep_ == "pobj" and g.pos_ != "PRON"][:1]  # "among them X"
            elif c.dep_ in ("npadvmod", "advmod") and c.lower_ == "among":
                heads = [g for g in c.subtree if g.dep_ in ("pobj", "appos")][:1]
            elif c.dep_ == "acl" and c.lemma_ == "lead":  # "17 Republican governors, led by Governor X"
                heads = [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"][:1]
            for h in heads:
                for x in [h] + list(h.conjuncts):
                    m = self.mention(x)
                    if m and m.kind == "named" and m.entity and m.type != "Measure":
                        out.append((m.entity, 0.7))
        group = self.mention(tok)
        speaker = tok.head if tok.dep_ == "dobj" and tok.head.lemma_ == "represent" \
            and tok.head.dep_ in ("acl", "relcl") else None
        body = speaker.head.head if speaker is not None and speaker.head.dep_ == "appos" \
            and self.mention(speaker.head) is None else speaker.head if speaker is not None else None
        bodies = [k for k in self.keys(body, "actor", conj=False)
                  if self.clusters[k[0]].type == "Organization"] if body is not None else []
        if bodies:  # "Zetta, an association representing digital banks including Nubank": Nubank is Zetta's
            self._emit(out, bodies[:1], "MEMBER_OF", None, tok, 0.9)
        elif group is not None and group.entity:  # "Advocacy groups including Fairplay": Fairplay is one of them
            self._emit(out, [(group.entity, 0.8)], "MEMBER_OF", None, tok, 0.9)
        return out

    def _group_leaders(self, noun, want) -> list[tuple[str, float]]:
        """Those who "led" (headed, formed) the group a relative clause is about: "the Netherlands and Sweden
        led a group of member states that objected to the clauses" - they objected too."""
        group = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        if group.lemma_.lower() not in LED_GROUPS or group.dep_ != "dobj" \
                or group.head.lemma_.lower() not in ("lead", "head", "form", "organise", "organize"):
            return []
        return [k for c in group.head.children if c.dep_ == "nsubj" for k in self.keys(c, want)]

    def _listed_before(self, sub, want: str) -> list[tuple[str, float]]:
        """ "NCTA, CTIA, which represents wireless carriers, and USTelecom lobbied ...": when a relative
        clause sits inside a list of names, the small model keeps only the last name as the subject. The
        names before it, read off the text (name, comma, name, optional clause set off by commas, "and"),
        are subjects too."""
        m = self.mention(sub)
        if m is None or m.kind != "named" or m.type == "Measure" or m.start < 2 \
                or sub.doc[m.start - 1].lower_ not in ("and", "or"):
            return []
        doc, out = sub.doc, []
        j = m.start - 3 if doc[m.start - 2].text == "," else m.start - 2
        while j >= sub.sent.start:
            element = self._named_ending_at(doc, j)
            if element is None:
                break
            verb = self._clause_verb(doc[element.head])
            if verb != self._clause_verb(sub) and doc[verb].pos_ in ("VERB", "AUX"):
                break  # "... rivals in the United States and Taiwan, and the Federation urged": another clause
            if element.entity and not any(element.entity == k for k, _ in out):
                out.extend(self.keys(doc[element.head], want, conj=False))
            j = element.start - 1
            if j < sub.sent.start or doc[j].text != ",":
                break
            j -= 1
        return out

    def _split_list(self, first, second) -> bool:
        """Two subjects of one verb that are a list the parse broke: a named actor, a comma, then a named
        actor starting right after it."""
        a, b = self.mention(first), self.mention(second)
        return a is not None and b is not None and a.kind == b.kind == "named" and "Measure" not in (a.type, b.type) \
            and a.end < len(first.doc) and first.doc[a.end].text == "," and b.start == a.end + 1

    @staticmethod
    def _clause_verb(tok):
        """The nearest verb above ``tok`` in the parse (or the root)."""
        while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
            tok = tok.head
        return tok.i

    def _named_ending_at(self, doc, j: int):
        """The named actor whose mention ends at token ``j``, or that a clause set off by commas and
        ending at ``j`` describes ("CTIA, which represents wireless carriers")."""
        m = self.by_token.get(j)
        if m is not None and m.end - 1 == j:
            return m if m.type != "Measure" else None
        t = doc[j]
        while t.dep_ not in ("relcl", "appos") and t.head.i != t.i and t.head.i < j:
            t = t.head
        if t.dep_ not in ("relcl", "appos") or t.right_edge.i != j or doc[t.left_edge.i - 1].text != ",":
            return None
        owner = self.by_token.get(t.left_edge.i - 2)  # the parse may hang the clause on another name
        if owner is None or owner.type == "Measure" or owner.end != t.left_edge.i - 1:
            return None
        return owner

    def _list_owner(self, antecedent):
        """The noun a listing clause hangs on, when a relative clause follows the list: in "NetChoice, a
        group whose members include Meta and Google, which lobbied", "which" is the group, not Google."""
        if not (antecedent.conjuncts and antecedent.dep_ in ("dobj", "pobj")):
            return None
        clause = antecedent.head if antecedent.dep_ == "dobj" else antecedent.head.head
        if clause.dep_ not in ("relcl", "acl"):
            return None
        owner = clause.head.head if clause.head.dep_ == "appos" and not self.mention(clause.head) else clause.head
        m = self.mention(owner)
        return owner if m is not None and m.entity and self.is_actor(m.entity) else None
