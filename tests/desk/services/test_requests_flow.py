"""Service requests: opened at a visit, handed over, resolved and rated; queues and lists."""

from __future__ import annotations

from datetime import date

import pytest
import time_machine
from sqlmodel import func, select

from db.tables import ServiceRequest
from desk.errors import NotAllowed, NotFound, Refusal
from desk.visits.service import WalkInForm
from services_world import ADMIN, DESK, local

MONDAY_MORNING = local(2026, 9, 7, 9)


def _count(ctx) -> int:  # noqa: ANN001
    with ctx.store.read() as session:
        return session.exec(select(func.count()).select_from(ServiceRequest)).one()


def _visit(ctx) -> str:  # noqa: ANN001
    from uuid6 import uuid7

    form = WalkInForm(token=str(uuid7()), purpose_code="service", name="赵大爷", phone="13812345678",
                      consent=True)
    return ctx.visits.check_in_walk_in(DESK, form).value.id


def test_a_resident_asks_for_two_services_at_check_in_and_it_goes_to_the_end(world):
    ctx, staff = world.ctx, world.staff
    with time_machine.travel(MONDAY_MORNING, tick=False):
        visit_id = _visit(ctx)
        done = ctx.requests.open_requests(DESK, visit_id=visit_id, item_ids=[world.items["DY-001"], world.items["SH-001"]],
                                          owner_id=staff["张三"], channel="visit")
        first, second = done.value
        assert "requests" in done.changes.topics
        assert (first.resident, first.phone_masked, first.owner_name) == ("赵大爷", "138****5678", "张三")
        assert first.due_at == local(2026, 9, 10, 17, 30) and second.due_at == local(2026, 9, 7, 17, 30)
        assert [r.id for r in ctx.requests.of_visit(visit_id)] == [first.id, second.id]
        detail = ctx.requests.request(first.id)
        assert detail.phone == "13812345678" and detail.visit_id == visit_id
        assert [e.kind for e in detail.events] == ["accepted"]

    with time_machine.travel(local(2026, 9, 7, 10), tick=False):
        ctx.requests.start(DESK, first.id)
        handed = ctx.requests.hand_over(DESK, first.id, staff["李四"], "组织关系转接由B岗办理").value
    assert handed.row.owner_name == "李四" and handed.row.status == "in_progress"
    event = handed.events[-1]
    assert (event.kind, event.from_name, event.to_name, event.text, event.by) == (
        "handover", "张三", "李四", "组织关系转接由B岗办理", "desk1")
    assert event.at == local(2026, 9, 7, 10)
    assert [r.id for r in ctx.requests.my_queue(staff["李四"])] == [first.id]
    assert [r.id for r in ctx.requests.my_queue(staff["张三"])] == [second.id]
    assert [r.id for r in ctx.requests.open_all()] == [second.id, first.id]  # every owner's, soonest due first

    with time_machine.travel(local(2026, 9, 7, 11), tick=False):
        for row in (first, second):
            ctx.requests.resolve(DESK, row.id, "已办结")
        rated = ctx.requests.rate(DESK, first.id, "满意", "很快").value
        ctx.requests.rate(DESK, second.id, "基本满意")
    assert (rated.row.rating, rated.rating_comment, rated.row.status) == ("satisfied", "很快", "resolved")
    assert [e.kind for e in rated.events] == ["accepted", "started", "handover", "resolved", "rated"]
    assert ctx.requests.my_queue(staff["李四"]) == [] and ctx.requests.open_all() == []
    with pytest.raises(Refusal, match="rated already"):
        ctx.requests.rate(DESK, first.id, "不满意")
    assert ctx.requests.request(first.id).row.rating == "satisfied"


def test_one_bad_item_opens_no_request_at_all(world):
    ctx = world.ctx
    ctx.catalogue.retire_item(ADMIN, world.items["SH-002"])
    with pytest.raises(Refusal, match="retired"):
        ctx.requests.open_requests(DESK, item_ids=[world.items["DY-001"], world.items["SH-002"]],
                                   owner_id=world.staff["张三"], name="钱阿姨")
    with pytest.raises(NotFound):
        ctx.requests.open_requests(DESK, item_ids=[world.items["DY-001"], 999], owner_id=world.staff["张三"],
                                   name="钱阿姨")
    with pytest.raises(Refusal, match="name or phone"):
        ctx.requests.open_requests(DESK, item_ids=[world.items["DY-001"]], owner_id=world.staff["张三"])
    with pytest.raises(Refusal, match="not a valid phone"):
        ctx.requests.open_requests(DESK, item_ids=[world.items["DY-001"]], owner_id=world.staff["张三"],
                                   phone="12345")
    with pytest.raises(Refusal, match="way a request can arrive"):
        ctx.requests.open_requests(DESK, item_ids=[world.items["DY-001"]], owner_id=world.staff["张三"],
                                   name="钱阿姨", channel="fax")
    assert _count(ctx) == 0 and world.events("services.request") == []


def test_wrong_steps_are_refused_and_change_nothing(world):
    ctx, staff = world.ctx, world.staff
    row = ctx.requests.open_requests(DESK, item_ids=[world.items["SH-001"]], owner_id=staff["王五"],
                                     name="孙阿姨").value[0]
    with pytest.raises(Refusal, match="resolve it first"):
        ctx.requests.rate(DESK, row.id, "满意")
    with pytest.raises(Refusal, match="already belongs"):
        ctx.requests.hand_over(DESK, row.id, staff["王五"], "自己")
    with pytest.raises(Refusal, match="is required"):
        ctx.requests.hand_over(DESK, row.id, staff["张三"], "  ")
    gone = world.add_staff("钱七", active_until=date(2026, 1, 31))
    with pytest.raises(Refusal, match="钱七 does not work"):
        ctx.requests.hand_over(DESK, row.id, gone, "调岗")
    with pytest.raises(Refusal, match="钱七 does not work"):
        ctx.requests.open_requests(DESK, item_ids=[world.items["SH-001"]], owner_id=gone, name="孙阿姨")
    with pytest.raises(Refusal, match="not a rating"):
        ctx.requests.rate(DESK, row.id, "很好")
    ctx.requests.resolve(DESK, row.id)
    with pytest.raises(Refusal, match="resolved already"):
        ctx.requests.resolve(DESK, row.id)
    with pytest.raises(Refusal, match="only a request just accepted"):
        ctx.requests.start(DESK, row.id)
    with pytest.raises(Refusal, match="not handed over"):
        ctx.requests.hand_over(DESK, row.id, staff["张三"], "迟了")
    detail = ctx.requests.request(row.id)
    assert detail.row.owner_id == staff["王五"] and [e.kind for e in detail.events] == ["accepted", "resolved"]


def test_the_queue_puts_overdue_first_and_the_home_page_lists_overdue_and_due_today(world):
    ctx, owner = world.ctx, world.staff["张三"]
    with time_machine.travel(local(2026, 9, 1, 9), tick=False):  # Tue: the 3-day item is due Fri
        late = ctx.requests.open_requests(DESK, item_ids=[world.items["SH-001"]], owner_id=owner, name="甲").value[0]
    with time_machine.travel(local(2026, 9, 7, 9), tick=False):  # the next Monday
        later = ctx.requests.open_requests(DESK, item_ids=[world.items["DY-001"]], owner_id=owner, name="乙").value[0]
        today = ctx.requests.open_requests(DESK, item_ids=[world.items["SH-002"]], owner_id=owner, name="丙").value[0]
        other = ctx.requests.open_requests(DESK, item_ids=[world.items["SH-002"]], owner_id=world.staff["王五"],
                                           name="丁").value[0]
        queue = ctx.requests.my_queue(owner)
        assert [r.id for r in queue] == [late.id, today.id, later.id]
        assert [r.overdue for r in queue] == [True, False, False]
        assert [r.id for r in ctx.requests.overdue()] == [late.id]
        assert [r.id for r in ctx.requests.due_today()] == [today.id, other.id]
    with time_machine.travel(local(2026, 9, 7, 23, 59), tick=False):  # just before midnight
        assert {r.id for r in ctx.requests.overdue()} == {late.id, today.id, other.id}
        assert ctx.requests.due_today() == []


def test_a_leaver_s_open_requests_are_orphaned_until_an_administrator_hands_them_over(world):
    ctx = world.ctx
    leaver = world.add_staff("周八", active_until=date(2026, 9, 30))
    with time_machine.travel(local(2026, 9, 29, 9), tick=False):
        row = ctx.requests.open_requests(DESK, item_ids=[world.items["DY-001"]], owner_id=leaver,
                                         name="吴阿姨").value[0]
        assert ctx.requests.orphaned() == []
    with time_machine.travel(local(2026, 10, 8, 9), tick=False):
        assert [r.id for r in ctx.requests.orphaned()] == [row.id]
        with pytest.raises(NotAllowed):
            ctx.requests.hand_over(DESK, row.id, world.staff["李四"], "原经办人离职")
        ctx.requests.hand_over(ADMIN, row.id, world.staff["李四"], "原经办人离职")
        assert ctx.requests.orphaned() == []
        assert [r.id for r in ctx.requests.my_queue(world.staff["李四"])] == [row.id]


def test_the_hub_hears_of_every_step_without_a_phone_or_a_full_name(world):
    ctx = world.ctx
    row = ctx.requests.open_requests(DESK, item_ids=[world.items["SH-001"]], owner_id=world.staff["王五"],
                                     name="欧阳娜娜", phone="13812345678", channel="phone").value[0]
    ctx.requests.resolve(DESK, row.id)
    sent = world.events("services.request")
    assert [e["status"] for e in sent] == ["accepted", "resolved"]
    assert sent[0]["resident"] == "欧**娜" and sent[0]["item_code"] == "SH-001" and sent[0]["channel"] == "phone"
    assert all("13812345678" not in str(e) and "欧阳娜娜" not in str(e) for e in sent)
    assert world.audit_count("requests.") == 2


def test_retention_erases_the_resident_from_finished_requests_only(world):
    from desk.services.retention import erase_residents

    ctx = world.ctx
    with time_machine.travel(local(2025, 3, 3, 9), tick=False):
        old = ctx.requests.open_requests(DESK, item_ids=[world.items["SH-001"]], owner_id=world.staff["王五"],
                                         name="孙阿姨", phone="13812345678").value[0]
        ctx.requests.resolve(DESK, old.id)
        demand = ctx.demands.record(DESK, "修路灯", name="孙阿姨", phone="13812345678").value
        ctx.demands.cancel(DESK, demand.id, "重复")
    with time_machine.travel(local(2026, 9, 7, 9), tick=False):
        new = ctx.requests.open_requests(DESK, item_ids=[world.items["SH-001"]], owner_id=world.staff["王五"],
                                         name="钱阿姨", phone="13812345679").value[0]
        with ctx.store.write() as session:
            erased = erase_residents(session, local(2026, 3, 7))
    assert (erased.requests, erased.demands, erased.wishes) == (1, 1, 0)
    gone = ctx.requests.request(old.id)
    assert (gone.row.resident, gone.phone, gone.row.status) == ("", "", "resolved")
    assert ctx.requests.request(new.id).phone == "13812345679"
    assert ctx.demands.get(demand.id).resident == ""
