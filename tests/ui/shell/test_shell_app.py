"""Starting the program: options, language, one window per data folder, the smoke switch."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk.instance import LOCK_NAME
from ui.app import ms_since_process_start, parse_args
from ui.i18n import choose_language

ROOT = Path(__file__).resolve().parents[3]


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESK_LANG="en")
    env.pop("DESK_EXIT_AFTER_PAINT", None)
    env.pop("DESK_QUIT_AFTER_OPEN", None)
    env.update(extra)
    return env


def test_our_options_are_taken_and_qts_are_passed_on():
    args, rest = parse_args(["--data-dir", "/d", "-platform", "offscreen", "--lang=en"])
    assert args.data_dir == "/d" and args.lang == "en"
    assert rest == ["-platform", "offscreen"]


def test_chinese_unless_asked_otherwise(monkeypatch):
    monkeypatch.delenv("DESK_LANG", raising=False)
    assert choose_language() == "zh_CN"
    monkeypatch.setenv("DESK_LANG", "en")
    assert choose_language() == "en"
    assert choose_language("zh-CN") == "zh_CN"  # the option wins over the environment


def test_the_process_clock_counts_from_the_process_start():
    assert 0 < ms_since_process_start() < 10 * 60 * 1000


@pytest.mark.slow
def test_quit_after_open_migrates_and_says_so(tmp_path):
    done = subprocess.run([sys.executable, "-m", "entrypoint", "--data-dir", str(tmp_path)],
                          cwd=ROOT, env=_env(DESK_QUIT_AFTER_OPEN="1"), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"store-open-ok {tmp_path / 'desk.sqlite3'}" in done.stdout
    assert (tmp_path / "logs" / "desk.log").is_file()


@pytest.mark.slow
def test_a_second_window_on_the_same_folder_is_refused(tmp_path):
    first = subprocess.Popen([sys.executable, "-m", "entrypoint", "--data-dir", str(tmp_path)],
                             cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        lock = tmp_path / LOCK_NAME
        deadline = time.monotonic() + 60
        while not (lock.is_file() and lock.read_text().strip() == str(first.pid)):
            assert first.poll() is None, "the first desk exited early"
            assert time.monotonic() < deadline, "the first desk never took the lock"
            time.sleep(0.05)
        second = subprocess.run([sys.executable, "-m", "entrypoint", "--data-dir", str(tmp_path)],
                                cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60)
        assert second.returncode == 1
        assert "Desk is already open on this data folder" in second.stderr
        assert str(tmp_path) in second.stderr
        assert first.poll() is None  # the first one is untouched
    finally:
        first.terminate()
        first.wait(timeout=30)
