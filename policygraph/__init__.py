"""policygraph: technology-policy documents in, an evidence-backed influence graph out.

The library lives in the ``graph``, ``loaders``, ``queries`` and ``viz`` folders of the repository,
installed as ``policygraph.graph``, ``policygraph.loaders``, ``policygraph.queries`` and
``policygraph.viz``; this package holds the command-line interface.
"""

__version__ = "0.1.0"
