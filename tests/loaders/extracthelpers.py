"""Shared helper for the extraction tests: extract one text and index what came out."""

from policygraph.graph.records import Document


def run(extractor, text, date="2025-06-02"):
    """(entity name -> type, {(source, type, stance, target)}, relations) for ``text``."""
    doc = Document(id="d_t", title="t", text=text, date=date)
    entities, relations = extractor.extract(doc)
    names = {e.id: e for e in entities}
    rels = {(names[r.source].name, r.type, r.stance, names[r.target].name) for r in relations}
    return {e.name: e.type for e in entities}, rels, relations


def measures(ents):
    """The names of the measures among ``run``'s entities."""
    return {n for n, t in ents.items() if t == "Measure"}


def dated(extractor, text, date="2025-06-02"):
    """{(source, type, target, date, first quote)} for ``text``: the edges with their dates and evidence."""
    doc = Document(id="d_t", title="t", text=text, date=date)
    entities, relations = extractor.extract(doc)
    names = {e.id: e.name for e in entities}
    return {(names[r.source], r.type, names[r.target], r.date, r.evidence[0].quote) for r in relations}
