"""The big coloured result line at the top of the check-in page, readable from a metre.

Green: checked in or out. Amber: a repeat ("already checked in at 09:03"). Red: refused,
with the reason. The text stays until the next result; after a few seconds the colour
fades to neutral so that an old result is not mistaken for a new one.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEasingCurve, QTimer, QVariantAnimation, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.explain import explain
from ui.app_services import UiServices

OK = "ok"
REPEAT = "repeat"
REFUSED = "refused"
NEUTRAL = "neutral"

# (background, text) per kind; contrast ≥ 4.5:1 for every pair.
COLOURS: dict[str, tuple[str, str]] = {
    OK: ("#1b7a36", "#ffffff"),
    REPEAT: ("#f2b705", "#2b1d00"),
    REFUSED: ("#c62828", "#ffffff"),
    NEUTRAL: ("#e9edf0", "#37474f"),
}
FADE_AFTER_MS = 8_000
FADE_MS = 1_200
HEADLINE_PX = 30
DETAIL_PX = 20

_FIRST_SENTENCE = re.compile(r"^(.+?[.!?](?=\s)|.+?[。！？])\s*(.+)$", re.S)


def split_message(text: str) -> tuple[str, str]:
    """The first sentence as the headline, the rest as detail ("Scan it again, ...")."""
    match = _FIRST_SENTENCE.match(text.strip())
    if match is None:
        return text.strip(), ""
    return match.group(1).strip(), match.group(2).strip()


def explain_or_report(services: UiServices, error: BaseException) -> str:
    """A sentence for the person at the desk; a bug also goes to the crash handler's log."""
    message = explain(error)
    if message is None:
        services.tasks.error_occurred.emit(error)
        message = QCoreApplication.translate(
            "ResultBanner", "Something went wrong and nothing was changed. The error was logged.")
    return message


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


class ResultBanner(QFrame):
    """Shows the latest scan or check-in result until the next one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultBanner")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(100)
        self._kind = NEUTRAL
        self._fade_from: tuple[QColor, QColor] | None = None
        self._headline = QLabel(self)
        self._headline.setWordWrap(True)
        self._headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._headline.setTextFormat(Qt.TextFormat.PlainText)
        self._headline.setAccessibleName(self.tr("Result"))
        self._detail = QLabel(self)
        self._detail.setWordWrap(True)
        self._detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._detail.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.setSpacing(4)
        layout.addWidget(self._headline)
        layout.addWidget(self._detail)

        self._fade_timer = QTimer(self)
        self._fade_timer.setSingleShot(True)
        self._fade_timer.setInterval(FADE_AFTER_MS)
        self._fade_timer.timeout.connect(self._on_fade_timer_timeout)
        self._fade = QVariantAnimation(self)
        self._fade.setDuration(FADE_MS)
        self._fade.setStartValue(0.0)
        self._fade.setEndValue(1.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._fade.valueChanged.connect(self._on_fade_value_changed)
        self.show_result(NEUTRAL, self.tr("Ready: scan a pass or search for a visitor."))

    # ---- public ----------------------------------------------------------------------
    @property
    def kind(self) -> str:
        """The colour currently meant: ok, repeat, refused or neutral (after the fade)."""
        return self._kind

    def text(self) -> str:
        detail = self._detail.text()
        return f"{self._headline.text()} {detail}".strip()

    def show_result(self, kind: str, message: str) -> None:
        """Show a result; long messages are split into a big headline and a detail line."""
        self._fade.stop()
        self._fade_timer.stop()
        self._kind = kind if kind in COLOURS else NEUTRAL
        headline, detail = split_message(message)
        self._headline.setText(headline)
        self._detail.setText(detail)
        self._detail.setVisible(bool(detail))
        background, foreground = COLOURS[self._kind]
        self._paint(QColor(background), QColor(foreground))
        if self._kind != NEUTRAL:
            self._fade_timer.start()

    def fade_now(self) -> None:
        """Jump to neutral at once (for tests and for the lock screen)."""
        self._fade_timer.stop()
        self._fade.stop()
        self._on_fade_value_changed(1.0)

    # ---- private ---------------------------------------------------------------------
    def _paint(self, background: QColor, foreground: QColor) -> None:
        self.setStyleSheet(
            f"#resultBanner {{ background: {background.name()}; border-radius: 8px; }}"
            f"#resultBanner QLabel {{ color: {foreground.name()}; background: transparent; }}"
        )
        self._headline.setStyleSheet(f"font-size: {HEADLINE_PX}px; font-weight: bold;")
        self._detail.setStyleSheet(f"font-size: {DETAIL_PX}px;")

    def _on_fade_timer_timeout(self) -> None:
        background, foreground = COLOURS[self._kind]
        self._fade_from = (QColor(background), QColor(foreground))
        self._fade.start()

    def _on_fade_value_changed(self, value: float) -> None:
        start = self._fade_from or (QColor(COLOURS[self._kind][0]), QColor(COLOURS[self._kind][1]))
        end = (QColor(COLOURS[NEUTRAL][0]), QColor(COLOURS[NEUTRAL][1]))
        self._paint(_mix(start[0], end[0], float(value)), _mix(start[1], end[1], float(value)))
        if float(value) >= 1.0:
            self._kind = NEUTRAL
            self._fade_from = None
