"""Statistics (统计): today, this week, this month, last month or chosen days at a glance —
the figures a center is judged by, each beside the period before (环比) and the same period a
year before (同比), with charts whose numbers are one click away (Ctrl+T).

Every figure's tooltip is its definition (``desk.reports.definitions``), the same words as
docs/STATISTICS.md, the monthly report and what goes up to the city. Counting runs on the
read worker; the page never waits on the disk.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from desk.changes import Changes
from desk.errors import Refusal
from desk.reports.period import Period
from desk.reports.figures import PeriodFigures
from desk.reports.statistics import Comparison
from ui.app_services import UiServices
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.page_actions import bind_actions
from ui.page_forms import DialogHost
from ui.page_writes import PageWrites
from ui.reports.chart_panel import ChartPanel
from ui.reports.figure_words import tip
from ui.reports.headline_tiles import HeadlineTiles
from ui.reports.statistics_tabs import fill_tabs
from ui.shell.pages import guarded

TODAY, THIS_WEEK, THIS_MONTH, LAST_MONTH, CHOSEN = range(5)


class StatisticsPage(QWidget):
    shortcut = "F10"

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = services.desk.clock
        self.comparison: Comparison | None = None
        self.figures: PeriodFigures | None = None  # the period on screen
        self.period_combo = QComboBox()
        for text in (self.tr("Today"), self.tr("This week"), self.tr("This month"), self.tr("Last month"),
                     self.tr("Chosen days")):
            self.period_combo.addItem(text)
        today = self.clock.today()
        self.first_edit = QDateEdit(today.replace(day=1))
        self.last_edit = QDateEdit(today)
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton(self.tr("Show"))
        self.period_label = QLabel()
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.period_label.setFont(font)
        self.report_button = QPushButton(self.tr("Monthly report… (Ctrl+P)"))
        self.ledger_button = QPushButton(self.tr("Export a ledger… (Ctrl+E)"))
        self.extra_buttons = QHBoxLayout()
        self.extra_buttons.addWidget(self.report_button)
        self.extra_buttons.addWidget(self.ledger_button)
        self.forms = DialogHost()  # the report or ledger dialog open now
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Period")), self.period_combo, self.first_edit, QLabel("–"), self.last_edit,
                       self.show_button):
            top.addWidget(widget)
        top.addSpacing(16)
        top.addWidget(self.period_label, 1)
        top.addLayout(self.extra_buttons)

        self.tiles = HeadlineTiles()
        self.by_day = ChartPanel(self.tr("Visits by day"), tip("visits.person_times"))
        self.by_hour = ChartPanel(self.tr("Visits by hour of check-in"), tip("visits.by_hour"))
        self.by_purpose = ChartPanel(self.tr("Visits by purpose"), tip("visits.by_purpose"))
        self.rooms = ChartPanel(self.tr("Room utilisation"), tip("rooms.utilisation"))
        self.activities = ChartPanel(self.tr("Activities"), tip("activities.attendance"))
        self.volunteers = ChartPanel(self.tr("Volunteer hours by volunteer"), tip("volunteers.hours"))
        self.requests = ChartPanel(self.tr("Requests by category"), tip("requests.accepted"))
        self.tabs = QTabWidget()
        visits = QWidget()
        column = QVBoxLayout(visits)
        column.addWidget(self.by_day, 3)
        pair = QHBoxLayout()
        pair.addWidget(self.by_hour, 1)
        pair.addWidget(self.by_purpose, 1)
        column.addLayout(pair, 2)
        self.tabs.addTab(visits, self.tr("Visits"))
        for title, panels in ((self.tr("Rooms"), (self.rooms,)),
                              (self.tr("Activities and volunteers"), (self.activities, self.volunteers)),
                              (self.tr("Service requests"), (self.requests,))):
            tab = QWidget()
            row = QHBoxLayout(tab)
            for panel in panels:
                row.addWidget(panel, 1)
            self.tabs.addTab(tab, title)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.writes = PageWrites(self, services, self.message_label, what="statistics")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tiles)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)

        self.period_combo.currentIndexChanged.connect(self._on_period_chosen)
        self.show_button.clicked.connect(self.reload)
        bind_actions(self, ((self.report_button, "Ctrl+P", self.open_monthly_report),
                            (self.ledger_button, "Ctrl+E", self.open_ledger_export),
                            (None, "Ctrl+T", self.toggle_numbers),
                            (None, QKeySequence.StandardKey.Refresh, self.reload)))
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self.period_combo.setCurrentIndex(THIS_MONTH)
        self._on_period_chosen(THIS_MONTH)

    # ---- the shell's contract --------------------------------------------------------
    @property
    def title(self) -> str:
        return self.tr("Statistics")

    @property
    def dialog(self) -> QDialog | None:
        """The report or ledger dialog open now (tests use it)."""
        return self.forms.dialog

    @property
    def help_shortcuts(self) -> list[tuple[str, str]]:
        return [("Ctrl+T", self.tr("Show the numbers behind the charts, or the charts again")),
                ("Ctrl+P", self.tr("Preview, print or issue a monthly report")),
                ("Ctrl+E", self.tr("Export a ledger to a spreadsheet")),
                ("F5", self.tr("Count again"))]

    # ---- public ----------------------------------------------------------------------
    def period(self) -> Period:
        """The period chosen; raises a Refusal for chosen days that make no period."""
        choice, today = self.period_combo.currentIndex(), self.clock.today()
        if choice == TODAY:
            return Period.today(self.clock)
        if choice == THIS_WEEK:
            return Period.this_week(self.clock)
        if choice == THIS_MONTH:
            return Period.this_month(self.clock)
        if choice == LAST_MONTH:
            return Period.month_of(today.replace(day=1) - timedelta(days=1))
        return Period(self.first_edit.date().toPython(), self.last_edit.date().toPython())

    def choose_days(self, first: date, last: date) -> None:
        self.first_edit.setDate(first)
        self.last_edit.setDate(last)
        self.period_combo.setCurrentIndex(CHOSEN)
        self.reload()

    def open_monthly_report(self) -> None:
        from ui.reports.monthly_dialog import MonthlyReportDialog

        self.forms.open(MonthlyReportDialog(self.services, self))

    def open_ledger_export(self) -> None:
        """The ledger dialog, for the period on screen (or this month if the days make none)."""
        from ui.reports.ledger_dialog import LedgerExportDialog

        try:
            period = self.period()
        except Refusal:  # the dialog has its own days to correct
            period = Period.this_month(self.clock)
        self.forms.open(LedgerExportDialog(self.services, period.first, period.last, self))

    def toggle_numbers(self) -> None:
        for panel in self.findChildren(ChartPanel):
            if panel.isVisible():
                panel.toggle()

    def reload(self) -> None:
        try:
            period = self.period()
        except Refusal as error:  # chosen days that make no period, said on the page
            self.writes.say(self._explain(error), error=True)
            return
        statistics = self.services.desk.statistics
        self.writes.say(self.tr("Counting…"))
        # The period's own figures first (what the page is judged by: on screen within 300 ms
        # for a busy month, bench/reports.py), then the two periods it is compared with.
        self.services.tasks.read(lambda: statistics.figures(period), guarded(self, self._on_counted),
                                 guarded(self, self._on_count_failed))

    # ---- showing ---------------------------------------------------------------------
    def _on_period_chosen(self, choice: int) -> None:
        chosen = choice == CHOSEN
        for widget in (self.first_edit, self.last_edit, self.show_button):
            widget.setVisible(chosen)
        if not chosen:
            self.reload()

    def _on_counted(self, figures: PeriodFigures) -> None:
        self.figures = figures
        self.show_figures(figures)
        statistics = self.services.desk.statistics
        self.services.tasks.read(lambda: statistics.compare_with(figures), guarded(self, self._on_compared),
                                 guarded(self, self._on_count_failed))

    def show_figures(self, figures: PeriodFigures) -> None:
        """A period's tiles and charts, before the comparison arrives."""
        self.period_label.setText(figures.period.label())
        self.tiles.show_figures(figures)
        fill_tabs(self, figures)
        counted = figures.counted_at.astimezone(self.clock.zone)
        self.writes.say(self.tr("Nothing was recorded in this period.") if figures.is_empty
                        else fill(self.tr("Counted at %1."), f"{counted:%H:%M:%S}"))

    def _on_compared(self, comparison: Comparison) -> None:
        if comparison.current is not self.figures:
            return  # another period was chosen meanwhile; its own comparison follows
        self.comparison = comparison
        self.period_label.setText(fill(self.tr("%1 (compared with %2 and %3)"), comparison.current.period.label(),
                                       comparison.previous.period.label(), comparison.last_year.period.label()))
        self.tiles.show_comparison(comparison)

    def _on_count_failed(self, error: BaseException) -> None:
        self.writes.say(self._explain(error), error=True)

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes and self.isVisible():
            self.reload()

    def _explain(self, error: BaseException) -> str:
        return explain_or_log(error, self.tr("Counting failed because of an unexpected error; see the log."),
                              what="statistics")

