"""Compare a built graph with gold annotations (docs/gold-format.md): entity, relation, status scores.

Matching is by name: a predicted node matches a gold entity when one of its names or aliases equals
one of the gold names (normalized), or, for described measures, when their content words mostly
agree. Each document is scored on the nodes and edges its own evidence supports.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from policygraph.graph import vocabulary
from policygraph.graph.errors import InputError
from policygraph.graph.ids import normalize
from policygraph.graph.store import GraphStore, current_status

STOP = {"of", "on", "the", "a", "an", "in", "for", "to", "and", "by", "its", "their", "from", "at", "with"}
INFLUENCE_STANCE = {"LOBBIED", "SUPPORTS", "OPPOSES", "URGED", "PRESSURED", "CRITICIZED", "SPONSORED"}


def side(edge_type: str, stance: str | None) -> str | None:
    """What an edge says for the loose match of relations: its stance (else its type) for the types in
    INFLUENCE_STANCE, so `LOBBIED oppose` scores for `OPPOSES`; None for the others, which match exactly."""
    return (stance or edge_type) if edge_type in INFLUENCE_STANCE else None


@dataclass
class Score:
    """True positives, predicted count and gold count, with precision, recall and F1."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict:
        return {"tp": self.tp, "pred": self.pred, "gold": self.gold, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    """Scores per document and in total."""

    documents: dict[str, dict] = field(default_factory=dict)
    totals: dict[str, Score] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"totals": {k: v.row() for k, v in self.totals.items()}, "documents": self.documents}


def _names(values) -> set[str]:
    out = set()
    for v in values:
        n = normalize(v)
        if not n or n.split()[0] in ("these", "those", "this", "that", "its", "their", "his", "her"):
            continue
        if len(n.split()) == 1 and v.strip().lower() == v.strip() and not any(c.isdigit() for c in v):
            continue  # "the bill", "the company": anaphora, not names
        out.add(n)
    return out


def _government_of(name: str) -> str | None:
    """ "taiwan government" (also from "Japan's government") -> "taiwan"; None for other names."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) >= 2 and words[-1] == "government" else None


def _content(name: str) -> set[str]:
    return {w for w in normalize(name).split() if w not in STOP}


def _similar(pred: set[str], gold: set[str], measure: bool, person: bool) -> bool:
    if pred & gold:
        return True
    for p in pred:
        for g in gold:
            if person and (p.split()[-1] == g.split()[-1]) and (len(p.split()) == 1 or len(g.split()) == 1):
                return True
            a, b = _content(p), _content(g)
            if not measure and min(len(a), len(b)) >= 2 and (a <= b or b <= a):
                return True
            if measure:
                if a and b and len(a & b) / len(a | b) >= 0.5:
                    return True
                if min(len(a), len(b)) >= 2 and (a <= b or b <= a):
                    return True
    return False


def load_gold(folder: Path) -> list[dict]:
    """Every gold annotation (*.json) in ``folder``."""
    files = sorted(folder.glob("*.json"))
    if not files:
        raise InputError(f"no gold annotations (*.json) in {folder}")
    out = []
    for f in files:
        try:
            gold = json.loads(f.read_text("utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{f}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
        out.append(_name_record(gold, f))
    return out


def _name_record(gold: dict, file: Path) -> dict:
    """A gold for one record of a .jsonl file named ``feed.2.json`` may say just ``feed.jsonl``: add ``:2``."""
    name = str(gold.get("document", ""))
    stem, _, number = file.stem.rpartition(".")
    if name.endswith(".jsonl") and number.isdigit() and Path(name).stem == stem:
        gold = {**gold, "document": f"{name}:{int(number)}"}
    return gold


def _doc_id(store: GraphStore, name: str) -> str | None:
    for doc_id, meta in store.documents.items():
        path = meta.get("path") or ""
        if path == name or path.endswith("/" + name) or Path(path.split(":")[0]).name + (
                ":" + path.split(":")[1] if ":" in path else "") == name:
            return doc_id
    return None


def _align(store: GraphStore, doc_id: str, gold: dict) -> tuple[dict[str, int], list[str]]:
    """Map predicted node ids of one document to gold entity indexes, one to one.

    Best pairs first: a predicted name equal to the gold name, then any name or alias equal, then a
    similar name; among equals, the node with more edges in the document wins.
    """
    g = store.graph
    nodes = [n for n, d in g.nodes(data=True) if doc_id in d.get("sources", [])
             and d.get("kind") != "unattributed"]  # the placeholder actor of unattributed changes is no entity
    degree = {n: sum(1 for _, _, d in g.edges(n, data=True) if any(e["document"] == doc_id for e in d["evidence"]))
              + sum(1 for _, _, d in g.in_edges(n, data=True) if any(e["document"] == doc_id for e in d["evidence"]))
              for n in nodes}
    gold_main = [normalize(e["name"]) for e in gold["entities"]]
    gold_names = [_names([e["name"], *e.get("aliases", [])]) | {normalize(e["name"])} for e in gold["entities"]]
    people = ("Person", "Lawmaker", "Official", "Lobbyist")
    pairs = []
    for n in nodes:
        d = g.nodes[n]
        main = normalize(d["name"])
        pred = _names([d["name"], *d.get("aliases", [])]) | {main}
        for i, names in enumerate(gold_names):
            gtype = gold["entities"][i]["type"]
            if (vocabulary.family(gtype) == "measure") != (d["type"] == "Measure"):
                continue
            if main == gold_main[i]:
                score = 3
            elif pred & names:
                score = 2
            elif _similar(pred, names, d["type"] == "Measure", d["type"] in people and gtype in people) \
                    or d["type"] == gtype == "Government" and _government_of(gold_main[i]) == main:
                score = 1  # a country node "Taiwan" stands for the gold's "Taiwan government"
            else:
                continue
            pairs.append((score, degree[n], n, i))
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for score, _, n, i in sorted(pairs, key=lambda p: (-p[0], -p[1], p[2], p[3])):
        if n not in mapping and i not in used:
            mapping[n] = i
            used.add(i)
    return mapping, nodes


def evaluate(store: GraphStore, golds: list[dict]) -> Report:
    """Score ``store`` against gold annotations; documents missing from the store count as empty."""
    report = Report()
    keys = ("entities_typed", "entities", "relations_stance", "relations_typed", "status_events",
            "status_dates", "status_final", "lobbying_paths")
    report.totals = {k: Score() for k in keys}
    g = store.graph
    for gold in golds:
        name = gold["document"]
        doc_id = _doc_id(store, name)
        if doc_id is None and ":" not in name and _doc_id(store, name + ":1"):
            raise InputError(f"gold for {name} must say which record it annotates, e.g. {name}:1")
        scores = {k: Score() for k in keys}
        ents = gold["entities"]
        index = {e["name"]: i for i, e in enumerate(ents)}
        mapping, nodes = _align(store, doc_id, gold) if doc_id else ({}, [])
        scores["entities"] = Score(len(mapping), len(nodes), len(ents))
        typed = sum(1 for n, i in mapping.items() if g.nodes[n]["type"] == ents[i]["type"])
        scores["entities_typed"] = Score(typed, len(nodes), len(ents))
        edges = [(u, v, d) for u, v, d in g.edges(data=True)
                 if doc_id and any(e["document"] == doc_id for e in d["evidence"])]
        influence = [(u, v, d) for u, v, d in edges if not d.get("status")]
        pred_rel = {(mapping.get(u), d["type"], d.get("stance"), mapping.get(v)) for u, v, d in influence}
        pred_loose = {(mapping.get(u), side(d["type"], d.get("stance")), mapping.get(v)) for u, v, d in influence
                      if side(d["type"], d.get("stance"))}
        gold_rel = [(index.get(r["source"]), r["type"], r.get("stance") or vocabulary.implied_stance(r["type"]),
                     index.get(r["target"])) for r in gold.get("relations", [])]
        strict = sum(1 for r in gold_rel if r in pred_rel)
        loose = sum(1 for s, t, st, o in gold_rel
                    if (s, t, st, o) in pred_rel or (side(t, st) and (s, side(t, st), o) in pred_loose))
        scores["relations_typed"] = Score(strict, len(influence), len(gold_rel))
        scores["relations_stance"] = Score(loose, len(influence), len(gold_rel))
        gold_status = {(index.get(s["measure"]), s["status"]) for s in gold.get("statuses", [])}
        status_edges = [(u, v, d) for u, v, d in edges if d.get("status")]
        pred_status = {(mapping.get(v), d["status"]) for u, v, d in status_edges}
        scores["status_events"] = Score(len(gold_status & pred_status), len(pred_status), len(gold_status))
        scores["status_dates"] = _dates(gold, index, [(mapping.get(v), d["status"], d.get("date"))
                                                      for _, v, d in status_edges])
        final_gold: dict[int, str] = {}
        for s in gold.get("statuses", []):
            final_gold[index.get(s["measure"])] = s["status"]
        final_pred: dict[int, str] = {}
        for n, i in mapping.items():
            hist = [h for h in g.nodes[n].get("status_history", []) or [] if h["document"] == doc_id]
            final = current_status(hist, {doc_id: store.documents[doc_id].get("date")}) if hist else None
            if final:
                final_pred[i] = final
        right = sum(1 for i, s in final_gold.items() if final_pred.get(i) == s)
        scores["status_final"] = Score(right, len(final_gold), len(final_gold))
        scores["lobbying_paths"] = _paths(g, doc_id, mapping, gold, index)
        for k in keys:
            report.totals[k].add(scores[k])
        report.documents[name] = {k: v.row() for k, v in scores.items()}
    return report


def same_day(pred: str | None, gold: str) -> bool:
    """Whether a predicted date agrees with a gold one to the precision both give ("2023" agrees with
    "2023-10-30"; "2023-10" does not agree with "2023-11-02")."""
    if not pred:
        return False
    n = min(len(pred), len(gold))
    return pred[:n] == gold[:n]


def _dates(gold: dict, index: dict, pred: list[tuple[int | None, str, str | None]]) -> Score:
    """Of the gold status changes that carry a date and were found: how many were found with that date.

    tp: found with an agreeing date; pred: found; gold: every dated gold change."""
    dated = [(index.get(s["measure"]), s["status"], s["date"]) for s in gold.get("statuses", []) if s.get("date")]
    found = [(m, st, day) for m, st, day in dated if any((p, ps) == (m, st) for p, ps, _ in pred)]
    right = sum(1 for m, st, day in found if any((p, ps) == (m, st) and same_day(pd, day) for p, ps, pd in pred))
    return Score(right, len(found), len(dated))


def _paths(g: nx.MultiDiGraph, doc_id: str | None, mapping: dict[str, int], gold: dict, index: dict) -> Score:
    """For each gold influence edge from an actor to a measure: is there a predicted path (<= 4 hops)?"""
    wanted = {(index.get(r["source"]), index.get(r["target"])) for r in gold.get("relations", [])
              if vocabulary.edge_kind(r["type"]) == "influence"
              and gold["entities"][index[r["target"]]]["type"] == "Measure"}
    inverse = {i: n for n, i in mapping.items()}
    sub = nx.DiGraph()
    for u, v, d in g.edges(data=True):
        if doc_id and any(e["document"] == doc_id for e in d["evidence"]) and \
                vocabulary.edge_kind(d["type"]) in ("influence", "affiliation"):
            sub.add_edge(u, v)
    found = 0
    for s, t in wanted:
        a, b = inverse.get(s), inverse.get(t)
        if a in sub and b in sub and nx.has_path(sub, a, b):
            if nx.shortest_path_length(sub, a, b) <= 4:
                found += 1
    return Score(found, len(wanted), len(wanted))
