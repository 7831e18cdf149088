"""The form for a post's four fixes (四确定): name and place, A holder and B backup, duties,
service standard and time limit, and who else may cover it.

The dialog hands itself to ``on_submit``; the page saves it and closes it, or shows the
refusal here with everything kept.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QVBoxLayout, QWidget,
)

from desk.roster.posts import PostForm, PostInfo
from desk.roster.staff import StaffInfo
from ui.i18n import fill
from ui.submit_dialog import SubmitDialog

HINT_STYLE = "color: #546e7a;"

Submit = Callable[["PostDialog"], None]


def time_limit_choices() -> list[str]:
    """What centers write for 服务定效; the field stays free text."""
    return ["即时办结", "当日办结", "1个工作日", "3个工作日", "5个工作日", "7个工作日"]


class PostDialog(SubmitDialog):
    """New post (``post`` is None) or an existing one. ``staff`` are the people who may be
    chosen: active staff, plus anyone the post already names."""

    def __init__(self, on_submit: Submit, post: PostInfo | None, staff: list[StaffInfo],
                 active_ids: set[int], parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.post = post
        self.setWindowTitle(self.tr("New post") if post is None else fill(self.tr("Post %1"), post.name))
        self.setMinimumWidth(620)
        named = {post.holder_id, post.backup_id, *post.cover_ids} if post else set()
        people = [p for p in staff if p.id in active_ids or p.id in named]

        self.name_edit = QLineEdit(post.name if post else "")
        self.name_edit.setMaxLength(50)
        self.name_edit.setPlaceholderText(self.tr("e.g. 咨询接待"))
        self.location_edit = QLineEdit(post.location if post else "")
        self.location_edit.setMaxLength(100)
        self.location_edit.setPlaceholderText(self.tr("e.g. 一楼服务大厅 1号窗口"))
        self.duties_edit = QPlainTextEdit(post.duties if post else "")
        self.duties_edit.setTabChangesFocus(True)
        self.duties_edit.setFixedHeight(90)
        self.standard_edit = QPlainTextEdit(post.service_standard if post else "")
        self.standard_edit.setTabChangesFocus(True)
        self.standard_edit.setFixedHeight(60)
        self.time_limit_combo = QComboBox()
        self.time_limit_combo.setEditable(True)
        self.time_limit_combo.addItems(time_limit_choices())
        self.time_limit_combo.setCurrentText(post.time_limit if post else "")
        self.holder_combo = self._person_combo(people, active_ids, post.holder_id if post else None)
        self.backup_combo = self._person_combo(people, active_ids, post.backup_id if post else None)

        self.cover_list = QListWidget()
        self.cover_list.setFixedHeight(130)
        for person in people:
            item = QListWidgetItem(self._person_text(person, active_ids))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = post is not None and person.id in post.cover_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.cover_list.addItem(item)

        people_row = QHBoxLayout()
        people_row.addWidget(QLabel(self.tr("A (holder)")))
        people_row.addWidget(self.holder_combo, 1)
        people_row.addSpacing(16)
        people_row.addWidget(QLabel(self.tr("B (backup)")))
        people_row.addWidget(self.backup_combo, 1)
        cover_hint = QLabel(self.tr("Tick who else may stand in at this post. A and B always may."))
        cover_hint.setStyleSheet(HINT_STYLE)
        cover_hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Post name"), self.name_edit)
        form.addRow(self.tr("Office location"), self.location_edit)
        form.addRow(self.tr("Person"), people_row)
        form.addRow(self.tr("Duties"), self.duties_edit)
        form.addRow(self.tr("Service standard"), self.standard_edit)
        form.addRow(self.tr("Time limit"), self.time_limit_combo)
        form.addRow(self.tr("Also covers"), self.cover_list)
        form.addRow("", cover_hint)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.holder_combo.currentIndexChanged.connect(self._on_people_changed)
        self.backup_combo.currentIndexChanged.connect(self._on_people_changed)
        self._on_people_changed()
        self.name_edit.setFocus()

    def form(self) -> PostForm:
        """What was entered, unchecked: the service validates it."""
        return PostForm(
            name=self.name_edit.text(),
            location=self.location_edit.text(),
            duties=self.duties_edit.toPlainText(),
            service_standard=self.standard_edit.toPlainText(),
            time_limit=self.time_limit_combo.currentText(),
            holder_id=self.holder_combo.currentData(),
            backup_id=self.backup_combo.currentData(),
            cover_ids=self.cover_ids(),
            sort_order=self.post.sort_order if self.post else 0,
        )

    def cover_ids(self) -> tuple[int, ...]:
        items = (self.cover_list.item(row) for row in range(self.cover_list.count()))
        return tuple(int(item.data(Qt.ItemDataRole.UserRole)) for item in items
                     if item.checkState() == Qt.CheckState.Checked
                     and item.flags() & Qt.ItemFlag.ItemIsEnabled)

    def choose(self, combo: QComboBox, staff_id: int | None) -> None:
        combo.setCurrentIndex(max(0, combo.findData(staff_id)))

    def set_cover(self, staff_id: int, checked: bool) -> None:
        for row in range(self.cover_list.count()):
            item = self.cover_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == staff_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # ---- private ---------------------------------------------------------------------
    def _person_combo(self, people: list[StaffInfo], active_ids: set[int], current: int | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(nobody)"), None)
        for person in people:
            combo.addItem(self._person_text(person, active_ids), person.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _person_text(self, person: StaffInfo, active_ids: set[int]) -> str:
        text = f"{person.name}（{person.title}）" if person.title else person.name
        return text if person.id in active_ids else fill(self.tr("%1 (former staff)"), text)

    def _on_people_changed(self, *_args: object) -> None:
        """A and B are not offered as covers: they cover anyway."""
        chosen = {self.holder_combo.currentData(), self.backup_combo.currentData()}
        for row in range(self.cover_list.count()):
            item = self.cover_list.item(row)
            enabled = item.data(Qt.ItemDataRole.UserRole) not in chosen
            flags = item.flags()
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags & ~Qt.ItemFlag.ItemIsEnabled)
