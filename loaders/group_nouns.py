"""Mentions told by nouns for groups of actors: "over 100 lobbyists", "Democratic lawmakers", "a
coalition of trade groups". A mixin of MentionFinder, with NounRules."""

from __future__ import annotations

from policygraph.loaders.spans import DASHES, Mention, _clean_name

COLLECTIVES = {"coalition", "group", "bloc", "alliance", "consortium", "handful", "number", "band", "network",
               "association", "collection", "cohort", "camp", "caucus", "delegation", "army", "dozen", "dozens", "hundreds"}
PANELS = {"committee", "subcommittee", "panel", "caucus"}
LEGISLATIVE = {"congress", "parliament", "senate", "house", "assembly", "legislature", "committee", "caucus",
               "party", "council", "chamber", "diet", "bundestag", "lok", "sabha", "majority", "minority"}
POLITICAL = {"opposition", "ruling", "political", "governing", "coalition", "smaller", "major", "main", "minor",
             "junior", "conservative", "liberal", "nationalist", "populist", "centrist", "leftist", "religious",
             "islamist", "far-right", "far-left", "left-wing", "right-wing", "mainstream", "establishment"}
CHAMBERS_AND_PARTIES = {"republican", "democratic", "gop", "house", "senate", "congressional", "parliamentary",
                        "opposition", "party", "conservative", "labour", "tory", "liberal"}


class GroupRules:
    """Groups and collectives; mixed into MentionFinder."""

    def _collective(self, tok) -> Mention | None:
        """ "a coalition of U.S. industry associations", "a bloc of China hawks": a group named by its members."""
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                members = [g for c in prep.children if c.dep_ == "pobj" for g in [c, *c.conjuncts]]
                for pobj in members:  # "a coalition of retail and consumer groups": the parse heads it "retail"
                    lemma = pobj.lemma_.lower()
                    if pobj.dep_ in ("pobj", "conj") and pobj.tag_ in ("NNS", "NNPS") and lemma in self.lex.groups:
                        inner = self._group(pobj, lemma)
                        if inner is None:
                            return None
                        left = tok.i
                        while left > 0 and tok.doc[left - 1].dep_ in ("amod", "compound", "nummod") and tok.doc[left - 1].head == tok:
                            left -= 1
                        name = _clean_name(tok.doc[left:inner.end].text)
                        return Mention(left, inner.end, inner.type, name, "group", tok.i, plural=True)
        return None

    def _group(self, tok, lemma: str) -> Mention | None:
        lex = self.lex
        doc = tok.doc
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "nummod", "quantmod", "npadvmod")
                and not any(t.lower_ == "side" or t.dep_ in ("nsubj", "aux") for t in c.subtree)]
        # not "on one side and consumer advocates", nor a clause the parser took for a modifier: "Asic, an
        # association ..., had lobbied lawmakers" ("lobbied" an adjective of "lawmakers")
        split = [c for m in mods if m.dep_ == "nmod" and any(p.dep_ == "poss" and p.i < m.i for p in tok.children)
                 for c in m.children if c.dep_ == "conj"]
        mods = [split[-1], *split[-1].lefts] if split else mods
        # "the mayor's office and union leaders": two bodies the parse joined; the group is the last
        left = min([tok.i] + [t.left_edge.i for t in mods])
        right = tok.i + 1
        for child in tok.rights:
            if child.dep_ == "acl" and child.lemma_ in ("represent", "work", "lobby") and child.tag_ == "VBG":
                # "groups representing ..."; not "Internet providers, ..., lobbied": a verb the parse hung there
                obj = [c for c in child.children if c.dep_ == "dobj"]  # not "... in recent weeks to keep it"
                right = (obj[0] if child.lemma_ == "represent" and obj else child).right_edge.i + 1
            elif child.dep_ == "prep" and child.lower_ in ("from", "for", "in", "on") and not right > tok.i + 1 \
                    and not any(c.dep_ == "conj" and c.i < child.i for c in tok.children):  # not "makers and
                # resistance from Japan": the parser hung another noun's "from" on the group
                pobj = [g for g in child.children if g.dep_ == "pobj"]
                if child.lower_ == "on" and not (pobj and pobj[0].lemma_.lower() in PANELS) and lemma not in PANELS:
                    continue  # "Republicans on the House Homeland Security Committee", not "groups on both sides"
                if pobj and (pobj[0].ent_type_ not in ("", *TIMES) or pobj[0].lemma_ in ("industry", "sector", "party")
                             or lemma in PANELS and child.lower_ in ("on", "for")  # "the standing committee on finance"
                             or lemma == "lobbyist" and child.lower_ == "for") \
                        and _before_aside(child) < tok.i + 10:  # "lobbyists for gig platforms", not "groups from A,
                    right = _before_aside(child) + 1  # B, C and D" (a list cut short makes no name)
        right = min([right] + [t.left_edge.i for t in doc[tok.i + 1:right] if t.dep_ == "relcl"])  # not
        # "... representing app-based companies, which had urged"
        dashes = [t.i for t in doc[left:tok.i] if t.text in DASHES and t.whitespace_]
        if dashes:
            left = dashes[-1] + 1  # "WASHINGTON - House leaders": the dateline is no part of the group
        while left < tok.i and doc[left].dep_ in ("det", "predet", "poss", "case"):
            left += 1
        owners = [c for c in tok.lefts if c.dep_ == "poss" and c.tag_ == "NNS" and c.i == c.left_edge.i]
        if owners and not mods:  # "Couriers' collectives", "drivers' unions": whose group it is names it
            left = owners[0].i
        right = min(right, tok.i + 10)
        typ = lex.groups[lemma]
        words = {t.lower_ for t in doc[left:tok.i]}
        if words & lex.lobby_words or lemma in ("lobbyist", "lobby"):
            typ = "Lobbyist"
        elif lemma in ("leader", "negotiator", "whip") and words & CHAMBERS_AND_PARTIES:
            typ = "Lawmaker"  # "Republican leaders", "House and Senate negotiators"
        if not mods and lemma in ("member", "user", "consumer", "worker", "family", "player",
                                  "body", "business", "leader", "executive", "authority", "brand"):
            return None
        if lemma == "party" and not any(t.lower_ in POLITICAL for t in mods):
            return None  # "opposition parties" sit in a parliament; "third parties" do not
        if lemma == "member" and _members_of_no_legislature(tok):
            return None  # "12 members of the company's senior leadership" are no lawmakers
        name = _clean_name(doc[left:right].text)
        return Mention(left, right, typ, name, "group", tok.i, plural=True,
                       attrs={"generic": not mods and not owners and right == tok.i + 1})


TIMES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT")  # "lobbied lawmakers for weeks"


def _members_of_no_legislature(tok) -> bool:
    """ "members of ..." naming a body that makes no laws: a board, a firm's leadership, a coalition."""
    bodies = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return bool(bodies) and not any(t.lower_ in LEGISLATIVE for b in bodies for t in b.subtree)


BENCHES = {"panel", "bench"}
COURT_WORDS = {"court", "tribunal"}


def panels_of_courts(doc, mentions: list) -> list:
    """ "a five-justice panel of the Constitutional Court annulled ...": the panel is the court, which acts
    through it. The court's mention takes in the panel (its head becomes the panel's noun, the subject)."""
    starts = {m.start: m for m in mentions}
    dropped = set()
    for m in mentions:
        if m.type != "Agency" or m.kind not in ("group", "described") or doc[m.head].lemma_.lower() not in BENCHES:
            continue
        at = m.head + 1
        if at < len(doc) and doc[at].lower_ == "of":
            court = starts.get(at + 1) or starts.get(at + 2) if at + 1 < len(doc) else None
            if court is not None and court.type == "Agency" and court.kind == "named" \
                    and COURT_WORDS & set(court.name.lower().split()):
                court.start, court.head = m.start, m.head
                dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped]


COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


def _names_from(doc, at: int, starts: dict, step: int) -> list:
    """The named actors listed from token ``at`` on (``step`` 1, ``starts`` keyed by first token) or back
    from it (``step`` -1, keyed by last token), joined by commas, "and" and "the", up to anything else.
    Forward, a comma goes on only to "and" or "the": "two groups, A and B, whose ..." ends at B, and a
    longer list ("three operators, A, B and C") is left a group, as some gold files keep it."""
    out, i = [], at
    while 0 <= i < len(doc):
        m = starts.get(i)  # forward: names by their first token; back: by their last
        if m is not None:
            out.append(m)
            i = m.end if step > 0 else m.start - 1
        elif doc[i].lower_ in ("the", "and", ",") and not (doc[i].text == "," and step > 0 and out
                                                          and doc[i + 1:i + 2].text not in ("and", "the")):
            i += step
        else:
            break
    return out


def listed_groups(doc, mentions: list) -> None:
    """ "two technology industry groups, the CCIA and NetChoice", "NetChoice and the CCIA, two trade groups":
    a group told beside the names of all its members is no actor of its own. Its mention keeps those
    members (``attrs["listed"]``), for coreference to hand the group's later mentions to them."""
    actors = [m for m in mentions if m.kind == "named" and m.type not in (None, "Measure")]
    starts, ends = {m.start: m for m in actors}, {m.end: m for m in actors}
    for m in mentions:
        tok = doc[m.head]
        if m.kind != "group" or tok.tag_ != "NNS" or m.type in (None, "Measure") or m.end != m.head + 1:
            continue  # not "two trade groups representing large firms", which says more than who they are
        members = []
        if m.end + 1 < len(doc) and doc[m.end].text == ",":
            members = _names_from(doc, m.end + 1, starts, 1)
            after = members[-1].end if members else m.end
            if after < len(doc) and doc[after].text not in (",", ".", ";", ")"):
                members = []
        if not members and m.start > 1 and doc[m.start - 1].text == "," and (m.start - 1) in ends:
            members = _names_from(doc, m.start - 2, {x.end - 1: x for x in actors}, -1)
            joined = members and any(t.lower_ == "and" for t in doc[members[-1].start:members[0].end])
            if not joined or m.end < len(doc) and doc[m.end].lower_ in ("and", "or"):
                members = []  # "payments to Apple, Samsung, browser makers and others": one list
        count = next((COUNTS.get(c.lower_) for c in tok.children if c.dep_ in ("nummod", "det", "predet")
                      and c.lower_ in COUNTS), None)
        if len(members) >= 2 and count in (None, len(members)):
            m.attrs["listed"] = members


def _before_aside(prep) -> int:
    """The last token of a prepositional phrase, short of a description set off after its noun: "from the
    Liberal Initiative | , a small pro-market party"."""
    end = prep.right_edge.i
    aside = [c for p in prep.children if p.dep_ == "pobj" for c in p.rights if c.dep_ == "appos"]
    if aside and prep.doc[aside[0].left_edge.i - 1].text == ",":
        end = aside[0].left_edge.i - 2
    return end
