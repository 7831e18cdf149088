"""Demands (点单, 派单, 接单), micro-wishes, shared resources, and the service figures."""

from __future__ import annotations

from datetime import date

import pytest
import time_machine

from desk.errors import Refusal
from desk.services.lists import ResourceForm
from services_world import ADMIN, DESK, local


def test_a_demand_is_ordered_dispatched_taken_and_done(world):
    demands = world.ctx.demands
    demand = demands.record(DESK, "希望开设老年智能手机培训", name="钱奶奶", phone="13812345678").value
    assert demand.state == "recorded" and demand.phone_masked == "138****5678"
    with pytest.raises(Refusal, match="only a dispatched demand can be taken"):
        demands.take(DESK, demand.id)
    with pytest.raises(Refusal, match="not someone a demand can be dispatched to"):
        demands.dispatch(DESK, demand.id, taker_kind="robot", taker_name="x")
    demands.dispatch(DESK, demand.id, taker_kind="party_member", taker_name="第一党支部 刘党员")
    demands.take(DESK, demand.id)
    with pytest.raises(Refusal, match="is required"):
        demands.complete(DESK, demand.id, "")
    done = demands.complete(DESK, demand.id, "已于周六开班，15人参加").value
    assert done.state == "done" and done.done_note == "已于周六开班，15人参加"
    assert [e.state for e in done.history] == ["recorded", "dispatched", "taken", "done"]
    with pytest.raises(Refusal, match="is done now: a demand already taken"):
        demands.cancel(DESK, demand.id, "重复")
    assert [d.id for d in demands.list(state="done")] == [demand.id]
    sent = world.events("services.demand")
    assert sent[-1]["state"] == "done" and sent[0]["resident"] == "钱*奶"
    assert all("13812345678" not in str(e) for e in sent)


def test_micro_wishes_are_published_claimed_and_fulfilled_with_counts(world):
    wishes = world.ctx.wishes
    first = wishes.publish(DESK, "一副老花镜", name="孙大爷").value
    second = wishes.publish(DESK, "书包和文具", name="小明").value
    wishes.publish(DESK, "轮椅一台", name="周奶奶")
    assert first.resident == "孙*爷"
    with pytest.raises(Refusal, match="only a claimed wish"):
        wishes.fulfil(DESK, first.id)
    wishes.claim(DESK, first.id, "王党员", "第二党支部")
    wishes.fulfil(DESK, first.id, "已送到")
    wishes.claim(DESK, second.id, "李党员")
    with pytest.raises(Refusal, match="is claimed now: only a published wish"):
        wishes.claim(DESK, second.id, "赵党员")
    assert wishes.counts() == {"published": 1, "claimed": 1, "fulfilled": 1, "withdrawn": 0}
    assert [e.state for e in wishes.get(first.id).history] == ["published", "claimed", "fulfilled"]
    claimed = [e for e in world.events("services.wish") if e["state"] == "claimed"]
    assert [e["claimant"] for e in claimed] == ["王*员", "李*员"]


def test_shared_resources_keep_the_partner_s_contact(world):
    resources = world.ctx.resources
    info = resources.save(ADMIN, ResourceForm("区人民医院", "每周三义诊", contact="李医生", phone="010-66668888",
                                              availability="每周三 9:00–11:00")).value
    assert resources.list()[0].phone == "01066668888"
    resources.set_active(ADMIN, info.id, False)
    assert resources.list() == [] and len(resources.list(include_inactive=True)) == 1
    assert all("01066668888" not in str(e) for e in world.events("services.resource"))
    with pytest.raises(Refusal, match="Partner unit is required"):
        resources.save(ADMIN, ResourceForm("", "x"))


def test_figures_for_a_month(world):
    ctx = world.ctx
    requests, owner = ctx.requests, world.staff["张三"]
    # Fri 4 Sep 17:00 a 4-working-hour item: due Mon 7 Sep 11:00; resolved Mon 09:30 (on time).
    with time_machine.travel(local(2026, 9, 4, 17), tick=False):
        quick = requests.open_requests(DESK, item_ids=[world.items["SH-002"]], owner_id=owner, name="甲").value[0]
    with time_machine.travel(local(2026, 9, 7, 9, 30), tick=False):
        requests.resolve(DESK, quick.id)
        requests.rate(DESK, quick.id, "满意")
        late = requests.open_requests(DESK, item_ids=[world.items["SH-001"]], owner_id=owner, name="乙").value[0]
        open_one = requests.open_requests(DESK, item_ids=[world.items["DY-001"]], owner_id=owner, name="丙").value[0]
    with time_machine.travel(local(2026, 9, 8, 10), tick=False):  # due 7 Sep 17:30: late
        requests.resolve(DESK, late.id)
        requests.rate(DESK, late.id, "不满意", "等太久")
        ctx.wishes.fulfil(DESK, ctx.wishes.claim(DESK, ctx.wishes.publish(DESK, "台灯").value.id, "王党员").value.id)
        demand = ctx.demands.record(DESK, "楼道灯坏了").value
        ctx.demands.dispatch(DESK, demand.id, taker_kind="department", taker_name="物业")
        ctx.demands.take(DESK, demand.id)
    figures = ctx.service_figures.figures(date(2026, 9, 1), date(2026, 9, 30))
    assert {c.category: c.accepted for c in figures.by_category} == {"生活服务": 2, "党员服务": 1}
    assert (figures.accepted, figures.resolved, figures.resolved_on_time) == (3, 2, 1)
    assert figures.on_time_rate == 0.5
    # quick: Fri 17:00–17:30 and Mon 08:30–09:30 = 1.5 working hours of 64.5 calendar hours;
    # late: Mon 09:30–12:00, 14:00–17:30 and Tue 08:30–10:00 = 7.5 working of 24.5 calendar hours.
    assert figures.average_working_hours == pytest.approx((1.5 + 7.5) / 2)
    assert figures.average_calendar_hours == pytest.approx((64.5 + 24.5) / 2)
    assert figures.satisfaction == {"satisfied": 1, "basically_satisfied": 0, "dissatisfied": 1}
    assert figures.satisfaction_rate == 0.5
    assert (figures.demands_recorded, figures.demands_taken, figures.demands_done) == (1, 1, 0)
    assert (figures.wishes_published, figures.wishes_fulfilled) == (1, 1)
    assert figures.as_dict()["by_category"]["生活服务"] == 2
    october = ctx.service_figures.figures(date(2026, 10, 1), date(2026, 10, 31))
    assert october.accepted == 0 and october.on_time_rate is None and october.satisfaction_rate is None
    assert open_one.status == "accepted"
    with pytest.raises(Refusal, match="ends"):
        ctx.service_figures.figures(date(2026, 10, 2), date(2026, 10, 1))


def test_a_period_is_counted_in_the_center_s_days(world):
    # Accepted at 00:30 Beijing time on 1 October = 16:30 UTC on 30 September: October's.
    with time_machine.travel(local(2026, 10, 1, 0, 30), tick=False):
        world.ctx.requests.open_requests(DESK, item_ids=[world.items["SH-001"]], owner_id=world.staff["王五"],
                                         name="戊")
    figures = world.ctx.service_figures.figures
    assert figures(date(2026, 9, 1), date(2026, 9, 30)).accepted == 0
    assert figures(date(2026, 10, 1), date(2026, 10, 1)).accepted == 1
