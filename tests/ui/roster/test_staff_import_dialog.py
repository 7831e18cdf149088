"""Importing a spreadsheet through the staff page: choose a file, see every row with its
problems, import the ready ones and see them in the list; bad files say why."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from desk.roster.posts import PostForm
from desk.roster.staff import StaffForm
from ui.roster.staff_import_dialog import ImportPreviewModel, StaffImportDialog
from ui.roster.staff_model import StaffTableModel
from ui.roster.staff_page import StaffPage


@pytest.fixture
def page(qtbot, ui_services, admin_actor) -> StaffPage:
    ui_services.session.sign_in(admin_actor)
    widget = StaffPage(ui_services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def staff_file(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    for row in (["姓名", "人员类别", "办公电话", "手机", "岗位", "序号"],
                ["新人甲", "社工", "010-5555555", "", "咨询接待", 1],
                ["新人乙", "保安", "", "", "", 2],
                ["张小明", "专职", "010-12345678", "", "", 3],
                ["新人丙", "志愿者", "", "13700001111", "后勤管理", 4]):
        sheet.append(row)
    path = tmp_path / "名单.xlsx"
    book.save(path)
    return path


def open_import(page: StaffPage, path: Path) -> StaffImportDialog:
    page.import_button.click()
    dialog = page.dialog
    assert isinstance(dialog, StaffImportDialog) and dialog.isVisible()
    dialog.choose_file = lambda: str(path)
    dialog.choose_button.click()
    return dialog


def cells(dialog: StaffImportDialog, column: int) -> list[str]:
    return [dialog.model.index(r, column).data() for r in range(dialog.model.rowCount())]


def test_the_preview_model_passes_qt_checks(qtmodeltester, page, tmp_path):
    dialog = open_import(page, staff_file(tmp_path))
    qtmodeltester.check(dialog.model)


def test_importing_a_file_through_the_dialog_adds_the_ready_rows(qtbot, page, desk_ctx, admin_actor, tmp_path):
    desk_ctx.staff.create(admin_actor, StaffForm("张小明", public_phone="010-12345678"))
    post = desk_ctx.posts.create(admin_actor, PostForm("咨询接待")).value
    page.reload()
    dialog = open_import(page, staff_file(tmp_path))

    assert cells(dialog, ImportPreviewModel.LINE) == [2, 3, 4, 5]
    assert cells(dialog, ImportPreviewModel.NAME) == ["新人甲", "新人乙", "张小明", "新人丙"]
    assert cells(dialog, ImportPreviewModel.KIND) == ["Social worker", "保安", "Full-time manager", "Volunteer"]
    problems = cells(dialog, ImportPreviewModel.PROBLEMS)
    assert problems[0] == ""
    assert "保安 is not a kind of staff" in problems[1]
    assert problems[2] == "张小明 is already in the staff list: skipped."
    assert problems[3] == "There is no post called 后勤管理: add the post first, then choose who covers it."
    red = dialog.model.index(1, ImportPreviewModel.NAME).data(Qt.ItemDataRole.ForegroundRole)
    assert red.name() == "#b00020"
    assert dialog.counts_label.text() == "2 row(s) ready, 1 with errors, 1 already in the staff list (skipped)"
    assert dialog.ignored_label.text() == "Columns not used: 序号"
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 2 ready row(s)"

    dialog.import_button.click()
    assert not dialog.isVisible()
    assert page.message_label.text() == "2 person(s) imported."
    names = [page.proxy.index(r, StaffTableModel.NAME).data() for r in range(page.proxy.rowCount())]
    assert sorted(names) == ["张小明", "新人丙", "新人甲"]
    new = next(p for p in desk_ctx.staff.list() if p.name == "新人甲")
    assert desk_ctx.posts.get(post.id).cover_ids == (new.id,)


def test_a_file_that_is_not_a_staff_list_is_explained_and_nothing_can_be_imported(page, desk_ctx, tmp_path):
    wrong = tmp_path / "会议记录.csv"
    wrong.write_text("日期,议题\n2026-01-01,年度计划\n", encoding="utf-8")
    dialog = open_import(page, wrong)
    assert dialog.error_label.isVisibleTo(dialog)
    assert "no 姓名 (name) column" in dialog.error_label.text()
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()

    dialog.choose_file = lambda: str(tmp_path / "报表.docx")
    dialog.choose_button.click()
    assert "is not a spreadsheet" in dialog.error_label.text()
    dialog.reject()
    assert desk_ctx.staff.list(include_inactive=True) == []


def test_a_file_with_only_bad_rows_cannot_be_imported(page, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes("姓名,类别\n张三,保安\n,社工\n".encode("gbk"))
    dialog = open_import(page, bad)
    assert dialog.counts_label.text() == "0 row(s) ready, 2 with errors"
    assert not dialog.import_button.isEnabled()
    assert cells(dialog, ImportPreviewModel.PROBLEMS)[1] == "Name is required."
