"""Administering rooms: facts, limits, approvers, photo, retiring with bookings to come."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from rooms_world import ADMIN, APPROVER, DESK1, book, desk, frozen, make_room, rooms_template  # noqa: F401

from desk.errors import NotAllowed, Refusal
from desk.rooms.rooms import RoomForm


def test_create_and_update_a_room(desk) -> None:
    made = desk.rooms.create(ADMIN, RoomForm(name=" 书画室 ", capacity=16, kind="活动室", equipment="书法桌、毛毡",
                                             setup_minutes=10, cleanup_minutes=20, approver_ids=(APPROVER.user_id,)))
    room = made.value
    assert (room.name, room.capacity, room.setup_minutes, room.approver_ids) == ("书画室", 16, 10, (3,))
    assert room.hours is None and made.changes.touches("rooms")
    updated = desk.rooms.update(ADMIN, room.id, RoomForm(name="书画室", capacity=20, approver_ids=())).value
    assert updated.capacity == 20 and updated.approver_ids == ()
    assert [r.name for r in desk.rooms.rooms()] == ["书画室"]


@pytest.mark.parametrize("form, message", [
    (RoomForm(name="", capacity=10), "Room name is required"),
    (RoomForm(name="大厅", capacity=0), "Capacity must be a whole number from 1"),
    (RoomForm(name="大厅", capacity=10, setup_minutes=241), "Setup minutes must be a whole number from 0 to 240"),
    (RoomForm(name="大厅", capacity=10, cleanup_minutes=-1), "Cleanup minutes"),
    (RoomForm(name="大厅", capacity=10, no_show_minutes=721), "No-show minutes"),
    (RoomForm(name="大厅", capacity=10, approver_ids=(99,)), "no longer an account"),
])
def test_bad_room_facts_are_refused(desk, form, message) -> None:
    with pytest.raises(Refusal, match=message):
        desk.rooms.create(ADMIN, form)
    assert desk.rooms.rooms(include_retired=True) == []


def test_names_are_unique_and_only_administrators_edit_rooms(desk) -> None:
    make_room(desk, "棋牌室")
    with pytest.raises(Refusal, match="already a room called 棋牌室"):
        make_room(desk, "棋牌室")
    with pytest.raises(NotAllowed):
        desk.rooms.create(DESK1, RoomForm(name="图书室", capacity=10))


def test_a_photo_is_shrunk_to_a_small_jpeg(desk) -> None:
    room = make_room(desk)
    picture = io.BytesIO()
    Image.new("RGB", (1600, 1200), "red").save(picture, format="PNG")
    assert desk.rooms.set_photo(ADMIN, room, picture.getvalue()).value.has_photo
    with Image.open(io.BytesIO(desk.rooms.photo(room))) as stored:
        assert stored.format == "JPEG" and max(stored.size) == 320
    with pytest.raises(Refusal, match="not a picture"):
        desk.rooms.set_photo(ADMIN, room, b"not an image")
    assert not desk.rooms.set_photo(ADMIN, room, None).value.has_photo


def test_retiring_a_room_with_bookings_to_come_lists_them_first(desk) -> None:
    room = make_room(desk)
    first = book(desk, room, 1, "09:00", "10:00", title="党课", contact_name="周五", contact_phone="13600001234")
    book(desk, room, 2, "09:00", "10:00", title="书法班")
    assert [b.title for b in desk.rooms.future_bookings(room)] == ["党课", "书法班"]
    with pytest.raises(Refusal, match="still has 2 bookings to come \\(the first: 党课, 2026-11-17 09:00–10:00\\)"):
        desk.rooms.retire(ADMIN, room, "改作仓库")
    assert desk.rooms.get(room).active
    result = desk.rooms.retire(ADMIN, room, "改作仓库", cancel_bookings=True).value
    assert not result.room.active
    assert [(b.id, b.contact_phone) for b in result.cancelled][0] == (first.id, "13600001234")
    assert desk.bookings.get(first.id).state == "cancelled"
    assert desk.rooms.rooms() == [] and len(desk.rooms.rooms(include_retired=True)) == 1
    assert desk.rooms.reactivate(ADMIN, room).value.active
