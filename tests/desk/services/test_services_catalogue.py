"""The catalogue: items with their post's A/B staff, versions, retiring instead of deleting."""

from __future__ import annotations

from dataclasses import replace

import pytest
import time_machine

from desk.errors import NotAllowed, Refusal
from desk.services.items import ItemForm
from services_world import ADMIN, DESK, local


def test_items_carry_their_post_and_its_a_b_staff(world):
    item = world.ctx.catalogue.item(world.items["DY-001"])
    assert (item.post, item.holder, item.backup) == ("咨询接待", "张三", "李四")
    assert item.time_limit == "3个工作日" and item.fee == "免费" and item.origin == "center"
    lines = {r.post: r for r in world.ctx.catalogue.responsibilities()}
    assert lines["便民服务"].items == ("居住证明开具", "老年优待证代办")
    assert (lines["便民服务"].holder, lines["便民服务"].backup) == ("王五", "张三")


def test_every_edit_bumps_the_version_and_old_versions_stay_readable(world):
    catalogue = world.ctx.catalogue
    with time_machine.travel(local(2026, 11, 2, 9), tick=False):
        before = catalogue.catalogue_snapshot()
        item = catalogue.item(world.items["SH-001"])
        catalogue.save_item(ADMIN, replace(item.form(), name="居住证明开具（含电子证明）", time_limit="1个工作日"),
                            item_id=item.id)
        after = catalogue.catalogue_snapshot()
    assert after.version == before.version + 1
    assert str(after.made_on) == "2026-11-02"
    old = catalogue.catalogue_snapshot(before.version)
    assert [i.name for i in old.items if i.code == "SH-001"] == ["居住证明开具"]
    assert [i.time_limit for i in after.items if i.code == "SH-001"] == ["1个工作日"]
    assert [v.number for v in catalogue.versions()][:2] == [after.version, before.version]
    with pytest.raises(Refusal, match="no version 999"):
        catalogue.catalogue_snapshot(999)


def test_codes_are_unique_and_the_category_must_exist(world):
    catalogue = world.ctx.catalogue
    version = catalogue.version().number
    form = ItemForm(code="DY-001", category_id=world.categories["生活服务"], name="另一个事项")
    with pytest.raises(Refusal, match="already used"):
        catalogue.save_item(ADMIN, form)
    with pytest.raises(Refusal, match="no category"):
        catalogue.save_item(ADMIN, replace(form, code="X-1", category_id=999))
    with pytest.raises(Refusal, match="not a time limit"):
        catalogue.save_item(ADMIN, replace(form, code="X-1", time_limit="尽快"))
    with pytest.raises(Refusal, match="letters, digits"):
        catalogue.save_item(ADMIN, replace(form, code="代码 1"))
    with pytest.raises(NotAllowed):
        catalogue.save_item(DESK, replace(form, code="X-1"))
    assert catalogue.version().number == version  # nothing changed


def test_an_item_requests_refer_to_is_retired_never_deleted(world):
    catalogue, requests = world.ctx.catalogue, world.ctx.requests
    item_id = world.items["SH-001"]
    requests.open_requests(DESK, item_ids=[item_id], owner_id=world.staff["王五"], name="赵大爷", channel="walk_in")
    with pytest.raises(Refusal, match="Retire it instead"):
        catalogue.delete_item(ADMIN, item_id)
    assert catalogue.item(item_id).active
    catalogue.retire_item(ADMIN, item_id)
    assert item_id not in {i.id for i in catalogue.items()}
    assert catalogue.item(item_id).retired_by == "center"
    assert "居住证明开具" not in {i.name for i in catalogue.catalogue_snapshot().items}
    with pytest.raises(Refusal, match="retired"):  # no new requests for a retired item
        requests.open_requests(DESK, item_ids=[item_id], owner_id=world.staff["王五"], name="钱阿姨")
    catalogue.restore_item(ADMIN, item_id)
    assert catalogue.item(item_id).active


def test_an_unused_item_typed_by_mistake_can_be_deleted(world):
    catalogue = world.ctx.catalogue
    catalogue.delete_item(ADMIN, world.items["SH-002"])
    assert "SH-002" not in {i.code for i in catalogue.items(include_retired=True)}
    assert world.events("services.item")[-1]["deleted"] is True


def test_a_category_with_items_in_use_is_not_switched_off(world):
    catalogue = world.ctx.catalogue
    with pytest.raises(Refusal, match="still has 1 items"):
        catalogue.set_category_active(ADMIN, world.categories["党员服务"], False)
    with pytest.raises(Refusal, match="already a category"):
        catalogue.save_category(ADMIN, "生活服务")


def test_catalogue_edits_are_audited_and_queued_for_the_hub(world):
    assert world.audit_count("services.item") == 3
    sent = world.events("services.item")
    assert [e["code"] for e in sent] == ["DY-001", "SH-001", "SH-002"]
    assert sent[0]["post"] == "咨询接待"
