"""Every model of the service screens passes Qt's model tester, filled with real rows."""

from __future__ import annotations

import csv

from desk.services.catalogue_io import read_catalogue_file
from desk.services.lists import ResourceForm
from ui.services.catalogue_import_dialog import CataloguePreviewModel
from ui.services.catalogue_model import CatalogueFilterProxy, CatalogueTableModel, CityChangeModel
from ui.services.item_picker import ItemPickModel, ItemSearchProxy, item_initials
from ui.services.lists_models import DemandTableModel, ResourceTableModel, WishTableModel
from ui.services.request_model import URGENCY_ROLE, RequestTableModel


def test_request_model(qtmodeltester, desk_ctx, admin_actor, services_world):
    rows = desk_ctx.requests.open_requests(admin_actor, item_ids=list(services_world.items.values()),
                                           owner_id=services_world.staff["张伟"], channel="phone",
                                           name="赵桂兰", phone="13912340001").value
    model = RequestTableModel(desk_ctx.clock)
    model.set_requests(list(rows))
    qtmodeltester.check(model)
    assert model.index(0, model.PHONE).data() == "139****0001"
    due_today = [model.index(r, 0).data(URGENCY_ROLE) for r in range(model.rowCount())]
    assert due_today.count("due_today") == 1  # the immediate item, due at 17:30


def test_item_picker_and_search(qtmodeltester, desk_ctx, services_world):
    items = desk_ctx.catalogue.items()
    model = ItemPickModel()
    model.set_items(items, item_initials(items))
    qtmodeltester.check(model)
    proxy = ItemSearchProxy()
    proxy.setSourceModel(model)
    for text, expected in (("jzzm", ["居住证明开具"]), ("老年", ["老年优待证代办"]), ("dy-", ["党员组织关系转接"])):
        proxy.set_search(text)
        assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == expected
    qtmodeltester.check(proxy)


def test_catalogue_models(qtmodeltester, desk_ctx, services_world, tmp_path):
    model = CatalogueTableModel()
    model.set_records(desk_ctx.catalogue.items(include_retired=True))
    qtmodeltester.check(model)
    proxy = CatalogueFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_category(services_world.categories["生活服务"])
    assert proxy.rowCount() == 2
    qtmodeltester.check(proxy)
    changes = CityChangeModel()
    changes.set_records(desk_ctx.catalogue.items())  # no pending change: the column is empty, not broken
    qtmodeltester.check(changes)
    source = tmp_path / "x.csv"
    with source.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([["编码", "类别", "事项名称"], ["A-1", "生活服务", "甲"], ["A-1", "无", "乙"]])
    preview = read_catalogue_file(source, categories={"生活服务": services_world.categories["生活服务"]}, posts={})
    preview_model = CataloguePreviewModel()
    preview_model.set_records(preview.rows)
    qtmodeltester.check(preview_model)


def test_list_models(qtmodeltester, desk_ctx, admin_actor, services_world):
    desk_ctx.demands.record(admin_actor, "代买药品", name="孙丽华", phone="13912340003")
    desk_ctx.wishes.publish(admin_actor, "一台收音机", name="周秀英")
    desk_ctx.resources.save(admin_actor, ResourceForm("区图书馆", "流动书箱", contact="王老师"))
    for model, records in ((DemandTableModel(desk_ctx.clock), desk_ctx.demands.list()),
                           (WishTableModel(desk_ctx.clock), desk_ctx.wishes.list()),
                           (ResourceTableModel(desk_ctx.clock), desk_ctx.resources.list())):
        model.set_records(records)
        qtmodeltester.check(model)
        assert model.rowCount() == 1
