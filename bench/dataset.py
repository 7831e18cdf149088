"""The benchmark's store: a demo center with a year of a busy center's visits.

Built once and kept in bench/.cache (keyed by the schema head and the size), because
building a million visits takes about a minute; each run works on a copy.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from db.migrate import head_revision

CACHE = Path(__file__).resolve().parent / ".cache"


def _schema_digest() -> str:
    """Changes whenever a migration or the demo generator changes, so the cache is never stale."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha1()
    for path in sorted((root / "db" / "migrations" / "versions").glob("*.py")) + [root / "desk" / "demo.py"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def prepared_store(visits: int, workdir: Path) -> Path:
    """A data folder holding the demo center with ``visits`` visits (a fresh copy)."""
    from desk.context import open_desk
    from desk.demo import create_demo

    key = CACHE / f"demo-{head_revision()}-{_schema_digest()}-{visits}"
    if not (key / "desk.sqlite3").exists():
        shutil.rmtree(key, ignore_errors=True)
        key.mkdir(parents=True)
        ctx = open_desk(key)
        try:
            create_demo(ctx, visits=visits)
        finally:
            ctx.close()
        # Statistics as a desk that has been opened and closed for a while would have them.
        conn = sqlite3.connect(key / "desk.sqlite3", isolation_level=None)
        try:
            conn.execute("ANALYZE")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    target = workdir / "data"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    shutil.copy2(key / "desk.sqlite3", target / "desk.sqlite3")
    return target
