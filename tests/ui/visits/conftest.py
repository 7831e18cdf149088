"""A fake clock and a fake keyboard-wedge scanner for the scan-anywhere tests.

Fixture names are specific because this directory holds other features' tests too.

The filter reads time from ``now_ms``; events built here carry no timestamp (unless a
test sets one), so the fake clock alone decides what is fast. Nothing here sleeps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ui.visits.scanner import ScannerFilter, ScannerSettings


class FakeClock:
    def __init__(self) -> None:
        self.ms = 1_000_000

    def __call__(self) -> int:
        return self.ms

    def advance(self, ms: int) -> None:
        self.ms += ms


def key_for(char: str) -> tuple[int, Qt.KeyboardModifier]:
    """The key code and modifiers a US keyboard sends for ``char`` (0 if it has none)."""
    if char.isascii() and char.isalpha():
        upper = char.isupper()
        return ord(char.upper()), (Qt.KeyboardModifier.ShiftModifier if upper
                                   else Qt.KeyboardModifier.NoModifier)
    if char.isascii():
        return ord(char), Qt.KeyboardModifier.NoModifier
    return 0, Qt.KeyboardModifier.NoModifier  # full-width and the like come from an IME


class Keyboard:
    """Presses keys on ``target`` the way a platform would, with the clock moving."""

    def __init__(self, target: QObject, clock: FakeClock) -> None:
        self.target = target
        self.clock = clock

    def send(self, kind: QEvent.Type, key: int, modifiers: Qt.KeyboardModifier, text: str,
             stamp: int = 0) -> None:
        event = QKeyEvent(kind, key, modifiers, text)
        event.setTimestamp(stamp)
        QApplication.sendEvent(self.target, event)

    def click(self, key: int, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              text: str = "", stamp: int = 0) -> None:
        self.send(QEvent.Type.KeyPress, key, modifiers, text, stamp)
        self.send(QEvent.Type.KeyRelease, key, modifiers, text, stamp)

    def type(self, text: str, gap_ms: int) -> None:
        """Each character ``gap_ms`` after the previous one (the first one at once)."""
        for index, char in enumerate(text):
            if index:
                self.clock.advance(gap_ms)
            key, modifiers = key_for(char)
            self.click(key, modifiers, char)

    def enter(self) -> None:
        self.click(Qt.Key.Key_Return, text="\r")


@pytest.fixture
def ms_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def focused_form(qtbot) -> tuple[QWidget, QLineEdit]:
    """A window whose focused line edit stands for any field the receptionist is in."""
    window = QWidget()
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    return window, field


@pytest.fixture
def scan_filter(qapp, ms_clock: FakeClock) -> Iterator[ScannerFilter]:
    scanner_filter = ScannerFilter(ScannerSettings(), now_ms=ms_clock)
    qapp.installEventFilter(scanner_filter)
    yield scanner_filter
    qapp.removeEventFilter(scanner_filter)
    scanner_filter.deleteLater()


@pytest.fixture
def make_wedge(ms_clock: FakeClock) -> Callable[[QObject], Keyboard]:
    return lambda target: Keyboard(target, ms_clock)


@pytest.fixture
def wedge(focused_form: tuple[QWidget, QLineEdit], make_wedge) -> Keyboard:
    """A keyboard-wedge scanner (or a person) typing into the focused field."""
    return make_wedge(focused_form[1])
