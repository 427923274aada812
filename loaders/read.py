"""Read files into Documents: .txt, .md, .html and .jsonl, single files or whole folders.

Bad files are not fatal: each yields a ``Skipped`` naming the file (and line) and the reason; the
caller decides whether to warn and go on or to stop (``--strict``).

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("Ban shelved\\nMay 2, 2025\\n\\nThe ban was shelved.")
>>> [x.title for x in read_paths([d])]
['Ban shelved']
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from policygraph.graph.errors import InputError
from policygraph.graph.ids import content_id
from policygraph.graph.records import Document
from policygraph.loaders.dates import parse_date
from policygraph.loaders.html_text import html_to_text

log = logging.getLogger(__name__)

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_DATELINE_WORDS = re.compile(r"^\W*(published|updated|posted|date|dateline)\b\W*", re.I)
# A wire dateline opening the first paragraph: "NEW DELHI, Aug. 23, 2025 - India has ...",
# "HANOI (June 12, 2018) - ...", "ANNAPOLIS, Md., Oct. 18 (2022) -- ...": a place in capitals, then the
# date, then a dash before the story's first words.
_INLINE_DATELINE = re.compile(r"^\W{0,3}[A-Z][A-Z.'\- ]+\b[^\n]{0,50}?\s(?:--?|\u2014|\u2013)\s")


@dataclass
class Skipped:
    """A file or record that was not read, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"skipped {where}: {self.reason}"


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Expand paths: folders recursively (sorted, hidden entries and other suffixes passed over)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if child.is_file() and child.suffix.lower() in SUFFIXES and not any(p.startswith(".") for p in rel):
                    yield child
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                yield Skipped(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                                         f"expected one of {', '.join(sorted(SUFFIXES))}")
        elif path.exists():
            yield Skipped(str(path), "not a regular file or folder")  # a device or pipe: "/dev/null"
        else:
            yield Skipped(str(path), "no such file or folder")


def read_paths(paths: Iterable[str | Path]) -> Iterator[Document | Skipped]:
    """Every Document in the given files and folders, with a Skipped for each bad file or line."""
    for item in iter_files(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            yield from read_file(item)
        except InputError as exc:
            yield Skipped(str(item), str(exc))


def read_file(path: Path) -> Iterator[Document | Skipped]:
    """The Documents in one file (a .jsonl file may hold many)."""
    raw = _read_bytes(path)
    kind = SUFFIXES[path.suffix.lower()]
    text = _decode(raw, path)
    if kind == "jsonl":
        yield from _read_jsonl(text, path)
        return
    if kind == "html":
        meta, body = html_to_text(text)
        if not body.strip():
            raise InputError("no article text found in the HTML")
    elif kind == "markdown":
        meta, body = _markdown(text)
    else:
        meta, body = {}, text
    if not any(ch.isalpha() for ch in body):
        raise InputError("no text (nothing but punctuation, markup or front matter)")
    yield _make_document(body, meta, str(path))


def _read_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}") from None
    if not raw.strip():
        raise InputError("empty file")
    if b"\x00" in raw[:8192]:
        raise InputError("binary file (contains NUL bytes)")
    return raw


def _decode(raw: bytes, path: Path) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _markdown(text: str) -> tuple[dict, str]:
    meta: dict = {}
    m = _FRONT_MATTER.match(text)
    if m:
        for line in m.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[m.end():]
    lines = []
    for line in text.split("\n"):  # keep offsets simple: strip only leading markup per line
        stripped = re.sub(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|>\s?)", "", line)
        if not meta.get("title") and line.lstrip().startswith("# "):
            meta["title"] = stripped.strip()
        lines.append(stripped.replace("**", "").replace("__", ""))
    return meta, "\n".join(lines)


def _read_jsonl(text: str, path: Path) -> Iterator[Document | Skipped]:
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(str(path), f"invalid JSON ({exc.msg})", number)
            continue
        if not isinstance(record, dict):
            yield Skipped(str(path), "not a JSON object", number)
            continue
        body = record.get("text") or record.get("body") or record.get("content")
        if not isinstance(body, str) or not any(ch.isalpha() for ch in body):
            yield Skipped(str(path), "no 'text' field", number)
            continue
        meta = {k: record.get(k) for k in ("title", "date", "url") if isinstance(record.get(k), str)}
        for key in ("published", "published_at"):
            if not meta.get("date") and isinstance(record.get(key), str):
                meta["date"] = record[key]
        body = body.replace("\r\n", "\n")
        yield _make_document(_with_headline(body, meta.get("title")), meta, f"{path}:{number}")


def _with_headline(body: str, title: str | None) -> str:
    """A feed keeps its headline apart from the text; put it back on top, as a page has it,
    so that it is read like any other headline (and can be quoted)."""
    title = " ".join((title or "").split())
    first = next((ln for ln in body.split("\n") if ln.strip()), "")
    if not title or len(title) > 200 or " ".join(first.split()) == title:
        return body  # (a "title" as long as a paragraph is no headline)
    return f"{title}\n\n{body}"


def _make_document(body: str, meta: dict, path: str) -> Document:
    """Fill title and date from metadata, else from the first lines of the text."""
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    title = (meta.get("title") or "").strip()
    if not title and lines and len(lines[0]) <= 200:
        title = lines[0]
    date = parse_date(meta.get("date")) if meta.get("date") else None
    if not date:
        for line in lines[:4]:
            if len(line) <= 120 and (_DATELINE_WORDS.match(line) or len(line) < 60 or line.isupper()):
                date = parse_date(line)
                if date:
                    break
            lead = _INLINE_DATELINE.match(line)
            if lead:  # "Oct. 18 (2022)": the brackets only get in the way of the year
                date = parse_date(re.sub(r"[()]", " ", lead.group(0)))
                if date:
                    break
    if not title:
        title = Path(path).name
    return Document(id=content_id(body), title=title, text=body, date=date,
                    url=meta.get("url") or None, path=path)
