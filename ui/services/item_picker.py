"""Picking service items: a checkable list found by name, code or pinyin initials."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal

from desk.services.items import ItemInfo
from ui.record_model import Index, RecordListModel


class ItemPickModel(RecordListModel):
    """Active items with a tick box in the first column."""

    NAME, CODE, CATEGORY, LIMIT, POST = range(5)

    picked_changed = Signal()
    """The set of ticked items changed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._picked: list[int] = []  # in the order they were ticked
        self._initials: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Service item"), self.tr("Code"), self.tr("Category"), self.tr("Time limit"),
                self.tr("Responsible post")]

    def set_items(self, items: list[ItemInfo], initials: dict[int, str]) -> None:
        self._initials = dict(initials)
        known = {item.id for item in items}
        self._picked = [ident for ident in self._picked if ident in known]
        self.set_records(items)
        self.picked_changed.emit()

    def initials_of(self, item: ItemInfo) -> str:
        return self._initials.get(item.id, "")

    def item_at(self, row: int) -> ItemInfo | None:
        return self.record_at(row)

    def picked_ids(self) -> list[int]:
        return list(self._picked)

    def picked_items(self) -> list[ItemInfo]:
        by_id = {item.id: item for item in self.records()}
        return [by_id[ident] for ident in self._picked if ident in by_id]

    def set_picked(self, item_id: int, picked: bool) -> None:
        row = self.row_where(lambda i: i.id == item_id)
        if row < 0 or picked == (item_id in self._picked):
            return
        if picked:
            self._picked.append(item_id)
        else:
            self._picked.remove(item_id)
        index = self.index(row, self.NAME)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.picked_changed.emit()

    def toggle(self, row: int) -> None:
        item = self.item_at(row)
        if item is not None:
            self.set_picked(item.id, item.id not in self._picked)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        item = self.record_of(index)
        if item is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != self.NAME:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.set_picked(item.id, checked)
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item: ItemInfo | None = self.record_of(index)
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {self.NAME: item.name, self.CODE: item.code, self.CATEGORY: item.category,
                    self.LIMIT: item.time_limit,
                    self.POST: f"{item.post}（{item.holder}）" if item.post and item.holder else item.post,
                    }.get(column, "")
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return Qt.CheckState.Checked if item.id in self._picked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return "\n".join(text for text in (item.description, item.materials) if text) or None
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None


class ItemSearchProxy(QSortFilterProxyModel):
    """居住 finds 居住证明开具; JZZM or jz finds it by its initials; SH-001 by its code."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._text = "".join(text.split()).casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not self._text or not isinstance(model, ItemPickModel):
            return True
        item = model.item_at(source_row)
        if item is None:
            return False
        return (self._text in "".join(item.name.split()).casefold()
                or item.code.casefold().startswith(self._text)
                or model.initials_of(item).casefold().startswith(self._text)
                or self._text in item.category.casefold())


def item_initials(items: list[ItemInfo]) -> dict[int, str]:
    """Pinyin initials of each item's name (on a worker: pypinyin loads slowly)."""
    from desk.visits.registry import pinyin_initials

    return {item.id: pinyin_initials(item.name) for item in items}
