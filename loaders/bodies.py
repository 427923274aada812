"""What kind of body acts on a measure: an executive enacts what it adopts, a legislature or one of its
chambers only passes it, and a court blocks rather than repeals; and where a measure is sent: to a
legislature to pass, or round to governments for their views."""

from __future__ import annotations

# Words in the names of legislatures and their chambers ("the Senate", "the Verkhovna Rada").
CHAMBER_WORDS = ("senate", "house", "parliament", "assembly", "congress", "lords", "commons", "sabha", "bundestag",
                 "bundesrat", "diet", "duma", "sejm", "knesset", "riksdag", "storting", "deputies", "rada", "majlis",
                 "khural", "kenesh", "hluttaw", "saeima", "seimas", "riigikogu", "sabor", "mazhilis", "sangsad")
# Words in the names of tribunals and legislatures: bodies that pass a measure without enacting it
NOT_EXECUTIVE = CHAMBER_WORDS + ("tribunal", "committee", "panel", "legislature", "council", "dáil", "dail", "seanad",
                                 "oireachtas", "folketing", "eduskunta", "althing", "kamer", "nationalrat", "dewan",
                                 "camera")
MINISTRIES = {"department", "ministry", "minister", "secretary"}


def judicial(c) -> bool:
    """A court or a judge, by name or title (not the Department of Justice or a justice minister)."""
    words = f"{c.name} {c.title or ''}".lower()
    return any(w in words for w in ("court", "judge", "justice")) and not MINISTRIES & set(words.split())


def executive(c) -> bool:
    """A government, an official or an executive agency (not a court, not a legislature)."""
    if judicial(c):
        return False
    words = c.name.lower()
    return c.type in ("Government", "Official") or c.type == "Agency" and not any(w in words for w in NOT_EXECUTIVE)


def chamber(c) -> bool:
    """A legislature or one of its chambers or committees (a council may be a cabinet: not one)."""
    words = c.name.lower()
    return c.type == "Agency" and not judicial(c) and "council" not in words and any(w in words for w in NOT_EXECUTIVE)


def to_consult(v) -> bool:
    """A text sent round for views ("sent to member states", "to national governments for comment")."""
    return any(g.lemma_.lower() in ("state", "government", "country", "capital", "regulator", "stakeholder", "expert")
               for p in v.children if p.dep_ in ("prep", "dative") and p.lower_ == "to" for g in p.children
               if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS"))


def to_legislature(v) -> bool:
    """A measure sent to a legislature by someone who sits in none ("sent the bill to Congress"); not a
    chamber passing it on ("the House sent it to the Senate")."""
    dest = [g for p in v.children if p.dep_ in ("prep", "dative") and p.lower_ == "to" for g in p.children
            if g.dep_ == "pobj"]
    dest += [c for c in v.children if c.dep_ == "dative" and c.lower_ != "to"]  # "has sent Congress a bill"
    clause = v.head if v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children) else v
    senders = [t for c in clause.children if c.dep_ == "nsubj" for t in c.subtree]  # "The House passed it and sent it"
    return any(g.lower_ in CHAMBER_WORDS + ("legislature", "lawmakers", "legislators") for g in dest) \
        and not any(t.lower_ in CHAMBER_WORDS + ("legislature", "committee", "lawmakers") for t in senders)
