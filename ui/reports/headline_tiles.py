"""The figures a center is judged by, at a glance: one tile each, with the change against
the period before (环比) and the same period a year before (同比), and what it means on hover."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desk.reports.figures import PeriodFigures
from desk.reports.statistics import Comparison
from ui.i18n import fill
from ui.reports.figure_words import change_text, label, tip, unit, value_text

TILE_KEYS = ("visits.person_times", "visits.checkins", "visits.people", "visits.per_open_day",
             "rooms.utilisation", "rooms.people", "rooms.no_show_rate", "activities.held",
             "activities.attendance", "volunteers.hours", "requests.on_time_rate", "requests.satisfaction_rate")
PER_ROW = 6


class Tile(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Tile { background: white; border: 1px solid #d6d6d6; border-radius: 4px; }")
        self.name_label = QLabel(label(key))
        self.value_label = QLabel("—")
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() + 8)
        font.setBold(True)
        self.value_label.setFont(font)
        self.change_label = QLabel()
        self.change_label.setStyleSheet("color: #555;")
        self.change_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        for widget in (self.name_label, self.value_label, self.change_label):
            layout.addWidget(widget)
        self.setToolTip(tip(key))

    def show_value(self, value: float | None) -> None:
        """The period's own figure; the comparison line waits for ``show_change``."""
        shown = value_text(self.key, value)
        if value is not None and unit(self.key) != "%":
            shown = f"{shown} {unit(self.key)}"
        self.value_label.setText(shown)
        self.change_label.setText("…")

    def show_change(self, comparison: Comparison) -> None:
        change = comparison.change(self.key)
        self.show_value(change.current)
        self.change_label.setText(fill(
            QCoreApplication.translate("HeadlineTiles", "vs before %1 · vs last year %2"),
            change_text(self.key, change.growth_vs_previous, change.vs_previous),
            change_text(self.key, change.growth_vs_last_year, change.vs_last_year)))


class HeadlineTiles(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.tiles: dict[str, Tile] = {}
        for number, key in enumerate(TILE_KEYS):
            tile = Tile(key)
            self.tiles[key] = tile
            grid.addWidget(tile, number // PER_ROW, number % PER_ROW)

    def show_figures(self, figures: PeriodFigures) -> None:
        headline = figures.headline()
        for key, tile in self.tiles.items():
            tile.show_value(headline[key])

    def show_comparison(self, comparison: Comparison) -> None:
        for tile in self.tiles.values():
            tile.show_change(comparison)
