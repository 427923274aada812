"""Every gold annotation the evaluation reads is well formed: a miss in a gold file would score as a miss
of the extractor."""

import json
from pathlib import Path

import pytest

from policygraph.graph import vocabulary

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIRS = [ROOT / "examples" / "gold", *sorted((ROOT / "bench").glob("heldout*/gold"))]
FILES = [f for d in GOLD_DIRS for f in sorted(d.glob("*.json"))]


def test_every_article_set_has_its_gold():
    assert len(GOLD_DIRS) >= 6 and len(FILES) >= 78


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_gold_file_is_well_formed(path):
    gold = json.loads(path.read_text("utf-8"))
    article = gold["document"].split(":")[0]
    assert (path.parent.parent / article).is_file(), f"{article} not beside {path.parent}"
    if article.endswith(".jsonl"):  # one gold per record: the record's number is in both names
        number = path.stem.rpartition(".")[2]
        assert gold["document"] == f"{article}:{number}", gold["document"]
    types = {e["name"]: e["type"] for e in gold["entities"]}
    assert len(types) == len(gold["entities"]), "two entities share a name"
    assert set(types.values()) <= set(vocabulary.NODE_TYPES)
    for r in gold["relations"]:
        assert r["source"] in types and r["target"] in types, r
        assert r["type"] in vocabulary.EDGE_TYPES and vocabulary.edge_kind(r["type"]) != "status", r
        if r["type"] in ("LOBBIED", "SUPPORTS", "OPPOSES", "URGED"):
            assert r.get("stance") in vocabulary.STANCES, r
    statuses = set(vocabulary.STATUS_OF.values())
    for s in gold["statuses"]:
        assert types.get(s["measure"]) == "Measure", s
        assert s["status"] in statuses, s
        assert s["by"] is None or s["by"] in types, s
