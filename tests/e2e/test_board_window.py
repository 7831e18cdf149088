"""`desk board` as a real program under Xvfb: it comes up full screen, redraws when a
second process (the desk, here a small script) marks the A holder out, shows the amber
"please see B" bar, shrugs off Esc, and closes on Ctrl+Shift+Q.

The board's window title ends in a refresh counter (#n): xdotool reads it to see that
the board redrew; a screenshot shows what it drew.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from desk.roster.posts import PostForm
from desk.roster.staff import StaffForm
from xsession import XSession

ROOT = Path(__file__).resolve().parents[2]
AMBER = (255, 196, 0)  # the "please see B" bar
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool"),
]




def _counter(name: str) -> int:
    found = re.search(r"#(\d+)$", name)
    return int(found.group(1)) if found else -1


def _amber_pixels(path: Path | None) -> int:
    assert path is not None, "no screenshot tool"
    with Image.open(path) as image:
        small = image.convert("RGB").resize((400, 250), Image.Resampling.NEAREST)
        return sum(count for count, colour in small.getcolors(400 * 250) or [] if colour == AMBER)


def _wait(predicate, timeout: float = 20) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_desk_board_redraws_when_another_process_marks_someone_out(center_ctx, admin, x_session: XSession):
    ids = {name: center_ctx.staff.create(admin, StaffForm(name=name, public_phone=phone,
                                                          active_from=date(2020, 1, 1))).value.id
           for name, phone in (("张伟", "13812340001"), ("王芳", "13812340002"), ("李娜", ""), ("刘洋", ""))}
    center_ctx.posts.create(admin, PostForm(name="咨询接待", location="一楼大厅", holder_id=ids["张伟"],
                                            backup_id=ids["王芳"]))
    center_ctx.posts.create(admin, PostForm(name="活动组织", location="201室", holder_id=ids["李娜"],
                                            backup_id=ids["刘洋"]))
    folder = center_ctx.folder
    env = dict(x_session.env, PYTHONPATH=str(ROOT))
    board = subprocess.Popen([sys.executable, "-m", "entrypoint", "board", "--data-dir", str(folder)], cwd=ROOT,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        window = x_session.wait_for_window(board.pid, lambda name: _counter(name) >= 1)
        time.sleep(0.5)
        first = x_session.screenshot("1-board-everyone-in")
        assert _amber_pixels(first) == 0
        geometry = x_session.xdotool("getwindowgeometry", window)
        assert "1600x1000" in geometry  # full screen on the only screen

        # A passer-by presses Esc: nothing happens.
        x_session.activate(window)
        x_session.key("Escape")
        time.sleep(0.3)
        assert board.poll() is None

        # The desk (another process) marks the A holder out.
        before = _counter(x_session.window_name(window))
        script = textwrap.dedent(f"""
            from datetime import timedelta
            from desk.clock import utcnow
            from desk.context import open_desk
            ctx = open_desk({str(folder)!r}, migrate=False)
            admin = ctx.accounts.sign_in("admin", "secret-pass-1")
            status = next(s.id for s in ctx.whereabouts.statuses() if s.label == "外出办事")
            ctx.whereabouts.set(admin, {ids["张伟"]}, status, destination="街道办",
                                expected_return=utcnow() + timedelta(hours=1))
            ctx.close()
        """)
        subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True, timeout=60)
        assert _wait(lambda: _counter(x_session.window_name(window)) > before, timeout=10), "the board did not redraw"
        time.sleep(0.5)
        second = x_session.screenshot("2-board-a-holder-out")
        assert _amber_pixels(second) > 100, "no 'please see B' bar on the board"

        # Ctrl+Shift+Q closes it for real.
        x_session.activate(window)
        x_session.key("ctrl+shift+q")
        board.wait(timeout=20)
        assert board.returncode == 0
    finally:
        if board.poll() is None:
            board.kill()
        output = board.communicate(timeout=30)[0]
        if board.returncode not in (0, -9):
            print(output)
