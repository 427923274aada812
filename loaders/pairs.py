"""Candidate pairs for the learned relation model: two entities named in one sentence, and what lies between.

Each ordered pair of resolved entities that share a sentence becomes a ``Pair``: the words and dependency
path that link their mentions, their types and roles, gathered over every sentence they share. The rules
in relations.py read particular constructions; these features let a model trained on the gold
annotations (pair_model.py) weigh any construction the genre uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    sentences: list[tuple[int, int, int, frozenset]] = field(default_factory=list)  # (path length, sentence
    # start and end characters, that sentence's own features), one per pair of mentions


def _ancestors(tok) -> list:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _path(a, b) -> tuple[list, object, list]:
    """Tokens from ``a`` up to the lowest common ancestor, that ancestor, and the tokens down to ``b``."""
    up = _ancestors(a)
    index = {t.i: k for k, t in enumerate(up)}
    down = []
    for t in _ancestors(b):
        if t.i in index:
            return up[:index[t.i]], t, list(reversed(down))
        down.append(t)
    return up, None, list(reversed(down))


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


def mention_features(parsed, a, b, type_a: str, type_b: str, kind_a: str, kind_b: str,
                     lex=None) -> tuple[set[str], int]:
    """Features of mention ``a`` (source) and ``b`` (target), given as (head token index, start, end)."""
    ha, hb = parsed[a[0]], parsed[b[0]]
    up, lca, down = _path(ha, hb)
    f = {f"ta={type_a}", f"tb={type_b}", f"tt={type_a}>{type_b}", f"ka={kind_a}", f"kb={kind_b}",
         "order=ab" if a[0] < b[0] else "order=ba", f"da={ha.dep_}", f"db={hb.dep_}"}
    if lca is None:
        return f | {"nolink"}, 99
    up_deps = "^".join(t.dep_ for t in up)
    down_deps = "v".join(t.dep_ for t in down)
    if lca.i == ha.i:
        top = "A"
    elif lca.i == hb.i:
        top = "B"
    else:
        top = lca.lemma_.lower()
    f.add(f"lca={top}")
    f.add(f"lca={top}|{type_a}>{type_b}")
    f.add(f"p={up_deps}|{down_deps}")
    f.add(f"pl={up_deps}|{top}|{down_deps}")
    if hb.dep_ == "pobj":
        f.add(f"pb={hb.head.lower_}")
        f.add(f"pb={hb.head.lower_}|{hb.head.head.lemma_.lower()}")
    if ha.dep_ == "pobj":
        f.add(f"pa={ha.head.lower_}")
    inner = [t for t in up[1:] + ([lca] if top not in ("A", "B") else []) + down[:-1]]
    for t in inner:
        if t.pos_ in CONTENT:
            f.add(f"w={t.lemma_.lower()}")
            if lex is not None:
                f |= {f"path:{c}" for c in word_classes(lex, t.lemma_.lower())}
        if any(c.dep_ == "neg" for c in t.children):
            f.add("neg")
        if any(c.dep_ == "aux" and c.lower_ in HEDGES for c in t.children):
            f.add("hedged")
    verb = next((t for t in up[1:] + ([lca] if lca is not None else []) if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        f.add(f"va={verb.lemma_.lower()}")
        f.add(f"va={verb.lemma_.lower()}|{ha.dep_}")
    lo, hi = (a[2], b[1]) if a[0] < b[0] else (b[2], a[1])
    if 0 < hi - lo <= 10:
        for t in parsed[lo:hi]:
            if t.pos_ in CONTENT:
                f.add(f"bw={t.lemma_.lower()}")
                if lex is not None:
                    f |= {f"between:{c}" for c in word_classes(lex, t.lemma_.lower())}
    elif hi - lo > 10:
        f.add("far")
    length = len(up) + len(down)
    f.add(f"len={min(length, 6)}")
    return f, length


def candidate_pairs(parsed, mentions, clusters, keep: set[str], lex=None) -> dict[tuple[str, str], Pair]:
    """Every ordered pair of kept entities sharing a sentence, with their features over all such sentences."""
    by_sentence: dict[int, list] = {}
    for m in mentions:
        keys = m.refs or ([m.entity] if m.entity else [])
        for key in keys:
            if key in keep and key in clusters:
                by_sentence.setdefault(parsed[m.head].sent.start, []).append((key, m))
    pairs: dict[tuple[str, str], Pair] = {}
    for start, items in by_sentence.items():
        sent = parsed[start].sent
        crowded = len(items) > MOST_MENTIONS
        for ka, ma in items:
            for kb, mb in items:
                if ka == kb or crowded and abs(ma.head - mb.head) > NEAREST:
                    continue
                ca, cb = clusters[ka], clusters[kb]
                feats, length = mention_features(parsed, (ma.head, ma.start, ma.end), (mb.head, mb.start, mb.end),
                                                 ca.type, cb.type, ma.kind, mb.kind, lex)
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
                pair.sentences.append((length, sent.start_char, sent.end_char, frozenset(feats)))
    for pair in pairs.values():
        if len({s[1] for s in pair.sentences}) > 1:
            pair.features.add("several")
    return pairs
