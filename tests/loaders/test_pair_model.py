"""The learned relation model: candidate pairs and their features, when it draws an edge, what it quotes."""

import importlib.util
from pathlib import Path

import pytest

from extracthelpers import run
from policygraph.graph.records import Document
from policygraph.loaders.pair_model import OPPOSE, SUPPORT, PairModel, decide

ROOT = Path(__file__).resolve().parents[2]
CLASSES = ["NONE", "LOBBIED/support", "SUPPORTS", "TARGETS"]


def toy(weights, threshold=0.5):
    """A model that says SUPPORTS (or TARGETS) when the given features are present, NONE otherwise."""
    return PairModel(CLASSES, [2.0, 0.0, 0.0, 0.0], weights, threshold, version="toy")


@pytest.fixture
def with_model(extractor):
    saved = extractor.pair_model

    def use(model):
        extractor.pair_model = model
        return extractor
    yield use
    extractor.pair_model = saved


def pairs_of(extractor, text):
    extractor.pairs_seen = []
    try:
        entities, _ = extractor.extract(Document(id="d_t", title="t", text=text, date="2025-06-02"))
        pairs, ids = extractor.pairs_seen[0]
    finally:
        extractor.pairs_seen = None
    names = {e.id: e.name for e in entities}
    return {(names[ids[a]], names[ids[b]]): p for (a, b), p in pairs.items()}


def test_a_pair_carries_its_path_roles_and_types(extractor):
    pairs = pairs_of(extractor, "Nvidia lobbied against the GAIN AI Act.")
    forward = pairs[("Nvidia", "GAIN AI Act")].features
    assert {"va=lobby|nsubj", "pb=against", "ta=Firm", "tb=Measure", "order=ab"} <= forward
    assert "order=ba" in pairs[("GAIN AI Act", "Nvidia")].features


def test_a_hedged_link_is_marked(extractor):
    pairs = pairs_of(extractor, "Ofcom could enforce the Online Safety Act against smaller forums.")
    assert "hedged" in pairs[("Ofcom", "Online Safety Act")].features


def test_sides_count_together_and_below_the_threshold_nothing_is_drawn():
    probs = [0.4, 0.3, 0.25, 0.05]
    assert decide(CLASSES, probs, 0.5) == ("LOBBIED/support", pytest.approx(0.55))
    assert decide(CLASSES, probs, 0.6) is None
    assert decide(CLASSES, [0.3, 0.1, 0.0, 0.6], 0.5) == ("TARGETS", 0.6)


def test_the_model_links_a_pair_the_rules_left_alone(with_model):
    ex = with_model(toy({"va=gush|nsubj": {2: 5.0}}))
    _, rels, relations = run(ex, "Acme Corp gushed over the GAIN AI Act.")
    assert ("Acme Corp", "SUPPORTS", "support", "GAIN AI Act") in rels
    learned = [r for r in relations if r.type == "SUPPORTS"]
    assert learned[0].extractor.startswith("learned/toy/") and learned[0].confidence > 0.5
    ex = with_model(None)
    _, rels, _ = run(ex, "Acme Corp gushed over the GAIN AI Act.")
    assert ("Acme Corp", "SUPPORTS", "support", "GAIN AI Act") not in rels


def test_the_rules_speak_first(with_model):
    ex = with_model(toy({"va=lobby|nsubj": {3: 9.0}}))
    _, rels, _ = run(ex, "Nvidia lobbied against the GAIN AI Act.")
    assert rels == {("Nvidia", "LOBBIED", "oppose", "GAIN AI Act")}


def test_a_denied_or_hedged_link_is_not_drawn(with_model):
    ex = with_model(toy({"va=gush|nsubj": {2: 5.0}}))
    for text in ("Acme Corp could gush over the GAIN AI Act.", "Acme Corp did not gush over the GAIN AI Act."):
        _, rels, _ = run(ex, text)
        assert not any(r[1] == "SUPPORTS" for r in rels), text


def test_the_edge_quotes_the_sentence_that_says_it(with_model):
    ex = with_model(toy({"va=gush|nsubj": {2: 5.0}}))
    text = "Acme Corp and the GAIN AI Act were both in the news. Later, Acme Corp gushed over the GAIN AI Act."
    _, _, relations = run(ex, text)
    learned = [r for r in relations if r.type == "SUPPORTS"]
    assert [e.quote for e in learned[0].evidence] == ["Later, Acme Corp gushed over the GAIN AI Act."]


def test_the_shipped_model_loads_and_round_trips(tmp_path):
    model = PairModel.load()
    assert model is not None and model.classes[0] == "NONE" and 0 < model.threshold < 1
    path = tmp_path / "m.json"
    path.write_text(model.to_json(), "utf-8")
    again = PairModel.load(path)
    features = {"va=lobby|nsubj", "pb=against", "ta=Firm", "tb=Measure"}
    assert len(model.weights) > 1000 and model.probabilities(features) != model.probabilities(set())
    assert again.probabilities(features) == model.probabilities(features)
    p = dict(zip(model.classes, model.probabilities(features)))  # "X lobbied against the act": a side
    assert sum(p[c] for c in OPPOSE) > 2 * sum(p[c] for c in SUPPORT)  # just under 3 to 1 for the model
    # trained with held-out 46
    assert PairModel.load(tmp_path / "none.json") is None


def test_the_trainer_fits_what_the_features_say():
    spec = importlib.util.spec_from_file_location("train_pairs", ROOT / "bench" / "train_pairs.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    records = [{"features": ["x", "common"], "labels": ["SUPPORTS"], "linked": False, "set": "a"}] * 20 \
        + [{"features": ["y", "common"], "labels": ["TARGETS"], "linked": False, "set": "a"}] * 20 \
        + [{"features": ["z", "common"], "labels": [], "linked": False, "set": "a"}] * 40
    model = train.Trainer(records).fit(records, steps=200).model(0.5)
    assert model.predict({"x", "common"})[0] == "SUPPORTS"
    assert model.predict({"y", "common"})[0] == "TARGETS"
    assert model.predict({"z", "common"}) is None
    assert train.matches("OPPOSES", "CRITICIZED") and not train.matches("SUPPORTS", "CRITICIZED")


def test_the_edge_is_dated_by_its_sentence(with_model):
    ex = with_model(toy({"va=gush|nsubj": {2: 5.0}}))
    _, _, relations = run(ex, "In March 2019, Acme Corp gushed over the GAIN AI Act.", date="2025-06-02")
    assert [e.date for r in relations if r.type == "SUPPORTS" for e in r.evidence] == ["2019-03"]
    _, _, relations = run(ex, "Acme Corp gushed over the GAIN AI Act.", date="2025-06-02")
    assert [e.date for r in relations if r.type == "SUPPORTS" for e in r.evidence] == ["2025-06-02"]
