"""Finding the activity of a scanned sign-up pass (the door opens at the right activity)."""

from __future__ import annotations

import time_machine

from activity_world import MONDAY_0900, activity, add_visitor, forge, resident_pass, sign_up
from desk.rooms.activity_lookup import activity_of_pass


@time_machine.travel(MONDAY_0900, tick=False)
def test_a_sign_up_pass_names_its_activity_even_as_a_scanner_types_it(center_ctx, admin, receptionist) -> None:
    first = activity(center_ctx, receptionist, title="书法班", start="10:00")
    second = activity(center_ctx, receptionist, title="红色影院", start="14:00", end="16:00")
    row = sign_up(center_ctx, receptionist, second.id, "张小明", phone="13812345678").signup
    payload = center_ctx.activities.signups.issue_pass(receptionist, row.id).value.payload
    store = center_ctx.store
    assert activity_of_pass(store, payload) == second.id
    # A keyboard-wedge scanner with Caps Lock and a trailing Enter: still the same pass.
    assert activity_of_pass(store, payload.lower() + "\r\n") == second.id
    assert activity_of_pass(store, payload) != first.id


@time_machine.travel(MONDAY_0900, tick=False)
def test_a_pass_issued_again_moves_to_the_new_serial(center_ctx, receptionist) -> None:
    act = activity(center_ctx, receptionist)
    row = sign_up(center_ctx, receptionist, act.id, "李四").signup
    signups = center_ctx.activities.signups
    old = signups.issue_pass(receptionist, row.id).value.payload
    new = signups.issue_pass(receptionist, row.id).value.payload
    assert activity_of_pass(center_ctx.store, new) == act.id
    assert activity_of_pass(center_ctx.store, old) is None  # withdrawn: no sign-up holds it now


@time_machine.travel(MONDAY_0900, tick=False)
def test_other_texts_name_no_activity(center_ctx, admin, receptionist) -> None:
    act = activity(center_ctx, receptionist)
    visitor_id = add_visitor(center_ctx, "王小明", "13700001234")
    sign_up(center_ctx, receptionist, act.id, "王小明", phone="13700001234")
    store = center_ctx.store
    assert activity_of_pass(store, resident_pass(center_ctx, admin, visitor_id)) is None  # a resident pass
    assert activity_of_pass(store, "hello") is None
    assert activity_of_pass(store, "") is None
    row = sign_up(center_ctx, receptionist, act.id, "赵六").signup
    payload = center_ctx.activities.signups.issue_pass(receptionist, row.id).value.payload
    # Form only: a forged signature still names the activity; the door refuses it when scanned.
    assert activity_of_pass(store, forge(payload)) == act.id
