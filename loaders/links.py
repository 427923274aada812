"""Links read from titles and measure descriptions: "Nvidia CEO Jensen Huang" leads Nvidia, "a ban on
China Telecom operations" targets China Telecom, "Wiener's bill" was sponsored by Wiener. A mixin of
RelationFinder."""

from __future__ import annotations

import re

from policygraph.loaders.measure_match import initials
from policygraph.loaders.measure_names import PARTS_NAMED
from policygraph.loaders.noun_words import BACKED
from policygraph.loaders.affiliations import BENCH, AffiliationRules
from policygraph.loaders.places import PlaceRules
from policygraph.loaders.roles import RoleRules
from policygraph.loaders.targets import TargetRules


# Titles a company and a state both give: the body they are held at decides Person or Official.
CORPORATE_OR_PUBLIC = {"president", "vice president", "executive vice president", "vice-president",
                       "executive vice-president", "chair", "chairman", "chairwoman", "chairperson", "director",
                       "chief executive", "executive", "head", "chief", "managing director", "general secretary",
                       "secretary general", "secretary-general", "director general", "director-general",
                       "executive director"}
BOARD_WORDS = {"commission", "committee", "board", "authority", "agency", "regulator", "bureau", "council",
               "tribunal", "court"}
# Titles of those who serve a government without leading it: "Florida Attorney General X", "Ireland's
# finance minister, X" work for Florida and Ireland (a judge or an ambassador is not counted so).
MINISTERIAL = re.compile(r"\b(minister|secretary|attorney general|vice premier|deputy premier)\b")
HEADS_OF_GOVERNMENT = {"governor", "gov.", "president", "prime minister", "premier", "chancellor", "mayor", "king",
                       "emperor", "taoiseach", "head of state", "president-elect", "chief minister", "first minister"}
# Heads of government a story names without their country lead the story's own ("Prime Minister X" in a
# story from Canberra). Not a president, who is as often a foreign one ("President Trump threatened
# tariffs"); a chancellor only where the office heads the government (in Britain it is the finance minister).
HOME_HEADS = {"prime minister", "premier", "taoiseach", "chief minister", "first minister"}
CHANCELLERIES = {"gaz:gov.de", "gaz:gov.austria"}


# Company ownership, told by a noun beside two names ("Google parent Alphabet", "ByteDance, TikTok's Chinese
# owner", "Smart Communications, a unit of PLDT") or by the verb "own" ("Meta-owned WhatsApp"): the owner
# leads the company it owns.
OWNER_NOUNS = {"parent", "owner", "co-owner"}
UNIT_NOUNS = {"unit", "subsidiary", "arm", "division", "affiliate", "offshoot"}


def ownership_noun(tok) -> str | None:
    """ "owner" for a word naming an owner ("parent", "the parent company"), "unit" for one naming what is
    owned ("subsidiary"), else None."""
    lemma = tok.lemma_.lower()
    if lemma in ("company", "group", "firm", "conglomerate") and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("parent", "holding") for c in tok.children):
        return "owner"
    return "owner" if lemma in OWNER_NOUNS else "unit" if lemma in UNIT_NOUNS and tok.pos_ == "NOUN" else None


# Words that give a body a duty: "charged with enforcing", "responsible for policing".
# Nouns for a measure that changes another: "amendments to the Excise Duty Act", "a reform of the Bitcoin Law".
AMENDING = {"amendment", "reform", "revision", "overhaul"}


class LinkRules(AffiliationRules, PlaceRules, RoleRules, TargetRules):
    """Title and measure-description rules; mixed into RelationFinder."""

    def _membership(self, v) -> None:
        """ "NetChoice, whose members include Meta and Google": Meta and Google are members of NetChoice;
        "Ballard Partners, whose clients include Amazon": Ballard Partners represents Amazon."""
        subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in ("member", "client", "customer"):
            return
        holder = next((c for c in subject.children if c.dep_ == "poss"), None)
        if holder is None:
            return
        anchor = v.head.head if v.head.dep_ == "appos" and not self.keys(v.head, "actor", conj=False) else v.head
        described = v.head.dep_ == "appos" and v.head.tag_ == "NNS" and len(self.keys(v.head.head, "actor")) > 1
        if described:  # "NetChoice and the CCIA, two trade groups whose members include ...": both groups
            anchor = v.head.head
        owners = self.keys(anchor, "actor", conj=described) if holder.lower_ == "whose" and v.dep_ == "relcl" \
            else self.keys(holder, "actor", conj=False)  # "NetChoice, a trade group whose members include ..."
        last = self.by_token.get(holder.i - 2) if holder.lower_ == "whose" and holder.i > 1 and not described \
            and v.doc[holder.i - 1].text == "," else None
        if last is not None and last.end == holder.i - 1 and last.entity and last.type != "Measure" \
                and len(owners) == 1 and owners[0][0] != last.entity:
            owners = [(last.entity, 0.85)]  # "the CCIA and NetChoice, whose members include": NetChoice's
        self._listed_members(subject, owners, v)

    def _listed_members(self, noun, owners, v) -> None:
        """The objects of ``v`` as members of ``owners`` ("members") or as clients they represent."""
        members = [k for c in v.children if c.dep_ == "dobj" for k in self.keys(c, "actor")]
        if noun.lemma_.lower() == "member":
            self._emit(members, owners, "MEMBER_OF", None, v, 0.8)
        else:
            self._emit(owners, members, "REPRESENTS", None, v, 0.8)

    def _counted_among(self, v) -> None:
        """ "DigitalEurope, a trade association that counts Apple and Google among its members": members;
        "a firm that counts Amazon among its clients": a client it represents."""
        among = [g for p in v.children if p.dep_ == "prep" and p.lower_ == "among" for g in p.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in ("member", "client", "customer")]
        if not among:
            return
        if v.dep_ == "relcl":
            anchor = v.head.head if v.head.dep_ == "appos" and not self.keys(v.head, "actor", conj=False) else v.head
            owners = self.keys(anchor, "actor", conj=False)
        else:
            owners = [k for c in v.children if c.dep_ == "nsubj" for k in self.keys(c, "actor", conj=False)]
        self._listed_members(among[0], owners, v)

    def _ownership(self, sent) -> None:
        """ "Google parent Alphabet", "Alphabet, the parent company of Google", "PLDT's mobile unit Smart",
        "Instagram, owned by Meta", "Meta-owned WhatsApp", "Meta, which owns Instagram": owner LEADS owned."""
        for tok in sent:
            role = ownership_noun(tok)
            if role is not None:
                named = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
                other = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod")]
                other += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"]
                named += [a for g in other for a in g.children if a.dep_ == "appos"]  # "The parent of Google, Alphabet"
                owners, owned = self._firms(named), self._firms(other)
                if role == "unit":
                    owners, owned = owned, owners
            elif tok.lemma_.lower() == "own" and tok.tag_ in ("VBN", "VBZ", "VBD", "VBP", "VB"):
                if tok.dep_ in ("amod", "compound"):  # "Meta-owned WhatsApp"
                    owners = self._firms([c for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod")])
                    owned = [k for k, _ in self.keys(tok.head, "actor", conj=False) if self.clusters[k].type == "Firm"]
                    # "Amazon and Walmart-owned Flipkart": Walmart owns Flipkart only
                elif tok.tag_ == "VBN" and tok.dep_ == "acl":  # "Instagram, owned by Meta"
                    owners = self._firms([g for c in tok.children if c.dep_ == "agent" for g in c.children])
                    owned = self._firms([tok.head])
                else:  # "Meta, which owns Instagram and WhatsApp"
                    if any(c.dep_ == "neg" for c in tok.children):
                        continue
                    owners = [k for k, _ in self._subjects(tok, "actor")[1] if self.clusters[k].type == "Firm"]
                    owned = self._firms([c for c in tok.children if c.dep_ == "dobj"])
            else:
                continue
            owned = [k for k in owned if k not in owners]
            self._emit([(k, 0.8) for k in owners[:1]], [(k, 0.8) for k in owned], "LEADS", None, tok, 0.8)

    def _own_department(self, sent) -> None:
        """ "Champagne's department, the Ministry of Industry, ...": the minister heads the body named beside it."""
        for tok in sent:
            if tok.lemma_.lower() not in ("department", "ministry", "agency", "office") or tok.pos_ != "NOUN":
                continue
            heads = [k for c in tok.children if c.dep_ == "poss" for k, _ in self.keys(c, "actor", conj=False)
                     if self.clusters[k].type == "Official"]
            bodies = [k for c in tok.children if c.dep_ == "appos" for k, _ in self.keys(c, "actor", conj=False)
                      if self.clusters[k].type == "Agency"]
            self._emit([(k, 0.8) for k in heads[:1]], [(k, 0.8) for k in bodies[:1]], "LEADS", None, tok, 0.8)

    def _firms(self, toks) -> list[str]:
        return [k for x in toks for k, _ in self.keys(x, "actor") if self.clusters[k].type == "Firm"]

    def _titles(self, sent) -> None:
        """ "Nvidia CEO Jensen Huang" leads Nvidia. A corporate title with no company named ("Chief
        Executive Jensen Huang") belongs to the company the story was just talking about."""
        for tok in sent:
            m = self.by_head.get(tok.i)
            if not m or not m.entity or not m.title or m.kind != "named" or m.attrs.get("shadow"):
                continue  # "Shadow Home Secretary X" leads no Home Office
            rel = "EMPLOYED_BY" if m.attrs.get("division") else self.lex.role_words.get(m.title)
            head_of = _head_of_government(m, self.lex)
            orgs: list[str] = []
            body = f"gaz:{self.lex.title_bodies[m.title]}" if m.title in self.lex.title_bodies else None
            if body in self.clusters:  # "Commerce Secretary Howard Lutnick" leads the Commerce Department
                orgs, rel = [body], "LEADS"
            elif m.role_org is not None:
                org = self.mention(tok.doc[m.role_org])
                if org is not None and org.attrs.get("weak") and self.lex.titles.get(m.title) != "Person" \
                        and m.title not in CORPORATE_OR_PUBLIC:
                    pass  # a name with no sign of what it names ("Justice Minister"); a corporate title
                    # ("chief executive of X", "SoftBank President X") is one
                elif org is not None and org.entity and _portfolio(m.title, self.clusters[org.entity]):
                    orgs = []  # "Communications Minister X": a portfolio, not a firm the minister works for
                elif org is not None and org.entity:
                    orgs = [org.entity]
                else:  # "its chief executive": resolve the pronoun or anaphor
                    orgs = [k for k, _ in self.keys(tok.doc[m.role_org], "actor", conj=False)]
            elif rel and self.lex.titles.get(m.title) == "Person":
                orgs = [c.key for c in self._recent_firm(tok)]
            elif head_of:  # "Texas Governor Greg Abbott", "Chinese President Xi"
                orgs = self._country_before(tok.doc, m) or (
                    self._governed_state(tok) if m.title in ("governor", "gov.") else [])
                if not orgs and (m.title in HOME_HEADS or m.title == "chancellor"):
                    orgs = [k for k in self._home_country(tok.sent) if m.title != "chancellor" or k in CHANCELLERIES]
            if not orgs and rel == "LEADS" and m.type in ("Official", "Lawmaker") and not head_of:
                orgs = self._body_titled(tok.doc, m)  # "Information Technology Minister X", "Committee Chairman X"
            if not orgs and m.title in CORPORATE_OR_PUBLIC and self._lowercase_title(tok.doc, m):
                # "Oracle ... was just as blunt: executive vice president Ken Glueck"
                orgs = [c.key for c in self._recent_firm(tok, same_sentence=True) if c.type == "Firm"]
                rel = rel or "EMPLOYED_BY"
            named_org = m.role_org is not None and getattr(self.mention(tok.doc[m.role_org]), "kind", "") == "named"
            serves = [k for k in orgs if named_org and k != m.entity and self.clusters[k].type == "Government"]
            orgs = [k for k in orgs if k != m.entity and (head_of or self.clusters[k].type != "Government")]
            if not orgs and m.type == "Official" and MINISTERIAL.search(m.title):
                serves = serves or self._country_titled(tok.doc, m) or self._home_country(tok.sent)
                # "Japanese Foreign Minister X" serves Japan; "Finance Minister X" in a story about France, France
                orgs, rel = serves[:1], "EMPLOYED_BY"
            if m.title == "mayor":  # "London Mayor X" runs a city, not the country or state it is filed under
                orgs = [k for k in orgs if not k.startswith("gaz:gov.")]
            if head_of and orgs and self.clusters[orgs[0]].type == "Government":
                rel = "LEADS"
            orgs = orgs or (self._court_told(m, tok.doc) if m.title in BENCH else [])  # "Judge X granted it": the court
            if not orgs:
                continue
            seated = m.title in ("commissioner", "member") + BENCH  # a judge sits on a court
            if rel is None or (seated and self.clusters[orgs[0]].type == "Agency"):
                rel = "MEMBER_OF" if m.type == "Lawmaker" or seated else "EMPLOYED_BY"
            self._emit([(m.entity, 0.8)], [(orgs[0], 0.8 if m.role_org is not None else 0.6)], rel, None, tok)

    def _body_titled(self, doc, m) -> list[str]:
        """The body a public title names by its words ("Information Technology Minister" -> the Ministry of
        Electronics and Information Technology; "Committee Chairman" -> the committee last named); a bare
        "Chairman" heads the commission, committee or board the story last named."""
        words, i = [], m.start - 1
        while i >= max(0, m.start - 6) and (doc[i].is_title or doc[i].is_upper or doc[i].lower_ in ("and", "&")
                                            and i > 0 and doc[i - 1].is_title) \
                and getattr(self.mention(doc[i]), "kind", "group") == "group":  # the title may read as a group
            words.insert(0, doc[i].text)  # "Electronics and IT Minister"
            i -= 1
        role = set(m.title.split())
        content = [w for w in words if w.lower() not in role | {"and", "&"} and w.lower() not in (
            "former", "deputy", "acting", "interim", "then", "democratic", "republican")]
        bodies = [(i, c) for i, c, pm in self.resolver.order if c.type == "Agency" and i < m.start]
        if m.title.split()[-1] == "minister":  # a minister heads a ministry, not the commission of his portfolio
            bodies = [(i, c) for i, c in bodies if not BOARD_WORDS & set(c.name.lower().split())]
        best, score = None, 0
        for i, c in bodies:
            name = {w.rstrip("s") for w in c.name.lower().replace(",", " ").split()} | {
                n.lower() for n in c.names if n.isupper()}  # "IDFPR Secretary X" after "the department, known as IDFPR"
            spelled = initials(c.name)  # "IT" is in "MEIT", the Ministry of Electronics and Information Technology
            hits = sum(w.lower().rstrip("s") in name or w.isupper() and len(w) > 1 and w in spelled for w in content)
            # "Communications Minister", "Ministry of Communication"; "IT" is "Information Technology"
            if hits and hits >= score:  # ties go to the body named last
                best, score = c, hits
        if best is None and content and m.title.split()[-1] in ("minister", "secretary"):
            later = [c for i, c, pm in self.resolver.order if c.type == "Agency" and i > m.start
                     and {"ministry", "department"} & set(c.name.lower().split())
                     and all(w.lower().rstrip("s") in {x.rstrip("s") for x in c.name.lower().replace(",", " ").split()}
                             for w in content)]
            best = later[0] if later else None  # "Labour Minister Luiz Marinho ... the Labour Ministry"
        if best is None and not content and m.title in ("chair", "chairman", "chairwoman", "chairperson",
                                                        "commissioner"):
            kinds = {"commission"} if m.title == "commissioner" else BOARD_WORDS  # "Commissioner Olivia Trusty"
            boards = [c for i, c in bodies if kinds & set(c.name.lower().split())]
            best = boards[-1] if boards else None
        return [best.key] if best is not None else []

    @staticmethod
    def _lowercase_title(doc, m) -> bool:
        """The title is written in lower case next to the name, as news does for company roles."""
        text = doc[max(0, m.start - 6):m.end].text
        at = text.lower().rfind(m.title)
        return at >= 0 and text[at:at + len(m.title)] == m.title

    def _recent_firm(self, tok, same_sentence: bool = False) -> list:
        """The firm or organisation last named in this sentence or the one before."""
        starts = [s.start for s in tok.doc.sents]
        here = starts.index(tok.sent.start)
        window = set(starts[here if same_sentence else max(0, here - 1):here + 1])
        for i, c, pm in reversed(self.resolver.order):
            if i < tok.i and pm.attrs.get("sent") in window and c.type in ("Firm", "Organization") \
                    and pm.kind in ("named", "anaphor"):
                return [c]
        return []

    def _measure_links(self, sent) -> None:
        """A described measure "on X" targets X; "X's ban" was imposed (or sponsored) by X."""
        for tok in sent:
            m = self.by_head.get(tok.i)
            if not m or m.type != "Measure" or not m.entity or m.kind == "pronoun":
                continue
            self._emit([(m.entity, 0.8)], self._sent_to(tok, m), "TARGETS", None, tok, 0.8)
            backers = [k for c in tok.children if c.dep_ == "amod" and c.lower_ in BACKED for g in c.children
                       if g.dep_ in ("npadvmod", "compound", "nmod") for k in self.keys(g, "actor")]
            self._emit(backers, [(m.entity, 0.8)], "SUPPORTS", "support", tok, 0.8)  # "Uber-backed gig driver question"
            for c in list(tok.children) + _hung_on_verb(tok, m) + _author_on_verb(tok, m):
                if c.dep_ == "prep" and c.lower_ in ("on", "against", "targeting"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            self._emit([(m.entity, 0.8)], self._targets_in(g), "TARGETS", None, tok, 0.9)
                elif c.dep_ == "prep" and c.lower_ in ("to", "of") and m.kind == "described" \
                        and tok.lemma_.lower() in AMENDING:  # "the amendment to the Copyright Act" amends the act
                    amended = [k for g in c.children if g.dep_ == "pobj" for k in self.keys(g, "measure")]
                    self._emit([(m.entity, 0.8)], [k for k in amended if k[0] != m.entity], "AMENDS", None, tok, 0.8)
                elif c.dep_ == "prep" and c.lower_ == "of" and m.kind == "named" \
                        and m.name.split()[0].lower() in PARTS_NAMED:  # "Section 57 of the ICT Act" is part of it
                    whole = next((w for g in c.subtree for w in [self.by_head.get(g.i)] if w is not None
                                  and w.type == "Measure" and w.kind == "named"
                                  and w.entity not in (None, m.entity)), None)
                    self._emit([(m.entity, 0.8)], [(whole.entity, 0.8)] if whole else [], "PART_OF", None, tok, 0.8)
                elif c.dep_ == "prep" and c.lower_ in ("for", "of") and m.kind == "described":
                    owners = [(k, conf) for g in c.subtree if g.dep_ == "poss"
                              for k, conf in self.keys(g, "actor", conj=False)
                              if self.clusters[k].type in ("Firm", "Organization")]
                    if c.lower_ == "of" and tok.lemma_.lower() in STOPPAGES:  # "a 72-hour block of WhatsApp"
                        owners += [k for g in c.children if g.dep_ == "pobj" for k in self.keys(g, "actor")
                                   if self.clusters[k[0]].type == "Firm"]
                    self._emit([(m.entity, 0.8)], owners[:1], "TARGETS", None, tok, 0.8)
                    # "a licence requirement for ASML's most advanced machines" binds ASML
                elif c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in BARRING:
                    barred = [g for o in c.children if o.dep_ == "dobj" for g in [o] + [
                        x for p in o.children if p.dep_ == "prep" and p.lower_ == "between" for x in p.subtree
                        if x.dep_ in ("pobj", "conj")]]  # "an order blocking Telegram", "a measure suspending
                    # the partnership between Facebook and Cielo"
                    self._emit([(m.entity, 0.8)], [k for g in barred for k in self.keys(g, "actor")
                                                   if self.clusters[k[0]].type in ("Firm", "Organization")],
                               "TARGETS", None, c, 0.9)
                elif c.dep_ == "acl" and (c.lemma_ in ("target", "aim") or c.lemma_ == "direct" and c.tag_ == "VBN"):
                    # "a rule directed at X"; "a memorandum directing officials to ..." instructs them
                    for g in c.subtree:
                        if g.dep_ in ("dobj", "pobj") and g.i != tok.i:
                            self._emit([(m.entity, 0.8)], self.keys(g, "actor"), "TARGETS", None, c, 0.9)
                elif c.dep_ == "prep" and c.lower_ == "by" and (m.kind == "named" or tok.lemma_.lower() in AUTHORED) \
                        and (tok.doc[c.i - 1].text == "," or c.head.i != tok.i or tok.lemma_.lower() in AUTHORED):
                    authors = [k for g in c.children if g.dep_ == "pobj" for k in self.keys(g, "actor")]
                    self._emit([a for a in authors if self.clusters[a[0]].type == "Lawmaker"], [(m.entity, 0.8)],
                               "SPONSORED", "support", tok, 0.8)  # "SB 243, by Senator Steve Padilla, passed"
                elif c.dep_ == "poss":
                    for k, conf in self.keys(c, "actor"):
                        typ = self.clusters[k].type
                        bill = tok.lemma_.lower() in ("bill", "act", "legislation", "law", "package")
                        rel = "SPONSORED" if typ == "Lawmaker" else \
                            "SUPPORTS" if typ == "Official" and bill else \
                            "IMPOSED" if typ in ("Agency", "Government", "Official") else None
                        if rel:  # "Wiener's bill", "Trump's tax bill" (he backs it), "China's export controls"
                            stance = "support" if rel in ("SPONSORED", "SUPPORTS") else None
                            self._emit([(k, conf)], [(m.entity, 0.8)], rel, stance, tok, 0.8)


STOPPAGES = {"block", "blocking", "suspension", "shutdown", "ban"}  # what stops a firm's service: "a block of X"
BARRING = {"block", "ban", "bar", "suspend", "prohibit", "restrict", "halt", "fine"}  # "an order blocking X"
AUTHORED = {"bill", "measure", "proposal", "amendment"}  # texts a lawmaker writes: "a bill by Senator X"


def _author_on_verb(tok, m) -> list:
    """ "signed SB 243 by Senator Steve Padilla": the bill's author, hung on the verb that acts on the bill."""
    doc = tok.doc
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or m.end >= len(doc):
        return []
    nxt = doc[m.end + 1] if doc[m.end].text == "," and m.end + 1 < len(doc) else doc[m.end]
    return [nxt] if nxt.dep_ == "prep" and nxt.lower_ == "by" and nxt.head.i == tok.head.i else []


def _hung_on_verb(tok, m) -> list:
    """The phrase right after a described measure that the parser hung on the verb instead, though the
    description takes it in: "proposed a levy on platforms", with "on platforms" attached to "proposed"."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < m.end else None
    if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == tok.head.i != tok.i and m.kind == "described":
        return [nxt]
    return []


def _portfolio(title: str | None, org) -> bool:
    """A word before a minister's or secretary's title that the model took for a firm ("Media Minister")."""
    return bool(title) and title.split()[-1] in ("minister", "secretary") and org.type == "Firm" and not org.gaz


def _head_of_government(m, lex) -> bool:
    """A title that makes its holder lead a state: "Governor", "President", "Chinese leader" (a nationality's
    leader, from the lexicon's demonyms)."""
    return m.title in HEADS_OF_GOVERNMENT or bool(m.title and m.title.endswith(" leader") and any(
        m.title == f"{d.lower()} leader" for d in lex.demonyms))