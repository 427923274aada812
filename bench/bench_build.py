"""Build throughput: policygraph's extraction beside bare spaCy on the same text.

Prints words per second for (a) bare ``nlp.pipe`` of the stock model, (b) the full extractor
(gazetteer ruler, line breaks, mentions, resolution, relations, records), and (c) a whole
``policygraph build`` into an in-memory store; then the ratio of (b) and (c) to (a).
Aim: the pipeline costs at most 1.3x bare spaCy.

    python bench/bench_build.py [--repeat 6] [--jobs 1]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from policygraph.graph import GraphStore
from policygraph.graph.records import Document
from policygraph.loaders.extract import Extractor
from policygraph.loaders.nlp import DEFAULT_MODELS
from policygraph.loaders.pipeline import build_documents
from policygraph.loaders.read import Skipped, read_paths

ROOT = Path(__file__).resolve().parent.parent


def corpus(repeat: int) -> list[Document]:
    docs = [d for d in read_paths([ROOT / "examples", ROOT / "bench" / "heldout"]) if not isinstance(d, Skipped)]
    out = []
    for r in range(repeat):
        for d in docs:  # a distinct suffix gives each copy its own content id
            text = f"{d.text}\n\nCopy {r}."
            out.append(Document(id=f"{d.id}_{r}", title=d.title, text=text, date=d.date, path=d.path))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=6)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    docs = corpus(args.repeat)
    words = sum(len(d.text.split()) for d in docs)
    for name in DEFAULT_MODELS:
        try:
            bare = spacy.load(name)
            break
        except OSError:
            continue
    texts = [d.text for d in docs]
    list(bare.pipe(texts[:4]))  # warm up
    t0 = time.perf_counter()
    list(bare.pipe(texts))
    t_bare = time.perf_counter() - t0

    extractor = Extractor()
    extractor.extract(docs[0])
    t0 = time.perf_counter()
    for _ in extractor.extract_many(docs):
        pass
    t_extract = time.perf_counter() - t0

    t0 = time.perf_counter()
    build_documents(docs, [], GraphStore(), jobs=args.jobs)
    t_build = time.perf_counter() - t0

    print(f"documents: {len(docs)}, words: {words}")
    print(f"bare spaCy nlp.pipe      {words / t_bare:10.0f} words/s  ({t_bare:.2f} s)")
    print(f"policygraph extraction   {words / t_extract:10.0f} words/s  ({t_extract:.2f} s)  "
          f"ratio {t_extract / t_bare:.2f}x")
    print(f"policygraph build (j={args.jobs}) {words / t_build:10.0f} words/s  ({t_build:.2f} s)  "
          f"ratio {t_build / t_bare:.2f}x")


if __name__ == "__main__":
    main()
