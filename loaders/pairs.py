"""Candidate pairs for the learned relation model: two entities named in one sentence, and what lies between.

Each ordered pair of resolved entities that share a sentence becomes a ``Pair``: the words and dependency
path that link their mentions, their types and roles, gathered over every sentence they share. The rules
in relations.py read particular constructions; these features let a model trained on the gold
annotations (pair_model.py) weigh any construction the genre uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS

MOST_MENTIONS = 14     # a sentence naming more entities than this (a list) pairs only its nearest mentions
NEAREST = 30           # ... within this many tokens
CONTENT = {"VERB", "NOUN", "ADJ", "ADP", "ADV", "PART", "SCONJ", "AUX"}
HEDGES = {"could", "may", "might", "can"}  # "Ofcom could enforce the act": nothing is done yet


@dataclass
class Pair:
    """An ordered pair of entities (cluster keys) sharing at least one sentence."""

    source: str
    target: str
    features: set[str] = field(default_factory=set)
    sentences: list[tuple[int, int, int, frozenset, int]] = field(default_factory=list)  # (path length,
    # sentence start and end characters, that sentence's own features, the character offset of the word
    # linking the two), one per pair of mentions


class Tokens:
    """The attributes the features read, taken from the parse once per document (spaCy builds each string
    anew on every access)."""

    def __init__(self, parsed, lex=None):
        strings = parsed.vocab.strings
        array = parsed.to_array([LEMMA, DEP, POS, LOWER, HEAD])
        columns = array[:, :4].T.tolist() + [array[:, 4].astype("int64").tolist()]  # heads as offsets
        self.lemma = [strings[x].lower() for x in columns[0]]
        self.dep = [strings[x] for x in columns[1]]
        self.pos = [strings[x] for x in columns[2]]
        self.lower = [strings[x] for x in columns[3]]
        self.head = [i + offset for i, offset in enumerate(columns[4])]
        self.neg = [False] * len(parsed)
        self.hedged = [False] * len(parsed)
        for i, dep in enumerate(self.dep):
            if dep == "neg":
                self.neg[self.head[i]] = True
            elif dep == "aux" and self.lower[i] in HEDGES:
                self.hedged[self.head[i]] = True
        self.lex = lex
        self._classes: dict[str, frozenset] = {}

    def classes(self, i: int) -> frozenset:
        lemma = self.lemma[i]
        if lemma not in self._classes:
            self._classes[lemma] = frozenset(word_classes(self.lex, lemma)) if self.lex is not None else frozenset()
        return self._classes[lemma]

    def ancestors(self, i: int) -> list[int]:
        out = [i]
        while self.head[out[-1]] != out[-1] and len(out) < 40:
            out.append(self.head[out[-1]])
        return out

    def path(self, a: int, b: int) -> tuple[list[int], int | None, list[int]]:
        """Tokens from ``a`` up to the lowest common ancestor, that ancestor, and the tokens down to ``b``."""
        up = self.ancestors(a)
        index = {t: k for k, t in enumerate(up)}
        down = []
        for t in self.ancestors(b):
            if t in index:
                return up[:index[t]], t, down[::-1]
            down.append(t)
        return up, None, down[::-1]


def word_classes(lex, lemma: str) -> set[str]:
    """What the rules' lexicon says a word does: the edge its verb or noun states, its side, speech."""
    out = set()
    for kind, table in (("lv", lex.verbs), ("ln", lex.nominal), ("lp", lex.phrasal)):
        if lemma in table:
            edge, stance = table[lemma]
            out.add(f"{kind}={edge}/{stance}")
    for name, words in (("pol=support", lex.support_verbs), ("pol=oppose", lex.oppose_verbs),
                        ("tone=neg", lex.negative_words), ("tone=pos", lex.positive_words),
                        ("speech", lex.speech_verbs), ("lobby", lex.lobby_words)):
        if lemma in words:
            out.add(name)
    if lemma in lex.statuses:
        out.add(f"status={lex.statuses[lemma]}")
    return out


def mention_features(tok: Tokens, a, b, type_a: str, type_b: str, kind_a: str,
                     kind_b: str) -> tuple[set[str], int, int]:
    """Features of mention ``a`` (source) and ``b`` (target), given as (head token index, start, end), the
    length of the parse path between them and the token linking them (their lowest common ancestor)."""
    ha, hb = a[0], b[0]
    dep, lemma, pos = tok.dep, tok.lemma, tok.pos
    up, lca, down = tok.path(ha, hb)
    f = {f"ta={type_a}", f"tb={type_b}", f"tt={type_a}>{type_b}", f"ka={kind_a}", f"kb={kind_b}",
         "order=ab" if ha < hb else "order=ba", f"da={dep[ha]}", f"db={dep[hb]}"}
    if lca is None:
        return f | {"nolink"}, 99, ha
    up_deps = "^".join(dep[t] for t in up)
    down_deps = "v".join(dep[t] for t in down)
    top = "A" if lca == ha else "B" if lca == hb else lemma[lca]
    f.add(f"lca={top}")
    f.add(f"lca={top}|{type_a}>{type_b}")
    f.add(f"p={up_deps}|{down_deps}")
    f.add(f"pl={up_deps}|{top}|{down_deps}")
    if dep[hb] == "pobj":
        f.add(f"pb={tok.lower[tok.head[hb]]}")
        f.add(f"pb={tok.lower[tok.head[hb]]}|{lemma[tok.head[tok.head[hb]]]}")
    if dep[ha] == "pobj":
        f.add(f"pa={tok.lower[tok.head[ha]]}")
    for t in up[1:] + ([lca] if top not in ("A", "B") else []) + down[:-1]:
        if pos[t] in CONTENT:
            f.add(f"w={lemma[t]}")
            f.update(f"path:{c}" for c in tok.classes(t))
        if tok.neg[t]:
            f.add("neg")
        if tok.hedged[t]:
            f.add("hedged")
    verb = next((t for t in up[1:] + [lca] if pos[t] in ("VERB", "AUX")), None)
    if verb is not None:
        f.add(f"va={lemma[verb]}")
        f.add(f"va={lemma[verb]}|{dep[ha]}")
    lo, hi = (a[2], b[1]) if ha < hb else (b[2], a[1])
    if 0 < hi - lo <= 10:
        for t in range(lo, hi):
            if pos[t] in CONTENT:
                f.add(f"bw={lemma[t]}")
                f.update(f"between:{c}" for c in tok.classes(t))
    elif hi - lo > 10:
        f.add("far")
    length = len(up) + len(down)
    f.add(f"len={min(length, 6)}")
    return f, length, lca


def candidate_pairs(parsed, mentions, clusters, keep: set[str], lex=None,
                    skip=frozenset()) -> dict[tuple[str, str], Pair]:
    """Every ordered pair of kept entities sharing a sentence, with their features over all such sentences;
    pairs (of cluster keys) in ``skip`` are left out."""
    by_sentence: dict[int, list] = {}
    for m in mentions:
        keys = m.refs or ([m.entity] if m.entity else [])
        for key in keys:
            if key in keep and key in clusters:
                by_sentence.setdefault(parsed[m.head].sent.start, []).append((key, m))
    pairs: dict[tuple[str, str], Pair] = {}
    tok = Tokens(parsed, lex) if any(len(items) > 1 for items in by_sentence.values()) else None
    for start, items in by_sentence.items():
        sent = parsed[start].sent
        crowded = len(items) > MOST_MENTIONS
        for ka, ma in items:
            for kb, mb in items:
                if ka == kb or (ka, kb) in skip or crowded and abs(ma.head - mb.head) > NEAREST:
                    continue
                ca, cb = clusters[ka], clusters[kb]
                feats, length, link = mention_features(tok, (ma.head, ma.start, ma.end), (mb.head, mb.start, mb.end),
                                                 ca.type, cb.type, ma.kind, mb.kind)
                if ma.role_org is not None and mb.start <= ma.role_org < mb.end:
                    feats.add("titled_by_b")  # "Nvidia chief executive Jensen Huang"
                if mb.role_org is not None and ma.start <= mb.role_org < ma.end:
                    feats.add("b_titled_by")
                if ma.title:
                    feats.add(f"title_a={ma.title.lower()}")
                if mb.title:
                    feats.add(f"title_b={mb.title.lower()}")
                pair = pairs.setdefault((ka, kb), Pair(ka, kb))
                pair.features |= feats
                pair.sentences.append((length, sent.start_char, sent.end_char, frozenset(feats), parsed[link].idx))
    for pair in pairs.values():
        if len({s[1] for s in pair.sentences}) > 1:
            pair.features.add("several")
    return pairs
