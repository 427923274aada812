"""Which country or state a title or a story is about: "Texas Governor X", "Japanese Foreign Minister X",
"signed by Gov. Tim Walz" in a story about Minnesota (PlaceRules, a mixin of RelationFinder through
LinkRules); and the bare US institutions a story abroad means as its own ("the Senate" in Canberra)."""

from __future__ import annotations

import re
from collections import Counter

from policygraph.loaders.lexicon import lexicon
from policygraph.loaders.spans import party_place

_DATELINE = re.compile(r"^([A-Z][A-Z .'/]+?)(?:,[^\n]{0,40}?)?\s+[-–—]+\s", re.M)

BARE_US = {"us.senate", "us.house", "us.congress", "us.scotus"}  # "Senate", "the House", "Supreme Court"
# Countries whose legislatures have no chamber called "Congress", "Senate" or "House": when one of them leads
# the story, a bare "Congress" is still the US one ("a US bill aimed at Chinese biotech firms").
NO_BARE_CHAMBERS = {"gov.cn", "gov.hong-kong", "gov.vietnam", "gov.ru", "gov.kr", "gov.de", "gov.singapore",
                    "gov.saudi-arabia", "gov.united-arab-emirates", "gov.iran", "gov.turkey"}


def substate(gaz: str) -> bool:
    """A state or province: a gazetteer id made of its country's and its own ("gov.us-california"), not a country
    whose name has two words ("gov.south-africa")."""
    return "-" in gaz and gaz.split("-")[0] in lexicon().gazetteer


def c_home(gaz: str) -> str:
    """The country of a gazetteer id: "gov.ca" for "gov.ca-on" (a province), "gov.south-africa" for itself."""
    return gaz.split("-")[0] if substate(gaz) else gaz


def other_state(gaz: str, told: list[str]) -> bool:
    """A state the story names less often than another state of the same country: "California's repair law"
    in a story about Oregon's."""
    if not substate(gaz):
        return False
    states = Counter(g for g in told if substate(g) and c_home(g) == c_home(gaz)).most_common(1)
    return bool(states) and states[0][0] != gaz and states[0][1] > told.count(gaz)


class PlaceRules:
    """Country and state lookups for titles; mixed into LinkRules."""

    def _country_before(self, doc, m) -> list[str]:
        """The state a head of government leads, written just before the title: "Texas Governor",
        "Chinese President", "France's President"."""
        for t in reversed(doc[max(0, m.start - 4):m.start]):
            if t.pos_ in ("VERB", "AUX", "ADP", "CCONJ"):
                break  # "... and Australia wrote to Premier Li": another clause's country
            other = self.mention(t)
            if other is not None and other.entity and other.entity != m.entity \
                    and self.clusters[other.entity].type == "Government":
                return [other.entity]
            if t.text in self.lex.demonyms:
                key = self.resolver.country_key(self.lex.demonyms[t.text])
                return [key] if key else []
        return []

    def _governed_state(self, tok) -> list[str]:
        """The US state a governor titled without one leads: the only state named in the sentence ("Minnesota's
        Digital Fair Repair Act, which Gov. Tim Walz signed"), else the only state named in the story."""
        def states(mentions):
            return {m.entity for m in mentions
                    if m.entity and (self.clusters[m.entity].gaz or "").startswith("gov.us-")}
        here = states(m for t in tok.sent for m in [self.by_head.get(t.i)] if m is not None
                      and not (t.dep_ in ("compound", "amod", "poss") and t.head.dep_ == "pobj"))
        # not "vetoed HB 2094, a bill modeled on the Colorado law"
        everywhere = states(self.by_head.values())
        found = here if len(here) == 1 else everywhere if len(everywhere) == 1 and not here else set()
        return sorted(found)

    def _home_country(self, sent=None) -> list[str]:
        """The country a story is about: the one its dateline places it in, when the story names it ("OTTAWA -
        ... Canada will ban ..."); else the government named by name far more often than any other (twice as
        often). A title in a sentence that names another country ("Foreign Minister Qin Gang told his visiting
        Japanese counterpart") is not placed by the dateline."""
        home = f"gaz:{self.resolver.home}" if self.resolver.home not in (None, "gov.us") else None
        if home in self.clusters and any(x.kind == "named" for x in self.clusters[home].mentions) \
                and not (sent is not None and self._abroad(sent, home)):
            return [home]  # (a US dateline says less: a story from San Francisco may be California's)
        counts = sorted(((sum(1 for x in c.mentions if x.kind == "named"), c.key) for c in self.clusters.values()
                         if c.type == "Government" and (c.gaz or "").startswith("gov.")), reverse=True)
        if counts and counts[0][0] >= 2 and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]):
            return [counts[0][1]]
        return []

    def _abroad(self, sent, home: str) -> bool:
        """Whether a sentence names a country other than the story's: "Foreign Minister Qin Gang told his
        visiting Japanese counterpart" may be anyone's minister."""
        for t in sent:
            other = self.mention(t)
            if other is not None and other.entity and other.entity != home \
                    and self.clusters[other.entity].type == "Government":
                return True
            if t.text in self.lex.demonyms and f"gaz:{self.lex.demonyms[t.text]}" != home:
                return True
        return False

    def _country_titled(self, doc, m) -> list[str]:
        """The state named at the head of a capitalised title, with nothing else between: "Florida Attorney
        General", "Japanese Foreign Minister", "Germany's Justice Minister" (not "the country, Industry ...")."""
        i = m.start - 1
        while i >= 0 and doc[i].is_title and doc[i].text not in self.lex.demonyms and getattr(
                self.mention(doc[i]), "type", None) != "Government":  # "Justice" may read as a name
            i -= 1
        if i >= 0 and doc[i].lower_ in ("'s", "’s"):
            i -= 1
        if i < 0 or doc[i].sent.start != doc[m.start].sent.start or i == m.start - 1:
            return []
        other = self.mention(doc[i])
        if other is not None and other.kind == "named" and other.entity and other.entity != m.entity \
                and self.clusters[other.entity].type == "Government":
            return [other.entity]
        if doc[i].text in self.lex.demonyms:
            key = self.resolver.country_key(self.lex.demonyms[doc[i].text])
            return [key] if key else []
        return []


COURT_PANELS = {"first", "second", "third"}  # "the First Senate" of Germany's constitutional court


def localise(lex, doc, mentions) -> None:
    """ "the Senate" in a story about Australia is Australia's: the gazetteer's bare US institutions
    become the home country's when another country dominates the story. A state must be named twice,
    and "a Nevada Democrat" or "Ohio Republican JD Vance" places a lawmaker, not the story."""
    for m in mentions:  # "the French Senate", "the Mexican Supreme Court": another country's, named so
        before = doc[m.start - 1] if m.start else None
        if m.gaz == "us.senate" and before is not None and before.lower_ in COURT_PANELS and before.is_title \
                and before.i != before.sent.start:  # not "the first Senate vote"
            m.gaz, m.kind, m.type, m.name, m.start = None, "anaphor", "Agency", "court", m.start - 1
            continue  # "the court's First Senate": a panel of a constitutional court, the court itself
        if m.gaz in BARE_US and before is not None and lex.demonyms.get(before.text, "gov.us") != "gov.us":
            m.gaz, m.name, m.start = None, f"{before.text} {m.attrs.get('surface', m.name)}", m.start - 1
            m.attrs["state"] = lex.demonyms[before.text]
    houses = {m.name: m for m in mentions if m.type == "Agency" and m.gaz != "us.house"
              and m.name.startswith(("House of ", "Chamber of Deputies"))}
    if len(houses) == 1:  # "the House" after "the House of Commons" (or "the Chamber of Deputies") is that house
        house = next(iter(houses.values()))
        for m in mentions:
            if m.gaz == "us.house" and m.attrs.get("surface", "").replace("the ", "") == "House":
                m.gaz, m.name = house.gaz, house.name
    courts = {m.name for m in mentions if m.type == "Agency" and m.name.endswith(" Supreme Court")
              and m.gaz != "us.scotus" and not m.name.startswith(("U.S.", "US ", "United States"))}
    if len(courts) == 1:  # "the Supreme Court" after "the California Supreme Court" is that court
        court = next(iter(courts))
        for m in mentions:
            if m.gaz == "us.scotus" and m.attrs.get("surface", "").replace("the ", "") == "Supreme Court":
                m.gaz, m.name = None, court
    counts: dict[str, int] = {}
    for m in mentions:
        place = m.gaz if m.type == "Government" else m.attrs.get("state")  # "the Vermont Senate" counts
        if place and not party_place(doc, m) and not _federal(m):
            counts[place] = counts.get(place, 0) + 1
    placed = dateline_country(doc.text, lex.datelines)
    if placed == "gov.us":
        return  # "WASHINGTON - ...": the bare Treasury and Senate of a story from there are America's
    if placed:  # "OTTAWA - The federal government has retreated ...": Canada's
        counts[placed] = counts.get(placed, 0) + 1
    if not counts:
        return
    home = max(sorted(counts), key=lambda g: counts[g])
    if home in ("gov.us", "gov.us.whitehouse") or counts.get("gov.us", 0) >= counts[home]:
        return
    if home.startswith("gov.us-") and counts[home] < 2:
        return
    adjective = lex.gazetteer[home]["name"] if home.startswith("gov.us-") else \
        next((d for d, g in lex.demonyms.items() if g == home), None)  # "Vermont House", "Australian Senate"
    if not adjective:
        return
    for m in mentions:
        surface = m.attrs.get("surface", "")
        if m.gaz in ("us.congress", "us.senate", "us.house") and (home in NO_BARE_CHAMBERS or home == "gov.in"
                                                                  and m.gaz != "us.house"):
            if home == "gov.in" and m.gaz == "us.congress" and surface.replace("the ", "") == "Congress":
                m.gaz, m.type, m.name = None, "Organization", "Congress party"  # India's Congress is a party
                if m.end < len(doc) and doc[m.end].lower_ == "party":
                    m.end += 1  # "the Congress party criticised": the subject is "party"
            continue
        if m.gaz == "us.treasury" and surface.replace("the ", "") == "Treasury" and not home.startswith("gov.us-") \
                and not (m.end < len(doc) and doc[m.end].lower_ == "secretary"):  # an American title
            m.gaz, m.name = None, f"{adjective} Treasury"  # "met Treasury officials" in a story from London
            continue
        if _federal(m) and not home.startswith("gov.us-"):  # "OTTAWA - The federal government has retreated"
            m.gaz, m.name = home, lex.gazetteer[home]["name"]
        if m.gaz in BARE_US and not surface.startswith(("U.S.", "US", "United States")) and not (
                home.startswith("gov.us-") and m.gaz in ("us.congress", "us.scotus")):  # a state has no
            # Congress, and its own top court is named as such: a bare "Supreme Court" is the nation's
            m.gaz, m.name = None, f"{adjective} {surface.replace('the ', '')}"
    owned = f"{lex.gazetteer[home]['name']}'s "
    for m in mentions:  # "Brazil's Senate" and the bare "Senate" made Brazilian above are one body
        if m.type == "Agency" and m.name.startswith(owned) and any(
                x.name == f"{adjective} {m.name[len(owned):]}" for x in mentions if x is not m):
            m.attrs.setdefault("surface", m.name)
            m.name = f"{adjective} {m.name[len(owned):]}"


def _federal(m) -> bool:
    """ "the federal government": the United States' only when no other country leads the story."""
    return m.gaz == "gov.us" and m.attrs.get("surface", "").lower().replace("the ", "") == "federal government"


def without_dateline_city(text: str, mentions: list) -> list:
    """The mentions less the dateline's city, which the model may take for a firm: "... sends its privacy
    chief to Bismarck" after "BISMARCK, N.D. -" is a place."""
    found = _DATELINE.search(text[:1500])
    city = found.group(1).strip().title() if found and "/" not in found.group(1) else None
    return [m for m in mentions if not (m.kind == "named" and not m.gaz and m.name == city and m.type != "Agency")]


def dateline_country(text: str, datelines: dict[str, str]) -> str | None:
    """The country a dateline places the story in: "MANILA - ..." -> the Philippines' gazetteer id."""
    found = _DATELINE.search(text[:1500])
    if not found:
        return None
    return next((datelines[c.strip()] for c in found.group(1).split("/") if c.strip() in datelines), None)
