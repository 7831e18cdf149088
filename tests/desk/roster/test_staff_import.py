"""Importing the staff spreadsheet: real xlsx and CSV files as Excel in China writes them,
row-level errors, duplicates, the 岗位 column, and refusals that change nothing."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlmodel import select

from db.tables import AuditEntry, OutboxEvent, PostCover, Staff
from desk.errors import NotAllowed, Refusal
from desk.roster.posts import PostForm
from desk.roster.staff import StaffForm
from desk.roster.staff_import import ImportPreview, import_staff, read_staff_file

TODAY = date(2026, 3, 2)


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def preview_of(ctx, path: Path) -> ImportPreview:
    return read_staff_file(path, existing=ctx.staff.list(include_inactive=True),
                           post_names=[post.name for post in ctx.posts.list(include_inactive=True)],
                           today=TODAY)


def count(ctx, table) -> int:
    with ctx.store.read() as session:
        return len(session.exec(select(table)).all())


def test_an_xlsx_with_a_title_line_chinese_headers_and_excel_dates(tmp_path, center_ctx, admin):
    path = write_xlsx(tmp_path / "名单.xlsx", [
        ["幸福社区党群服务中心工作人员名单"],
        ["序号", "姓名*", "人员类别", "职务", "办公电话", "手机", "入职日期", "离职日期", "备注"],
        [1, "张小明", "专职管理人员", "党委副书记", "010-12345678", 13800138000, datetime(2024, 5, 6), None, ""],
        [2, "李 芳", "社工", "", "", "13912345678", "2025/1/2", "2026年11月21日", "周三休"],
        [3, "王志", "下沉干部", "", "", "", "2026-02-01", None, None],
        [4, "陈一", "志愿者", "", "", "", None, None, None],
    ])
    preview = preview_of(center_ctx, path)

    assert preview.ignored_columns == ("序号",)
    assert [row.line for row in preview.rows] == [3, 4, 5, 6]
    assert len(preview.ready) == 4 and not preview.with_errors
    first, second, third, fourth = (row.form for row in preview.rows)
    assert (first.name, first.kind, first.title) == ("张小明", "manager", "党委副书记")
    assert first.public_phone == "01012345678" and first.private_phone == "13800138000"
    assert first.active_from == date(2024, 5, 6)
    assert second.kind == "social_worker" and second.active_until == date(2026, 11, 21)
    assert second.active_from == date(2025, 1, 2) and second.note == "周三休"
    assert third.kind == "seconded" and fourth.kind == "volunteer"
    assert fourth.active_from == TODAY  # no first day: from today

    done = import_staff(center_ctx.store, admin, preview)
    assert done.value == 4
    names = [person.name for person in center_ctx.staff.list(include_inactive=True)]
    assert sorted(names) == sorted(["张小明", "李 芳", "王志", "陈一"])


def test_csv_in_utf8_with_bom_and_english_headers_and_codes(tmp_path, center_ctx, admin):
    path = write_csv(tmp_path / "staff.csv",
                     "Name,Kind,Title,Public phone,Private phone,Start date,Notes,Shoe size\r\n"
                     "Zhang Wei,social_worker,Officer,010-87654321,13800000001,2026-01-05,,42\r\n"
                     "刘洋,volunteer,,,,,,\r\n", "utf-8-sig")
    preview = preview_of(center_ctx, path)
    assert preview.ignored_columns == ("Shoe size",)
    assert [row.form.kind for row in preview.rows] == ["social_worker", "volunteer"]
    assert preview.rows[0].form.name == "Zhang Wei"  # the BOM did not stick to the first header


def test_csv_in_gbk_with_semicolons(tmp_path, center_ctx):
    path = write_csv(tmp_path / "工作人员.csv",
                     "姓名;类别;公开电话;私人电话;开始日期\n"
                     "欧阳娜娜;专职社工;0755-1234567;;2026.3.1\n"
                     "赵四;职能部门工作人员;;;\n", "gbk")
    preview = preview_of(center_ctx, path)
    assert [(row.form.name, row.form.kind) for row in preview.rows] == [
        ("欧阳娜娜", "social_worker"), ("赵四", "seconded")]
    assert preview.rows[0].form.active_from == date(2026, 3, 1)


def test_tab_separated_utf16_as_excel_unicode_text(tmp_path, center_ctx):
    path = write_csv(tmp_path / "list.txt", "姓名\t类别\n孙悟空\t志愿者\n", "utf-16")
    assert [row.form.name for row in preview_of(center_ctx, path).rows] == ["孙悟空"]


def test_bad_rows_are_reported_by_line_and_only_good_rows_are_imported(tmp_path, center_ctx, admin):
    path = write_xlsx(tmp_path / "bad.xlsx", [
        ["姓名", "类别", "公开电话", "入职日期", "离职日期"],
        ["好人", "社工", "", "", ""],
        ["", "社工", "", "", ""],
        ["坏电话", "社工", "12345", "", ""],
        ["怪类别", "保安", "", "", ""],
        ["坏日期", "专职", "", "明天", ""],
        ["倒日期", "专职", "", "2026-05-01", "2026-04-01"],
        ["没类别", "", "", "", ""],
    ])
    preview = preview_of(center_ctx, path)
    errors = {row.line: row.errors for row in preview.rows}
    assert errors[2] == ()
    assert errors[3] == (("{field} is required.", {"field": "Name"}),)
    assert errors[4][0][1] == {"field": "Public phone"}
    assert errors[5][0][1] == {"value": "保安"}
    assert errors[6] == (("{field} {value} is not a date: write it like 2026-11-21.",
                          {"field": "First working day", "value": "明天"}),)
    assert errors[7][0][0].startswith("The last working day")
    assert errors[8] == () and preview.rows[-1].warnings[0][0].startswith("No kind given")
    assert len(preview.ready) == 2 and len(preview.with_errors) == 5

    assert import_staff(center_ctx.store, admin, preview).value == 2
    assert sorted(p.name for p in center_ctx.staff.list(include_inactive=True)) == ["好人", "没类别"]


def test_people_already_there_are_skipped_and_not_imported_twice(tmp_path, center_ctx, admin):
    center_ctx.staff.create(admin, StaffForm("张小明", public_phone="010-12345678"))
    path = write_csv(tmp_path / "again.csv",
                     "姓名,公开电话\n张小明,01012345678\n张小明,010-5555555\n新人,\n新人,\n", "utf-8")
    preview = preview_of(center_ctx, path)
    assert [row.duplicate for row in preview.rows] == [True, False, False, True]
    assert preview.rows[0].warnings[-1] == ("{name} is already in the staff list: skipped.",
                                            {"name": "张小明"})
    assert len(preview.skipped) == 2 and len(preview.ready) == 2

    assert import_staff(center_ctx.store, admin, preview).value == 2
    assert count(center_ctx, Staff) == 3  # 张小明 (two phones: two people) and 新人 once
    # Importing the same preview again adds nobody: the store is checked at commit time.
    assert import_staff(center_ctx.store, admin, preview).value == 0
    assert count(center_ctx, Staff) == 3


def test_a_post_column_adds_the_person_to_existing_posts_and_warns_about_unknown_ones(
        tmp_path, center_ctx, admin):
    desk_post = center_ctx.posts.create(admin, PostForm("咨询接待")).value
    publicity = center_ctx.posts.create(admin, PostForm("宣传策划")).value
    path = write_xlsx(tmp_path / "posts.xlsx", [
        ["姓名", "岗位"],
        ["张三", "咨询接待、宣传策划"],
        ["李四", "后勤管理"],
    ])
    preview = preview_of(center_ctx, path)
    assert preview.rows[0].posts == ("咨询接待", "宣传策划") and preview.rows[0].warnings == ()
    assert preview.rows[1].ready and preview.rows[1].posts == ()
    assert preview.rows[1].warnings[0][1] == {"name": "后勤管理"}

    done = import_staff(center_ctx.store, admin, preview)
    assert done.value == 2 and done.changes.touches("posts", "staff")
    zhang = next(p for p in center_ctx.staff.list() if p.name == "张三")
    assert center_ctx.posts.get(desk_post.id).can_cover(zhang.id)
    assert center_ctx.posts.get(publicity.id).cover_ids == (zhang.id,)


def test_import_writes_audit_and_public_sync_events_without_private_phones(tmp_path, center_ctx, admin):
    path = write_csv(tmp_path / "p.csv", "姓名,私人电话\n周密,13811112222\n", "utf-8")
    import_staff(center_ctx.store, admin, preview_of(center_ctx, path))
    with center_ctx.store.read() as session:
        payloads = [e.payload for e in session.exec(select(OutboxEvent)) if e.kind == "roster.staff"]
        actions = [e.action for e in session.exec(select(AuditEntry))]
    assert len(payloads) == 1 and json.loads(payloads[0])["name"] == "周密"
    assert "13811112222" not in payloads[0]
    assert "staff.create" in actions and "staff.import" in actions


@pytest.mark.parametrize("name, content, says", [
    ("notes.docx", b"PK\x03\x04 not really", "not a spreadsheet"),
    ("old.xls", b"\xd0\xcf\x11\xe0", "old Excel file"),
    ("fake.xlsx", b"this is text, not a zip", "not an Excel file"),
    ("empty.csv", b"", "is empty"),
    ("blank.csv", b"\r\n,,\r\n", "is empty"),
    ("noname.csv", "电话,类别\n010-1234567,社工\n".encode(), "no 姓名"),
    ("headers.csv", "姓名,类别\n".encode(), "no people"),
    ("binary.csv", b"\x00\x01\x02\x03" * 50, "not a spreadsheet"),
])
def test_files_that_are_not_staff_lists_are_refused_in_plain_words(tmp_path, center_ctx, name, content, says):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(Refusal) as refused:
        preview_of(center_ctx, path)
    assert says in refused.value.message


def test_a_missing_file_and_a_locked_file_are_refused(tmp_path, center_ctx, monkeypatch):
    with pytest.raises(Refusal, match="does not exist"):
        preview_of(center_ctx, tmp_path / "gone.csv")
    path = write_csv(tmp_path / "open-in-excel.csv", "姓名\n张三\n", "utf-8")

    def locked(self):  # noqa: ANN001, ANN202 - what Windows says while Excel holds the file
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", locked)
    with pytest.raises(Refusal, match="open in Excel"):
        preview_of(center_ctx, path)


def test_more_than_5000_rows_is_refused(tmp_path, center_ctx):
    lines = "姓名\n" + "".join(f"人{i}\n" for i in range(5001))
    with pytest.raises(Refusal, match="more than 5000 rows"):
        preview_of(center_ctx, write_csv(tmp_path / "big.csv", lines, "utf-8"))
    exactly = "姓名\n" + "".join(f"人{i}\n" for i in range(5000))
    assert len(preview_of(center_ctx, write_csv(tmp_path / "ok.csv", exactly, "utf-8")).rows) == 5000


def test_a_failing_import_changes_nothing(tmp_path, center_ctx, admin, monkeypatch):
    center_ctx.posts.create(admin, PostForm("咨询接待"))
    path = write_csv(tmp_path / "three.csv", "姓名,岗位\n甲,咨询接待\n乙,咨询接待\n丙,咨询接待\n", "utf-8")
    preview = preview_of(center_ctx, path)
    before = (count(center_ctx, Staff), count(center_ctx, PostCover), count(center_ctx, OutboxEvent),
              count(center_ctx, AuditEntry))

    import desk.roster.staff_import as module
    real_add = module.add_staff
    calls = []

    def add_then_fail(session, actor, checked):  # noqa: ANN001, ANN202 - the disk fills up on row 3
        calls.append(checked.name)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real_add(session, actor, checked)

    monkeypatch.setattr(module, "add_staff", add_then_fail)
    with pytest.raises(OSError):
        import_staff(center_ctx.store, admin, preview)
    after = (count(center_ctx, Staff), count(center_ctx, PostCover), count(center_ctx, OutboxEvent),
             count(center_ctx, AuditEntry))
    assert calls == ["甲", "乙", "丙"] and after == before


def test_only_an_administrator_imports_and_a_refusal_changes_nothing(tmp_path, center_ctx, receptionist, admin):
    path = write_csv(tmp_path / "one.csv", "姓名\n张三\n", "utf-8")
    preview = preview_of(center_ctx, path)
    with pytest.raises(NotAllowed):
        import_staff(center_ctx.store, receptionist, preview)
    bad = preview_of(center_ctx, write_csv(tmp_path / "bad.csv", "姓名,类别\n张三,保安\n", "utf-8"))
    with pytest.raises(Refusal, match="no rows ready"):
        import_staff(center_ctx.store, admin, bad)
    assert count(center_ctx, Staff) == 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(days=st.lists(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)), min_size=1, max_size=5),
       style=st.sampled_from(["{d:%Y-%m-%d}", "{d.year}/{d.month}/{d.day}", "{d.year}年{d.month}月{d.day}日",
                              "{d:%Y.%m.%d}"]))
def test_dates_as_people_type_them_are_read_back_exactly(tmp_path_factory, center_ctx, days, style):
    folder = tmp_path_factory.mktemp("dates")
    lines = "".join(f"人{i},{style.format(d=day)}\n" for i, day in enumerate(days))
    path = write_csv(folder / "dates.csv", "姓名,入职日期\n" + lines, "gb18030")
    assert [row.form.active_from for row in preview_of(center_ctx, path).rows] == days
