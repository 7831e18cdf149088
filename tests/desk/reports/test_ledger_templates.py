"""Ledger templates: a district's own columns, order and headers, shared as a JSON file,
adjusted by administrators only, and a column that no longer exists skipped by name."""

from __future__ import annotations

import json
from datetime import date

import pytest
import time_machine
from ledger_world import CENTER, NOW, LedgerWorld, local, read_ledger

from desk.errors import NotAllowed, Refusal
from desk.reports.ledgers.export import SKIPPED_COLUMN, export_ledger
from desk.reports.ledgers.templates import (
    LedgerTemplate,
    LedgerTemplates,
    default_template,
    parse_template,
    read_template_file,
    write_template_file,
)

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def world(center_ctx):
    with time_machine.travel(NOW, tick=False):
        world = LedgerWorld(center_ctx)
        world.visit("张小明", local(2026, 11, 2, 9, 5), phone="13812345678", headcount=3)
        world.visit("李四", local(2026, 11, 3, 10, 0), phone="13900001111")
        yield world


def export(world, actor, path, **options):
    return export_ledger(world.ctx.store, world.ctx.clock, actor, "visitors", *NOVEMBER, path, **options)


def test_a_template_reorders_renames_and_drops_columns(world, admin, tmp_path):
    template = LedgerTemplate("visitors", ("name", "date", "headcount"), {"name": "来访人"},
                              title="来访人员登记表", orientation="portrait")

    result = export(world, admin, tmp_path / "v.xlsx", template=template)

    sheet = read_ledger(result.path)
    assert sheet.headers == ["来访人", "日期", "人数"]
    assert sheet.title == f"{CENTER}来访人员登记表" and sheet.sheet.title == "来访人员登记表"
    assert sheet.sheet.page_setup.orientation == "portrait"
    assert [row["来访人"] for row in sheet.rows()] == ["张*明", "李*"]
    assert sheet.totals() == {"来访人": "合计", "日期": None, "人数": 4}


def test_a_column_that_no_longer_exists_is_skipped_and_named(world, admin, tmp_path):
    template = LedgerTemplate("visitors", ("date", "id_card", "name"))

    result = export(world, admin, tmp_path / "v.xlsx", template=template)

    assert result.skipped_columns == ("id_card",)
    assert result.notices == [(SKIPPED_COLUMN, {"column": "id_card"})]
    assert "“id_card”" in SKIPPED_COLUMN.format(column="id_card")
    assert read_ledger(result.path).headers == ["日期", "姓名"]


def test_an_adjusted_template_is_used_by_every_later_export_until_reset(world, admin, tmp_path):
    templates = LedgerTemplates(world.ctx.store)
    adjusted = LedgerTemplate("visitors", ("date", "name", "retired_column"), {"date": "来访日期"})

    templates.save(admin, adjusted)
    saved = export(world, admin, tmp_path / "adjusted.xlsx")
    templates.reset(admin, "visitors")
    shipped = export(world, admin, tmp_path / "shipped.xlsx")

    assert read_ledger(saved.path).headers == ["来访日期", "姓名"]
    assert saved.skipped_columns == ("retired_column",)
    assert read_ledger(shipped.path).headers == [default_template("visitors").header(key)
                                                 for key in default_template("visitors").columns]
    assert shipped.skipped_columns == () and not templates.is_adjusted("visitors")
    changes = [entry for entry in world.audit("setting.change") if entry.entity_id == "ledger_templates"]
    assert len(changes) == 2 and "来访日期" in changes[0].after


def test_only_an_administrator_changes_a_template(world, receptionist, tmp_path):
    templates = LedgerTemplates(world.ctx.store)

    with pytest.raises(NotAllowed):
        templates.save(receptionist, LedgerTemplate("visitors", ("date", "name")))
    with pytest.raises(NotAllowed):
        templates.reset(receptionist, "visitors")

    assert templates.get("visitors") == default_template("visitors")


def test_a_template_travels_as_a_json_file_and_comes_back_the_same(tmp_path):
    template = LedgerTemplate("requests", ("number", "resident", "item", "on_time"), {"on_time": "是否超时"},
                              title="便民服务登记簿", orientation="portrait")

    path = write_template_file(template, tmp_path / "街道模板.json")

    assert read_template_file(path) == template
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "desk-ledger-template" and data["kind"] == "requests"
    assert data["headers"] == {"on_time": "是否超时"}  # Chinese kept readable, not \u escapes
    assert "是否超时" in path.read_text(encoding="utf-8")


def test_a_template_saved_by_notepad_with_a_byte_order_mark_loads(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps(default_template("rooms").to_json(), ensure_ascii=False), encoding="utf-8-sig")

    assert read_template_file(path) == default_template("rooms")


@pytest.mark.parametrize(("content", "says"), [
    ("not json at all", "is not a ledger template"),
    (json.dumps({"format": "something-else", "kind": "visitors", "columns": ["date"]}), "is not a ledger template"),
    (json.dumps({"kind": "parking", "columns": ["date"]}), "does not know (parking)"),
    (json.dumps({"kind": "visitors", "columns": []}), "lists no columns"),
    (json.dumps({"kind": "visitors", "columns": ["date", "name", "date"]}), "column date twice"),
    (json.dumps({"kind": "visitors", "columns": ["shoe_size"]}), "None of the columns"),
    (json.dumps({"kind": "visitors", "columns": ["date"], "orientation": "sideways"}), "landscape or portrait"),
    (json.dumps({"kind": "visitors", "columns": ["date"], "version": 99}), "newer version"),
])
def test_a_file_that_is_not_a_usable_template_is_refused(tmp_path, content, says):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")

    with pytest.raises(Refusal) as refused:
        read_template_file(path)

    assert says in refused.value.message


def test_a_missing_template_file_is_explained(tmp_path):
    with pytest.raises(Refusal) as refused:
        read_template_file(tmp_path / "gone.json")

    assert "does not exist" in refused.value.message


def test_headers_are_cleaned_and_a_header_of_a_column_not_shown_is_dropped():
    template = parse_template({"kind": "visitors", "columns": ["date", "name"],
                               "headers": {"name": "  来访人  ", "phone": "电话"}})

    assert template.headers == {"name": "来访人"}
    with pytest.raises(Refusal):
        parse_template({"kind": "visitors", "columns": ["name"], "headers": {"name": "名\x07字"}})


def test_a_stored_template_broken_by_hand_falls_back_to_the_shipped_layout(world, admin, tmp_path):
    world.ctx.center.set_setting(admin, "ledger_templates", {"visitors": {"kind": "visitors", "columns": []}})

    result = export(world, admin, tmp_path / "v.xlsx")

    assert read_ledger(result.path).headers[:2] == ["日期", "到访时间"]


def test_a_template_for_another_ledger_is_refused_by_the_export(world, admin, tmp_path):
    with pytest.raises(Refusal):
        export(world, admin, tmp_path / "v.xlsx", template=default_template("rooms"))


def test_a_title_with_characters_a_sheet_tab_cannot_have_still_exports(world, admin, tmp_path):
    template = LedgerTemplate("visitors", ("date", "name"), title="'来访[2026]/11月：登记*表?'")

    sheet = read_ledger(export(world, admin, tmp_path / "v.xlsx", template=template).path)

    assert sheet.sheet.title == "来访202611月：登记表"
    assert sheet.title == f"{CENTER}'来访[2026]/11月：登记*表?'"  # the heading keeps what was typed
