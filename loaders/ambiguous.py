"""Countries whose names are other things too: "Jordan" (a congressman, a first name), "Chad", "Georgia" (a
US state). The gazetteer marks them ``ambiguous`` with ``cues``; the ruler leaves them out, and this pipe
makes the lone name the country only in a story that one of the cues places there (its dateline "AMMAN",
"Jordanian", the capital). A name inside a longer one ("Jim Jordan", "the Jordan Press Association") or
followed by another capitalised word stays what the model said it was.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span

from policygraph.loaders.lexicon import lexicon


HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr."}


@functools.lru_cache(maxsize=1)
def _entries() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """name -> (gazetteer id, type, cues) for the ambiguous entries."""
    return {e["name"]: (e["id"], e["type"], tuple(e.get("cues", ()))) for e in lexicon().gazetteer.values()
            if e.get("ambiguous")}


def ambiguous_places(doc):
    entries = {name: entry for name, entry in _entries().items()
               if name in doc.text and any(cue in doc.text for cue in entry[2])}
    if not entries:
        return doc
    long_names = {i for e in doc.ents if len(e) > 1 for i in range(e.start, e.end)}
    found = []
    for tok in doc:
        entry = entries.get(tok.text)
        if entry is None or tok.i in long_names:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.text not in ("'s", "’s"):
            continue  # "Jordan Peterson", "Georgia Tech"
        if tok.i and (doc[tok.i - 1].lower_ in lexicon().titles or doc[tok.i - 1].lower_ in HONORIFICS):
            continue  # "Rep. Jordan", "Mr Jordan"
        found.append(Span(doc, tok.i, tok.i + 1, label=entry[1], span_id=entry[0]))
    if found:
        taken = {s.start for s in found}
        doc.ents = [e for e in doc.ents if not taken & set(range(e.start, e.end))] + found
    return doc
