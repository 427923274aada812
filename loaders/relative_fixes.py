"""Repairs to relative clauses the small model parses badly, run after the parser.

"vetoed a law that would have legalised cryptocurrencies": the parser hangs "that would have" on an
auxiliary and reads "legalised" as an adjective of "cryptocurrencies", so the law loses the clause that
says what it is. The clause is put back on the noun before "that".
"""

from __future__ import annotations

RELATIVES = {"that", "which"}
MODALS = {"would", "could", "might", "will", "should", "may"}


def would_have_relative(doc):
    for verb in doc:
        if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or verb.head.i <= verb.i:
            continue
        have = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "have"), None)
        if have is None:
            continue
        words = list(verb.children) + list(have.children)
        subject = next((c for c in words if c.dep_ == "nsubj" and c.lower_ in RELATIVES), None)
        modal = next((c for c in words if c.dep_ == "aux" and c.lower_ in MODALS), None)
        noun = doc[subject.i - 1] if subject is not None and subject.i > 0 else None
        if modal is None or noun is None or noun.pos_ not in ("NOUN", "PROPN") or not subject.i < modal.i < have.i:
            continue
        obj = verb.head
        for c in list(have.children):  # "that", "would" hung on "have": the verb's, as the auxiliary is
            c.head = verb
        verb.head, verb.dep_, verb.pos_ = noun, "relcl", "VERB"
        obj.head, obj.dep_ = verb, "dobj"  # "cryptocurrencies", what the law would have legalised
    return doc
