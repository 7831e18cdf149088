"""The hub's database: PostgreSQL for real use, one SQLite file for a trial.

``open_database(url)`` gives an object with ``connection()`` (a context manager handing out
a connection the hub's modules use alike: see hub/sqlite.py) and ``close()``. The URL is a
libpq connection string or ``postgresql://...`` for PostgreSQL, ``sqlite:///path`` (or a
path ending .db, .sqlite, .sqlite3) for SQLite.

Migrations are the files hub/migrations/NNNN_*.sql (PostgreSQL) and
hub/migrations/sqlite/NNNN_*.sql (the same versions for SQLite), applied once each,
recorded in hub_schema_version; on PostgreSQL under an advisory lock, so two hub processes
starting together do not both apply one.
"""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

import psycopg
from psycopg_pool import ConnectionPool

from hub.sqlite import MIGRATIONS as SQLITE_MIGRATIONS
from hub.sqlite import SqliteDatabase, migrate_sqlite, sqlite_path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_LOCK = 0x68756230  # "hub0": the migration advisory lock


def migration_files(folder: Path = MIGRATIONS) -> list[tuple[int, Path]]:
    found = []
    for path in folder.glob("*.sql"):
        match = re.match(r"(\d{4})_", path.name)
        if match:
            found.append((int(match.group(1)), path))
    return sorted(found)


def migrate(dsn: str) -> list[int]:
    """Apply the migrations this database lacks; returns the versions applied."""
    path = sqlite_path(dsn)
    if path is not None:
        return migrate_sqlite(path, migration_files(SQLITE_MIGRATIONS))
    applied: list[int] = []
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (_LOCK,))
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS hub_schema_version ("
                         "version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
            done = {row[0] for row in conn.execute("SELECT version FROM hub_schema_version")}
            for version, path in migration_files():
                if version in done:
                    continue
                with conn.transaction():
                    conn.execute(path.read_text(encoding="utf-8"))
                    conn.execute("INSERT INTO hub_schema_version (version) VALUES (%s)", (version,))
                applied.append(version)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_LOCK,))
    return applied


def open_pool(dsn: str, *, size: int = 8) -> ConnectionPool:
    pool = ConnectionPool(dsn, min_size=1, max_size=size, open=True,
                          kwargs={"autocommit": True}, name="hub")
    pool.wait(timeout=15)
    return pool


class HubDatabase(Protocol):
    """What the hub's routes use of a database: connections handed out alike on both kinds."""

    def connection(self) -> AbstractContextManager[Any]: ...

    def close(self) -> None: ...


def open_database(url: str, *, size: int = 8) -> HubDatabase:
    """A psycopg pool for PostgreSQL (it already hands out connections this way), or the
    SQLite trial store."""
    path = sqlite_path(url)
    if path is not None:
        return SqliteDatabase(path, size=min(size, 4))
    return open_pool(url, size=size)
