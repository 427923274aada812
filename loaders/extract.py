"""Extraction of one document: spaCy parse -> mentions -> resolution -> relations, each with evidence.

>>> from policygraph.graph.records import Document
>>> ex = Extractor()
>>> doc = Document(id="d_x", title="t", date="2025-03-01",
...                text="Nvidia lobbied against the GAIN AI Act. Congress shelved the bill in March.")
>>> entities, relations = ex.extract(doc)
>>> sorted((r.type, r.stance) for r in relations)
[('LOBBIED', 'oppose'), ('SHELVED', None)]
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
from typing import Iterable

from policygraph.graph.ids import make_id
from policygraph.graph.records import Document, Entity, Evidence, Relation
from policygraph.loaders.attribution import fill_unknown_actors
from policygraph.loaders.coref import Cluster, Resolver
from policygraph.loaders.date_scope import DateScope
from policygraph.loaders.dates import after, find_dates, in_last_year, in_next_year
from policygraph.loaders.inference import (announced_then_dropped, counted_measures, implied_roles,
                                           infer_stances, leaders, made_measures, named_later, named_next,
                                           no_statute_imposed, propagate_parts, reactions, spokespeople,
                                           type_by_employer, type_by_group)
from policygraph.loaders.lexicon import lexicon
from policygraph.loaders.measure_match import NOUN_KIN, measure_head
from policygraph.loaders.mention_attrs import annotate
from policygraph.loaders.mentions import MentionFinder
from policygraph.loaders.spans import is_heading, is_headline, whole_sentences
from policygraph.loaders.nlp import load_model, model_label
from policygraph.loaders.pair_model import PairModel, learned_relations
from policygraph.loaders.pairs import candidate_pairs
from policygraph.loaders.places import dateline_country
from policygraph.loaders.relations import Found, RelationFinder
from policygraph.loaders.statuses import STATUS_TYPES

log = logging.getLogger(__name__)
ARGUMENT_ROLES = {"nsubj", "nsubjpass", "dobj", "agent", "dative"}
RETOLD = 300  # characters: a change told again this soon after a dated telling is the same change
STOPGAPS = {"suspension", "block", "blocking", "shutdown", "blackout", "freeze", "pause"}  # held, not made to last
ALWAYS_KEPT = {"Firm", "Agency", "Lawmaker", "Official", "Person", "Lobbyist", "Organization", "Measure"}


class Extractor:
    """Turns Documents into (entities, relations). Holds the loaded model; reuse one per process."""

    def __init__(self, model: str | None = None, learned: bool = True):
        self.nlp = load_model(model)
        self.lex = lexicon()
        self.label = f"rules/{self.lex.version}/{model_label(self.nlp)}"
        self.pair_model = PairModel.load() if learned else None
        self.pairs_seen: list | None = None  # set to a list to keep each document's candidate pairs (training)

    def extract(self, doc: Document) -> tuple[list[Entity], list[Relation]]:
        """Entities and relations stated in ``doc``; every relation carries its sentence as evidence."""
        return self._from_parse(doc, self.nlp(doc.text))

    def extract_many(self, docs: Iterable[Document], batch_size: int = 16):
        """``extract`` for many documents, parsed in batches by ``nlp.pipe`` (faster than one by one)."""
        docs = list(docs)
        for doc, parsed in zip(docs, self.nlp.pipe((d.text for d in docs), batch_size=batch_size)):
            yield self._from_parse(doc, parsed)

    def _from_parse(self, doc: Document, parsed) -> tuple[list[Entity], list[Relation]]:
        mentions = MentionFinder(self.lex).find(parsed)
        breaks = [t.idx for t in parsed if "\n" in t.text or "\n" in t.whitespace_]

        def paragraph_of(i: int) -> int:  # the paragraph number of token i (line breaks before its sentence)
            return bisect.bisect(breaks, parsed[i].sent.start_char)

        annotate(mentions, parsed, self.lex, paragraph_of)
        resolver = Resolver()
        resolver.paragraph_of = paragraph_of
        resolver.home = dateline_country(doc.text, self.lex.datelines)
        clusters = resolver.resolve(mentions)
        finder = RelationFinder(self.lex, resolver, mentions)
        for sent in parsed.sents:
            if not is_heading(sent) or is_headline(sent):
                finder.run(sent)
        found = named_later(made_measures(finder.found, clusters, finder.made), clusters, parsed)
        found = named_next(found, clusters, parsed)  # after named_later: a law named later takes its mentions first
        found = fill_unknown_actors(found, clusters, parsed)
        found = propagate_parts(found)
        found = counted_measures(found, clusters)
        found = reactions(found)
        found = infer_stances(found)
        found = announced_then_dropped(found, parsed)
        found = no_statute_imposed(implied_roles(found, clusters), clusters)
        found = leaders(found, clusters, parsed)
        found = spokespeople(found, clusters, parsed, self.lex.speech_verbs)
        type_by_employer(found, clusters)
        type_by_group(found, clusters)
        background = {t.idx for t in parsed if _told_as_background(t)}
        background |= _behind_the_lead(found, parsed)
        past = {t.idx for t in parsed if _told_past(t)}
        future = {t.idx for t in parsed if _will(t)}
        scope = DateScope(parsed, self.lex.statuses, [(m.start, m.end) for m in mentions if m.type == "Measure"])
        entities, relations, ids = self._records(doc, clusters, found, background, (past, future),
                                                 whole_sentences(parsed), scope, _lead_day(doc, parsed))
        if self.pair_model is None and self.pairs_seen is None:
            return entities, relations
        linked = {(r.source, r.target) for r in relations}
        key_of = {v: k for k, v in ids.items()}
        skip = set() if self.pairs_seen is not None else {  # the model only speaks for pairs the rules left alone
            p for s, t in linked for p in ((key_of[s], key_of[t]), (key_of[t], key_of[s]))}
        pairs = candidate_pairs(parsed, mentions, clusters, set(ids), self.lex, skip)
        if self.pairs_seen is not None:
            self.pairs_seen.append((pairs, ids))
        if self.pair_model is not None:
            label = f"learned/{self.pair_model.version}/{model_label(self.nlp)}"
            led = frozenset((r.target, e.start) for r in relations if r.type == "LEADS" for e in r.evidence)
            relations += learned_relations(self.pair_model, pairs, ids, linked, doc, label,
                                           lambda start, end, anchor: _sentence_date(doc, start, end, anchor, scope),
                                           led)
        return entities, relations

    def _records(self, doc: Document, clusters: dict[str, Cluster], found: list[Found], background: set[int],
                 tenses: tuple[set[int], set[int]] = (frozenset(), frozenset()),
                 whole: dict[int, tuple[int, int]] | None = None,
                 scope: DateScope | None = None, lead: tuple[int, str] | None = None):
        past, future = tenses
        used = {f.source for f in found} | {f.target for f in found}
        ids: dict[str, str] = {}
        entities: list[Entity] = []
        for key, c in clusters.items():
            named = [m for m in c.mentions if m.kind == "named" and not m.in_title]
            media = c.attrs.get("kind") == "media"
            weak = all(m.attrs.get("weak") for m in named) and len(named) < 2
            acting = any(m.attrs.get("dep") in ARGUMENT_ROLES for m in named)
            keep = key in used and (c.mentions or c.attrs.get("implicit")) or (
                named and not media and not weak and (c.type in ALWAYS_KEPT or acting))
            if not keep:
                continue
            ent = _entity(c, doc)
            ids[key] = ent.id
            entities.append(ent)
        year = doc.date[:4] if doc.date else None
        date_cache: dict[int, list] = {}
        relations: dict[str, Relation] = {}
        found = [f for f in found if f.source in ids and f.target in ids]
        dates: list[str | None] = []
        told: dict[tuple[str, str], tuple[str, int]] = {}  # the last dated change of each kind, and where it ends
        for f in found:
            if f.sent_start not in date_cache:
                date_cache[f.sent_start] = find_dates(doc.text[f.sent_start:f.sent_end], default_year=year,
                                                      reference=doc.date)
            sentence = doc.text[f.sent_start:f.sent_end]
            near = date_cache[f.sent_start] if scope is None else \
                scope.dates(f.anchor, date_cache[f.sent_start], f.sent_start)
            date = _nearest_date(near, f.anchor - f.sent_start, sentence,
                                 deadline=f.type in ("DELAYED", "PAUSED"))
            own = date is not None
            before = told.get((f.target, f.type)) if f.type in STATUS_TYPES else None
            if date is None and before is not None and 0 <= f.sent_start - before[1] < RETOLD:
                date = before[0]  # "approved the law on Wednesday. The National Council passed
                # the law with ...": the same change retold just after, not a new one on the day of the story
            elif date is None and lead is not None and f.sent_start < lead[0]:
                date = lead[1]  # a headline tells the lead's news: "China loosens data rules" is the "on Friday" after
            elif date is None and not (f.type in STATUS_TYPES and f.anchor in background):
                date = doc.date  # an undated change told as background ("had been vetoed") stays undated
            elif f.anchor in past and in_last_year(date, doc.date, sentence):
                date = f"{int(date[:4]) - 1}{date[4:]}"
            elif f.anchor in future and in_next_year(date, doc.date, sentence):
                date = f"{int(date[:4]) + 1}{date[4:]}"
            if own and f.type in STATUS_TYPES:
                told[(f.target, f.type)] = (date, f.sent_end)
            dates.append(date)
        in_force = _in_force_since(found, dates, {k for k, c in clusters.items() if _duty(c)})
        stopgaps = {k for k, c in clusters.items() if c.type == "Measure" and c.name.split()
                    and (measure_head(c.name).rstrip("s") in STOPGAPS or "temporary" in c.name.lower().split())}
        whole = whole or {}
        for f, date in zip(found, dates):
            if f.type == "DROPPED" and after(date, in_force.get(f.target)):
                f = Found(f.source, f.target, "RESCINDED", f.stance, f.sent_start, f.sent_end, f.anchor, f.confidence)
            if f.type == "RESCINDED" and f.target in stopgaps:  # "lifted the suspension of X": undone, not repealed
                f = Found(f.source, f.target, "REVERSED", f.stance, f.sent_start, f.sent_end, f.anchor, f.confidence)
            first, last = whole.get(f.sent_start, (f.sent_start, f.sent_end))
            quote = doc.text[first:max(last, f.sent_end)]
            stripped = quote.strip()
            start = first + quote.index(stripped[:1]) if stripped else first
            ev = Evidence(doc.id, " ".join(stripped.split()), start, start + len(stripped), date)
            rel = Relation(ids[f.source], ids[f.target], f.type, [ev], stance=f.stance,
                           date=date if f.type in STATUS_TYPES else None,
                           confidence=f.confidence, extractor=self.label)
            if rel.id in relations:
                old = relations[rel.id]
                old.evidence = sorted(set(old.evidence) | {ev}, key=lambda e: (e.start, e.end))
                old.confidence = max(old.confidence, rel.confidence)
            else:
                relations[rel.id] = rel
        return entities, list(relations.values()), ids


def _lead_day(doc: Document, parsed) -> tuple[int, str] | None:
    """(end of the headline, the day its lead gives) when the story opens with a headline and the first
    sentence after it dates its news to a day in the week before the story ("on Friday")."""
    sents = list(parsed.sents)
    if not doc.date or len(doc.date) != 10 or not sents or not is_headline(sents[0]):
        return None
    lead = next((x for x in sents[1:4] if not is_heading(x) and len(x) > 6), None)
    if lead is None:
        return None
    week_before = (dt.date.fromisoformat(doc.date) - dt.timedelta(days=7)).isoformat()
    days = [d for d, _, _ in find_dates(lead.text, reference=doc.date) if len(d) == 10 and week_before <= d <= doc.date]
    told = [d for d in days if d != doc.date] or days  # not the dateline's "March 25" before "on Friday"
    return (sents[0].end_char, told[0]) if told else None


def _told_past(tok) -> bool:
    """A verb told in the past: "signed", "was signed", and "signed" joined to one ("was approved ... and
    signed by the president on Dec. 2")."""
    if tok.tag_ == "VBD":
        return True
    if tok.tag_ != "VBN":
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had", "has", "have") for c in tok.children):
        return True
    if tok.dep_ == "acl" and tok.lemma_.lower() not in ("expect", "schedule", "set", "slate", "plan", "due"):
        return True  # "The rule, unveiled on Dec. 3 under ...": what was done to it
    return tok.dep_ == "conj" and tok.head.tag_ in ("VBD", "VBN") and tok.head.i < tok.i and _told_past(tok.head)


def _will(tok) -> bool:
    """A verb told in the future: "will take effect", or a clause on one ("will require them to allow rival
    stores when it takes full effect in December")."""
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll")
                                              for c in tok.children):
            return True
        if tok.dep_ not in ("advcl", "xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _sentence_date(doc: Document, start: int, end: int, anchor: int, scope: DateScope | None = None) -> str | None:
    """The date a sentence gives nearest ``anchor`` (a character offset) and in its scope, else the
    document's."""
    sentence = doc.text[start:end]
    dates = find_dates(sentence, default_year=doc.date[:4] if doc.date else None, reference=doc.date)
    if scope is not None:
        dates = scope.dates(anchor, dates, start)
    return _nearest_date(dates, anchor - start, sentence) or doc.date


def _duty(c: Cluster) -> bool:
    """A measure named by a noun of the duty, ban or curb families, not of bills ("tariff", not "law")."""
    kin = NOUN_KIN.get(measure_head(c.name).rstrip("s"), set()) if c.type == "Measure" and c.name.split() else set()
    return bool(kin) and "bill" not in kin


def _in_force_since(found: list[Found], dates: list[str | None], duties: set[str]) -> dict[str, str]:
    """The earliest date each measure is told to have come into force (enacted, issued, took effect); for
    ``duties`` (tariffs, bans, curbs: no bills, which are eased while drafts), also to have been eased,
    which they can only be while in force ("halves the tariff and will scrap it")."""
    out: dict[str, str] = {}
    for f, date in zip(found, dates):
        if (f.type == "ENACTED" or f.type == "EASED" and f.target in duties) \
                and (f.target not in out or (date or "") < out[f.target]):
            out[f.target] = date or ""  # undated: told as background ("since it was issued"), so before all
    return out


def _entity(c: Cluster, doc: Document) -> Entity:
    first = c.mentions[0] if c.mentions else None
    generic = c.type == "Measure" and first is not None and first.kind == "described" \
        and not any(m.attrs.get("specific") for m in c.mentions)
    ent = Entity.make(c.type, c.name)
    bare_group = c.mentions and all(m.kind == "group" and m.attrs.get("generic") for m in c.mentions)
    if generic:  # "export controls" in two stories are rarely the same measure
        ent.id = make_id("n", "measure", c.name, doc.id)
    elif bare_group:  # nor are "officials" or "critics" the same people
        ent.id = make_id("n", "group", c.name, doc.id)
    ent.aliases = {n for n in c.names if n != c.name} | {m.attrs["gloss"] for m in c.mentions if m.attrs.get("gloss")}
    ent.sources = {doc.id}
    if c.gaz:
        ent.attrs["gazetteer"] = c.gaz
    if c.attrs.get("kind"):
        ent.attrs["kind"] = c.attrs["kind"]
    if c.title:
        ent.attrs["title"] = c.title
    if any(m.kind == "group" for m in c.mentions):
        ent.attrs["group"] = True
    return ent


def _behind_the_lead(found: list[Found], parsed) -> set[int]:
    """News puts the latest change in the headline and the first sentences. When they report a change
    of a measure, the undated changes of that measure further down are background (they keep no date
    instead of the story's), so the lead's change stays the measure's latest."""
    sents = [s for s in parsed.sents if s.text.strip()]
    lead = {s.start_char for s in sents[:3]}
    led = {f.target for f in found if f.type in STATUS_TYPES and f.sent_start in lead}
    return {f.anchor for f in found if f.type in STATUS_TYPES and f.target in led and f.sent_start not in lead}


def _told_as_background(tok) -> bool:
    """A verb in the past perfect ("had been vetoed", "had passed") or flagged as earlier ("first
    proposed", "originally introduced"), or a measure called "proposed": an earlier event, not the
    story's news."""
    if tok.dep_ == "amod" and tok.lower_ == "proposed":
        return True  # "a proposed ban": proposed before the news, whatever became of it
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ in ("dobj", "pobj"):
        return True  # "will pay to close out a fine imposed by the watchdog": its origin, not the news
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in tok.children):
        return True
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "once", "until", "when")
                                   for c in tok.children):
        return True  # "prices climbed after the curbs were introduced"
    return any(c.dep_ == "advmod" and c.lower_ in ("first", "originally", "initially", "previously", "earlier", "once")
               for c in tok.children)


def _nearest_date(dates: list[tuple[str, int, int]], offset: int, sentence: str = "",
                  deadline: bool = False) -> str | None:
    """The date nearest the word that states the change. A date the change points to ("delayed to
    Nov. 1", "paused until 2026") is its new deadline, not its date."""
    def points_to(start: int) -> bool:
        before = sentence[max(0, start - 8):start].lower().split()
        return bool(before) and before[-1] in (("to", "until", "till", "through", "from") if deadline
                                               else ("until", "till"))  # "delayed from Jan. 1 to July 1"
    dated = [d for d in dates if len(d[0]) >= 4 and not points_to(d[1])]
    if not dated:
        return None
    return min(dated, key=lambda d: (abs(d[1] - offset), -len(d[0])))[0]
