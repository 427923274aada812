"""Commands that ask the graph questions and export it: trace, show/profile, timeline, who, rank,
subgraph, export. Each parses its options, calls one library function in policygraph.queries and
formats the answer."""

from __future__ import annotations

import json

import click

from policygraph.graph import vocabulary
from policygraph.graph.store import GraphStore
from policygraph.options import echo_frame, format_option, graph_option, selection_kwargs, selection_options

_MULTI = {"multiple": True}


def _load(graph_file: str) -> GraphStore:
    return GraphStore.load(graph_file)


def _echo(frame, fmt: str) -> None:
    """echo_frame, with missing values shown as blanks in tables (null in JSON, empty in CSV)."""
    echo_frame(frame.astype(object).where(frame.notna(), "") if fmt == "table" else frame, fmt)


@click.command()
@graph_option
@click.option("--from", "sources", metavar="NAME", **_MULTI,
              help="Start at this actor (name or alias; repeatable or comma-separated).")
@click.option("--from-type", "source_types", metavar="TYPE", **_MULTI,
              help=f"Start at every actor of this type ({', '.join(vocabulary.ACTOR_TYPES)}).")
@click.option("--to", "targets", metavar="MEASURE", **_MULTI, help="End at this measure (repeatable).")
@click.option("--to-status", "target_statuses", metavar="STATUS", **_MULTI,
              help="End at measures whose latest status is this, e.g. shelved,dropped,vetoed.")
@click.option("--edge-type", "edge_types", metavar="TYPE", **_MULTI,
              help="Allow only these edge types (default: influence, affiliation and status types).")
@click.option("--max-hops", type=click.IntRange(1, 8), default=4, show_default=True, help="Longest path.")
@click.option("--ordered", is_flag=True,
              help="Keep only paths whose influence edges are dated no later than the status change they lead to.")
@click.option("--limit", type=click.IntRange(0), default=20, show_default=True, help="Best N paths (0: all).")
@format_option("text", "markdown", "json", "table", "csv", default="text")
def trace(graph_file, sources, source_types, targets, target_statuses, edge_types, max_hops, ordered, limit, fmt):
    """Paths from actors to measures, every hop with its quote and source.

    By default every actor with an outgoing influence edge (LOBBIED, PRESSURED, ...) is a start, and
    every measure an end. Paths follow influence and affiliation edges and reach the measure by an
    influence edge or a status change; each path also shows the outcome (who shelved, vetoed, ...
    the measure, with the quote). Ranked by length, then documents, then confidence.

    \b
    Example:
      policygraph trace --to-status shelved,dropped,vetoed --ordered
    """
    from policygraph.queries import trace as tr

    store = _load(graph_file)
    paths = tr.trace(store, sources=sources, source_types=source_types, targets=targets,
                     target_statuses=target_statuses, edge_types=edge_types, max_hops=max_hops,
                     ordered=ordered, limit=limit or None)
    if fmt == "text":
        click.echo(tr.format_text(store, paths), nl=False)
        if not paths and target_statuses:  # say what the graph does hold, on stderr
            held = store.counts()["measures_by_status"]
            listed = ", ".join(f"{s} ({n})" for s, n in sorted(held.items(), key=lambda x: -x[1]) if s != "unknown")
            click.echo(f"hint: measures in the graph by status: {listed or 'none with a status'}", err=True)
    elif fmt == "markdown":
        click.echo(tr.format_markdown(store, paths), nl=False)
    elif fmt == "json":
        click.echo(json.dumps([tr.path_record(store, p, i) for i, p in enumerate(paths, 1)], indent=1,
                              ensure_ascii=False))
    else:
        _echo(tr.trace_frame(store, paths), fmt)


def _profile(graph_file, name, fmt):
    from policygraph.queries.profile import format_profile, profile as make_profile

    p = make_profile(_load(graph_file), name)
    if fmt == "json":
        click.echo(json.dumps(p.to_dict(), indent=1, ensure_ascii=False))
    else:
        click.echo(format_profile(p), nl=False)


@click.command()
@click.argument("name")
@graph_option
@format_option("text", "json", default="text")
def profile(name, graph_file, fmt):
    """An actor's or a measure's profile: aliases, sources, relations by type with quotes, the
    measures it touched (actors) or its status history (measures)."""
    _profile(graph_file, name, fmt)


@click.command()
@click.argument("name")
@graph_option
@format_option("text", "json", default="text")
def show(name, graph_file, fmt):
    """Show one actor or measure with its evidence (same as profile)."""
    _profile(graph_file, name, fmt)


@click.command()
@click.argument("measure")
@graph_option
@format_option("table", "csv", "json")
def timeline(measure, graph_file, fmt):
    """A measure's status history: each change with who made it, when, and the quote."""
    from policygraph.queries.timeline import timeline as measure_timeline

    _echo(measure_timeline(_load(graph_file), measure), fmt)


@click.command()
@click.argument("measure")
@graph_option
@format_option("table", "csv", "json")
def who(measure, graph_file, fmt):
    """Everyone who acted on a measure, grouped for / against / status / other / targeted."""
    from policygraph.queries.who import who as who_acted

    _echo(who_acted(_load(graph_file), measure), fmt)


@click.command()
@graph_option
@click.option("--type", "node_types", metavar="TYPE", **_MULTI, help="Only actors of this type (repeatable).")
@click.option("--limit", type=click.IntRange(0), default=20, show_default=True, help="Top N (0: all).")
@format_option("table", "csv", "json")
def rank(graph_file, node_types, limit, fmt):
    """The most influential actors: PageRank over reversed influence and status edges, weighted by
    the number of documents behind each edge (see docs/queries.md)."""
    from policygraph.queries.rank import rank as rank_actors

    _echo(rank_actors(_load(graph_file), node_types=node_types, limit=limit or None), fmt)


@click.command()
@graph_option
@selection_options
@click.option("--show", "part", type=click.Choice(["nodes", "edges"]), default="nodes", show_default=True,
              help="List the selected nodes or edges.")
@format_option("table", "csv", "json")
def subgraph(graph_file, part, fmt, **kwargs):
    """The neighbourhood of actors or measures (--center, --hops), filtered by type, status and dates.

    Lists the nodes (or edges with --show edges); `policygraph export` writes the same selection to a file.
    """
    from policygraph.queries.export_csv import frames
    from policygraph.queries.subgraph import select

    sub = select(_load(graph_file), **selection_kwargs(kwargs))
    nodes, edges = frames(sub)
    if part == "nodes":
        frame = nodes[[c for c in ("name", "type", "status", "aliases", "id") if c in nodes.columns]]
        frame = frame.assign(degree=[sub.graph.degree(n) for n in frame["id"]])
    else:
        names = {n: d["name"] for n, d in sub.graph.nodes(data=True)}
        frame = edges.assign(source=edges["source"].map(names), target=edges["target"].map(names))
        frame = frame[["source", "type", "stance", "target", "date", "evidence_count", "quotes", "id"]]
    if fmt == "table":
        c = sub.counts()
        click.echo(f"{c['nodes']} node(s), {c['edges']} edge(s), {c['documents']} document(s)")
    _echo(frame, fmt)


@click.command()
@graph_option
@selection_options
@click.option("--format", "-f", "fmt", type=click.Choice(["json", "graphml", "gexf", "csv", "cypher", "ftm"]),
              default="json", show_default=True, help="Export format.")
@click.option("--output", "-o", default="-", show_default=True, metavar="FILE",
              help="File to write ('-' for stdout); a folder for csv.")
@click.option("--neo4j-admin", is_flag=True, help="csv only: headers for neo4j-admin database import.")
@click.option("--dialect", type=click.Choice(["neo4j", "falkordb"]), default="neo4j", show_default=True,
              help="cypher only: which database's schema statements to include.")
@click.option("--no-schema", is_flag=True, help="cypher only: leave out constraint/index statements.")
def export(graph_file, fmt, output, neo4j_admin, dialect, no_schema, **kwargs):
    """Export the whole graph, or the selection, as json, graphml, gexf, csv, cypher or ftm.

    \b
    Examples:
      policygraph export -f graphml -o graph.graphml
      policygraph export -f csv --neo4j-admin -o import/
      policygraph export -f cypher --center "GAIN AI Act" --hops 2 -o gain.cypher
      policygraph export -f ftm --status shelved -o shelved.ftm.json
    """
    from policygraph.queries.export import export as write_export
    from policygraph.queries.subgraph import Selection, select

    store = _load(graph_file)
    sel = selection_kwargs(kwargs)
    if not Selection(**sel).is_everything():
        store = select(store, **sel)
    text = write_export(store, fmt, output, neo4j_admin=neo4j_admin, dialect=dialect, schema=not no_schema)
    if text is not None:
        click.echo(text, nl=False)
    else:
        c = store.counts()
        click.echo(f"wrote {c['nodes']} node(s) and {c['edges']} edge(s) as {fmt} to {output}", err=True)


COMMANDS = [trace, show, profile, timeline, who, rank, subgraph, export]
