"""Where a described measure's words end: the object of the clause that tells it ("a proposal to introduce |
a digital services tax"), before a date that leads a relative clause ("a bill | last year that ..."), and
never into how a vote went ("by 512 votes") or how long something lasted ("for much of the year"). Also
which clauses on a measure noun say which measure it is ("a requirement that banks tell it in advance"),
and when a bare weak noun is a measure all the same: what a body imposes or issues ("issued ten directions"),
or is none: a plan to undo a measure ("the plan to scrap it")."""

from __future__ import annotations

from policygraph.loaders.noun_words import COMMANDS, SPANS_OF_TIME, UNDOING
from policygraph.loaders.spans import dated

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


IMPOSING = {"impose", "issue", "slap"}  # "imposed the penalty and ten directions on Google"
NOT_IMPOSED = {"ruling", "question", "end", "change", "power", "payment", "contribution"}


def imposed_object(tok) -> bool:
    """A bare weak head ("ten directions", "guidance") that a subject imposes or issues: a measure even with
    no words of its own to say which ("issued guidance", "imposed conditions")."""
    obj = tok.head if tok.dep_ == "conj" else tok
    verb = obj.head
    return obj.dep_ == "dobj" and verb.lemma_.lower() in IMPOSING and tok.lemma_.lower() not in NOT_IMPOSED \
        and any(c.dep_ == "nsubj" for c in verb.children)


# Verbs of a clause on a measure noun that say what the measure does: "a ban that would cover ...".
RULING_VERBS = {"ban", "bar", "require", "restrict", "limit", "prohibit", "block", "force", "target", "instruct",
                "order", "direct", "push", "allow", "impose", "extend", "oblige", "compel", "exempt", "expand",
                "prevent", "mandate", "cap", "wipe", "overturn", "repeal", "scrap", "undo", "nullify", "reverse",
                "rescind", "set", "create", "establish", "give", "let", "grant", "raise", "lower", "regulate",
                "govern", "protect", "tax", "punish", "penalise", "penalize", "criminalise", "criminalize", "outlaw",
                "forbid"}
AIMING = {"seek", "aim", "try", "attempt", "intend", "purport", "threaten"}  # "a decree that sought to stop X"
COMPELLING = {"require", "oblige", "force", "compel", "bar", "ban", "prohibit", "mandate", "direct", "instruct",
              "order"}
# Papers that are measures when they bind someone: "a 2021 interpretive letter that obliged banks to ...".
PAPERS = {"letter", "statement", "memo", "note", "notice", "bulletin", "circular", "guidance", "opinion"}


def clause_complements(tok, dets, lex) -> list:
    """The clauses on a measure noun that say which measure it is: "a ban that would cover X", "rules
    imposed over X", "a requirement that banks tell it in advance", "a letter that obliged banks to ask";
    not "The regulation, first proposed by ..." or "the curbs it imposed" (a measure already in hand)."""
    lemma = tok.lemma_.lower()
    out = []
    for c in tok.rights:
        if c.dep_ not in ("acl", "relcl") or c.pos_ != "VERB":
            continue
        if lemma in PAPERS and lemma not in lex.measure_heads:
            if c.lemma_.lower() in COMPELLING and any(x.dep_ == "nsubj" and x.lower_ in ("that", "which")
                                                      for x in c.children):
                out.append(c)
            continue
        says = any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or c.lemma_ in RULING_VERBS \
            or c.dep_ == "acl" and c.tag_ == "VBN" and any(p.dep_ == "prep" for p in c.children) \
            or c.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ in ("will", "would") for a in c.children) \
            or c.dep_ == "relcl" and c.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_ == "have"
                                                             for a in c.children) \
            and any(o.dep_ == "dobj" for o in c.children) and any(x.dep_ == "nsubj" and x.lower_ in ("that", "which")
                                                                  for x in c.children) \
            and not (dets and dets[0].lower_ not in ("a", "an")) \
            or c.lemma_ in AIMING and any(x.dep_ == "xcomp" for x in c.children) \
            and any(x.dep_ == "nsubj" and x.lower_ in ("that", "which") for x in c.children) \
            or lemma in ("requirement", "rule", "order", "condition") and _content_clause(c) \
            or not dets and c.dep_ == "relcl" and c.lemma_.lower() in MAKING_VERBS and any(
                x.dep_ == "nsubj" and x.pos_ == "PROPN" for x in c.children)  # "export controls that the Commerce
        # Department introduced in 2022": the ones that body made
        if not says or lemma not in lex.measure_heads:
            continue
        if dets and dets[0].lower_ in ("the", "this", "that") and c.left_edge.i > 0 \
                and tok.doc[c.left_edge.i - 1].text == ",":
            continue  # "The regulation, first proposed by"
        if dets and dets[0].lower_ in ("the", "its", "their") and c.dep_ == "relcl" and any(
                g.dep_ == "nsubj" and g.lower_ in ("it", "they", "he", "she", "we") for g in c.children) \
                and not any(g.dep_ in ("prep", "dobj", "dative") and not dated(g) for g in c.children):
            continue  # "the curbs it imposed": a measure in hand ("the tariffs it had imposed over X" says which)
        out.append(c)
    return out


def _content_clause(c) -> bool:
    """ "a requirement that banks tell it in advance", "... that they must notify it": what the measure asks
    (not "requirements that the companies had warned would ...", a relative clause the parser took for one)."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) \
        and (c.tag_ in ("VB", "VBP") or any(a.dep_ == "aux" and a.lower_ in ("must", "should", "shall")
                                             for a in c.children))


def plan_to_undo(tok, lex) -> bool:
    """ "the plan to scrap it", "a proposal to repeal the levy": a plan whose verb would undo a measure (by the
    lexicon's statuses), not "a plan to remove third-party cookies", which is a measure of its own."""
    return tok.lemma_.lower() in ("plan", "proposal") and any(
        c.dep_ == "acl" and lex.statuses.get(c.lemma_.lower()) in UNDOING
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and any(o.dep_ == "dobj" and (o.pos_ == "PRON" or o.lemma_.lower() in lex.measure_heads or o.ent_type_ == "LAW")
                for o in c.children) for c in tok.rights)


MAKING_VERBS = {"introduce", "impose", "legislate", "adopt", "enact", "pass", "implement", "create", "establish"}


def plan_to_make(tok, lex) -> bool:
    """ "plans to legislate this year a charge on platforms", "an agreement to introduce a ban": the measure is
    what the plan would make; the plan is no measure of its own."""
    return tok.lemma_.lower() in ("plan", "proposal", "agreement") and any(
        c.dep_ == "acl" and c.lemma_.lower() in MAKING_VERBS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and any(o.dep_ == "dobj" and o.lemma_.lower() in lex.measure_heads for o in c.children) for c in tok.rights)


def command_phrase(head) -> str:
    """The words of ``head``'s phrase up to a comma or twelve words, without a second coordinated verb
    or a dangling last word: "to make iPhone features work with rival devices such as smartwatches"."""
    shared = head.pos_ == "VERB" and not any(c.dep_ in ("dobj", "prep") for c in head.children)  # "from buying or
    # using Hikvision products": the verbs share the object
    second = set() if shared else {t.i for c in head.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    words = [t for t in head.doc[head.left_edge.i:head.right_edge.i + 1] if t.i not in second]
    after = [w.lower_ for w in words[1:]] + [""]  # the word after each
    cut = next((i for i, t in enumerate(words) if t.text in (",", ";", ":", "(", "—") or t.is_space
                or t.text in ("-", "–") and t.whitespace_ or t.ent_type_ == "DATE" and i > 0
                and words[i - 1].lower_ in ("from", "in", "on", "since", "until", "starting")
                or t.lemma_.lower() in SPANS_OF_TIME and after[i] in ("after", "before")), len(words))
    # a dash, not "exchange-traded"; "from January 2021" tells when (but "for 75 days" is part of what); so do
    # "days after an antitrust finding"; a headline's line ends the phrase
    timed = cut < len(words) and words[cut].lemma_.lower() in SPANS_OF_TIME  # "... router sales | days after":
    words = words[:min(cut, 12)]  # the noun the parse hung on the time is the phrase's last
    while len(words) > 2 and (words[-1].dep_ in ("cc", "prep", "det", "amod", "aux", "mark", "poss", "case", "compound")
                              and not (timed and words[-1].dep_ == "compound") or words[-1].lower_ in ("such", "as")):
        words.pop()  # "... with rival devices such as smartwatches and" ends at "smartwatches"
    return head.doc[words[0].i:words[-1].i + 1].text


def commanded(tok) -> bool:
    """Whether a verb before "the order" made one: "ordered Facebook to stop combining data"."""
    return any(t.lemma_.lower() in COMMANDS and t.pos_ == "VERB" and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in t.children)
        for t in tok.doc[:tok.i])


def pointing(dets, tok=None) -> dict:
    """A demonstrative ("that draft", "this bill") points at the measure just told, not the story's main one;
    "the original law" at the one a change was made to."""
    return {"near": True} if dets and dets[0].lower_ in ("this", "that") else {"original": True} if tok is not None \
        and any(c.lower_ == "original" for c in tok.lefts) else {}
