"""The sign-ups of one activity, and the residents a sign-up search found.

The list reads in the order places are given: confirmed first, then the waiting list by
its number, then the cancelled ones greyed at the bottom (kept, so the desk can tell a
resident who rings that their sign-up was cancelled and when).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from desk.clock import CenterClock
from desk.rooms.activity_rows import CANCELLED, WAITLIST, ActivityDetail, SignupRow
from desk.rooms.signups import ResidentMatch
from ui.i18n import fill
from ui.moments import moment_text, time_text
from ui.record_model import Index, RecordListModel
from ui.rooms.activity_labels import signup_state_label, source_label

CANCELLED_COLOUR = QColor("#90a4ae")
WAITING_COLOUR = QColor("#8a4b00")
ATTENDED_COLOUR = QColor("#1b5e20")


class SignupTableModel(RecordListModel):
    NAME, PHONE, PEOPLE, STATE, ATTENDED, SOURCE, SIGNED_UP = range(7)

    def __init__(self, clock: CenterClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("People"), self.tr("Status"), self.tr("Signed in"),
                self.tr("How"), self.tr("Signed up")]

    def set_detail(self, detail: ActivityDetail | None) -> None:
        if detail is None:
            self.set_records([])
        else:
            self.set_records([*detail.confirmed, *detail.waitlist, *detail.cancelled])

    def signup_at(self, row: int) -> SignupRow | None:
        return self.record_at(row)

    def row_named(self, name: str, state: str | None = None) -> int:
        """The first row of ``name`` (in ``state``, if given), or -1; for the keyboard and tests."""
        return self.row_where(lambda s: s.name == name and (state is None or s.state == state))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        signup: SignupRow | None = self.record_of(index)
        if signup is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(signup, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if signup.state == CANCELLED:
                return CANCELLED_COLOUR
            if signup.state == WAITLIST and column == self.STATE:
                return WAITING_COLOUR
            if signup.attended_at is not None and column == self.ATTENDED:
                return ATTENDED_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATE and signup.promoted_at is not None:
            return fill(self.tr("Moved up from the waiting list at %1"), time_text(self._clock, signup.promoted_at))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PEOPLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return signup.id
        return None

    def _display(self, signup: SignupRow, column: int) -> str:
        if column == self.NAME:
            return signup.name
        if column == self.PHONE:
            return signup.phone_masked
        if column == self.PEOPLE:
            return str(signup.people)
        if column == self.STATE:
            return signup_state_label(signup)
        if column == self.ATTENDED:
            if signup.attended_at is None:
                return ""
            at = time_text(self._clock, signup.attended_at)
            if signup.attended_count is not None and signup.attended_count != signup.people:
                return fill(self.tr("✔ %1 (%2 came)"), at, signup.attended_count)
            return fill(self.tr("✔ %1"), at)
        if column == self.SOURCE:
            return source_label(signup.source)
        if column == self.SIGNED_UP:
            return moment_text(self._clock, signup.created_at)
        return ""


def counts_text(detail: ActivityDetail) -> str:
    """``3 with a place (5 people) · 2 waiting · 1 cancelled``."""
    people = sum(s.people for s in detail.confirmed)
    return fill(QCoreApplication.translate("SignupTableModel",
                                           "%1 with a place (%2 people) · %3 waiting · %4 cancelled"),
                len(detail.confirmed), people, len(detail.waitlist), len(detail.cancelled))


class ResidentMatchModel(RecordListModel):
    """Residents the search found; one already on the list says so (and cannot be picked)."""

    NAME, PHONE, ON_LIST = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("This activity")]

    def match_at(self, row: int) -> ResidentMatch | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        match: ResidentMatch | None = self.record_of(index)
        if match is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.NAME:
                return match.name or "—"
            if column == self.PHONE:
                return match.phone_masked
            if column == self.ON_LIST:
                return self.tr("Already signed up") if match.signed_up else ""
        if role == Qt.ItemDataRole.ForegroundRole and match.signed_up:
            return CANCELLED_COLOUR
        if role == Qt.ItemDataRole.UserRole:
            return match.visitor_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        match: ResidentMatch | None = self.record_of(index)
        if match is not None and match.signed_up:
            return Qt.ItemFlag.ItemIsEnabled  # seen, but not selectable: signing up twice is refused anyway
        return super().flags(index)

