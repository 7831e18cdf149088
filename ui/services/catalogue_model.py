"""The service list's table (服务清单): every item with its category, time limit, post,
place, fee and origin; and the table of items the city changed since the center edited
them (to review)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from desk.services.items import CITY_FIELDS, ItemInfo
from ui.i18n import fill
from ui.record_model import Index, RecordListModel
from ui.services.labels import origin_label

RETIRED_COLOUR = QColor("#888888")
CHANGED_COLOUR = QColor("#8a4b00")


class CatalogueTableModel(RecordListModel):
    """In the printed order: by category, then the center's order within it."""

    CODE, NAME, CATEGORY, LIMIT, POST, PLACE, FEE, ORIGIN, STATUS = range(9)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Service item"), self.tr("Category"), self.tr("Time limit"),
                self.tr("Responsible post (A/B)"), self.tr("Place"), self.tr("Fee"), self.tr("Origin"),
                self.tr("Status")]

    def item_at(self, row: int) -> ItemInfo | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item: ItemInfo | None = self.record_of(index)
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not item.active:
                return RETIRED_COLOUR
            if item.city_change and column == self.ORIGIN:
                return CHANGED_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return "\n".join(text for text in (item.description, item.eligibility, item.materials) if text) or None
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def _display(self, item: ItemInfo, column: int) -> str:
        if column == self.CODE:
            return item.code
        if column == self.NAME:
            return item.name
        if column == self.CATEGORY:
            return item.category
        if column == self.LIMIT:
            return item.time_limit
        if column == self.POST:
            people = "/".join(name for name in (item.holder, item.backup) if name)
            return f"{item.post}（{people}）" if item.post and people else item.post
        if column == self.PLACE:
            return item.place
        if column == self.FEE:
            return item.fee
        if column == self.ORIGIN:
            text = origin_label(item.origin)
            if item.city_change:
                return fill(self.tr("%1 · city changed it"), text)
            if item.locally_edited:
                return fill(self.tr("%1 · edited here"), text)
            return text
        if column == self.STATUS:
            return self.tr("In use") if item.active else self.tr("Retired")
        return ""


class CatalogueFilterProxy(QSortFilterProxyModel):
    """Find by name, code or category; one category; retired items only when asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._category: int | None = None
        self._show_retired = False

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._text = "".join(text.split()).casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_category(self, category_id: int | None) -> None:
        self.beginFilterChange()
        self._category = category_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_retired(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_retired = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        item = model.item_at(source_row) if isinstance(model, CatalogueTableModel) else None
        if item is None:
            return False
        if not self._show_retired and not item.active:
            return False
        if self._category is not None and item.category_id != self._category:
            return False
        if not self._text:
            return True
        return (self._text in "".join(item.name.split()).casefold() or item.code.casefold().startswith(self._text)
                or self._text in item.category.casefold())


def field_label(name: str) -> str:
    return {
        "category": QCoreApplication.translate("CityChanges", "Category"),
        "name": QCoreApplication.translate("CityChanges", "Name"),
        "description": QCoreApplication.translate("CityChanges", "Description"),
        "eligibility": QCoreApplication.translate("CityChanges", "Who is eligible"),
        "materials": QCoreApplication.translate("CityChanges", "What to bring"),
        "steps": QCoreApplication.translate("CityChanges", "Steps"),
        "time_limit": QCoreApplication.translate("CityChanges", "Time limit"),
        "fee": QCoreApplication.translate("CityChanges", "Fee"),
    }.get(name, name)


def city_differences(item: ItemInfo) -> list[tuple[str, str, str]]:
    """(field, ours, the city's) for each field the city changed differently from ours."""
    ours = {"category": item.category, "name": item.name, "description": item.description,
            "eligibility": item.eligibility, "materials": item.materials, "steps": item.steps,
            "time_limit": item.time_limit, "fee": item.fee}
    return [(name, ours[name], item.city_change[name]) for name in CITY_FIELDS
            if name in item.city_change and item.city_change[name] != ours[name]]


class CityChangeModel(RecordListModel):
    """Items the center edited and the city has since changed: what differs."""

    CODE, NAME, CHANGES = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Service item"), self.tr("What the city changed (ours → city's)")]

    def item_at(self, row: int) -> ItemInfo | None:
        return self.record_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item: ItemInfo | None = self.record_of(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.CODE:
                return item.code
            if column == self.NAME:
                return item.name
            if column == self.CHANGES:
                return "; ".join(f"{field_label(name)}: {ours or '—'} → {theirs or '—'}"
                                 for name, ours, theirs in city_differences(item))
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None
