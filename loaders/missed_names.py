"""Names the model leaves unlabelled. People after their title: "King Abdullah II", "Emir Tamim",
"Sultan Haitham": a capitalised title from the lexicon followed by one to three capitalised proper nouns
that no entity covers (a regnal number may close them) becomes a PERSON entity, so the title rules type it
as usual. Bodies whose name runs through a small word: "the Rights in Network Coalition". Double-barrelled
surnames the model cuts at the hyphen: "Rebecca Bauer" + "-" + "Kahan" (taken for a place). Parties named
"United" or another word and a country the gazetteer tagged: "United Poland", "Business Mauritius, the main
private-sector lobby". A body cut before its remit ("the Regulatory Authority" + "for the" + "Media") and one
named for its members: "The Journalists' Union"; one named for a list of fields: "The Media, Entertainment and
Arts Alliance". A dateline's date run into the name after its dash ("Sept. 25, 2025 - Parliament").

>>> _REGNAL.match("II") is not None, _REGNAL.match("I") is None
(True, True)
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from policygraph.loaders.lexicon import lexicon
from policygraph.loaders.measure_names import title_cased
from policygraph.loaders.org_types import AGENCY_WORDS, ORG_WORDS

LINKS = {"in", "on", "for", "of"}
BODY_WORDS = (ORG_WORDS | AGENCY_WORDS) - {"times", "post", "journal", "news", "house", "senate", "congress",
                                           "parliament", "assembly", "presidency"}
_REGNAL = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|XI|XII)$")  # not "X", a platform's name


def titled_names(doc):
    titles = lexicon().titles
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    found = []
    for tok in doc:
        if not tok.is_title or tok.lower_ not in titles or tok.i in taken or tok.i + 1 >= len(doc):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and end not in taken and doc[end].pos_ == "PROPN" \
                and doc[end].is_title and doc[end].lower_ not in titles:
            end += 1
        if end > tok.i + 1 and end < len(doc) and end not in taken and _REGNAL.match(doc[end].text):
            end += 1  # "King Abdullah II"
        if end == tok.i + 1 or end < len(doc) and (end in taken or doc[end].is_title and doc[end].pos_ == "PROPN"):
            continue  # nothing after the title, or a name that runs into another ("Governor General Mary Simon")
        found.append(Span(doc, tok.i + 1, end, label="PERSON"))
        taken.update(range(tok.i, end))
    if found:
        doc.ents = list(doc.ents) + found
    return doc


def linked_names(doc):
    """ "The Rights in Network Coalition urged ...": capitalised words joined by "in", "on", "for" or "of"
    and ending in a body's word ("coalition", "institute") name one body, where the model saw none of it.
    Not in a heading written in title case, where every word is capitalised."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    found = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not _name_word(tok, taken) or tok.i == tok.sent.start and tok.pos_ != "PROPN":
            i += 1
            continue
        end, last_body = i, None
        while end < len(doc) and (_name_word(doc[end], taken) or doc[end].lower_ in LINKS and end > i
                                  and end + 1 < len(doc) and _name_word(doc[end + 1], taken)):
            if doc[end].lower_ in BODY_WORDS and doc[end].is_title:
                last_body = end
            end += 1
        span = doc[i:last_body + 1] if last_body is not None else None
        glued = i > 0 and i - 1 in taken and doc[i - 1].is_title  # "Southeast Asia | Freedom of ... Network"
        if span is not None and any(t.lower_ in LINKS for t in span) and len(span) >= 3 and not glued \
                and not title_cased(tok.sent):
            found.append(Span(doc, span.start, span.end, label="ORG"))
            taken.update(range(span.start, span.end))
        i = max(end, i + 1)
    if found:
        doc.ents = list(doc.ents) + found
    return doc


def listed_names(doc):
    """ "The Media, Entertainment and Arts Alliance said": a body named for a list of fields, from "the" to its
    body's word, which the model reads as a list (or names from "Arts" on)."""
    ents = list(doc.ents)
    found = []
    for tok in doc:
        if tok.lower_ != "the" or tok.i + 1 >= len(doc) or not doc[tok.i + 1].is_title:
            continue
        end, commas, ands = tok.i + 1, 0, 0
        while end < len(doc) and (doc[end].is_title and doc[end].is_alpha or doc[end].text == "," and commas == ands
                                  or doc[end].lower_ == "and" and not ands):
            commas += doc[end].text == ","
            ands += doc[end].lower_ == "and"
            end += 1
        body = next((j for j in range(end - 1, tok.i, -1) if doc[j].lower_ in BODY_WORDS and doc[j].is_title), None)
        span = doc[tok.i + 1:body + 1] if body is not None else None
        if span is None or not commas or not ands or doc[body - 1].lower_ == "and" \
                or any(doc[k + 1].text in (",", "and") or not doc[k + 1].is_title
                       for k in range(span.start, span.end - 1) if doc[k].text == "," or doc[k].lower_ == "and") \
                or any(e.start < span.start < e.end or e.start < span.end < e.end or
                       span.start <= e.start < span.end and e.label_ in ("PERSON", "GPE") for e in ents):
            continue
        ents = [e for e in ents if e.end <= span.start or e.start >= span.end]
        found.append(Span(doc, span.start, span.end, label="ORG"))
    if found:
        doc.ents = ents + found
    return doc


NOT_IN_NAMES = {"GPE", "Government", "LOC", "DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "LAW"}


def repeated_names(doc):
    """ "Tools for Humanity" told twice or more: capitalised words joined by "for" or "of" that the story
    repeats word for word name one body, however the model cut them ("Tools" a man, "Humanity" nothing).
    Not a title ("Minister for Sport"), nor words the gazetteer or a place already holds."""
    titles = lexicon().titles
    seen: dict[str, list[tuple[int, int]]] = {}
    for tok in doc:
        if tok.lower_ not in ("for", "of") or not 0 < tok.i < len(doc) - 1 or title_cased(tok.sent):
            continue
        start, end = tok.i, tok.i + 1
        while start > tok.sent.start and start > tok.i - 3 and _plain_capital(doc[start - 1]):
            start -= 1
        while end < tok.sent.end and end < tok.i + 4 and _plain_capital(doc[end]):
            end += 1
        if start == tok.i or end == tok.i + 1 or doc[start].lower_ in titles or doc[start].lower_ == "the":
            continue
        if any(e.start < end and start < e.end and (e.start < start or e.end > end) for e in doc.ents):
            continue  # part of a longer name
        seen.setdefault(doc[start:end].text, []).append((start, end))
    found: list[Span] = []
    for s, e in sorted(se for spans in seen.values() if len(spans) >= 2 for se in spans):
        if not any(x.start == s and x.end == e for x in doc.ents) and not (found and found[-1].end > s):
            found.append(Span(doc, s, e, label="ORG"))  # "A for B of C": "A for B" and "B of C" cannot both be
    if found:
        doc.ents = [e for e in doc.ents if not any(f.start <= e.start and e.end <= f.end for f in found)] + found
    return doc


def _plain_capital(tok) -> bool:
    return tok.is_title and tok.is_alpha and not tok.ent_id_ and tok.ent_type_ not in NOT_IN_NAMES


def _name_word(tok, taken: set[int]) -> bool:
    return tok.i not in taken and tok.is_title and tok.is_alpha and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def hyphenated_names(doc):
    """ "Assemblymember Rebecca Bauer-Kahan": a name followed, with no space, by a hyphen and a capitalised
    word is one name with it, whatever the model made of the second half ("Bauer-Kahan" alone, read as a firm
    "Bauer", is the one name too)."""
    ents = list(doc.ents)
    joined = {}
    for e in ents:
        end = e.end
        if e.label_ != "PERSON" and (e.label_ not in ("ORG", "GPE") or len(e) > 1) or end + 1 >= len(doc) \
                or doc[end].text not in ("-", "\u2010", "\u2011") \
                or doc[end - 1].whitespace_ or doc[end].whitespace_ or not doc[end + 1].is_alpha \
                or not doc[end + 1].is_title and not _given_name_end(e, doc[end + 1]):
            continue
        joined[e.start] = Span(doc, e.start, end + 2, label=e.label_)  # "Bauer" taken for a firm, too
    if not joined:
        return doc
    out = [joined.get(e.start, e) for e in ents]
    cut = {i for span in joined.values() for i in range(span.start, span.end)}
    doc.ents = [e for e in out if e.start in joined or not cut & set(range(e.start, e.end))]
    return doc


def _given_name_end(e, tok) -> bool:
    """ "Min Byoung" + "-" + "dug": the lower-case second syllable of a Korean given name, after a short family
    name and the given name's first syllable (not "Musk" + "-owned")."""
    return e.label_ == "PERSON" and len(e) == 2 and len(e[0]) <= 5 and e[0].is_title and tok.is_lower \
        and 2 <= len(tok) <= 6 and not tok.lower_.endswith(("ed", "ing", "era", "like", "style", "run"))


def _set_off_as_group(doc, e) -> bool:
    """ "Business Mauritius, the main private-sector lobby, ...": a capitalised word that modifies the country
    and a group noun ("lobby", "association") set off after the pair."""
    word = doc[e.start - 1]
    aside = next((c for c in e.root.children if c.dep_ == "appos" and c.i > e.end), None)
    return word.is_title and word.is_alpha and not word.ent_type_ and word.dep_ == "compound" \
        and word.head.i == e.start and word.lower_ not in lexicon().titles and word.lower_ not in lexicon().demonyms \
        and aside is not None and lexicon().groups.get(aside.lemma_.lower()) in ("Lobbyist", "Organization", "Firm")


def body_for_the(doc):
    """ "the Regulatory Authority" + "for the" + "Media": a body the model cut before the "for the" or "of the"
    that names its remit is one body with it."""
    ents, out = list(doc.ents), []
    i = 0
    while i < len(ents):
        e, nxt = ents[i], ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and e.label_ == "ORG" and nxt.label_ == "ORG" and not e.ent_id_ and not nxt.ent_id_ \
                and e[-1].lower_ in BODY_WORDS and e[-1].is_title and doc[e.end].lower_ in ("for", "of") and (
                    nxt.start == e.end + 2 and doc[e.end + 1].lower_ == "the" and len(nxt) <= 3
                    and all(t.is_title for t in nxt)
                    or nxt.start == e.end + 1 and nxt[0].lower_ == "the" and len(nxt) <= 6 and nxt[1].is_title
                    and all(t.is_title or t.lower_ in ("of", "and") for t in nxt[1:])):  # "the Spanish Agency" +
            # "for" + "the Supervision of Artificial Intelligence"
            out.append(Span(doc, e.start, nxt.end, label="ORG"))
            i += 2
            continue
        end = _remit_for(doc, e, nxt)
        if end is not None:
            out.append(Span(doc, e.start, end, label="ORG"))  # "Agency" + "for Digital" + "Italy"
            i += 1 + (nxt is not None and nxt.end <= end)
            continue
        out.append(e)
        i += 1
    if len(out) < len(ents):
        doc.ents = out
    return doc


def _remit_for(doc, e, nxt) -> int | None:
    """The end of "Agency for Digital Italy (AgID)": a body, "for", capitalised words of its remit the model
    left out, and perhaps a place it labelled alone, named in full just before an acronym or plain word."""
    if e.label_ != "ORG" or e.ent_id_ or e[-1].lower_ not in BODY_WORDS or not e[-1].is_title \
            or e.end + 1 >= len(doc) or doc[e.end].lower_ != "for":
        return None
    titles = lexicon().titles
    end = e.end + 1
    while end < len(doc) and end - e.end <= 3 and doc[end].is_title and doc[end].ent_type_ == "" \
            and doc[end].lower_ not in titles:
        end += 1
    if end == e.end + 1:
        return None
    if nxt is not None and nxt.start == end and len(nxt) <= 2 and all(t.is_title for t in nxt):
        end = nxt.end
    return end if end < len(doc) and not doc[end].is_title else None


def possessive_bodies(doc):
    """ "The Journalists' Union criticized ...": a capitalised plural, its apostrophe and a capitalised body's
    word ("Union", "Guild", "Federation") that the model left unlabelled name one body."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    found = []
    for tok in doc[2:]:
        owner, mark = doc[tok.i - 2], doc[tok.i - 1]
        if tok.is_title and tok.lower_ in BODY_WORDS and mark.text in ("'", "’") and mark.tag_ == "POS" \
                and owner.is_title and owner.lower_.endswith("s") and owner.is_alpha \
                and not taken & {owner.i, mark.i, tok.i}:
            found.append(Span(doc, owner.i, tok.i + 1, label="ORG"))
    if found:
        doc.ents = list(doc.ents) + found
    return doc


def united_parties(doc):
    """ "Ziobro leads United Poland": "United" before a country the gazetteer tagged (and did not take in, as
    it does "United States") names a party, an organisation, not the country; so does a word before a country
    when a group noun sets the pair off ("Business Mauritius, the main private-sector lobby")."""
    out, changed = [], False
    for e in doc.ents:
        united = e.start > 0 and doc[e.start - 1].text == "United"
        alone = united and (not doc[e.start - 1].ent_type_ or out and out[-1].start == e.start - 1 == out[-1].end - 1
                            and not out[-1].ent_id_)  # the model may take "United" for a place of its own
        start = e.start - 1 if e.ent_id_.startswith("gov.") and len(e) == 1 and e.start > 0 \
            and (alone or _set_off_as_group(doc, e)) else _named_with_country(doc, e)
        if start is not None:
            if out and out[-1].end == e.start:
                out.pop()
            out.append(Span(doc, start, e.end, label="ORG"))
            changed = True
        else:
            out.append(e)
    if changed:
        doc.ents = out
        for span in out:
            if span.label_ == "ORG":
                for t in span:
                    t.ent_id_ = ""
    return doc


PLACE_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
               "rural", "regional", "coastal", "inner", "outer", "upper", "lower", "new", "old", "mainland", "modern"}


def _named_with_country(doc, e) -> int | None:
    """The start of "Responsible Wagering" + "Australia": two or three capitalised words that the model left
    unlabelled and that hang on a country's name make, with it, the name of a body (a lobby, not the country)."""
    if not e.ent_id_.startswith("gov.") or len(e) != 1 or title_cased(e.sent):
        return None
    start = e.start
    while start > e.sent.start and e.start - start < 3:
        word = doc[start - 1]
        if not ((word.is_title or word.is_upper and len(word) > 1) and word.is_alpha and not word.ent_type_
                and word.dep_ in ("compound", "amod")
                and start <= word.head.i <= e.start and word.lower_ not in lexicon().titles
                and word.lower_ not in lexicon().demonyms and word.lower_ not in PLACE_WORDS):
            break
        start -= 1
    return start if e.start - start >= 2 else None


def dateline_dates(doc):
    """A dateline's date the model runs into the first words after the dash ("Sept. 25, 2025 - Parliament"):
    the date ends at the dash, and capitalised words after it are a name of their own."""
    kept, changed = [], False
    for e in doc.ents:
        dash = next((t.i for t in e if t.text in ("-", "–", "—") and t.i > e.start and doc[t.i - 1].whitespace_
                     and t.whitespace_ and t.i + 1 < e.end and doc[t.i + 1].is_title), None) \
            if e.label_ == "DATE" else None
        if dash is not None:
            kept.append(Span(doc, e.start, dash, label="DATE"))
            if all(t.is_title for t in doc[dash + 1:e.end]) and (e.end == len(doc) or doc[e.end].is_lower):
                kept.append(Span(doc, dash + 1, e.end, label="ORG"))  # "Parliament passed", typed by its words
                # (not "Polish" before "President Karol Nawrocki")
            changed = True
        else:
            kept.append(e)
    if changed:
        doc.ents = kept
    return doc


NATIVE_COUNTRY_NAMES = {"Deutschland", "España", "Italia", "Nederland", "Polska", "Brasil", "México", "Schweiz",
                        "Österreich", "Suisse", "Sverige", "Norge", "Danmark", "Suomi", "Česko"}


def native_country_bodies(doc):
    """ "Brasil Audiovisual Independente": a country's own name for itself, followed by capitalised words the
    model left unlabelled, opens the name of a body (the model took "Brasil" for a person or a place)."""
    kept, changed = [], False
    for e in doc.ents:
        end = e.end
        while len(e) == 1 and e.text in NATIVE_COUNTRY_NAMES and end < len(doc) and end < e.end + 4 \
                and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_:
            end += 1
        if end > e.end:
            kept.append(Span(doc, e.start, end, label="ORG"))
            changed = True
        else:
            kept.append(e)
    if changed:
        doc.ents = kept
    return doc
