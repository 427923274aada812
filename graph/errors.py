"""One exception tree for the library; only the CLI turns these into ``Error: ...`` and exit 1."""


class PolicyGraphError(Exception):
    """Base class of every error policygraph raises on purpose."""


class GraphFileError(PolicyGraphError):
    """The graph file is missing, corrupt, or not a policygraph graph."""


class InputError(PolicyGraphError):
    """A document or input path cannot be read (bad encoding, binary, malformed record)."""


class SelectionError(PolicyGraphError):
    """A query or export selection names nothing in the graph, or selects nothing."""


class EngineError(PolicyGraphError):
    """A graph database (embedded FalkorDB or Neo4j) failed or cannot be reached."""


class ModelError(PolicyGraphError):
    """The spaCy language model cannot be loaded."""
