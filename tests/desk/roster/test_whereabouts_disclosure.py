"""Whereabouts and what the three disclosures show: who residents should see right now."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from sqlmodel import select

from db.tables import Duty, OutboxEvent, Shift, WhereaboutsLog
from desk.errors import NotAllowed, Refusal
from desk.roster.posts import PostForm
from desk.roster.staff import StaffForm

# Saturday 2026-11-21, 10:00 in Shanghai.
MORNING = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)


@pytest.fixture
def people(center_ctx, admin):
    with time_machine.travel(MORNING, tick=False):
        wang = center_ctx.staff.create(admin, StaffForm("王芳", public_phone="010-88886666",
                                                        private_phone="13912345678")).value
        li = center_ctx.staff.create(admin, StaffForm("李强", public_phone="13800001111")).value
        zhao = center_ctx.staff.create(admin, StaffForm("赵敏", kind="volunteer",
                                                        active_from=date(2026, 1, 1))).value
        post = center_ctx.posts.create(admin, PostForm("咨询接待", location="一楼大厅", holder_id=wang.id,
                                                       backup_id=li.id, cover_ids=(zhao.id,))).value
    return wang, li, zhao, post


def _status(ctx, label):
    return next(s for s in ctx.whereabouts.statuses() if s.label == label)


def test_everyone_starts_at_their_post_and_the_holder_serves(center_ctx, people):
    wang, li, _zhao, post = people
    with time_machine.travel(MORNING, tick=False):
        board = center_ctx.whereabouts.board()
        snapshot = center_ctx.disclosure.snapshot()
    assert [(w.staff_name, w.label) for w in board] == [("王芳", "在岗"), ("李强", "在岗"), ("赵敏", "在岗")]
    (post_now,) = snapshot.posts
    assert post_now.serving.name == "王芳" and post_now.referral is None
    assert snapshot.supervision_phone == "010-12345678"


def test_holder_out_refers_residents_to_the_backup(center_ctx, receptionist, people):
    wang, li, _zhao, _post = people
    with time_machine.travel(MORNING, tick=False):
        back_at = MORNING + timedelta(minutes=90)
        center_ctx.whereabouts.set(receptionist, wang.id, _status(center_ctx, "外出办事").id,
                                   destination="街道办", expected_return=back_at)
        (post_now,) = center_ctx.disclosure.snapshot().posts
    assert post_now.referral is not None
    assert post_now.referral.absent.name == "王芳" and post_now.referral.absent.destination == "街道办"
    assert post_now.referral.see.name == "李强"
    assert post_now.serving.public_phone == "138 0000 1111"  # written as people read it


def test_when_a_and_b_are_out_a_cover_serves_and_then_nobody(center_ctx, receptionist, people):
    wang, li, zhao, _post = people
    meeting = _status(center_ctx, "开会").id
    with time_machine.travel(MORNING, tick=False):
        center_ctx.whereabouts.set(receptionist, wang.id, meeting)
        center_ctx.whereabouts.set(receptionist, li.id, meeting)
        assert center_ctx.disclosure.snapshot().posts[0].serving.name == "赵敏"
        center_ctx.whereabouts.set(receptionist, zhao.id, _status(center_ctx, "休息").id)
        (post_now,) = center_ctx.disclosure.snapshot().posts
    assert post_now.serving is None and post_now.referral.see is None


def test_the_rostered_person_comes_before_the_holder(center_ctx, admin, people):
    wang, li, _zhao, post = people
    with time_machine.travel(MORNING, tick=False):
        with center_ctx.store.write() as session:
            shift = Shift(name="周末班", start="09:00", end="12:00")
            session.add(shift)
            session.flush()
            session.add(Duty(day=date(2026, 11, 21), post_id=post.id, shift_id=shift.id, staff_id=li.id,
                             starts_at=datetime(2026, 11, 21, 1, 0, tzinfo=UTC),
                             ends_at=datetime(2026, 11, 21, 4, 0, tzinfo=UTC), updated_at=MORNING))
        (post_now,) = center_ctx.disclosure.snapshot().posts
        assert [p.name for p in post_now.on_duty] == ["李强"] and post_now.serving.name == "李强"
        sheet = center_ctx.disclosure.day_sheet(date(2026, 11, 21))
    (post_day,) = sheet.posts
    assert [(d.shift, d.start, d.end, d.person.name) for d in post_day.duties] == [("周末班", "09:00", "12:00", "李强")]
    assert sheet.whereabouts_known
    # At noon the shift is over and the holder is the one to see again.
    with time_machine.travel(MORNING + timedelta(hours=2, minutes=1), tick=False):
        (post_now,) = center_ctx.disclosure.snapshot().posts
    assert post_now.on_duty == () and post_now.serving.name == "王芳"


def test_a_passed_return_time_is_flagged_stale(center_ctx, receptionist, people):
    wang, *_ = people
    with time_machine.travel(MORNING, tick=False):
        center_ctx.whereabouts.set(receptionist, wang.id, _status(center_ctx, "下社区").id,
                                   expected_return=MORNING + timedelta(minutes=30))
    stale_minutes = center_ctx.center.settings()["whereabouts_stale_minutes"]
    with time_machine.travel(MORNING + timedelta(minutes=30 + stale_minutes - 1), tick=False):
        assert not center_ctx.whereabouts.get(wang.id).stale
    with time_machine.travel(MORNING + timedelta(minutes=30 + stale_minutes), tick=False):
        assert center_ctx.whereabouts.get(wang.id).stale


def test_bad_return_times_are_refused_and_change_nothing(center_ctx, receptionist, people):
    wang, *_ = people
    away = _status(center_ctx, "外出办事").id
    with time_machine.travel(MORNING, tick=False):
        with pytest.raises(Refusal, match="already passed"):
            center_ctx.whereabouts.set(receptionist, wang.id, away, expected_return=MORNING - timedelta(minutes=1))
        with pytest.raises(Refusal, match="more than a month"):
            center_ctx.whereabouts.set(receptionist, wang.id, away, expected_return=MORNING + timedelta(days=40))
        with pytest.raises(Refusal, match="control character"):
            center_ctx.whereabouts.set(receptionist, wang.id, away, destination="街道\x07办")
        assert center_ctx.whereabouts.get(wang.id).label == "在岗"
    assert center_ctx.whereabouts.history(date(2026, 11, 21)) == []


def test_history_keeps_every_change_with_who_made_it(center_ctx, receptionist, people):
    wang, *_ = people
    with time_machine.travel(MORNING, tick=False):
        center_ctx.whereabouts.set(receptionist, wang.id, _status(center_ctx, "开会").id)
    with time_machine.travel(MORNING + timedelta(hours=1), tick=False):
        center_ctx.whereabouts.back(receptionist, wang.id)
        history = center_ctx.whereabouts.history(date(2026, 11, 21))
    assert [(h.label, h.by) for h in history] == [("开会", "desk1"), ("在岗", "desk1")]
    # The next local day starts at 16:00 UTC: its history is empty.
    assert center_ctx.whereabouts.history(date(2026, 11, 22)) == []


def test_a_status_that_is_not_away_drops_destination_and_return(center_ctx, receptionist, people):
    wang, *_ = people
    with time_machine.travel(MORNING, tick=False):
        info = center_ctx.whereabouts.set(receptionist, wang.id, _status(center_ctx, "请假").id,
                                          destination="家", expected_return=MORNING + timedelta(hours=2)).value
    assert info.destination == "" and info.expected_return is None and not info.stale


def test_whereabouts_events_are_queued_for_the_hub_without_private_phones(center_ctx, receptionist, people):
    wang, *_ = people
    with time_machine.travel(MORNING, tick=False):
        center_ctx.whereabouts.set(receptionist, wang.id, _status(center_ctx, "开会").id)
    with center_ctx.store.read() as session:
        events = session.exec(select(OutboxEvent).order_by(OutboxEvent.seq)).all()
    kinds = [e.kind for e in events]
    assert "roster.whereabouts" in kinds and "roster.staff" in kinds and "roster.post" in kinds
    assert all("13912345678" not in e.payload for e in events)
    last = json.loads(events[-1].payload)
    assert last["status"] == "开会" and last["name"] == "王芳"


def test_status_list_is_administered_by_administrators_only(center_ctx, admin, receptionist):
    with pytest.raises(NotAllowed):
        center_ctx.whereabouts.save_status(receptionist, None, "值班", present=True, away=False)
    added = center_ctx.whereabouts.save_status(admin, None, "值班", present=True, away=False).value
    assert added.label == "值班" and added.sort_order == 8
    with pytest.raises(Refusal, match="already a status"):
        center_ctx.whereabouts.save_status(admin, None, "开会", present=False, away=True)
    with pytest.raises(Refusal, match="both"):
        center_ctx.whereabouts.save_status(admin, added.id, "值班", present=True, away=True)
    center_ctx.whereabouts.set_status_active(admin, added.id, False)
    assert "值班" not in [s.label for s in center_ctx.whereabouts.statuses()]


def test_the_last_present_status_cannot_be_retired(center_ctx, admin):
    present = [s for s in center_ctx.whereabouts.statuses() if s.present]
    assert [s.label for s in present] == ["在岗"]
    with pytest.raises(Refusal, match="at the post"):
        center_ctx.whereabouts.set_status_active(admin, present[0].id, False)


def test_former_staff_leave_the_board_but_stay_on_old_sheets(center_ctx, admin, people):
    wang, li, zhao, post = people
    with time_machine.travel(MORNING, tick=False):
        center_ctx.staff.update(admin, zhao.id, StaffForm("赵敏", kind="volunteer",
                                                          active_from=zhao.active_from,
                                                          active_until=date(2026, 11, 20)))
        names = [w.staff_name for w in center_ctx.whereabouts.board()]
    assert "赵敏" not in names
    with time_machine.travel(MORNING, tick=False):
        earlier = center_ctx.disclosure.day_sheet(date(2026, 11, 20))
    assert "赵敏" in [p.name for p in earlier.people] and not earlier.whereabouts_known


def test_change_mark_grows_with_every_committed_change(center_ctx, receptionist, people):
    wang, *_ = people
    before = center_ctx.disclosure.change_mark()
    with time_machine.travel(MORNING, tick=False):
        center_ctx.whereabouts.set(receptionist, wang.id, _status(center_ctx, "开会").id)
    assert center_ctx.disclosure.change_mark() > before
    with center_ctx.store.read() as session:
        assert len(session.exec(select(WhereaboutsLog)).all()) == 1


@pytest.mark.parametrize(("stored", "shown"), [
    ("01012345678", "010-12345678"),  # Beijing: three-digit area code
    ("02188886666", "021-88886666"),
    ("057188886666", "0571-88886666"),
    ("13800001111", "138 0000 1111"),
    ("88886666", "88886666"),  # no area code: as stored
    ("", ""),
])
def test_public_phones_are_shown_as_people_write_them(stored, shown):
    from desk.text import format_phone

    assert format_phone(stored) == shown
