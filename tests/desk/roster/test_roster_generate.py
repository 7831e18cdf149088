"""Generating the roster from rotations: holidays, make-up days, cycles, only the future,
and hand edits that regeneration keeps."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from sqlmodel import select

from db.tables import AuditEntry, OutboxEvent
from desk.errors import Refusal
from desk.roster.shifts import RotationForm

from roster_world import ADMIN, DESK

WEEKDAYS = [(0, d, "张三") for d in range(5)]


def _events(world) -> list[dict]:
    with world.ctx.store.read() as session:
        rows = session.exec(select(OutboxEvent).where(OutboxEvent.kind == "roster.day").order_by(OutboxEvent.seq))
        return [json.loads(row.payload) for row in rows]


def test_national_day_is_skipped_and_the_make_up_saturday_is_worked(world):
    world.rotation("咨询上午", "咨询接待", "上午班", WEEKDAYS)
    report = world.schedule.generator.generate(ADMIN, date(2026, 9, 28), date(2026, 10, 11)).value
    days = [d.day for d in world.schedule.duties.duties_between(date(2026, 9, 28), date(2026, 10, 11))]
    assert days == [date(2026, 9, 28), date(2026, 9, 29), date(2026, 9, 30), date(2026, 10, 8),
                    date(2026, 10, 9), date(2026, 10, 10)]
    assert report.created == 6 and report.changed_days == tuple(days)
    [duty] = world.schedule.duties.duties_between(date(2026, 10, 10), date(2026, 10, 10))
    assert (duty.staff_name, duty.start, duty.end, duty.source) == ("张三", "08:30", "12:00", "auto")
    assert duty.starts_at == datetime(2026, 10, 10, 0, 30, tzinfo=UTC)  # 08:30 in Beijing
    events = _events(world)
    assert [e["day"] for e in events] == [d.isoformat() for d in days]
    assert events[0]["duties"] == [{"post": "咨询接待", "shift": "上午班", "staff": "张三",
                                    "start": "2026-09-28T00:30:00+00:00", "end": "2026-09-28T04:00:00+00:00"}]
    assert "13900000000" not in json.dumps(events)  # private phones never leave the PC
    with world.ctx.store.read() as session:
        audits = session.exec(select(AuditEntry).where(AuditEntry.action == "roster.generate")).all()
    assert len(audits) == 1 and json.loads(audits[0].after)["created"] == 6


def test_holiday_slots_and_a_two_week_cycle(world):
    world.rotation("后勤", "后勤管理", "下午班", [(0, 0, "王五"), (1, 0, "赵六"), (0, 7, "李四"), (1, 7, "李四")],
                   weeks=2, anchor=date(2026, 9, 7))
    world.schedule.generator.generate(ADMIN, date(2026, 9, 1), date(2026, 10, 2))
    duties = world.schedule.duties.duties_between(date(2026, 9, 1), date(2026, 10, 2))
    got = [(d.day, d.staff_name) for d in duties]
    # 9-7 is week 0 (the anchor). Sunday 9-20 is a make-up working day, worked as the Monday
    # of its week (week 1); 9-25..27 (中秋节) and 10-1.. (国庆节) use the holiday slots.
    assert got == [(date(2026, 9, 7), "王五"), (date(2026, 9, 14), "赵六"), (date(2026, 9, 20), "赵六"),
                   (date(2026, 9, 21), "王五"), (date(2026, 9, 25), "李四"), (date(2026, 9, 26), "李四"),
                   (date(2026, 9, 27), "李四"), (date(2026, 9, 28), "赵六"), (date(2026, 10, 1), "李四"),
                   (date(2026, 10, 2), "李四")]


def test_an_overnight_shift_across_the_new_year(world):
    world.add_shift("夜间值守", "22:00", "06:00")
    world.rotation("夜班", "后勤管理", "夜间值守", [(0, d, "赵六") for d in range(8)])
    world.schedule.calendar.set_day(ADMIN, date(2027, 1, 1), "holiday", "元旦")
    world.schedule.generator.generate(ADMIN, date(2026, 12, 31), date(2027, 1, 1))
    duties = world.schedule.duties.duties_between(date(2026, 12, 31), date(2027, 1, 1))
    assert [d.day for d in duties] == [date(2026, 12, 31), date(2027, 1, 1)]
    assert duties[0].starts_at == datetime(2026, 12, 31, 14, 0, tzinfo=UTC)
    assert duties[0].ends_at == datetime(2026, 12, 31, 22, 0, tzinfo=UTC)  # 06:00 on 1 January
    assert (duties[0].start, duties[0].end) == ("22:00", "06:00")


def test_people_on_leave_or_gone_are_skipped_with_a_reason(world):
    world.add_staff("钱七", active_until=date(2026, 9, 15))
    world.rotation("咨询上午", "咨询接待", "上午班", [(0, 0, "张三"), (0, 0, "钱七")])
    world.schedule.duties.add_leave(DESK, world.staff["张三"], "病假", date(2026, 9, 7), date(2026, 9, 7))
    report = world.schedule.generator.generate(ADMIN, date(2026, 9, 7), date(2026, 9, 21)).value
    texts = [s.text() for s in report.skipped]
    assert texts == ["张三 is on leave (病假) on 2026-09-07.", "钱七 does not work at the center on 2026-09-20.",
                     "钱七 does not work at the center on 2026-09-21."]
    got = [(d.day, d.staff_name) for d in world.schedule.duties.duties_between(date(2026, 9, 7), date(2026, 9, 21))]
    assert got == [(date(2026, 9, 7), "钱七"), (date(2026, 9, 14), "张三"), (date(2026, 9, 14), "钱七"),
                   (date(2026, 9, 20), "张三"), (date(2026, 9, 21), "张三")]


@pytest.mark.parametrize("start,end,word", [(date(2026, 10, 2), date(2026, 10, 1), "before the first"),
                                            (date(2026, 1, 1), date(2027, 2, 5), "at most 400 days")])
def test_bad_ranges_are_refused_and_change_nothing(world, start, end, word):
    world.rotation("咨询上午", "咨询接待", "上午班", WEEKDAYS)
    before = world.counts()
    with pytest.raises(Refusal) as refused:
        world.schedule.generator.generate(ADMIN, start, end)
    assert word in refused.value.message and world.counts() == before


def test_regeneration_changes_only_the_future_and_keeps_hand_edits(world, frozen):
    schedule, duties = world.schedule, world.schedule.duties
    rotation_id = world.rotation("咨询上午", "咨询接待", "上午班", WEEKDAYS)
    schedule.generator.generate(ADMIN, date(2026, 9, 1), date(2026, 9, 11))
    by_day = {d.day: d for d in duties.duties_between(date(2026, 9, 1), date(2026, 9, 11))}
    duties.replace(DESK, by_day[date(2026, 9, 8)].id, world.staff["李四"], "张三外出开会")
    duties.remove(DESK, by_day[date(2026, 9, 9)].id, "中心临时闭馆")
    duties.assign(DESK, date(2026, 9, 10), world.posts["咨询接待"], world.shifts["上午班"], world.staff["王五"])

    frozen.move_to(datetime(2026, 9, 2, 1, 0, tzinfo=UTC))  # 09:00 on 2 September: 1 and 2 Sep are past
    schedule.shifts.save_rotation(ADMIN, RotationForm("咨询上午", world.posts["咨询接待"], world.shifts["上午班"],
                                                      1, date(2026, 8, 31), tuple((0, d, world.staff["赵六"])
                                                                                  for d in range(5)),
                                                      id=rotation_id))
    events_before = len(_events(world))
    report = schedule.generator.generate(ADMIN, date(2026, 9, 1), date(2026, 9, 11)).value
    got = [(d.day.day, d.staff_name, d.source) for d in duties.duties_between(date(2026, 9, 1), date(2026, 9, 11))]
    assert got == [(1, "张三", "auto"), (2, "张三", "auto"),  # the past stays as it was
                   (3, "赵六", "auto"), (4, "赵六", "auto"), (7, "赵六", "auto"),
                   (8, "李四", "cover"),  # the cover stays, the tombstone of the 9th stays removed
                   (10, "张三", "auto"), (10, "王五", "manual"),  # a hand-edited slot is left whole
                   (11, "赵六", "auto")]
    assert [(k.day.day, k.post, k.shift) for k in report.kept] == [(8, "咨询接待", "上午班"), (9, "咨询接待", "上午班"),
                                                                   (10, "咨询接待", "上午班")]
    assert report.changed_days == (date(2026, 9, 3), date(2026, 9, 4), date(2026, 9, 7), date(2026, 9, 11))
    assert len(_events(world)) == events_before + 4

    again = schedule.generator.generate(ADMIN, date(2026, 9, 1), date(2026, 9, 11)).value
    assert (again.created, again.deleted, again.changed_days) == (0, 0, ())
    assert len(_events(world)) == events_before + 4


def test_a_deactivated_rotation_takes_its_future_duties_away(world):
    rotation_id = world.rotation("咨询上午", "咨询接待", "上午班", WEEKDAYS)
    world.schedule.generator.generate(ADMIN, date(2026, 9, 7), date(2026, 9, 13))
    world.schedule.shifts.deactivate_rotation(ADMIN, rotation_id)
    report = world.schedule.generator.generate(ADMIN, date(2026, 9, 7), date(2026, 9, 13)).value
    assert report.deleted == 5
    assert world.schedule.duties.duties_between(date(2026, 9, 7), date(2026, 9, 13)) == []
    assert _events(world)[-1] == {"day": "2026-09-11", "duties": []}


def test_a_large_year_is_generated_quickly(world):
    for number in range(12):
        world.add_staff(f"员工{number}")
    names = [f"员工{n}" for n in range(12)]
    for index, (post, shift) in enumerate([("咨询接待", "上午班"), ("咨询接待", "下午班"), ("后勤管理", "上午班")]):
        world.rotation(f"r{index}", post, shift, [(w, d, names[(w * 8 + d + index * 3) % 12])
                                                  for w in range(4) for d in range(8)], weeks=4)
    with time_machine.travel(datetime(2026, 9, 1, tzinfo=UTC), tick=True):
        started = datetime.now(UTC)
        report = world.schedule.generator.generate(ADMIN, date(2026, 9, 2), date(2027, 9, 1)).value
        elapsed = datetime.now(UTC) - started
    assert report.created == 3 * 365
    assert elapsed < timedelta(seconds=2)
