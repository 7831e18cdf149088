"""The room grid on screen: bookings as blocks, free time to select, blocks to drag.

- Drag over free half hours of one row (or Shift+arrows), then Enter: a new booking there.
- Drag a booking to another time or row: move it there (the page asks the domain, which
  checks it like a new booking). From the keyboard: Alt+arrows move the selected booking
  by half an hour, or to the room (day grid) or day (week) above or below.
- Enter on a booking, or a double click: open it.

The view only says what the receptionist asked for (signals); the page does it.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from ui.rooms.lanes_model import LanesModel, Placed


class RoomGridView(QTableView):
    create_requested = Signal(int, int, int)  # row, first column, last column
    open_requested = Signal(int)  # booking id
    move_requested = Signal(int, int, int)  # booking id, row, first column

    def __init__(self, model: LanesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lanes = model
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() + 1.5)  # read at arm's length by older staff
        self.setFont(font)
        lines = QFontMetrics(font).height()
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(int(lines * 2.6))
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._min_column = max(26, QFontMetrics(font).horizontalAdvance("00") + 10)
        horizontal.setDefaultSectionSize(self._min_column)
        horizontal.setHighlightSections(False)
        self.setStyleSheet("QTableView { gridline-color: #d0d0d0; } "
                           "QTableView::item:selected { background: #1976d2; color: white; }")
        self._press: QPoint | None = None
        self._dragged: Placed | None = None
        self._grab_offset = 0  # which of the block's columns the mouse took it by
        self._dragging = False
        model.modelReset.connect(self._on_model_reset)
        self.doubleClicked.connect(self._on_double_clicked)

    # ---- what the page asks ----------------------------------------------------------
    def selected_booking(self) -> Placed | None:
        index = self.currentIndex()
        return self.lanes.placed_at(index.row(), index.column()) if index.isValid() else None

    def selected_free_columns(self) -> tuple[int, list[int]] | None:
        """(row, columns) of the free cells selected in the current row, if any."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        row = index.row()
        columns = sorted({i.column() for i in self.selectedIndexes() if i.row() == row
                          and self.lanes.placed_at(row, i.column()) is None})
        if not columns:
            return None
        run = [columns[0]]  # one booking is one unbroken run of half hours
        for column in columns[1:]:
            if column != run[-1] + 1:
                break
            run.append(column)
        return row, run

    def select_booking(self, booking_id: int) -> bool:
        placed = self.lanes.placement_of(booking_id)
        if placed is None:
            return False
        index = self.lanes.index(placed.row, placed.column)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def select_cells(self, row: int, first: int, last: int) -> None:
        """Select a run of half hours (what a drag over them does)."""
        self.clearSelection()
        self.setCurrentIndex(self.lanes.index(row, first))
        self.selectionModel().select(QItemSelection(self.lanes.index(row, first), self.lanes.index(row, last)),
                         QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def scroll_to_first_open(self) -> None:
        for column in range(self.lanes.columnCount()):
            if any(self.lanes.is_open(row, column) for row in range(self.lanes.rowCount())):
                self.scrollTo(self.lanes.index(0, column), QAbstractItemView.ScrollHint.PositionAtTop)
                return

    # ---- the whole day in view when the window is wide enough ----------------------
    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        columns = self.lanes.columnCount()
        if columns:
            width = self.viewport().width() // columns
            self.horizontalHeader().setDefaultSectionSize(max(self._min_column, width))

    # ---- spans follow the bookings --------------------------------------------------
    def _on_model_reset(self) -> None:
        self._fit_columns()
        self.clearSpans()
        for placed in self.lanes.placed():
            if placed.span > 1:
                self.setSpan(placed.row, placed.column, 1, placed.span)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        placed = self.lanes.placed_at(index.row(), index.column())
        if placed is not None:
            self.open_requested.emit(placed.booking.id)
        else:
            self._ask_to_create()

    # ---- keyboard --------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            placed = self.selected_booking()
            if placed is not None:
                self.open_requested.emit(placed.booking.id)
            else:
                self._ask_to_create()
            return
        if modifiers & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Right,
                                                                   Qt.Key.Key_Up, Qt.Key.Key_Down):
            placed = self.selected_booking()
            if placed is not None:
                step = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
                        Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}[Qt.Key(key)]
                row, column = placed.row + step[0], placed.column + step[1]
                if 0 <= row < self.lanes.rowCount() and 0 <= column < self.lanes.columnCount():
                    self.move_requested.emit(placed.booking.id, row, column)
            return
        super().keyPressEvent(event)

    def _ask_to_create(self) -> None:
        chosen = self.selected_free_columns()
        if chosen is not None:
            row, columns = chosen
            self.create_requested.emit(row, columns[0], columns[-1])

    # ---- mouse: drag a block to move it ---------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        index = self.indexAt(event.position().toPoint())
        placed = self.lanes.placed_at(index.row(), index.column()) if index.isValid() else None
        self._dragging = False
        if event.button() == Qt.MouseButton.LeftButton and placed is not None:
            self._press = event.position().toPoint()
            self._dragged = placed
            self._grab_offset = self._column_at(event.position().toPoint(), placed) - placed.column
        else:
            self._press, self._dragged = None, None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._dragged is not None and self._press is not None:
            if (event.position().toPoint() - self._press).manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return  # dragging a block never selects cells
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        dragged, dragging = self._dragged, self._dragging
        self._press, self._dragged, self._dragging = None, None, False
        self.viewport().unsetCursor()
        if dragged is not None and dragging:
            index = self.indexAt(event.position().toPoint())
            if index.isValid():
                column = max(0, min(self.lanes.columnCount() - 1, self._column_at(
                    event.position().toPoint(), None) - self._grab_offset))
                if (index.row(), column) != (dragged.row, dragged.column):
                    self.move_requested.emit(dragged.booking.id, index.row(), column)
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and dragged is None:
            chosen = self.selected_free_columns()
            if chosen is not None and len(chosen[1]) > 1:  # a drag over free time: book it
                self.create_requested.emit(chosen[0], chosen[1][0], chosen[1][-1])

    def _column_at(self, point: QPoint, placed: Placed | None) -> int:
        """The column under ``point``; inside a joined block ``indexAt`` gives its first column."""
        column = self.columnAt(point.x())
        if column < 0:
            return placed.column if placed else 0
        return column

    def cell_center(self, row: int, column: int) -> QPoint:
        """Where a test (or an accessibility tool) would click a half hour."""
        x = self.columnViewportPosition(column) + self.columnWidth(column) // 2
        y = self.rowViewportPosition(row) + self.rowHeight(row) // 2
        return QPoint(x, y)
