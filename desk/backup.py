"""Backups and restores of the desk's database file.

A backup uses SQLite's online backup API, so it is consistent even while the desk is
open and writing. A restore refuses while the desk is open, checks the file first, and
keeps a copy of the database it replaces.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from db.migrate import backup_copy, copy_database
from desk.errors import Refusal
from desk.instance import AlreadyRunning, InstanceLock
from desk.paths import database_path


def make_backup(folder: Path, out: Path | None = None) -> Path:
    db = database_path(folder)
    if not db.exists():
        raise Refusal("There is no database in {folder} to back up.", folder=str(folder))
    if out is None:
        return backup_copy(db, folder / "backups", "backup")
    out = Path(out)
    if out.is_dir():
        out = out / f"desk-backup-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    return copy_database(db, out)


def check_backup_file(path: Path) -> None:
    if not path.is_file():
        raise Refusal("The file {path} does not exist.", path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise Refusal("The file {path} is damaged; it was not restored.", path=str(path))
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise Refusal("The file {path} is not a Desk backup.", path=str(path)) from None
    if not {"alembic_version", "visit", "center"} <= tables:
        raise Refusal("The file {path} is not a Desk backup.", path=str(path))


def restore(folder: Path, backup: Path) -> Path | None:
    """Replace the database with ``backup``. Returns where the replaced one was kept."""
    backup = Path(backup)
    check_backup_file(backup)
    lock = InstanceLock(folder)
    try:
        lock.acquire()
    except AlreadyRunning:
        raise Refusal("Close the desk window before restoring a backup.") from None
    try:
        db = database_path(folder)
        kept = None
        if db.exists():
            kept = backup_copy(db, folder / "backups", "before-restore")
        for suffix in ("-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        tmp = db.with_suffix(".restoring")
        shutil.copyfile(backup, tmp)
        tmp.replace(db)
        return kept
    finally:
        lock.release()
