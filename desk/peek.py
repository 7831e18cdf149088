"""A glance at a data folder before the store stack is loaded (plain sqlite3, read-only).

Loading SQLAlchemy, the models and the services takes most of a second; the sign-in
window needs only to know that the center exists and its name. This answers that in a
millisecond, so the window can be on screen while the store opens behind it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desk.paths import database_path


@dataclass(frozen=True)
class Glance:
    center_name: str | None  # None: no center yet (first run), or not readable here

    @property
    def set_up(self) -> bool:
        return self.center_name is not None


def glance(folder: Path) -> Glance:
    path = database_path(folder)
    if not path.exists():
        return Glance(None)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute("SELECT name FROM center WHERE id = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return Glance(None)  # the full open explains whatever is wrong
    return Glance(row[0] if row else None)
