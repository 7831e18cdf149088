"""The roster page, driven through its real widgets on a small center built through the
services: generate next month, find and fix the gap from the keyboard, swap, leave, print.

The clock stands still on Friday 2026-11-20, 09:00 in Shanghai; "next month" is December.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from PySide6.QtCore import QDate, Qt

from desk.roster.coverage import AMBER, GREEN, RED
from desk.roster.posts import PostForm
from desk.roster.shifts import RotationForm, ShiftForm
from desk.roster.staff import StaffForm
from ui.roster.coverage_model import LEVEL_ROLE
from ui.roster.roster_page import RosterPage

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
WEEK = date(2026, 12, 7)  # a December week: Monday the 7th to Sunday the 13th
PEOPLE = ("王建国", "李晓红", "张伟", "刘芳", "赵敏", "孙浩然")


@pytest.fixture(autouse=True)
def frozen() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def world(desk_ctx, admin_actor) -> dict[str, int]:
    """Three posts with A/B, weekday shifts for each A, weekend cover — and nobody for
    logistics on Saturdays. Nothing is generated yet."""
    ctx, admin = desk_ctx, admin_actor
    ids = {name: ctx.staff.create(admin, StaffForm(name, active_from=date(2026, 1, 1))).value.id for name in PEOPLE}
    posts = {}
    for name, a, b, covers in (("咨询接待", "李晓红", "张伟", ("刘芳", "赵敏")), ("党员服务", "王建国", "刘芳", ("赵敏",)),
                               ("后勤管理", "孙浩然", "赵敏", ())):
        posts[name] = ctx.posts.create(admin, PostForm(name, holder_id=ids[a], backup_id=ids[b],
                                                       cover_ids=tuple(ids[c] for c in covers))).value.id
    shifts = {name: ctx.schedule.shifts.save_shift(admin, ShiftForm(name, start, end)).value.id
              for name, start, end in (("上午班", "08:30", "12:00"), ("下午班", "14:00", "17:30"),
                                       ("周末班", "09:00", "12:00"))}
    anchor = date(2026, 11, 16)

    def rotation(name: str, post: str, shift: str, slots: list[tuple[int, str]]) -> None:
        ctx.schedule.shifts.save_rotation(admin, RotationForm(
            name, posts[post], shifts[shift], 1, anchor, tuple((0, day, ids[who]) for day, who in slots)))

    for post, holder in (("咨询接待", "李晓红"), ("党员服务", "王建国"), ("后勤管理", "孙浩然")):
        rotation(f"{post}上午", post, "上午班", [(d, holder) for d in range(5)])
        rotation(f"{post}下午", post, "下午班", [(d, holder) for d in range(5)])
    rotation("周末接待", "咨询接待", "周末班", [(5, "赵敏"), (6, "赵敏")])
    rotation("周末党员", "党员服务", "周末班", [(5, "刘芳"), (6, "刘芳")])
    rotation("周日后勤", "后勤管理", "周末班", [(6, "孙浩然")])  # Saturday: nobody
    return {**ids, **{f"post:{k}": v for k, v in posts.items()}, **{f"shift:{k}": v for k, v in shifts.items()}}


@pytest.fixture
def page(qtbot, ui_services, receptionist_actor, world) -> RosterPage:
    ui_services.session.sign_in(receptionist_actor)
    page = RosterPage(ui_services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def december(desk_ctx, admin_actor, world) -> None:
    desk_ctx.schedule.generator.generate(admin_actor, date(2026, 12, 1), date(2026, 12, 31))


def cell(page: RosterPage, post: str, day: date, start: str):  # noqa: ANN201 - QModelIndex
    row = page.model.row_of_post(post)
    column = next(c for c in page.model.columns_of_day(day) if page.model.column_at(c).start == start)
    return page.model.index(row, column)


def level(page: RosterPage, post: str, day: date, start: str) -> str:
    return page.model.data(cell(page, post, day, start), LEVEL_ROLE)


def text(page: RosterPage, post: str, day: date, start: str) -> str:
    return page.model.data(cell(page, post, day, start))


def red_cells(page: RosterPage) -> list[tuple[int, int]]:
    return [(r, c) for r in range(page.model.rowCount()) for c in range(page.model.columnCount())
            if page.model.data(page.model.index(r, c), LEVEL_ROLE) == RED]


def test_generating_next_month_fills_the_grid(qtbot, page) -> None:
    page.date_edit.setDate(QDate(2026, 12, 9))
    assert page.monday == WEEK and "2026-12-07" in page.week_label.text()
    assert len(red_cells(page)) == page.model.rowCount() * 12  # nothing planned yet: all red

    page.generate_button.click()
    dialog = page.generate_dialog
    assert (dialog.from_edit.date(), dialog.to_edit.date()) == (QDate(2026, 12, 1), QDate(2026, 12, 31))
    dialog.generate_button.click()

    assert "2026-12-01 to 2026-12-31" in dialog.report_edit.toPlainText()
    assert dialog.report.created > 0 and "duties added" in dialog.report_edit.toPlainText()
    assert level(page, "咨询接待", WEEK, "08:30") == GREEN
    assert "李晓红" in text(page, "咨询接待", WEEK, "08:30")
    assert text(page, "党员服务", date(2026, 12, 12), "09:00") == "● 刘芳"
    # The one gap left: logistics on Saturday, in the grid and in the problem list.
    assert red_cells(page) == [(page.model.row_of_post("后勤管理"), cell(page, "后勤管理", date(2026, 12, 12),
                                                                      "09:00").column())]
    problems = [page.problem_model.data(page.problem_model.index(r)) for r in range(page.problem_model.rowCount())]
    assert any("后勤管理 has nobody on duty on 2026-12-12" in p for p in problems)


def test_fixing_the_gap_from_the_keyboard(qtbot, page, december, world, desk_ctx) -> None:
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown)  # from this week (11-16) …
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
    assert page.monday == WEEK
    gap_row = next(r for r in range(page.problem_model.rowCount())
                   if page.problem_model.problem_at(r).kind == "gap")
    page.problem_view.setFocus()
    page.problem_view.setCurrentIndex(page.problem_model.index(gap_row))
    qtbot.keyClick(page.problem_view, Qt.Key.Key_Return)  # go to the problem's cell
    saturday = date(2026, 12, 12)
    assert page.view.currentIndex() == cell(page, "后勤管理", saturday, "09:00")
    assert page.view.hasFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # open the cell editor
    editor = page.editor
    assert editor is not None and editor.level() == RED
    assert editor.add_shift_combo.currentData() == world["shift:周末班"]  # the best fit for 09:00–12:00
    people = [editor.add_person_combo.itemText(i) for i in range(editor.add_person_combo.count())]
    assert people[:2] == ["孙浩然 (A)", "赵敏 (B) — on duty at 咨询接待 09:00–12:00"]

    # 赵敏 is the B holder but already at reception then: refused, and nothing changes.
    editor.choose(editor.add_person_combo, world["赵敏"])
    editor.add_button.click()
    assert editor.error_label.isVisible()
    assert "赵敏 is already on duty at 咨询接待 09:00–12:00 on 2026-12-12." in editor.error_label.text()
    assert level(page, "后勤管理", saturday, "09:00") == RED
    assert [d for d in desk_ctx.schedule.duties.duties_between(saturday, saturday)
            if d.post_name == "后勤管理"] == []

    editor.choose(editor.add_person_combo, world["孙浩然"])
    editor.add_reason_edit.setText("补缺岗")
    editor.add_button.click()
    assert not editor.error_label.isVisible()
    assert level(page, "后勤管理", saturday, "09:00") == GREEN
    assert text(page, "后勤管理", saturday, "09:00") == "● 孙浩然"
    assert editor.level() == GREEN and editor.duty_model.rowCount() == 1
    assert editor.duty_model.data(editor.duty_model.index(0, 2)) == "By hand"
    assert red_cells(page) == []
    # The gap is gone; what is left is the price of the fix, said in words: seven days in a row.
    left = [page.problem_model.problem_at(r) for r in range(page.problem_model.rowCount())]
    assert [(p.kind, p.staff) for p in left] == [("streak", "孙浩然")]
    assert page.problems_label.text().startswith("Problems this week: 1 (0 without anyone on duty)")


def test_swapping_two_people_needs_a_reason(qtbot, page, december, world) -> None:
    page.go_to(WEEK)
    saturday = date(2026, 12, 12)
    page.view.setCurrentIndex(cell(page, "咨询接待", saturday, "09:00"))
    qtbot.keyClick(page.view, Qt.Key.Key_Enter)
    editor = page.editor
    assert editor.selected_duty().staff_name == "赵敏"
    editor.tabs.setCurrentWidget(editor.swap_tab)
    other = next(d for d in page.week.duties if d.day == saturday and d.post_name == "党员服务")
    editor.choose(editor.swap_duty_combo, other.id)
    assert "刘芳" in editor.swap_duty_combo.currentText()

    editor.swap_button.click()  # no reason given
    assert editor.error_label.isVisible() and "Reason" in editor.error_label.text()
    assert text(page, "咨询接待", saturday, "09:00") == "● 赵敏"

    editor.swap_reason_edit.setText("家中有事，两人商定换班")
    editor.swap_button.click()
    assert not editor.error_label.isVisible()
    assert text(page, "咨询接待", saturday, "09:00") == "● 刘芳"
    assert text(page, "党员服务", saturday, "09:00") == "● 赵敏"
    row = [editor.duty_model.data(editor.duty_model.index(0, c)) for c in range(4)]
    assert row[0] == "刘芳" and row[2] == "Swapped" and "家中有事" in row[3] and "instead of 赵敏" in row[3]


def test_leave_shows_the_duties_hit_and_a_cover_fixes_them(qtbot, page, december, world) -> None:
    page.go_to(WEEK)
    tuesday = date(2026, 12, 8)
    page.leave_button.click()
    dialog = page.leave_dialog
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(world["王建国"]))
    dialog.kind_combo.setCurrentText("病假")
    dialog.from_edit.setDate(QDate(2026, 12, 8))
    dialog.to_edit.setDate(QDate(2026, 12, 8))
    dialog.save_button.click()

    assert not dialog.error_label.isVisible()
    assert "王建国" in dialog.result_label.text() and "These 2 duties" in dialog.result_label.text()
    lines = dialog.affected_model.stringList()
    assert len(lines) == 2 and all("党员服务" in line for line in lines)
    assert level(page, "党员服务", tuesday, "08:30") == AMBER
    assert "on leave (病假)" in page.model.data(cell(page, "党员服务", tuesday, "08:30"), Qt.ItemDataRole.ToolTipRole)

    # Find cover for the first one: the editor opens on that cell, ready to choose who.
    qtbot.keyClick(dialog.affected_view, Qt.Key.Key_Return)
    editor = page.editor
    assert editor.tabs.currentWidget() is editor.replace_tab
    assert editor.selected_duty().staff_name == "王建国"
    offered = [editor.replace_person_combo.itemText(i) for i in range(editor.replace_person_combo.count())]
    assert offered[0] == "刘芳 (B)"
    editor.choose(editor.replace_person_combo, world["刘芳"])
    editor.replace_reason_edit.setText("王建国病假")
    editor.replace_button.click()
    assert not editor.error_label.isVisible()
    assert level(page, "党员服务", tuesday, "08:30") == GREEN
    assert text(page, "党员服务", tuesday, "08:30") == "● 刘芳"
    assert level(page, "党员服务", tuesday, "14:00") == AMBER  # the afternoon still waits for cover

    # Someone on leave is offered with a warning, and refused if chosen anyway.
    page.view.setCurrentIndex(cell(page, "咨询接待", tuesday, "14:00"))
    editor = page.open_editor()
    editor.tabs.setCurrentWidget(editor.replace_tab)
    index = editor.replace_person_combo.findData(world["王建国"])
    assert editor.replace_person_combo.itemText(index).endswith("on leave (病假)")
    editor.choose(editor.replace_person_combo, world["王建国"])
    editor.replace_reason_edit.setText("试试")
    editor.replace_button.click()
    assert "王建国 is on leave (病假) on 2026-12-08." in editor.error_label.text()
    assert text(page, "咨询接待", tuesday, "14:00") == "● 李晓红"


def test_printing_the_duty_sheet_and_the_week_opens_a_preview(qtbot, page, december) -> None:
    page.go_to(WEEK)
    page.view.setCurrentIndex(cell(page, "咨询接待", date(2026, 12, 8), "08:30"))
    assert "12-08" in page.print_day_button.text()
    page.print_day_button.click()
    assert page.preview is not None and page.preview.page_count() >= 1
    assert page.preview.windowTitle() == "Duty sheet 2026-12-08"
    assert b"%PDF" in page.preview.pdf_bytes[:8]
    page.preview.close()
    page.print_week_button.click()
    assert page.preview.windowTitle() == "Roster for the week of 2026-12-07"
    assert page.preview.page_count() >= 1
    assert page.print_week_button.isEnabled() and page.print_day_button.isEnabled()
