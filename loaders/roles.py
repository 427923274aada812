"""Roles a measure gives or a phrase states: "the act hands Ofcom sweeping powers", "the legislation sets up an
Online Safety Commission", "the CMA, which is charged with enforcing the act" (the body ENFORCES the measure);
"Bill C-26 would amend the Telecommunications Act" (AMENDS); "with Y and Z as co-sponsors" (SPONSORED). A mixin
of RelationFinder (through LinkRules)."""

from __future__ import annotations

from policygraph.loaders.mention_attrs import WIDENING

CHARGED = {"charge", "charged", "task", "tasked", "responsible", "entrust", "entrusted", "empower", "empowered"}
FOUNDING = ("set", "create", "establish")  # "the act sets up a commission": the body it founds runs it


class RoleRules:
    """Roles measures give to bodies and sponsors; mixed into LinkRules."""

    def _role_hedged(self, v) -> bool:
        """A role told with "will" or "would" is still the role ("the commission would enforce the law"); one
        denied or only possible is not ("could enforce", "does not enforce")."""
        return any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in v.children)

    def _measure_roles(self, v) -> None:
        """Roles a measure gives: "Bill C-26 would amend the Telecommunications Act" (AMENDS), "the act
        hands Ofcom sweeping powers" (Ofcom ENFORCES the act)."""
        lemma = v.lemma_.lower()
        self._cosponsors(v)
        if self.lex.verbs.get(lemma, ("",))[0] == "ENFORCES" and v.dep_ == "pcomp" and not self._role_hedged(v):
            self._charged_with(v)
        if lemma not in WIDENING | {"give", "hand", "grant", "allow", "empower", "authorise", "authorize", "direct",
                         "task", "instruct", "make", *FOUNDING} or self._role_hedged(v):
            return
        _, wholes = self._subjects(v, "measure")
        if not wholes and v.dep_ == "advcl" and v.tag_ == "VBG":  # "The act received Royal Assent, handing Ofcom ..."
            wholes = [k for c in v.head.children if c.dep_ == "nsubj" for k in self.keys(c, "measure")]
        if lemma in FOUNDING + ("make",):
            self._founded(v, wholes)
            return
        if lemma in ("allow", "empower", "authorise", "authorize", "direct", "task", "instruct"):  # "The act allows
            # the CMA to designate firms", "It directs the information commissioner to develop a code"
            doc = v.doc
            to = next((t.i for t in doc[v.i + 1:min(v.i + 12, v.sent.end)] if t.tag_ == "TO"), None)
            bodies = [k for t in doc[v.i + 1:to or v.i + 1] if t.dep_ in ("dobj", "nsubj", "appos", "pobj")
                      for k in self.keys(t, "actor") if self.clusters[k[0]].type in ("Agency", "Official")]
            self._emit(bodies, wholes, "ENFORCES", None, v, 0.8)
            return
        if lemma in WIDENING:  # "would have extended a ban on X to every kind of work"
            amended = [k for c in v.children if c.dep_ == "dobj" for k in self.keys(c, "measure")]
            self._emit(wholes, [k for k in amended if k not in {w for w, _ in wholes}], "AMENDS", None, v, 0.8)
            return
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in ("power", "authority", "responsibility", "mandate")
                   for c in v.children):
            return
        given = [c for c in v.children if c.dep_ == "dative"]  # "gives Ofcom powers", "gives powers to Ofcom"
        given += [g for c in v.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("nmod", "compound")]
        given += [g for c in v.children if c.dep_ in ("dative", "prep") and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj"]
        bodies = [k for x in given for k in self.keys(x, "actor")
                  if self.clusters[k[0]].type in ("Agency", "Official", "Government")]
        self._emit(bodies, wholes, "ENFORCES", None, v, 0.8)

    def _founded(self, v, wholes) -> None:
        """ "The legislation sets up a five-member Online Safety Commission", "creates a unit within the Copyright
        Commission", "would have made the KNF responsible for licensing": the body a measure sets up or makes
        responsible runs it."""
        if v.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
            return
        objects = [c for c in v.children if c.dep_ == "dobj"]
        if v.lemma_.lower() == "make":  # "made the KNF responsible for ...": the object of a clause on "responsible"
            objects = [s for c in v.children if c.dep_ in ("ccomp", "oprd") and c.lower_ == "responsible"
                       for s in c.children if s.dep_ == "nsubj"]
        objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ in ("within", "in", "at")
                    for g in p.children if g.dep_ == "pobj"]  # "a new section within the Commission"
        bodies = [k for o in objects for k in self.keys(o, "actor")
                  if self.clusters[k[0]].type in ("Agency", "Official")]
        self._emit(bodies, wholes, "ENFORCES", None, v, 0.8)

    def _cosponsors(self, v) -> None:
        """ "The act was introduced by X, with Y and Z as co-sponsors": Y and Z sponsor it too."""
        if not any(p.dep_ == "prep" and p.lower_ == "as" and any("sponsor" in g.lower_ for g in p.children)
                   for p in v.children):
            return
        measures = [k for c in v.children if c.dep_ in ("dobj", "nsubjpass") for k in self.keys(c, "measure")]
        backers = [k for p in v.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                   if g.dep_ == "pobj" for k in self.keys(g, "actor")]
        named = [k for k in backers if any(m.kind == "named" for m in self.clusters[k[0]].mentions)]
        self._emit(named or backers, measures, "SPONSORED", "support", v, 0.8)  # not "Democrats" beside their names

    def _charged_with(self, v) -> None:
        """ "the CMA, which is charged with enforcing the act", "the regulator responsible for policing the
        rules": the body the phrase hangs on enforces them."""
        holder = v.head.head
        if v.head.lower_ not in ("with", "for") or holder.lemma_.lower() not in CHARGED:
            return  # not "blocked Florida from enforcing the law"
        if holder.pos_ == "ADJ" and holder.dep_ == "acomp":  # "Ofcom is responsible for ..."
            holder = holder.head
        if holder.pos_ == "ADJ" and holder.dep_ == "amod":
            bodies = self.keys(holder.head, "actor")  # "the regulator responsible for ..."
        elif holder.pos_ in ("VERB", "AUX", "ADJ"):
            subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and holder.dep_ in ("acl", "amod"):  # "the regulator tasked with ..."
                subjects = [holder.head]
            if holder.dep_ == "relcl" and all(s.lower_ in ("which", "that", "who") for s in subjects):
                subjects = [holder.head]
            bodies = [k for s in subjects for k in self.keys(s, "actor")]
        else:
            return
        bodies = [b for b in bodies if self.clusters[b[0]].type in ("Agency", "Official", "Government")]
        measures = [k for c in v.children if c.dep_ == "dobj" for k in self.keys(c, "measure")]
        self._emit(bodies, measures, "ENFORCES", None, v, 0.8)
