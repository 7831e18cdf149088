"""Opening hours, typed the way they are written on the door: ``08:30-12:00, 14:00-17:30``.

One line per weekday; an empty line means closed that day. Full-width digits and colons,
Chinese commas and "至" are accepted, since a Chinese input method produces them.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from desk.center.hours import OpeningHours, Session
from desk.errors import Refusal
from ui.i18n import fill
from ui.explain import explain

_SESSION = re.compile(r"^(\d{1,2})[:.](\d{2})-(\d{1,2})[:.](\d{2})$")
_CLOSED_WORDS = {"", "-", "closed", "休息", "闭馆", "不开放"}


class HoursInputError(ValueError):
    """What is wrong with the hours, already translated for the person typing them."""


def parse_day(text: str) -> tuple[Session, ...]:
    """``"8:30-12:00，14:00至17:30"`` → ``(("08:30", "12:00"), ("14:00", "17:30"))``."""
    value = unicodedata.normalize("NFKC", text or "").strip()
    if value.lower() in _CLOSED_WORDS:
        return ()
    value = re.sub(r"[–—~～至到]", "-", value)
    value = re.sub(r"\s+", "", value)
    sessions: list[Session] = []
    for part in re.split(r"[,;、]+", value):
        if not part:
            continue
        match = _SESSION.match(part)
        if not match:
            raise ValueError(part)
        h1, m1, h2, m2 = match.groups()
        sessions.append((f"{int(h1):02d}:{m1}", f"{int(h2):02d}:{m2}"))
    return tuple(sessions)


def format_day(sessions: tuple[Session, ...]) -> str:
    return ", ".join(f"{start}-{end}" for start, end in sessions)


def weekday_name(index: int) -> str:
    """0 is Monday, in the language the desk speaks."""
    return QLocale().dayName(index + 1, QLocale.FormatType.LongFormat)


class HoursEditor(QWidget):
    """Seven lines, Monday to Sunday."""

    def __init__(self, hours: OpeningHours | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.day_edits: list[QLineEdit] = []
        for day in range(7):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("closed"))
            edit.setToolTip(self.tr(
                "Up to three sessions, e.g. 08:30-12:00, 14:00-17:30. Leave empty if closed."
            ))
            layout.addRow(weekday_name(day), edit)
            self.day_edits.append(edit)
        self.set_hours(hours or OpeningHours.default())

    def set_hours(self, hours: OpeningHours) -> None:
        for edit, sessions in zip(self.day_edits, hours.days, strict=True):
            edit.setText(format_day(sessions))

    def hours(self) -> OpeningHours:
        """What was typed, checked; raises ``HoursInputError`` with a translated message."""
        days: list[tuple[Session, ...]] = []
        for index, edit in enumerate(self.day_edits):
            name = weekday_name(index)
            try:
                sessions = parse_day(edit.text())
            except ValueError:
                raise HoursInputError(fill(QCoreApplication.translate(
                    "HoursEditor",
                    "%1: write the times like 08:30-12:00, 14:00-17:30, or leave it empty if closed.",
                ), name)) from None
            if len(sessions) > 3:
                raise HoursInputError(fill(QCoreApplication.translate(
                    "HoursEditor", "%1: at most three sessions a day."), name))
            try:
                OpeningHours.validated((sessions,) + ((),) * 6)
            except Refusal as refusal:
                raise HoursInputError(fill(QCoreApplication.translate("HoursEditor", "%1: %2"),
                                          name, explain(refusal))) from None
            days.append(sessions)
        return OpeningHours.validated(tuple(days))
