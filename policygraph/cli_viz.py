"""The ``viz`` command: the graph, or a selection of it, as one offline interactive HTML file."""

from __future__ import annotations

import click

from policygraph.graph import vocabulary
from policygraph.options import graph_option, selection_kwargs, selection_options
from policygraph.viz.html import LAYOUTS, PHYSICS_LIMIT

_MULTI = {"multiple": True}


def _split(values) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


@click.command()
@graph_option
@selection_options
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="policygraph.html", show_default=True,
              help="HTML file to write.")
@click.option("--title", help="Page title (default: 'policygraph map').")
@click.option("--layout", type=click.Choice(LAYOUTS), default="auto", show_default=True,
              help="physics: the browser settles the graph; fixed: positions computed here, physics off; "
                   f"auto: fixed above {PHYSICS_LIMIT} nodes.")
@click.option("--trace", "do_trace", is_flag=True,
              help="Emphasise traced paths (as `policygraph trace`) over the dimmed graph; implied by the "
                   "--from/--to options below.")
@click.option("--from", "sources", metavar="NAME", **_MULTI, help="Trace: start at this actor (repeatable).")
@click.option("--from-type", "source_types", metavar="TYPE", **_MULTI,
              help=f"Trace: start at every actor of this type ({', '.join(vocabulary.ACTOR_TYPES)}).")
@click.option("--to", "targets", metavar="MEASURE", **_MULTI, help="Trace: end at this measure (repeatable).")
@click.option("--to-status", "target_statuses", metavar="STATUS", **_MULTI,
              help="Trace: end at measures whose latest status is this, e.g. shelved,dropped,vetoed.")
@click.option("--max-hops", type=click.IntRange(1, 8), default=4, show_default=True, help="Trace: longest path.")
@click.option("--ordered", is_flag=True,
              help="Trace: keep only paths whose influence edges predate the status change they lead to.")
@click.option("--limit", type=click.IntRange(0), default=20, show_default=True,
              help="Trace: best N paths (0: all).")
def viz(graph_file, output, title, layout, do_trace, sources, source_types, targets, target_statuses,
        max_hops, ordered, limit, **kwargs):
    """Write the graph as one self-contained HTML map that works offline.

    Nodes are coloured and shaped by type, edges by kind; hover or click an edge to read its quotes.
    The page has filters by node type, edge kind and measure status, and a search box. Select what to
    draw with the same options as `export`; trace paths with the options of `trace`.

    \b
    Examples:
      policygraph viz -o map.html
      policygraph viz --center "Chip Act" --hops 2 -o chip.html
      policygraph viz --trace --to-status shelved -o shelved.html
    """
    from policygraph.graph.store import GraphStore
    from policygraph.viz.view import make_map

    store = GraphStore.load(graph_file)
    trace = None
    if do_trace or sources or source_types or targets or target_statuses:
        trace = {"sources": _split(sources), "source_types": _split(source_types), "targets": _split(targets),
                 "target_statuses": _split(target_statuses), "max_hops": max_hops, "ordered": ordered,
                 "limit": limit or None}
    result = make_map(store, output, selection=selection_kwargs(kwargs), trace=trace, title=title,
                      layout=layout)
    line = (f"wrote {result['nodes']} node(s) and {result['edges']} edge(s) "
            f"from {result['documents']} document(s) to {result['path']} ({result['layout']} layout)")
    if result["paths"] is not None:
        line += f"; {result['paths']} traced path(s)"
    click.echo(line, err=True)
    if result["paths"] == 0:
        click.echo("Warning: no path matches the trace options; the map shows the graph dimmed.", err=True)


COMMANDS = [viz]
