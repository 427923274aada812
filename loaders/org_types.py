"""Typing an organisation the gazetteer does not know by the words of its name: "... Commission" is an
agency, "... Association" an organisation, "... Inc." a firm."""

from __future__ import annotations

import re

from policygraph.loaders.lexicon import Lexicon

AGENCY_WORDS = {"department", "ministry", "commission", "agency", "bureau", "office", "administration",
                "authority", "committee", "court", "tribunal", "parliament", "senate", "congress", "assembly",
                "regulator", "directorate", "inspectorate", "service", "council", "cabinet", "secretariat",
                "legislature", "house", "board", "subcommittee", "circuit", "judiciary", "treasury", "embassy",
                "presidency", "commissioner", "ombudsman", "police", "forces", "establishment"}
ORG_WORDS = {"association", "alliance", "coalition", "foundation", "institute", "center", "centre", "union",
             "federation", "society", "network", "forum", "campaign", "league", "party", "university",
             "project", "trust", "watch", "times", "post", "journal", "news", "council", "chamber", "fund",
             "initiative", "lab", "laboratory", "school", "college", "group", "caucus", "movement", "guild",
             "consortium", "collective", "afl-cio", "organization", "organisation", "confederation"}
FIRM_WORDS = {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "ag", "sa", "gmbh",
              "holdings", "technologies", "technology", "systems", "semiconductor", "electronics", "networks",
              "motors", "capital", "ventures", "partners", "labs", "communications", "telecom", "software",
              "platforms", "media", "pharmaceuticals", "airlines", "bank", "energy", "industries", "mobile"}
# The words that open the name of a body in Spanish, Portuguese, French or Italian.
FOREIGN_HEADS = {"observatorio", "observatório", "centro", "instituto", "istituto", "institut", "fundación", "fundacion",
                 "fundação", "fondazione", "fondation", "asociación", "asociacion", "associação", "associazione",
                 "federación", "federação", "fédération", "federazione", "confederación", "confederação", "cámara",
                 "câmara", "chambre", "sindicato", "colectivo", "coletivo", "movimiento", "movimento",
                 "unión", "união", "comité", "comitato", "consejo", "conselho", "consiglio", "conseil"}
TRADE_WORDS = {"publishers", "advertising", "advertisers", "industry", "industries", "manufacturers", "makers",
               "business", "businesses", "retailers", "consumers", "consumer", "employers", "workers", "developers",
               "creators", "broadcasters", "innovation", "software", "internet", "telecommunications"}
LABOUR_WORDS = {"labour", "labor", "trade", "trades", "union", "unions", "workers"}
LEGISLATORS = {"deputies", "representatives", "senators", "delegates", "lords", "commons", "councillors"}
PUBLIC_WORDS = {"commission", "ministry", "department", "agency", "authority", "federal", "national", "state",
                "protection"}  # "Consumer Financial Protection Bureau" is no trade body


# Words of a ministry's remit: "Ministry of Science and ICT", "Department for Culture, Media and Sport".
REMITS = {"industry", "technology", "trade", "energy", "communications", "information", "innovation", "culture",
          "sport", "sports", "media", "science", "research", "economy", "finance", "justice", "security", "digital",
          "telecommunications", "transport", "infrastructure", "labour", "labor", "employment", "education",
          "health", "environment", "commerce", "welfare", "planning", "technologies", "affairs", "communication"}


PARTIES = {"labour", "labor", "tories", "bjp", "ndp", "snp", "spd", "cdu", "csu", "fdp", "afd", "d66", "groenlinks",
           "ldp", "likud", "fidesz", "morena", "anc", "kmt", "dpp", "pti", "ump", "psoe", "podemos", "vox", "pis",
           "nuevas ideas", "la republique en marche", "renaissance", "syriza", "m5s", "lega", "forza italia"}


# Commercial banks named "Bank of" a country
LENDERS_NAMED_FOR_PLACES = {"america", "china", "ireland", "scotland", "cyprus", "india", "georgia", "baroda"}


_COUNTRIES: dict[int, set[str]] = {}


def _countries(lex: Lexicon) -> set[str]:
    if id(lex) not in _COUNTRIES:
        _COUNTRIES[id(lex)] = {n.lower() for e in lex.gazetteer.values() if e["type"] == "Government"
                               and re.fullmatch(r"gov\.[a-z]+", e["id"]) for n in [e["name"], *e.get("aliases", [])]}
    return _COUNTRIES[id(lex)]


def org_type(text: str, lex: Lexicon) -> str:
    """Type an organisation the gazetteer does not know, by the words of its name."""
    words = {w.lower().strip(".,") for w in text.split()}
    if "central bank" in text.lower() or "reserve bank" in text.lower():
        return "Agency"  # "Central Bank of Nigeria", "Reserve Bank of India": no lender
    place = re.match(r"(?:the )?(?:national )?bank of (.+)$", text.lower())
    if place and place.group(1) not in LENDERS_NAMED_FOR_PLACES and place.group(1) in _countries(lex):
        return "Agency"  # "Bank of Russia", "Bank of Korea": a country's bank is its central bank
    last = text.split()[-1].lower().strip(".,") if text.split() else ""
    for joint in (" of ", " on ", " for "):  # "Communications Authority of Kenya", "Joint Committee on Intelligence"
        if joint in text and text.split(joint)[0].split():
            before = text.split(joint)[0].split()[-1].lower()
            last = before if before in AGENCY_WORDS - ORG_WORDS else last
    remit = text.split(" for ")[0].lower().removeprefix("the ").split()
    if " for " in text and remit and all(w in REMITS for w in remit):
        return "Agency"  # "Transport for London": a public body for a place's transport
    if text.lower().removeprefix("the ").removesuffix(" party") in PARTIES:
        return "Organization"  # "Labour accused the government": a party, no firm
    if "congress" in words and words & LABOUR_WORDS:
        return "Organization"  # "Nigeria Labour Congress", "Congress of South African Trade Unions": no legislature
    if words & FIRM_WORDS and last in FIRM_WORDS:
        return "Firm"
    if words & TRADE_WORDS and last in ORG_WORDS | {"council", "bureau", "europe"} and not words & PUBLIC_WORDS:
        return "Organization"  # "European Publishers Council", "Interactive Advertising Bureau Europe"
    if last == "services" and text.split()[0] in ("U.S.", "US", "UK", "U.K."):
        return "Agency"  # "U.S. Citizenship and Immigration Services", not "Amazon Web Services"
    if last in AGENCY_WORDS or words & {"ministry", "department", "commission", "bureau", "agency",
                                        "directorate", "court", "tribunal", "parliament", "regulator"} \
            or words & {"chamber", "house"} and words & LEGISLATORS:  # "Chamber of Deputies", not "of Commerce"
        return "Agency"
    if words & ORG_WORDS or next((w.lower() for w in text.split() if w.lower() != "the"), "") in FOREIGN_HEADS:
        return "Organization"  # "Centro de Estudios Legales y Sociales"
    if words & FIRM_WORDS:
        return "Firm"
    return "Firm"


def said_of_people(span) -> bool:
    """A short name of plain words followed by "who": a person, whatever the model made of it."""
    return 2 <= len(span) <= 3 and all(t.is_title and t.is_alpha for t in span) \
        and not any(t.lower_ in ORG_WORDS | AGENCY_WORDS | FIRM_WORDS for t in span) \
        and any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
                for c in span.root.children)


def portfolio(ent) -> bool:
    """ "Labour Secretary Marath Bolaños", "Media Minister X": a word the model took for an organisation
    that is the portfolio of the minister or secretary named next, no body of its own."""
    doc = ent.doc
    return ent.label_ == "ORG" and not ent.ent_id_ and len(ent) <= 2 and ent.end + 1 < len(doc) \
        and doc[ent.end].lower_ in ("minister", "secretary") and doc[ent.end].is_title \
        and doc[ent.end + 1].ent_type_ == "PERSON" and all(t.is_title and t.is_alpha for t in ent)


def listed_among_firms(ent) -> bool:
    """A place the model found in a list whose other names are firms and none a place: a firm's name."""
    first = ent.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    items = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.i != ent.root.i]
    kinds = {t.ent_type_ for t in items if t.i not in range(ent.start, ent.end)}
    return "Firm" in kinds and not kinds & {"GPE", "Government", "LOC", "NORP"}


# What a platform's users have on it: "the operators' Facebook pages" names no firm as an actor.
PRODUCT_PARTS = {"page", "account", "post", "profile", "feed", "channel", "story", "video", "handle", "timeline"}


def product_part(ent) -> bool:
    """A firm's name used as a modifier of something on its platform ("Facebook pages", "a YouTube channel")."""
    return ent.label_ == "Firm" and ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in PRODUCT_PARTS \
        and ent.root.head.i == ent.end


MEMBER_NOUNS = {"member", "client", "backer", "affiliate"}
# Plural nouns for kinds of firm that a list of names can exemplify: "digital banks including Nubank".
FIRM_KINDS = {"bank", "company", "firm", "platform", "app", "exchange", "operator", "carrier", "provider", "insurer",
              "lender", "fintech", "startup", "retailer", "maker", "manufacturer", "bookmaker", "broadcaster"}


def committee_end(ent) -> int | None:
    """The end of a committee named after its chamber: "Senate" + "Banking Committee"; "House of
    Representatives" + "standing committee on social policy and legal affairs", its remit in lower case."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and end < ent.end + 5 and (doc[end].is_title or doc[end].lower_ in (
            "and", "&", "on", "of", "standing", "select", "joint") or end > ent.end and doc[end].lower_ == "committee"):
        if doc[end].lower_ in ("committee", "subcommittee", "caucus", "panel"):
            remit = next((c for c in doc[end].rights if c.dep_ == "prep" and c.lower_ == "on" and c.i == end + 1
                          and not any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)), None)
            if remit is not None and doc[end].is_lower and remit.right_edge.i < end + 8:
                return remit.right_edge.i + 1
            last = end  # "Standing Committee on Information Technology and Telecommunication": a title-case remit
            for i in range(end + 2, min(end + 10, len(doc))) if doc[end + 1:end + 2].text == "on" else ():
                if doc[i].is_title and doc[i].is_alpha and not doc[i].ent_type_ in ("DATE", "TIME", "PERSON"):
                    last = i
                elif doc[i].lower_ not in ("and", "&", ","):
                    break
            return last + 1
        end += 1
    return None


def _first_listed(ent):
    first = ent.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first


def named_as_member(ent) -> bool:
    """A place no gazetteer knows, named among a body's members ("whose members include Sportsbet and
    Entain") or as one of a kind of firm: a firm's name, not a place's."""
    first = _first_listed(ent)
    verb = first.head
    return not ent.ent_id_ and (first.dep_ in ("dobj", "attr") and verb.lemma_ in ("include", "be") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in MEMBER_NOUNS for c in verb.children) or of_firm_kind(ent))


def of_firm_kind(ent) -> bool:
    """A name given as one of a kind of firm: "digital banks including Nubank and Mercado Pago"."""
    first = _first_listed(ent)
    return first.dep_ == "pobj" and first.head.lower_ in ("including", "like") and first.head.head.tag_ == "NNS" \
        and first.head.head.lemma_.lower() in FIRM_KINDS


def listed_with_firms(doc, mentions: list) -> None:
    """ "apps such as Zomato, Swiggy, Uber and Ola": a name typed a firm for want of a sign is one when it
    is listed beside names known or shown to be firms. One that has members ("X, whose members include A and
    B") is a body of them, an organisation; one a body is "known as" is that body's name ("The ministry, known as
    Komdigi")."""
    by_head = {m.head: m for m in mentions if m.kind == "named"}
    nouns = {m.head: m for m in mentions if m.kind == "anaphor" and m.type in ("Agency", "Organization")}
    for m in mentions:
        tok = doc[m.head]
        if m.kind == "named" and m.type == "Firm" and tok.dep_ == "pobj" and tok.head.lower_ == "as" \
                and tok.head.head.lemma_ in ("know", "call") and tok.head.head.head.i in nouns \
                and not {w.lower() for w in m.name.split()} & FIRM_WORDS:
            m.type = nouns[tok.head.head.head.i].type  # "The ministry, known as Komdigi": a ministry's name
            m.attrs.pop("weak", None)
            continue
        if m.kind != "named" or m.type != "Firm" or not m.attrs.get("weak"):
            continue
        beside = [by_head.get(t.i) for t in doc[m.head].conjuncts]
        if any(b is not None and b.type == "Firm" and not b.attrs.get("weak") for b in beside):
            del m.attrs["weak"]
        elif any(c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lemma_.lower() == "member" and any(
                w.lower_ == "whose" for w in s.children) for s in c.children) for c in doc[m.head].children):
            m.type = "Organization"  # "Responsible Wagering Australia, whose members include Sportsbet": a body
            del m.attrs["weak"]  # that has members
