"""The lists of the shifts page (shift templates, rotations) and the rotation editor's grid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desk.roster.shifts import HOLIDAY_WEEKDAY, RotationInfo, ShiftInfo, shift_minutes
from ui.i18n import fill
from ui.record_model import RecordListModel
from ui.roster.calendar_model import short_weekday

Index = QModelIndex | QPersistentModelIndex

INACTIVE_COLOUR = QColor("#888888")
EMPTY_CELL_COLOUR = QColor("#f3f3f3")  # nobody on duty then: greyed, so the filled days read at a glance


def end_text(shift: ShiftInfo) -> str:
    """An end at or before the start is the next morning: 次日 07:30."""
    if shift.overnight:
        return fill(QCoreApplication.translate("shifts", "next day %1"), shift.end)
    return shift.end


def length_text(shift: ShiftInfo) -> str:
    hours, mins = divmod(shift_minutes(shift.start, shift.end), 60)
    return f"{hours}:{mins:02d}"


def day_column_title(weekday: int) -> str:
    """周一 … 周日, then 节假日 for statutory holidays."""
    if weekday == HOLIDAY_WEEKDAY:
        return QCoreApplication.translate("shifts", "Holidays")
    return short_weekday(weekday)


class ShiftTableModel(RecordListModel):
    NAME, START, END, LENGTH, STATUS = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Shift"), self.tr("Starts"), self.tr("Ends"), self.tr("Hours"), self.tr("Status")]

    def set_shifts(self, shifts: list[ShiftInfo]) -> None:
        self.set_records(sorted(shifts, key=lambda s: (not s.active, s.start, s.name)))

    def shift_at(self, row: int) -> ShiftInfo | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shift: ShiftInfo | None = self.record_of(index)
        if shift is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = {self.NAME: shift.name, self.START: shift.start, self.END: end_text(shift),
                      self.LENGTH: length_text(shift),
                      self.STATUS: self.tr("Active") if shift.active else self.tr("Inactive")}
            return values.get(column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return QColor(shift.color)  # the swatch the roster grid paints the shift with
        if role == Qt.ItemDataRole.ForegroundRole and not shift.active:
            return INACTIVE_COLOUR
        if role == Qt.ItemDataRole.UserRole:
            return shift.id
        return None


class RotationTableModel(RecordListModel):
    NAME, POST, SHIFT, WEEKS, ANCHOR, PEOPLE, STATUS = range(7)

    def headers(self) -> list[str]:
        return [self.tr("Rotation"), self.tr("Post"), self.tr("Shift"), self.tr("Weeks"), self.tr("Cycle starts"),
                self.tr("People"), self.tr("Status")]

    def set_rotations(self, rotations: list[RotationInfo]) -> None:
        self.set_records(rotations)

    def rotation_at(self, row: int) -> RotationInfo | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rotation: RotationInfo | None = self.record_of(index)
        if rotation is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            people = "、".join(dict.fromkeys(s.staff_name for s in rotation.slots))
            values = {self.NAME: rotation.name, self.POST: rotation.post_name, self.SHIFT: rotation.shift_name,
                      self.WEEKS: str(rotation.weeks), self.ANCHOR: rotation.anchor.isoformat(),
                      self.PEOPLE: people,
                      self.STATUS: self.tr("Active") if rotation.active else self.tr("Inactive")}
            return values.get(column)
        if role == Qt.ItemDataRole.ForegroundRole and not rotation.active:
            return INACTIVE_COLOUR
        if role == Qt.ItemDataRole.UserRole:
            return rotation.id
        return None


class RotationGridModel(QAbstractTableModel):
    """Rows are the weeks of the cycle, columns Monday … Sunday and statutory holidays;
    each cell holds the people on duty then. Cells change through the editor's picker."""

    COLUMNS = HOLIDAY_WEEKDAY + 1

    def __init__(self, names: dict[int, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = dict(names)
        self._weeks = 1
        self._cells: dict[tuple[int, int], tuple[int, ...]] = {}

    def set_names(self, names: dict[int, str]) -> None:
        self._names.update(names)

    def name_of(self, staff_id: int) -> str:
        return self._names.get(staff_id, "?")

    def weeks(self) -> int:
        return self._weeks

    def set_weeks(self, weeks: int) -> None:
        """Fewer weeks drops the later weeks' people; more weeks adds empty ones."""
        if weeks == self._weeks:
            return
        self.beginResetModel()
        self._weeks = weeks
        self._cells = {key: ids for key, ids in self._cells.items() if key[0] < weeks}
        self.endResetModel()

    def cell(self, week: int, weekday: int) -> tuple[int, ...]:
        return self._cells.get((week, weekday), ())

    def set_cell(self, week: int, weekday: int, staff_ids: tuple[int, ...]) -> None:
        if staff_ids:
            self._cells[(week, weekday)] = tuple(dict.fromkeys(staff_ids))
        else:
            self._cells.pop((week, weekday), None)
        index = self.index(week, weekday)
        self.dataChanged.emit(index, index)

    def set_slots(self, weeks: int, slots: tuple[tuple[int, int, int], ...]) -> None:
        self.beginResetModel()
        self._weeks = weeks
        self._cells = {}
        for week, weekday, staff_id in slots:
            self._cells[(week, weekday)] = self._cells.get((week, weekday), ()) + (staff_id,)
        self.endResetModel()

    def slots(self) -> tuple[tuple[int, int, int], ...]:
        return tuple((w, d, s) for (w, d), ids in sorted(self._cells.items()) for s in ids)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self._weeks

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return day_column_title(section) if 0 <= section < self.COLUMNS else None
        return fill(self.tr("Week %1"), section + 1) if 0 <= section < self._weeks else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._weeks and 0 <= index.column() < self.COLUMNS):
            return None
        ids = self.cell(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "\n".join(self.name_of(i) for i in ids)
        if role == Qt.ItemDataRole.BackgroundRole and not ids:
            return EMPTY_CELL_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return list(ids)
        return None
