"""Administering visit purposes: adding, editing, deactivating, reordering; what the walk-in
check then does; and every refusal leaving the purposes and the audit trail untouched."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlmodel import func, select

from db.tables import AuditEntry
from desk.errors import NotAllowed, NotFound, Refusal
from desk.visits.purpose_admin import make_code
from desk.visits.queries import VisitQuery
from desk.visits.service import WalkInForm, new_token

SEED_CODES = ["consult", "service", "activity", "room", "tour", "party_report", "other"]


def walk_in(ctx, actor, purpose: str, **fields):
    form = WalkInForm(token=new_token(), purpose_code=purpose, consent=True, **fields)
    return ctx.visits.check_in_walk_in(actor, form)


def purpose(ctx, code: str):
    return next(p for p in ctx.purposes.list() if p.code == code)


def audit(ctx, action: str) -> list[AuditEntry]:
    with ctx.store.read() as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.action == action)))


def state(ctx) -> tuple:
    with ctx.store.read() as session:
        audit_lines = session.exec(select(func.count()).select_from(AuditEntry)).one()
    return tuple(ctx.purposes.list()), audit_lines


def test_the_list_holds_the_seeded_purposes_in_order(center_ctx) -> None:
    purposes = center_ctx.purposes.list()
    assert [p.code for p in purposes] == SEED_CODES
    assert [p.sort_order for p in purposes] == list(range(7))
    assert all(p.active for p in purposes)


def test_creating_a_purpose_offers_it_last_on_the_form(center_ctx, admin) -> None:
    done = center_ctx.purposes.create(admin, label=" 送温暖 ", rules={
        "name": "required", "phone": "optional", "organisation": "hidden", "branch": "hidden"})
    created = done.value
    assert (created.code, created.label, created.active) == ("songwennuan", "送温暖", True)
    assert created.rules == {"name": "required", "phone": "optional", "organisation": "hidden",
                             "branch": "hidden"}
    assert done.changes.touches("purposes")
    assert [p.code for p in center_ctx.visits.purposes()] == [*SEED_CODES, "songwennuan"]
    [line] = audit(center_ctx, "purpose.create")
    assert json.loads(line.after)["label"] == "送温暖" and line.username == "admin"
    visit = walk_in(center_ctx, admin, "songwennuan", name="张三").value
    assert visit.purpose_label == "送温暖"


def test_codes_are_made_once_from_the_label_and_never_repeat(center_ctx, admin) -> None:
    assert make_code("参观", set()) == "canguan"
    assert make_code("Room booking!", set()) == "room_booking"
    assert make_code("其他", {"qita"}) == "qita_2"
    assert make_code("①②", {"custom_1"}) == "custom_2"
    first = center_ctx.purposes.create(admin, label="Other visit").value
    assert first.code == "other_visit"
    renamed = center_ctx.purposes.update(admin, first.id, label="VIP").value
    assert renamed.code == "other_visit"  # settings and statistics keep pointing at it
    assert center_ctx.purposes.create(admin, label="123").value.code == "custom_1"
    assert center_ctx.purposes.create(admin, label="456").value.code == "custom_2"


def test_editing_the_label_and_rules_is_audited_with_before_and_after(center_ctx, admin) -> None:
    tour = purpose(center_ctx, "tour")
    done = center_ctx.purposes.update(admin, tour.id, label="参观学习", rules={"organisation": "optional"})
    assert done.value.label == "参观学习"
    assert done.value.rules == {"name": "required", "phone": "required", "organisation": "optional",
                                "branch": "hidden"}
    [line] = audit(center_ctx, "purpose.update")
    assert json.loads(line.before)["label"] == "参观"
    assert json.loads(line.before)["rules"]["organisation"] == "required"
    assert json.loads(line.after)["rules"]["organisation"] == "optional"


def test_a_change_to_nothing_writes_nothing(center_ctx, admin) -> None:
    tour = purpose(center_ctx, "tour")
    before = state(center_ctx)
    done = center_ctx.purposes.update(admin, tour.id, label="参观", rules={"phone": "required"}, active=True)
    assert not done.changes
    assert state(center_ctx) == before


def test_hiding_the_phone_makes_a_walk_in_ignore_it(center_ctx, admin) -> None:
    service = purpose(center_ctx, "service")
    center_ctx.purposes.update(admin, service.id, rules={"phone": "hidden"})
    visit = walk_in(center_ctx, admin, "service", name="张三", phone="12345").value  # not even a phone
    assert visit.name == "张三" and visit.phone_masked == ""


def test_requiring_the_organisation_refuses_a_walk_in_without_it(center_ctx, admin) -> None:
    service = purpose(center_ctx, "service")
    center_ctx.purposes.update(admin, service.id, rules={"organisation": "required"})
    with pytest.raises(Refusal, match="Organisation is required"):
        walk_in(center_ctx, admin, "service", name="张三", phone="13812345678")
    assert center_ctx.visits.search(VisitQuery()) == []
    assert walk_in(center_ctx, admin, "service", name="张三", phone="13812345678",
                   organisation="幸福小学").value.organisation == "幸福小学"


def test_a_deactivated_purpose_leaves_the_form_but_not_the_log(center_ctx, admin) -> None:
    walk_in(center_ctx, admin, "activity", name="张三")
    activity = purpose(center_ctx, "activity")
    done = center_ctx.purposes.update(admin, activity.id, active=False)
    assert done.changes.touches("purposes") and not done.value.active
    assert "activity" not in [p.code for p in center_ctx.visits.purposes()]
    assert purpose(center_ctx, "activity").active is False  # still listed for the administrator
    with pytest.raises(Refusal, match="Choose a purpose"):
        walk_in(center_ctx, admin, "activity", name="李四")
    [row] = center_ctx.visits.search(VisitQuery())
    assert row.purpose_label == "参加活动"
    assert [r.name for r in center_ctx.visits.search(VisitQuery(purpose_code="activity"))] == ["张三"]
    assert len(audit(center_ctx, "purpose.deactivate")) == 1
    center_ctx.purposes.update(admin, activity.id, active=True)
    assert "activity" in [p.code for p in center_ctx.visits.purposes()]
    assert len(audit(center_ctx, "purpose.activate")) == 1


def test_moving_swaps_with_the_neighbour(center_ctx, admin) -> None:
    other = purpose(center_ctx, "other")
    done = center_ctx.purposes.move(admin, other.id, up=True)
    assert done.changes.touches("purposes")
    assert [p.code for p in center_ctx.visits.purposes()][-2:] == ["other", "party_report"]
    center_ctx.purposes.move(admin, purpose(center_ctx, "consult").id, up=False)
    assert [p.code for p in center_ctx.visits.purposes()][:2] == ["service", "consult"]
    assert [p.sort_order for p in center_ctx.purposes.list()] == list(range(7))
    assert len(audit(center_ctx, "purpose.move")) == 2


def _deactivate_all_but_other(ctx, admin) -> None:
    ctx.center.set_setting(admin, "default_scan_purpose", "other")
    for info in ctx.purposes.list():
        if info.code != "other":
            ctx.purposes.update(admin, info.id, active=False)


REFUSALS: dict[str, tuple[Callable, str]] = {
    "empty label": (lambda c, a: c.purposes.create(a, label="  "), "Purpose name is required"),
    "long label": (lambda c, a: c.purposes.create(a, label="很" * 17), "at most 16 characters"),
    "control character": (lambda c, a: c.purposes.create(a, label="参\x1b观"), "control character"),
    "taken label": (lambda c, a: c.purposes.create(a, label="咨询"), "already a purpose called 咨询"),
    "renamed to a taken label": (lambda c, a: c.purposes.update(a, purpose(c, "tour").id, label="办事"),
                                 "already a purpose called 办事"),
    "unknown field": (lambda c, a: c.purposes.create(a, label="新", rules={"email": "required"}),
                      "no form field called email"),
    "unknown rule": (lambda c, a: c.purposes.create(a, label="新", rules={"phone": "mandatory"}),
                     "mandatory is not a rule"),
    "headcount rule": (lambda c, a: c.purposes.create(a, label="新", rules={"headcount": "hidden"}),
                       "always offered"),
    "phone without a name": (lambda c, a: c.purposes.update(a, purpose(c, "service").id,
                                                            rules={"name": "hidden"}),
                             "name cannot be hidden while the phone is required"),
    "organisation with nobody to keep it": (
        lambda c, a: c.purposes.create(a, label="新", rules={"name": "hidden", "phone": "hidden",
                                                             "organisation": "optional"}),
        "Organisation cannot be asked for when both the name and the phone are hidden"),
    "required branch without a required person": (
        lambda c, a: c.purposes.create(a, label="新", rules={"name": "optional", "phone": "optional",
                                                             "branch": "required"}),
        "Party branch can be required only when the name or the phone is required"),
    "party report without a name": (
        lambda c, a: c.purposes.update(a, purpose(c, "party_report").id, rules={"name": "optional"}),
        "党员报到 records which party member reported"),
    "the purpose of a pass scan": (lambda c, a: c.purposes.update(a, purpose(c, "consult").id, active=False),
                                   "resident-pass scan. Choose another purpose for scans in the settings"),
    "the first one up": (lambda c, a: c.purposes.move(a, purpose(c, "consult").id, up=True), "already the first"),
    "the last one down": (lambda c, a: c.purposes.move(a, purpose(c, "other").id, up=False), "already the last"),
    "a purpose that does not exist": (lambda c, a: c.purposes.update(a, 999, label="新"), "no longer exists"),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_each_refusal_changes_nothing(center_ctx, admin, case) -> None:
    call, message = REFUSALS[case]
    before = state(center_ctx)
    with pytest.raises(Refusal, match=message):
        call(center_ctx, admin)
    assert state(center_ctx) == before


def test_the_last_active_purpose_stays(center_ctx, admin) -> None:
    _deactivate_all_but_other(center_ctx, admin)
    before = state(center_ctx)
    with pytest.raises(Refusal, match="At least one purpose must stay active"):
        center_ctx.purposes.update(admin, purpose(center_ctx, "other").id, active=False)
    assert state(center_ctx) == before
    assert [p.code for p in center_ctx.visits.purposes()] == ["other"]


def test_a_deactivated_label_is_activated_not_added_again(center_ctx, admin) -> None:
    room = purpose(center_ctx, "room")
    center_ctx.purposes.update(admin, room.id, active=False)
    before = state(center_ctx)
    with pytest.raises(Refusal, match="deactivated purpose is called 使用场地: activate it again"):
        center_ctx.purposes.create(admin, label="使用场地")
    assert state(center_ctx) == before
    # Its name was given to another purpose meanwhile: activating it would make two.
    center_ctx.purposes.update(admin, purpose(center_ctx, "other").id, label="使用场地")
    before = state(center_ctx)
    with pytest.raises(Refusal, match="already a purpose called 使用场地"):
        center_ctx.purposes.update(admin, room.id, active=True)
    assert state(center_ctx) == before


def test_labels_compare_without_case(center_ctx, admin) -> None:
    center_ctx.purposes.create(admin, label="VIP")
    with pytest.raises(Refusal, match="already a purpose called VIP"):
        center_ctx.purposes.create(admin, label="vip")


def test_only_an_administrator_changes_purposes(center_ctx, receptionist) -> None:
    before = state(center_ctx)
    tour = purpose(center_ctx, "tour")
    for call in (lambda: center_ctx.purposes.create(receptionist, label="新"),
                 lambda: center_ctx.purposes.update(receptionist, tour.id, active=False),
                 lambda: center_ctx.purposes.move(receptionist, tour.id, up=True)):
        with pytest.raises(NotAllowed):
            call()
    assert state(center_ctx) == before
    assert len(center_ctx.purposes.list()) == 7  # reading is for everyone


def test_not_found_is_a_refusal(center_ctx, admin) -> None:
    with pytest.raises(NotFound):
        center_ctx.purposes.move(admin, 999, up=True)
