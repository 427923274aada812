"""Build a graph from files: read, extract, resolve, merge. Optionally over several processes.

>>> import tempfile, pathlib
>>> from policygraph.graph import GraphStore
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("Ban shelved\\nMay 2, 2025\\n\\nThe Commerce Department shelved the ban.")
>>> report = build([d], GraphStore())
>>> report.read, report.edges_added > 0
(1, True)
"""

from __future__ import annotations

import logging
import multiprocessing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from policygraph.graph.errors import InputError
from policygraph.graph.records import Document, Entity, Relation
from policygraph.graph.store import GraphStore
from policygraph.loaders.consolidate import consolidate
from policygraph.loaders.read import Skipped, read_paths

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    """What a build did: documents read, already present, skipped (with reasons), what was added."""

    read: int = 0
    already: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    nodes_added: int = 0
    edges_added: int = 0
    nodes: int = 0
    edges: int = 0


def collect(paths: Iterable[str | Path], strict: bool = False) -> tuple[list[Document], list[Skipped]]:
    """Read every document under ``paths``; under ``strict`` the first bad input raises InputError."""
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for item in read_paths(paths):
        if isinstance(item, Skipped):
            if strict:
                raise InputError(f"{str(item).removeprefix('skipped ')} (stopped by --strict)")
            log.info("%s", item)
            skipped.append(item)
        else:
            docs.append(item)
    return docs, skipped


_WORKER = None


def _init_worker(model: str | None, learned: bool = True) -> None:
    global _WORKER
    from policygraph.loaders.extract import Extractor
    _WORKER = Extractor(model, learned=learned)


def _extract_batch(docs: list[Document]) -> list[tuple[list[Entity], list[Relation]]]:
    return list(_WORKER.extract_many(docs))


def build(paths: Iterable[str | Path], store: GraphStore, model: str | None = None, jobs: int = 1,
          strict: bool = False, progress: Callable[[Document], None] | None = None,
          learned: bool = True) -> BuildReport:
    """Read ``paths`` and merge what is extracted into ``store`` (in place); see ``build_documents``."""
    docs, skipped = collect(paths, strict)
    return build_documents(docs, skipped, store, model=model, jobs=jobs, progress=progress, learned=learned)


def build_documents(docs: list[Document], skipped: list[Skipped], store: GraphStore,
                    model: str | None = None, jobs: int = 1,
                    progress: Callable[[Document], None] | None = None, learned: bool = True) -> BuildReport:
    """Extract ``docs`` and merge them into ``store`` (in place).

    Documents already in the store (same content hash) are counted and passed over, so building the
    same files twice changes nothing. ``jobs`` > 1 extracts in that many processes; the merge order is
    the reading order either way, so the graph does not depend on ``jobs``. ``learned=False`` leaves the
    learned relation model out: every edge is then the rules'.
    """
    if not docs and not skipped:
        raise InputError("no documents found (looked for .txt, .md, .html and .jsonl files)")
    report = BuildReport(skipped=list(skipped))
    seen: set[str] = set()
    todo: list[Document] = []
    for doc in docs:
        if store.has_document(doc.id) or doc.id in seen:
            report.already += 1
            if progress:
                progress(doc)
        else:
            seen.add(doc.id)
            todo.append(doc)
    nodes_before, edges_before = store.graph.number_of_nodes(), store.graph.number_of_edges()
    for doc, (entities, relations) in zip(todo, _extract_all(todo, model, jobs, learned)):
        store.add_document(doc)
        store.merge(entities, relations)
        report.read += 1
        if progress:
            progress(doc)
    if todo:
        consolidate(store)
    report.nodes, report.edges = store.graph.number_of_nodes(), store.graph.number_of_edges()
    report.nodes_added, report.edges_added = report.nodes - nodes_before, report.edges - edges_before
    return report


def _extract_all(docs: list[Document], model: str | None, jobs: int, learned: bool = True):
    if not docs:
        return
    if jobs <= 1 or len(docs) == 1:
        from policygraph.loaders.extract import Extractor
        yield from Extractor(model, learned=learned).extract_many(docs)
        return
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    with ctx.Pool(min(jobs, len(docs)), initializer=_init_worker, initargs=(model, learned)) as pool:
        batches = [docs[i:i + 8] for i in range(0, len(docs), 8)]
        for results in pool.imap(_extract_batch, batches):
            yield from results
