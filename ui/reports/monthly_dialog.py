"""The monthly report (统计月报): preview and print any month, and issue a finished one.

An issued month is frozen: printing it again gives the same pages, even after late
records arrive (they show as a correction line in the next month's report). Issuing is
an administrator's step, with who prepared and who reviewed it for the signature block.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desk.changes import Done
from desk.reports.monthly import IssuedMonth
from ui.app_services import UiServices
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.page_writes import OK_STYLE
from ui.printing.jobs import PreviewJobs
from ui.shell.login import ERROR_STYLE
from ui.shell.pages import guarded

MONTHS_LISTED = 24


def recent_months(today: date, count: int = MONTHS_LISTED) -> list[tuple[int, int]]:
    """This month and the ones before it, newest first."""
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append((year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


class MonthlyReportDialog(QDialog):
    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.session.actor
        self.is_admin = bool(actor and actor.is_admin)
        self.issued: dict[tuple[int, int], IssuedMonth] = {}
        self.previews = PreviewJobs(services, self)
        self.setWindowTitle(self.tr("Monthly report"))
        self.setMinimumWidth(460)
        today = services.desk.clock.today()
        self.month_combo = QComboBox()
        for year, month in recent_months(today):
            self.month_combo.addItem(f"{year}-{month:02d}", (year, month))
        self.month_combo.setCurrentIndex(1)  # last month: the one to report
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.prepared_edit = QLineEdit()
        self.reviewed_edit = QLineEdit()
        self.preview_button = QPushButton(self.tr("Preview and print… (Ctrl+P)"))
        self.preview_button.setShortcut("Ctrl+P")
        self.issue_button = QPushButton(self.tr("Issue this month"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Month"), self.month_combo)
        form.addRow("", self.state_label)
        if self.is_admin:
            form.addRow(self.tr("Prepared by (填报人)"), self.prepared_edit)
            form.addRow(self.tr("Reviewed by (审核人)"), self.reviewed_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        if self.is_admin:
            buttons.addWidget(self.issue_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        self.month_combo.currentIndexChanged.connect(lambda _index: self._show_state())
        self.preview_button.clicked.connect(self.preview)
        self.issue_button.clicked.connect(self.issue)
        self.previews.failed.connect(lambda message: self._say(message, error=True))
        self.issue_button.setVisible(self.is_admin)
        self.reload()

    def month(self) -> tuple[int, int]:
        return self.month_combo.currentData()

    def reload(self) -> None:
        reports = self.services.desk.reports
        self.services.tasks.read(reports.issued_months, guarded(self, self._on_issued_read),
                                 guarded(self, lambda error: self._say(self._explain(error), error=True)))

    def _on_issued_read(self, issued: list[IssuedMonth]) -> None:
        self.issued = {(m.period.first.year, m.period.first.month): m for m in issued}
        self._show_state()

    def _show_state(self) -> None:
        year, month = self.month()
        issued = self.issued.get((year, month))
        today = self.services.desk.clock.today()
        over = (year, month) < (today.year, today.month)
        if issued is not None:
            local = issued.issued_at.astimezone(self.services.desk.clock.zone)
            self.state_label.setText(fill(self.tr("Issued on %1 by %2. It prints the same every time; late "
                                                  "records go into next month's correction line."),
                                          f"{local:%Y-%m-%d %H:%M}", issued.issued_by))
        elif over:
            self.state_label.setText(self.tr("Not issued yet: it prints as a draft (草稿), counted now."))
        else:
            self.state_label.setText(self.tr("This month is not over: it prints as a draft, and can be issued "
                                             "once it is over."))
        self.issue_button.setEnabled(issued is None and over)

    def preview(self) -> None:
        year, month = self.month()
        reports = self.services.desk.reports
        self.previews.make(lambda: reports.pdf(year, month), fill(self.tr("Monthly report %1-%2"), year,
                                                                  f"{month:02d}"),
                           self.tr("The monthly report could not be made; see the log."))

    def issue(self) -> None:
        actor = self.services.session.actor
        if actor is None:
            return
        year, month = self.month()
        reports, prepared, reviewed = self.services.desk.reports, self.prepared_edit.text(), self.reviewed_edit.text()

        def done(result: Done) -> None:
            self._say(fill(self.tr("%1-%2 is issued. Print it now for signing."), year, f"{month:02d}"))
            self.services.bus.announce(result.changes)
            self.reload()

        self.services.tasks.write(
            lambda: reports.issue_month(actor, year, month, prepared_by=prepared, reviewed_by=reviewed),
            guarded(self, done), guarded(self, lambda error: self._say(self._explain(error), error=True)))

    def _explain(self, error: BaseException) -> str:
        return explain_or_log(error, self.tr("That failed because of an unexpected error; see the log."),
                              what="monthly report")

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.setText(text)
