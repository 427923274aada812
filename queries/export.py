"""One entry point for every export format (``policygraph export``).

>>> from policygraph.graph import GraphStore, Entity
>>> s = GraphStore(); s.merge([Entity.make("Firm", "Nvidia")], [])
>>> export(s, "graphml", "-").startswith("<?xml")
True
"""

from __future__ import annotations

from pathlib import Path

from policygraph.graph.errors import PolicyGraphError, SelectionError
from policygraph.graph.store import GraphStore

FORMATS = ("json", "graphml", "gexf", "csv", "cypher", "ftm")


def render(store: GraphStore, fmt: str, dialect: str = "neo4j", schema: bool = True) -> str:
    """The export as text, for every format but csv (which is two files)."""
    if fmt == "json":
        from policygraph.queries.export_graph import to_json
        return to_json(store)
    if fmt == "graphml":
        from policygraph.queries.export_graph import to_graphml
        return to_graphml(store)
    if fmt == "gexf":
        from policygraph.queries.export_graph import to_gexf
        return to_gexf(store)
    if fmt == "cypher":
        from policygraph.queries.export_cypher import to_cypher
        return to_cypher(store, dialect=dialect, schema=schema)
    if fmt == "ftm":
        from policygraph.queries.export_ftm import to_ftm
        return to_ftm(store)
    if fmt == "csv":
        raise PolicyGraphError("the csv export writes two files (nodes.csv, edges.csv): give a folder with -o DIR")
    raise PolicyGraphError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")


def export(store: GraphStore, fmt: str, output: str, neo4j_admin: bool = False, dialect: str = "neo4j",
           schema: bool = True) -> str | None:
    """Export ``store`` as ``fmt`` to the file ``output`` (a folder for csv); ``"-"`` returns the text.

    Raises SelectionError for an empty graph, PolicyGraphError for an unknown format or an unwritable path.
    """
    if fmt not in FORMATS:
        raise PolicyGraphError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    if store.graph.number_of_nodes() == 0:
        raise SelectionError("nothing to export: the graph is empty")
    if neo4j_admin and fmt != "csv":
        raise PolicyGraphError("--neo4j-admin applies to the csv format only")
    if fmt == "csv":
        if output == "-":
            render(store, fmt)
        from policygraph.queries.export_csv import write_csv
        write_csv(store, output, neo4j_admin=neo4j_admin)
        return None
    text = render(store, fmt, dialect=dialect, schema=schema)
    if output == "-":
        return text
    path = Path(output)
    if path.is_dir():
        raise PolicyGraphError(f"{path} is a folder; give a file name for the {fmt} export")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise PolicyGraphError(f"cannot write {path}: {exc.strerror}") from None
    return None
