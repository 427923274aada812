"""Repairs to relative clauses the small model parses badly, run after the parser.

"vetoed a law that would have legalised cryptocurrencies": the parser hangs "that would have" on an
auxiliary and reads "legalised" as an adjective of "cryptocurrencies", so the law loses the clause that
says what it is. The clause is put back on the noun before "that". Likewise "an order that had overridden
state laws", where "had" is read as the verb and "overridden" as an adjective of "laws". And the verb after a
clause on a subject, which the parse may hang on the clause ("X, whose members include Y, lobbied for it").
"""

from __future__ import annotations

from policygraph.loaders.lexicon import lexicon

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


ADJECTIVAL = {"limited", "advanced", "detailed", "outdated", "mixed", "related", "dedicated", "sophisticated",
              "experienced", "qualified", "complicated", "unprecedented", "broken", "hidden", "golden", "wooden"}


def had_as_verb(doc):
    for have in doc:
        if have.lemma_ != "have" or have.dep_ != "relcl" or have.i + 1 >= len(doc) \
                or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in have.children):
            continue
        verb = doc[have.i + 1]
        obj = verb.head
        if verb.dep_ != "amod" or verb.tag_ not in ("JJ", "VBN") or not verb.lower_.endswith(("ed", "en")) \
                or verb.lower_ in ADJECTIVAL or obj.dep_ != "dobj" or obj.head.i != have.i:
            continue
        for c in list(have.children):
            c.head = verb  # "that", "laws", and what follows: the verb's
        verb.head, verb.dep_, verb.pos_, verb.tag_ = have.head, "relcl", "VERB", "VBN"
        have.head, have.dep_, have.pos_ = verb, "aux", "AUX"
        obj.head, obj.dep_ = verb, "dobj"
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


def which_after_title(doc):
    """ "X, general secretary of the Taxi Drivers' Association (TDA), which represents cab drivers, ...": a
    "which" clause right after a person's title names the body in the title, though the parse hangs it on
    the person."""
    for clause in doc:
        if clause.dep_ != "relcl" or clause.head.ent_type_ != "PERSON" \
                or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" for c in clause.children):
            continue
        title = next((c for c in clause.head.children if c.dep_ == "appos" and c.i < clause.i), None)
        body = next((p for t in title.subtree for p in t.children if t.dep_ == "prep" and t.lower_ == "of"
                     and p.dep_ == "pobj" and p.ent_type_ and p.ent_type_ != "PERSON"), None) if title else None
        if body is not None and all(t.is_punct or t.head.i == body.i or t.head.head.i == body.i
                                    for t in doc[body.i + 1:clause.left_edge.i]):
            clause.head = body
    return doc


def wish_as_clause(doc):
    """ "campaigned for Lyft's permit to be revoked": the parse may hang the passive infinitive on the noun,
    as a relative clause; it is the clause the campaign was for, with the noun as its subject, as the parse
    has it for "campaigned for the city's law to be scrapped"."""
    for verb in doc:
        noun, prep = verb.head, verb.head.head
        if verb.dep_ != "relcl" or verb.tag_ != "VBN" or noun.dep_ != "pobj" or prep.lower_ != "for" \
                or prep.head.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children) \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        verb.head, verb.dep_ = prep.head, "advcl"
        noun.head, noun.dep_ = verb, "nsubjpass"
        prep.head, prep.dep_ = verb, "mark"
    return doc


def verb_after_members(doc):
    """ "The X Group, whose members include A and B, lobbied against it, arguing that ...": the parse may make
    the participle after the verb the sentence's root, with the body as its subject and the verb hung on the
    list; the verb is the root again, and the participle its adjunct."""
    for sent in doc.sents:
        root = sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
        if root.tag_ != "VBG" or subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = after_clause_on(subject)
        if verb is None or verb.i > root.i or doc[root.i - 1].text != ",":
            continue
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        subject.head = verb
        root.head, root.dep_ = verb, "advcl"
    return doc


def name_before_aside(doc):
    """ "Access Now, a digital rights group, urged ...": the parse may take the aside for the subject and
    hang the name on the verb as a clause or modifier of its own. The name is the subject; the aside, a
    description of it."""
    for ent in doc.ents:
        name, comma = ent.root, ent.end
        if comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ not in ("a", "an", "the") \
                or name.dep_ in ("nsubj", "nsubjpass", "appos", "conj", "pobj", "dobj", "poss"):
            continue
        aside = doc[comma + 1].head
        verb, last = aside.head, aside.right_edge.i
        close = last if doc[last].text == "," else last + 1  # the comma after the aside, its own or the next
        if aside.dep_ != "nsubj" or aside.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX") or name.head.i != verb.i \
                or close >= verb.i or doc[close].text != "," \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in name.children):
            continue
        name.dep_ = "nsubj"
        aside.head, aside.dep_ = name, "appos"
    return doc


LEADING = {"chair", "lead", "head", "run"}
PHRASE_LINKS = {"conj", "pobj", "prep", "compound", "amod", "cc", "appos"}


def chaired_by(doc):
    """ "the standing committee on social policy and legal affairs, chaired by X, recommended ...": the
    parse may hang "chaired by X" on the sentence's verb; it tells who leads the body just named, the top of
    the noun phrase before the comma."""
    for verb in doc:
        if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "conj") or verb.lemma_.lower() not in LEADING \
                or verb.i < 2 or doc[verb.i - 1].text != "," or not any(c.dep_ == "agent" for c in verb.children):
            continue
        noun = doc[verb.i - 2]
        while noun.dep_ in PHRASE_LINKS and noun.head.i < noun.i and noun.head.i != noun.i:
            noun = noun.head
        if noun.pos_ in ("NOUN", "PROPN") and verb not in noun.ancestors:
            verb.head, verb.dep_ = noun, "acl"
    return doc


SUBORDINATING = {"since", "after", "before", "until", "when"}
ON_ITS_OWN = {"stall", "lapse", "expire", "die", "collapse", "languish", "fail"}  # what a measure does by itself


def clause_after_since(doc):
    """ "lost investment since the bill stalled in the previous legislature": the parser reads "since" as a
    preposition and "stalled" as a participle on "bill", making "the bill stalled in ..." one noun phrase. The
    participle becomes the clause's verb, the noun its subject and the preposition its marker."""
    for verb in doc:
        noun, prep = verb.head, verb.head.head
        if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in ON_ITS_OWN \
                or noun.dep_ != "pobj" or prep.lower_ not in SUBORDINATING or verb.i != noun.i + 1 \
                or any(c.dep_ in ("agent", "auxpass", "dobj") for c in verb.children):
            continue
        verb.head, verb.dep_, verb.tag_, verb.pos_ = prep.head, "advcl", "VBD", "VERB"
        noun.head, noun.dep_ = verb, "nsubj"
        prep.head, prep.dep_ = verb, "mark"
    return doc


def that_clause_of_speech(doc):
    """ "argued in meetings with federal officials that the obligations duplicated EU rules": the parser hangs
    the "that" clause on a noun of the phrase after the verb, as if it were a relative clause; with a subject
    of its own and "that" as its marker, it is what was said."""
    speech = lexicon().speech_verbs
    for verb in doc:
        if verb.dep_ != "relcl" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
                or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVES for c in verb.children):
            continue
        up = verb.head
        while up.dep_ in ("pobj", "prep") and up.head.i != up.i:
            up = up.head
        if up.i != verb.head.i and up.pos_ == "VERB" and up.lemma_.lower() in speech:
            verb.head, verb.dep_ = up, "ccomp"
    return doc


SAYING = {"warning", "saying", "arguing", "urging", "noting", "claiming", "insisting", "complaining"}


def participle_read_as_noun(doc):
    """ "wrote to the PTA warning that the cut-off would disrupt networks": the parser reads "PTA warning" as one
    noun and hangs the "that" clause on the verb; "warning" is the writer's participle, and the clause its."""
    for tok in doc:
        name = doc[tok.i - 1] if tok.i else None
        if tok.lower_ not in SAYING or tok.tag_ not in ("NN", "NNS") or tok.dep_ not in ("pobj", "dobj") \
                or name is None or name.dep_ != "compound" or name.head.i != tok.i or name.pos_ != "PROPN":
            continue
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > tok.i and any(
            m.dep_ == "mark" and m.lower_ == "that" and m.i == tok.i + 1 for m in c.children)), None)
        if said is None or verb.pos_ != "VERB":
            continue
        name.head, name.dep_ = tok.head, tok.dep_
        tok.head, tok.dep_, tok.tag_, tok.pos_ = verb, "advcl", "VBG", "VERB"
        said.head = tok
    return doc
