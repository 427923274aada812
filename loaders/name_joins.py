"""Rejoin organisation names that the gazetteer cut in two.

The gazetteer tags countries before the model runs, so the model never sees "Law Society of Kenya" or
"Kenya Union of Journalists" whole: it labels "The Law Society" and leaves "Kenya" to the gazetteer.
This component (registered in nlp.py) runs after the model and joins such pieces back into one organisation.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from policygraph.loaders.measure_names import title_cased
from policygraph.loaders.missed_names import NATIVE_COUNTRY_NAMES
from policygraph.loaders.org_types import AGENCY_WORDS, FOREIGN_HEADS, LABOUR_WORDS, ORG_WORDS, REMITS

BODY_ENDS = (ORG_WORDS | AGENCY_WORDS | {"international", "bank"}) - {
    "times", "post", "journal", "news", "house", "senate", "congress", "parliament", "assembly", "presidency"}
ORG_LABELS = ("ORG", "Organization")


def _place(ent) -> bool:
    return ent.label_ in ("Government", "GPE", "LOC")


def _body_after(doc, start: int, seen: bool = False) -> int | None:
    """The end of title-case words after a place that include a body's word: "Kenya | Union of
    Journalists"; None when they do not make a body's name (``seen``: the words before the place hold one)."""
    i = start
    while i < len(doc) and i < start + 6:
        t = doc[i]
        if t.is_title and t.is_alpha and t.ent_type_ in ("", "ORG") and t.pos_ != "VERB":
            seen = seen or t.lower_ in BODY_ENDS or t.lower_ == "services"
            i += 1
        elif t.lower_ in ("of", "for", "&", "and") and i > start and i + 1 < len(doc) and doc[i + 1].is_title \
                and doc[i + 1].ent_type_ in ("", "ORG"):
            i += 1  # "U.S. | Citizenship and Immigration Services"
        elif t.text in ("'", "’") and i > start and doc[i - 1].lower_.endswith("s") and i + 1 < len(doc) \
                and doc[i + 1].is_title:
            i += 1  # "Magistrates' Court"
        elif t.text == "-" and i > start and not t.whitespace_ and not doc[i - 1].whitespace_ \
                and i + 1 < len(doc) and doc[i + 1].is_title:
            i += 1  # "Hire-Taxi"
        else:
            break
    while i > start and doc[i - 1].lower_ in ("of", "for", "&", "and"):
        i -= 1
    return i if seen and i > start else None


# Words that open a title after a firm's name: "SoftBank Corp | Chief Executive Junichi Miyakawa".
TITLE_OPENERS = {"chief", "ceo", "president", "chairman", "chairwoman", "chairperson", "chair", "founder",
                 "executive"}
DASHES = ("-", "–", "—")


def _trimmed(doc, e):
    """A name without the dateline before it ("TOKYO - LY Corp") or the title after it ("SoftBank Corp
    Chief" before "Executive Junichi Miyakawa"), or None when there is nothing to cut."""
    dash = next((t.i for t in e if t.text in DASHES), None)
    if dash is not None and dash > e.start and dash + 1 < e.end and doc[e.start].is_sent_start \
            and all(t.is_upper and t.is_alpha for t in doc[e.start:dash]):
        return Span(doc, dash + 1, e.end, label=e.label_)
    bracket = next((t.i for t in e if t.text == "("), None)
    if bracket is not None and bracket > e.start and not any(t.text == ")" for t in e):
        return Span(doc, e.start, bracket, label=e.label_)  # "Apparel Industry Association (Abit": the acronym's
        # bracket is not part of the name
    if e.label_ in ORG_LABELS and len(e) > 1:
        cut = e.end
        while cut - 1 > e.start and doc[cut - 1].lower_ in TITLE_OPENERS:
            cut -= 1
        after = doc[e.end:e.end + 3]
        if cut < e.end and any(t.ent_type_ == "PERSON" for t in after):
            return Span(doc, e.start, cut, label=e.label_)
    return None


def _remit_end(doc, e) -> int | None:
    """The end of "Ministry of Science | and ICT": the remit's last words after "and", when the model
    stopped the name before them."""
    first = 1 if e[0].lower_ == "the" else 0
    if e.label_ not in ORG_LABELS + ("Agency",) or len(e) < first + 3 or e.end + 1 >= len(doc) \
            or doc[e.end].lower_ != "and":
        return None
    ministry = e[first].lower_ in ("ministry", "department") and e[first + 1].lower_ in ("of", "for")
    if not ministry and [t.lower_ for t in e[-2:]] != ["of", "commerce"]:
        return None  # "Lagos Chamber of Commerce | and Industry"
    i = e.end + 1
    while i < len(doc) and i < e.end + 3 and (doc[i].lower_ in REMITS and doc[i].is_title
                                               or doc[i].is_upper and doc[i].is_alpha and len(doc[i]) <= 5):
        i += 1
    return i if i > e.end + 1 else None


def _body_before(doc, place) -> int | None:
    """The start of a body's name the model left unlabelled before a place: "Confederation of All | India";
    a body's word, then "of" or "for", then title-case words."""
    i, found = place.start - 1, None
    while i >= place.sent.start and i >= place.start - 5 and not doc[i].ent_type_ and (
            doc[i].is_title and doc[i].is_alpha or doc[i].lower_ in ("of", "for", "&")):
        if doc[i].lower_ in BODY_ENDS and doc[i + 1].lower_ in ("of", "for"):
            found = i
        i -= 1
    return found


def _remit_before(doc, place) -> int | None:
    """The start of a public body named for a remit and a place that the model left unlabelled:
    "Transport for | London"."""
    at = place.start - 2
    if not _place(place) or at < place.sent.start or doc[at + 1].lower_ != "for" or doc[at].ent_type_ \
            or not doc[at].is_title or doc[at].lower_ not in REMITS:
        return None
    return at


# Countries in their own language, which in English text only end a company's name: "Telefonica Deutschland"


def _branch(doc, e, place) -> bool:
    """ "MTN" + "Nigeria": a short company name right before a country, and nothing after it that goes on
    with a name, is the company's national arm ("MTN Nigeria", "Vodacom Tanzania")."""
    after = doc[place.end] if place.end < len(doc) else None
    return len(e) <= 2 and e[0].lower_ != "the" and all(t.is_title or t.is_upper for t in e) \
        and (re.fullmatch(r"gov\.[a-z-]+", place.ent_id_) or place.text in NATIVE_COUNTRY_NAMES) \
        and not re.match(r"gov\.(us|in|ca|au|de|at)-", place.ent_id_) \
        and place[0].is_title and len(place.text) > 2 \
        and (after is None or not (after.is_title or after.is_upper) or after.is_punct)


# The small words inside such a name: "Centro de Estudios Legales y Sociales".
CONNECTORS = {"de", "del", "do", "da", "dos", "das", "des", "du", "di", "della", "y", "e", "et", "para", "pela", "por",
              "la", "las", "los", "le", "les"}
REGIONS = {"europe", "eu", "asia", "africa", "americas", "apac", "emea", "latam"}


def _foreign_name_end(doc, e) -> int | None:
    """The end of a Spanish, Portuguese, French or Italian body's name the model cut short ("the Observatorio
    de Derecho | Informático Argentino"): it opens with the body's word and goes on with title-case words
    joined by "de", "y" and the like. None when nothing follows."""
    words = [t for t in e if t.lower_ not in ("the", "la", "le", "el", "o", "a")]
    if e.label_ not in ORG_LABELS or e.ent_id_ or not words or words[0].lower_ not in FOREIGN_HEADS:
        return None
    end = e.end
    while end < len(doc) and (doc[end].is_title and doc[end].is_alpha and doc[end].ent_type_ in ("", "ORG", "PERSON")
                              or doc[end].lower_ in CONNECTORS and end + 1 < len(doc) and doc[end + 1].is_title):
        end += 1
    while end > e.end and doc[end - 1].lower_ in CONNECTORS:
        end -= 1
    if end == e.end:  # "the Conseil | national du numérique,": French keeps the words after the head lower-case
        run = e.end
        while run < len(doc) and run < e.end + 5 and doc[run].is_alpha and not doc[run].is_upper:
            run += 1
        if run < len(doc) and doc[run].text in (",", "(", ")", ".", ";") \
                and any(t.lower_ in CONNECTORS for t in doc[e.end:run]):
            end = run
    return end if end > e.end else None


def _numbered_end(doc, e) -> int | None:
    """The end of a body numbered after its name: "Tax Court" + "No. 14", "The Criminal Court No" + "3"."""
    if e.label_ not in ORG_LABELS or e.ent_id_:
        return None
    i = e.end
    if e[-1].lower_ not in ("no", "no."):
        if e[-1].lower_ not in AGENCY_WORDS or i >= len(doc) or doc[i].lower_ not in ("no", "no.", "number"):
            return None
        i += 1
    if i < len(doc) and doc[i].text == ".":
        i += 1
    return i + 1 if i < len(doc) and doc[i].like_num else None


def _regional_arm(doc, e) -> int | None:
    """The start of an acronym the model cut from the region after it ("DOT" + "Europe" is one
    association); None when the region stands alone."""
    if len(e) != 1 or e[0].lower_ not in REGIONS or e.start == 0:
        return None
    before = doc[e.start - 1]
    if before.is_upper and before.is_alpha and len(before) >= 2 and before.dep_ == "compound" \
            and before.head.i == e.start and before.ent_type_ in ("", "ORG") and not before.ent_id_:
        return before.i
    return None


def _union_congress(doc, e, nxt) -> int | None:
    """The end of a trade unions' congress the gazetteer took for the US one: "Trades Union" + "Congress",
    "Congress" + "of South African Trade Unions"; None for any other name."""
    if e.label_ in ORG_LABELS and nxt is not None and nxt.ent_id_ == "us.congress" and nxt.start == e.end \
            and len(nxt) == 1 and e[-1].lower_ in LABOUR_WORDS:
        return nxt.end
    if e.ent_id_ == "us.congress" and len(e) == 1 and e.end + 1 < len(doc) and doc[e.end].lower_ == "of":
        i = e.end + 1
        while i < len(doc) and i < e.end + 7 and doc[i].is_title and not doc[i].is_punct:
            i += 1
        if i > e.end + 1 and doc[i - 1].lower_ in LABOUR_WORDS:
            return i
    return None


def _remit_list(doc, e, nxt) -> bool:
    """A body named by its remits that the model cut after the last "and": "the Committee on Judiciary,
    Human Rights and" + "Legal Matters"."""
    first = 1 if e[0].lower_ == "the" else 0
    return nxt is not None and e.label_ in ORG_LABELS and not e.ent_id_ and len(e) > first + 3 \
        and e[-1].lower_ == "and" and e[first].lower_ in BODY_ENDS and e[first + 1].lower_ in ("on", "of", "for") \
        and nxt.start == e.end and len(nxt) <= 4 and all(t.is_title for t in nxt)


ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}


def _roman_end(doc, e) -> int | None:
    """The end of a body numbered in Roman numerals: "Commission" + "I" (the Indonesian House's committees)."""
    if e[-1].lower_ not in ("commission", "committee") or e.end >= len(doc) \
            or doc[e.end].text.rstrip(".") not in ROMAN or doc[e.end].ent_type_ not in ("", "ORG"):
        return None
    return e.end + 1


def _court_end(doc, e) -> int | None:
    """The end of a court named after a place that the gazetteer knows as a body: "Westminster" +
    "Magistrates' Court" is a court, not Parliament."""
    if len(e) != 1 or e.label_ != "Agency" or not e.ent_id_ or not e[0].is_title:
        return None
    end = _body_after(doc, e.end)
    return end if end is not None and doc[end - 1].lower_ in ("court", "tribunal") else None


def _acronym_end(doc, e) -> int | None:
    """The end of a body's name that the model cut before its last words, when the acronym after it spells
    the whole: "the Organisation for Economic Co-operation and" + "Development (OECD)"."""
    if e.label_ not in ORG_LABELS or e.ent_id_:
        return None
    i = e.end
    if i < len(doc) and doc[i].lower_ in ("and", "of", "for", "&") and e[-1].is_title:
        i += 1
    elif e[-1].lower_ not in ("and", "of", "for", "&"):
        return None
    j = i
    while j < len(doc) and j < i + 4 and doc[j].is_title and doc[j].is_alpha:
        j += 1
    if j == i or j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")":
        return None
    initials = "".join(t.text[0] for t in doc[e.start:j] if t.is_title and t.is_alpha and t.lower_ != "the")
    own = e[-1].lower_ == "and" and any(t.lower_ in BODY_ENDS for t in e)  # the model's own "and": "Directorate for
    # State Protection and" + "Intelligence (DSN)", an acronym in the body's own language
    return j if doc[j + 1].is_upper and (doc[j + 1].text == initials or own) else None


SPLIT_BODY_ENDS = {"commission", "authority", "board", "tribunal", "council", "agency", "office", "bureau"}


def _bare_alias_pair(doc, e, nxt) -> int | None:
    """The end of a body's name the gazetteer read as two bare aliases: "Commerce" + "Commission" in "New
    Zealand's Commerce Commission" is neither the US Commerce Department nor the European Commission."""
    if len(e) != 1 or not e.ent_id_ or e.label_ != "Agency" or e[0].lower_ in ("senate", "house", "congress"):
        return None
    after = doc[e.end] if e.end < len(doc) else None
    if after is None or not after.is_title or after.lower_ not in SPLIT_BODY_ENDS:
        return None
    if nxt is not None and nxt.start == e.end and (len(nxt) != 1 or nxt.label_ != "Agency"):
        return None
    if nxt is None or nxt.start != e.end:
        return e.end + 1 if not after.ent_type_ else None
    return nxt.end


def _law_then_body(doc, e, nxt) -> int | None:
    """The end of a body's name the model read as a law's: "the Federal Competition and Consumer Protection" (LAW)
    + "Commission"; not "the Online Safety Act" + "Office", a law's name that ends in its kind."""
    if e.label_ != "LAW" or not e[-1].is_title or e[-1].lower_ in LAW_KINDS or e.end >= len(doc) \
            or not doc[e.end].is_title or doc[e.end].lower_ not in SPLIT_BODY_ENDS | {"committee", "ministry"}:
        return None
    return nxt.end if nxt is not None and nxt.start == e.end and len(nxt) == 1 else e.end + 1


LAW_KINDS = {"act", "bill", "law", "code", "regulation", "directive", "decree", "order", "rule", "rules", "ordinance"}


def name_joins(doc):
    """ "The Law Society" + "of" + "Kenya" -> "The Law Society of Kenya"; "Amnesty International" +
    "Kenya"; "Kenya" + "Union of Journalists"; "the National Computer" + "and" + "Cybercrimes
    Coordination Committee" (a body's name never ends before its body's word)."""
    ents = list(doc.ents)
    out: list[Span] = []
    ids: dict[int, str] = {}  # start of a joined span -> the gazetteer id it keeps ("" for none)
    i = 0
    while i < len(ents):
        e = _trimmed(doc, ents[i]) or ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        court = _court_end(doc, e) or _bare_alias_pair(doc, e, nxt) or _law_then_body(doc, e, nxt)  # a new name
        remit = _remit_end(doc, e) or _acronym_end(doc, e) or court
        if remit is not None:
            out.append(Span(doc, e.start, remit, label="ORG" if court else e.label_))  # "Ministry of Science and ICT"
            while i + 1 < len(ents) and ents[i + 1].start < remit:
                i += 1
            i += 1
            continue
        org = e.label_ in ORG_LABELS and not e.ent_id_ and e[-1].is_title
        of_inside = e.label_ in ORG_LABELS and not e.ent_id_ and len(e) >= 2 and e[-1].lower_ in ("of", "for") \
            and (any(t.lower_ in BODY_ENDS for t in e[:-1]) or all(t.is_title for t in e[:-1])) \
            and nxt is not None and nxt.start == e.end  # "Transport for" + "London"
        # "The Bar Association of", "The Association of Telecommunications Companies of"
        if nxt is not None and _place(nxt) and (of_inside or org and nxt.start == e.end + 1 and doc[e.end].lower_ == "of"
                                                and any(t.lower_ in BODY_ENDS for t in e)):  # "Association of
            # Licensed Telecom Operators" + "of" + "Nigeria"
            out.append(Span(doc, e.start, nxt.end, label="ORG"))  # "Law Society of Kenya"
            i += 2
            continue
        roman = _roman_end(doc, e)
        if roman is not None:
            start = out.pop().start if out and out[-1].end == e.start and out[-1].label_ in ORG_LABELS else e.start
            out.append(Span(doc, start, roman, label="ORG"))  # "House" + "Commission" + "I"
            while i + 1 < len(ents) and ents[i + 1].start < roman:
                i += 1
            i += 1
            continue
        union_congress = _union_congress(doc, e, nxt)
        if union_congress is not None:
            out.append(Span(doc, e.start, union_congress, label="ORG"))  # "Trades Union Congress"
            while i + 1 < len(ents) and ents[i + 1].start < union_congress:
                i += 1
            i += 1
            continue
        foreign = _foreign_name_end(doc, e) or _numbered_end(doc, e)
        if foreign is not None:
            out.append(Span(doc, e.start, foreign, label="ORG"))  # "Observatorio de Derecho" + "Informático
            while i + 1 < len(ents) and ents[i + 1].start < foreign:  # Argentino", which the model took for a man
                i += 1
            i += 1
            continue
        start = _regional_arm(doc, e)
        if start is not None:
            if out and out[-1].start == start:
                out.pop()  # the model's "DOT", the acronym alone
            out.append(Span(doc, start, e.end, label="ORG"))  # "DOT Europe": an association, not a continent
            i += 1
            continue
        known = e.ent_id_.startswith("org.")  # a group the gazetteer knows keeps its id: "Amnesty International"
        beside = nxt is not None and (_place(nxt) or nxt.text in NATIVE_COUNTRY_NAMES) and nxt.start == e.end \
            and len(nxt) == 1
        firm = beside and e.ent_id_.startswith("firm.") and _branch(doc, e, nxt)
        if beside and ((org or known) and e[-1].lower_ in BODY_ENDS or firm
                       or e.label_ == "ORG" and not e.ent_id_ and _branch(doc, e, nxt)):
            out.append(Span(doc, e.start, nxt.end, label=e.label_ if known or firm else "ORG"))  # "Amnesty
            # International Kenya"; "Google Kenya" is Google's, in Kenya
            ids[out[-1].start] = e.ent_id_
            i += 2
            continue
        anded = e.end + 1 if doc[e.end - 1].lower_ != "and" else e.end  # the model may take the "and" in
        first = org or e.label_ in ORG_LABELS and not e.ent_id_ and len(e) > 2 and doc[e.end - 2].is_title \
            and anded == e.end  # "The Chilean Wine and"
        if first and nxt is not None and nxt.label_ == "ORG" and nxt.start == anded and doc[anded - 1].lower_ == "and" \
                and not any(t.lower_ in BODY_ENDS for t in e) and len(nxt) >= 2 \
                and (_trimmed(doc, nxt) or nxt)[-1].lower_ in BODY_ENDS and nxt[0].lower_ not in ("the", "a", "an"):
            out.append(Span(doc, e.start, (_trimmed(doc, nxt) or nxt).end, label="ORG"))  # "National Computer
            # and ... Committee", "the Brazilian Textile and Apparel Industry Association"
            i += 2
            continue
        if _remit_list(doc, e, nxt):
            out.append(Span(doc, e.start, nxt.end, label="ORG"))  # "the Committee on Judiciary, Human Rights
            i += 2  # and" + "Legal Matters"
            continue
        gap = doc[out[-1].end:e.start] if out else None
        joined = out and out[-1].label_ in ORG_LABELS and not out[-1].ent_id_ and len(gap) <= 3 \
            and all(t.lower_ in ("of", "for", "&") or t.is_title and not t.ent_type_ for t in gap) \
            and (not gap or gap[0].lower_ in ("of", "for", "&")) \
            and any(t.lower_ in BODY_ENDS for t in out[-1])  # "Confederation of All" + "India" + "Traders"
        before = _body_before(doc, e) if _place(e) and not joined and not title_cased(e.sent) else None
        end = _body_after(doc, e.end, joined or before is not None) if _place(e) and not e.ent_id_.startswith("gov.us-") \
            and (nxt is None or nxt.start > e.end) \
            and not title_cased(e.sent) else None
        if end is not None:
            start = e.start
            if out and out[-1].label_ in ORG_LABELS and not out[-1].ent_id_ and (out[-1].end == e.start or joined):
                start = out.pop().start  # "the All" + "India" + "Gaming Federation"
            elif before is not None and not (out and out[-1].end > before):
                start = before  # "Confederation of All" (no name to the model) + "India" + "Traders"
            out.append(Span(doc, start, end, label="ORG"))  # "Kenya Union of Journalists"
            i += 1
            while i < len(ents) and ents[i].start < end:
                i += 1  # "Japan" + "Federation of" + "Hire-Taxi Associations", which the model labelled apart
            continue
        start = _remit_before(doc, e)
        if start is not None and not (out and out[-1].end > start):
            out.append(Span(doc, start, e.end, label="ORG"))  # "Transport for London"
            i += 1
            continue
        out.append(e)
        i += 1
    doc.ents = out
    for span in out:
        if span.label_ == "ORG" or span.start in ids:
            for t in span:
                t.ent_id_ = ids.get(span.start, "")  # a joined name is no longer the country tagged inside it
    return doc
