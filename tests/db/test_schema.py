"""The migrated schema is exactly what the models say, and migrations back up first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import db.tables  # noqa: F401
from db.engine import Store
from db.migrate import HEAD, current_revision, head_revision, upgrade
from db.tables.base import metadata


def test_migrations_produce_the_models_schema(tmp_path: Path) -> None:
    store = Store(tmp_path / "desk.sqlite3")
    assert upgrade(store) is True
    with store.read_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == [], f"models and migrations disagree: {diff}"
    assert current_revision(store) == head_revision()
    assert HEAD == head_revision(), "db/migrate.py HEAD must name the newest revision"


def test_upgrade_is_idempotent_and_takes_no_backup_when_current(tmp_path: Path) -> None:
    store = Store(tmp_path / "desk.sqlite3")
    upgrade(store)
    assert upgrade(store) is False
    assert not (tmp_path / "backups").exists()


def test_pragmas_are_durable(tmp_path: Path) -> None:
    store = Store(tmp_path / "desk.sqlite3")
    upgrade(store)
    with store.write_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_an_older_database_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    store = Store(path)
    upgrade(store)
    # Pretend the file is from an older version: no revision recorded, one table present.
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'older'")
    store.close()
    store = Store(path)
    try:
        upgrade(store)
    except Exception:  # the fake revision is unknown to Alembic: the upgrade must fail...
        pass
    backups = list((tmp_path / "backups").glob("*.sqlite3"))
    assert backups, "a backup copy is taken before touching the schema"
    with sqlite3.connect(backups[0]) as copy:  # ...and the copy is a complete database
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert path.exists(), "a failed migration never deletes the database"
