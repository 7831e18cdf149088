"""Issue 7's story in the real widgets, on the demo center: a full month at a glance, last
month's report printed and issued, two ledgers exported and read back, and the report
reprinted identically after a late record arrives."""

from __future__ import annotations

from datetime import UTC, date, datetime

import openpyxl
import time_machine

from desk.accounts.actor import ADMIN, Actor
from desk.demo import create_demo
from desk.visits.service import WalkInForm, new_token
from ui.reports.ledger_dialog import LedgerExportDialog
from ui.reports.statistics_page import LAST_MONTH, StatisticsPage

NOW = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


def _rows(path) -> list[tuple]:  # noqa: ANN001
    return list(openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True))


def test_an_administrator_reads_the_month_issues_and_reprints_it_and_exports_ledgers(qtbot, ui_services, tmp_path):
    ctx = ui_services.desk
    with time_machine.travel(NOW, tick=False):
        create_demo(ctx, visits=3000, days=80)
        user = next(u for u in ctx.accounts.users() if u.role == "admin")
        admin = Actor(user.id, user.username, ADMIN)
        ui_services.session.sign_in(admin)
        page = StatisticsPage(ui_services)
        qtbot.addWidget(page)
        page.show()
        page.period_combo.setCurrentIndex(LAST_MONTH)
        october = page.comparison.current
        assert october.period.first == date(2026, 10, 1) and october.visits.checkins > 500
        assert page.tiles.tiles["visits.checkins"].value_label.text().startswith(f"{october.visits.checkins:,}")
        assert len(page.by_day.model.rows()) == 31

        page.open_monthly_report()
        dialog = page.dialog
        assert dialog.month() == (2026, 10) and dialog.issue_button.isEnabled()
        dialog.prepared_edit.setText("李前台")
        dialog.reviewed_edit.setText("王书记")
        dialog.issue()
        assert not dialog.issue_button.isEnabled() and "2026-10" in dialog.message_label.text()
        dialog.preview()
        first_print = dialog.previews.last_preview.pdf_bytes
        dialog.previews.last_preview.close()

        for kind in ("visitors", "rooms"):
            ledger = LedgerExportDialog(ui_services, date(2026, 10, 1), date(2026, 10, 31))
            qtbot.addWidget(ledger)
            ledger.kind_combo.setCurrentIndex(ledger.kind_combo.findData(kind))
            ledger.path_edit.setText(str(tmp_path / f"{kind}.xlsx"))
            ledger.export_button.click()
            assert ledger.result is not None and not ledger.result.cancelled, ledger.message_label.text()
        visitors = _rows(tmp_path / "visitors.xlsx")
        header = next(row for row in visitors if row and "姓名" in row)
        name_column = header.index("姓名")
        names = [row[name_column] for row in visitors[visitors.index(header) + 1:] if row and row[name_column]]
        assert len(names) >= october.visits.checkins - 1 and all("*" in name for name in names[:50])  # masked
        rooms = _rows(tmp_path / "rooms.xlsx")
        assert any(row and any(isinstance(c, str) and "合计" in c for c in row) for row in rooms), rooms[-3:]

    # A late record for October arrives in November: the issued report does not move.
    with time_machine.travel(datetime(2026, 10, 30, 2, 0, tzinfo=UTC), tick=False):
        ctx.visits.check_in_walk_in(admin, WalkInForm(token=new_token(), purpose_code="consult", name="迟到",
                                                      phone="13812345678", consent=True))
    with time_machine.travel(NOW, tick=False):
        dialog.preview()
        assert dialog.previews.last_preview.pdf_bytes == first_print
