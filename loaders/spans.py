"""The Mention record and the small text helpers every mention rule shares."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policygraph.loaders.lexicon import Lexicon

DASHES = ("-", "–", "—", "--")


@dataclass
class Mention:
    """A stretch of tokens that names, describes or points back to an actor or a measure."""

    start: int
    end: int
    type: str
    name: str
    kind: str                  # named | described | group | anaphor | pronoun
    head: int
    gaz: str | None = None
    title: str | None = None   # "senator", "chief executive"...
    role_org: int | None = None  # head token of the organisation named in the title ("Nvidia CEO ...")
    in_title: bool = False     # an organisation that only qualifies a person's title
    plural: bool = False
    attrs: dict = field(default_factory=dict)
    entity: str | None = None  # key of the resolved entity, set by coref
    refs: list[str] = field(default_factory=list)  # for plural anaphora: several entities

    @property
    def span(self) -> range:
        return range(self.start, self.end)


def doc_text(doc) -> str:
    """The parsed text, kept with the parse: spaCy joins every token again each time ``doc.text`` is read."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def is_heading(sent, longest: int = 16) -> bool:
    """A headline or subheading: a short line of its own with no closing punctuation."""
    text = sent.text.strip()
    if not text or text[-1] in ".!?\"'”’:;)" or len(sent) > longest:
        return False
    full = doc_text(sent.doc)
    before = full[max(0, sent.start_char - 1): sent.start_char]
    after = full[sent.end_char: sent.end_char + 1]
    return before in ("", "\n") and after in ("", "\n", " \n") or "\n" in sent.text


def is_headline(sent) -> bool:
    """The document's first line: a heading whose verbs are read (\"Regulator shelves platform bill\")."""
    full = doc_text(sent.doc)
    return sent.start_char == len(full) - len(full.lstrip()) and is_heading(sent, 16 + sent[-1].is_space)
    # (the blank line after it is no word of the headline)


def cut_headline_verb(m: Mention, doc, statuses) -> None:
    """ "Data bill pulled from committee as police-backed amendment splits senators": a headline's
    participle of change after a described measure is the headline's verb, no part of the description."""
    cut = [c.i for c in doc[m.head].rights if c.dep_ == "acl" and c.tag_ == "VBN"
           and c.lemma_.lower() in statuses and m.head < c.i < m.end]
    if m.type == "Measure" and m.kind == "described" and cut:
        m.end = cut[0]
        m.name = doc[m.start:m.end].text


def dateline_place(span) -> bool:
    """An all-capitals place opening a dateline: "STRASBOURG, 12 February 2025 -", "MUMBAI - The court ..."."""
    doc = span.doc
    if len(span) > 1 and span[-1].text in DASHES:
        span = span[:-1]  # the model took the dash into the name: "DHAKA -"
    end = span.end
    while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
        end += 1  # "KUALA | LUMPUR -": the model named only the first word
    if not span.text.isupper() or span.start != span.sent.start or end >= len(doc):
        return False
    if doc[end].text in DASHES:
        return not span.ent_id_  # not a known body: "NASA - The agency said"
    if doc[end].text != ",":
        return False
    after = doc[end + 1:end + 6]
    dash = next((t.i for t in after if t.text in DASHES and t.whitespace_), None)  # "ALBANY, N.Y. - A bill"
    return any(t.ent_type_ == "DATE" for t in doc[end:end + 5]) or dash is not None and not span.ent_id_ and all(
        t.ent_type_ in ("GPE", "LOC", "Government") or t.is_punct for t in doc[end + 1:dash])


def headline_verb(tok, lex: Lexicon) -> str | None:
    """The status verb of a headline that the parser took for a noun ("regulator shelves platform bill"), or
    the status phrase it begins ("India's 1% tax on crypto trades kicks in" -> "kick in")."""
    word = tok.lower_
    if not word.endswith("s") or tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NNS", "NNPS", "VBZ"):
        return None
    after = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
    stems = [word[:-1], word[:-2]] + ([word[:-3] + "y"] if word.endswith("ies") else [])  # "buries": "bury"
    return next((w for w in stems if w in lex.statuses), None) or next(
        (f"{w} {after}" for w in stems if f"{w} {after}" in lex.status_phrases), None)


def _hyphen_start(doc, i: int) -> int:
    """The first token of the hyphenated word that ends at token ``i`` ("click-to-cancel")."""
    j = i
    while j - 2 >= 0 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_:
        j -= 2
    return j


def _clean_name(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:\"'“”‘’()")
    if text.count("(") > text.count(")") and re.search(r"(?<=\S)\([^()\s]*$", text) and not text.endswith("("):
        text += ")"  # "Section 79(3)(b)": the closing bracket of a name's last part is its own
    text = re.sub(r"(?<=[^sS\s])['’](?=\s)|[“”\"]", "", text)  # "angel tax' on startup funding": a quote's
    # closing mark left inside (not the possessive of "riders' law")
    text = re.sub(r"\s+(?:what|which|whom|how)$", "", text)  # "law punishing the spread of what (officials deem)"
    text = re.sub(r"\s+(?:of|the|and|for|at|in|from|on)$", "", text)  # "Clare Holt of" (a name cut short)
    text = re.sub(r"^(?:of|for|and|at(?!\s+(?:least|most)\b)|in|from|on|by)\s+", "", text)  # "for Electronics" (a
    # title's tail), but "at least four courts" keeps its "at"
    text = re.sub(r"(?:'s|’s)$", "", text).strip()
    return re.sub(r"^(?:the|The|a|an|An|A)\s+", "", text)


ALIAS_VERBS = {"know", "call", "dub", "refer", "name", "nickname", "brand", "title"}


ALIAS_ADVERBS = {"usually", "commonly", "widely", "also", "often", "popularly", "informally", "officially",
                 "formally", "generally", "better", "simply"}


def alias_of(tok, start: int | None = None):
    """The token a name is given to: "the Framework for AI Diffusion, widely known as the AI Diffusion
    Rule" -> "Framework"; "a law dubbed the Online Safety Act" -> "law". None for ordinary tokens.
    ``start``, the first token of the name, lets the words before it decide when the parse does not."""
    if tok.dep_ == "appos":
        return tok.head
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head \
        if tok.dep_ in ("oprd", "dobj", "attr") else None
    if verb is not None and verb.lemma_.lower() in ALIAS_VERBS and verb.dep_ in ("acl", "relcl") \
            and verb.tag_ == "VBN":
        return verb.head
    if verb is not None and verb.lemma_.lower() in ALIAS_VERBS and verb.dep_ == "relcl" and any(
            c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
        return verb.head  # "LB 67, which its sponsor calls the Fair Repair Act": one measure, two names
    if verb is not None and verb.lemma_.lower() in ALIAS_VERBS and verb.tag_ == "VBN":
        subject = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if subject:  # "The statute, SB 24-205, is known around the Capitol as the Colorado AI Act"
            return subject[0]
        if verb.dep_ == "advcl" and verb.i < verb.head.i:  # "Dubbed the 'X' by critics, the law was passed"
            subject = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i]
            if subject:
                return subject[0]
    return _alias_by_words(tok.doc, start) if start is not None else None


def _alias_by_words(doc, start: int):
    """ "X, usually called the Y," and "X, known as Y": the word before the comma, read from the surface
    (the parser often takes such a "called" for the sentence's main verb)."""
    i = start - 1
    if doc[start].lower_ in ("the", "a", "an"):
        pass
    elif i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "known":
        i -= 1
    if i < 0 or doc[i].tag_ not in ("VBN", "VBD") or doc[i].lemma_.lower() not in ALIAS_VERBS:
        return None
    i -= 1
    while i >= 0 and doc[i].lower_ in ALIAS_ADVERBS:
        i -= 1
    if i >= 1 and doc[i].text == "," and doc[i].sent.start < i:
        return doc[i - 1]
    return None


LEGAL_SUFFIXES = {"inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc", "plc", "ag", "sa",
                  "nv", "se", "incorporated", "limited"}
NAME_TAILS = {"communications", "technologies", "technology", "platforms", "systems", "holdings", "group",
              "international", "semiconductor", "electronics", "mobile"}


def corporate_tail(doc, end: int) -> int:
    """The end of a firm's legal name after the part the gazetteer knows: "AT&T | Inc", "Verizon |
    Communications Inc", "TikTok | Technology" where no other name goes on; unchanged otherwise."""
    i = end
    while i < len(doc) and i < end + 3 and doc[i].lower_ in NAME_TAILS and doc[i].is_title:
        i += 1
    if i < len(doc) and doc[i].lower_ in LEGAL_SUFFIXES and (doc[i].is_title or doc[i].is_upper):
        return i + 1
    if i > end and (i == len(doc) or not (doc[i].is_title or doc[i].is_upper) or doc[i].is_punct):
        return i  # "Google Ireland, Meta Platforms Ireland and TikTok Technology asked ..."
    return end


def named_alone(rest, sentence_start: bool) -> bool:
    """Whether the words after a leading common noun are the name: they name it elsewhere on their own
    ("Orion Semiconductor"), or the noun is capitalised only as the sentence's first word and the whole
    never recurs ("Chipmaker Orion Semiconductor"); never "Financial Protection Bureau" or "Lab"."""
    doc, n, word = rest.doc, len(rest), rest[0].nbor(-1)

    def elsewhere(start: int, length: int, text: str) -> list[int]:
        return [i for i in range(len(doc) - length + 1) if i != start and doc[i:i + length].text == text]
    if any(i == 0 or doc[i - 1].lower_ != word.lower_ for i in elsewhere(rest.start, n, rest.text)):
        return True
    return sentence_start and not elsewhere(word.i, n + 1, doc[word.i:rest.end].text)


ACRONYM_WORDS = {"known", "as", "by", "its", "their", "initials", "acronym", "abbreviation"}


def _close_of_or_bracket(doc, at: int) -> int | None:
    """The closing bracket of "(name, or ACRONYM)" opening at token ``at``, if that is what opens there."""
    if at >= len(doc) or doc[at].text != "(":
        return None
    close = next((i for i in range(at + 1, min(at + 12, len(doc))) if doc[i].text == ")"), None)
    return close if close and close - 3 > at and doc[close - 2].lower_ == "or" and doc[close - 3].text == "," else None


def _acronym_at(doc, m: Mention) -> int | None:
    """Where an organisation's acronym follows its name: "X (IMSS)", "X, or AEEPP,", "X, known by its
    Spanish initials AEDE"."""
    at = m.end
    if at + 2 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")":
        return at + 1
    close = _close_of_or_bracket(doc, at)
    if close:
        return close - 1  # "(Gesellschaft für Freiheitsrechte, or GFF)"
    if at + 2 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ == "or" \
            and (at + 3 == len(doc) or doc[at + 3].is_punct) \
            and (len(doc[m.start:at]) >= 2 or doc[at + 2].text[:1] == doc[m.start].text[:1]):  # "Kuomintang, or KMT"
        return at + 2
    if at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ == "known":
        for i in range(at + 2, min(at + 8, len(doc))):
            if doc[i].is_upper and doc[i].is_alpha:
                return i
            if doc[i].lower_ not in ACRONYM_WORDS and doc[i].ent_type_ not in ("NORP", "LANGUAGE"):
                return None
    return None


def bracketed_acronyms(doc, mentions: list[Mention]) -> None:
    """An organisation's acronym right after its name is that organisation, whatever its letters:
    "the Mexican Social Security Institute (IMSS)" (Spanish order), not a firm of its own."""
    starting = {m.start: m for m in mentions if m.kind == "named"}
    for m in mentions:
        if m.kind not in ("named", "anaphor") or m.type not in ("Firm", "Agency", "Organization", "Government"):
            continue
        at = _acronym_at(doc, m)
        short = starting.get(at) if at is not None else None
        worded = short is not None and doc[at].is_title and short.attrs.get("weak") and at + 1 < len(doc) \
            and doc[at + 1].text == ")" and short.type in ("Firm", "Organization", "Agency")  # "(Abit)", "(Anatel)"
        capitals = at is not None and (doc[at].is_upper or sum(ch.isupper() for ch in doc[at].text) >= 2)  # "TfL"
        if short and short.end == at + 1 and (capitals or worded) and len(doc[at]) >= 2:
            short.type = m.type
            m.attrs.setdefault("acronyms", []).append(short.name)
        elif at is not None and not short and capitals and doc[at].is_alpha and len(doc[at]) >= 2:
            m.attrs.setdefault("acronyms", []).append(doc[at].text)  # one the model left untagged, for later use
        close = _close_of_or_bracket(doc, m.end)
        if close:  # "the Society for Civil Rights (Gesellschaft für Freiheitsrechte, or GFF)": its own-language
            for inner in mentions:  # name and its acronym
                if inner.kind == "named" and m.end < inner.start and inner.end <= close and inner.type != "Measure":
                    inner.type = m.type
                    m.attrs.setdefault("acronyms", []).append(inner.name)


PRODUCT_NOUNS = {"line", "phone", "device", "model", "product", "laptop", "tablet", "console", "handset", "range"}


def _owned(tok) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)


def product(doc, m: Mention) -> bool:
    """A firm's own product, not a firm: "its Assistant", "its Gemini AI app" (a guess of the model's, or a
    product noun with "its" or "their"); "its iPad Pro and MacBook lines"."""
    tok = doc[m.head]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if m.type == "Firm" and m.kind == "named" and tok.dep_ in ("compound", "nmod") \
            and tok.head.lemma_.lower() in PRODUCT_NOUNS and _owned(tok.head):
        return True
    return m.type == "Firm" and _owned(doc[m.head]) and (
        m.kind == "named" and m.attrs.get("weak") or m.kind == "anaphor" and m.name.lower() in ("app", "service", "platform"))


PARTY_WORDS = {"democrat", "republican", "independent", "senator", "congressman", "congresswoman",
               "representative", "delegation"}


def party_place(doc, m: Mention) -> bool:
    """A place named as a lawmaker's home: "a Nevada Democrat", "Ohio Republican JD Vance", "an Oakland
    Democrat". It places a person, not the story, and acts in nothing."""
    return bool({doc[m.head].head.lemma_.lower(), doc[m.end:m.end + 1].lemma_.lower()} & PARTY_WORDS)


def whole_sentences(parsed) -> dict[int, tuple[int, int]]:
    """Sentence start -> the character span of the whole sentence it belongs to, where the parser cut one in
    pieces at a bracket or mid-phrase ("... implementing the Cybercrimes | (Amendment) Act 2024, which ..."):
    a piece that opens with a bracket or a lower-case word after a piece with no closing stop joins it."""
    groups: list[list] = []
    text_of = parsed.text  # built once: Doc.text joins every token
    for sent in parsed.sents:
        text = text_of[sent.start_char:sent.end_char].strip()
        previous = text_of[groups[-1][-1].start_char:groups[-1][-1].end_char].rstrip() if groups else ""
        gap = text_of[groups[-1][-1].end_char:sent.start_char + 1] if groups else ""
        if groups and text and (text[0] == "(" or text[0].islower()) and previous \
                and previous[-1] not in ".!?\"”’:" and "\n\n" not in gap:
            groups[-1].append(sent)
        else:
            groups.append([sent])
    return {s.start_char: (g[0].start_char, g[-1].end_char) for g in groups for s in g}


def dated(prep) -> bool:
    """A preposition that only tells when: "on Aug. 14", "in May", "last year"."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return prep.dep_ in ("prep", "npadvmod") and bool(objects) and all(g.ent_type_ in ("DATE", "TIME") for g in objects)
