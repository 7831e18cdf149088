"""The activity screens' models pass Qt's model tester with real rows; their time rules
(weeks, months, across midnight and the new year) and the hours people type."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine
from PySide6.QtCore import Qt

from activities_ui_world import MONDAY_0900, add_resident, at, new_activity, sign_up
from desk.rooms.activity_rows import VolunteerForm
from ui.rooms.activities_page import MONTH, WEEK, period_of
from ui.rooms.activity_detail import parse_minutes
from ui.rooms.activity_extras_model import EvidenceModel, VolunteerLineModel, VolunteerTotalModel
from ui.rooms.activity_labels import hours_label, places_label, when_label
from ui.rooms.activity_model import FULL_BACKGROUND, ActivityTableModel
from ui.rooms.activity_signup_model import ResidentMatchModel, SignupTableModel, counts_text


def test_activity_and_signup_models(qtmodeltester, desk_ctx, receptionist_actor):
    with time_machine.travel(MONDAY_0900, tick=False):
        add_resident(desk_ctx, "张三", "13800001111")
        add_resident(desk_ctx, "张三丰", "13900001111")
        full = new_activity(desk_ctx, receptionist_actor, "书法班", capacity=2)
        free = new_activity(desk_ctx, receptionist_actor, "红色影院", start="19:00", end="21:00")
        sign_up(desk_ctx, receptionist_actor, full.id, "张三", phone="13800001111", companions=1)
        sign_up(desk_ctx, receptionist_actor, full.id, "李四")
        activities = ActivityTableModel(desk_ctx.clock)
        activities.set_records(desk_ctx.activities.list_period(date(2026, 11, 16), date(2026, 11, 22)))
        qtmodeltester.check(activities)
        assert activities.index(0, activities.PLACES).data() == "2 / 2"
        assert activities.index(0, activities.PLACES).data(Qt.ItemDataRole.BackgroundRole) == FULL_BACKGROUND
        assert activities.index(0, activities.WAITING).data() == "1"
        assert activities.index(1, activities.PLACES).data() == "0 / no limit"
        assert activities.row_of(free.id) == 1

        detail = desk_ctx.activities.detail(full.id)
        signups = SignupTableModel(desk_ctx.clock)
        signups.set_detail(detail)
        qtmodeltester.check(signups)
        assert [signups.index(r, signups.PHONE).data() for r in range(2)] == ["138****1111", ""]
        assert signups.index(0, signups.PEOPLE).data() == "2"
        assert signups.index(1, signups.STATE).data() == "Waiting no. 1"
        assert counts_text(detail) == "1 with a place (2 people) · 1 waiting · 0 cancelled"

        matches = ResidentMatchModel()
        matches.set_records(desk_ctx.activities.signups.find_residents(full.id, "张三"))
        qtmodeltester.check(matches)
        on_list = [matches.index(r, matches.ON_LIST).data() for r in range(matches.rowCount())]
        assert sorted(on_list) == ["", "Already signed up"]  # the first 张三 is linked by phone
        taken = on_list.index("Already signed up")
        assert not matches.flags(matches.index(taken, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_volunteer_and_evidence_models(qtmodeltester, desk_ctx, receptionist_actor):
    with time_machine.travel(MONDAY_0900, tick=False) as clock:
        act = new_activity(desk_ctx, receptionist_actor, "重阳敬老", start="09:00", end="10:00")
        clock.move_to(at(desk_ctx, "10:30"))
        volunteers = desk_ctx.activities.volunteers
        volunteers.record(receptionist_actor, act.id, VolunteerForm(minutes=90, name="小刘", role="摄影"))
        desk_ctx.activities.evidence.add(receptionist_actor, act.id, "记录.txt", "到场 23 人".encode())
        lines = VolunteerLineModel()
        lines.set_records(volunteers.lines(act.id))
        qtmodeltester.check(lines)
        assert [lines.index(0, c).data() for c in range(3)] == ["小刘", "摄影", "1.5 h"]
        totals = VolunteerTotalModel()
        totals.set_records(volunteers.totals_by_volunteer(date(2026, 11, 16), date(2026, 11, 16)))
        qtmodeltester.check(totals)
        evidence = EvidenceModel(desk_ctx.clock)
        evidence.set_records(desk_ctx.activities.evidence.list(act.id))
        qtmodeltester.check(evidence)
        assert [evidence.index(0, c).data() for c in range(3)] == ["记录.txt", "Minutes", "1 KB"]


@pytest.mark.parametrize(("today", "kind", "expected"), [
    (date(2026, 11, 16), WEEK, (date(2026, 11, 16), date(2026, 11, 22))),  # a Monday: its own week
    (date(2026, 11, 22), WEEK, (date(2026, 11, 16), date(2026, 11, 22))),  # a Sunday: the week ending
    (date(2027, 1, 1), WEEK, (date(2026, 12, 28), date(2027, 1, 3))),  # across the new year
    (date(2026, 12, 31), MONTH, (date(2026, 12, 1), date(2026, 12, 31))),
    (date(2028, 2, 15), MONTH, (date(2028, 2, 1), date(2028, 2, 29))),  # a leap February
])
def test_this_week_and_this_month(today, kind, expected):
    assert period_of(kind, today) == expected


def test_the_page_s_week_follows_the_center_s_day_not_utc(qtbot, ui_services, desk_ctx, receptionist_actor):
    from activities_ui_world import open_page

    # Sunday 23:30 UTC is already Monday 07:30 in Shanghai: the new week is shown.
    with time_machine.travel(datetime(2026, 11, 22, 23, 30, tzinfo=UTC), tick=False):
        page = open_page(qtbot, ui_services, receptionist_actor)
        assert page.period() == (date(2026, 11, 23), date(2026, 11, 29))


def test_times_and_hours_as_the_desk_writes_them(desk_ctx):
    clock = desk_ctx.clock
    start, end = clock.at(date(2026, 12, 31), "22:00"), clock.at(date(2027, 1, 1), "01:00")
    assert when_label(clock, start, end) == "12-31 Thu 22:00–01-01 01:00"  # across midnight and the year
    assert when_label(clock, start, clock.at(date(2026, 12, 31), "23:59")) == "12-31 Thu 22:00–23:59"
    assert [hours_label(m) for m in (60, 90, 20, 125)] == ["1 h", "1.5 h", "0.33 h", "2.08 h"]
    assert [parse_minutes(t) for t in ("2", "1.5", "1:30", "0：45", " 3 ", "1,5")] == [120, 90, 90, 45, 180, 90]
    assert [parse_minutes(t) for t in ("", "abc", "nan", "inf", "1:2:3")] == [None] * 5


def test_places_say_no_limit_in_words(desk_ctx, receptionist_actor):
    with time_machine.travel(MONDAY_0900, tick=False):
        act = new_activity(desk_ctx, receptionist_actor, "讲座")
        assert places_label(act) == "0 / no limit"
