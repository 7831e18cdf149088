"""Exporting a ledger from the statistics page: the file appears complete, masked unless an
administrator asks for full names, and a receptionist is never offered full names."""

from __future__ import annotations

from datetime import UTC, date, datetime

import openpyxl
import time_machine

from desk.visits.service import WalkInForm, new_token
from ui.reports.ledger_dialog import LedgerExportDialog


def _visit(ctx, actor, when: datetime) -> None:  # noqa: ANN001
    with time_machine.travel(when, tick=False):
        ctx.visits.check_in_walk_in(actor, WalkInForm(token=new_token(), purpose_code="consult", name="张小明",
                                                      phone="13812345678", consent=True))


def _cells(path) -> list:  # noqa: ANN001
    sheet = openpyxl.load_workbook(path, read_only=True).active
    return [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]


def test_a_visitor_ledger_is_exported_masked_then_in_full_by_an_administrator(qtbot, ui_services, admin_actor,
                                                                            tmp_path):
    _visit(ui_services.desk, admin_actor, datetime(2026, 11, 2, 1, 0, tzinfo=UTC))
    ui_services.session.sign_in(admin_actor)
    dialog = LedgerExportDialog(ui_services, date(2026, 11, 1), date(2026, 11, 30))
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("visitors"))
    masked = tmp_path / "masked.xlsx"
    dialog.path_edit.setText(str(masked))
    dialog.export_button.click()
    assert dialog.result is not None and dialog.result.rows == 1, dialog.message_label.text()
    cells = _cells(masked)
    assert "张*明" in cells and "张小明" not in cells and "13812345678" not in cells
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isVisible()
    full = tmp_path / "full.xlsx"
    dialog.path_edit.setText(str(full))
    dialog.full_box.setChecked(True)
    dialog.export_button.click()
    assert "张小明" in _cells(full)
    assert any(entry.action == "ledger.export_full" for entry in ui_services.desk.audit.browse(admin_actor))


def test_a_receptionist_is_not_offered_full_names_and_bad_days_are_explained(qtbot, ui_services,
                                                                            receptionist_actor, tmp_path):
    ui_services.session.sign_in(receptionist_actor)
    dialog = LedgerExportDialog(ui_services, date(2026, 11, 30), date(2026, 11, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.full_box.isVisible()
    dialog.path_edit.setText(str(tmp_path / "x.xlsx"))
    dialog.export_button.click()
    assert "color" in dialog.message_label.styleSheet() and not (tmp_path / "x.xlsx").exists()
