"""Importing staff from the spreadsheet the center already keeps (xlsx or CSV).

Reading never writes: ``read_staff_file`` turns a file into an ``ImportPreview`` the
administrator looks at row by row; ``import_staff`` then adds the ready rows in one
transaction, or nothing at all. Headers and values are matched the way people in China
write them (姓名, 人员类别: 社工, 2026年11月21日) as well as in English.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import select

from db.engine import Store
from db.tables import Post, PostCover, Staff
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import POSTS, STAFF, Changes, Done
from desk.clock import CenterClock
from desk.errors import Refusal
from desk.roster.staff import StaffForm, StaffInfo, add_staff, validate_staff_form
from desk.spreadsheets import MAX_ROWS, Table, find_header, fold, header_key, pick, read_table


Message = tuple[str, dict[str, Any]]  # an English template and its fields, like a Refusal

# Row messages (the translation extractor reads every *TEMPLATES value, field names too).
ROW_TEMPLATES = {
    "bad_kind": "{value} is not a kind of staff: write 专职, 社工, 志愿者 or 下沉干部.",
    "no_kind": "No kind given: imported as a full-time manager.",
    "bad_date": "{field} {value} is not a date: write it like 2026-11-21.",
    "no_post": "There is no post called {name}: add the post first, then choose who covers it.",
    "already_there": "{name} is already in the staff list: skipped.",
    "first_day": "First working day",
    "last_day": "Last working day",
}

# Header spellings, compared after header_key(): lower case, no spaces, no "*" or "(必填)".
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "name", "fullname"),
    "kind": ("类别", "人员类别", "类型", "人员类型", "身份", "kind", "type", "category"),
    "title": ("职务", "职位", "title", "jobtitle", "position"),
    "public_phone": ("公开电话", "办公电话", "联系电话", "电话", "publicphone", "officephone", "phone"),
    "private_phone": ("私人电话", "手机", "手机号", "手机号码", "个人电话", "privatephone", "mobile"),
    "posts": ("岗位", "所在岗位", "可顶岗位", "post", "posts"),
    "active_from": ("入职日期", "开始日期", "到岗日期", "startdate", "start", "activefrom", "firstday"),
    "active_until": ("离职日期", "结束日期", "最后工作日", "enddate", "activeuntil", "lastday"),
    "note": ("备注", "说明", "note", "notes", "remarks"),
}

KIND_WORDS: dict[str, tuple[str, ...]] = {
    "manager": ("专职", "专职管理人员", "管理人员", "专职人员", "专职干部", "manager",
                "fulltimemanager", "full-timemanager"),
    "social_worker": ("社工", "专职社工", "社会工作者", "social_worker", "socialworker"),
    "volunteer": ("志愿者", "志愿", "volunteer"),
    "seconded": ("下沉干部", "职能部门工作人员", "下沉", "挂职", "挂职干部", "seconded",
                 "secondedofficial"),
}

_HEADER_LOOKUP = {spelling: name for name, spellings in HEADERS.items() for spelling in spellings}
_KIND_LOOKUP = {word: kind for kind, words in KIND_WORDS.items() for word in words}
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_POST_SPLIT = re.compile(r"[、,，;；/\n]+")


@dataclass(frozen=True)
class ImportRow:
    """One line of the file: the person as they would be stored, or what is wrong."""

    line: int  # as the spreadsheet numbers it, so people can find it
    form: StaffForm | None  # validated; None when the row has errors
    cells: dict[str, str] = field(default_factory=dict)  # the raw text, for the preview
    errors: tuple[Message, ...] = ()
    warnings: tuple[Message, ...] = ()
    posts: tuple[str, ...] = ()  # existing posts this person will be able to cover
    duplicate: bool = False  # already there (same name and public phone): skipped

    @property
    def ready(self) -> bool:
        return self.form is not None and not self.errors and not self.duplicate


@dataclass(frozen=True)
class ImportPreview:
    path: str
    rows: tuple[ImportRow, ...]
    columns: tuple[str, ...]  # the fields found, in file order ("name", "kind", ...)
    ignored_columns: tuple[str, ...]  # headers the desk does not know, as written

    @property
    def ready(self) -> tuple[ImportRow, ...]:
        return tuple(row for row in self.rows if row.ready)

    @property
    def with_errors(self) -> tuple[ImportRow, ...]:
        return tuple(row for row in self.rows if row.errors)

    @property
    def skipped(self) -> tuple[ImportRow, ...]:
        return tuple(row for row in self.rows if row.duplicate and not row.errors)


def read_staff_file(
    path: str | Path,
    *,
    existing: Iterable[StaffInfo] = (),
    post_names: Iterable[str] = (),
    today: date | None = None,
) -> ImportPreview:
    """Read and check ``path`` without writing anything.

    ``existing`` are the people already stored (for "already there"), ``post_names`` the
    posts a 岗位 column may name; the UI reads both from the store first.
    """
    file = Path(path)
    table = read_table(file)
    header_at, mapping, ignored = _find_header(file, table)
    data = table[header_at + 1:]  # blank lines were dropped while reading
    if not data:
        raise Refusal("The file {path} has headers but no people under them.", path=file.name)
    if len(data) > MAX_ROWS:
        raise Refusal("The file {path} has more than {max} rows; split it into smaller files.",
                      path=file.name, max=MAX_ROWS)
    day = today or CenterClock().today()
    known = {(person.name, person.public_phone) for person in existing}
    posts = {fold(name): name for name in post_names}
    rows = []
    for line, cells in data:
        row = _check_row(line, pick(cells, mapping), day, posts)
        if row.form is not None and not row.errors:
            key = (row.form.name, row.form.public_phone)
            if key in known:
                row = replace(row, duplicate=True, warnings=row.warnings + (
                    (ROW_TEMPLATES["already_there"], {"name": row.form.name}),))
            known.add(key)  # the same person twice in one file is imported once
        rows.append(row)
    columns = tuple(name for _, name in sorted(mapping.items()))
    return ImportPreview(str(file), tuple(rows), columns, tuple(ignored))


def import_staff(store: Store, actor: Actor, preview: ImportPreview) -> Done[int]:
    """Add the ready rows of ``preview`` in one transaction; returns how many were added.

    Anything failing (a rule, the disk, a lock) rolls the whole import back, so a file is
    never half imported.
    """
    actor.require_admin()
    ready = preview.ready
    if not ready:
        raise Refusal("There are no rows ready to import; fix the file and read it again.")
    changes = Changes.of(STAFF)
    added = 0
    with store.write() as session:
        stored = {(name, phone) for name, phone in session.exec(select(Staff.name, Staff.public_phone))}
        posts = {fold(post.name): post for post in session.exec(select(Post))}
        for row in ready:
            assert row.form is not None  # ready rows always have a form
            # Checked again: the preview may be minutes old and forms could be hand-built.
            checked = validate_staff_form(row.form, row.form.active_from or CenterClock().today())
            if (checked.name, checked.public_phone) in stored:
                continue  # someone added this person since the file was read
            person = add_staff(session, actor, checked)
            stored.add((checked.name, checked.public_phone))
            added += 1
            for name in row.posts:
                post = posts.get(fold(name))
                if post is not None and post.id is not None and person.id is not None:
                    session.add(PostCover(post_id=post.id, staff_id=person.id))
                    changes = changes | Changes.of(POSTS)
        record(session, actor, "staff.import", entity="staff", entity_id="",
               detail=f"{Path(preview.path).name}: {added} added")
    return Done(added, changes)


def _find_header(file: Path, table: Table) -> tuple[int, dict[int, str], list[str]]:
    found = find_header(file, table, _HEADER_LOOKUP, {"name"})
    if found is None:
        raise Refusal("The file {path} has no 姓名 (name) column. The first row should hold the "
                      "column names: 姓名, 类别, 职务, 公开电话, 私人电话, 岗位, 入职日期, 备注.",
                      path=file.name)
    return found


# ---- checking a row --------------------------------------------------------------------
def _check_row(line: int, cells: dict[str, str], today: date, posts: dict[str, str]) -> ImportRow:
    errors: list[Message] = []
    warnings: list[Message] = []
    kind_text = cells.get("kind", "")
    kind = _KIND_LOOKUP.get(header_key(kind_text)) if kind_text else "manager"
    if kind is None:
        errors.append((ROW_TEMPLATES["bad_kind"], {"value": kind_text}))
    elif not kind_text and "kind" in cells:  # without a 类别 column the preview shows the kind
        warnings.append((ROW_TEMPLATES["no_kind"], {}))
    dates: dict[str, date | None] = {}
    for name, label in (("active_from", ROW_TEMPLATES["first_day"]), ("active_until", ROW_TEMPLATES["last_day"])):
        text = cells.get(name, "")
        dates[name] = _parse_date(text)
        if text and dates[name] is None:
            errors.append((ROW_TEMPLATES["bad_date"], {"field": label, "value": text}))
    found, unknown = _match_posts(cells.get("posts", ""), posts)
    for name in unknown:
        warnings.append((ROW_TEMPLATES["no_post"], {"name": name}))
    form = None
    if not errors:
        draft = StaffForm(
            name=cells.get("name", ""), kind=kind or "manager", title=cells.get("title", ""),
            public_phone=cells.get("public_phone", ""), private_phone=cells.get("private_phone", ""),
            active_from=dates["active_from"], active_until=dates["active_until"],
            note=cells.get("note", ""),
        )
        try:
            form = validate_staff_form(draft, today)
        except Refusal as refusal:
            errors.append((refusal.template, dict(refusal.fields)))
    return ImportRow(line, form if not errors else None, cells, tuple(errors), tuple(warnings),
                     found)


def _parse_date(text: str) -> date | None:
    if not text:
        return None
    match = _DATE.match(unicodedata.normalize("NFKC", text).strip())
    if match is not None:
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            return None
    if text.isdigit() and 20000 < int(text) < 80000:  # an Excel day number in a "General" cell
        from openpyxl.utils.datetime import from_excel

        return from_excel(int(text)).date()
    return None


def _match_posts(text: str, posts: dict[str, str]) -> tuple[tuple[str, ...], list[str]]:
    found: list[str] = []
    unknown: list[str] = []
    for part in _POST_SPLIT.split(text):
        name = part.strip()
        if not name:
            continue
        known = posts.get(fold(name))
        if known is None:
            unknown.append(name)
        elif known not in found:
            found.append(known)
    return tuple(found), unknown
