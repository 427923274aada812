"""What each mention's place in the parse says, kept on the mention for the resolver: its sentence and
paragraph, its role ("dep"), the change the verb over it tells ("passed an amendment"), and the name it is set
off beside ("Datatilsynet, the Norwegian Data Protection Authority")."""

from __future__ import annotations

from policygraph.loaders.lexicon import Lexicon
from policygraph.loaders.measure_match import bill_key
from policygraph.loaders.noun_words import BATCHES, UNDOING
from policygraph.loaders.spans import ALIAS_VERBS, alias_of, cut_headline_verb, headline_verb, is_headline

RETELLING = {"draft", "proposed", "planned"}  # "the draft Digital Intermediary Services Act": told before
LIKENESS = {"closer", "similar", "akin", "comparable", "identical", "modelled", "modeled", "patterned"}  # "closer to X"


def annotate(mentions: list, parsed, lex: Lexicon, paragraph_of) -> None:
    """Set the parse-derived attributes of every mention of a document."""
    ending = {m.end: m for m in mentions if m.type == "Measure" and m.kind in ("described", "anaphor")}
    numbered = {m.end - 1: m for m in mentions if m.type == "Measure" and m.kind == "named" and bill_key(m.name)}
    named_end = {m.end: m for m in mentions if m.type == "Measure" and m.kind == "named"
                 and m.name.split()[0].lower() not in PART_WORDS}  # "Article 19 of the Marco Civil, the 2014
    # law": the law described is the one the article is part of
    in_measure = {i for m in mentions if m.type == "Measure" for i in range(m.start, m.end)}
    measure_heads = {m.head for m in mentions if m.type == "Measure" and m.kind != "pronoun"}
    named_at = {i: m.head for m in mentions if m.type == "Measure" and m.kind == "named"
                for i in range(m.start, m.end)}
    number_at = {x.start: bill_key(x.name) for x in numbered.values()}
    for m in mentions:  # "its own Strategic Bitcoin Reserve Act, HB 1203": not another state's act of that name
        if m.type == "Measure" and m.kind == "named" and m.end < len(parsed) and parsed[m.end].text == "," \
                and number_at.get(m.end + 1):
            m.attrs["number"] = number_at[m.end + 1]
    for m in mentions:
        m.attrs["sent"] = parsed[m.head].sent.start
        if m.attrs["sent"] == 0 and is_headline(parsed[m.head].sent):
            m.attrs["headline"] = True
            cut_headline_verb(m, parsed, lex.statuses)
        m.attrs["para"] = paragraph_of(m.head)
        m.attrs["dep"] = parsed[m.head].dep_
        if m.kind == "named" and m.start <= parsed[m.head].head.i < m.end and parsed[m.head].head.i != m.head \
                and parsed[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass"):
            m.attrs["dep"] = parsed[m.start:m.end].root.dep_  # "The Protecting Georgia's Children on Social Media
            # Act ... was passed": the parser hangs "Act" on "on" inside the name; the name is the subject
        if m.attrs["dep"] == "pobj" and parsed[m.head].head.lower_ == "of" \
                and parsed[m.head].head.head.lemma_ in BATCHES:  # "issued its third round
            m.attrs["dep"] = parsed[m.head].head.head.dep_  # of restrictions": the restrictions were issued
        m.attrs["governor"], m.attrs["clause"] = parsed[m.head].head.i, parsed[m.head].head.dep_
        m.attrs["relative"] = any(a.dep_ == "relcl" for a in parsed[m.head].ancestors)  # "whose members include A"
        if parsed[m.head].dep_ == "pobj" and m.attrs["dep"] == "pobj":
            m.attrs["prep"] = parsed[m.head].head.lower_
            if parsed[m.head].head.head.lower_ in LIKENESS:
                m.attrs["prep"] = "like"  # "to bring the bill closer to California's SB 53": a comparison
        head = parsed[m.head]
        changed_by = _replaced(head, measure_heads, WIDENING) if m.type == "Measure" else None
        if m.type == "Measure" and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB" \
                and head.head.lemma_.lower() in lex.statuses and changed_by is None:
            m.attrs["change"] = lex.statuses[head.head.lemma_.lower()]  # "passed an amendment": PASSED (not a ban
            # another measure widens)
        elif m.type == "Measure" and (head.dep_ == "dobj" or head.dep_ == "appos" and not any(
                c.dep_ == "conj" for c in head.children)) and headline_verb(head.head, lex) in lex.statuses:
            m.attrs["change"] = lex.statuses[headline_verb(head.head, lex)]  # a headline's "parliament scraps cap",
            # "lower house shelves streaming levy" (the levy parsed in apposition to "shelves")
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX"):
            m.attrs["adjunct_of"] = head.head.head.i  # "Together with TechNet, it urged": not what "it" is
        elif m.kind == "pronoun" and head.dep_ in ("nsubj", "nsubjpass"):
            m.attrs["verb"] = head.head.i
        span = parsed[m.start:m.end]
        named_for = alias_of(span.root, m.start) or next(  # "the measure, S.J. Res. 34,": the parse
            (t.head for t in span if t.dep_ == "appos" and not m.start <= t.head.i < m.end), None)  # splits it
        if named_for is not None and m.kind == "named" and span.root.dep_ == "appos" and any(
                c.dep_ == "conj" for c in span.root.children):
            named_for = None  # "signed SB 77, SB 90, and AB 12": a list the parser began as an apposition
        if named_for is None and m.kind == "named" and m.type == "Measure":
            named_for = _set_off(parsed, m, ending, named_end)
        if (named_for is None or named_for.i not in in_measure) and m.kind == "described" and m.type == "Measure" \
                and m.start >= 3 \
                and parsed[m.start - 1].lower_ in ("the", "a", "an") and parsed[m.start - 2].text == "," \
                and m.start - 2 in named_end:  # "vetoed SB 1025, the Strategic Bitcoin Reserve bill",
            named_for = parsed[named_end[m.start - 2].head]  # "upheld Proposition 22, the ballot measure"
            # (which the parse may hang on another noun: "the court ... upheld X, the measure")
        if named_for is None and m.kind == "named" and m.type == "Measure":
            named_for = _titled_before(parsed, mentions, m)
        if named_for is None and m.type == "Measure" and m.kind == "described":
            named_for = _ended_again(head, measure_heads, lex) or _sections_of(head, measure_heads, named_at)
        if m.type == "Measure" and m.kind == "described":
            m.attrs["own_clause"] = _own_clause(parsed, m)
            m.attrs["clause_words"] = frozenset(parsed[i].lemma_.lower() for i in m.attrs["own_clause"]
                                                if parsed[i].is_alpha and not parsed[i].is_stop)
        if m.type == "Measure" and m.kind == "named" and m.start >= 2 and parsed[m.start - 1].lower_ in RETELLING \
                and parsed[m.start - 2].lower_ in ("the", "its", "this"):
            m.attrs["retold"] = True  # "... its proposed rules ... | gather views on the draft X Act": the draft told
        if m.type == "Measure" and m.kind in ("named", "described"):
            owner = [c for c in head.children if c.dep_ == "poss" and c.ent_type_ in ("Government", "GPE")
                     and (m.kind == "named" or c.ent_id_)]  # "California's repair law", "Canada's digital
            # services tax": a state's or a country's own
            if owner:
                m.attrs["owner"] = owner[0].i  # "the European Union's AI Act": a place's own law
        if m.type == "Measure" and m.kind in ("named", "described") and "owner" not in m.attrs:
            place = _whose(head) or _compound_owner(head)
            if place is not None:
                m.attrs["owner"] = place.i  # "It followed Britain, whose ban on Huawei 5G equipment ..."
                if place.ent_id_:
                    m.attrs["owner_gaz"] = place.ent_id_  # (a place inside the measure's name is no mention)
        if m.type == "Measure" and _replaced(head, measure_heads) is not None:
            m.attrs["replaced"] = True
        if m.kind == "described" and changed_by is not None:
            m.attrs["separate"] = True  # "The proposal would have extended a ban on X to ...": the older ban,
            m.attrs["changed_by"] = changed_by  # never folded into the proposal
        if named_for is None and m.type == "Measure" and m.kind == "described" and head.dep_ == "dobj" \
                and head.lemma_.lower() in CONTENTS and head.head.lemma_.lower() in ("impose", "place", "put"):
            named_for = next((c for c in head.head.children if c.dep_ == "nsubj"), None)  # "The Digital Markets
            # Act imposes similar obligations on Apple": the act's own obligations, told by what it does
        if named_for is None and m.type == "Measure" and m.kind == "described":
            named_for = _cast_as(head, measure_heads)
        if named_for is not None:
            m.attrs["appos_of"] = named_for.i
            after = parsed[m.end:m.end + 2]
            m.attrs["set_off"] = len(after) == 2 and after[0].text in (",", ")") and after[1].pos_ not in (
                "PROPN", "DET", "CCONJ", "NOUN", "ADJ") and "the" in (parsed[m.start].lower_, parsed[
                    m.start - 1].lower_)  # "Datatilsynet, the Norwegian DPA, said"; not a list "A, B, which"


REPLACING = {"replace", "supersede", "succeed"}
WIDENING = {"extend", "expand", "widen", "broaden", "amend"}  # what one measure does to another it changes
SECTION_WORDS = {"section", "provision", "clause"}
CONTENTS = {"obligation", "requirement", "duty", "restriction", "rule", "condition", "limit"}  # what a law lays down


def _cast_as(head, measure_heads: set[int]):
    """ "criticised the incentive as a discriminatory tax": what the verb calls its object is that object."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    return next((o for o in prep.head.children if o.dep_ == "dobj" and o.i in measure_heads), None)


def _sections_of(head, measure_heads: set[int], named_at: dict[int, int]):
    """ "suspended 26 sections of the Cybercrimes Act", "the speech provisions of the law": sections told by
    count or kind, not by number, are the law they belong to as far as its fate goes."""
    if head.lemma_.lower() not in SECTION_WORDS or head.tag_ != "NNS":
        return None
    law = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" and (o.i in measure_heads or o.i in named_at)), None)
    return law if law is None or law.i in measure_heads else head.doc[named_at[law.i]]  # (the parse may hang
    # a long name on one of its words)


def _whose(head):
    """The place a relative "whose" gives a measure to: "Britain, whose ban on Huawei ... requires" -> Britain."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in head.children):
        return None
    clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
    place = clause.head if clause is not None else head.head if head.dep_ == "appos" else None  # (the parser
    # may hang the measure on the place as an apposition)
    return place if place is not None and place.ent_type_ in ("Government", "GPE") else None


def _compound_owner(head):
    """A place named in front of a measure whose target is told after it: "the 100 percent U.S. tariff on
    Chinese electric vehicles" is Washington's; not "the Russia sanctions", which may be on Russia."""
    if not any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "compound" and c.i < head.i
                 and c.ent_type_ in ("Government", "GPE")), None)


def _ended_again(head, measure_heads: set[int], lex: Lexicon):
    """ "voted to abolish the so-called shutdown law, ending a ten-year-old rule that ...": a participle that
    ends a measure told anew ("a ... rule") retells the measure its clause's verb ended."""
    def ends(tok) -> bool:  # "end", or a verb of a change that undoes a measure ("abolish", "scrap", "lift")
        return tok.lemma_.lower() == "end" or lex.statuses.get(tok.lemma_.lower()) in UNDOING

    verb = head.head
    if head.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ != "advcl" or not ends(verb) \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None
    for v in (verb.head, *(c for c in verb.head.children if c.dep_ == "xcomp")):
        if ends(v):
            return next((c for c in v.children if c.dep_ == "dobj" and c.i in measure_heads), None)
    return None


def _replaced(head, measure_heads: set[int], verbs=REPLACING) -> int | None:
    """ "Decree 147, which the government issued in November, replaces Decree 72": the head of the measure
    that replaces this one (which a later "the decree" no longer means), or None."""
    if head.dep_ == "appos" and head.head.dep_ == "dobj" and head.head.i < head.i:
        head = head.head  # "The bill replaces the Karnataka | ... Ordinance": the parser cuts the name
    verb = head.head
    if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB":
        return None
    if head.dep_ == "dobj":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subject = verb.head  # "a decree that replaces Decree 72"
        return subject.i if subject is not None and subject.i in measure_heads else None
    if head.dep_ == "nsubjpass":  # "Decree 72 was replaced by Decree 147"
        return next((p.i for c in verb.children if c.dep_ == "agent" for p in c.children
                     if p.dep_ == "pobj" and p.i in measure_heads), None)
    return None


def _own_clause(parsed, m) -> frozenset[int]:
    """The tokens after a described measure's head that tell what it does: "a bill that would have put the
    Digital Services Act into effect" (a name there is another measure), but not its naming: "a bill called X"."""
    head = parsed[m.head]
    out = set()
    for t in head.subtree:
        if t.i <= head.i:
            continue
        up = t
        while up.head.i != head.i and not (up.lemma_.lower() in ALIAS_VERBS and up.pos_ in ("VERB", "AUX")):
            up = up.head
        if up.head.i == head.i and up.dep_ in ("relcl", "acl") and up.lemma_.lower() not in ALIAS_VERBS:
            out.add(t.i)  # a clause: not "a revision of the broadcasting law", nor "a bill, SB 5, that ..."
    return frozenset(out)


PART_WORDS = {"article", "section", "clause", "title", "part", "chapter", "paragraph", "schedule"}


def _set_off(parsed, m, ending: dict, named_end: dict):
    """ "signed a narrower measure, Senate Bill 243, that requires ...": a name set off by commas right
    after a described measure, or after another name and "the", names it, however the parser hung it."""
    start = m.start - 1 if m.start > 0 and parsed[m.start - 1].lower_ == "the" else m.start
    before = ending.get(start - 1)
    if before is None and start < m.start:  # "passed SB 53, the Transparency in Frontier AI Act, in September"
        before = named_end.get(start - 1)  # (a name after a name with no "the" is a list: "SB 53, SB 243, ...")
    if start < 2 or parsed[start - 1].text != "," or before is None:
        return None
    after = parsed[m.end].text if m.end < len(parsed) else "."
    return parsed[before.head] if after in (",", ".", ";", ")", "—") else None


def _titled_before(parsed, mentions, m):
    """ "Formally titled the Protection of Children Bill, it would have ...": the name is the one of the
    measure "it" stands for, the measure told last before it (read from the surface: the parse of such an
    opening is often broken)."""
    i = m.start - 1
    if i >= 0 and parsed[i].lower_ == "the":
        i -= 1
    if i < 0 or parsed[i].lemma_.lower() not in ALIAS_VERBS or parsed[i].tag_ not in ("VBN", "VBD"):
        return None
    verb = parsed[i]
    if any(t.pos_ != "ADV" for t in parsed[verb.sent.start:verb.i]) or m.end + 1 >= len(parsed) \
            or parsed[m.end].text != "," or parsed[m.end + 1].pos_ != "PRON":
        return None
    before = [x for x in mentions if x.type == "Measure" and x.end <= verb.i and x.kind != "pronoun"]
    return parsed[max(before, key=lambda x: x.start).head] if before else None
