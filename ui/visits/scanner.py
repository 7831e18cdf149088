"""Scan anywhere: a USB keyboard-wedge scanner works whatever widget has focus.

A wedge scanner is a keyboard that types very fast. ``ScannerFilter`` holds each printable
key back for a moment ("hold and replay"): a run of at least ``min_length`` keys that close
together, ended by Enter/Tab or a short silence, is a scan and never reaches the focused
field; anything slower is replayed to where it was going, in order, ``max_gap_ms`` late.

Limits, and why pass payloads are upper-case letters and digits:

* An input method that takes keys at the platform level (ibus, fcitx, the Windows IME)
  sees them before any Qt filter. The filter switches input methods off for the focus
  widget once a burst starts, but the first key may already be in a pinyin composition;
  Chinese IMEs let capitals and digits through. A scanner programmed with a prefix key
  (``prefix_key``, e.g. F9) makes capture deterministic.
* Scanners send key codes, so a non-US layout changes symbols. ``normalize_scan`` folds
  full-width characters (NFKC) and drops control characters and ECI prefixes.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desk.passes.normalize import normalize_scan

_COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
    | Qt.KeyboardModifier.MetaModifier
# Scanners press Shift for every capital letter; these keys must neither end a burst nor
# be held (each event carries its own modifiers(), so their order does not matter).
_MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock,
})


def _monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


@dataclass(frozen=True, slots=True)
class ScannerSettings:
    """What a scanner looks like.

    Scanners type 1-10 ms a key; a 120 wpm typist averages 100 ms. A 50 ms gap (onScan.js
    30, open-mSupply 50) leaves room for a loaded PC (xdotool at 10 ms under Xvfb with both
    cores busy showed gaps up to 41 ms), while six keys that fast would be a 240 wpm human;
    it is also how late a person's keystroke arrives, which nobody notices. Once a burst
    is a scan, pauses up to ``idle_end_ms`` do not split it; that silence also ends scans
    from scanners that send no Enter (the same run showed 144 ms stalls).
    """

    max_gap_ms: int = 50
    min_length: int = 6
    idle_end_ms: int = 150
    terminators: frozenset[int] = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
    prefix_key: int | None = None

    def __post_init__(self) -> None:
        if not 0 < self.max_gap_ms <= self.idle_end_ms:
            raise ValueError("need 0 < max_gap_ms <= idle_end_ms")
        if self.min_length < 2:
            raise ValueError("min_length below 2 would take every key for a scan")


@dataclass(slots=True)
class _Burst:
    """Keys held back while we decide whether a scanner or a person typed them."""

    last_stamp: int  # the event's own timestamp (0 if it had none): true key spacing
    last_local: int  # our clock when it arrived: what the deadline timer measures
    forced: bool = False  # began with the prefix key: a scan whatever its speed
    held: list[tuple[QObject, QKeyEvent]] = field(default_factory=list)
    chars: list[str] = field(default_factory=list)
    down: Counter[int] = field(default_factory=Counter)  # held presses awaiting release

    def is_scan(self, min_length: int) -> bool:
        return self.forced or len(self.chars) >= min_length


def _copy(event: QKeyEvent) -> QKeyEvent:
    # Qt deletes the original once delivery returns; keep every field a widget may read.
    return QKeyEvent(event.type(), event.key(), event.modifiers(), event.nativeScanCode(),
                     event.nativeVirtualKey(), event.nativeModifiers(), event.text(),
                     event.isAutoRepeat(), event.count())


def _is_secret(target: QObject) -> bool:
    """A password field: scanners never scan into one, people type passwords fast."""
    focus = QApplication.focusWidget()
    return isinstance(focus, QLineEdit) and focus.echoMode() != QLineEdit.EchoMode.Normal


def _is_printable(event: QKeyEvent) -> bool:
    text = event.text()
    return bool(text) and text.isprintable() and not event.modifiers() & _COMMAND_MODIFIERS


class ScannerFilter(QObject):
    """Application-wide key filter: install with ``app.installEventFilter(scanner_filter)``.

    ``now_ms`` is the clock for events that carry no timestamp and for the end-of-burst
    deadline; tests pass a fake one.
    """

    scan_received = Signal(str)
    """A complete scan arrived, already normalised."""

    def __init__(self, settings: ScannerSettings | None = None, parent: QObject | None = None,
                 *, now_ms: Callable[[], int] = _monotonic_ms) -> None:
        super().__init__(parent)
        self._settings = settings or ScannerSettings()
        self._now_ms = now_ms
        self._enabled = True
        self._suspended = False
        self._burst: _Burst | None = None
        self._owed_releases: Counter[int] = Counter()  # keys a scan ate that are still down
        self._replaying: QKeyEvent | None = None
        self._draining = False  # delivering queued input before a burst's deadline decides
        self._muted_widget: QWidget | None = None
        self._deadline = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._deadline.timeout.connect(self._on_deadline_timeout)

    @property
    def settings(self) -> ScannerSettings:
        return self._settings

    @property
    def busy(self) -> bool:
        """Keys are being held while we tell a scanner from a person."""
        return self._burst is not None

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._after_switch()

    @property
    def suspended(self) -> bool:
        """True while a dialog wants raw keys (someone typing a code by hand)."""
        return self._suspended

    @suspended.setter
    def suspended(self, value: bool) -> None:
        self._suspended = value
        self._after_switch()

    def _after_switch(self) -> None:
        if not self._enabled or self._suspended:
            # Whoever switched us off wants raw keys: hand back even a scan in progress.
            self._replay()
            self._owed_releases.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or event is self._replaying:
            return False
        if not self._enabled or self._suspended:
            return False
        # A key reaches us at its window, then at each widget it is forwarded to. Only keys
        # we let through come round again, so no decision below may do anything twice.
        if not (watched.isWidgetType() or watched.isWindowType()):
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyPress:
            return self._on_key_pressed(watched, event)
        return self._on_key_released(watched, event)

    def _on_key_pressed(self, target: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        stamp, local = event.timestamp(), self._now_ms()
        burst = self._burst
        if burst is not None and self._gap_ms(burst, stamp, local) > self._limit_ms(burst):
            self._end_burst()
        command = bool(event.modifiers() & _COMMAND_MODIFIERS)
        if key == self._settings.prefix_key and not command and not event.isAutoRepeat():
            self._end_burst()
            self._burst = _Burst(stamp, local, forced=True)
            self._owed_releases[key] += 1
            self._mute_input_method()
            self._deadline.start(self._settings.idle_end_ms + 1)
            return True
        if _is_printable(event) and not event.isAutoRepeat() and burst is None and _is_secret(target):
            return False  # a fast typist's password is never taken for a scan
        if _is_printable(event) and not event.isAutoRepeat():
            self._hold(target, event, stamp, local)
            return True
        burst = self._burst
        if key in self._settings.terminators and not command and burst is not None \
                and burst.is_scan(self._settings.min_length):
            self._owed_releases[key] += 1
            self._finish_scan()
            return True
        self._end_burst()  # anything else: held keys first, so they arrive before it
        return False

    def _on_key_released(self, target: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if event.isAutoRepeat():
            return False
        if self._burst is not None and self._burst.down[key] > 0:
            self._burst.down[key] -= 1
            self._burst.held.append((target, _copy(event)))
            return True
        if self._owed_releases[key] > 0:
            self._owed_releases[key] -= 1
            return True
        return False

    def _hold(self, target: QObject, event: QKeyEvent, stamp: int, local: int) -> None:
        burst = self._burst = self._burst or _Burst(stamp, local)
        burst.held.append((target, _copy(event)))
        burst.chars.append(event.text())
        burst.down[event.key()] += 1
        burst.last_stamp, burst.last_local = stamp, local
        if len(burst.chars) == 2:
            # Two keys this close are a scanner already; one alone is every keystroke a
            # person types, and toggling the IME on each would disturb Chinese typing.
            self._mute_input_method()
        self._deadline.start(self._limit_ms(burst) + 1)

    def _gap_ms(self, burst: _Burst, stamp: int, local: int) -> int:
        # Timestamps say when keys were really pressed, even if a busy GUI thread sees them
        # together; our clock stands in when the source sets none.
        if stamp and burst.last_stamp:
            return stamp - burst.last_stamp
        return local - burst.last_local

    def _limit_ms(self, burst: _Burst) -> int:
        if burst.is_scan(self._settings.min_length):
            return self._settings.idle_end_ms
        return self._settings.max_gap_ms

    def _on_deadline_timeout(self) -> None:
        if self._draining:
            return  # fired inside the nested loop below: the outer call checks again
        burst = self._burst
        if burst is None:
            return
        elapsed = self._now_ms() - burst.last_local
        limit = self._limit_ms(burst)
        if elapsed <= limit:  # the timer fired early, or a test's clock has not moved
            self._deadline.start(limit - elapsed + 1)
            return
        # After the GUI thread was busy, Qt runs an overdue timer before the keys it queued
        # meanwhile: let them in first. Their own timestamps decide if they join the burst.
        keys = len(burst.chars)
        self._draining = True
        try:
            QCoreApplication.processEvents()
        finally:
            self._draining = False
        if self._burst is burst and len(burst.chars) == keys:
            self._end_burst()  # silence really: nothing typed in time was waiting
        elif self._burst is not None and not self._deadline.isActive():
            self._deadline.start(0)  # its deadline fired in the nested loop: check now

    def _end_burst(self) -> None:
        if self._burst is not None and self._burst.is_scan(self._settings.min_length):
            self._finish_scan()
        else:
            self._replay()

    def _take_burst(self) -> _Burst | None:
        burst, self._burst = self._burst, None
        self._deadline.stop()
        self._restore_input_method()
        return burst

    def _finish_scan(self) -> None:
        burst = self._take_burst()
        if burst is None:
            return
        self._owed_releases.update(+burst.down)
        # Emitted once our state is clean: a slot may open a dialog, and the next scan
        # must be taken at once.
        text = normalize_scan("".join(burst.chars))
        if text:
            self.scan_received.emit(text)

    def _replay(self) -> None:
        burst = self._take_burst()
        for target, event in burst.held if burst else ():
            if not shiboken6.isValid(target):  # closed while we held its keys
                target = QGuiApplication.focusObject()
                if target is None:
                    continue
            # Synchronous, so the key that ended the burst is delivered after these.
            self._replaying = event
            try:
                QCoreApplication.sendEvent(target, event)
            finally:
                self._replaying = None

    def _mute_input_method(self) -> None:
        widget = QApplication.focusWidget()
        attribute = Qt.WidgetAttribute.WA_InputMethodEnabled
        if widget is None or widget is self._muted_widget or not widget.testAttribute(attribute):
            return
        # reset() first: disabling alone would commit a half-typed pinyin into the field.
        QGuiApplication.inputMethod().reset()
        widget.setAttribute(attribute, False)
        self._muted_widget = widget

    def _restore_input_method(self) -> None:
        widget, self._muted_widget = self._muted_widget, None
        if widget is not None and shiboken6.isValid(widget):
            widget.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
