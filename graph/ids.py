"""Deterministic ids: a hash of normalized parts, so rebuilding gives the same graph."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_ARTICLES = re.compile(r"^(the|a|an)\s+")
_NON_WORD = re.compile(r"[^\w]+")


def normalize(text: str) -> str:
    """Fold a name to the form used for ids and matching.

    Case, accents, punctuation, a leading article and a possessive "'s" do not count.

    >>> normalize("The U.S. Department of Commerce’s")
    'us department of commerce'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"(?<=\b\w)\.(?=\w\.)|(?<=\b\w\.\w)\.", "", text)  # U.S. -> us
    text = _NON_WORD.sub(" ", text).strip()
    return _ARTICLES.sub("", text)


def make_id(prefix: str, *parts: str) -> str:
    """A short stable id from a prefix and the normalized parts.

    >>> make_id("n", "actor", "Nvidia") == make_id("n", "actor", "NVIDIA")
    True
    """
    joined = "\x1f".join(normalize(p) if p else "" for p in parts)
    return f"{prefix}_{hashlib.sha1(joined.encode('utf-8')).hexdigest()[:16]}"


def content_id(text: str) -> str:
    """The id of a document: a hash of its whitespace-normalized text.

    >>> content_id("a  b") == content_id("a b\\n")
    True
    """
    folded = " ".join(text.split())
    return "d_" + hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]
