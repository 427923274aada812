"""Cypher script export: idempotent MERGE statements that load a (sub)graph into Neo4j or FalkorDB.

The script uses the same database schema as ``policygraph push`` (graph/cypher_writes.py: nodes
``(:Entity:<Type> {id, ...})``, relationships ``-[:<TYPE> {id, ...}]->`` with evidence as parallel list
properties), so the named reads work on either. One statement per line, each ending in ``;``:

    CREATE CONSTRAINT policygraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
    MERGE (n:Entity {id: 'n_1'}) SET n:Firm SET n += {name: 'ChipCo', aliases: ['the company']};
    MATCH (a:Entity {id: 'n_1'}) MATCH (b:Entity {id: 'n_2'}) MERGE (a)-[r:LOBBIED {id: 'e_1'}]->(b) SET r += {...};

Running it twice leaves the database as after one run. A script is text, so values cannot travel as
parameters: every value goes through :func:`cypher_value`, whose string literals escape backslash,
both quotes and the control characters each database reads back (newlines always, so a statement
never spans lines) and keep other Unicode as UTF-8;
:func:`parse_cypher_string` reads such a literal back (the tests check that round trip for any text).
Labels, relationship types and property keys come from the vocabulary and the store's field names and
are backtick-quoted when they are not plain identifiers.

>>> cypher_string("it's a \\\\ path\\n")
"'it\\\\'s a \\\\\\\\ path\\\\n'"
>>> parse_cypher_string(cypher_string("it's a \\\\ path\\n"))
"it's a \\\\ path\\n"
"""

from __future__ import annotations

import math
import re

from policygraph.graph import cypher_writes as cw
from policygraph.graph.errors import PolicyGraphError
from policygraph.graph.store import GraphStore

DIALECTS = ("neo4j", "falkordb")
_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ESCAPES = {"\\": "\\\\", "'": "\\'", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
            "\f": "\\f"}
_UNESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def cypher_string(text: str, dialect: str = "neo4j") -> str:
    r"""A single-quoted Cypher string literal for ``text``.

    Both dialects escape ``\``, ``'``, ``"``, newline, carriage return, tab, backspace and form feed.
    ``neo4j`` also writes the other C0/C1 control characters and U+2028/U+2029 as ``\uXXXX``;
    ``falkordb`` has no ``\u`` escape, so it keeps them as they are, except NUL, which FalkorDB
    cannot store and which becomes U+FFFD. Everything else stays as it is (UTF-8 in the script).

    >>> print(cypher_string('it\'s "x"'))
    'it\'s \"x\"'
    """
    if dialect not in DIALECTS:
        raise PolicyGraphError(f"unknown Cypher dialect {dialect!r}; one of {', '.join(DIALECTS)}")
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif dialect == "falkordb":
            out.append("\ufffd" if ch == "\x00" else ch)
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or ch in "\u2028\u2029":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def parse_cypher_string(literal: str) -> str:
    """Read back a Cypher string literal (single or double quoted) with its escapes.

    Follows the Cypher grammar's escapes: ``\\\\ \\' \\" \\n \\r \\t \\b \\f \\uXXXX \\UXXXXXXXX``.
    Raises ValueError for anything that is not exactly one literal.

    >>> parse_cypher_string("'caf\\\\u00e9'")
    'café'
    """
    if len(literal) < 2 or literal[0] not in "'\"" or literal[-1] != literal[0]:
        raise ValueError("not a quoted literal")
    quote, body, out, i = literal[0], literal[1:-1], [], 0
    while i < len(body):
        ch = body[i]
        if ch == quote:
            raise ValueError(f"unescaped quote at {i}")
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        if i + 1 >= len(body):
            raise ValueError("dangling backslash")
        esc = body[i + 1]
        if esc in _UNESCAPES:
            out.append(_UNESCAPES[esc])
            i += 2
        elif esc in "uU":
            width = 4 if esc == "u" else 8
            digits = body[i + 2:i + 2 + width]
            if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise ValueError(f"bad \\{esc} escape at {i}")
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            raise ValueError(f"unknown escape \\{esc} at {i}")
    return "".join(out)


def cypher_name(name: str) -> str:
    """A label, relationship type or property key: as is when plain, else backtick-quoted.

    >>> cypher_name("name"), cypher_name("odd key`")
    ('name', '`odd key```')
    """
    return name if _PLAIN.match(name) else "`" + name.replace("`", "``") + "`"


def cypher_value(value, dialect: str = "neo4j") -> str:
    """A Cypher literal for a property value: string, number, boolean, null or a list of them.

    >>> cypher_value(["a", 1, 2.5, True, None])
    "['a', 1, 2.5, true, null]"
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    if isinstance(value, str):
        return cypher_string(value, dialect)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_value(v, dialect) for v in value) + "]"
    raise PolicyGraphError(f"cannot write a {type(value).__name__} as a Cypher value")


def cypher_map(props: dict, dialect: str = "neo4j") -> str:
    """A Cypher map literal; null values are left out (a MERGE script only adds what it knows)."""
    return "{" + ", ".join(f"{cypher_name(k)}: {cypher_value(v, dialect)}" for k, v in sorted(props.items())
                           if v is not None) + "}"


def cypher_statements(store: GraphStore, dialect: str = "neo4j", schema: bool = True) -> list[str]:
    """The statements of the script, in order: schema (optional), nodes, then relationships.

    ``dialect`` picks the schema statements (Neo4j 5 constraints with ``IF NOT EXISTS``, or FalkorDB
    indexes, which FalkorDB answers with an error when they exist: run those once) and the string
    escapes (see :func:`cypher_string`).
    """
    if dialect not in DIALECTS:
        raise PolicyGraphError(f"unknown Cypher dialect {dialect!r}; one of {', '.join(DIALECTS)}")
    g = store.graph
    out = [s for s in cw.schema_statements(dialect) if cw.ENTITY in s] if schema else []
    entity = cypher_name(cw.ENTITY)

    def q(text: str) -> str:
        return cypher_string(text, dialect)

    for node, data in sorted(g.nodes(data=True)):
        label = cypher_name(cw._ident(data["type"]))
        out.append(f"MERGE (n:{entity} {{id: {q(node)}}}) SET n:{label} "
                   f"SET n += {cypher_map(cw.node_props(data), dialect)}")
    for u, v, key, data in sorted(g.edges(keys=True, data=True), key=lambda e: e[2]):
        rel = cypher_name(cw._ident(data["type"]))
        out.append(f"MATCH (a:{entity} {{id: {q(u)}}}) MATCH (b:{entity} {{id: {q(v)}}}) "
                   f"MERGE (a)-[r:{rel} {{id: {q(key)}}}]->(b) SET r += {cypher_map(cw.edge_props(data), dialect)}")
    return out


def to_cypher(store: GraphStore, dialect: str = "neo4j", schema: bool = True) -> str:
    """The whole script as text: a comment header, then one statement per line ending in ``;``.

    >>> to_cypher(GraphStore(), schema=False).splitlines()[0].startswith("// policygraph")
    True
    """
    c = store.counts()
    head = [f"// policygraph Cypher export ({dialect}): {c['nodes']} nodes, {c['edges']} relationships.",
            "// Idempotent: every statement MERGEs on an id. Run with: cypher-shell -f FILE"]
    return "\n".join(head + [s + ";" for s in cypher_statements(store, dialect, schema)]) + "\n"
