"""The issue's "done when", in one go through the real main window on a fresh demo
center: a receptionist generates next month's roster, fixes the gap the coverage view
shows, marks someone out and sees the board change, and prints today's duty sheet.

The clock stands still on Wednesday 2026-11-18, 10:00 in Shanghai.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desk.demo import create_demo
from desk.roster.coverage import GREEN, RED
from ui.roster.board import find_board
from ui.roster.coverage_model import LEVEL_ROLE
from ui.roster.roster_page import RosterPage
from ui.roster.whereabouts_page import WhereaboutsPage
from ui.shell.main_window import MainWindow
from ui.shell.pages import build_pages

NOW = datetime(2026, 11, 18, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
DECEMBER_SATURDAY = date(2026, 12, 12)


@pytest.fixture(autouse=True)
def frozen() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def window(qtbot, desk_ctx, ui_services) -> Iterator[MainWindow]:
    create_demo(desk_ctx, visits=200)
    receptionist = desk_ctx.accounts.sign_in("desk1", "demo-desk-1")
    ui_services.session.sign_in(receptionist)
    main = MainWindow(ui_services, build_pages(ui_services, receptionist))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    board = find_board()
    if board is not None:
        board.close_board()


def _page(window: MainWindow, kind: type):  # noqa: ANN202
    index = next(i for i, page in enumerate(window.pages()) if isinstance(page, kind))
    window.show_page(index)
    return window.current_page()


def _cells(page: RosterPage, level: str) -> list[tuple[str, date, str]]:
    model = page.model
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if model.data(model.index(row, column), LEVEL_ROLE) == level:
                spot = model.column_at(column)
                found.append((model.cell(row, column), spot.day, spot.start, row, column))
    return found


def test_a_receptionist_rosters_fixes_marks_out_and_prints(qtbot, window, desk_ctx, tmp_path):
    # 1. Generate next month's roster from the roster page.
    roster = _page(window, RosterPage)
    roster.generate_button.click()
    dialog = roster.generate_dialog
    assert (dialog.from_edit.date(), dialog.to_edit.date()) == (QDate(2026, 12, 1), QDate(2026, 12, 31))
    dialog.generate_button.click()
    assert dialog.report.created > 0
    dialog.close()

    # 2. The coverage view shows December's Saturday logistics gap in red; fix it.
    roster.go_to(DECEMBER_SATURDAY)
    gaps = _cells(roster, RED)
    assert [(day, start) for _cell, day, start, _r, _c in gaps] == [(DECEMBER_SATURDAY, "09:00")]
    _cell, _day, _start, row, column = gaps[0]
    assert roster.model.post_id_at(row) == next(p.id for p in desk_ctx.posts.list() if p.name == "后勤管理")
    roster.view.setFocus()
    roster.view.setCurrentIndex(roster.model.index(row, column))
    qtbot.keyClick(roster.view, Qt.Key.Key_Return)
    editor = roster.editor
    holder = next(p for p in desk_ctx.posts.list() if p.name == "后勤管理").holder_id
    editor.choose(editor.add_person_combo, holder)
    editor.add_button.click()
    assert not editor.error_label.isVisible()
    assert roster.model.data(roster.model.index(row, column), LEVEL_ROLE) == GREEN
    assert [p for p in roster.week.coverage.problems if p.kind == "gap"] == []
    editor.close()

    # 3. Mark the reception post's A holder out, two keys, and see the board change.
    places = _page(window, WhereaboutsPage)
    places.board_button.click()
    board = find_board()
    assert board is not None
    qtbot.waitUntil(lambda: board.painted_count == board.refresh_count > 0, timeout=2000)
    reception = next(p for p in desk_ctx.posts.list() if p.name == "咨询接待")

    def reception_now():  # noqa: ANN202
        return next(p for p in board.snapshot.posts if p.post.id == reception.id)

    assert reception_now().referral is None and reception_now().serving.staff_id == reception.holder_id
    places.select_staff(reception.holder_id)
    places.view.setFocus()
    meeting = 1 + [s.label for s in desk_ctx.whereabouts.statuses()].index("开会")
    qtbot.keyClick(places.view, Qt.Key(Qt.Key.Key_0 + meeting))
    assert desk_ctx.whereabouts.get(reception.holder_id).label == "开会"
    backup = reception.backup_name
    qtbot.waitUntil(lambda: board.painted_count == board.refresh_count
                    and any("please see" in text and backup in text for text in board.visible_texts()),
                    timeout=2000)
    assert reception_now().referral.absent.staff_id == reception.holder_id

    # 4. Print today's duty sheet: the preview holds a PDF with the names, the
    #    supervision phone and the embedded CJK font.
    roster = _page(window, RosterPage)
    roster.go_to(NOW.date())
    roster.view.setCurrentIndex(roster.model.index(0, roster.model.columns_of_day(NOW.date())[0]))
    roster.print_day_button.click()
    qtbot.waitUntil(lambda: roster.preview is not None, timeout=5000)
    path = tmp_path / "duty.pdf"
    path.write_bytes(roster.preview.pdf_bytes)
    roster.preview.close()
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "每日值班表" in text and "2026年11月18日" in text
    assert "010-87654321" in text  # the demo's supervision phone
    today = desk_ctx.schedule.duties.duties_between(NOW.date(), NOW.date())
    assert today and all(duty.staff_name in text for duty in today)
    assert "开会" in text  # the whereabouts just set
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    # The bundled WenQuanYi Zen Hei, embedded (and subset): what makes the sheet print anywhere.
    assert any("WenQuanYi" in row[0] and row[-5] == "yes" for row in rows), fonts
    QApplication.processEvents()
