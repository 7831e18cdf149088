"""Importing the service list from xlsx/CSV with a preview, and exporting it again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook

from desk.errors import NotAllowed, Refusal
from desk.services.catalogue_io import export_catalogue, import_catalogue, read_catalogue_file
from services_world import ADMIN, DESK

ZH = ["编码", "类别", "事项名称", "办理时限", "责任岗位", "所需材料"]
ROWS = [
    ["DY-002", "党员服务", "党费收缴", "即时办结", "咨询接待", "党员证"],
    ["DY-003", "党员服务", "党员报到", "1个工作日", "咨询接待", ""],
    ["DY-003", "党员服务", "党员报到（重复）", "1个工作日", "", ""],  # duplicate code
    ["FL-001", "法律服务", "法律咨询", "即时办结", "", ""],  # no such category
    ["SH-009", "生活服务", "水电报修", "尽快", "", ""],  # bad time limit
    ["SH-010", "生活服务", "代收快递", "2小时", "快递岗", ""],  # unknown post: a warning only
    ["SH-001", "生活服务", "居住证明开具（新）", "即时办结", "便民服务", "身份证"],  # updates an item
]


def _preview(world, path: Path):  # noqa: ANN001
    catalogue = world.ctx.catalogue
    return read_catalogue_file(path, categories={c.name: c.id for c in catalogue.categories()},
                               posts=world.posts, existing_codes=[i.code for i in catalogue.items(include_retired=True)])


def _xlsx(path: Path, headers: list[str], rows: list[list[str]], title: str | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_the_preview_names_each_bad_row_and_only_good_rows_are_imported(world, tmp_path):
    path = _xlsx(tmp_path / "清单.xlsx", ZH, ROWS, title="幸福社区党群服务中心服务清单")
    preview = _preview(world, path)
    errors = {row.line: " ".join(t for t, _f in row.errors) for row in preview.rows}
    assert "more than one line" in errors[4] and "more than one line" in errors[5]
    assert "no category called" in errors[6]
    assert "not a time limit" in errors[7]
    assert [row.line for row in preview.ready] == [3, 8, 9]
    warned = {row.line: [t for t, _f in row.warnings] for row in preview.rows}
    assert any("no post called" in t for t in warned[8])
    assert preview.rows[-1].updates
    version = world.ctx.catalogue.version().number
    result = import_catalogue(world.ctx.store, world.ctx.clock, ADMIN, preview).value
    assert (result.added, result.updated, result.version) == (2, 1, version + 1)  # one version for the file
    codes = {i.code: i for i in world.ctx.catalogue.items()}
    assert "DY-003" not in codes and "FL-001" not in codes and "SH-009" not in codes
    assert codes["DY-002"].post == "咨询接待" and codes["DY-002"].materials == "党员证"
    assert codes["SH-010"].time_limit == "2个工作小时" and codes["SH-010"].post == ""
    assert codes["SH-001"].name == "居住证明开具（新）"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk", "utf-16"])
def test_csv_in_the_encodings_excel_writes_with_english_headers(world, tmp_path, encoding):
    path = tmp_path / "items.csv"
    text = "Code,Category,Name,Time limit,Post\nJK-001,生活服务,血压测量,immediate,便民服务\n"
    path.write_bytes(text.encode(encoding))
    preview = _preview(world, path)
    assert [row.form.name for row in preview.ready] == ["血压测量"]
    import_catalogue(world.ctx.store, world.ctx.clock, ADMIN, preview)
    assert world.ctx.catalogue.item_by_code("JK-001").holder == "王五"


def test_a_file_without_code_and_name_columns_is_refused(world, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("姓名,电话\n张三,123\n", encoding="utf-8")
    with pytest.raises(Refusal, match="编码"):
        _preview(world, path)


def test_nothing_ready_and_receptionists_are_refused(world, tmp_path):
    path = _xlsx(tmp_path / "bad.xlsx", ZH, [ROWS[3], ROWS[4]])
    preview = _preview(world, path)
    with pytest.raises(NotAllowed):
        import_catalogue(world.ctx.store, world.ctx.clock, DESK, preview)
    with pytest.raises(Refusal, match="no rows ready"):
        import_catalogue(world.ctx.store, world.ctx.clock, ADMIN, preview)


@pytest.mark.parametrize("suffix, english", [(".xlsx", False), (".csv", False), (".csv", True)])
def test_an_exported_list_reads_back_unchanged(world, tmp_path, suffix, english):
    items = world.ctx.catalogue.items()
    path = export_catalogue(items, tmp_path / f"export{suffix}", english=english)
    preview = _preview(world, path)
    assert not preview.with_errors
    # Everything but the list order (the import keeps an item's place in its category).
    assert [row.form for row in preview.ready] == [replace(item.form(), sort_order=0) for item in items]
    assert all(row.updates for row in preview.rows)
