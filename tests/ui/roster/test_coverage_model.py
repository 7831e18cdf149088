"""The coverage grid's model: Qt's checks, and what each cell says in colour, symbol and words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desk.roster.calendar import CalendarDayInfo
from desk.roster.checks import GAP, ON_LEAVE, Problem
from desk.roster.coverage import (
    AMBER, CLOSED, CLOSED_TEXT, COVERED, GREEN, NOBODY, NOT_FIT_TEMPLATES, RED, Coverage, CoverageColumn, CoverageRow,
    CoverageWeek,
)
from ui.roster.coverage_model import (
    BACKGROUNDS, DAY_ROLE, LEVEL_ROLE, CoverageTableModel, ProblemListModel,
)

MONDAY = date(2027, 2, 1)
SATURDAY = date(2027, 2, 6)
SUNDAY = date(2027, 2, 7)
COLUMNS = (
    CoverageColumn(MONDAY, "08:30", "12:00"),
    CoverageColumn(MONDAY, "14:00", "17:30"),
    CoverageColumn(SATURDAY, "09:00", "12:00"),
    CoverageColumn(SUNDAY, "", ""),
)
LEAVE_PROBLEM = Problem("leave", MONDAY, "党员服务", "王建国", ON_LEAVE,
                        {"staff": "王建国", "kind": "病假", "day": "2027-02-01", "post": "党员服务",
                         "start": "14:00", "end": "17:30"}, (12,))
GAP_PROBLEM = Problem("gap", SATURDAY, "后勤管理", "", GAP,
                      {"post": "后勤管理", "day": "2027-02-06", "times": "09:00–12:00"})


def _closed() -> Coverage:
    return Coverage(CLOSED, (), (), CLOSED_TEXT, {"day": SUNDAY.isoformat()})


def _week() -> CoverageWeek:
    service = CoverageRow(1, "党员服务", (
        Coverage(GREEN, ("王建国",), (), COVERED, {"staff": "王建国"}, (11,)),
        Coverage(AMBER, ("王建国",), (), NOT_FIT_TEMPLATES["leave"], {"staff": "王建国", "kind": "病假"}, (12,)),
        Coverage(GREEN, ("刘芳", "赵敏"), (), COVERED, {"staff": "刘芳、赵敏"}, (13, 14)),
        _closed(),
    ))
    logistics = CoverageRow(2, "后勤管理", (
        Coverage(GREEN, ("孙浩然",), (), COVERED, {"staff": "孙浩然"}, (21,)),
        Coverage(AMBER, ("孙浩然",), (("16:00", "17:30"),), "Nobody is on duty at {post} from {times}.",
                 {"post": "后勤管理", "times": "16:00–17:30"}, (22,)),
        Coverage(RED, (), (("09:00", "12:00"),), NOBODY, {"post": "后勤管理", "start": "09:00", "end": "12:00"}),
        _closed(),
    ))
    return CoverageWeek(MONDAY, COLUMNS, (service, logistics), (LEAVE_PROBLEM, GAP_PROBLEM))


MARKS = {MONDAY: CalendarDayInfo(MONDAY, "workday", "春节", "package"),
         SUNDAY: CalendarDayInfo(SUNDAY, "holiday", "春节", "package")}


def _model() -> CoverageTableModel:
    model = CoverageTableModel()
    model.set_week(_week(), MARKS)
    return model


def test_the_models_pass_qt_checks(qtmodeltester) -> None:
    qtmodeltester.check(_model())
    problems = ProblemListModel()
    problems.set_problems((LEAVE_PROBLEM, GAP_PROBLEM))
    qtmodeltester.check(problems)
    qtmodeltester.check(CoverageTableModel())  # before the first week arrives


def test_each_cell_has_its_colour_symbol_and_people(qapp) -> None:
    model = _model()
    assert (model.rowCount(), model.columnCount()) == (2, 4)
    levels = [[model.data(model.index(r, c), LEVEL_ROLE) for c in range(4)] for r in range(2)]
    assert levels == [[GREEN, AMBER, GREEN, CLOSED], [GREEN, AMBER, RED, CLOSED]]
    for row in range(2):
        for column in range(4):
            index = model.index(row, column)
            assert model.data(index, Qt.ItemDataRole.BackgroundRole) == BACKGROUNDS[levels[row][column]]
    assert model.data(model.index(0, 2)) == "● 刘芳\n赵敏"
    assert model.data(model.index(0, 1)) == "▲ 王建国"
    assert model.data(model.index(1, 1)) == "▲ 孙浩然\n16:00–17:30 nobody"
    assert model.data(model.index(1, 2)) == "✕ Nobody"
    assert model.data(model.index(1, 2), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, 3)) == "Closed"
    # Different levels never share a colour, and the gap is not the colour of the closed days.
    assert len({BACKGROUNDS[level].name() for level in (GREEN, AMBER, RED, CLOSED)}) == 4


def test_tooltips_say_why_in_words(qapp) -> None:
    model = _model()
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "王建国 is on leave (病假)." in tip and "党员服务" in tip
    tip = model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)
    assert "Nobody is on duty at 后勤管理 from 09:00 to 12:00." in tip
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole) == "The center is closed on 2027-02-07."


def test_headers_show_day_hours_and_special_days(qapp) -> None:
    model = _model()
    header = model.headerData(0, Qt.Orientation.Horizontal)
    assert "02-01" in header and "08:30–12:00" in header and "Make-up working day (春节)" in header
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.BackgroundRole) is not None
    saturday = model.headerData(2, Qt.Orientation.Horizontal)
    assert "02-06" in saturday and "09:00–12:00" in saturday
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.BackgroundRole) is None
    sunday = model.headerData(3, Qt.Orientation.Horizontal)
    assert "Holiday, closed" in sunday and "春节" in sunday
    assert model.headerData(3, Qt.Orientation.Horizontal, DAY_ROLE) == SUNDAY
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == ["党员服务", "后勤管理"]


def test_a_problem_leads_to_its_cell(qapp) -> None:
    model = _model()
    by_duty = model.index_of_problem(LEAVE_PROBLEM)
    assert (by_duty.row(), by_duty.column()) == (0, 1)
    gap = model.index_of_problem(GAP_PROBLEM)
    assert (gap.row(), gap.column()) == (1, 2)
    problems = ProblemListModel()
    problems.set_problems((LEAVE_PROBLEM, GAP_PROBLEM))
    assert problems.data(problems.index(1)).startswith("✕")
    assert "后勤管理 has nobody on duty on 2027-02-06 from 09:00–12:00." in problems.data(problems.index(1))
    assert problems.data(problems.index(0), LEVEL_ROLE) == AMBER
