"""A bar chart with its numbers one click away: the same rows drawn (Qt Charts) or listed.

People who would rather look see the bars; people who need the figure (or read the screen
aloud) press the button or Ctrl+T and get the table the bars were drawn from.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from ui.reports.text_table import TextTableModel

BAR_COLOURS = ("#c62828", "#1565c0", "#2e7d32", "#ef6c00")


class ChartPanel(QWidget):
    def __init__(self, title: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title)
        self.title_label.setStyleSheet("font-weight: bold;")
        self.title_label.setToolTip(tooltip)
        self.toggle_button = QPushButton(self.tr("Numbers"))
        self.toggle_button.setToolTip(self.tr("Show the numbers behind the chart, or the chart again"))
        self.toggle_button.setCheckable(True)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(self.chart.margins() * 0)
        self.chart.setBackgroundRoundness(0)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.model = TextTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart_view)
        self.stack.addWidget(self.table)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.toggle_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.toggle_button.toggled.connect(lambda on: self.stack.setCurrentIndex(1 if on else 0))

    def showing_numbers(self) -> bool:
        return self.stack.currentIndex() == 1

    def toggle(self) -> None:
        self.toggle_button.toggle()

    def set_bars(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 *, category_header: str, empty_text: str = "") -> None:
        """One bar set per ``series`` (name, a value per category); the table lists the same."""
        self.chart.removeAllSeries()
        for axis in list(self.chart.axes()):
            self.chart.removeAxis(axis)
        bars = QBarSeries()
        top = 0.0
        for number, (name, values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(BAR_COLOURS[number % len(BAR_COLOURS)]))
            for value in values:
                bar_set.append(float(value or 0))
                top = max(top, float(value or 0))
            bars.append(bar_set)
        self.chart.addSeries(bars)
        x_axis = QBarCategoryAxis()
        x_axis.append(list(categories))
        y_axis = QValueAxis()
        y_axis.setRange(0, max(1.0, top * 1.1))
        y_axis.setLabelFormat("%d")
        y_axis.applyNiceNumbers()  # 0, 50, 100 … rather than 0, 61, 123
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(x_axis)
        bars.attachAxis(y_axis)
        self.chart.legend().setVisible(len(series) > 1)
        self.chart.setTitle(empty_text if not categories else "")
        rows = [[category, *(values[i] for _name, values in series)] for i, category in enumerate(categories)]
        self.model.set_table([category_header, *(name for name, _values in series)], rows)
