"""Where a described measure's words end: the object of the clause that tells it ("a proposal to introduce |
a digital services tax"), before a date that leads a relative clause ("a bill | last year that ..."), and
never into how a vote went ("by 512 votes") or how long something lasted ("for much of the year")."""

from __future__ import annotations

TALLIES = {"vote", "margin", "majority", "tally"}  # "threw out the regulation on X | by 512 votes to 40"
SHARES = {"most", "much", "all", "part", "half", "rest", "some", "end", "start", "bulk"}


def measure_object_end(verb, lex) -> int:
    """Where the measure a clause's verb acts on ends: "a proposal to introduce | a digital services tax",
    "a plan to decide on | a new ride-hailing law"; 0 when it acts on none."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return max((o.i + 1 for o in objs if o.lemma_.lower() in lex.measure_heads and o.i < verb.i + 12), default=0)


def ends_before_relative(doc, start: int) -> bool:
    """Whether the date entity starting at ``start`` is followed by a relative clause: "last year | that"."""
    end = start
    while end < len(doc) and doc[end].ent_type_ == "DATE" and (end == start or doc[end].ent_iob_ == "I"):
        end += 1
    return end < len(doc) and doc[end].lower_ in ("that", "which")


def share_of(tok) -> list:
    """What a share word is a share of: "most of | the year", "some of | these changes"; [] for other words."""
    if tok.lower_ not in SHARES:
        return []
    return [o for g in tok.children if g.dep_ == "prep" and g.lower_ == "of" for o in g.children if o.dep_ == "pobj"]


def share_of_time(tok) -> bool:
    """ "much of the year", "most of last winter": a stretch of time, however the model tagged its head."""
    return any(o.ent_type_ in ("DATE", "TIME") for o in share_of(tok))
