"""Repairs to relative clauses the small model parses badly, run after the parser.

"vetoed a law that would have legalised cryptocurrencies": the parser hangs "that would have" on an
auxiliary and reads "legalised" as an adjective of "cryptocurrencies", so the law loses the clause that
says what it is. The clause is put back on the noun before "that". And the verb after a clause on a
subject, which the parse may hang on the clause ("X, whose members include Y, lobbied for it").
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


def after_clause_on(root):
    """ "The Blockchain Association, whose members include local exchanges, lobbied for it": the verb after
    the comma that closes a clause on the subject, which the parse hung on that clause's last noun."""
    doc = root.doc
    for clause in root.rights:
        if clause.dep_ not in ("relcl", "appos"):
            continue
        for t in clause.subtree:
            if t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") and t.i > clause.i and doc[t.i - 1].text == "," \
                    and t.head.i < t.i - 1 and not any(c.dep_ in ("nsubj", "aux", "auxpass", "agent")
                                                       for c in t.children):
                return t
    return None
