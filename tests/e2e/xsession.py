"""A real X server (Xvfb) and xdotool, driving the real program as a person and a scanner do."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path


class XSession:
    def __init__(self, display: str, artifacts: Path) -> None:
        self.display = display
        self.env = dict(os.environ, DISPLAY=display)
        self.env.pop("QT_QPA_PLATFORM", None)
        self.artifacts = artifacts

    def xdotool(self, *args: str, check: bool = True) -> str:
        out = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=60)
        if check and out.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)} failed: {out.stderr}")
        return out.stdout.strip()

    def windows_of(self, pid: int) -> list[str]:
        out = self.xdotool("search", "--onlyvisible", "--pid", str(pid), check=False)
        return [line for line in out.splitlines() if line.strip()]

    def window_name(self, window: str) -> str:
        return self.xdotool("getwindowname", window, check=False)

    def wait_for_window(self, pid: int, predicate, timeout: float = 60) -> str:  # noqa: ANN001
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for window in self.windows_of(pid):
                if predicate(self.window_name(window)):
                    return window
            time.sleep(0.2)
        names = [self.window_name(w) for w in self.windows_of(pid)]
        raise TimeoutError(f"no such window; visible: {names}")

    def activate(self, window: str) -> None:
        self.xdotool("windowactivate", "--sync", window, check=False)
        self.xdotool("windowfocus", "--sync", window, check=False)
        time.sleep(0.3)

    def type_like_a_person(self, text: str) -> None:
        self.xdotool("type", "--delay", "120", text)

    def type_like_a_scanner(self, text: str) -> None:
        """A keyboard-wedge scanner: a few ms per key, then Enter."""
        self.xdotool("type", "--delay", "4", text)
        self.xdotool("key", "Return")

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "60", *keys)

    def clipboard(self) -> str:
        out = subprocess.run(["xclip", "-selection", "clipboard", "-o"], env=self.env,
                             capture_output=True, text=True, timeout=10)
        return out.stdout

    def screenshot(self, name: str) -> Path | None:
        """A PNG of the whole screen for a person to look at (kept in the artifacts folder)."""
        target = self.artifacts / f"{name}.png"
        if shutil.which("import"):
            subprocess.run(["import", "-display", self.display, "-window", "root", str(target)],
                           env=self.env, capture_output=True, timeout=30)
        elif shutil.which("xwd") and shutil.which("convert"):
            raw = target.with_suffix(".xwd")
            subprocess.run(["xwd", "-root", "-silent", "-out", str(raw)], env=self.env, timeout=30)
            subprocess.run(["convert", str(raw), str(target)], timeout=30)
        return target if target.exists() else None


def start_xvfb(number: int) -> subprocess.Popen:
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-ac"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            return server
        time.sleep(0.1)
    server.kill()
    raise RuntimeError("Xvfb did not start")
