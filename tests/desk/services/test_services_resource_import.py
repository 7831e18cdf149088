"""The city's monthly resource lists taken in: once per version, never over the center's own."""

from __future__ import annotations

import pytest
from sqlmodel import select

from db.tables import OutboxEvent
from desk.accounts.actor import SYSTEM
from desk.errors import NotAllowed, Refusal
from desk.services.lists import ResourceForm
from desk.services.resource_import import (CityResource, CityResourceList, import_city_resources,
                                           withdraw_city_resources)
from services_world import ADMIN, DESK

CLINIC = CityResource("市人民医院", "专家义诊", "服务下沉", "内科、眼科专家坐诊", "李医生", "0571-87654321",
                      "每月第一个周六上午")
FUND = CityResource("市民政局", "社区微改造资金", "资金倾斜", "每个社区最高5万元")
HALL = CityResource("市文化馆", "排练厅", "设施建设", availability="工作日晚上")


def take_in(ctx, key: str, version: str, *items: CityResource, actor=SYSTEM):  # noqa: ANN001
    return import_city_resources(ctx.store, actor, CityResourceList(key, version, items, title=f"{key}资源清单"))


def listed(ctx) -> dict[str, tuple[str, bool]]:  # noqa: ANN001
    """title → (description, active) as the receptionist's list shows it."""
    return {r.title: (r.description, r.active) for r in ctx.resources.list(include_inactive=True)}


def resource_events(ctx) -> int:  # noqa: ANN001
    with ctx.store.read() as session:
        return len(session.exec(select(OutboxEvent).where(OutboxEvent.kind == "services.resource")).all())


def test_a_list_is_taken_in_once_per_version(ctx) -> None:
    first = take_in(ctx, "2027-03", "1", CLINIC, FUND)
    assert len(first.value.added) == 2 and first.changes
    assert listed(ctx) == {"专家义诊": ("【服务下沉】内科、眼科专家坐诊", True),
                           "社区微改造资金": ("【资金倾斜】每个社区最高5万元", True)}
    clinic = next(r for r in ctx.resources.list() if r.title == "专家义诊")
    assert (clinic.unit, clinic.contact, clinic.phone, clinic.availability) == (
        "市人民医院", "李医生", "057187654321", "每月第一个周六上午")
    assert resource_events(ctx) == 2  # the center's list goes up like a hand-made entry

    again = take_in(ctx, "2027-03", "1", CLINIC, FUND)
    assert again.value.already and not again.changes
    assert len(ctx.resources.list(include_inactive=True)) == 2 and resource_events(ctx) == 2


def test_a_new_version_rewrites_what_it_brought_and_switches_off_what_it_dropped(ctx) -> None:
    take_in(ctx, "2027-03", "1", CLINIC, FUND, HALL)
    ids = {r.title: r.id for r in ctx.resources.list()}
    ctx.resources.set_active(ADMIN, ids["排练厅"], False)  # the center has no use for it
    update = CityResource("市人民医院", "专家义诊", "服务下沉", "内科、儿科专家坐诊", "李医生", "0571-87654321",
                          "每月第一、三个周六上午")
    second = take_in(ctx, "2027-03", "2", update, HALL).value
    assert second.updated == (ids["专家义诊"],) and second.retired == (ids["社区微改造资金"],)
    assert listed(ctx) == {"专家义诊": ("【服务下沉】内科、儿科专家坐诊", True),
                           "社区微改造资金": ("【资金倾斜】每个社区最高5万元", False),
                           "排练厅": ("【设施建设】", False)}, "the center's choice to switch one off stays"
    third = take_in(ctx, "2027-03", "3", update, FUND, HALL).value
    assert third.updated == (ids["社区微改造资金"],) and listed(ctx)["社区微改造资金"][1]
    assert not listed(ctx)["排练厅"][1]


def test_the_centers_own_resources_are_never_touched(ctx) -> None:
    own = ctx.resources.save(DESK, ResourceForm(unit="市人民医院", title="专家义诊", description="我们自己联系的",
                                                contact="王主任", phone="13900001111")).value
    report = take_in(ctx, "2027-03", "1", CLINIC, FUND).value
    assert report.kept_own == ("专家义诊",) and len(report.added) == 1
    [kept] = [r for r in ctx.resources.list() if r.id == own.id]
    assert (kept.description, kept.contact, kept.phone) == ("我们自己联系的", "王主任", "13900001111")
    take_in(ctx, "2027-03", "2", FUND)  # the city drops it: still the center's, still on
    assert listed(ctx)["专家义诊"] == ("我们自己联系的", True)


def test_a_withdrawn_list_switches_off_only_what_no_other_list_still_has(ctx) -> None:
    take_in(ctx, "2027-03", "1", CLINIC, FUND)
    take_in(ctx, "2027-04", "1", CLINIC, HALL)  # April lists the clinic again: one resource, not two
    assert sorted(listed(ctx)) == ["专家义诊", "排练厅", "社区微改造资金"]
    withdrawn = withdraw_city_resources(ctx.store, SYSTEM, "2027-03").value
    assert len(withdrawn.retired) == 1
    assert {t: a for t, (_d, a) in listed(ctx).items()} == {"专家义诊": True, "社区微改造资金": False, "排练厅": True}
    assert withdraw_city_resources(ctx.store, SYSTEM, "2027-03").value.already
    withdraw_city_resources(ctx.store, SYSTEM, "2027-04")
    assert not any(active for _d, active in listed(ctx).values())
    # Published again after its withdrawal, the March list brings its resources back.
    back = take_in(ctx, "2027-03", "1", CLINIC, FUND).value
    assert len(back.updated) == 2 and listed(ctx)["专家义诊"][1] and listed(ctx)["社区微改造资金"][1]


def test_a_bad_item_changes_nothing_and_says_which(ctx) -> None:
    bad = CityResource("市民政局", "养老补贴", phone="12345")
    with pytest.raises(Refusal, match="bad item 养老补贴: Contact phone is not a valid phone number"):
        take_in(ctx, "2027-03", "1", CLINIC, bad)
    with pytest.raises(Refusal, match="names 专家义诊 of 市人民医院 twice"):
        take_in(ctx, "2027-03", "1", CLINIC, CLINIC)
    assert listed(ctx) == {}
    with pytest.raises(NotAllowed):
        take_in(ctx, "2027-03", "1", CLINIC, actor=DESK)
    assert take_in(ctx, "2027-03", "1", CLINIC, actor=ADMIN).value.added
