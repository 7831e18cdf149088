"""Guard against a binding bug that kills a desk left running all day.

PySide6 6.12.0 on Python 3.11 returned None from every call that returns nothing
without taking a reference to it; each such call lowered None's reference count, and
after tens of thousands of them (a quarter of an hour of a lobby board repainting its
clock) the process aborted with "none_dealloc". pyproject.toml keeps PySide6 below
6.12; this test fails on any version that brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor


def test_calls_returning_nothing_keep_none_alive():
    target = QObject()
    colour = QColor()
    before = sys.getrefcount(None)
    for _ in range(2000):
        target.setObjectName("board")
        colour.setRgb(10, 20, 30)
    # Python itself may take or drop a reference or two meanwhile; a leak is thousands.
    assert abs(sys.getrefcount(None) - before) < 50
