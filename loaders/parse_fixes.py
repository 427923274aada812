"""Repairs of parses the small model gets wrong in a way that hides who lobbied whom.

"The government had defended the rule, and trade groups had lobbied for it" is sometimes read with
"groups" as a second object of "defended" and "lobbied" as a third verb of the government's.
``subject_of_next_clause`` makes the noun the subject of the verb after it.

"Google lobbied senators to kill the act" is often read as "lobbied senators" (senators who were
lobbied), leaving the sentence with no verb of influence at all. ``influence_as_verb`` puts the verb
back at the head of its clause: the name before it is its subject, the noun after it its object, and a
"to ..." clause after that noun what it asked for.

"The regulations, which TRAI issued on Monday, ..." is sometimes read with "TRAI issued" as a noun and a
clause on it, "which" the object of a verb further on. ``object_relative_verb`` makes the participle
the verb of a clause on the noun before "which", with the name its subject and "which" its object.

"ordered Facebook, as the company was then called, to stop ...": the "to" clause is hung on the aside.
``aside_infinitive`` gives it back to the verb before the aside.

"gave the national communications regulator, ENACOM, the power to approve ..." is sometimes read as a list
of two (with no "and"), the power an apposition of the name. ``apposed_name`` makes the name the noun's
apposition and the power what was given.

"The bill stalled in a Senate committee" is sometimes read as a noun phrase ("the bill [that was] stalled
in ...") with no verb at all, and so is "Big carriers, such as A and B, lobbied for it". ``participle_as_verb``
makes the participle the sentence's verb.

"The Business Council, Tech:NYC, a group whose members include Google and Facebook, and trade associations
lobbied ..." is read with the trade associations a third member of Tech:NYC. ``list_after_relative`` gives
a noun joined by ", and" after a relative clause's own "A and B" back to the list the clause is in.

"The decree replaces Decree 72 of 2013" is sometimes read with "Decree" as an adverbial noun of the verb,
which is then left with no object. ``name_as_object`` makes a measure's name right after such a verb its
object.

"Google lobbyists met with Commerce officials to argue against the rule" is sometimes read with "with" left
without its noun and the officials the subject of "to argue". ``stranded_preposition`` gives the noun back
to the preposition, so the lobbyists argue.

"a duty on mobile money transfer fees and an eco levy on phones" is sometimes read with the levy a second
thing the duty is on. ``measure_after_object`` makes a measure with its own "a" or "an" the second item of
the list the first measure is in.

"Facebook, Instagram, Twitter and TikTok were fined" is sometimes read with the second name an adverbial
noun of the first and the rest of the list hung on it. ``list_name_as_adverb`` makes it the list's second
item.

"members of the European Parliament and consumer organisations" is sometimes read with the parliament's name
and "consumer" as modifiers of "organisations". ``name_before_group`` makes the name the noun's head again,
the group a second item joined to it by the "and".

"LINCOLN, Neb. - A bill that would have ... is stuck in committee" is sometimes read with the dateline's city
the subject and the bill its apposition. ``dateline_subject`` makes the noun after the dash the subject.
"""

from __future__ import annotations

import functools

from policygraph.loaders.lexicon import lexicon
from policygraph.loaders.measure_match import RAISES
from policygraph.loaders.relative_fixes import after_clause_on
from policygraph.loaders.spans import DASHES

ASKING = ("LOBBIED", "URGED", "PRESSURED")


def _past(lemma: str) -> str:
    """ "lobby" -> "lobbied", "urge" -> "urged", "press" -> "pressed"."""
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + ("d" if lemma.endswith("e") else "ed")


@functools.lru_cache(maxsize=1)
def asking_words() -> dict[str, str]:
    """The past forms of the verbs of asking in the lexicon (as the tagger may call them adjectives), with
    their lemmas: {"lobbied": "lobby", ...}."""
    return {_past(lemma): lemma for lemma, entry in lexicon().verbs.items() if entry[0] in ASKING and " " not in lemma}


def _asking(tok) -> bool:
    return tok.dep_ == "amod" and tok.lower_ in asking_words()


def _subject(tok):
    """The noun phrase that ends right before ``tok`` (or before the comma closing its apposition):
    "Google", "Dell and Samsung", "NetChoice and the CCIA, two trade groups whose members ...,"."""
    before = tok.doc[tok.i - 1]
    if before.text == ",":
        root = tok.sent.root
        if root.i < tok.i and root.pos_ in ("PROPN", "NOUN"):
            return root
        closed = before.head  # "The Global Business Alliance, which represents ..., lobbied": the name the
        if closed.i < tok.i and closed.pos_ in ("PROPN", "NOUN") and closed.dep_ == "nsubj" and closed.head.i > tok.i:
            return closed  # comma closes, made the subject of a later verb
        return next((t for t in tok.sent if t.i < tok.i and t.pos_ in ("PROPN", "NOUN") and t.dep_ == "nsubj"
                     and t.head.i > tok.i and any(c.dep_ == "relcl" and c.right_edge.i == tok.i - 2
                                                  for c in t.children)), None)  # "SpaceX, which has complained
        # ..., lobbied Commerce officials to scrap it", "scrap" made the verb of both
    head = before
    while head.head.i < tok.i and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("PROPN", "NOUN", "PRON") else None  # not "the lobbied senators"


def _asked(obj):
    """The "to ..." clauses the parse hung on the object (or on what it joins): what was asked for."""
    holders = [obj] + ([obj.head] if obj.dep_ in ("conj", "appos") else [])
    return [c for h in holders for c in h.children if c.i > obj.i and c.dep_ in ("relcl", "acl")
            and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def influence_as_verb(doc):
    for tok in doc:
        if tok.i == 0 or not _asking(tok) or tok.head.i <= tok.i or tok.head.pos_ not in ("NOUN", "PROPN") \
                or any(t.head.i != tok.head.i or t.dep_ not in ("compound", "amod") for t in doc[tok.i + 1:tok.head.i]):
            continue  # "lobbied senators", "lobbied Commerce officials", "lobbied European officials"
        obj, root = tok.head, tok.sent.root
        subject = _subject(tok)
        if subject is None:
            continue
        clauses = _asked(obj)
        if obj.dep_ == "nsubj" and obj.head.i > obj.i:  # "lobbied senators | to kill the act"
            clauses.append(obj.head)
        clauses += [c for c in subject.children if c.i > obj.i and c.dep_ == "relcl" and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # "X, ..., lobbied
        # officials and lawmakers | to change them", the clause hung on X
        joined, joined_as = None, "conj"
        if root not in (subject, obj, *clauses) and root.tag_ == "VBG" and root.i > tok.i \
                and subject.head.i == root.i and subject.dep_ == "nsubj":
            joined, joined_as = root, "advcl"  # "X, which ..., lobbied lawmakers to strip it, warning that ..."
        elif root not in (subject, obj, *clauses):
            if not _object_of_subject_clause(obj, subject, root):
                continue  # the phrase sits deeper in the sentence: leave it
            joined = root  # "An association representing them lobbied lawmakers ... and warned ...": "warned"
            asked = [c for c in obj.head.children if c.i > obj.i and c.dep_ in ("advcl", "xcomp", "conj")
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            clauses += asked[:1]
            for other in asked[1:]:  # "to keep the status, or at least to delay the change"
                other.head = asked[0]
        held, held_as = obj.head, obj.dep_
        stranded = [c for c in obj.lefts if c.i < tok.i and c.i != subject.i]  # "include Google and Meta,"
        tok.head, tok.dep_, tok.tag_, tok.pos_ = tok, "ROOT", "VBD", "VERB"
        tok.lemma_ = asking_words()[tok.lower_]
        subject.head, subject.dep_ = tok, "nsubj"
        obj.head, obj.dep_ = tok, "dobj"
        for c in stranded if held.i != obj.i else []:
            c.head, c.dep_ = held, held_as
        for clause in clauses:
            clause.head, clause.dep_ = tok, "xcomp"
        if joined is not None:
            joined.head, joined.dep_ = tok, joined_as
    return doc


def _object_of_subject_clause(obj, subject, root) -> bool:
    """ "An association representing them lobbied lawmakers": the parse made "lawmakers" a second object of
    "representing", a clause on the subject of the sentence's later verb."""
    clause = obj.head
    return obj.dep_ == "dobj" and clause.dep_ == "acl" and clause.head.i == subject.i \
        and subject.head.i == root.i and subject.dep_ == "nsubj" and root.i > obj.i


def subject_of_next_clause(doc):
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        joined = [c for c in verb.children if c.dep_ == "conj"]
        for noun in (c for c in joined if c.pos_ in ("NOUN", "PROPN") and c.tag_ in ("NNS", "NNPS", "NNP")):
            later = [w for w in joined if w.i > noun.i and w.pos_ in ("VERB", "AUX")
                     and not any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children)]
            if not later:
                continue
            clause = later[0]
            between = [c for c in verb.children if c.dep_ == "prep" and noun.i < c.i < clause.i]
            noun.head, noun.dep_ = clause, "nsubj"
            for prep in between:  # "trade groups, among them DigitalEurope, had lobbied"
                prep.head = noun
    return doc


def object_relative_verb(doc):
    for which in doc:
        if which.lower_ not in ("which", "that") or which.dep_ != "dobj" or which.i < 2:
            continue
        before = doc[which.i - 1] if doc[which.i - 1].text != "," else doc[which.i - 2]
        if before.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((v for v in doc[which.i + 2:which.i + 6] if v.dep_ == "acl" and v.tag_ in ("VBN", "VBD")
                     and which.i < v.head.i < v.i and v.head.dep_ == "nsubj"), None)
        if verb is None or which.head.i < verb.i or any(c.dep_ == "dobj" for c in verb.children):
            continue
        subject = verb.head
        verb.head, verb.dep_, verb.tag_, verb.pos_ = before, "relcl", "VBD", "VERB"
        subject.head, subject.dep_ = verb, "nsubj"
        which.head = verb
    return doc


def aside_infinitive(doc):
    for aside in doc:
        if aside.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in aside.children):
            continue
        start, end = aside.left_edge.i, aside.i
        if start < 2 or doc[start - 1].text != "," or end + 2 >= len(doc) or doc[end + 1].text != ",":
            continue  # only an aside set off by commas: "Facebook, as the company was then called, to stop"
        clause = next((c for c in aside.children if c.dep_ == "xcomp" and c.i > end + 1
                       and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == end + 2 for a in c.children)), None)
        obj = doc[start - 2]
        if clause is None or obj.dep_ != "dobj" or obj.head.pos_ != "VERB" or obj.head.i > obj.i:
            continue
        clause.head = obj.head
    return doc


def apposed_name(doc):
    for name in doc:
        noun = name.head
        if name.dep_ != "conj" or name.pos_ != "PROPN" or noun.pos_ != "NOUN" or name.left_edge.i != noun.i + 2 \
                or doc[noun.i + 1].text != "," or any(c.dep_ in ("cc", "preconj", "conj") for c in [
                    *noun.children, *name.children] if c.i != name.i):
            continue  # "the national communications regulator, ENACOM, ...": no "and", so no list
        after = name.right_edge.i + 1 if not any(c.dep_ == "appos" for c in name.rights) else \
            min(c.left_edge.i for c in name.rights if c.dep_ == "appos") - 1
        if after >= len(doc) or doc[after].text != ",":
            continue
        name.dep_ = "appos"
        verb = noun.head
        for c in [c for c in name.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]:
            if noun.dep_ == "dobj" and verb.pos_ == "VERB":  # "gave the regulator, ENACOM, the power to ...":
                c.head, c.dep_, noun.dep_ = verb, "dobj", "dative"  # what was given
    return doc


def participle_as_verb(doc):
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or root.i + 1 >= sent.end:
            continue
        if _asking_in_noun_phrase(sent, root):
            continue
        verb = doc[root.i + 1]
        if verb.dep_ == "advmod" and root.i + 2 < sent.end:  # "The bill then stalled"
            verb = doc[root.i + 2]
        after = after_clause_on(root)  # "X, whose members include Y, lobbied for it"
        verb = after or verb
        if verb.text == ",":  # "Big carriers, such as A and B, lobbied for it": the verb after an aside on the noun
            verb = next((c for c in root.rights if c.dep_ == "acl" and doc[c.i - 1].text == "," and any(
                p.dep_ in ("prep", "appos") and root.i < p.i < c.i for p in root.children)), verb)
        elif verb.dep_ == "prep" and verb.head.i == root.i:  # "The party's bench in the Chamber filed a decree"
            verb = next((c for c in root.rights if c.dep_ == "acl" and c.i == verb.right_edge.i + 1), verb)
        if verb.head.i != root.i and after is None or verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or any(
                c.dep_ in ("auxpass", "agent", "aux") for c in verb.children) or any(
                t.pos_ in ("VERB", "AUX") and t.i != verb.i
                and t.dep_ not in ("relcl", "acl", "advcl", "xcomp", "ccomp", "conj")
                for t in sent):
            continue  # only a sentence with no verb of its own: not "the bill passed by the House stalled"
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        root.head, root.dep_ = verb, "nsubj"
        for c in [c for c in root.children if c.i > verb.i]:  # what the parse hung on the noun after the verb
            c.head = verb
    return doc


def _asking_in_noun_phrase(sent, root) -> bool:
    """ "A trade group representing Samsung and LG lobbied senators to block the act", read as one noun
    phrase: the verb of asking after the root noun becomes the verb, the noun its subject, the noun it
    was made an adjective of its object, and a "to ..." clause hung on the noun what was asked for."""
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("relcl", "acl", "advcl", "xcomp", "ccomp", "conj")
           for t in sent):
        return False
    verb = next((t for t in sent if t.i > root.i and t.lower_ in asking_words()
                 and t.dep_ in ("amod", "acl", "relcl") and not any(c.dep_ == "nsubj" for c in t.children)), None)
    if verb is None or not any(c.dep_ == "acl" and c.i < verb.i for c in root.children):
        return False  # only after a clause on the noun ("a group representing ..."), where the parser loses it
    obj = verb.head if verb.dep_ == "amod" and verb.head.i == verb.i + 1 else None
    asked = [c for c in root.children if c.i > verb.i and c.dep_ in ("relcl", "acl")
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    doc = sent.doc
    joined = [t for t in doc[root.i + 1:verb.i] if t.head.i == verb.i and doc[t.i - 1].dep_ == "cc"]
    verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
    verb.lemma_ = asking_words()[verb.lower_]
    root.head, root.dep_ = verb, "nsubj"
    for t in joined:  # "representing Samsung and LG": LG joins Samsung, not the verb
        t.head, t.dep_ = doc[t.i - 1].head, "conj"
    if obj is not None:
        obj.head, obj.dep_ = verb, "dobj"
    for clause in asked:
        clause.head, clause.dep_ = verb, "xcomp"
    return True


def name_as_object(doc):
    heads = lexicon().name_heads
    for tok in doc:
        verb = tok.head
        if tok.dep_ == "npadvmod" and tok.pos_ == "PROPN" and tok.text in heads and verb.i == tok.i - 1 \
                and verb.pos_ == "VERB" and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
            tok.dep_ = "dobj"  # "replaces | Decree 72 of 2013"
    return doc


def list_after_relative(doc):
    for tok in doc:
        edge = tok.left_edge.i
        if tok.dep_ != "conj" or edge < 2 or doc[edge - 1].lower_ != "and" or doc[edge - 2].text != ",":
            continue
        first = tok.head
        if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") and c.i < edge - 2 for c in first.children):
            continue  # "include Google and Facebook, and ...": a second "and" joins at a higher level
        clause = next((a for a in first.ancestors if a.dep_ == "relcl"), None)
        if clause is None:
            continue
        top = clause.head
        while top.dep_ in ("appos", "conj") and top.head.i < top.i:
            top = top.head
        if top.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and top.i < clause.i:
            for t in (doc[edge - 2], doc[edge - 1], tok):
                t.head = top  # the list of lobbying groups goes on after the aside
    return doc


def stranded_preposition(doc):
    for prep in doc:
        if prep.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children) or prep.i + 1 >= len(doc):
            continue
        clause = next((c for c in doc[prep.i + 1:prep.i + 6] if c.dep_ == "advcl" and c.head.i == prep.head.i
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None) if clause else None
        if subject is not None and subject.left_edge.i == prep.i + 1:
            subject.head, subject.dep_ = prep, "pobj"  # "met with | officials | to argue": the officials were met
    return doc


def measure_after_object(doc):
    heads = lexicon().measure_heads | RAISES
    for tok in doc:
        if tok.dep_ != "conj" or tok.lemma_.lower() not in heads or tok.head.dep_ != "pobj" or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            continue
        measure, hops = tok.head, 0
        while measure.dep_ == "pobj" and measure.head.dep_ == "prep" and hops < 3:
            measure, hops = measure.head.head, hops + 1
            if measure.lemma_.lower() in heads and measure.pos_ == "NOUN":
                break
        if measure.lemma_.lower() not in heads or measure.pos_ != "NOUN" or measure.i == tok.head.i:
            continue
        cc = next((c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i), None)
        tok.head = measure  # "a duty on transfer fees and an eco levy on phones": two measures, not two things taxed
        if cc is not None:
            cc.head = measure
    return doc


def list_name_as_adverb(doc):
    for tok in doc:
        if tok.dep_ == "npadvmod" and tok.pos_ == "PROPN" and tok.i >= 2 and doc[tok.i - 1].text == "," \
                and tok.head.i == tok.i - 2 and tok.head.pos_ == "PROPN" and any(c.dep_ == "conj" for c in tok.children):
            tok.dep_ = "conj"  # "Facebook, | Instagram, Twitter and TikTok"
    return doc


def name_before_group(doc):
    groups = lexicon().groups
    for tok in doc[:-2]:
        group, cc = tok.head, doc[tok.i + 1]
        if tok.dep_ not in ("nmod", "compound") or tok.pos_ != "PROPN" or not tok.is_title or cc.lower_ != "and" \
                or group.tag_ != "NNS" or group.lemma_.lower() not in groups or group.i <= cc.i + 1 \
                or group.dep_ in ("ROOT", "compound", "nmod") \
                or any(t.head.i not in (tok.i, group.i) or t.pos_ not in ("NOUN", "ADJ")
                       for t in doc[cc.i + 1:group.i]):
            continue
        for t in doc[cc.i + 1:group.i]:  # "consumer", read as a second modifier
            t.head, t.dep_ = group, "compound" if t.pos_ == "NOUN" else "amod"
        for c in [c for c in group.lefts if c.i < tok.i]:
            c.head = tok  # "the" of "the European Parliament"
        tok.head, tok.dep_ = group.head, group.dep_
        group.head, group.dep_ = tok, "conj"
        cc.head, cc.dep_ = tok, "cc"
    return doc


def dateline_subject(doc):
    for sent in doc.sents:
        place = sent[0]
        if not (place.is_upper and place.is_alpha and len(place) > 2) or place.dep_ not in ("nsubj", "nsubjpass"):
            continue
        dash = next((t for t in sent[1:8] if t.text in DASHES and t.whitespace_), None)
        told = next((c for c in place.children if c.dep_ == "appos" and dash is not None and c.i > dash.i), None)
        if told is None or told.pos_ not in ("NOUN", "PROPN"):
            continue
        for t in sent[1:dash.i - sent.start + 1]:
            if t.head.i > dash.i:  # "Neb." read as a modifier of "bill": the dateline's own
                t.head, t.dep_ = place, "punct" if t.is_punct else "appos"
        told.head, told.dep_ = place.head, place.dep_  # "LINCOLN, Neb. - | A bill ... is stuck"
        place.dep_ = "npadvmod"
    return doc
