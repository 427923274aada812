"""Repairs to set phrases the small model parses badly, run after the parser.

"has put on hold a revision of the law": with the object after the phrase, the parser makes "hold" a verb
and the object of "put", and the revision the object of "hold". The phrase is put back together ("on
hold", "hold" the object of "on") and the revision made the object of "put", as in "put the revision on
hold".

"cancelled a new levy on the use of mobile money": the parser hangs "on the use" on the verb, leaving a
levy on nothing. A charge or curb followed at once by "on" or "against" something (not a date) takes it, and a
law followed by "for" and what it is for: "signed off on the draft law for the good use of AI" (not "return the
bill for consultation", a step, nor "for the third time").

"The mayor said the levy would scare off start-ups and called on the cabinet to drop it": the parser joins
"called" to "scare", so the levy calls. A past verb of appeal with no subject of its own, joined to the
clause of what was said whose subject is a thing, is given back to the verb of saying.

"rejected requests from Huawei and from a union at ICE to suspend the regulation": the parser hangs the "to"
clause on "rejected", making the rejection the suspending. Likewise "spent months lobbying in Albany to kill the
bill" hangs the aim on "spent"; it is the lobbying's. A "to" clause with no subject after a verb whose
object is a request is the request's.

"had called the ban unconstitutional": the parser may make "ban" a modifier of the adjective. The noun is
the object, the adjective what it was called.

"has taken a vote on the bloc's proposed law to scan private messages off the agenda": the parser hangs "off
the agenda" on the "to" clause in between. It is given back to "taken".

"Nigeria's central bank lifts ban on banks serving crypto firms": in a headline the parser may read the verb
("lifts") as a plural noun and the measure after it ("ban") as the verb. The first becomes the verb, the
noun phrase before it its subject, and the measure its object. "UK scraps age checks for ...", with "age"
read as the verb and "checks" its object, is repaired the same way, "age" a modifier of "checks".

"Lawmakers from the opposition Kuomintang led the attack": the parser may end the phrase at "opposition" and
make the party a second subject of "led". The name is put back as the object of "from", the noun before it
its modifier.

"suspended for a year the sweeping rare earth export controls it had imposed": the parser may make "export"
the subject of "controls", read as a verb though tagged a plural noun, with "the" and "sweeping" on "export".
``subject_inside_noun`` makes the singular noun a modifier of the plural one, the phrase's words its own.

"Mykyta Poturaev, who chairs the committee, proposed legislation that would ...": the parser may read the verb
as a modifier of its object and the object as the name's apposition, leaving the sentence no verb.
``verb_read_as_modifier`` makes the past verb the root, the name its subject and the noun its object.

"passed, in November, a law" after a first verb with an object of its own: ``second_object``.
"""

from __future__ import annotations

from policygraph.loaders.lexicon import lexicon
from policygraph.loaders.spans import headline_verb, is_headline

HELD = {"hold", "ice"}  # "put on hold", "put on ice"


def object_after_phrase(doc):
    for tok in doc:
        if tok.lower_ not in HELD or tok.dep_ != "dobj" or tok.i < 2 or doc[tok.i - 1].lower_ != "on":
            continue
        on, verb = doc[tok.i - 1], tok.head
        if on.head.i != verb.i or on.dep_ != "prep" or verb.lemma_.lower() not in ("put", "place"):
            continue
        for c in list(tok.children):
            if c.dep_ == "dobj":
                c.head = verb
        tok.head, tok.dep_, tok.pos_, tok.tag_ = on, "pobj", "NOUN", "NN"
    return doc


AGENDAS = {"agenda", "table", "docket", "calendar", "schedule"}  # "took the vote off the agenda"


def taken_off(doc):
    for off in doc:
        if off.lower_ not in ("off", "from") or not any(c.dep_ == "pobj" and c.lemma_.lower() in AGENDAS
                                                     for c in off.children):
            continue
        verb, hops = off.head, 0
        while verb.lemma_.lower() not in ("take", "remove", "pull") and verb.dep_ in ("advcl", "xcomp", "acl",
                                                                                       "relcl") and hops < 3:
            verb, hops = verb.head, hops + 1
        if hops and verb.lemma_.lower() in ("take", "remove", "pull") and verb.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "dobj" for c in verb.children) \
                and not any(c.lower_ in ("off", "from") for c in verb.children):
            off.head, off.dep_ = verb, "prep"  # "taken a vote on the law to scan messages | off the agenda"
    return doc


TIME_NOUNS = {"week", "month", "year", "day", "weekend", "night", "morning", "evening", "afternoon", "monday",
              "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "summer", "winter", "spring",
              "autumn", "fall", "quarter", "time"}
CHARGES = {"levy", "tax", "ban", "tariff", "duty", "curb", "restriction", "limit", "cap", "moratorium", "charge",
           "fee", "toll", "sanction", "embargo", "surcharge", "surtax", "prohibition", "crackdown"}


def preposition_of_measure(doc):
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "against") or prep.i < 2:
            continue
        verb, obj = prep.head, doc[prep.i - 1]
        if obj.dep_ != "dobj" or obj.head.i != verb.i or obj.lemma_.lower() not in CHARGES or verb.pos_ != "VERB" \
                or any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children):
            continue
        prep.head = obj  # "imposed a levy | on the use of ...": the levy's, not the verb's
    for prep in doc:  # "signed off on the draft law | for the good use of AI": what the law is for
        obj = doc[prep.i - 1] if prep.i else None
        if prep.dep_ != "prep" or prep.lower_ != "for" or obj is None or obj.lemma_.lower() not in LAW_HEADS \
                or prep.head.pos_ != "VERB" or obj.dep_ not in ("dobj", "pobj") \
                or prep.head.i not in (obj.head.i, obj.head.head.i) \
                or not any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() not in TIME_NOUNS and any(
                    d.dep_ == "det" for d in g.children) for g in prep.children) \
                or any(t.lower_ in HELD for t in prep.subtree):
            continue
        prep.head = obj
    return doc


LAW_HEADS = {"law", "bill", "act", "regulation", "decree", "code", "directive", "ordinance"}
APPEALS = {"call", "urge", "ask", "demand", "press", "appeal", "plead"}


def appeal_after_speech(doc):
    for appeal in doc:
        said = appeal.head.head
        if appeal.dep_ != "conj" or appeal.lemma_.lower() not in APPEALS or appeal.head.dep_ != "ccomp" \
                or said.lemma_.lower() not in lexicon().speech_verbs or not appeal.tag_ == said.tag_ == "VBD" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in appeal.children):
            continue
        subject = [c for c in appeal.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subject and (subject[0].lower_ == "it" or subject[0].pos_ == "NOUN" and not subject[0].ent_type_) \
                and any(c.dep_ == "nsubj" for c in said.children):
            appeal.head = said  # the speaker appeals, not what was said of the measure
    return doc


def spent_purpose(doc):
    for aim in doc:
        spend = aim.head
        if aim.dep_ != "advcl" or spend.lemma_.lower() != "spend" or aim.i < spend.i \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in aim.children):
            continue
        doing = [c for c in spend.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and c.i < aim.i]
        if doing:
            aim.head = doing[0]  # "spent months lobbying in Albany | to kill the bill": the lobbying's aim
    return doc


# Nouns of asking: "rejected requests from Huawei to suspend the rule", "rejected calls to scrap the law".
REQUESTS = {"request", "call", "bid", "petition", "demand", "appeal", "application", "motion", "plea"}


def request_purpose(doc):
    for aim in doc:
        verb = aim.head
        if aim.dep_ != "advcl" or aim.pos_ != "VERB" or verb.pos_ != "VERB" or aim.i < verb.i \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in aim.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in aim.children):
            continue
        asked = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in REQUESTS and c.i < aim.i]
        if asked:
            aim.head, aim.dep_ = asked[0], "acl"  # "rejected requests from Huawei ... | to suspend the rule"
    return doc


def object_before_judgement(doc):
    for noun in doc:
        adj, verb = noun.head, noun.head.head
        if noun.dep_ != "compound" or noun.pos_ != "NOUN" or adj.pos_ != "ADJ" or adj.dep_ not in ("oprd", "ccomp") \
                or verb.pos_ != "VERB" or adj.i != noun.i + 1 or any(c.dep_ == "dobj" for c in verb.children):
            continue
        for c in [c for c in adj.children if c.i < noun.i]:
            c.head = noun  # "the" of "the ban"
        noun.head, noun.dep_ = verb, "dobj"
        adj.dep_ = "oprd"
    return doc


def headline_verb_as_noun(doc):
    """A headline's "bank lifts ban on ...", read as the noun "lifts" and the verb "ban", made a verb and its object."""
    lex = lexicon()
    sent = next(iter(doc.sents), None)
    if sent is None or not is_headline(sent):
        return doc
    for tok in sent[1:-1]:
        nxt = doc[tok.i + 1]
        verb = headline_verb(tok, lex)
        if verb is None or " " in verb or nxt.pos_ not in ("VERB", "AUX") or nxt.tag_ not in ("VBP", "VB") \
                or tok.head.i != nxt.i and nxt.head.i != tok.i:
            continue
        after = next((c for c in nxt.children if c.dep_ == "dobj" and c.i == nxt.i + 1 and c.pos_ == "NOUN"), None)
        if nxt.lemma_.lower() not in lex.measure_heads and after is None:
            continue
        nouns = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
        if not nouns:
            continue
        subject = nouns[-1]
        for c in list(tok.lefts):
            if c.i != subject.i:
                c.head = subject  # "Nigeria's", "central": the subject's words
        tok.head, tok.dep_, tok.tag_, tok.pos_, tok.lemma_ = tok, "ROOT", "VBZ", "VERB", verb
        subject.head, subject.dep_ = tok, "nsubj"
        obj = nxt if nxt.lemma_.lower() in lex.measure_heads else after
        for c in list(nxt.children):
            if c.dep_ in ("nsubj", "punct") or c.i < nxt.i or obj is not nxt and c is not obj:
                c.head = tok
        nxt.tag_, nxt.pos_, nxt.lemma_ = "NN", "NOUN", nxt.lower_
        nxt.head, nxt.dep_ = (tok, "dobj") if obj is nxt else (obj, "compound")  # "scraps age | checks"
        obj.head, obj.dep_ = tok, "dobj"
        break
    return doc


def name_cut_from_phrase(doc):
    for name in doc:
        if name.dep_ != "nsubj" or name.pos_ != "PROPN" or name.left_edge.i == 0:
            continue
        noun = doc[name.left_edge.i - 1]
        first = [c for c in name.head.children if c.dep_ == "nsubj" and c.i < noun.i and noun in c.subtree]
        if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or not first:
            continue
        name.head, name.dep_ = noun.head, "pobj"
        for c in list(noun.children):
            c.head = name  # "the" of "the opposition"
        noun.head, noun.dep_ = name, "compound"
    return doc


def subject_inside_noun(doc):
    for noun in doc:
        head = noun.head
        if noun.dep_ != "nsubj" or noun.tag_ != "NN" or head.i != noun.i + 1 or head.tag_ != "NNS" \
                or head.pos_ != "NOUN" or head.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass"):
            continue
        for c in list(noun.children):
            if c.dep_ in ("det", "poss", "amod", "nummod") and c.i < noun.i:
                c.head = head  # "the sweeping" of "the sweeping rare earth | export controls"
        noun.dep_ = "compound"
    return doc


def verb_read_as_modifier(doc):
    lex = lexicon()
    for name in doc:
        if name.dep_ != "ROOT" or name.pos_ != "PROPN":  # (before the names are found)
            continue
        noun = next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        verb = next((c for c in noun.children if c.dep_ == "amod" and c.tag_ in ("VBN", "VBD") and c.i == c.head.i - 1
                     and doc[c.i - 1].text == "," and (c.lemma_.lower() in lex.verbs or c.lemma_.lower() in lex.statuses)
                     ), None) if noun is not None else None
        if verb is None or any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp")
                               for t in name.sent if t is not verb):
            continue
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        for c in list(name.children):
            if c.i > verb.i or c.dep_ == "punct" and c.i == verb.i - 1 or c is noun:
                c.head = verb  # the sentence's end stays the verb's
        name.head, name.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "dobj"
    return doc


def verb_read_as_participle(doc):
    """ "A draft of the order circulated in Washington in mid-November.": with no other verb in the sentence,
    the parser hangs "circulated" on "order" as a participle; it is the sentence's verb, the draft its subject."""
    for root in doc:
        if root.dep_ != "ROOT" or root.pos_ != "NOUN":
            continue
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        verb = next((c for c in inner.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i == inner.i + 1
                     and not any(a.dep_ in ("aux", "auxpass", "dobj") for a in c.children)), None) \
            if inner is not None else None
        if verb is None or any(t.pos_ in ("VERB", "AUX") and t not in verb.subtree for t in root.sent):
            continue
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        for c in list(root.children):
            if c.i > verb.i:
                c.head = verb  # the sentence's end stays the verb's
        root.head, root.dep_ = verb, "nsubj"
    return doc


def second_object(doc):
    """ "proposed the rules in January, weeks after parliament passed, in November, a law barring ...": the
    parser may give the first verb a second object; it is the object of the verb just before it, which has
    none."""
    for obj in doc:
        verb = obj.head
        if obj.dep_ != "dobj" or not any(c.dep_ == "dobj" and c.i < obj.i for c in verb.children):
            continue
        near = max((t for t in verb.subtree if t.pos_ == "VERB" and verb.i < t.i < obj.i and t.head.i == verb.i),
                   key=lambda t: t.i, default=None)
        if near is not None and near.lemma_.lower() in lexicon().statuses \
                and not any(c.dep_ in ("dobj", "nsubjpass") for c in near.children):
            obj.head = near  # "parliament passed ... a law": the law is what it passed
    return doc
