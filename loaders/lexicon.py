"""The extractor's word lists and gazetteer, loaded once from the versioned files in ``data/``.

>>> lex = lexicon()
>>> lex.verbs["oppose"]
('OPPOSES', 'oppose')
>>> lex.gazetteer["us.commerce"]["type"]
'Agency'
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources


def _load(name: str) -> dict:
    return tomllib.loads(resources.files(__package__).joinpath("data", name).read_text("utf-8"))


def _pair(value: list[str]) -> tuple[str, str | None]:
    return value[0], (value[1] or None)


@dataclass(frozen=True)
class Lexicon:
    """Word lists keyed for fast lookup; see data/lexicon.toml for what each means."""

    version: str
    titles: dict[str, str]             # title phrase (lower) -> node type
    role_words: dict[str, str]         # title phrase (lower) -> LEADS / EMPLOYED_BY
    title_bodies: dict[str, str]       # title phrase (lower) -> gazetteer id of the body it leads
    groups: dict[str, str]             # group noun lemma -> node type
    lobby_words: frozenset[str]
    measure_heads: frozenset[str]
    weak_heads: frozenset[str]
    strong_modifiers: frozenset[str]
    name_heads: frozenset[str]
    anaphora: dict[str, str]           # noun (lower) -> node type it refers back to
    verbs: dict[str, tuple[str, str | None]]
    phrasal: dict[str, tuple[str, str | None]]
    nominal: dict[str, tuple[str, str | None]]
    support_verbs: frozenset[str]
    oppose_verbs: frozenset[str]
    statuses: dict[str, str]
    status_phrases: dict[str, str]
    status_nouns: dict[str, str]
    attempts: frozenset[str]
    speech_verbs: frozenset[str]
    negative_words: frozenset[str]
    positive_words: frozenset[str]
    review_hedges: frozenset[str]
    skip_hedges: frozenset[str]
    non_entities: frozenset[str]
    gazetteer: dict[str, dict]         # id -> entry
    demonyms: dict[str, str]           # "Chinese" -> gazetteer id of the country
    regions: tuple[str, ...]           # places no government acts for: "Latin America" is not America
    datelines: dict[str, str]          # "MANILA" -> gazetteer id of the country a dateline places a story in
    portfolios: frozenset[str]         # "Digital", "Culture": words of a ministry's remit, for names with commas
    max_title_words: int


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon and gazetteer (cached)."""
    lx, gz = _load("lexicon.toml"), _load("gazetteer.toml")
    titles = {t: typ for typ, words in lx["titles"].items() for t in words}
    for demonym in gz["demonyms"]:  # "Chinese leader Xi Jinping" leads China
        titles.setdefault(f"{demonym.lower()} leader", "Official")
    role_words = {t: rel for rel, words in lx["role_words"].items() for t in words}
    groups = {w: typ for typ, words in lx["groups"].items() if typ != "lobby_words" for w in words}
    anaphora: dict[str, str] = {}
    for typ, words in lx["anaphora"].items():
        for w in words:
            anaphora.setdefault(w, typ)
    return Lexicon(
        version=f"lexicon {lx['version']}, gazetteer {gz['version']}",
        titles=titles, role_words=role_words, title_bodies=dict(lx.get("title_bodies", {})), groups=groups,
        lobby_words=frozenset(lx["groups"]["lobby_words"]),
        measure_heads=frozenset(lx["measures"]["heads"]),
        weak_heads=frozenset(lx["measures"]["weak_heads"]),
        strong_modifiers=frozenset(lx["measures"]["strong_modifiers"]),
        name_heads=frozenset(lx["measures"]["name_heads"]),
        anaphora=anaphora,
        verbs={k: _pair(v) for k, v in lx["verbs"].items()},
        phrasal={k: _pair(v) for k, v in lx["phrasal"].items()},
        nominal={k: _pair(v) for k, v in lx["nominal"].items()},
        support_verbs=frozenset(lx["polarity"]["support"]),
        oppose_verbs=frozenset(lx["polarity"]["oppose"]),
        statuses=dict(lx["statuses"]), status_phrases=dict(lx["status_phrases"]),
        status_nouns=dict(lx["status_nouns"]),
        attempts=frozenset(lx["hedges"]["attempts"]),
        speech_verbs=frozenset(lx["speech"]["verbs"]),
        negative_words=frozenset(lx["speech"]["negative"]),
        positive_words=frozenset(lx["speech"]["positive"]),
        review_hedges=frozenset(lx["hedges"]["review"]), skip_hedges=frozenset(lx["hedges"]["skip"]),
        non_entities=frozenset(lx["non_entities"]["words"]),
        gazetteer={e["id"]: e for e in gz["entries"]},
        demonyms=dict(gz["demonyms"]),
        regions=tuple(gz["regions"]["names"]),
        datelines=dict(gz["datelines"]),
        portfolios=frozenset(gz["portfolios"]["areas"]),
        max_title_words=max(len(t.split()) for t in titles),
    )
