"""Hand edits of the roster (assign, cover, swap, remove) and leave, with their refusals."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlmodel import select

from db.tables import AuditEntry, OutboxEvent, Post
from desk.errors import Refusal

from roster_world import ADMIN, DESK

MONDAY, TUESDAY = date(2026, 9, 7), date(2026, 9, 8)


@pytest.fixture
def planned(world):
    """张三 mornings and 李四 afternoons at reception, Monday to Friday, for one week."""
    world.rotation("咨询上午", "咨询接待", "上午班", [(0, d, "张三") for d in range(5)])
    world.rotation("咨询下午", "咨询接待", "下午班", [(0, d, "李四") for d in range(5)])
    world.schedule.generator.generate(ADMIN, MONDAY, date(2026, 9, 13))
    return world


def _duty(world, day: date, staff: str):
    return next(d for d in world.schedule.duties.duties_between(day, day) if d.staff_name == staff)


def _last_event(world) -> dict:
    with world.ctx.store.read() as session:
        row = session.exec(select(OutboxEvent).order_by(OutboxEvent.seq.desc())).first()
        return json.loads(row.payload)


def test_assign_puts_someone_on_duty_by_hand(planned):
    w = planned
    done = w.schedule.duties.assign(DESK, MONDAY, w.posts["后勤管理"], w.shifts["上午班"], w.staff["王五"], "补位")
    assert (done.value.source, done.value.staff_name, done.value.reason) == ("manual", "王五", "补位")
    assert [d.post_name for d in w.schedule.duties.duties_between(MONDAY, MONDAY, staff_id=w.staff["王五"])] == ["后勤管理"]
    assert [d.staff_name for d in w.schedule.duties.duties_between(MONDAY, MONDAY, post_id=w.posts["后勤管理"])] == ["王五"]
    event = _last_event(w)
    assert event["day"] == "2026-09-07" and {d["staff"] for d in event["duties"]} == {"张三", "李四", "王五"}


@pytest.mark.parametrize("case,word", [
    ("overlap", "already on duty at 咨询接待 08:30–12:00"),
    ("leave", "on leave (年假)"),
    ("gone", "does not work at the center"),
    ("past", "already started"),
    ("post", "post is no longer in use"),
])
def test_assign_refusals_change_nothing(planned, frozen, case, word):
    w = planned
    staff, day = w.staff["张三"], MONDAY
    if case == "leave":
        w.schedule.duties.add_leave(DESK, w.staff["王五"], "年假", MONDAY, TUESDAY)
        staff = w.staff["王五"]
    if case == "gone":
        staff = w.add_staff("钱七", active_from=date(2026, 10, 1))
    if case == "past":
        frozen.move_to(datetime(2026, 9, 7, 1, 0, tzinfo=UTC))  # 09:00 on Monday
        staff = w.staff["王五"]
    if case == "post":
        with w.ctx.store.write() as session:
            post = session.get(Post, w.posts["后勤管理"])
            post.active = False
            session.add(post)
    before = w.counts()
    with pytest.raises(Refusal) as refused:
        w.schedule.duties.assign(DESK, day, w.posts["后勤管理"], w.shifts["上午班"], staff)
    assert word in refused.value.message
    assert w.counts() == before


def test_a_cover_keeps_who_was_planned(planned):
    w = planned
    duty = _duty(w, MONDAY, "张三")
    first = w.schedule.duties.replace(DESK, duty.id, w.staff["李四"], "张三外出开会").value
    assert (first.source, first.staff_name, first.original_staff_name) == ("cover", "李四", "张三")
    second = w.schedule.duties.replace(DESK, duty.id, w.staff["王五"], "李四也有事").value
    assert (second.staff_name, second.original_staff_name) == ("王五", "张三")  # the first plan is kept
    with pytest.raises(Refusal):
        w.schedule.duties.replace(DESK, duty.id, w.staff["赵六"], "")  # a reason is required


def test_two_people_swap_their_duties(planned):
    w = planned
    morning, afternoon = _duty(w, MONDAY, "张三"), _duty(w, TUESDAY, "李四")
    a, b = w.schedule.duties.swap(DESK, morning.id, afternoon.id, "李四周一要去社区").value
    assert (a.day, a.staff_name, a.source, a.original_staff_name) == (MONDAY, "李四", "swap", "张三")
    assert (b.day, b.staff_name, b.source, b.original_staff_name) == (TUESDAY, "张三", "swap", "李四")
    with w.ctx.store.read() as session:
        audit = session.exec(select(AuditEntry).where(AuditEntry.action == "roster.swap")).one()
    assert audit.detail == "李四周一要去社区" and audit.username == "desk1"
    with w.ctx.store.read() as session:
        days = [json.loads(e.payload)["day"] for e in session.exec(select(OutboxEvent).order_by(OutboxEvent.seq))]
    assert sorted(days[-2:]) == ["2026-09-07", "2026-09-08"]


def test_a_swap_that_would_put_someone_in_two_places_is_refused(planned):
    w = planned
    # 王五 works Monday morning and Tuesday afternoon at logistics. Swapping his Tuesday for
    # 张三's Monday morning would put him at reception and at logistics at once.
    w.schedule.duties.assign(DESK, MONDAY, w.posts["后勤管理"], w.shifts["上午班"], w.staff["王五"])
    tuesday = w.schedule.duties.assign(DESK, TUESDAY, w.posts["后勤管理"], w.shifts["下午班"], w.staff["王五"])
    before = w.counts()
    with pytest.raises(Refusal) as refused:
        w.schedule.duties.swap(DESK, tuesday.value.id, _duty(w, MONDAY, "张三").id, "互换")
    assert "王五 is already on duty at 后勤管理 08:30–12:00 on 2026-09-07" in refused.value.message
    with pytest.raises(Refusal) as no_reason:
        w.schedule.duties.swap(DESK, _duty(w, MONDAY, "张三").id, _duty(w, TUESDAY, "李四").id, " ")
    assert "Reason" in no_reason.value.message
    with pytest.raises(Refusal):
        w.schedule.duties.swap(DESK, _duty(w, MONDAY, "张三").id, _duty(w, TUESDAY, "张三").id, "同一人")
    assert w.counts() == before


def test_remove_leaves_a_tombstone(planned):
    w = planned
    duty = _duty(w, MONDAY, "张三")
    w.schedule.duties.remove(DESK, duty.id, "临时闭馆")
    assert [d.staff_name for d in w.schedule.duties.duties_between(MONDAY, MONDAY)] == ["李四"]
    assert [r.removed for r in w.duty_rows() if r.id == duty.id] == [True]
    with pytest.raises(Refusal):
        w.schedule.duties.remove(DESK, duty.id, "again")


def test_leave_lists_the_duties_to_reassign_and_refuses_overlaps(planned):
    w = planned
    result = w.schedule.duties.add_leave(DESK, w.staff["张三"], "病假", MONDAY, TUESDAY, "发烧").value
    assert [(d.day, d.shift_name) for d in result.duties] == [(MONDAY, "上午班"), (TUESDAY, "上午班")]
    before = w.counts()
    with pytest.raises(Refusal) as overlap:
        w.schedule.duties.add_leave(DESK, w.staff["张三"], "事假", TUESDAY, date(2026, 9, 9))
    assert "already has leave (病假) from 2026-09-07 to 2026-09-08" in overlap.value.message
    with pytest.raises(Refusal) as backwards:
        w.schedule.duties.add_leave(DESK, w.staff["李四"], "事假", TUESDAY, MONDAY)
    assert "before it starts" in backwards.value.message
    assert w.counts() == before
    assert [(l.staff_name, l.kind) for l in w.schedule.duties.leaves_between(TUESDAY, TUESDAY)] == [("张三", "病假")]
    w.schedule.duties.cancel_leave(DESK, result.leave.id)
    assert w.schedule.duties.leaves_between(MONDAY, TUESDAY) == []
    w.schedule.duties.add_leave(DESK, w.staff["张三"], "事假", TUESDAY, date(2026, 9, 9))  # allowed now
