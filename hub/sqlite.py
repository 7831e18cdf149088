"""The hub on one SQLite file: for a trial on one PC, not for a city (docs/HUB_DEPLOYMENT.md).

The hub's modules are written for PostgreSQL through psycopg. ``SqliteConnection`` gives
them the same three things they use — ``execute(sql, params)``, ``transaction()`` and
rows back — over the standard library's sqlite3, so one module serves both databases:

* parameter marks: ``%s`` becomes ``?`` and ``%(name)s`` becomes ``:name``;
* casts (``::uuid``, ``::text``, ``::jsonb`` ...) and ``FOR UPDATE`` are dropped: SQLite's
  values carry their own types, and ``transaction()`` takes the one write lock at BEGIN
  (IMMEDIATE), which serialises writers as the row locks do on PostgreSQL;
* functions PostgreSQL has and SQLite lacks are registered: ``now()``, ``greatest()``
  (ignoring NULLs, as PostgreSQL does), ``left()``, and the dashboard's ``hub_number`` and
  ``hub_moment``;
* values: a moment is stored as UTC text in one fixed shape (so text order is time order)
  and read back as an aware datetime from columns declared ``timestamptz``; JSON is stored
  as text and read back parsed from columns declared ``jsonb`` or ``textarray``.

Statements whose meaning differs (the feed's snapshot bound, the batch insert, the
dashboard's "newest fact" queries) are written out for each database where they are used;
``is_sqlite(conn)`` tells which.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from psycopg.types.json import Jsonb

MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "sqlite"

_NAMED = re.compile(r"%\((\w+)\)s")
_CAST = re.compile(r"::(?:[a-z_][a-z0-9_]*)(?:\[\])?", re.IGNORECASE)
_MOMENT = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d{1,6})?)?(Z|[+-]\d\d(:?\d\d)?)?", re.ASCII)


def moment_text(moment: datetime) -> str:
    """The one shape moments are stored in: UTC, microseconds, so text order is time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f+00:00")


def parse_moment(text: str | bytes | None) -> datetime | None:
    if text is None:
        return None
    if isinstance(text, bytes):
        text = text.decode()
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _moment_or_none(text: Any) -> str | None:
    """hub_moment(): a payload's time as a stored moment, or NULL when it is not one."""
    if not isinstance(text, str) or not _MOMENT.fullmatch(text):
        return None
    try:
        return moment_text(parse_moment(text))  # type: ignore[arg-type]
    except ValueError:
        return None


def _number_or_none(value: Any) -> int | float | None:
    """hub_number(): a payload's number (``payload->'field'`` is JSON text here), or NULL."""
    if value is None:
        return None
    try:
        parsed = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return None
    if isinstance(parsed, bool) or not isinstance(parsed, int | float):
        return None
    return parsed


def _greatest(*values: Any) -> Any:
    present = [value for value in values if value is not None]
    return max(present) if present else None


sqlite3.register_converter("timestamptz", parse_moment)
sqlite3.register_converter("jsonb", lambda raw: json.loads(raw))
sqlite3.register_converter("textarray", lambda raw: json.loads(raw))


def translate(sql: str) -> str:
    """PostgreSQL-flavoured SQL as SQLite takes it (see the module's note)."""
    sql = _CAST.sub("", sql).replace(" FOR UPDATE", "")
    return _NAMED.sub(r":\1", sql).replace("%s", "?")


def _value(value: Any) -> Any:
    if isinstance(value, Jsonb):
        return json.dumps(value.obj, ensure_ascii=False)
    if isinstance(value, datetime):
        return moment_text(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


class SqliteConnection:
    """One sqlite3 connection, answering like the part of psycopg's Connection the hub uses."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self._raw = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False,
                                    detect_types=sqlite3.PARSE_DECLTYPES)
        self._raw.execute("PRAGMA journal_mode = WAL")
        self._raw.execute("PRAGMA synchronous = NORMAL")
        self._raw.execute("PRAGMA foreign_keys = ON")
        self._raw.create_function("now", 0, lambda: moment_text(datetime.now(UTC)))
        self._raw.create_function("greatest", -1, _greatest, deterministic=True)
        self._raw.create_function("left", 2, lambda text, n: None if text is None else str(text)[:n],
                                  deterministic=True)
        self._raw.create_function("hub_number", 1, _number_or_none, deterministic=True)
        self._raw.create_function("hub_moment", 1, _moment_or_none, deterministic=True)
        self._depth = 0

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        if params is None:
            return self._raw.execute(translate(sql))
        if isinstance(params, dict):
            return self._raw.execute(translate(sql), {key: _value(item) for key, item in params.items()})
        return self._raw.execute(translate(sql), [_value(item) for item in params])

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> sqlite3.Cursor:
        return self._raw.executemany(translate(sql), ([_value(item) for item in row] for row in rows))

    def executescript(self, script: str) -> None:
        self._raw.executescript(script)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE (the write lock at once: writers queue here, never deadlock on an
        upgrade); nested, a savepoint."""
        outer = self._depth == 0
        name = f"sp{self._depth}"
        self._raw.execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if outer:
                self._raw.execute("ROLLBACK")
            else:
                self._raw.execute(f"ROLLBACK TO {name}")
                self._raw.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        self._raw.execute("COMMIT" if outer else f"RELEASE {name}")

    def close(self) -> None:
        self._raw.close()


class SqliteDatabase:
    """The hub's store on one file: a small pool of connections (the API answers from
    several threads; SQLite lets one write at a time, and WAL lets reads go on meanwhile)."""

    dialect = "sqlite"

    def __init__(self, path: Path, *, size: int = 4) -> None:
        self.path = path
        self._free: list[SqliteConnection] = []
        self._lock = threading.Lock()
        self._size = size

    @contextmanager
    def connection(self) -> Iterator[SqliteConnection]:
        with self._lock:
            conn = self._free.pop() if self._free else None
        if conn is None:
            conn = SqliteConnection(self.path)
        try:
            yield conn
        finally:
            if conn._depth:  # a caller left a transaction open: never hand it on like that
                conn.close()
            else:
                with self._lock:
                    if len(self._free) < self._size:
                        self._free.append(conn)
                        conn = None
                if conn is not None:
                    conn.close()

    def close(self) -> None:
        with self._lock:
            for conn in self._free:
                conn.close()
            self._free.clear()


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///relative/path`` or ``sqlite:////absolute/path`` URL (or a
    plain path ending .db/.sqlite/.sqlite3), else None (a PostgreSQL connection string)."""
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///"))
    if url.startswith("sqlite://"):
        raise ValueError("A SQLite hub URL is sqlite:///relative/path or sqlite:////absolute/path.")
    if url.endswith((".db", ".sqlite", ".sqlite3")) and "=" not in url and "://" not in url:
        return Path(url)
    return None


def migrate_sqlite(path: Path, files: list[tuple[int, Path]]) -> list[int]:
    """Apply the SQLite schema files this database lacks (one transaction each)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = SqliteConnection(path)
    applied: list[int] = []
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS hub_schema_version ("
                     "version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT (now()))")
        with conn.transaction():
            done = {row[0] for row in conn.execute("SELECT version FROM hub_schema_version")}
            for version, file in files:
                if version in done:
                    continue
                for statement in _statements(file.read_text(encoding="utf-8")):
                    conn.execute(statement)
                conn.execute("INSERT INTO hub_schema_version (version) VALUES (%s)", (version,))
                applied.append(version)
    finally:
        conn.close()
    return applied


def _statements(script: str) -> list[str]:
    """A schema file's statements (split at ';' ending a line; comments dropped), so they run
    inside the caller's transaction (executescript would commit first)."""
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    return [part.strip() for part in re.split(r";\s*$", "\n".join(lines), flags=re.MULTILINE) if part.strip()]


def is_sqlite(conn: Any) -> bool:
    return getattr(conn, "dialect", "") == "sqlite"
