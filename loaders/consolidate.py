"""Cross-document resolution: fold nodes that are the same actor under a shorter name.

Within one document the extractor already links "Huang" to "Jensen Huang". Across documents a story
may only say "Huang"; when exactly one person in the graph has that surname (or one node of the same
family has that alias), the short node is folded into it. The rule is order-free, so the graph does
not depend on the order documents were built in.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from policygraph.graph import vocabulary
from policygraph.graph.ids import normalize
from policygraph.graph.store import GraphStore, merge_nodes

log = logging.getLogger(__name__)
PEOPLE = {"Lawmaker", "Official", "Person", "Lobbyist"}


def _proper(name: str) -> bool:
    """A measure's name that can stand for one measure across stories: "SB 1047", "KOSA"; not "law"."""
    return any(ch.isupper() or ch.isdigit() for ch in name)


def _common(name: str) -> bool:
    """A group's alias in lower case but for its first letter ("officials", "Critics"): in another story
    such words are other people, so they never fold a node into the group."""
    return name[:1].lower() + name[1:] == name.lower()


def consolidate(store: GraphStore) -> int:
    """Fold short-named duplicates into their one full-named match; returns how many were folded."""
    g = store.graph
    surnames: dict[str, set[str]] = defaultdict(set)
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    for node, data in g.nodes(data=True):
        fam, name = vocabulary.family(data["type"]), normalize(data["name"])
        if data["type"] in PEOPLE and " " in name and not data.get("group"):
            surnames[name.split()[-1]].add(node)
        for alias in data.get("aliases", []):
            if data.get("group") and _common(alias):
                continue
            if fam != "measure" or _proper(alias):
                aliases[(fam, normalize(alias))].add(node)
    plan: dict[str, str] = {}
    for node, data in g.nodes(data=True):
        fam, name = vocabulary.family(data["type"]), normalize(data["name"])
        person = data["type"] in PEOPLE and " " not in name and not data.get("group")
        found = set(surnames.get(name, ())) if person else set()
        found |= {o for o in aliases.get((fam, name), ()) if len(normalize(g.nodes[o]["name"])) > len(name)}
        found.discard(node)
        if len(found) == 1:
            plan[node] = found.pop()
    folded = 0
    for drop in sorted(plan):
        keep, hops = plan[drop], 0
        while keep in plan and hops < len(plan):
            keep, hops = plan[keep], hops + 1
        if keep != drop and keep in g and drop in g:
            log.info("folding %r into %r", g.nodes[drop]["name"], g.nodes[keep]["name"])
            merge_nodes(store, keep, drop)
            folded += 1
    return folded
