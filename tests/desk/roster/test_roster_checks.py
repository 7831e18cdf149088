"""Roster checks and the weekly coverage grid explain gaps, doubles, leave, rest and streaks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import func, select

from db.tables import Duty
from desk.clock import CenterClock
from desk.errors import Refusal
from desk.roster.generate import duty_times

from roster_world import ADMIN, DESK

MONDAY = date(2026, 9, 7)
CLOCK = CenterClock()


def _put(world, day: date, post: str, shift: str, staff: str, start: str, end: str) -> int:
    """A duty written straight into the store, as an older roster or a sync might leave it."""
    starts_at, ends_at = duty_times(CLOCK, day, start, end)
    with world.ctx.store.write() as session:
        row = Duty(day=day, post_id=world.posts[post], shift_id=world.shifts[shift], staff_id=world.staff[staff],
                   starts_at=starts_at, ends_at=ends_at, source="manual", updated_at=datetime.now(UTC))
        session.add(row)
        session.flush()
        return row.id


def _kinds(problems, day=None) -> list[tuple[str, str, str]]:
    return [(p.kind, p.post, p.staff) for p in problems if day is None or p.day == day]


def test_gaps_name_the_uncovered_times(world):
    world.add_shift("晚到班", "09:00", "12:00")
    _put(world, MONDAY, "咨询接待", "晚到班", "张三", "09:00", "12:00")
    problems = world.schedule.checks.problems(MONDAY, MONDAY)
    assert [p.text() for p in problems] == [
        "咨询接待 has nobody on duty on 2026-09-07 from 08:30–09:00, 14:00–17:30.",
        "后勤管理 has nobody on duty on 2026-09-07 from 08:30–12:00, 14:00–17:30.",
    ]
    assert problems[0].template.startswith("{post} has nobody")  # the UI translates the template


def test_a_closed_holiday_has_no_gaps(world):
    assert world.schedule.checks.problems(date(2026, 10, 1), date(2026, 10, 4)) == []


def test_double_leave_and_inactive_are_explained(world):
    _put(world, MONDAY, "咨询接待", "上午班", "张三", "08:30", "12:00")
    _put(world, MONDAY, "后勤管理", "上午班", "张三", "08:30", "12:00")
    _put(world, MONDAY, "咨询接待", "下午班", "李四", "14:00", "17:30")
    world.add_staff("钱七", active_until=date(2026, 9, 6))
    _put(world, MONDAY, "后勤管理", "下午班", "钱七", "14:00", "17:30")
    world.schedule.duties.add_leave(DESK, world.staff["李四"], "病假", MONDAY, MONDAY)
    problems = world.schedule.checks.problems(MONDAY, MONDAY)
    assert _kinds(problems) == [("double", "后勤管理", "张三"), ("leave", "咨询接待", "李四"),
                                ("inactive", "后勤管理", "钱七")]
    texts = [p.text() for p in problems]
    assert texts[0] == ("张三 is on duty at 咨询接待 08:30–12:00 and at 后勤管理 08:30–12:00 on 2026-09-07: "
                        "nobody can be in two places.")
    assert texts[1] == "李四 is on leave (病假) on 2026-09-07 but on duty at 咨询接待 14:00–17:30."


def test_rest_after_a_night_shift_and_a_split_day_is_fine(world):
    world.add_shift("夜间值守", "22:00", "06:00")
    _put(world, MONDAY, "后勤管理", "夜间值守", "王五", "22:00", "06:00")
    _put(world, MONDAY + timedelta(days=1), "后勤管理", "上午班", "王五", "08:30", "12:00")
    _put(world, MONDAY, "咨询接待", "上午班", "张三", "08:30", "12:00")  # a split day is one working day
    _put(world, MONDAY, "咨询接待", "下午班", "张三", "14:00", "17:30")
    problems = [p for p in world.schedule.checks.problems(MONDAY, MONDAY + timedelta(days=1)) if p.kind != "gap"]
    assert [p.text() for p in problems] == [
        "王五 has only 2.5 hours of rest between 06:00 on 2026-09-07 and 08:30 on 2026-09-08; "
        "the center asks for at least 10."]
    world.ctx.center.set_setting(ADMIN, "roster_min_rest_hours", 0)  # 0 turns the rule off
    assert [p for p in world.schedule.checks.problems(MONDAY, MONDAY + timedelta(days=1)) if p.kind == "rest"] == []


def test_too_many_days_in_a_row_is_said_once(world):
    world.rotation("天天", "咨询接待", "上午班", [(0, d, "张三") for d in range(8)])
    world.schedule.generator.generate(ADMIN, MONDAY, MONDAY + timedelta(days=9))
    problems = [p for p in world.schedule.checks.problems(MONDAY, MONDAY + timedelta(days=9)) if p.kind == "streak"]
    assert [p.text() for p in problems] == [
        "张三 is on duty 10 days in a row, from 2026-09-07 to 2026-09-16; the center allows at most 6."]
    assert problems[0].day == MONDAY + timedelta(days=6)


def test_checks_for_a_month_are_fast(world):
    world.rotation("上午", "咨询接待", "上午班", [(0, d, "张三") for d in range(8)])
    world.rotation("下午", "后勤管理", "下午班", [(0, d, "李四") for d in range(8)])
    world.schedule.generator.generate(ADMIN, MONDAY, MONDAY + timedelta(days=30))
    problems = world.schedule.checks.problems(MONDAY, MONDAY + timedelta(days=30))
    assert {p.kind for p in problems} == {"gap", "streak"}


# ---- the coverage grid --------------------------------------------------------------------

def test_the_week_grid_has_a_column_per_opening_session_and_closed_days(world):
    week = world.schedule.coverage.week(date(2026, 9, 28))
    columns = [(c.day.day, c.start, c.end) for c in week.columns]
    assert columns[:3] == [(28, "08:30", "12:00"), (28, "14:00", "17:30"), (29, "08:30", "12:00")]
    assert columns[6:] == [(1, "", ""), (2, "", ""), (3, "", ""), (4, "", "")]  # 国庆节: closed
    assert [r.post_name for r in week.rows] == ["咨询接待", "后勤管理"]
    assert {c.level for c in week.rows[0].cells[6:]} == {"closed"}
    assert {c.level for c in week.rows[0].cells[:6]} == {"red"}
    assert week.rows[0].cells[0].text() == "Nobody is on duty at 咨询接待 from 08:30 to 12:00."
    with pytest.raises(Refusal):
        world.schedule.coverage.week(date(2026, 9, 29))


def test_cells_are_green_amber_or_red_with_a_reason(world):
    world.add_shift("晚到班", "09:00", "12:00")
    _put(world, MONDAY, "咨询接待", "上午班", "张三", "08:30", "12:00")  # the A holder: green
    _put(world, MONDAY, "咨询接待", "下午班", "赵六", "14:00", "17:30")  # not A, B or stand-in: amber
    _put(world, MONDAY, "后勤管理", "晚到班", "赵六", "09:00", "12:00")  # half an hour missing: amber
    _put(world, MONDAY + timedelta(days=1), "咨询接待", "上午班", "王五", "08:30", "12:00")  # a stand-in: green
    _put(world, MONDAY + timedelta(days=1), "后勤管理", "上午班", "赵六", "08:30", "12:00")
    world.schedule.duties.add_leave(DESK, world.staff["赵六"], "事假", MONDAY + timedelta(days=1),
                                    MONDAY + timedelta(days=1))
    week = world.schedule.coverage.week(MONDAY)
    reception, logistics = week.rows
    assert [c.level for c in reception.cells[:3]] == ["green", "amber", "green"]
    assert reception.cells[0].staff == ("张三",)
    assert reception.cells[1].text() == "赵六 is not the A or B of 咨询接待 and not listed to stand in there."
    assert logistics.cells[0].level == "amber" and logistics.cells[0].uncovered == (("08:30", "09:00"),)
    assert logistics.cells[0].text() == "Nobody is on duty at 后勤管理 from 08:30–09:00."
    assert logistics.cells[1].level == "red"
    assert (logistics.cells[2].level, logistics.cells[2].text()) == ("amber", "赵六 is on leave (事假).")
    assert {p.kind for p in week.problems} == {"gap", "leave"}


def test_the_grid_reads_a_week_in_a_few_queries(world, monkeypatch):
    world.rotation("上午", "咨询接待", "上午班", [(0, d, "张三") for d in range(7)])
    world.schedule.generator.generate(ADMIN, MONDAY, MONDAY + timedelta(days=6))
    from sqlalchemy import event

    statements = []
    engine = world.ctx.store.read_engine
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        world.schedule.coverage.week(MONDAY)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 10
    with world.ctx.store.read() as session:
        assert session.exec(select(func.count()).select_from(Duty)).one() == 7
