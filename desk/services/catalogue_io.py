"""Importing and exporting the service list as xlsx or CSV.

``read_catalogue_file`` writes nothing: it returns a preview with each row's errors
(duplicate codes, a category the desk does not have, a time limit it cannot read, ...).
``import_catalogue`` then stores only the good rows, in one transaction with one new
catalogue version, or nothing at all. The file is read the way the staff import reads
one (the same helpers: UTF-8, GBK and UTF-16 CSV, a title line above the headers),
with Chinese or English headers. An exported file reads back in unchanged.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlmodel import select

from db.engine import Store
from db.tables import Post, ServiceCategory, ServiceItem
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import SERVICES, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import Refusal
from desk.spreadsheets import MAX_ROWS, Table, find_header, fold, pick, read_table
from desk.services.items import CENTER, ItemForm, ItemInfo, apply_form, next_sort_order, validate_item, write_version
from desk.sync.outbox import emit

Message = tuple[str, dict[str, Any]]

ROW_TEMPLATES = {
    "duplicate": "The code {code} is used on more than one line ({lines}); each item needs its own code.",
    "no_category": "There is no category called {name}: add the category first, or correct the name.",
    "no_category_given": "No category given: every item belongs to a category.",
    "no_post": "There is no post called {name}: imported without a responsible post.",
    "updates": "The code {code} is already in the list: this line will update that item.",
}

# Header spellings (compared after desk.spreadsheets.header_key: lower case, no spaces or "*").
HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("编码", "事项编码", "编号", "事项编号", "代码", "code", "itemcode"),
    "category": ("类别", "分类", "服务类别", "事项类别", "category"),
    "name": ("事项名称", "服务事项", "名称", "事项", "name", "item", "itemname"),
    "description": ("事项说明", "说明", "描述", "服务内容", "description"),
    "eligibility": ("服务对象", "办理对象", "适用对象", "eligibility", "whoiseligible"),
    "materials": ("所需材料", "材料", "申请材料", "materials", "whattobring"),
    "steps": ("办理流程", "流程", "办理步骤", "steps", "procedure"),
    "time_limit": ("办理时限", "时限", "承诺时限", "timelimit", "limit"),
    "post": ("责任岗位", "岗位", "post", "responsiblepost"),
    "place": ("办理地点", "地点", "place", "where"),
    "hours": ("办理时间", "服务时间", "hours"),
    "fee": ("收费标准", "收费", "费用", "fee"),
}
EXPORT_HEADERS = {
    "zh": ("编码", "类别", "事项名称", "事项说明", "服务对象", "所需材料", "办理流程", "办理时限",
           "责任岗位", "办理地点", "办理时间", "收费标准"),
    "en": ("Code", "Category", "Name", "Description", "Eligibility", "Materials", "Steps", "Time limit",
           "Post", "Place", "Hours", "Fee"),
}
_COLUMNS = tuple(HEADERS)
_LOOKUP = {spelling: name for name, spellings in HEADERS.items() for spelling in spellings}


@dataclass(frozen=True)
class CatalogueRow:
    line: int
    form: ItemForm | None  # checked; None when the row has errors
    cells: dict[str, str] = field(default_factory=dict)
    errors: tuple[Message, ...] = ()
    warnings: tuple[Message, ...] = ()
    updates: bool = False  # the code is in the list already: the row edits that item

    @property
    def ready(self) -> bool:
        return self.form is not None and not self.errors


@dataclass(frozen=True)
class CataloguePreview:
    path: str
    rows: tuple[CatalogueRow, ...]
    ignored_columns: tuple[str, ...]

    @property
    def ready(self) -> tuple[CatalogueRow, ...]:
        return tuple(row for row in self.rows if row.ready)

    @property
    def with_errors(self) -> tuple[CatalogueRow, ...]:
        return tuple(row for row in self.rows if row.errors)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    version: int


def read_catalogue_file(path: str | Path, *, categories: dict[str, int], posts: dict[str, int],
                        existing_codes: Iterable[str] = ()) -> CataloguePreview:
    """Read and check ``path`` without writing. ``categories`` and ``posts`` map names to
    ids (``CatalogueService.categories()``, ``PostService.list()``)."""
    file = Path(path)
    table = read_table(file)
    header_at, mapping, ignored = _find_header(file, table)
    data = table[header_at + 1:]
    if not data:
        raise Refusal("The file {path} has headers but no items under them.", path=file.name)
    if len(data) > MAX_ROWS:
        raise Refusal("The file {path} has more than {max} rows; split it into smaller files.",
                      path=file.name, max=MAX_ROWS)
    cells_of = [(line, pick(cells, mapping)) for line, cells in data]
    lines_of: dict[str, list[int]] = {}
    for line, cells in cells_of:
        lines_of.setdefault(cells.get("code", "").strip().upper(), []).append(line)
    known_categories = {fold(name): ident for name, ident in categories.items()}
    known_posts = {fold(name): ident for name, ident in posts.items()}
    existing = {code.upper() for code in existing_codes}
    rows = []
    for line, cells in cells_of:
        errors: list[Message] = []
        warnings: list[Message] = []
        code = cells.get("code", "").strip()
        if code and len(lines_of[code.upper()]) > 1:
            errors.append((ROW_TEMPLATES["duplicate"], {"code": code, "lines": ", ".join(
                str(n) for n in lines_of[code.upper()])}))
        category = cells.get("category", "")
        category_id = known_categories.get(fold(category)) if category else None
        if not category:
            errors.append((ROW_TEMPLATES["no_category_given"], {}))
        elif category_id is None:
            errors.append((ROW_TEMPLATES["no_category"], {"name": category}))
        post_name = cells.get("post", "")
        post_id = known_posts.get(fold(post_name)) if post_name else None
        if post_name and post_id is None:
            warnings.append((ROW_TEMPLATES["no_post"], {"name": post_name}))
        form = None
        try:
            draft = ItemForm(code=code, category_id=category_id or 0, name=cells.get("name", ""),
                             description=cells.get("description", ""), eligibility=cells.get("eligibility", ""),
                             materials=cells.get("materials", ""), steps=cells.get("steps", ""),
                             time_limit=cells.get("time_limit", "") or "即时办结", post_id=post_id,
                             place=cells.get("place", ""), hours=cells.get("hours", ""),
                             fee=cells.get("fee", ""))
            form, _limit = validate_item(draft)
        except Refusal as refusal:
            errors.append((refusal.template, dict(refusal.fields)))
        updates = bool(code) and code.upper() in existing
        if updates and not errors:
            warnings.append((ROW_TEMPLATES["updates"], {"code": code}))
        rows.append(CatalogueRow(line, form if not errors else None, cells, tuple(errors), tuple(warnings),
                                 updates))
    return CataloguePreview(str(file), tuple(rows), tuple(ignored))


def import_catalogue(store: Store, clock: CenterClock, actor: Actor,
                     preview: CataloguePreview) -> Done[ImportResult]:
    """Store the ready rows in one transaction: new codes are added as the center's own
    items, known codes update their item. Anything failing rolls all of it back."""
    actor.require_admin()
    ready = preview.ready
    if not ready:
        raise Refusal("There are no rows ready to import; fix the file and read it again.")
    added = updated = 0
    with store.write() as session:
        rows = {row.code.upper(): row for row in session.exec(select(ServiceItem))}
        active_categories = {row.id for row in session.exec(select(ServiceCategory)) if row.active}
        posts = {row.id for row in session.exec(select(Post))}
        for entry in ready:
            assert entry.form is not None  # ready rows always have a form
            form, limit = validate_item(entry.form)  # again: the preview may be minutes old
            if form.category_id not in active_categories:
                raise Refusal("Line {line}: its category is no longer used. Read the file again; "
                              "nothing was imported.", line=entry.line)
            if form.post_id is not None and form.post_id not in posts:
                form = replace(form, post_id=None)
            row = rows.get(form.code.upper())
            if row is None:
                row = ServiceItem(code=form.code, category_id=form.category_id, name=form.name,
                                  origin=CENTER, updated_at=utcnow())
                form = replace(form, sort_order=next_sort_order(session, form.category_id))
                added += 1
            else:
                form = replace(form, code=row.code, sort_order=row.sort_order)
                updated += 1
            apply_form(row, form, limit)
            session.add(row)
            session.flush()
            rows[row.code.upper()] = row
        number = write_version(session, actor, clock, f"imported {Path(preview.path).name}")
        record(session, actor, "services.import", entity="catalogue", entity_id=number,
               detail=f"{Path(preview.path).name}: {added} added, {updated} updated")
        emit(session, "services.catalogue", {"catalogue_version": number, "added": added, "updated": updated})
    return Done(ImportResult(added, updated, number), Changes.of(SERVICES))


def export_catalogue(items: Iterable[ItemInfo], path: str | Path, *, english: bool = False) -> Path:
    """Write the items to ``path`` (.xlsx, or .csv in UTF-8 with a BOM so Excel reads it)."""
    file = Path(path)
    headers = EXPORT_HEADERS["en" if english else "zh"]
    lines = [[getattr(item, name) for name in _COLUMNS] for item in items]
    try:
        if file.suffix.lower() == ".csv":
            with file.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(headers)
                writer.writerows(lines)
        elif file.suffix.lower() == ".xlsx":
            from openpyxl import Workbook

            book = Workbook()
            sheet = book.active
            sheet.title = "服务清单"
            sheet.append(list(headers))
            for line in lines:
                sheet.append(line)
            book.save(file)
        else:
            raise Refusal("The service list can be exported as .xlsx or .csv, not {path}.", path=file.name)
    except PermissionError:
        raise Refusal("The file {path} cannot be written: it may be open in Excel or WPS. Close it "
                      "there and try again.", path=file.name) from None
    except OSError as error:
        raise Refusal("The file {path} cannot be written: {reason}.", path=file.name,
                      reason=error.strerror or str(error)) from None
    return file


def _find_header(file: Path, table: Table) -> tuple[int, dict[int, str], list[str]]:
    found = find_header(file, table, _LOOKUP, {"code", "name"})
    if found is None:
        raise Refusal("The file {path} needs a 编码 (code) and a 事项名称 (name) column. The first row "
                      "should hold the column names: 编码, 类别, 事项名称, 办理时限, 责任岗位, ...",
                      path=file.name)
    return found


def duplicate_codes(preview: CataloguePreview) -> list[str]:
    """The codes used on more than one line (for a summary above the preview)."""
    counts = Counter(row.cells.get("code", "").strip().upper() for row in preview.rows)
    return sorted(code for code, n in counts.items() if code and n > 1)
