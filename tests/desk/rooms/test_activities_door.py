"""Attendance at the door: every outcome of a scan, ticking by key, the summary."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import time_machine

from activity_world import (
    MONDAY_0900,
    activity,
    add_visitor,
    audit_entries,
    forge,
    local,
    outbox,
    resident_pass,
    sign_up,
)
from desk.errors import Refusal
from desk.passes.codec import PassKind
from desk.rooms.activity_rows import SignupForm


def _signed_up_with_pass(ctx, actor, act, name="张小明", phone="13812345678", companions=0):
    row = sign_up(ctx, actor, act.id, name, phone=phone, companions=companions).signup
    issued = ctx.activities.signups.issue_pass(actor, row.id).value
    return row, issued.payload


def test_signup_pass_signs_in_and_a_repeat_scan_says_when(center_ctx, receptionist) -> None:
    door = center_ctx.activities.door
    with time_machine.travel(MONDAY_0900, tick=False):
        act = activity(center_ctx, receptionist, start="09:00", end="11:00", capacity=10)
        row, payload = _signed_up_with_pass(center_ctx, receptionist, act, companions=1)
    with time_machine.travel(MONDAY_0900 + timedelta(minutes=3), tick=False):
        done = door.scan_at_door(receptionist, act.id, payload + "\r")
        assert done.value.outcome == "signed_in" and done.value.ok
        assert done.value.message == "Welcome, 张小明: signed in at 09:03 (2 people)."
        assert done.changes.touches("activities")
    with time_machine.travel(MONDAY_0900 + timedelta(minutes=40), tick=False):
        again = door.scan_at_door(receptionist, act.id, payload)
    assert again.value.outcome == "repeat"
    assert again.value.message == "张小明 already signed in at 09:03."
    assert not again.changes
    summary = center_ctx.activities.attendance(act.id)
    assert (summary.attended, summary.attended_people, summary.no_shows) == (1, 2, 0)
    event = json.loads(outbox(center_ctx, "activities.attendance")[0])
    assert event["name"] == "张*明" and event["people"] == 2 and "1381234" not in json.dumps(event)


@time_machine.travel(MONDAY_0900, tick=False)
def test_resident_pass_finds_the_sign_up(center_ctx, admin, receptionist) -> None:
    act = activity(center_ctx, receptionist, start="09:30", end="11:00")
    visitor_id = add_visitor(center_ctx, "王小明", "13700001234")
    center_ctx.activities.signups.sign_up(receptionist, act.id, SignupForm(visitor_id=visitor_id, companions=2))
    result = center_ctx.activities.door.scan_at_door(receptionist, act.id, resident_pass(center_ctx, admin, visitor_id))
    assert result.value.outcome == "signed_in"
    assert result.value.signup.attended_count == 3


@time_machine.travel(MONDAY_0900, tick=False)
def test_a_resident_without_a_sign_up_is_told_what_to_do(center_ctx, admin, receptionist) -> None:
    door = center_ctx.activities.door
    act = activity(center_ctx, receptionist, capacity=1, start="09:30")
    visitor_id = add_visitor(center_ctx, "王小明", "13700001234")
    payload = resident_pass(center_ctx, admin, visitor_id)
    result = door.scan_at_door(receptionist, act.id, payload).value
    assert result.outcome == "not_signed_up" and not result.ok
    assert "There is room: sign them up on the list" in result.message
    sign_up(center_ctx, receptionist, act.id, "李四")
    result = door.scan_at_door(receptionist, act.id, payload).value
    assert "it is full. Offer them the waiting list" in result.message
    assert center_ctx.activities.attendance(act.id).attended == 0


@time_machine.travel(MONDAY_0900, tick=False)
def test_wrong_activity_cancelled_and_waitlisted_sign_ups_are_refused(center_ctx, receptionist) -> None:
    door = center_ctx.activities.door
    act = activity(center_ctx, receptionist, capacity=1, start="09:30")
    other = activity(center_ctx, receptionist, title="书法班", day=1, start="09:30")
    _row, payload_other = _signed_up_with_pass(center_ctx, receptionist, other, name="赵六", phone="")
    result = door.scan_at_door(receptionist, act.id, payload_other).value
    assert result.outcome == "wrong_activity"
    assert result.message == "This pass is for another activity: 书法班 on 2026-11-17 09:30."

    first, payload_first = _signed_up_with_pass(center_ctx, receptionist, act, name="张三", phone="")
    waiting, payload_waiting = _signed_up_with_pass(center_ctx, receptionist, act, name="李四", phone="")
    result = door.scan_at_door(receptionist, act.id, payload_waiting).value
    assert (result.outcome, result.message) == (
        "waitlisted", "李四 is on the waiting list (number 1) and has no place yet.")
    center_ctx.activities.signups.cancel(receptionist, first.id)
    result = door.scan_at_door(receptionist, act.id, payload_first).value
    assert (result.outcome, result.message) == (
        "cancelled", "张三's sign-up was cancelled at 2026-11-16 09:00. Sign them up again if there is room.")
    # The cancellation gave 李四 the place: now the pass lets them in.
    assert door.scan_at_door(receptionist, act.id, payload_waiting).value.outcome == "signed_in"
    assert len(audit_entries(center_ctx, "activity.scan_refused")) == 3


@time_machine.travel(MONDAY_0900, tick=False)
def test_a_cancelled_sign_up_scanned_with_the_resident_pass(center_ctx, admin, receptionist) -> None:
    act = activity(center_ctx, receptionist, start="09:30")
    visitor_id = add_visitor(center_ctx, "王小明", "13700001234")
    row = center_ctx.activities.signups.sign_up(receptionist, act.id, SignupForm(visitor_id=visitor_id)).value
    center_ctx.activities.signups.cancel(receptionist, row.signup.id)
    result = center_ctx.activities.door.scan_at_door(receptionist, act.id, resident_pass(center_ctx, admin, visitor_id))
    assert result.value.outcome == "cancelled"
    assert result.value.message == "王小明's sign-up was cancelled at 2026-11-16 09:00. Sign them up again if there is room."


@time_machine.travel(MONDAY_0900, tick=False)
def test_forged_and_foreign_passes_are_refused_and_audited(center_ctx, admin, receptionist) -> None:
    act = activity(center_ctx, receptionist, start="09:30")
    _row, payload = _signed_up_with_pass(center_ctx, receptionist, act)
    result = center_ctx.activities.door.scan_at_door(receptionist, act.id, forge(payload)).value
    assert result.outcome == "refused" and "signature does not match" in result.message
    refused = audit_entries(center_ctx, "activity.scan_refused")
    assert len(refused) == 1 and refused[0].detail.startswith("bad_signature")
    assert center_ctx.activities.attendance(act.id).attended == 0
    staff_pass = center_ctx.passes.issue(admin, kind=PassKind.STAFF, visitor_id=None, valid_from=MONDAY_0900,
                                         valid_until=MONDAY_0900 + timedelta(days=1)).value.payload
    result = center_ctx.activities.door.scan_at_door(receptionist, act.id, staff_pass).value
    assert result.message == "This is a staff pass; scan the sign-up pass or the resident pass."
    assert center_ctx.activities.door.scan_at_door(receptionist, act.id, "hello").value.outcome == "refused"


def test_sign_in_opens_an_hour_before_and_closes_at_the_end(center_ctx, receptionist) -> None:
    door = center_ctx.activities.door
    with time_machine.travel(MONDAY_0900, tick=False):
        act = activity(center_ctx, receptionist, start="14:00", end="16:00")
        _row, payload = _signed_up_with_pass(center_ctx, receptionist, act)
        visitor_row = sign_up(center_ctx, receptionist, act.id, "李四").signup
    with time_machine.travel(local(center_ctx, 0, "12:59"), tick=False):
        # The pass itself is valid only from 13:00, and says so.
        assert "not valid yet. It becomes valid on 2026-11-16 13:00" in door.scan_at_door(
            receptionist, act.id, payload).value.message
        with pytest.raises(Refusal, match="Sign-in for 四点半课堂 opens at 2026-11-16 13:00"):
            door.mark_attended(receptionist, visitor_row.id)
    with time_machine.travel(local(center_ctx, 0, "13:00"), tick=False):
        assert door.scan_at_door(receptionist, act.id, payload).value.outcome == "signed_in"
    with time_machine.travel(local(center_ctx, 0, "16:00"), tick=False):
        result = door.scan_at_door(receptionist, act.id, payload).value
        assert result.outcome == "refused" and "expired" in result.message
        # Ticking by hand stays possible afterwards, for the paper list.
        assert door.mark_attended(receptionist, visitor_row.id).value.attended_count == 1


def test_an_activity_across_midnight_takes_sign_ins_after_midnight(center_ctx, admin, receptionist) -> None:
    door = center_ctx.activities.door
    with time_machine.travel(MONDAY_0900, tick=False):
        act = activity(center_ctx, receptionist, title="跨年晚会", start="22:00", end="23:59")
        act = center_ctx.activities.update(receptionist, act.id, _form(act, ends_at=local(center_ctx, 1, "01:00"))).value
        visitor_id = add_visitor(center_ctx, "王小明", "13700001234")
        late = add_visitor(center_ctx, "李晚到", "13700005678")
        for vid in (visitor_id, late):
            center_ctx.activities.signups.sign_up(receptionist, act.id, SignupForm(visitor_id=vid))
        resident = resident_pass(center_ctx, admin, visitor_id)
        late_pass = resident_pass(center_ctx, admin, late)
    with time_machine.travel(local(center_ctx, 1, "00:30"), tick=False):
        result = door.scan_at_door(receptionist, act.id, resident).value
        assert (result.outcome, result.message) == ("signed_in", "Welcome, 王小明: signed in at 00:30 (1 people).")
    with time_machine.travel(local(center_ctx, 1, "01:00"), tick=False):
        result = door.scan_at_door(receptionist, act.id, late_pass).value
        assert result.outcome == "closed"
        assert result.message.startswith("跨年晚会 ended at 2026-11-17 01:00; sign-in is closed.")
    assert [a.title for a in center_ctx.activities.list_period(local(center_ctx, 1, "00:00").date(),
                                                               local(center_ctx, 1, "00:00").date())] == ["跨年晚会"]


def _form(act, **changes):
    from dataclasses import replace

    from desk.rooms.activity_rows import ActivityForm

    base = ActivityForm(title=act.title, organiser=act.organiser, place=act.place, capacity=act.capacity,
                        starts_at=act.starts_at, ends_at=act.ends_at)
    return replace(base, **changes)


@time_machine.travel(MONDAY_0900, tick=False)
def test_ticking_by_key_counts_people_and_can_be_undone(center_ctx, receptionist) -> None:
    door = center_ctx.activities.door
    act = activity(center_ctx, receptionist, capacity=4, start="09:30")
    family = sign_up(center_ctx, receptionist, act.id, "张家长", companions=2).signup
    absent = sign_up(center_ctx, receptionist, act.id, "李四").signup
    waiting = sign_up(center_ctx, receptionist, act.id, "王五").signup
    with pytest.raises(Refusal, match="from 1 to 3"):
        door.mark_attended(receptionist, family.id, people=4)
    with pytest.raises(Refusal, match="王五 is on the waiting list"):
        door.mark_attended(receptionist, waiting.id)
    assert door.mark_attended(receptionist, family.id, people=2).value.attended_count == 2
    with pytest.raises(Refusal, match="张家长 already signed in at 09:00"):
        door.mark_attended(receptionist, family.id)
    summary = center_ctx.activities.attendance(act.id)
    assert (summary.signed_up, summary.signed_up_people, summary.attended, summary.no_shows,
            summary.attended_people) == (2, 4, 1, 1, 2)
    door.undo_attendance(receptionist, family.id)
    assert center_ctx.activities.attendance(act.id).attended_people == 0
    with pytest.raises(Refusal, match="李四 has not signed in"):
        door.undo_attendance(receptionist, absent.id)


@time_machine.travel(MONDAY_0900, tick=False)
def test_a_cancelled_activity_takes_no_sign_ins(center_ctx, admin, receptionist) -> None:
    act = activity(center_ctx, receptionist, start="09:30")
    visitor_id = add_visitor(center_ctx, "王小明", "13700001234")
    row = center_ctx.activities.signups.sign_up(receptionist, act.id, SignupForm(visitor_id=visitor_id)).value
    center_ctx.activities.cancel(receptionist, act.id)
    result = center_ctx.activities.door.scan_at_door(receptionist, act.id, resident_pass(center_ctx, admin, visitor_id))
    assert (result.value.outcome, result.value.message) == ("closed", "四点半课堂 was cancelled.")
    with pytest.raises(Refusal, match="was cancelled; nobody can be signed in"):
        center_ctx.activities.door.mark_attended(receptionist, row.signup.id)


def test_a_pass_issued_again_withdraws_the_first_in_the_same_step(center_ctx, receptionist) -> None:
    door = center_ctx.activities.door
    with time_machine.travel(MONDAY_0900, tick=False):
        act = activity(center_ctx, receptionist, start="09:00", end="11:00", capacity=10)
        row, first = _signed_up_with_pass(center_ctx, receptionist, act)
        second = center_ctx.activities.signups.issue_pass(receptionist, row.id).value.payload
        assert door.scan_at_door(receptionist, act.id, first).value.outcome == "refused"  # withdrawn
        assert door.scan_at_door(receptionist, act.id, second).value.outcome == "signed_in"


def test_no_pass_for_a_cancelled_sign_up_and_nothing_issued(center_ctx, receptionist) -> None:
    from sqlmodel import func, select

    from db.tables import Pass

    with time_machine.travel(MONDAY_0900, tick=False):
        act = activity(center_ctx, receptionist, start="09:00", end="11:00", capacity=10)
        row = sign_up(center_ctx, receptionist, act.id, "李四", phone="13900001111").signup
        center_ctx.activities.signups.cancel(receptionist, row.id)
        with center_ctx.store.read() as session:
            before = session.exec(select(func.count()).select_from(Pass)).one()
        with pytest.raises(Refusal):
            center_ctx.activities.signups.issue_pass(receptionist, row.id)
        with center_ctx.store.read() as session:
            assert session.exec(select(func.count()).select_from(Pass)).one() == before
