"""Measures by name: capitalised titles ending in a measure word ("Digital Markets Act"), bill numbers
("SB 1047", "H.R. 2683", "Bill C-18"), the model's LAW entities, and acronyms given in brackets."""

from __future__ import annotations

import re

from policygraph.loaders.lexicon import Lexicon
from policygraph.loaders.org_types import org_type
from policygraph.loaders.spans import Mention, _clean_name, doc_text

# a bill's number, with a state's session prefix when it has one ("Senate Bill 24-205", "SB25B-004")
NUMBER = r"(?:\d{2}[A-Z]?-\d{1,5}|\d{1,5})"
BILL_NUMBER = re.compile(r"\b(?:(?:S\.?B\.?|A\.?B\.?|H\.?R\.?|H\.?B\.?|H\.?F\.?|S\.?F\.?|L\.?D\.?|L\.?B\.?)\s?" + NUMBER +
                         r"|(?:Bill\s)?[CS]-\d{1,4}|Senate Bill " + NUMBER + "|Assembly Bill " + NUMBER +
                         "|House Bill " + NUMBER +
                         r"|Executive Order \d{4,6}|[Ss]ection \d{1,4}[A-Za-z]?"
                         r"|(?:[A-Z][a-z]+\s){0,3}(?:Bulletin|Circular|Decree|Order|Directive|Regulation|Notice|Resolution"
                         r"|Law|Decision|Ordinance|Act)\sNo\.\s?\d+(?:[.,/-]\d+)*"  # "Staff Accounting Bulletin No. 121"
                         r"|(?:[A-Z][a-z]+\s){0,2}(?:Decree|Law|Order|Resolution|Ordinance)(?:-[Ll]aw)?\s\d{1,5}/\d{4}"
                         # "Royal Decree-law 24/2021", "Law 13/2022": a number over its year
                         r"|[A-Z][a-z]+\s(?:Measure|Decree|Ordinance)\s(?!(?:19|20)\d\d\b)\d{2,5}"
                         # "Provisional Measure 959", "Emergency Decree 12": a numbered instrument, not a year
                         r"|[SH]\.\s?(?:J\.\s?|Con\.\s?)?Res\.\s?\d{1,4})\b")  # "S.J. Res. 3", "H. Res. 12"
QUOTED = re.compile(r"[\"“‘'](?P<name>[A-Za-z][\w\- ]{2,40}?)[\"”’']\s+(?P<head>[a-z]+)\b")
BODIES = {"committee", "commission", "ministry", "department", "council", "agency", "authority", "court",
          "office", "bureau", "institute", "center", "centre", "association", "foundation", "group", "party"}
GROUP_WORDS = {"institute", "center", "centre", "forum", "network", "group", "project", "lab", "press", "foundation",
               "association", "alliance", "coalition", "unit", "team", "watch", "initiative", "society", "partners"}
OFFICES = {"administration", "board", "service", "directorate", "inspectorate", "secretariat"}
TIME_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "earlier", "later", "ago"}
# A constitution and its articles are the grounds a measure is fought on, not a measure anyone fights over:
# "argued that the law violated the First Amendment".
CONSTITUTIONAL = re.compile(r"(?i)^(?:the\s)?(?:(?:U\.?S\.?|US|federal|state)\s)?(?:constitution|bill of rights"
                            r"|(?:first|second|fourth|fifth|sixth|eighth|tenth|fourteenth|\d+(?:st|nd|rd|th))\samendment)$")
PARTS_NAMED = {"section", "article", "clause"}  # numbered parts told "of" their act ("Section 57 of the X Act");
# not "Title II", a part a story follows as a measure of its own
CONNECTORS = {"of", "and", "for", "from", "the", "on", "to", "in", "&", "-", "de", "against", "with", "through"}


def _title_complement(doc, end: int) -> int:
    """The end of a name that follows its head: "Framework | for Artificial Intelligence Diffusion",
    "Regulation | on Artificial Intelligence". Title-case words and connectors, up to 12 tokens."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("for", "on", "of", "to", "concerning"):
        return end
    i, last = end + 1, end
    while i < len(doc) and i - end <= 12:
        t = doc[i]
        if t.ent_type_ in ("DATE", "TIME", "PERSON", "CARDINAL"):
            break
        if (t.is_title or t.is_upper) and not t.is_punct and t.is_alpha:
            last = i
        elif t.lower_ not in ("the", "of", "and", "in", "for", "on", "to") and not (
                t.text == "-" and not t.whitespace_ and i > end + 1 and not doc[i - 1].whitespace_):
            break  # "Risk-Based Businesses" goes on
        i += 1
    return last + 1 if last > end else end


def title_cased(sent) -> bool:
    """A heading in title case ("India Puts Big Tech Competition Bill on Hold"): capitals tell nothing."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    text, body = doc_text(sent.doc), sent.text.strip()
    starts_line = sent.start_char == 0 or text[sent.start_char - 1] == "\n"
    ends_line = sent.text.endswith("\n") or text[sent.end_char:sent.end_char + 1] in ("", "\n")
    line = starts_line and ends_line and "\n" not in body and body[-1:] not in ".!?"
    return line and len(words) >= 4 and sum(t.is_title or t.is_upper for t in words) >= 0.8 * len(words)


def _verb_like(tok, lex: Lexicon) -> bool:
    """A headline verb the parser may have taken for a name: "Puts", "Shelves", "Signs"."""
    word = tok.lower_
    stems = {word, word[:-1], word[:-2]} if word.endswith("s") else {word}
    return tok.pos_ in ("VERB", "AUX") or any(w in lex.statuses or w in lex.verbs or w in ("put", "take", "get")
                                              for w in stems)


def _long_complement(doc, end: int) -> int:
    """A modified head takes a complement only when it is plainly part of a long official title: three
    or more title-case words and no place or person ("the AI Act on Capitol Hill" keeps its end)."""
    longer = _title_complement(doc, end)
    words = [t for t in doc[end:longer] if t.is_title or t.is_upper]
    if len(words) < 3 or any(t.ent_type_ in ("GPE", "PERSON", "NORP", "LOC", "FAC") for t in words):
        return end
    return longer


def _named_after(doc, t, head) -> int | None:
    """The first token of the person a law is named after ("the Martha Wright-Reed Act"), or of words the
    model took for one ("his Safer Phones Bill"): a person's name right after the law's own "the" or "his"."""
    first = t.i
    while first > 0 and doc[first - 1].ent_type_ == "PERSON" and doc[first].ent_iob_ == "I":
        first -= 1
    det = doc[first - 1] if first else None
    return first if det is not None and det.lower_ in ("the", "his", "her", "their", "its") \
        and det.head.i == head.i else None


def _set_off_as_group(span, lex: Lexicon) -> str | None:
    """ "Article 19, the London-based free expression group": a body's name, though it reads like a law's."""
    appos = [c for t in span for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= span.end]
    # (the parse may hang it on the name's last word: "Article 19 Eastern Africa, a ... rights organisation")
    kind = lex.groups.get(appos[0].lemma_.lower()) if len(appos) == 1 else None
    return kind if kind in ("Organization", "Firm") else None


def _whole_of_part(doc, m: Mention) -> Mention | None:
    """ "Section 57 of the Information and Communication Technology Act", read as one name, is two: the section
    (as "section 29" of a bill number's pattern is) and the act it is part of."""
    span = doc[m.start:m.end]
    if len(span) < 5 or span[0].lower_ not in PARTS_NAMED or not span[1].like_num or span[2].lower_ != "of":
        return None
    start = m.start + 3 + (span[3].lower_ == "the")
    if start >= m.end - 1 or not doc[m.end - 1].is_title:
        return None
    whole = Mention(start, m.end, "Measure", _clean_name(doc[start:m.end].text), "named", doc[start:m.end].root.i)
    m.end, m.name, m.head = m.start + 2, _clean_name(span[:2].text), m.start
    return whole


def named_measures(doc, lex: Lexicon) -> list[Mention]:
    """Measures by name: "the GAIN AI Act", "SB 1047", "Kids Online Safety Act (KOSA)"."""
    found = []
    for sent in doc.sents:
        text = sent.text
        for m in BILL_NUMBER.finditer(text):
            span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
            if span is not None:
                end = span.end
                if "No." in span.text and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].like_num \
                        and len(doc[end + 1]) == 4:  # "Government Regulation No. 71 of 2019 on the Implementation
                    end = _long_complement(doc, end + 2)  # of Electronic Systems and Transactions"
                span = doc[span.start:end]
                if _set_off_as_group(span, lex):
                    continue
                found.append(Mention(span.start, span.end, "Measure", _clean_name(span.text), "named", span.root.i))
        for m in QUOTED.finditer(text):  # the "click-to-cancel" rule, so-called 'chat control' regulation
            head = m.group("head").lower().rstrip("s")
            if head not in lex.measure_heads:
                continue
            span = doc.char_span(sent.start_char + m.start("name"), sent.start_char + m.end(), alignment_mode="expand")
            before = doc[max(span.start - 3, 0):span.start] if span is not None else []
            if any(t.lower_ == "as" for t in before) and any(t.lower_ in ("a", "an") for t in before):
                continue  # "described the order as a "snooping app" mandate": a label for a measure in hand
            if span is not None and len(m.group("name").split()) <= 5:
                name = f"{m.group('name')} {m.group('head')}"
                found.append(Mention(span.start, span.end, "Measure", name, "named", span[-1].i))
    for tok in doc:
        if tok.text not in lex.name_heads or not tok.is_title and not tok.is_upper:
            continue
        if tok.ent_type_ == "PERSON" and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON" \
                and doc[tok.i + 1].ent_iob_ == "I" and doc[tok.i + 1].is_title:
            continue  # "State Sen. Bill Cunningham": a first name, not a bill
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_title and (nxt.lower_ in BODIES | GROUP_WORDS or nxt.ent_iob_ == "I" and
                                                  nxt.ent_type_ in ("ORG", "Organization", "Firm", "Agency")):
            continue  # "the Bank Policy Institute", "the Tech Policy Press": the name of a body goes on
        if nxt is not None and nxt.is_title and tok.dep_ == "compound" and tok.head.i == nxt.i \
                and nxt.text not in lex.name_heads and not title_cased(tok.sent):
            continue  # "Charter Communications": a firm's name goes on
        start = tok.i
        i = tok.i - 1
        floor = tok.sent.start if (tok.i - tok.sent.start > 1 or doc[tok.i - 1].text != ")") \
            and doc[tok.sent.start].text != "(" else max(0, tok.i - 16)  # the parser may end a sentence at a
        # bracket: "Data (Use and Access) Bill", "Cybercrimes (Prohibition, Prevention, etc.) (Amendment) Act"
        title_case, bracketed = title_cased(tok.sent), False
        while i >= floor:
            t = doc[i]
            if title_case and _verb_like(t, lex):
                break  # "India Puts Big Tech Competition Bill on Hold": the name starts after the verb
            if t.text == ")":  # "Online Safety Amendment (Social Media Minimum Age) Act"
                opening = next((j for j in range(i - 1, max(floor, i - 9) - 1, -1) if doc[j].text == "("), None)
                if opening is not None and opening > floor and all(
                        x.is_title or x.is_upper or x.like_num or x.lower_ in CONNECTORS | {",", "etc", "etc.", "."}
                        for x in doc[opening + 1:i]):  # "Cybercrimes (Prohibition, Prevention, etc.) (Amendment) Act",
                    i, bracketed = opening - 1, True  # "Fair Work Legislation Amendment (Closing Loopholes No. 2) Bill"
                    continue
                break
            if t.text in ("'s", "’s") and start < tok.i and i - 2 >= floor and doc[i - 1].is_title \
                    and doc[i - 2].is_title and doc[i - 2].lower_.endswith("ing"):
                start, i = i - 2, i - 3  # "the Protecting Georgia's Children on Social Media Act"
                continue
            if t.text in ("-", "–", "—") and i and doc[i - 1].whitespace_:
                break  # "WASHINGTON - The Affordable Connectivity Program": a spaced dash joins no name
            before = doc[i - 1] if i - 1 >= floor else None  # ")" closes an acronym: "Exploitation (SAFE) for Kids Act"
            if t.lower_ == "the" and before is not None and before.dep_ in ("dative", "dobj") \
                    and before.pos_ in ("NOUN", "PROPN") and not i <= before.head.i <= tok.i \
                    and not any(c.dep_ == "det" for c in before.children):
                break  # "sent Parliament | the Online Harms Bill": a name of its own before the article
            if t.lower_ in CONNECTORS and before is not None and (before.is_title or before.is_upper
                                                                  or before.like_num or before.text == ")"):
                i -= 1
                continue
            camel = len(t.text) > 2 and t.text[0].islower() and any(ch.isupper() for ch in t.text[1:])  # "ePrivacy"
            person = t.ent_type_ == "PERSON" and not (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I") \
                and not bracketed  # "The Garda Síochána (Recording Devices) Bill": a title, though tagged a person
            first = _named_after(doc, t, tok) if person else None
            if first is not None:  # "the Martha Wright-Reed Just and Reasonable Communications Act"
                start, i = first, first - 1
                continue
            if (t.is_title or t.is_upper or t.like_num or camel) and not t.is_punct and not person \
                    and t.ent_type_ != "DATE":  # "... Developer and Deployer Act" is no person, though tagged one
                start = i
                i -= 1
                continue
            break
        while start < tok.i and doc[start].lower_ in CONNECTORS | {"a", "an"}:
            start += 1
        end = tok.i + 1
        if title_case:
            pass  # in a headline every word is capitalised: "... Bill on Hold After Pushback" is no title
        elif start == tok.i:  # "the Framework for Artificial Intelligence Diffusion", "Act on Promotion of ..."
            end = _title_complement(doc, end)
        elif doc[end:end + 1].text in ("on", "for"):  # "Framework Act on the Development of AI and ..."
            end = _long_complement(doc, end)
        if end < len(doc) and doc[end].text.isdigit() and len(doc[end].text) != 4 and doc[end].head.i == tok.i:
            end += 1  # "Decree 72 of 2013", "Resolution 1557"
        if end < len(doc) and doc[end].like_num and len(doc[end].text) == 4:
            end += 1
        elif end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].like_num:
            end += 2
        if end - start < 2 or start < tok.i and all(t.is_upper and len(t) < 3 and (
                title_case or tok.sent.start == 0 or t.ent_type_ in ("GPE", "Government", "NORP")
                or t.text in ("EU", "US", "UK"))
                for t in doc[start:tok.i]):  # "its AI Act" is a name; not "the EU Act", nor in a first line
            continue
        if any(t.lower_ in BODIES for t in doc[start:tok.i]) or any(
                t.lower_ in OFFICES and doc[t.i + 1].lower_ in ("for", "of", "on") for t in doc[start:tok.i]):
            continue  # "Committee on Digital Competition Law" is a body, not a law; so is "the State
            # Administration for Market Regulation" (but not the "Food and Drug Administration Modernization Act")
        if tok.text == "Initiative" and (any(t.ent_type_ in ("ORG", "Organization", "Firm", "Agency")
                                             for t in [tok, *tok.conjuncts])
                                         or any(c.dep_ == "appos" and lex.groups.get(c.lemma_.lower()) == "Organization"
                                                for c in tok.children)):
            continue  # "the Open Source Initiative" is a group, as is "Paradigm Initiative, a rights organization";
            # "the Belt and Road Initiative" a policy
        if doc[start].lower_ in ("under", "while", "after", "before", "with", "as", "at", "in") \
                and start == doc[start].sent.start and start + 1 < tok.i and doc[start + 1].lower_ == "the":
            start += 2  # "Under the Cyber Incident Reporting for Critical Infrastructure Act of 2022, ...": the
            # sentence's first word is capitalised, not a word of the name
        if doc[start].lower_ in ("under", "while", "after", "before", "by", "from", "with", "as", "at", "in") \
                or doc[start:end].text.lower() in ("rule of law", "code of conduct", "order of business"):
            continue  # "By Asia Tech Policy Wire staff", "the rule of law"
        span = doc[start:end]
        found.append(Mention(start, end, "Measure", _clean_name(span.text), "described" if title_case else "named",
                             tok.i))  # a title-case headline's capitals are no sign of a name
    for ent in doc.ents:
        if ent.label_ == "LAW" and any(t.is_title or t.is_upper for t in ent):
            end = next((t.i for t in ent[1:] if t.pos_ == "ADP" and not ent.start <= t.head.i < ent.end), ent.end)
            while end - ent.start > 1 and doc[end - 1].lower_ in TIME_WORDS:
                end -= 1  # "challenged the Safety Act days before": the model's name runs into the time
            if end - ent.start > 3 and doc[end - 2].text in ("-", "–") and doc[end - 1].like_num \
                    and doc[end - 3].like_num and doc[end - 4].is_title:
                end -= 3  # "passed the Data Act 97-2": the tally is no part of the name
            if end == ent.end and doc[end - 1].lower_ == "of" and end < len(doc) and doc[end].like_num:
                end += 1  # "the Cybercrime Law of | 2023": the model stops before the year
            span = doc[ent.start:end]  # "pushed back the AI Act to 2027": "to 2027" hangs on the verb
            first = next((t for t in span if t.dep_ != "det"), span[0])
            group = _set_off_as_group(span, lex)
            if lex.groups.get(first.lemma_.lower()) in ("Organization", "Agency") \
                    and not any(t.text in lex.name_heads for t in span) or group:
                text = _clean_name(span.text)  # "the Coalition for App Fairness", read by the model as a law,
                found.append(Mention(ent.start, end, group or org_type(text, lex), text, "named", span.root.i))
                continue
            found.append(Mention(ent.start, end, "Measure", _clean_name(span.text), "named", span.root.i))
    # acronym in brackets right after a name: "Kids Online Safety Act (KOSA)"; or inside it, where the
    # short name is the acronym and the rest: "Stop Addictive Feeds Exploitation (SAFE) for Kids Act"
    for m in found:
        inner = next((j for j in range(m.start + 1, m.end - 3) if doc[j].text == "(" and doc[j + 2].text == ")"
                      and doc[j + 1].is_upper and len(doc[j + 1]) > 1), None)
        if inner is not None and m.type == "Measure":
            m.attrs.setdefault("acronyms", []).append(_clean_name(f"{doc[inner + 1].text} {doc[inner + 3:m.end].text}"))
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" \
                and doc[m.end + 1].is_upper:
            m.attrs.setdefault("acronyms", []).append(doc[m.end + 1].text)
    found = [m for m in found if not CONSTITUTIONAL.match(m.name)]
    found += [w for m in list(found) for w in [_whole_of_part(doc, m)] if w is not None]  # (each part cut to
    # its own words: "Section 57")
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return found
