"""An actor's or a measure's profile: type, aliases, sources, relations by type, measures touched.

>>> from policygraph.graph import GraphStore, Entity, Relation, Evidence
>>> s = GraphStore(); a, m = Entity.make("Firm", "ChipCo"), Entity.make("Measure", "Chip Act")
>>> ev = [Evidence("d", "ChipCo lobbied against the Chip Act.", 0, 35)]
>>> s.merge([a, m], [Relation(a.id, m.id, "LOBBIED", ev, stance="oppose")])
>>> p = profile(s, "chipco"); p.name, p.relations["other"].tolist()
('ChipCo', ['Chip Act'])
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from policygraph.graph import vocabulary
from policygraph.graph.store import GraphStore
from policygraph.queries.lookup import find_node
from policygraph.queries.trace import edge_date

RELATION_COLUMNS = ["direction", "type", "stance", "other", "other_type", "date", "evidence", "documents",
                    "quote", "title", "edge"]
MEASURE_COLUMNS = ["measure", "status", "relations", "evidence"]


@dataclass
class Profile:
    """What the graph knows about one node. ``relations``: one row per edge (direction out = this node
    acts, in = acted upon); ``measures``: the measures it touched (actors only); ``timeline``: the
    status history (measures only)."""

    id: str
    name: str
    type: str
    aliases: list[str]
    sources: list[dict]
    status: str | None
    relations: pd.DataFrame
    measures: pd.DataFrame
    timeline: pd.DataFrame | None = None
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Plain data for JSON output."""
        import json

        def records(frame):
            return None if frame is None else json.loads(frame.to_json(orient="records"))

        return {"id": self.id, "name": self.name, "type": self.type, "aliases": self.aliases,
                "status": self.status, "sources": self.sources, **self.extra,
                "relations": records(self.relations), "measures": records(self.measures),
                "timeline": records(self.timeline)}


def profile(store: GraphStore, name: str) -> Profile:
    """The profile of the node called ``name`` (name, alias or id; SelectionError with close matches).

    Relations are sorted by type, then most evidence first; measures touched by evidence.
    """
    g = store.graph
    node = find_node(store, name)
    data = g.nodes[node]
    rows = []
    edges = [("out", v, k, d) for _, v, k, d in g.out_edges(node, keys=True, data=True)]
    edges += [("in", u, k, d) for u, _, k, d in g.in_edges(node, keys=True, data=True)]
    for direction, other, key, d in edges:
        evidence = d.get("evidence") or []
        first = evidence[0] if evidence else {}
        rows.append({"direction": direction, "type": d["type"], "stance": d.get("stance"),
                     "other": g.nodes[other]["name"], "other_type": g.nodes[other]["type"],
                     "date": edge_date(d), "evidence": len(evidence),
                     "documents": len({e["document"] for e in evidence}), "quote": first.get("quote"),
                     "title": store.documents.get(first.get("document") or "", {}).get("title"), "edge": key})
    rows.sort(key=lambda r: (r["type"], r["direction"] == "in", -r["evidence"], r["other"], r["edge"]))
    relations = pd.DataFrame(rows, columns=RELATION_COLUMNS)
    measures: dict[str, dict] = {}
    if data["type"] != "Measure":
        for direction, other, _, d in edges:
            if g.nodes[other]["type"] != "Measure":
                continue
            m = measures.setdefault(other, {"measure": g.nodes[other]["name"],
                                            "status": g.nodes[other].get("status"), "relations": set(),
                                            "evidence": 0})
            m["relations"].add(d["type"] + (f" {d['stance']}" if d.get("stance") else ""))
            m["evidence"] += len(d.get("evidence") or [])
    mrows = sorted(({**m, "relations": ", ".join(sorted(m["relations"]))} for m in measures.values()),
                   key=lambda m: (-m["evidence"], m["measure"]))
    timeline = None
    if data["type"] == "Measure":
        from policygraph.queries.timeline import timeline as measure_timeline
        timeline = measure_timeline(store, node)
    sources = [{"document": s, "title": store.documents.get(s, {}).get("title"),
                "date": store.documents.get(s, {}).get("date")} for s in data.get("sources", [])]
    extra = {k: v for k, v in data.items()
             if k not in ("type", "name", "aliases", "sources", "status", "status_history")}
    return Profile(id=node, name=data["name"], type=data["type"], aliases=list(data.get("aliases", [])),
                   sources=sources, status=data.get("status"), relations=relations,
                   measures=pd.DataFrame(mrows, columns=MEASURE_COLUMNS), timeline=timeline, extra=extra)


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts with pandas' missing values (NaN, NA) turned back into None."""
    return [{k: (None if not isinstance(v, (list, dict)) and pd.isna(v) else v) for k, v in row.items()}
            for row in frame.to_dict("records")]


def format_profile(p: Profile, max_rows: int = 50) -> str:
    """The profile as readable text: header, aliases, sources, relations grouped by type, measures."""
    lines = [f"{p.name} ({p.type})" + (f", status: {p.status}" if p.status else ""), f"  id: {p.id}"]
    for key, value in p.extra.items():
        lines.append(f"  {key}: {value}")
    lines.append(f"  aliases: {', '.join(p.aliases) if p.aliases else '(none)'}")
    lines.append(f"  sources ({len(p.sources)}):")
    lines += [f"    - {s['title'] or s['document']}" + (f" ({s['date']})" if s["date"] else "") for s in p.sources]
    if p.timeline is not None:
        lines.append("  status history:")
        if p.timeline.empty:
            lines.append("    (none)")
        for r in _records(p.timeline):
            scheduled = " (scheduled)" if r.get("scheduled") else ""
            lines.append(f"    {r['date'] or 'undated'}  {r['status']:<10} by {r['by']}{scheduled}: \"{r['quote']}\"")
    lines.append(f"  relations ({len(p.relations)}):")
    for etype, group in p.relations.groupby("type", sort=True):
        kind = vocabulary.EDGE_TYPES.get(etype, {}).get("kind", "?")
        lines.append(f"    {etype} ({kind}):")
        for r in _records(group.head(max_rows)):
            stance = f" [{r['stance']}]" if r["stance"] else ""
            arrow = f"-> {r['other']}" if r["direction"] == "out" else f"<- {r['other']}"
            lines.append(f"      {arrow} ({r['other_type']}){stance}  {r['evidence']} quote(s), "
                         f"{r['date'] or 'undated'}")
            if r["quote"]:
                lines.append(f"          \"{r['quote']}\"" + (f" -- {r['title']}" if r["title"] else ""))
    if p.type != "Measure":
        lines.append(f"  measures touched ({len(p.measures)}):")
        for r in _records(p.measures):
            lines.append(f"    {r['measure']} ({r['status'] or 'no status'}): {r['relations']}, {r['evidence']} quote(s)")
    return "\n".join(lines) + "\n"
