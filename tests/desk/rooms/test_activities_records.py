"""Activities themselves: validation, room bookings, the period list; volunteer hours."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import time_machine

from activity_world import MONDAY_0900, activity, audit_entries, local, outbox, room_and_booking
from db.tables import Staff
from desk.errors import NotAllowed, Refusal
from desk.rooms.activity_rows import ActivityForm, VolunteerForm


def form(ctx, **fields) -> ActivityForm:
    base = {"title": "主题党日", "place": "党员教育室", "starts_at": local(ctx, 0, "14:00"),
            "ends_at": local(ctx, 0, "16:00")}
    return ActivityForm(**(base | fields))


@time_machine.travel(MONDAY_0900, tick=False)
@pytest.mark.parametrize("fields, message", [
    ({"ends_at_offset": 0}, "must end after it starts"),
    ({"ends_at_offset": -30}, "must end after it starts"),
    ({"capacity": -1}, "0 or more"),
    ({"title": ""}, "Title is required"),
    ({"place": ""}, "Choose a room booking or type where the activity takes place"),
    ({"booking_id": 999}, "The room booking 999 does not exist"),
])
def test_activity_validation(center_ctx, receptionist, fields, message) -> None:
    if "ends_at_offset" in fields:
        fields = {"ends_at": local(center_ctx, 0, "14:00") + timedelta(minutes=fields["ends_at_offset"])}
    with pytest.raises(Refusal, match=message):
        center_ctx.activities.create(receptionist, form(center_ctx, **fields))
    assert center_ctx.activities.list_period(MONDAY_0900.date(), MONDAY_0900.date()) == []


@time_machine.travel(MONDAY_0900, tick=False)
def test_a_booked_room_gives_times_and_limits_places(center_ctx, receptionist) -> None:
    _room, booking = room_and_booking(center_ctx, capacity=20)
    bare = ActivityForm(title="四点半课堂", booking_id=booking)
    with pytest.raises(Refusal, match="holds at most 20 people; the activity cannot have 25 places"):
        center_ctx.activities.create(receptionist, ActivityForm(title="四点半课堂", booking_id=booking, capacity=25))
    with pytest.raises(Refusal, match="within its room booking"):
        center_ctx.activities.create(receptionist, ActivityForm(
            title="四点半课堂", booking_id=booking, ends_at=local(center_ctx, 0, "17:00")))
    info = center_ctx.activities.create(receptionist, bare).value
    assert (info.starts_at, info.ends_at) == (local(center_ctx, 0, "14:00"), local(center_ctx, 0, "16:00"))
    assert info.capacity == 20 and info.room_name == info.place == "活动室20confirmed"
    _room, cancelled = room_and_booking(center_ctx, capacity=20, state="cancelled")
    with pytest.raises(Refusal, match="was cancelled; book the room again"):
        center_ctx.activities.create(receptionist, ActivityForm(title="书法班", booking_id=cancelled))


@time_machine.travel(MONDAY_0900, tick=False)
def test_the_period_list_includes_activities_that_cross_midnight(center_ctx, receptionist) -> None:
    activity(center_ctx, receptionist, title="早场", start="09:00", end="10:00")
    center_ctx.activities.create(receptionist, form(center_ctx, title="电影放映", starts_at=local(center_ctx, 0, "21:00"),
                                                    ends_at=local(center_ctx, 1, "00:30")))
    activity(center_ctx, receptionist, title="书法班", day=1, start="09:00", end="10:00")
    day = MONDAY_0900.date()
    assert [a.title for a in center_ctx.activities.list_period(day, day)] == ["早场", "电影放映"]
    assert [a.title for a in center_ctx.activities.list_period(day + timedelta(days=1), day + timedelta(days=1))] == [
        "电影放映", "书法班"]
    assert center_ctx.activities.list_period(day + timedelta(days=2), day + timedelta(days=2)) == []


def test_the_period_list_uses_local_days_at_the_year_boundary(center_ctx, receptionist) -> None:
    # 2026-12-31 23:30 in Shanghai is still 15:30 UTC on the 31st; 00:30 on 1 January is 16:30 UTC.
    with time_machine.travel(MONDAY_0900, tick=False):
        eve = center_ctx.activities.create(receptionist, form(
            center_ctx, title="跨年晚会", starts_at=center_ctx.clock.at(MONDAY_0900.date().replace(month=12, day=31), "23:00"),
            ends_at=center_ctx.clock.at(MONDAY_0900.date().replace(year=2027, month=1, day=1), "00:30"))).value
    new_year = MONDAY_0900.date().replace(year=2027, month=1, day=1)
    assert [a.id for a in center_ctx.activities.list_period(new_year, new_year)] == [eve.id]
    assert center_ctx.activities.list_period(new_year + timedelta(days=1), new_year + timedelta(days=1)) == []


@time_machine.travel(MONDAY_0900, tick=False)
def test_activity_changes_are_audited_and_published(center_ctx, receptionist) -> None:
    act = activity(center_ctx, receptionist, title="书法班", capacity=10)
    center_ctx.activities.cancel(receptionist, act.id, "老师生病")
    cancel = audit_entries(center_ctx, "activity.cancel")[0]
    assert json.loads(cancel.before)["state"] == "open" and json.loads(cancel.after)["state"] == "cancelled"
    assert cancel.detail == "老师生病"
    states = [json.loads(p)["state"] for p in outbox(center_ctx, "activities.activity")]
    assert sorted(states) == ["cancelled", "open"]
    with pytest.raises(Refusal, match="already cancelled"):
        center_ctx.activities.cancel(receptionist, act.id)


# ---- volunteer hours ------------------------------------------------------------------------
def _staff(ctx, name: str) -> int:
    with ctx.store.write() as session:
        row = Staff(name=name, kind="volunteer", active_from=MONDAY_0900.date(), created_at=MONDAY_0900)
        session.add(row)
        session.flush()
        return row.id


@time_machine.travel(MONDAY_0900, tick=False)
def test_volunteer_corrections_keep_the_history(center_ctx, receptionist) -> None:
    hours = center_ctx.activities.volunteers
    act = activity(center_ctx, receptionist, title="主题党日", organiser="第一党支部", start="08:00", end="10:00")
    staff_id = _staff(center_ctx, "吴秀英")
    wrong = hours.record(receptionist, act.id, VolunteerForm(staff_id=staff_id, role="签到引导", minutes=600)).value
    fixed = hours.correct(receptionist, wrong.id, VolunteerForm(staff_id=staff_id, role="签到引导", minutes=120),
                          "多录了一个0").value
    assert (fixed.name, fixed.minutes, fixed.hours, fixed.organiser) == ("吴秀英", 120, 2.0, "第一党支部")
    everything = hours.lines(act.id, include_removed=True)
    assert [(line.minutes, line.removed) for line in everything] == [(600, True), (120, False)]
    assert [line.minutes for line in hours.lines(act.id)] == [120]
    with pytest.raises(Refusal, match="already removed or corrected"):
        hours.correct(receptionist, wrong.id, VolunteerForm(staff_id=staff_id, minutes=60))
    correction = audit_entries(center_ctx, "activity.volunteer_correct")[0]
    assert json.loads(correction.before)["minutes"] == 600 and json.loads(correction.after)["minutes"] == 120
    events = [json.loads(p) for p in outbox(center_ctx, "activities.volunteer")]
    assert {(e["name"], e["minutes"], e["removed"]) for e in events} == {
        ("吴*英", 600, False), ("吴*英", 600, True), ("吴*英", 120, False)}


@time_machine.travel(MONDAY_0900, tick=False)
def test_volunteer_totals_by_person_and_by_activity(center_ctx, receptionist) -> None:
    hours = center_ctx.activities.volunteers
    first = activity(center_ctx, receptionist, title="主题党日", start="07:00", end="08:30")
    second = activity(center_ctx, receptionist, title="四点半课堂", day=-1, start="16:30", end="18:00")
    staff_id = _staff(center_ctx, "吴秀英")
    hours.record(receptionist, first.id, VolunteerForm(staff_id=staff_id, role="主持", minutes=90))
    hours.record(receptionist, second.id, VolunteerForm(staff_id=staff_id, role="辅导", minutes=90))
    hours.record(receptionist, first.id, VolunteerForm(name="赵志愿", role="摄影", minutes=45))
    gone = hours.record(receptionist, first.id, VolunteerForm(name="错录", minutes=300)).value
    hours.remove(receptionist, gone.id, "不是本次活动")
    day = MONDAY_0900.date()
    totals = hours.totals_by_volunteer(day - timedelta(days=1), day)
    assert [(t.name, t.minutes, t.hours, t.activities, t.records) for t in totals] == [
        ("吴秀英", 180, 3.0, 2, 2), ("赵志愿", 45, 0.75, 1, 1)]
    assert [(t.name, t.minutes) for t in hours.totals_by_volunteer(day, day)] == [("吴秀英", 90), ("赵志愿", 45)]
    by_activity = {t.title: (t.volunteers, t.minutes) for t in hours.totals_by_activity(day - timedelta(days=1), day)}
    assert by_activity == {"主题党日": (2, 135), "四点半课堂": (1, 90)}


@time_machine.travel(MONDAY_0900, tick=False)
def test_volunteer_hours_need_a_started_activity_and_sensible_minutes(center_ctx, receptionist) -> None:
    hours = center_ctx.activities.volunteers
    later = activity(center_ctx, receptionist, start="14:00", end="16:00")
    with pytest.raises(Refusal, match="has not started yet \\(it starts at 2026-11-16 14:00\\)"):
        hours.record(receptionist, later.id, VolunteerForm(name="赵志愿", minutes=60))
    now = activity(center_ctx, receptionist, start="09:00", end="10:00")
    for minutes in (0, -5, 24 * 60 + 1):
        with pytest.raises(Refusal, match="from 1 to 1440"):
            hours.record(receptionist, now.id, VolunteerForm(name="赵志愿", minutes=minutes))
    with pytest.raises(Refusal, match="Volunteer's name is required"):
        hours.record(receptionist, now.id, VolunteerForm(minutes=30))


def test_only_an_administrator_or_the_sync_imports_upstream_sign_ups(center_ctx, receptionist) -> None:
    with pytest.raises(NotAllowed):
        center_ctx.activities.signups.import_upstream_signups(receptionist, [])
