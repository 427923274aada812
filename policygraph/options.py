"""Options and output helpers shared by the CLI commands."""

from __future__ import annotations

import json
import os
import sys

import click
import pandas as pd

DEFAULT_GRAPH = "policygraph.json"


def graph_path() -> str:
    """The graph file used when --graph is not given: $POLICYGRAPH_GRAPH, else ./policygraph.json."""
    return os.environ.get("POLICYGRAPH_GRAPH") or DEFAULT_GRAPH


def graph_option(func):
    """--graph PATH: the graph file to read (and, for build, to write)."""
    return click.option("--graph", "graph_file", type=click.Path(dir_okay=False), default=graph_path,
                        show_default="$POLICYGRAPH_GRAPH or ./policygraph.json",
                        help="Graph file (JSON).")(func)


def selection_options(func):
    """The subgraph selection shared by export, push and viz (see queries.subgraph.select)."""
    options = [
        click.option("--center", "centers", multiple=True, metavar="NAME",
                     help="Keep what lies within --hops of this actor or measure (repeatable)."),
        click.option("--hops", type=click.IntRange(0, 10), default=1, show_default=True,
                     help="Radius around --center."),
        click.option("--type", "node_types", multiple=True, metavar="TYPE",
                     help="Keep only nodes of this type (repeatable)."),
        click.option("--edge-type", "edge_types", multiple=True, metavar="TYPE",
                     help="Keep only edges of this type (repeatable)."),
        click.option("--status", "statuses", multiple=True, metavar="STATUS",
                     help="Keep only measures with this latest status (repeatable)."),
        click.option("--since", metavar="DATE", help="Keep edges dated on or after DATE (ISO)."),
        click.option("--until", metavar="DATE", help="Keep edges dated on or before DATE (ISO)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def selection_kwargs(kwargs: dict) -> dict:
    """Pop the selection options out of a command's kwargs, as arguments for queries.subgraph.select."""
    keys = ("centers", "hops", "node_types", "edge_types", "statuses", "since", "until")
    out = {k: kwargs.pop(k) for k in keys if k in kwargs}
    for key in ("node_types", "edge_types", "statuses"):
        if key in out:
            out[key] = [v.strip() for item in out[key] for v in item.split(",") if v.strip()]
    return out


def format_option(*choices: str, default: str = "table"):
    """--format with the given choices."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


def echo_frame(frame: pd.DataFrame, fmt: str) -> None:
    """Print a DataFrame as an aligned table, CSV or JSON records."""
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif fmt == "json":
        click.echo(json.dumps(json.loads(frame.to_json(orient="records")), indent=1, ensure_ascii=False))
    elif frame.empty:
        click.echo("(no rows)")
    else:
        with pd.option_context("display.max_rows", None, "display.max_columns", None,
                               "display.width", 200, "display.max_colwidth", 80):
            click.echo(frame.to_string(index=False))

