"""Which of a sentence's dates belong to the word that states a change.

"Trump revoked the order that Biden signed in 2023" dates the signing, not the revocation: a date
inside a relative clause or a participle phrase on a measure, whose verb states a change of its own
("the law, passed in 2019, was struck down"), tells of that change; so does a date in a measure's
name ("Regulation No. 82 of 2012"). Clauses on other nouns often retell the same event ("halted by
the court, which on Monday granted an interdict"), so they keep their dates, except a clause on a person
("signed by X, who took charge in February"): that is the person's own story. Otherwise only verbs are judged:
when the change is told by a noun ("the draft bill, released in March"), the clause on it may be the
change itself.

>>> import spacy
>>> DateScope(spacy.blank("en")("no parse here"), {"sign"}).out_of_scope(0, 3)
False
"""

from __future__ import annotations

from bisect import bisect_right

OWN_CLAUSE = ("relcl", "acl")  # a clause that describes a noun tells its own event


def token_at(parsed, char: int):
    """The token covering character offset ``char`` (the one starting at or before it)."""
    span = parsed.char_span(char, min(char + 1, len(parsed.text)), alignment_mode="expand")
    if span is not None and len(span):
        return span[0]
    return parsed[max(bisect_right([t.idx for t in parsed], char) - 1, 0)]


def _path_up(tok, stop) -> list:
    """Tokens from ``tok`` up to, not including, ``stop``."""
    out = []
    while tok.i != stop.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _lowest_common(a, b):
    above = {a.i}
    t = a
    while t.head.i != t.i:
        t = t.head
        above.add(t.i)
    t = b
    while t.i not in above and t.head.i != t.i:
        t = t.head
    return t if t.i in above else None


TEMPORAL = {"before", "after", "until", "since"}  # a clause with a time of its own


def _future(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)


class DateScope:
    """Judges, for one parsed document, which dates belong to a change.

    ``changes``: lemmas of verbs that state a change of status; ``measures``: (start, end) token
    spans of the measures the document names or describes."""

    def __init__(self, parsed, changes, measures: list[tuple[int, int]] = ()):
        self.parsed = parsed
        self.changes = changes
        self.measures = list(measures)
        self.ok = len(parsed) > 0 and parsed.has_annotation("DEP")

    def _measure_at(self, i: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self.measures if a <= i < b), None)

    def out_of_scope(self, anchor: int, date_char: int) -> bool:
        """Whether the date at ``date_char`` tells of another change than the verb at ``anchor``: it
        is part of a measure's name ("Regulation No. 82 of 2012", "the 2019 law"), or it sits in a
        clause on a measure whose verb states a change ("revoked the order that Biden signed in 2023")."""
        if not self.ok:
            return False
        word, date = token_at(self.parsed, anchor), token_at(self.parsed, date_char)
        top = _lowest_common(word, date)
        path = _path_up(date, top) if top is not None else []
        if any(t.dep_ == "relcl" and t.head.ent_type_ == "PERSON" and t.head.i != word.i for t in path):
            return True  # "signed by Acting Director X, who has moved to shrink the agency since taking charge in
            # February": the person's own story
        if word.pos_ == "NOUN":  # "The delay applies to the decree, which Hun Sen signed on Feb. 16": the
            return any(t.dep_ == "relcl" and t.lemma_.lower() in self.changes  # signing's date, not the delay's
                       and t.head.i != word.i and self._on_measure(t) for t in path)
        if word.pos_ not in ("VERB", "AUX"):
            return False
        span = self._measure_at(date.i)
        if span is not None and not span[0] <= word.i < span[1]:
            return True
        if top is None or top.i == date.i:
            return False
        if any(t.dep_ == "advcl" and t.i != word.i and any(c.dep_ == "mark" and c.lower_ in TEMPORAL
                                                            for c in t.children) for t in path):
            return True  # "blocked the law days before it was due to take effect on July 1": the other event's
        if any(t.dep_ == "conj" and t.pos_ == "VERB" and t.lemma_.lower() in self.changes and _future(t) != _future(word)
               for t in path + [word]):
            return True  # "halves the tariff and will scrap it in January": each verb its own time
        return any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.changes and t.i != word.i
                   and self._on_measure(t) for t in path)

    def _on_measure(self, verb) -> bool:
        """Whether ``verb`` heads a clause describing a measure: a relative clause or participle on it,
        or one right after it that the parse hung on the main verb: a "that" clause ("revoked the
        Cloud Order that her predecessor signed in 2021") or a participle set off by a comma ("struck
        down the Platform Act, passed in 2019, on Tuesday")."""
        if verb.dep_ in OWN_CLAUSE:
            return self._measure_at(verb.head.i) is not None
        first = verb.left_edge
        if verb.dep_ == "ccomp" and first.lower_ in ("that", "which"):
            return first.i > 0 and self._measure_at(first.i - 1) is not None
        return verb.dep_ == "advcl" and verb.tag_ == "VBN" and first.i == verb.i and first.i > 1 \
            and verb.doc[first.i - 1].text == "," and self._measure_at(first.i - 2) is not None

    def dates(self, anchor: int, dates: list[tuple[str, int, int]], offset: int) -> list[tuple[str, int, int]]:
        """``dates`` (offsets relative to a sentence starting at ``offset``) less those out of scope, and
        less those of a coordinated change when the verb has a date of its own: "passed by Parliament in
        September and signed in October" dates the signing October ("passed and signed it on Tuesday": both)."""
        kept = [d for d in dates if not self.out_of_scope(anchor, offset + d[1])]
        if len(kept) < 2 or not self.ok:
            return kept
        word = token_at(self.parsed, anchor)
        sides = [self._sibling(word, token_at(self.parsed, offset + d[1])) for d in kept]
        if word.pos_ in ("VERB", "AUX") and not all(sides) and any(sides):
            return [d for d, side in zip(kept, sides) if not side]
        return kept

    def _sibling(self, word, date) -> bool:
        """Whether ``date`` hangs on a verb coordinated with ``word`` rather than on ``word``."""
        top = _lowest_common(word, date)
        if top is None:
            return False
        if any(t.dep_ == "conj" and t.pos_ == "VERB" and t.i != word.i for t in _path_up(date, top)):
            return True  # the date is in a later conjunct's clause
        return top.i != word.i and word.dep_ == "conj" and word.head.i == top.i and top.pos_ == "VERB"
        # the date is the first conjunct's: "a draft followed on Dec. 1, and the government introduced it on Feb. 10"
