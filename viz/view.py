"""One call from a graph to a map file: select, optionally trace, caption, write.

>>> from policygraph.viz.html import _demo_store
>>> import tempfile, os; out = os.path.join(tempfile.mkdtemp(), "map.html")
>>> make_map(_demo_store(), out, selection={"centers": ["ChipCo"], "hops": 1})["nodes"]
2
"""

from __future__ import annotations

import logging
import os

from policygraph.graph.errors import SelectionError
from policygraph.graph.store import GraphStore
from policygraph.viz.html import write_html

log = logging.getLogger(__name__)

TRACE_KEYS = ("sources", "source_types", "targets", "target_statuses", "max_hops", "ordered", "limit")


def make_map(store: GraphStore, output: str | os.PathLike, selection: dict | None = None,
             trace: dict | None = None, title: str | None = None, layout: str = "auto",
             built: str | None = None) -> dict:
    """Write the HTML map of ``store`` (or of ``selection``) to ``output``; returns what was drawn.

    ``selection``: keyword arguments of queries.subgraph.select (centers, hops, node_types,
    edge_types, statuses, since, until); empty draws everything. ``trace``: keyword arguments of
    queries.trace.trace (sources, targets, target_statuses, ...); when given, the paths found *within
    the drawn graph* (and the status change each leads to) are emphasised and everything else dimmed (the selection's edge types also
    bound the paths). The result holds path, nodes, edges, documents, layout, bytes and paths (the
    number of traced paths, or None). Raises SelectionError for unknown names or an empty selection.
    """
    from policygraph.queries.subgraph import Selection, select

    selection = {k: v for k, v in (selection or {}).items() if v not in (None, (), [])}
    if selection and not Selection(**selection).is_everything():
        store = select(store, **selection)
    if store.graph.number_of_nodes() == 0:
        raise SelectionError("the graph is empty: nothing to draw (run 'policygraph build PATH' first)")
    trace_data = None
    if trace is not None:
        trace_data = traced_paths(store, {**trace, "edge_types": selection.get("edge_types", ())})
    result = write_html(store, output, title=title, caption=describe(selection), layout=layout,
                        trace=trace_data, built=built)
    result["paths"] = len(trace_data["paths"]) if trace_data else None
    return result


def traced_paths(store: GraphStore, options: dict) -> dict:
    """The page's trace block: {"description", "paths": [{"nodes", "edges", "outcome"}]}.

    ``outcome`` is the status change the path leads to ({status, date, by, by_name, edge}) or None.

    >>> from policygraph.viz.html import _demo_store
    >>> len(traced_paths(_demo_store(), {"targets": ["Chip Act"]})["paths"])
    1
    """
    from policygraph.queries.trace import trace

    paths = trace(store, **{k: v for k, v in options.items() if v not in (None, ())})
    words = []
    if options.get("sources") or options.get("source_types"):
        words.append("from " + ", ".join([*options.get("sources", ()), *options.get("source_types", ())]))
    if options.get("targets") or options.get("target_statuses"):
        words.append("to " + ", ".join([*options.get("targets", ()), *options.get("target_statuses", ())]))
    description = f"{len(paths)} path{'s' if len(paths) != 1 else ''} " + " ".join(words)
    return {"description": description.strip(),
            "paths": [{"nodes": list(p.nodes), "edges": [key for _, _, key in [*p.edges, *sum(p.parallel, [])]],
                       "outcome": _outcome(p.outcome)} for p in paths]}


def _outcome(outcome: dict | None) -> dict | None:
    """A path's outcome for the page: the status change, who made it, and its edge's key."""
    if not outcome:
        return None
    edge = outcome.get("edge")
    return {"status": outcome.get("status"), "date": outcome.get("date"), "by": outcome.get("by"),
            "by_name": outcome.get("by_name"), "edge": edge[2] if edge else None}


def describe(selection: dict) -> str:
    """The caption's account of a selection.

    >>> describe({"centers": ["ChipCo"], "hops": 2, "statuses": ["shelved"]})
    'around ChipCo (2 hops) · measures shelved'
    """
    parts = []
    if selection.get("centers"):
        hops = selection.get("hops", 1)
        parts.append(f"around {', '.join(selection['centers'])} ({hops} hop{'s' if hops != 1 else ''})")
    if selection.get("node_types"):
        parts.append("types " + ", ".join(selection["node_types"]))
    if selection.get("edge_types"):
        parts.append("edges " + ", ".join(selection["edge_types"]))
    if selection.get("statuses"):
        parts.append("measures " + ", ".join(selection["statuses"]))
    if selection.get("since"):
        parts.append(f"since {selection['since']}")
    if selection.get("until"):
        parts.append(f"until {selection['until']}")
    return " \u00b7 ".join(parts)
