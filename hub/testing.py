"""A private PostgreSQL cluster and a hub on loopback, for the tests and the benchmark.

``PrivateCluster`` runs initdb and pg_ctl in a temporary folder, listening only on a
Unix socket there, and removes everything on ``stop``. PostgreSQL refuses to run as
root, so as root the server runs as the ``postgres`` OS user (runuser). Any failure
raises ``ClusterError`` with the tool's own output: the tests must fail loudly, never skip.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import psycopg

from hub.db import migrate, open_database


class ClusterError(RuntimeError):
    pass


def _bindir() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    for folder in reversed(candidates):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise ClusterError("PostgreSQL server binaries (initdb, pg_ctl) are not installed: "
                       "apt-get install postgresql (make test does this as root).")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivateCluster:
    def __init__(self, *, durable: bool = False) -> None:
        self.durable = durable  # fsync on (the benchmark) or off (the tests)
        self.base = Path(tempfile.mkdtemp(prefix="desk-pg-"))
        self.data = self.base / "data"
        self.socket_dir = self.base / "sock"
        self.port = 5432
        self.bindir = _bindir()
        self._as_postgres = os.geteuid() == 0

    def _run(self, *argv: str) -> str:
        command = [str(self.bindir / argv[0]), *argv[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = (self.base / "server.log")
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise ClusterError(f"{' '.join(argv[:2])} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}\n{tail}")
        return done.stdout

    def start(self) -> "PrivateCluster":
        self.socket_dir.mkdir()
        if self._as_postgres:
            shutil.chown(self.base, "postgres", "postgres")
            shutil.chown(self.socket_dir, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        options = (f"-k {self.socket_dir} -p {self.port} -c listen_addresses='' -c max_connections=200 "
                   f"-c shared_buffers=128MB")
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.base / "server.log"), "-o", options,
                  "-w", "-t", "60", "start")
        return self

    def dsn(self, dbname: str = "postgres") -> str:
        return f"host={self.socket_dir} port={self.port} user=postgres dbname={dbname}"

    def create_database(self, name: str, template: str | None = None) -> str:
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.dsn(name)

    def migrated_template(self, name: str = "hub_template") -> str:
        dsn = self.create_database(name)
        migrate(dsn)
        return name

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


@contextmanager
def hub_connection(url: str) -> Iterator[Any]:
    """One autocommit connection to a hub database, PostgreSQL or SQLite alike (for tests
    that look at what the hub stored)."""
    database = open_database(url, size=1)
    try:
        with database.connection() as conn:
            yield conn
    finally:
        database.close()


def sqlite_hub_url(folder: Path) -> str:
    """A migrated SQLite hub database in ``folder``."""
    url = f"sqlite:///{folder / 'hub.sqlite3'}"
    migrate(url)
    return url


class HubThread:
    """The hub app served by uvicorn in a thread of this process, on a free loopback port."""

    def __init__(self, dsn: str, *, port: int | None = None) -> None:
        import uvicorn

        from hub.app import create_app

        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(dsn), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="hub", daemon=True)

    def start(self) -> "HubThread":
        self.thread.start()
        wait_healthy(self.url)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


class HubProcess:
    """``python -m hub serve`` in a subprocess: a real separate hub server."""

    def __init__(self, dsn: str, *, workers: int = 1) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.dsn = dsn
        self.workers = workers
        self.process: subprocess.Popen | None = None

    def start(self) -> "HubProcess":
        self.process = subprocess.Popen(
            [sys.executable, "-m", "hub", "--db", self.dsn, "serve", "--port", str(self.port),
             "--workers", str(self.workers)],
            cwd=Path(__file__).resolve().parent.parent, stderr=subprocess.PIPE, text=True)
        try:
            wait_healthy(self.url, process=self.process)
        except ClusterError:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def wait_healthy(url: str, *, process: subprocess.Popen | None = None, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise ClusterError(f"the hub exited ({process.returncode}): {process.stderr.read() if process.stderr else ''}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise ClusterError(f"the hub at {url} did not answer within {timeout:.0f} s")
