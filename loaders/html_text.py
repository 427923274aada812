"""Article text from HTML with the standard library's parser: no boilerplate, tolerant of truncation.

>>> html_to_text("<html><title>T</title><nav>Home</nav><article><h1>Head</h1><p>Body <b>text</b>.</p>"
...              "<time datetime='2024-05-01'>May 1</time></article><footer>(c) 2024</footer>")
({'date': '2024-05-01', 'title': 'Head'}, 'Head\\n\\nBody text.')
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

SKIP = {"script", "style", "nav", "footer", "header", "aside", "form", "noscript", "svg", "button",
        "iframe", "template", "select", "figure"}
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt", "div",
          "section", "article", "main", "br", "tr", "figcaption"}
VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed"}


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.skip_depth = 0
        self.blocks: dict[str, list[list[str]]] = {"article": [], "main": [], "body": []}
        self.current: list[str] = []
        self.meta: dict = {}
        self.in_title = False
        self.in_h1 = False
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            prop = (attrs.get("property") or attrs.get("name") or "").lower()
            if prop in ("article:published_time", "date", "pubdate", "dc.date", "og:published_time"):
                self.meta.setdefault("date", attrs.get("content"))
            if prop == "og:url":
                self.meta.setdefault("url", attrs.get("content"))
            if prop == "og:title":
                self.meta.setdefault("og_title", attrs.get("content"))
        elif tag == "link" and (attrs.get("rel") or "").lower() == "canonical":
            self.meta.setdefault("url", attrs.get("href"))
        elif tag == "time" and attrs.get("datetime"):
            self.meta.setdefault("date", attrs["datetime"])
        if tag in VOID:
            if tag == "br":
                self._flush()
            return
        self.stack.append(tag)
        if tag in SKIP:
            self.skip_depth += 1
        if tag in BLOCKS:
            self._flush()
        if tag == "title":
            self.in_title = True
        if tag == "h1":
            self.in_h1 = True

    def handle_endtag(self, tag):
        if tag in VOID or tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag in SKIP:
                self.skip_depth -= 1
            if open_tag in BLOCKS:
                self._flush()
            if open_tag == "title":
                self.in_title = False
            if open_tag == "h1":
                self.in_h1 = False
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1_parts.append(data)
        self.current.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        self.current = []
        if not text:
            return
        for scope in ("article", "main"):
            if scope in self.stack:
                self.blocks[scope].append(text)
        self.blocks["body"].append(text)


def html_to_text(markup: str) -> tuple[dict, str]:
    """(metadata, text) of a page: text of the <article>, else <main>, else the body, one block a paragraph."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    parser._flush()
    blocks = parser.blocks["article"] or parser.blocks["main"] or parser.blocks["body"]
    meta = {k: v for k, v in parser.meta.items() if v and k != "og_title"}
    title = " ".join("".join(parser.h1_parts).split()) or parser.meta.get("og_title") \
        or " ".join("".join(parser.title_parts).split())
    if title:
        meta["title"] = html.unescape(title)
    return {k: meta[k] for k in sorted(meta)}, "\n\n".join(blocks)
