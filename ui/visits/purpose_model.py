"""The purposes table of the administrator's page: one row per purpose, in the form's order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desk.visits.purpose_admin import CONFIGURABLE
from desk.visits.purposes import HIDDEN, OPTIONAL, REQUIRED, PurposeInfo
from ui.record_model import Index, RecordListModel

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


class PurposeTableModel(RecordListModel):
    """No sorting on purpose: the row order is the order the walk-in form offers."""

    LABEL, CODE, NAME, PHONE, ORGANISATION, BRANCH, STATUS = range(7)
    _RULE_COLUMNS = dict(zip((NAME, PHONE, ORGANISATION, BRANCH), CONFIGURABLE))

    def headers(self) -> list[str]:
        return [self.tr("Purpose"), self.tr("Code"), *(field_title(field) for field in self._RULE_COLUMNS.values()),
                self.tr("Status")]

    def set_purposes(self, purposes: list[PurposeInfo]) -> None:
        self.set_records(purposes)

    def purpose_at(self, row: int) -> PurposeInfo | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        purpose: PurposeInfo | None = self.record_of(index)
        if purpose is None:
            return None
        column = index.column()
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
