"""PostgreSQL for the hub: a connection pool and plain-SQL migrations applied in order.

Migrations are the files hub/migrations/NNNN_*.sql, applied once each under an advisory
lock (so two hub processes starting together do not both apply one), recorded in
hub_schema_version.
"""

from __future__ import annotations

import re
from pathlib import Path

import psycopg
from psycopg_pool import ConnectionPool

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_LOCK = 0x68756230  # "hub0": the migration advisory lock


def migration_files() -> list[tuple[int, Path]]:
    found = []
    for path in MIGRATIONS.glob("*.sql"):
        match = re.match(r"(\d{4})_", path.name)
        if match:
            found.append((int(match.group(1)), path))
    return sorted(found)


def migrate(dsn: str) -> list[int]:
    """Apply the migrations this database lacks; returns the versions applied."""
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
