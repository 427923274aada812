"""People the model leaves unnamed after their title: "King Abdullah II", "Emir Tamim", "Sultan Haitham".
A capitalised title from the lexicon followed by one to three capitalised proper nouns that no entity
covers (a regnal number may close them) becomes a PERSON entity, so the title rules type it as usual.

>>> _REGNAL.match("II") is not None, _REGNAL.match("I") is None
(True, True)
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from policygraph.loaders.lexicon import lexicon

_REGNAL = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|XI|XII)$")  # not "X", a platform's name


def titled_names(doc):
    titles = lexicon().titles
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    found = []
    for tok in doc:
        if not tok.is_title or tok.lower_ not in titles or tok.i in taken or tok.i + 1 >= len(doc):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and end not in taken and doc[end].pos_ == "PROPN" \
                and doc[end].is_title and doc[end].lower_ not in titles:
            end += 1
        if end > tok.i + 1 and end < len(doc) and end not in taken and _REGNAL.match(doc[end].text):
            end += 1  # "King Abdullah II"
        if end == tok.i + 1 or end < len(doc) and (end in taken or doc[end].is_title and doc[end].pos_ == "PROPN"):
            continue  # nothing after the title, or a name that runs into another ("Governor General Mary Simon")
        found.append(Span(doc, tok.i + 1, end, label="PERSON"))
        taken.update(range(tok.i, end))
    if found:
        doc.ents = list(doc.ents) + found
    return doc
