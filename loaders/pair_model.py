"""The learned relation model: a logistic regression over pair features (pairs.py), trained on the gold
annotations by ``bench/train_pairs.py`` and shipped as ``data/pair_model.json``.

The rules speak first. For a pair of entities the rules linked by no edge, the model proposes one when it
is confident enough; the edge quotes the sentence that on its own says it most strongly and carries the
model's probability as its confidence.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from policygraph.graph.records import Evidence, Relation
from policygraph.graph.vocabulary import implied_stance
from policygraph.loaders.pairs import Pair

DEFAULT = Path(__file__).parent / "data" / "pair_model.json"
UNSAID = ("neg", "hedged", "pa=of")  # denied, only possible, or the source is named inside another noun
SUPPORT = ("LOBBIED/support", "SUPPORTS", "URGED/support")
OPPOSE = ("LOBBIED/oppose", "OPPOSES", "CRITICIZED", "URGED/oppose")


class PairModel:
    """Weights per feature and class; ``predict`` gives the edge to draw for a pair, if any."""

    def __init__(self, classes: list[str], bias: list[float], weights: dict[str, dict[int, float]],
                 threshold: float, version: str = "0"):
        self.classes = classes
        self.bias = bias
        self.weights = weights
        self.threshold = threshold
        self.version = version
        self.index = {f: i for i, f in enumerate(weights)}
        self.matrix = np.zeros((len(weights), len(classes)))
        for f, row in weights.items():
            for k, v in row.items():
                self.matrix[self.index[f], k] = v
        self.bias_row = np.array(bias, dtype=float)

    @classmethod
    def load(cls, path: Path = DEFAULT) -> "PairModel | None":
        """The model saved at ``path``, or None when there is none (the rules then work alone)."""
        if not path.exists():
            return None
        data = json.loads(path.read_text("utf-8"))
        weights = {f: {int(k): v for k, v in w.items()} for f, w in data["weights"].items()}
        return cls(data["classes"], data["bias"], weights, data["threshold"], data.get("version", "0"))

    def to_json(self) -> str:
        data = {"version": self.version, "threshold": self.threshold, "classes": self.classes, "bias": self.bias,
                "weights": {f: {str(k): v for k, v in sorted(w.items())} for f, w in sorted(self.weights.items())}}
        return json.dumps(data, separators=(",", ":"), sort_keys=True)

    def probabilities(self, features: set[str]) -> list[float]:
        rows = [self.index[f] for f in features if f in self.index]
        scores = self.bias_row + self.matrix[rows].sum(axis=0)
        exp = np.exp(scores - scores.max())
        return (exp / exp.sum()).tolist()

    def predict(self, features: set[str]) -> tuple[str, float] | None:
        """The class to draw (``TYPE`` or ``TYPE/stance``) and its group's probability, or None.

        Never where a sentence linking the two denies or hedges it, or names the source inside another
        noun ("the parent company of Google, Alphabet, lobbied"): the rules read those, and the model
        has too few of them to learn.
        """
        if any(f in features for f in UNSAID):
            return None
        return decide(self.classes, self.probabilities(features), self.threshold)

    def evidence(self, pair: Pair, cls: str) -> tuple[int, int, int]:
        """The sentence that on its own says ``cls`` most strongly (then the closest in the parse, the first)."""
        group = next((g for g in (SUPPORT, OPPOSE) if cls in g), (cls,))
        k = [self.classes.index(c) for c in group if c in self.classes]

        def strength(s):
            probs = self.probabilities(set(s[3]))
            return -sum(probs[i] for i in k), s[0], s[1]
        best = min(pair.sentences, key=strength)
        return best[1], best[2], best[4]


def decide(classes: list[str], probs: list[float], threshold: float) -> tuple[str, float] | None:
    """Support and oppose classes count together (any such edge states the side); others stand alone."""
    p = dict(zip(classes, probs))
    groups = [SUPPORT, OPPOSE] + [(c,) for c in classes if c != "NONE" and c not in SUPPORT + OPPOSE]
    best = max(groups, key=lambda g: sum(p.get(c, 0.0) for c in g))
    total = sum(p.get(c, 0.0) for c in best)
    if total < threshold:
        return None
    return max(best, key=lambda c: p.get(c, 0.0)), total


def learned_relations(model: PairModel, pairs: dict[tuple[str, str], Pair], ids: dict[str, str],
                      linked: set[tuple[str, str]], doc, label: str, date_of,
                      led: frozenset[tuple[str, int]] = frozenset()) -> list[Relation]:
    """Edges the model proposes for pairs the rules left unlinked (in either direction); ``date_of(start,
    end, anchor)`` dates the quoted sentence as the rules' edges are dated. ``led`` holds (body, quote start)
    of the rules' LEADS edges: "A and B, who heads the agency": the rules chose who heads it there."""
    out = []
    for (a, b), pair in sorted(pairs.items()):
        if (ids[a], ids[b]) in linked or (ids[b], ids[a]) in linked:
            continue
        guess = model.predict(pair.features)
        if guess is None:
            continue
        cls, prob = guess
        edge_type, _, stance = cls.partition("/")
        start, end, anchor = model.evidence(pair, cls)
        quote = doc.text[start:end]
        stripped = quote.strip()
        first = start + quote.index(stripped[:1]) if stripped else start
        if edge_type == "LEADS" and (ids[b], first) in led:
            continue
        ev = Evidence(doc.id, " ".join(stripped.split()), first, first + len(stripped), date_of(start, end, anchor))
        out.append(Relation(ids[a], ids[b], edge_type, [ev], stance=stance or implied_stance(edge_type),
                            confidence=round(prob, 3), extractor=label))
    return out
