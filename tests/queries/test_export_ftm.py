"""FtM export: every entity validated by the followthemoney model; counts and evidence survive."""

from __future__ import annotations

import json

from followthemoney import model

from conftest import HOSTILE
from policygraph.queries.export_ftm import NODE_SCHEMA, ftm_id, to_ftm


def _entities(store):
    return [json.loads(line) for line in to_ftm(store).splitlines()]


def test_entities_validate_and_counts_match(hostile_store):
    entities = _entities(hostile_store)
    ids = [e["id"] for e in entities]
    assert len(ids) == len(set(ids))
    g = hostile_store.graph
    docs = [e for e in entities if e["schema"] == "Article"]
    assert len(docs) == 2
    assert len(entities) == len(docs) + g.number_of_nodes() + g.number_of_edges()
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.schema.validate(data) is None, data
        # nothing dropped by FtM's own cleaning: re-reading cleaned gives the same properties
        assert model.get_proxy(data).to_dict()["properties"] == data["properties"]


def test_mapping_and_references(hostile_store):
    by_id = {e["id"]: e for e in _entities(hostile_store)}
    g = hostile_store.graph
    for node, d in g.nodes(data=True):
        assert by_id[ftm_id(node)]["schema"] == NODE_SCHEMA[d["type"]]
        assert by_id[ftm_id(node)]["properties"]["name"] == [d["name"]]
    leads = [e for e in by_id.values() if e["schema"] == "Directorship"]
    assert len(leads) == 1
    director = by_id[leads[0]["properties"]["director"][0]]
    assert director["properties"]["name"] == ["Bo Tran"]
    for e in by_id.values():
        for prop, values in e["properties"].items():
            if model.get(e["schema"]).get(prop).type.name == "entity":
                assert all(v in by_id for v in values), (e["id"], prop)   # no dangling reference


def test_evidence_survives(hostile_store):
    by_id = {e["id"]: e for e in _entities(hostile_store)}
    g = hostile_store.graph
    for u, v, key, d in g.edges(keys=True, data=True):
        ent = by_id[ftm_id(key)]
        props = ent["properties"]
        joined = "\n".join(e["quote"] for e in d["evidence"])
        # FtM's text type folds exotic separators (U+2028) into spaces; nothing else changes
        assert props["summary"] == [model.get(ent["schema"]).get("summary").type.clean(joined)]
        if "\u2028" not in joined:
            assert props["summary"] == [joined]
        assert props["proof"] == sorted({ftm_id("doc-" + e["document"]) for e in d["evidence"]})
        assert props["recordId"] == [key]
        assert props["role"][0].startswith(d["type"])
    assert any(HOSTILE.replace("\u2028", " ") in e["properties"].get("summary", [""])[0] for e in by_id.values())
    shelved = [e for e in by_id.values() if e["properties"].get("status") == ["shelved"] and e["schema"] == "UnknownLink"]
    assert shelved and shelved[0]["properties"]["date"] == ["2025-03-01"]
    act = [e for e in by_id.values() if e["schema"] == "Project"]
    assert {a["properties"]["name"][0] for a in act} == {"Chip Act", "Data Rule"}


def test_representation():
    from conftest import build
    b = build([("Firm", "Agent LLC"), ("Firm", "Client Co"), ("Person", "Pat"), ("Organization", "Club")],
              [("Agent LLC", "Client Co", "REPRESENTS", {}), ("Pat", "Club", "MEMBER_OF", {}),
               ("Pat", "Client Co", "EMPLOYED_BY", {}), ("Club", "Pat", "EMPLOYED_BY", {})])
    schemata = sorted(e["schema"] for e in _entities(b.store) if e["schema"] not in ("Article",))
    assert schemata == ["Company", "Company", "Employment", "Membership", "Organization", "Person",
                        "Representation", "UnknownLink"]   # Club employed by a Person: no Employment


def test_examples_validate(examples_store):
    for data in _entities(examples_store):
        assert model.get_proxy(data, cleaned=False).schema.validate(data) is None
