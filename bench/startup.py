"""Time to the first painted window, against a bare PySide6 window, same machine, same run.

Both are measured as a person would notice: from the OS start of the process (so the
interpreter and every import count) to the first paint of the window. Each program
prints how long after its own start the first paint came; the median of several runs
is kept.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.stats import Figure

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import os, time, sys
def since_start():
    # The same clock as ui.app.ms_since_process_start: from the OS start of the process.
    with open("/proc/self/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
class W(QWidget):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not W.painted:
            W.painted = True
            print(f"first-paint-ms={since_start():.1f}", flush=True)
            QTimer.singleShot(0, app.quit)
app = QApplication(sys.argv)
w = W(); w.resize(800, 600); w.show()
app.exec()
"""


def _run(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    out = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    wall = (time.perf_counter() - started) * 1000
    for line in out.stdout.splitlines():
        if line.startswith("first-paint-ms="):
            return float(line.split("=", 1)[1])
    raise RuntimeError(f"no first paint reported (wall {wall:.0f} ms): {out.stdout[-500:]} {out.stderr[-2000:]}")


def measure(folder: Path, runs: int = 5) -> list[Figure]:
    base = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                DESK_EXIT_AFTER_PAINT="1")
    desk = [sys.executable, "-m", "entrypoint", "--data-dir", str(folder)]
    # The first window a person sees on a set-up center: the sign-in window.
    first = [_run(desk, base) for _ in range(runs)]
    # The main window of a signed-in receptionist on the year-of-visits store, for the
    # record (the sign-in itself costs an argon2 hash, by design).
    signed_in = dict(base, DESK_AUTO_SIGN_IN="desk1:demo-desk-1")
    main = [_run(desk, signed_in) for _ in range(runs)]
    bare = [_run([sys.executable, "-c", BARE], base) for _ in range(runs)]
    return [
        Figure("time to first painted window (median)", statistics.median(first), "ms",
               baseline=statistics.median(bare), baseline_name="bare PySide6 window (median)",
               max_ratio=2.0, extra={"runs": runs, "samples": first, "baseline_samples": bare}),
        Figure("time to the signed-in main window (median)", statistics.median(main), "ms",
               baseline=statistics.median(bare), baseline_name="bare PySide6 window (median)",
               notes="for the record: includes the argon2 sign-in and the first page loads",
               extra={"runs": runs, "samples": main}),
    ]
