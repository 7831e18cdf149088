"""The sign-in window is shown before the store stack loads; nothing it needs may pull it in.

Importing SQLAlchemy, SQLModel, Alembic or reportlab on that path costs a third of a second
or more before the first paint (see bench/startup.py); this catches it in the suite.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "pypinyin", "cryptography")


def test_the_first_window_imports_none_of_the_store_stack() -> None:
    probe = (
        "import sys\n"
        "import ui.app, ui.shell.login, ui.fonts, ui.i18n, ui.crash, desk.peek\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, check=True)
    assert out.stdout.strip() == "", f"loaded before the first window: {out.stdout.strip()}"
