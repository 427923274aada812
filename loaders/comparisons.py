"""Described measures that are not one of their own: what a story compares its measure with (another place's
law, "the privacy law Connecticut passed"; a superlative picked out of a kind, "some of the strongest
protections in the country") and what a speaker calls a measure already named ("dismissed the legislation as
a cover-up bill", "what critics called an internet toll"). Used by nouns.py when it reads a measure noun."""

from __future__ import annotations

# Verbs that pin a label on what they name: "dismissed the legislation as a 'cover-up bill'".
LABELLING = {"call", "describe", "label", "dub", "brand", "term", "dismiss", "denounce", "decry", "deride", "condemn",
             "slam", "criticise", "criticize", "characterise", "characterize", "portray", "attack"}
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
    partitive = head.lower_ == "of" and head.head.lower_ in ("some", "one", "many", "few", "several")
    if tok.dep_ == "dobj" and head.dep_ in ("acl", "relcl") and any(c.lower_ in ("a", "an") for c in tok.lefts):
        kind = head.head  # "one of the region's most ambitious attempts to write a risk-based AI law": the
        return ranked_among(kind, [c for c in kind.lefts if c.dep_ == "amod"])  # attempt is ranked, the law generic
    return superlative and tok.dep_ == "pobj" and (head.lower_ == "among" or partitive)


def labelled(tok, lex) -> bool:
    """A label pinned on something the verb names: "dismissed the legislation as a 'cover-up bill'", "called
    the law a gag order"."""
    verb = _naming_verb(tok)
    if verb is not None and verb.dep_ == "dobj":
        verb = verb.head  # "dismissed [the legislation as a cover-up bill]", as the parser may group it
    return verb is not None and verb.lemma_.lower() in LABELLING and any(  # not "which critics call", nor
        c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in lex.measure_heads)  # "the decision"
        for c in verb.children)


def so_called(tok) -> bool:
    """The noun a speaker gives to something already in hand: "what they called an internet toll",
    "what critics described as a tax on innovation"."""
    verb = _naming_verb(tok)
    return verb is not None and verb.lemma_.lower() in ("call", "describe", "label", "dub", "brand", "term") \
        and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in verb.children)


def _naming_verb(tok):
    """The verb that gives a noun as a name: "called it [a gag order]", "described it as [a tax]"."""
    if tok.dep_ == "oprd":
        return tok.head
    return tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None


def besides(tok) -> bool:
    """A measure told as one another is added to: "on top of a 50 percent tariff", "in addition to the ban"."""
    prep = tok.head
    if tok.dep_ != "pobj":
        return False
    if prep.lower_ in ("besides", "alongside"):
        return True
    return prep.lower_ == "of" and prep.head.lower_ == "top" and prep.head.head.lower_ == "on" \
        or prep.lower_ == "to" and prep.head.lower_ == "addition" and prep.head.head.lower_ == "in"
