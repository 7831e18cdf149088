"""Bring a database file up to the newest schema, after a backup copy.

A failed migration never deletes data: the backup taken just before stays beside the
file, and the error says where it is.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from typing import TYPE_CHECKING

from db.engine import Store, StoreError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
KEEP_BACKUPS = 5


def alembic_config(store: Store) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{store.path}")
    config.attributes["engine"] = store.write_engine
    return config


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head() or ""


def current_revision(store: Store) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with store.read_engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_copy(path: Path, into: Path, label: str) -> Path:
    """A consistent copy of a live SQLite file (the online backup API, WAL included)."""
    into.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return copy_database(path, into / f"{path.stem}-{label}-{stamp}.sqlite3")


def copy_database(path: Path, target: Path) -> Path:
    """SQLite's online backup into ``target``, written beside it first and then renamed, so
    a copy interrupted half-way never looks like a finished one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    partial.replace(target)
    return target


def _prune(folder: Path, label: str) -> None:
    copies = sorted(folder.glob(f"*-{label}-*.sqlite3"))
    for old in copies[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)


# The newest revision, known without loading Alembic (which takes a third of a second);
# tests/db/test_schema.py checks it against the scripts.
HEAD = "0009"


def recorded_revision(path: Path) -> str | None:
    """The revision a database file records, read with plain sqlite3."""
    if not path.exists():
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return row[0] if row else None


def upgrade(store: Store) -> bool:
    """Migrate to head. Returns True if anything was applied."""
    if recorded_revision(store.path) == HEAD:
        return False
    head = head_revision()
    current = current_revision(store)
    if current == head:
        return False
    backup = None
    if current is not None:
        folder = store.path.parent / "backups"
        backup = backup_copy(store.path, folder, f"before-{head}")
        _prune(folder, f"before-{head}")
        log.info("backed up %s to %s before migrating", store.path, backup)
    from alembic import command

    try:
        command.upgrade(alembic_config(store), "head")
    except Exception as error:  # noqa: BLE001 - explained and re-raised
        log.exception("migration failed")
        where = f" A copy from before the upgrade is at {backup}." if backup else ""
        raise StoreError(
            f"The database could not be upgraded to this version of Desk.{where}",
            cause=error,
        ) from error
    return True
