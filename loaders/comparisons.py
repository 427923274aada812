"""Measures a story only compares its own with: another place's law ("the privacy law Connecticut passed",
"the laws on the books in other states") and a superlative picked out of a kind ("some of the strongest
protections in the country"). Used by nouns.py when it reads a described measure."""

from __future__ import annotations

PLACES = {"state", "country", "jurisdiction", "nation"}


def elsewhere(tok) -> bool:
    """A measure said to be another place's ("the privacy law Connecticut adopted", "the privacy laws on the
    books in other states", "other states' laws"): never the one the story is about."""
    for c in tok.children:
        if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.ent_type_ in ("Government", "GPE") for g in c.children):
            return True
        if c.dep_ == "poss" and c.lemma_.lower() in PLACES and any(g.lower_ == "other" for g in c.children):
            return True  # "other states' laws"
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and after.ent_type_ in ("Government", "GPE") and after.dep_ == "nsubj" \
            and after.head.dep_ == "relcl":
        return True  # "a bill closer to the privacy law | Connecticut passed", the clause hung on the bill
    for t in doc[tok.i + 1:min(tok.i + 9, tok.sent.end - 1)]:
        if t.is_punct:
            break
        if t.lower_ == "other" and doc[t.i - 1].lower_ == "in" and doc[t.i + 1].lemma_.lower() in PLACES:
            return True  # (the parser may hang "on the books in other states" on the verb)
    return False


def ranked_among(tok, mods) -> bool:
    """A superlative picked out of a kind ("some of the strongest protections", "among the toughest rules"):
    a comparison, not one measure."""
    superlative = any(t.tag_ == "JJS" or t.lower_ in ("most", "least") for m in mods for t in m.subtree)
    head = tok.head
    return superlative and tok.dep_ == "pobj" and (head.lower_ == "among" or head.lower_ == "of" and head.head.lower_ in (
        "some", "one", "many", "few", "several"))
