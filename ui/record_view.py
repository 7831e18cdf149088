"""How every list of records in the desk behaves: whole rows, one at a time, read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def configure_record_view(view: QTableView) -> QTableView:
    """Rows are selected whole and one at a time; cells are never edited in place (changes
    go through a dialog and a service); no row numbers. Column sizing is each page's own."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    return view
