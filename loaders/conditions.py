"""Clauses that set a condition still to be met: "once the president signs it", "until the repeal is passed
again", "as soon as countries agree". A change told in such a clause, or waiting on one, has not happened."""

from __future__ import annotations

CONDITIONS = {"once", "if", "unless", "when"}


def condition(clause, marks: set[str]) -> bool:
    """A clause opened by "once", "if", ... and not in the past: a condition still to be met. The model
    sometimes tags its verb as a noun ("unless the Parliament and the Council persuade ...")."""
    present = clause.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                           for c in clause.children)  # "until the repeal is passed again"
    return (present or clause.tag_ not in ("VBD", "VBN", "VBG")) \
        and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def waits(v) -> bool:
    """Whether ``v`` waits on a condition: "once the deal takes effect", "as soon as countries agree"."""
    clauses = [c for c in v.children if c.dep_ == "advcl"]
    clauses += [c for a in v.children if a.dep_ == "advmod" and a.lower_ in ("soon", "long")
                for c in a.children if c.dep_ == "advcl"]
    return any(condition(c, CONDITIONS | {"as"}) for c in clauses)
