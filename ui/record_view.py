"""How every list of records in the desk behaves: whole rows, one at a time, read-only."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def configure_record_view(view: QTableView) -> QTableView:
    """Rows are selected whole and one at a time; cells are never edited in place (changes
    go through a dialog and a service); no row numbers. Column sizing is each page's own."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    return view


def record_table(model: QAbstractItemModel, stretch_column: int) -> QTableView:
    """A record view on ``model`` whose columns fit their contents, but for one that takes
    the remaining width (usually a name)."""
    view = QTableView()
    view.setModel(model)
    configure_record_view(view)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


def for_older_eyes(view: QTableView, *, larger_by: float = 2, row_height: float = 1.8,
                   padding: int = 6) -> QTableView:
    """Larger text, taller rows (``row_height`` lines each) and room beside each cell: the
    lists read across the desk at arm's length, often by older staff and residents."""
    font = view.font()
    font.setPointSizeF(font.pointSizeF() + larger_by)
    view.setFont(font)
    view.verticalHeader().setDefaultSectionSize(int(QFontMetrics(font).height() * row_height))
    view.setStyleSheet(f"QTableView::item {{ padding: 0 {padding}px; }}")
    return view
