"""The purposes table of the administrator's page: one row per purpose, in the form's order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desk.visits.purpose_admin import CONFIGURABLE
from desk.visits.purposes import HIDDEN, OPTIONAL, REQUIRED, PurposeInfo

Index = QModelIndex | QPersistentModelIndex

INACTIVE_COLOUR = QColor("#888888")
REQUIRED_COLOUR = QColor("#b71c1c")
HIDDEN_COLOUR = QColor("#9e9e9e")


def rule_label(rule: str) -> str:
    """必填, 选填, 隐藏: how the desk says what a purpose does with a field."""
    labels = {
        REQUIRED: QCoreApplication.translate("rules", "Required"),
        OPTIONAL: QCoreApplication.translate("rules", "Optional"),
        HIDDEN: QCoreApplication.translate("rules", "Hidden"),
    }
    return labels.get(rule, rule)


def rule_choices() -> list[tuple[str, str]]:
    """(rule, label) in the order a combo offers them."""
    return [(rule, rule_label(rule)) for rule in (REQUIRED, OPTIONAL, HIDDEN)]


def field_title(field: str) -> str:
    """The walk-in form's name for a configurable field."""
    titles = {
        "name": QCoreApplication.translate("rules", "Name"),
        "phone": QCoreApplication.translate("rules", "Phone"),
        "organisation": QCoreApplication.translate("rules", "Organisation"),
        "branch": QCoreApplication.translate("rules", "Party branch"),
    }
    return titles.get(field, field)


class PurposeTableModel(QAbstractTableModel):
    """No sorting on purpose: the row order is the order the walk-in form offers."""

    LABEL, CODE, NAME, PHONE, ORGANISATION, BRANCH, STATUS = range(7)
    _RULE_COLUMNS = dict(zip((NAME, PHONE, ORGANISATION, BRANCH), CONFIGURABLE))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._purposes: list[PurposeInfo] = []

    def set_purposes(self, purposes: list[PurposeInfo]) -> None:
        self.beginResetModel()
        self._purposes = list(purposes)
        self.endResetModel()

    def purpose_at(self, row: int) -> PurposeInfo | None:
        return self._purposes[row] if 0 <= row < len(self._purposes) else None

    def row_of(self, purpose_id: int) -> int:
        return next((row for row, p in enumerate(self._purposes) if p.id == purpose_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._purposes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section in self._RULE_COLUMNS:
            return field_title(self._RULE_COLUMNS[section])
        headers = {self.LABEL: self.tr("Purpose"), self.CODE: self.tr("Code"), self.STATUS: self.tr("Status")}
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._purposes):
            return None
        purpose, column = self._purposes[index.row()], index.column()
        field = self._RULE_COLUMNS.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LABEL:
                return purpose.label
            if column == self.CODE:
                return purpose.code
            if field is not None:
                return rule_label(purpose.rule(field))
            if column == self.STATUS:
                return self.tr("Active") if purpose.active else self.tr("Inactive")
        if role == Qt.ItemDataRole.ForegroundRole:
            if not purpose.active:
                return INACTIVE_COLOUR
            if field is not None and purpose.rule(field) == REQUIRED:
                return REQUIRED_COLOUR
            if field is not None and purpose.rule(field) == HIDDEN:
                return HIDDEN_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and (field is not None or column == self.STATUS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return purpose.id
        return None
