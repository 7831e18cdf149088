"""The real program in a real X window: sign in, a scanner burst while another field has
focus, the visitor shown inside, a forged pass refused.

Drives `python -m entrypoint` under Xvfb with xdotool the way a receptionist and a USB
keyboard-wedge scanner do, and checks the outcome in the real SQLite file.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import func, select

from db.tables import AuditEntry, Visit
from desk.passes.codec import PassKind
from desk.visits.service import WalkInForm, new_token
from xsession import XSession

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool"),
]




def _prepare(ctx, receptionist) -> str:  # noqa: ANN001
    """A resident who has been here before and holds a pass; returns the pass text."""
    done = ctx.visits.check_in_walk_in(receptionist, WalkInForm(
        token=new_token(), purpose_code="service", name="𠮷䶮张三", phone="13812345678", consent=True))
    ctx.visits.check_out(receptionist, done.value.id)
    now = datetime.now(UTC)
    return ctx.passes.issue(receptionist, kind=PassKind.RESIDENT, visitor_id=done.value.visitor_id,
                            valid_from=now - timedelta(minutes=5), valid_until=now + timedelta(days=30)
                            ).value.payload


def _forged(payload: str) -> str:
    """The same pass with one signature character changed: still well formed, not signed by us."""
    index = len(payload) - 20
    replacement = "A" if payload[index] != "A" else "B"
    return payload[:index] + replacement + payload[index + 1:]


def _visits(ctx) -> list[Visit]:  # noqa: ANN001
    with ctx.store.read() as session:
        return list(session.exec(select(Visit)))


def _wait(predicate, timeout: float = 20) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_receptionist_scans_while_typing_elsewhere(center_ctx, receptionist, x_session: XSession) -> None:
    payload = _prepare(center_ctx, receptionist)
    folder = center_ctx.folder
    env = dict(x_session.env, DESK_LANG="zh_CN", PYTHONPATH=str(ROOT))
    app = subprocess.Popen([sys.executable, "-m", "entrypoint", "--data-dir", str(folder)], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        # Sign in like a person.
        login = x_session.wait_for_window(app.pid, lambda name: bool(name))
        x_session.activate(login)
        x_session.screenshot("1-sign-in")
        x_session.type_like_a_person("desk1")
        x_session.key("Tab")
        x_session.type_like_a_person("desk-pass-1")
        x_session.key("Return")
        main = x_session.wait_for_window(app.pid, lambda name: "Desk" in name or "前台" in name)
        x_session.activate(main)
        time.sleep(1.0)

        # The receptionist starts a walk-in (F3 focuses its name field) and types a little.
        x_session.key("F3")
        x_session.type_like_a_person("li")
        before = len(_visits(center_ctx))

        # A resident's pass is scanned meanwhile: a burst at scanner speed.
        x_session.type_like_a_scanner(payload)
        assert _wait(lambda: len(_visits(center_ctx)) == before + 1), "the scan made no visit"
        inside = [v for v in _visits(center_ctx) if v.check_out_at is None]
        assert len(inside) == 1 and inside[0].source == "pass"
        x_session.screenshot("2-scanned-in")

        # The command line keeps working while the window is open.
        listed = subprocess.run([sys.executable, "-m", "entrypoint", "visits", "list", "--data-dir", str(folder),
                                 "--inside", "--format", "json"], cwd=ROOT, env=env, capture_output=True,
                                text=True, timeout=60)
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout)[0]["id"] == inside[0].id

        # The burst never reached the field that had focus: it still holds only "li".
        x_session.key("ctrl+a", "ctrl+c")
        time.sleep(0.3)
        assert x_session.clipboard() == "li"

        # A forged pass is refused, records no visit, and leaves an audit line.
        x_session.type_like_a_scanner(_forged(payload))

        def refused() -> bool:
            with center_ctx.store.read() as session:
                return session.exec(select(func.count()).select_from(AuditEntry)
                                    .where(AuditEntry.action == "scan.refused")).one() == 1
        assert _wait(refused), "the forged pass was not refused"
        time.sleep(0.5)
        x_session.screenshot("3-forged-refused")
        assert len(_visits(center_ctx)) == before + 1
        assert app.poll() is None, "the program died"
    finally:
        app.kill()
        output = app.communicate(timeout=30)[0]
        if app.returncode not in (0, -9):
            print(output)
