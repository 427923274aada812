"""Commands for Cypher users: ``cypher`` (embedded FalkorDB or Neo4j) and ``push`` (to Neo4j)."""

from __future__ import annotations

import sys

import click

from policygraph.options import echo_frame, format_option, graph_option, selection_kwargs, selection_options


def neo4j_options(func):
    """--uri/--user/--password/--database, each falling back to its NEO4J_* environment variable."""
    options = [
        click.option("--uri", envvar="NEO4J_URI", metavar="URI",
                     help="Neo4j server, e.g. bolt://localhost:7687 [env NEO4J_URI]."),
        click.option("--user", envvar="NEO4J_USERNAME", metavar="NAME", help="Neo4j user [env NEO4J_USERNAME; neo4j]."),
        click.option("--password", envvar="NEO4J_PASSWORD", metavar="PASSWORD",
                     help="Neo4j password [env NEO4J_PASSWORD]."),
        click.option("--database", envvar="NEO4J_DATABASE", metavar="NAME",
                     help="Neo4j database [env NEO4J_DATABASE; the server's default]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@click.command()
@click.argument("query", required=False)
@click.option("--named", metavar="NAME", help="Run a query of the named library (see --list).")
@click.option("--list", "list_named", is_flag=True, help="List the named queries and their parameters.")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
              help="Query parameter $KEY (VALUE read as JSON when it parses, else text; repeatable).")
@click.option("--write", is_flag=True, help="Allow the query to change the database (read-only otherwise).")
@graph_option
@neo4j_options
@format_option("table", "csv", "json")
def cypher(query, named, list_named, params, write, graph_file, uri, user, password, database, fmt):
    """Run a Cypher query and print its rows.

    Without --uri it runs on an embedded FalkorDB loaded from the graph file (reloaded only when the
    file changed; nothing to install). With --uri (or NEO4J_URI) it runs on that Neo4j server.

    \b
      policygraph cypher "MATCH (f:Firm)-[r:LOBBIED]->(m:Measure) RETURN f.name, r.stance, m.name"
      policygraph cypher --named measure_timeline --param measure="GAIN AI Act"
    """
    from policygraph.queries import cypher_reads as cr

    if list_named:
        for q in cr.named_queries().values():
            args = " ".join(f"--param {k}=..." for k, v in q.defaults.items() if v is None)
            click.echo(f"{q.name}{' ' + args if args else ''}\n    {q.description}")
        return
    if bool(query) == bool(named):
        raise click.UsageError("give either a QUERY or --named NAME (or --list)")
    values = dict(cr.parse_param(p) for p in params)
    if named:
        nq = cr.named_query(named)
        text, values = nq.cypher, nq.params(values)
    else:
        text = query
    with cr.open_engine(graph_file, uri, user, password, database) as engine:
        frame = cr.run_query(engine, text, values, write=write)
    echo_frame(frame, fmt)


@click.command()
@graph_option
@neo4j_options
@selection_options
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=1000, show_default=True,
              help="Rows per UNWIND batch (one transaction each).")
@click.option("--evidence", type=click.Choice(["properties", "nodes"]), default="properties", show_default=True,
              help="Evidence as parallel list properties on relationships, or also as Evidence and "
                   "Document nodes.")
def push(graph_file, uri, user, password, database, batch_size, evidence, **kwargs):
    """Write the graph (or a selection of it) to Neo4j; pushing again changes nothing.

    \b
      policygraph push --uri bolt://localhost:7687 --user neo4j --password secret
      policygraph push --center "GAIN AI Act" --hops 2 --evidence nodes
    """
    from policygraph.graph import neo4j_push as np
    from policygraph.graph.store import GraphStore
    from policygraph.queries.subgraph import select

    store = GraphStore.load(graph_file)
    selection = selection_kwargs(kwargs)
    if any(v for k, v in selection.items() if k != "hops"):
        store = select(store, **selection)
    conf = np.settings(uri, user, password, database)
    driver = np.connect(conf)
    bar = None

    def start(total: int) -> None:
        nonlocal bar
        bar = click.progressbar(length=total, label="pushing", file=sys.stderr, show_pos=True)
        bar.__enter__()

    try:
        summary = np.push(store, driver, database=conf.database, batch_size=batch_size, evidence=evidence,
                          progress=lambda n: bar.update(n), conf=conf, on_start=start)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
        driver.close()
    for line in summary.lines():
        click.echo(line)
    t = summary.totals()
    click.echo(f"pushed {t['rows']} rows to {conf.uri}: {t['nodes_created']} nodes and "
               f"{t['relationships_created']} relationships created, {t['properties_set']} properties set")


COMMANDS = [cypher, push]
