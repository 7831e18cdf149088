"""Choosing people for the rotation editor: who works in a cell, and the "rotate these
people weekly" helper (轮班: week 1 the first person, week 2 the second, …).

The post's A holder, B backup and the people who may cover it come first, marked, since
they are who a rotation of that post is nearly always made of.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from desk.roster.posts import PostInfo
from desk.roster.shifts import HOLIDAY_WEEKDAY
from desk.roster.staff import StaffInfo
from ui.i18n import fill
from ui.roster.setup_forms import hint
from ui.roster.shift_model import day_column_title

WEEKDAYS = tuple(range(7))


@dataclass(frozen=True)
class Candidate:
    staff_id: int
    name: str
    role: str  # "A", "B", "cover" or "" for the post


def candidates(staff: list[StaffInfo], post: PostInfo | None) -> list[Candidate]:
    """Everyone active, the post's own people first (A, B, then those who may cover)."""
    rank: dict[int, tuple[int, str]] = {}
    if post is not None:
        for staff_id in post.cover_ids:
            rank[staff_id] = (2, "cover")
        if post.backup_id is not None:
            rank[post.backup_id] = (1, "B")
        if post.holder_id is not None:
            rank[post.holder_id] = (0, "A")
    ordered = sorted(enumerate(staff), key=lambda pair: (rank.get(pair[1].id, (3, ""))[0], pair[0]))
    return [Candidate(s.id, s.name, rank.get(s.id, (3, ""))[1]) for _i, s in ordered]


def candidate_text(candidate: Candidate) -> str:
    roles = {"A": QCoreApplication.translate("PeoplePicker", "A holder"),
             "B": QCoreApplication.translate("PeoplePicker", "B backup"),
             "cover": QCoreApplication.translate("PeoplePicker", "may cover")}
    role = roles.get(candidate.role)
    return fill(QCoreApplication.translate("PeoplePicker", "%1 (%2)"), candidate.name, role) if role else candidate.name


class PeopleList(QListWidget):
    """Checkable people; Space ticks the current one. Remembers the order they were ticked."""

    def __init__(self, people: list[Candidate], chosen: tuple[int, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ticked: list[int] = [i for i in chosen]
        for candidate in people:
            item = QListWidgetItem(candidate_text(candidate))
            item.setData(Qt.ItemDataRole.UserRole, candidate.staff_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if candidate.staff_id in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setCurrentRow(0)
        self.itemChanged.connect(self._on_item_changed)

    def set_checked(self, staff_id: int, checked: bool = True) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == staff_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def in_list_order(self) -> tuple[int, ...]:
        return tuple(self.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.count())
                     if self.item(r).checkState() == Qt.CheckState.Checked)

    def in_ticked_order(self) -> tuple[int, ...]:
        return tuple(self._ticked)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        staff_id = item.data(Qt.ItemDataRole.UserRole)
        if staff_id in self._ticked:
            self._ticked.remove(staff_id)
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked.append(staff_id)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PeoplePicker(QDialog):
    """Who works in the chosen cells of the rotation."""

    def __init__(self, people: list[Candidate], chosen: tuple[int, ...], where: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is on duty"))
        self.setMinimumSize(340, 420)
        self.people = PeopleList(people, chosen)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(where))
        layout.addWidget(self.people, 1)
        layout.addWidget(hint(self.tr("Space ticks or unticks a person; Enter confirms.")))
        layout.addWidget(self.buttons)
        self.people.setFocus()

    def chosen(self) -> tuple[int, ...]:
        return self.people.in_list_order()


class RotateHelper(QDialog):
    """Fill week k of the cycle with the k-th person ticked, on the days ticked."""

    def __init__(self, people: list[Candidate], days: tuple[int, ...], weeks: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rotate these people weekly"))
        self.setMinimumSize(420, 520)
        self._names = {c.staff_id: c.name for c in people}
        self._weeks = weeks
        self.people = PeopleList(people)
        self.day_boxes: dict[int, QCheckBox] = {}
        day_grid = QGridLayout()
        for column in range(HOLIDAY_WEEKDAY + 1):
            box = QCheckBox(day_column_title(column))
            box.setChecked(column in days)
            self.day_boxes[column] = box
            day_grid.addWidget(box, 0, column)
        self.fit_box = QCheckBox(self.tr("Make the cycle as many weeks as people"))
        self.fit_box.setChecked(True)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the people in the order they take turns:")))
        layout.addWidget(self.people, 1)
        layout.addWidget(QLabel(self.tr("On these days:")))
        layout.addLayout(day_grid)
        layout.addWidget(self.fit_box)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.people.itemChanged.connect(self._update_preview)
        self.fit_box.toggled.connect(self._update_preview)
        for box in self.day_boxes.values():
            box.toggled.connect(self._update_preview)
        self._update_preview()
        self.people.setFocus()

    def order(self) -> tuple[int, ...]:
        return self.people.in_ticked_order()

    def days(self) -> tuple[int, ...]:
        return tuple(day for day, box in self.day_boxes.items() if box.isChecked())

    def weeks(self, most: int) -> int:
        """How long the cycle will be once the helper has filled it."""
        if self.fit_box.isChecked() and self.order():
            return min(len(self.order()), most)
        return self._weeks

    def _update_preview(self, *_args: object) -> None:
        order = self.order()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(order and self.days()))
        if not order:
            self.preview.setText(self.tr("Nobody ticked yet."))
            return
        weeks = len(order) if self.fit_box.isChecked() else self._weeks
        turns = [fill(self.tr("week %1: %2"), week + 1, self._names.get(order[week % len(order)], "?"))
                 for week in range(weeks)]
        self.preview.setText("; ".join(turns))
