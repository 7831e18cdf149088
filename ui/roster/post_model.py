"""The posts table: each post with its place, A and B, who else may cover, and time limit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desk.roster.posts import PostInfo

Index = QModelIndex | QPersistentModelIndex

INACTIVE_COLOUR = QColor("#888888")
MISSING_COLOUR = QColor("#b00020")


class PostTableModel(QAbstractTableModel):
    """In the center's order (no sorting): it is the order the duty sheet prints."""

    NAME, LOCATION, HOLDER, BACKUP, COVERS, TIME_LIMIT, STATUS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posts: list[PostInfo] = []
        self._names: dict[int, str] = {}

    def set_posts(self, posts: list[PostInfo], staff_names: dict[int, str]) -> None:
        """``staff_names`` by id, former staff included (old covers still name them)."""
        self.beginResetModel()
        self._posts = list(posts)
        self._names = dict(staff_names)
        self.endResetModel()

    def post_at(self, row: int) -> PostInfo | None:
        return self._posts[row] if 0 <= row < len(self._posts) else None

    def row_of(self, post_id: int) -> int:
        return next((row for row, p in enumerate(self._posts) if p.id == post_id), -1)

    def cover_names(self, post: PostInfo) -> str:
        return "、".join(self._names.get(staff_id, "?") for staff_id in post.cover_ids)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._posts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NAME: self.tr("Post"), self.LOCATION: self.tr("Office location"),
            self.HOLDER: self.tr("A (holder)"), self.BACKUP: self.tr("B (backup)"),
            self.COVERS: self.tr("Also covers"), self.TIME_LIMIT: self.tr("Time limit"),
            self.STATUS: self.tr("Status"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._posts):
            return None
        post, column = self._posts[index.row()], index.column()
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
