"""The posts table: each post with its place, A and B, who else may cover, and time limit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from desk.roster.posts import PostInfo
from ui.record_model import Index, RecordListModel


INACTIVE_COLOUR = QColor("#888888")
MISSING_COLOUR = QColor("#b00020")


class PostTableModel(RecordListModel):
    """In the center's order (no sorting): it is the order the duty sheet prints."""

    NAME, LOCATION, HOLDER, BACKUP, COVERS, TIME_LIMIT, STATUS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Post"), self.tr("Office location"), self.tr("A (holder)"), self.tr("B (backup)"),
                self.tr("Also covers"), self.tr("Time limit"), self.tr("Status")]

    def set_posts(self, posts: list[PostInfo], staff_names: dict[int, str]) -> None:
        """``staff_names`` by id, former staff included (old covers still name them)."""
        self._names = dict(staff_names)
        self.set_records(posts)

    def post_at(self, row: int) -> PostInfo | None:
        return self.record_at(row)

    def cover_names(self, post: PostInfo) -> str:
        return "、".join(self._names.get(staff_id, "?") for staff_id in post.cover_ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        post: PostInfo | None = self.record_of(index)
        if post is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(post, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not post.active:
                return INACTIVE_COLOUR
            if column in (self.HOLDER, self.BACKUP) and not self._person(post, column):
                return MISSING_COLOUR  # 岗位定人: an empty A or B is a gap to fix
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return post.duties or None
        if role == Qt.ItemDataRole.UserRole:
            return post.id
        return None

    def _person(self, post: PostInfo, column: int) -> str:
        return post.holder_name if column == self.HOLDER else post.backup_name

    def _display(self, post: PostInfo, column: int) -> str:
        if column == self.NAME:
            return post.name
        if column == self.LOCATION:
            return post.location
        if column in (self.HOLDER, self.BACKUP):
            return self._person(post, column) or self.tr("(nobody)")
        if column == self.COVERS:
            return self.cover_names(post)
        if column == self.TIME_LIMIT:
            return post.time_limit
        if column == self.STATUS:
            return self.tr("Active") if post.active else self.tr("Inactive")
        return ""
