"""The city's standard catalogue merged twice in a row without losing the center's work."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk.accounts.actor import SYSTEM
from desk.errors import NotAllowed, Refusal
from desk.services.upstream import CityCatalogue, CityItem, merge_city_catalogue
from services_world import ADMIN, DESK

V1 = CityCatalogue("2026.1", (
    CityItem("C-001", "政务服务", "社保卡申领", materials="身份证", time_limit="5个工作日"),
    CityItem("C-002", "政务服务", "居住证办理", time_limit="10个工作日"),
    CityItem("C-003", "法律服务", "法律援助申请", time_limit="3个工作日"),
    CityItem("C-004", "健康服务", "家庭医生签约", time_limit="即时办结"),
    CityItem("C-005", "健康服务", "慢病随访", time_limit="即时办结"),
))


def merge(world, catalogue, actor=SYSTEM):  # noqa: ANN001
    return merge_city_catalogue(world.ctx.store, world.ctx.clock, actor, catalogue)


def test_two_city_versions_in_a_row(world):
    catalogue = world.ctx.catalogue
    first = merge(world, V1).value
    assert first.added == ("C-001", "C-002", "C-003", "C-004", "C-005") and not first.retired
    items = {i.code: i for i in catalogue.items()}
    assert items["C-001"].origin == "city" and items["C-001"].category == "政务服务"
    assert {"DY-001", "SH-001", "SH-002"} <= set(items)  # the center's own items are there still

    # The center edits C-002's wording, gives C-001 a post and a place (always its own),
    # makes C-004 its own, and edits its own item SH-001.
    c2 = items["C-002"]
    catalogue.save_item(ADMIN, replace(c2.form(), name="居住证办理（本社区代办）"), item_id=c2.id)
    c1 = items["C-001"]
    catalogue.save_item(ADMIN, replace(c1.form(), post_id=world.posts["便民服务"], place="3号窗口"), item_id=c1.id)
    catalogue.adopt_item(ADMIN, items["C-004"].id)

    v2 = CityCatalogue("2026.2", (
        CityItem("C-001", "政务服务", "社保卡申领与补换", materials="身份证、照片", time_limit="3个工作日"),
        CityItem("C-002", "政务服务", "居住证办理", time_limit="7个工作日"),  # edited here: flagged
        CityItem("C-003", "法律服务", "法律援助申请", time_limit="3个工作日"),  # unchanged
        CityItem("SH-001", "生活服务", "城市版居住证明", time_limit="1个工作日"),  # the center's own code
        CityItem("C-006", "文体服务", "图书借阅", time_limit="即时办结"),  # new
        # C-004 and C-005 withdrawn by the city
    ))
    version = catalogue.version().number
    second = merge(world, v2).value
    assert second.added == ("C-006",)
    assert second.updated == ("C-001",)
    assert second.flagged == ("C-002",)
    assert second.retired == ("C-005",)  # C-004 was made the center's own: kept
    assert second.kept_own == ("SH-001",)
    assert second.unchanged == 1 and second.catalogue_version == version + 1

    items = {i.code: i for i in catalogue.items(include_retired=True)}
    assert items["C-001"].name == "社保卡申领与补换" and items["C-001"].time_limit == "3个工作日"
    assert (items["C-001"].post, items["C-001"].place) == ("便民服务", "3号窗口")  # local fields kept
    assert items["C-002"].name == "居住证办理（本社区代办）" and items["C-002"].time_limit == "10个工作日"
    assert items["C-002"].locally_edited and items["C-002"].city_change["time_limit"] == "7个工作日"
    assert not items["C-005"].active and items["C-005"].retired_by == "city"
    assert items["C-004"].active and items["C-004"].origin == "center"
    assert items["SH-001"].name == "居住证明开具" and items["SH-001"].origin == "center"
    assert items["C-006"].category == "文体服务"
    assert [i.code for i in catalogue.city_changes()] == ["C-002"]
    assert catalogue.catalogue_snapshot(version).items  # the version before the merge is still readable

    # The same delivery again changes nothing; the review then takes the city's values.
    again = merge(world, v2)
    assert not again.changes and again.value.catalogue_version is None
    reviewed = catalogue.review_city_change(ADMIN, items["C-002"].id, accept=True).value
    assert reviewed.name == "居住证办理" and reviewed.time_limit == "7个工作日"
    assert not reviewed.city_change and not reviewed.locally_edited
    with pytest.raises(Refusal, match="has not changed"):
        catalogue.review_city_change(ADMIN, items["C-002"].id, accept=False)

    # A third delivery brings C-005 back: it is used again.
    third = merge(world, replace(v2, version="2026.3", items=v2.items + (V1.items[4],))).value
    assert third.updated == ("C-005",) and catalogue.item_by_code("C-005").active


def test_keeping_the_local_wording_stops_the_flag(world):
    merge(world, V1)
    item = world.ctx.catalogue.item_by_code("C-003")
    world.ctx.catalogue.save_item(ADMIN, replace(item.form(), steps="先电话预约"), item_id=item.id)
    merge(world, CityCatalogue("2026.2", tuple(replace(i, steps="网上申请") if i.code == "C-003" else i
                                                for i in V1.items)))
    kept = world.ctx.catalogue.review_city_change(ADMIN, item.id, accept=False).value
    assert kept.steps == "先电话预约" and not kept.city_change
    again = merge(world, CityCatalogue("2026.3", tuple(replace(i, steps="网上申请") if i.code == "C-003" else i
                                                       for i in V1.items))).value
    assert again.flagged == ()  # the same city wording is not flagged twice


def test_a_bad_delivery_changes_nothing(world):
    version = world.ctx.catalogue.version().number
    bad = CityCatalogue("2026.9", (CityItem("C-001", "政务服务", "社保卡申领"),
                                   CityItem("C-001", "政务服务", "重复")))
    with pytest.raises(Refusal, match="twice"):
        merge(world, bad)
    with pytest.raises(Refusal, match="bad item C-009"):
        merge(world, CityCatalogue("2026.9", (CityItem("C-009", "政务服务", "x", time_limit="尽快"),)))
    with pytest.raises(NotAllowed):
        merge(world, V1, actor=DESK)
    assert world.ctx.catalogue.version().number == version
    assert world.events("services.catalogue") == []
