"""Shift templates and rotations: what an administrator may save, and what is refused."""

from __future__ import annotations

from datetime import date

import pytest

from desk.errors import NotAllowed, Refusal
from desk.roster.shifts import RotationForm, ShiftForm

from roster_world import ADMIN, DESK


def test_shifts_are_listed_and_an_overnight_shift_is_allowed(world):
    shifts = world.schedule.shifts
    night = shifts.save_shift(ADMIN, ShiftForm("夜间值守", "22:00", "06:00")).value
    assert night.overnight
    assert [s.name for s in shifts.shifts()] == ["上午班", "下午班", "夜间值守"]
    shifts.deactivate_shift(ADMIN, night.id)
    assert [s.name for s in shifts.shifts(include_inactive=False)] == ["上午班", "下午班"]


@pytest.mark.parametrize("start,end,word", [("08:30", "08:30", "another time"), ("8:30", "12:00", "08:30"),
                                            ("06:00", "23:00", "16 hours"), ("24:00", "08:00", "24:00")])
def test_impossible_shifts_are_refused(world, start, end, word):
    before = world.counts()
    with pytest.raises(Refusal) as refused:
        world.schedule.shifts.save_shift(ADMIN, ShiftForm("长班", start, end))
    assert word in refused.value.message
    assert world.counts() == before and len(world.schedule.shifts.shifts()) == 2


def test_a_duplicate_shift_name_and_a_receptionist_are_refused(world):
    with pytest.raises(Refusal):
        world.schedule.shifts.save_shift(ADMIN, ShiftForm("上午班", "09:00", "12:00"))
    with pytest.raises(NotAllowed):
        world.schedule.shifts.save_shift(DESK, ShiftForm("晚间班", "18:00", "21:00"))


def test_a_rotation_is_saved_with_its_slots_and_edited(world):
    rotation_id = world.rotation("咨询上午", "咨询接待", "上午班", [(0, 0, "张三"), (1, 0, "李四"), (0, 7, "王五")],
                                 weeks=2)
    [info] = world.schedule.shifts.rotations()
    assert (info.post_name, info.shift_name, info.weeks) == ("咨询接待", "上午班", 2)
    assert [(s.week, s.weekday, s.staff_name) for s in info.slots] == [(0, 0, "张三"), (0, 7, "王五"),
                                                                        (1, 0, "李四")]
    edited = RotationForm("咨询上午", world.posts["咨询接待"], world.shifts["上午班"], 1, date(2026, 8, 31),
                          ((0, 1, world.staff["赵六"]),), id=rotation_id)
    world.schedule.shifts.save_rotation(ADMIN, edited)
    [info] = world.schedule.shifts.rotations()
    assert [(s.week, s.weekday, s.staff_name) for s in info.slots] == [(0, 1, "赵六")]
    world.schedule.shifts.deactivate_rotation(ADMIN, rotation_id)
    assert world.schedule.shifts.rotations(include_inactive=False) == []


@pytest.mark.parametrize("change,word", [
    ({"slots": ()}, "has nobody in it"),
    ({"anchor": date(2026, 9, 1)}, "Monday"),
    ({"weeks": 13}, "1 to 12"),
    ({"weeks": 0}, "1 to 12"),
    ({"slots": ((2, 0, 1),)}, "week 3"),
    ({"slots": ((0, 8, 1),)}, "statutory holiday"),
    ({"slots": ((0, 0, 999),)}, "no longer in the staff list"),
])
def test_bad_rotations_are_refused_and_nothing_is_saved(world, change, word):
    form = dict(name="咨询上午", post_id=world.posts["咨询接待"], shift_id=world.shifts["上午班"], weeks=2,
                anchor=date(2026, 8, 31), slots=((0, 0, world.staff["张三"]),))
    form.update(change)
    before = world.counts()
    with pytest.raises(Refusal) as refused:
        world.schedule.shifts.save_rotation(ADMIN, RotationForm(**form))
    assert word in refused.value.message
    assert world.schedule.shifts.rotations() == [] and world.counts() == before


def test_a_rotation_needs_an_active_shift(world):
    world.schedule.shifts.deactivate_shift(ADMIN, world.shifts["上午班"])
    with pytest.raises(Refusal) as refused:
        world.rotation("咨询上午", "咨询接待", "上午班", [(0, 0, "张三")])
    assert "active shift" in refused.value.message
