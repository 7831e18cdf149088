"""The coverage grid (posts down, the week's opening sessions across) and the week's problems.

Each cell says who is on duty and how well the session is covered, in colour *and* in a
symbol (● covered, ▲ partly or by someone who should not count, ✕ nobody), so a
receptionist who cannot tell red from green reads it as easily as anyone.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel, QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject,
    QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QStyledItemDelegate

from desk.roster.calendar import HOLIDAY, WORKDAY, CalendarDayInfo
from desk.roster.checks import Problem
from desk.roster.coverage import AMBER, CLOSED, GREEN, RED, Coverage, CoverageColumn, CoverageWeek
from ui.explain import translate_desk
from ui.i18n import fill

Index = QModelIndex | QPersistentModelIndex

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1  # green | amber | red | closed
DAY_ROLE = Qt.ItemDataRole.UserRole + 2  # the column's date

# Soft fills that keep black text readable; the symbol carries the meaning too.
BACKGROUNDS = {GREEN: QColor("#d7efd5"), AMBER: QColor("#ffe2a8"), RED: QColor("#f6b8b0"),
               CLOSED: QColor("#e6e6e6")}
FOREGROUNDS = {GREEN: QColor("#1b3d1a"), AMBER: QColor("#4a3200"), RED: QColor("#6b0f07"),
               CLOSED: QColor("#666666")}
SYMBOLS = {GREEN: "●", AMBER: "▲", RED: "✕", CLOSED: ""}
HOLIDAY_HEADER = QColor("#fbe3e3")
WORKDAY_HEADER = QColor("#e3ecfb")


def day_label(day: date) -> str:
    """周一 11-23 (the weekday in the interface language, month-day)."""
    name = QLocale().standaloneDayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{name} {day:%m-%d}"


def mark_label(mark: CalendarDayInfo | None) -> str:
    """What the header says of a special day: 国庆节 (a holiday) or 调休上班 (a make-up day)."""
    if mark is None:
        return ""
    if mark.kind == HOLIDAY:
        return mark.name or QCoreApplication.translate("CoverageTableModel", "Public holiday")
    if mark.kind == WORKDAY and mark.name:
        return fill(QCoreApplication.translate("CoverageTableModel", "Make-up working day (%1)"), mark.name)
    if mark.kind == WORKDAY:
        return QCoreApplication.translate("CoverageTableModel", "Make-up working day")
    return ""


def level_label(level: str) -> str:
    labels = {
        GREEN: QCoreApplication.translate("CoverageTableModel", "Covered"),
        AMBER: QCoreApplication.translate("CoverageTableModel", "Check"),
        RED: QCoreApplication.translate("CoverageTableModel", "Nobody on duty"),
        CLOSED: QCoreApplication.translate("CoverageTableModel", "Closed"),
    }
    return labels.get(level, level)


class CoverageTableModel(QAbstractTableModel):
    """Read-only: changes are made in the cell editor, through the duty service."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._week: CoverageWeek | None = None
        self._marks: Mapping[date, CalendarDayInfo] = {}

    def set_week(self, week: CoverageWeek, marks: Mapping[date, CalendarDayInfo] | None = None) -> None:
        self.beginResetModel()
        self._week = week
        self._marks = dict(marks or {})
        self.endResetModel()

    @property
    def week(self) -> CoverageWeek | None:
        return self._week

    # ---- lookups for the page ----------------------------------------------------------
    def cell(self, row: int, column: int) -> Coverage | None:
        if self._week is None or not (0 <= row < len(self._week.rows) and 0 <= column < len(self._week.columns)):
            return None
        return self._week.rows[row].cells[column]

    def column_at(self, column: int) -> CoverageColumn | None:
        if self._week is None or not 0 <= column < len(self._week.columns):
            return None
        return self._week.columns[column]

    def post_id_at(self, row: int) -> int | None:
        if self._week is None or not 0 <= row < len(self._week.rows):
            return None
        return self._week.rows[row].post_id

    def row_of_post(self, post_name: str) -> int:
        rows = self._week.rows if self._week else ()
        return next((i for i, r in enumerate(rows) if r.post_name == post_name), -1)

    def columns_of_day(self, day: date) -> list[int]:
        columns = self._week.columns if self._week else ()
        return [i for i, c in enumerate(columns) if c.day == day]

    def index_of_problem(self, problem: Problem) -> QModelIndex:
        """The cell a problem is about: the one holding its duty, else the post's first
        uncovered session that day, else the day's first session."""
        if self._week is None:
            return QModelIndex()
        days = self.columns_of_day(problem.day)
        for row, post_row in enumerate(self._week.rows):
            for column in days:
                if set(problem.duty_ids) & set(post_row.cells[column].duty_ids):
                    return self.index(row, column)
        row = max(self.row_of_post(problem.post), 0) if self._week.rows else -1
        if row < 0 or not days:
            return QModelIndex()
        cells = self._week.rows[row].cells
        worst = next((c for c in days if cells[c].level in (RED, AMBER)), days[0])
        return self.index(row, worst)

    # ---- Qt API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() or self._week is None else len(self._week.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() or self._week is None else len(self._week.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._week is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self._week.rows) and role == Qt.ItemDataRole.DisplayRole:
                return self._week.rows[section].post_name
            return None
        column = self.column_at(section)
        if column is None:
            return None
        mark = self._marks.get(column.day)
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [day_label(column.day)]
            if column.closed:
                holiday = mark is not None and mark.kind == HOLIDAY
                lines.append(self.tr("Holiday, closed") if holiday else self.tr("Closed"))
            else:
                lines.append(f"{column.start}–{column.end}")
            if mark is not None:
                lines.append(mark_label(mark))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return HOLIDAY_HEADER if mark.kind == HOLIDAY else WORKDAY_HEADER
        if role == Qt.ItemDataRole.ToolTipRole:
            if mark is not None and mark.kind == HOLIDAY:
                return fill(self.tr("%1: public holiday"), mark.name or column.day.isoformat())
            if mark is not None and mark.kind == WORKDAY:
                return self.tr("Make-up working day (调休): the center works as on a weekday.")
        if role == DAY_ROLE:
            return column.day
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return BACKGROUNDS.get(cell.level)
        if role == Qt.ItemDataRole.ForegroundRole:
            return FOREGROUNDS.get(cell.level)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), index.column(), cell)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and cell.level == RED:
            font = QFont()
            font.setBold(True)  # a gap should catch the eye first
            return font
        if role == LEVEL_ROLE:
            return cell.level
        if role == DAY_ROLE:
            column = self.column_at(index.column())
            return column.day if column else None
        return None

    def _text(self, cell: Coverage) -> str:
        if cell.level == CLOSED:
            return self.tr("Closed")
        symbol = SYMBOLS[cell.level]
        if not cell.staff:
            return f"{symbol} " + self.tr("Nobody")
        text = f"{symbol} " + "\n".join(cell.staff)
        if cell.uncovered:
            spans = "、".join(f"{a}–{b}" for a, b in cell.uncovered)
            text += "\n" + fill(self.tr("%1 nobody"), spans)
        return text

    def _tooltip(self, row: int, column: int, cell: Coverage) -> str:
        reason = translate_desk(cell.template, dict(cell.fields))
        if cell.level == CLOSED:
            return reason
        header = self.headerData(column, Qt.Orientation.Horizontal) or ""
        where = f"{self._week.rows[row].post_name} · {str(header).splitlines()[0]}" if self._week else ""
        return f"{level_label(cell.level)}: {where}\n{reason}"


class CoverageDelegate(QStyledItemDelegate):
    """Paints the selected cell in its own colour with a thick frame: the usual blue
    selection fill would hide whether the chosen session is covered."""

    FRAME = QColor("#0d47a1")

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(QPen(self.FRAME, 4))
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
            painter.restore()


class ProblemListModel(QAbstractListModel):
    """The week's problems in words, in the order the checks give (by day, gaps first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: tuple[Problem, ...] = ()

    def set_problems(self, problems: tuple[Problem, ...]) -> None:
        self.beginResetModel()
        self._problems = tuple(problems)
        self.endResetModel()

    def problem_at(self, row: int) -> Problem | None:
        return self._problems[row] if 0 <= row < len(self._problems) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        problem = self.problem_at(index.row()) if index.isValid() else None
        if problem is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            symbol = SYMBOLS[RED] if problem.kind == "gap" else SYMBOLS[AMBER]
            return f"{symbol} {day_label(problem.day)}  {translate_desk(problem.template, dict(problem.fields))}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return FOREGROUNDS[RED] if problem.kind == "gap" else FOREGROUNDS[AMBER]
        if role == LEVEL_ROLE:
            return RED if problem.kind == "gap" else AMBER
        return None
