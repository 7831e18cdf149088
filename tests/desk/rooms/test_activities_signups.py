"""Sign-ups: places, companions, the waiting list and its promotion rule, duplicates."""

from __future__ import annotations

import json

import pytest
import time_machine

from activity_world import (
    MONDAY_0900,
    activity,
    add_visitor,
    audit_actions,
    outbox,
    resident_pass,
    sign_up,
)
from desk.errors import Refusal
from desk.rooms.activity_rows import ActivityForm, SignupForm


def names(rows) -> list[str]:
    return [row.name for row in rows]


@time_machine.travel(MONDAY_0900, tick=False)
def test_full_places_go_to_the_waiting_list_and_a_cancellation_promotes_the_first(center_ctx, receptionist) -> None:
    act = activity(center_ctx, receptionist, capacity=3)
    first = sign_up(center_ctx, receptionist, act.id, "张三", companions=1)
    sign_up(center_ctx, receptionist, act.id, "李四")
    waiting = [sign_up(center_ctx, receptionist, act.id, name) for name in ("王五", "赵六")]
    assert first.signup.state == "confirmed"
    assert [w.signup.state for w in waiting] == ["waitlist", "waitlist"]
    assert [w.signup.position for w in waiting] == [1, 2]
    assert center_ctx.activities.get(act.id).places_free == 0

    done = center_ctx.activities.signups.cancel(receptionist, first.signup.id, "孩子生病")
    # Two places came free: both waiting singles move up, first come first served.
    assert names(done.value.promoted) == ["王五", "赵六"]
    assert done.changes.touches("activities")
    detail = center_ctx.activities.detail(act.id)
    assert names(detail.confirmed) == ["李四", "王五", "赵六"]
    assert names(detail.cancelled) == ["张三"] and detail.waitlist == ()
    assert all(row.promoted_at == MONDAY_0900 for row in detail.confirmed[1:])
    assert "activity.signup_promote" in audit_actions(center_ctx)


@time_machine.travel(MONDAY_0900, tick=False)
def test_a_group_that_does_not_fit_keeps_its_place_at_the_front(center_ctx, receptionist) -> None:
    signups = center_ctx.activities.signups
    act = activity(center_ctx, receptionist, capacity=4)
    a = sign_up(center_ctx, receptionist, act.id, "甲").signup
    sign_up(center_ctx, receptionist, act.id, "乙")
    c = sign_up(center_ctx, receptionist, act.id, "丙", companions=1).signup
    family = sign_up(center_ctx, receptionist, act.id, "家长", companions=2).signup  # three people
    single = sign_up(center_ctx, receptionist, act.id, "单人").signup
    assert (family.state, family.position, single.position) == ("waitlist", 1, 2)

    # One place: the family of three cannot use it, so the single person behind them gets it.
    assert names(signups.cancel(receptionist, a.id).value.promoted) == ["单人"]
    assert [(r.name, r.position) for r in center_ctx.activities.detail(act.id).waitlist] == [("家长", 1)]
    # Two places: still not enough; nobody behind the family may take them now.
    later = sign_up(center_ctx, receptionist, act.id, "后来者", companions=2).signup
    assert signups.cancel(receptionist, c.id).value.promoted == ()
    assert [(r.name, r.position) for r in center_ctx.activities.detail(act.id).waitlist] == [("家长", 1), ("后来者", 2)]
    assert later.state == "waitlist"
    # Raising the capacity gives the family their places first.
    form = ActivityForm(title="四点半课堂", place="二楼活动室", capacity=5,
                        starts_at=act.starts_at, ends_at=act.ends_at)
    info = center_ctx.activities.update(receptionist, act.id, form).value
    detail = center_ctx.activities.detail(act.id)
    assert names(detail.confirmed) == ["乙", "家长", "单人"]
    assert names(detail.waitlist) == ["后来者"]
    assert (info.places_used, info.places_free) == (5, 0)


@time_machine.travel(MONDAY_0900, tick=False)
def test_capacity_cannot_drop_below_the_places_taken(center_ctx, receptionist) -> None:
    act = activity(center_ctx, receptionist, capacity=5)
    sign_up(center_ctx, receptionist, act.id, "张三", companions=2)
    form = ActivityForm(title="四点半课堂", place="二楼活动室", capacity=2,
                        starts_at=act.starts_at, ends_at=act.ends_at)
    with pytest.raises(Refusal, match="3 places are already taken"):
        center_ctx.activities.update(receptionist, act.id, form)
    assert center_ctx.activities.get(act.id).capacity == 5


@time_machine.travel(MONDAY_0900, tick=False)
def test_more_companions_need_free_places_and_fewer_promote(center_ctx, receptionist) -> None:
    signups = center_ctx.activities.signups
    act = activity(center_ctx, receptionist, capacity=3)
    parent = sign_up(center_ctx, receptionist, act.id, "张三", companions=2).signup
    waiting = sign_up(center_ctx, receptionist, act.id, "李四").signup
    with pytest.raises(Refusal, match="Not enough free places"):
        signups.change_companions(receptionist, parent.id, 3)
    done = signups.change_companions(receptionist, parent.id, 1)
    assert names(done.value.promoted) == ["李四"] and waiting.state == "waitlist"


@time_machine.travel(MONDAY_0900, tick=False)
def test_capacity_zero_means_no_limit(center_ctx, receptionist) -> None:
    act = activity(center_ctx, receptionist, capacity=0)
    for number in range(40):
        sign_up(center_ctx, receptionist, act.id, f"居民{number}", companions=3)
    info = center_ctx.activities.get(act.id)
    assert (info.places_used, info.waiting, info.places_free) == (160, 0, None)


@time_machine.travel(MONDAY_0900, tick=False)
def test_the_same_person_cannot_sign_up_twice(center_ctx, receptionist) -> None:
    signups = center_ctx.activities.signups
    act = activity(center_ctx, receptionist, capacity=1)
    visitor_id = add_visitor(center_ctx, "张三", "13812345678")
    first = signups.sign_up(receptionist, act.id, SignupForm(visitor_id=visitor_id)).value.signup
    with pytest.raises(Refusal, match="张三 is already signed up for this activity"):
        signups.sign_up(receptionist, act.id, SignupForm(visitor_id=visitor_id))
    with pytest.raises(Refusal, match="already signed up"):  # typed in with the same phone
        sign_up(center_ctx, receptionist, act.id, "张三丰", phone="138 1234 5678")
    sign_up(center_ctx, receptionist, act.id, "李四", phone="13700000000")
    with pytest.raises(Refusal, match=r"李四 is already on the waiting list of this activity \(number 1\)"):
        sign_up(center_ctx, receptionist, act.id, "李四", phone="137-0000-0000")
    sign_up(center_ctx, receptionist, act.id, "王五")
    with pytest.raises(Refusal, match="王五 is already on the list of this activity. If this is another"):
        sign_up(center_ctx, receptionist, act.id, "王五")
    # A different person of the same name, told apart by phone, is welcome.
    assert sign_up(center_ctx, receptionist, act.id, "王五", phone="13900001111").signup.position == 3
    # After cancelling, the person may sign up again, at the end of the queue.
    signups.cancel(receptionist, first.id)
    again = signups.sign_up(receptionist, act.id, SignupForm(visitor_id=visitor_id)).value.signup
    assert (again.state, again.position) == ("waitlist", 3)
    assert first.visitor_id == visitor_id


@time_machine.travel(MONDAY_0900, tick=False)
def test_a_typed_phone_links_the_sign_up_to_the_known_resident(center_ctx, receptionist) -> None:
    act = activity(center_ctx, receptionist)
    visitor_id = add_visitor(center_ctx, "张三", "13812345678")
    row = sign_up(center_ctx, receptionist, act.id, "张三", phone="13812345678").signup
    assert row.visitor_id == visitor_id and row.phone_masked == "138****5678"
    found = center_ctx.activities.signups.find_residents(act.id, "5678")
    assert [(m.name, m.signed_up) for m in found] == [("张三", True)]


@time_machine.travel(MONDAY_0900, tick=False)
def test_sign_up_by_scanning_the_resident_pass(center_ctx, admin, receptionist) -> None:
    act = activity(center_ctx, receptionist)
    visitor_id = add_visitor(center_ctx, "王小明", "13700001234")
    payload = resident_pass(center_ctx, admin, visitor_id)
    done = center_ctx.activities.signups.sign_up_by_pass(receptionist, act.id, "\ufeff" + payload + "\r\n",
                                                         companions=1)
    assert (done.value.signup.name, done.value.signup.source, done.value.signup.people) == ("王小明", "pass", 2)
    with pytest.raises(Refusal, match="already signed up"):
        center_ctx.activities.signups.sign_up_by_pass(receptionist, act.id, payload)


@time_machine.travel(MONDAY_0900, tick=False)
def test_no_sign_ups_after_the_end_or_for_a_cancelled_activity(center_ctx, receptionist) -> None:
    past = activity(center_ctx, receptionist, start="07:00", end="09:00")  # ended exactly now
    with pytest.raises(Refusal, match="ended at 2026-11-16 09:00; sign-ups are closed"):
        sign_up(center_ctx, receptionist, past.id, "张三")
    act = activity(center_ctx, receptionist, title="书法班")
    kept = sign_up(center_ctx, receptionist, act.id, "李四").signup
    info = center_ctx.activities.cancel(receptionist, act.id, "老师生病").value
    assert info.state == "cancelled"
    assert names(center_ctx.activities.detail(act.id).confirmed) == ["李四"]  # kept for ringing round
    assert kept.state == "confirmed"
    with pytest.raises(Refusal, match="书法班 was cancelled"):
        sign_up(center_ctx, receptionist, act.id, "王五")


@time_machine.travel(MONDAY_0900, tick=False)
def test_companions_must_be_a_small_whole_number(center_ctx, receptionist) -> None:
    act = activity(center_ctx, receptionist)
    for bad in (-1, 11, True):
        with pytest.raises(Refusal, match="Companions must be a whole number from 0 to 10"):
            sign_up(center_ctx, receptionist, act.id, "张三", companions=bad)


@time_machine.travel(MONDAY_0900, tick=False)
def test_sync_events_mask_names_and_carry_no_phone(center_ctx, receptionist) -> None:
    act = activity(center_ctx, receptionist, capacity=1)
    first = sign_up(center_ctx, receptionist, act.id, "张小明", phone="13812345678").signup
    sign_up(center_ctx, receptionist, act.id, "欧阳娜娜", phone="13987654321")
    center_ctx.activities.signups.cancel(receptionist, first.id)
    events = [json.loads(p) for p in outbox(center_ctx, "activities.signup")]
    assert {(e["name"], e["state"]) for e in events} == {
        ("张*明", "confirmed"), ("欧**娜", "waitlist"), ("张*明", "cancelled"), ("欧**娜", "confirmed")}
    everything = " ".join(outbox(center_ctx, "activities.signup") + outbox(center_ctx, "activities.activity"))
    assert "1381234" not in everything and "5678" not in everything and "4321" not in everything
    latest = json.loads(outbox(center_ctx, "activities.activity")[-1])
    assert latest["title"] == "四点半课堂" and "capacity" in latest
