"""The staff table: one row per person, and the filter behind the search field.

Private phones are shown in full to administrators only; a receptionist sees 139****5678,
enough to recognise a number, not to copy it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from desk.roster.staff import KINDS, StaffInfo
from desk.text import mask_phone
from ui.i18n import fill
from ui.record_model import SORT_ROLE, Index, RecordListModel


SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
"""Name and pinyin initials, what the search field matches."""

FORMER_COLOUR = QColor("#888888")


def kind_label(kind: str) -> str:
    """专职管理人员, 社工, 志愿者, 下沉干部: what the kinds are called at the desk."""
    labels = {
        "manager": QCoreApplication.translate("staff", "Full-time manager"),
        "social_worker": QCoreApplication.translate("staff", "Social worker"),
        "volunteer": QCoreApplication.translate("staff", "Volunteer"),
        "seconded": QCoreApplication.translate("staff", "Seconded official"),
    }
    return labels.get(kind, kind)


def kind_choices() -> list[tuple[str, str]]:
    return [(kind, kind_label(kind)) for kind in KINDS]


def active_period(person: StaffInfo) -> str:
    start = person.active_from.isoformat()
    if person.active_until is None:
        return fill(QCoreApplication.translate("staff", "since %1"), start)
    return f"{start} – {person.active_until.isoformat()}"


class StaffTableModel(RecordListModel):
    NAME, KIND, TITLE, PUBLIC_PHONE, PRIVATE_PHONE, PERIOD, PHOTO = range(7)

    def __init__(self, *, show_private: bool, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show_private = show_private
        self.today = today

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Kind"), self.tr("Job title"), self.tr("Public phone"),
                self.tr("Private phone"), self.tr("Works here"), self.tr("Photo")]

    def set_staff(self, people: list[StaffInfo], today: date | None = None) -> None:
        if today is not None:
            self.today = today
        self.set_records(people)

    def person_at(self, row: int) -> StaffInfo | None:
        return self.record_at(row)

    def is_former(self, person: StaffInfo) -> bool:
        return person.active_until is not None and person.active_until < self.today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person: StaffInfo | None = self.record_of(index)
        if person is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == SORT_ROLE:
            if column == self.KIND:
                return KINDS.index(person.kind) if person.kind in KINDS else len(KINDS)
            if column == self.PERIOD:
                return person.active_from.isoformat()
            if column == self.PHOTO:
                return int(person.has_photo)
            if column == self.NAME:
                return person.initials or person.name
            return self._display(person, column)
        if role == SEARCH_ROLE:
            return f"{person.name} {person.initials}".casefold()
        if role == Qt.ItemDataRole.ForegroundRole and self.is_former(person):
            return FORMER_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PERIOD and self.is_former(person):
            return fill(self.tr("Former staff: left after %1"), person.active_until.isoformat())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PHOTO:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        return None

    def _display(self, person: StaffInfo, column: int) -> str:
        if column == self.NAME:
            return person.name
        if column == self.KIND:
            return kind_label(person.kind)
        if column == self.TITLE:
            return person.title
        if column == self.PUBLIC_PHONE:
            return person.public_phone
        if column == self.PRIVATE_PHONE:
            return person.private_phone if self.show_private else mask_phone(person.private_phone)
        if column == self.PERIOD:
            return active_period(person)
        if column == self.PHOTO:
            return self.tr("Yes") if person.has_photo else self.tr("No")
        return ""


class StaffFilterProxy(QSortFilterProxyModel):
    """Search by name or pinyin initials (张小明 is found by 小明, zxm or ZX); former staff
    are hidden unless asked for."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._show_former = False
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._text = "".join(text.split()).casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_former(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_former = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        if not isinstance(model, StaffTableModel):
            return True
        person = model.person_at(source_row)
        if person is None:
            return False
        if not self._show_former and model.is_former(person):
            return False
        if not self._text:
            return True
        name, initials = person.name.casefold(), person.initials.casefold()
        return self._text in "".join(name.split()) or initials.startswith(self._text)
