"""The SQLite store: one file, WAL, synchronous=FULL, foreign keys, busy timeout.

Reads and writes use two engines on the same file. Writes begin with ``BEGIN IMMEDIATE``
so that a check (is this pass already inside? is this room free?) and the write that
depends on it happen under one write lock, whatever other window or process is open.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from db.errors import StoreBusy, StoreError, StoreFull, explain

log = logging.getLogger(__name__)

__all__ = ["Store", "StoreBusy", "StoreError", "StoreFull", "explain"]

BUSY_TIMEOUT_MS = 5000
DB_FILENAME = "desk.sqlite3"


def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event decide how a transaction starts (pysqlite recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _make_engine(path: Path, begin: str) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _configure)

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql(begin)

    return engine


@contextmanager
def _transaction(engine: Engine) -> Iterator[Session]:
    try:
        with Session(engine, expire_on_commit=False) as session:
            with session.begin():
                yield session
    except OperationalError as error:
        plain = explain(error)
        if plain is None:
            raise
        log.warning("store transaction failed: %s", error)
        raise plain from error


class Store:
    """The desk's database file, with a read and a write door."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.read_engine = _make_engine(self.path, "BEGIN")
        self.write_engine = _make_engine(self.path, "BEGIN IMMEDIATE")

    def write(self) -> AbstractContextManager[Session]:
        """One write transaction: committed when the block ends, rolled back on error."""
        return _transaction(self.write_engine)

    def read(self) -> AbstractContextManager[Session]:
        """A consistent snapshot for reading; never takes the write lock."""
        return _transaction(self.read_engine)

    def integrity_ok(self) -> bool:
        with self.read_engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"

    def close(self) -> None:
        # SQLite's advice: let it refresh planner statistics when a long session ends.
        try:
            with self.write_engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        except Exception:  # noqa: BLE001 - closing must not fail over statistics
            log.debug("PRAGMA optimize skipped", exc_info=True)
        self.read_engine.dispose()
        self.write_engine.dispose()
