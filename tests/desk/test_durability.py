"""kill -9 in the middle of check-ins loses no committed visit and leaves a sound file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import select

from db.engine import Store
from db.tables import Visit

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _run_and_kill(folder: Path, prefix: str, after_lines: int) -> list[str]:
    worker = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "desk" / "durability_worker.py"), str(folder), prefix],
        stdout=subprocess.PIPE, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "ready"
    committed = []
    deadline = time.monotonic() + 60
    while len(committed) < after_lines and time.monotonic() < deadline:
        committed.append(worker.stdout.readline().strip())
    os.kill(worker.pid, signal.SIGKILL)  # mid-transaction, most likely
    rest = worker.stdout.read()  # whatever it printed before it died was committed too
    worker.wait()
    committed.extend(line for line in rest.split() if line)
    assert worker.returncode == -signal.SIGKILL
    return committed


def test_kill_9_loses_no_committed_visit(center_ctx) -> None:
    folder = center_ctx.folder
    center_ctx.close()
    promised: list[str] = []
    for round_number, after in enumerate((40, 75, 120)):
        promised += _run_and_kill(folder, f"round{round_number}-", after)
    store = Store(folder / "desk.sqlite3")
    try:
        assert store.integrity_ok()
        with store.read() as session:
            stored = set(session.exec(select(Visit.id)))
        missing = [visit_id for visit_id in promised if visit_id not in stored]
        assert not missing, f"{len(missing)} committed visits were lost"
        assert len(promised) >= 235
    finally:
        store.close()
