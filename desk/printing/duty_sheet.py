"""The daily duty sheet (每日值班表): printed every morning and pinned up in the lobby.

A4 portrait, read standing a metre away: body text at least 12 pt, names at 16 pt. One
row per duty line, with the post, its A holder and B backup spanning the post's lines,
so "who is here, until when, and how do I reach them" reads straight across. Only the
public phone is printed. A sheet for another day leaves the whereabouts column empty to
fill in by hand, because only today's whereabouts are known.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desk.printing.document import DocumentHeader, build_pdf, house_styles, para
from desk.printing.fonts import markup
from desk.printing.grid import LEADING, Block, Cell, Grid, Padding, Run, Runs, text_cell
from desk.printing.wording import DUTY_SHEET, ROSTER_MARKS, WEEKDAYS
from desk.roster.disclosure import DaySheet, Person, PostDay

# 岗位, 班次时段, 值班人员, 去向, 联系电话, A岗, B岗: the 180 mm between the margins.
COLUMN_WIDTHS_MM = (29, 27, 27, 24, 33, 20, 20)
# Narrow side padding so an 11-digit mobile and "08:30-12:00" fit on one line at 12 pt.
CELL_PADDING = 3
NAME_SIZE = 16
DETAIL_SIZE = 12
GREY = colors.HexColor("#404040")


# -- words shared by the roster documents --------------------------------------------


def chinese_date(day: date) -> str:
    """2026年11月16日: how a 公示 writes a date (no leading zeros)."""
    return ROSTER_MARKS["date"].format(year=day.year, month=day.month, day=day.day)


def day_mark(kind: str | None, name: str) -> str:
    """法定节假日 / 调休上班, with the holiday's name when there is one; "" on ordinary days."""
    if kind == "holiday":
        return ROSTER_MARKS["holiday_named"].format(name=name) if name else ROSTER_MARKS["holiday"]
    if kind == "workday":
        return ROSTER_MARKS["workday_named"].format(name=name) if name else ROSTER_MARKS["workday"]
    return ""


def sessions_text(sessions: tuple[tuple[str, str], ...]) -> str:
    return ROSTER_MARKS["sessions_joiner"].join(
        ROSTER_MARKS["session"].format(start=start, end=end) for start, end in sessions)


def source_mark(source: str) -> str:
    """替班 / 换班 for a duty that differs from the plan, "" otherwise."""
    return ROSTER_MARKS.get(source, "") if source in ("cover", "swap") else ""


def whereabouts_text(person: Person, day: date, zone: tzinfo | None) -> str:
    """在岗, or 外出办事：区民政局 14:30返回 (with the date if the return is another day).

    ``zone`` is the center's: the expected return is stored in UTC.
    """
    parts = [person.label]
    if person.away and person.destination:
        parts[0] = f"{person.label}：{person.destination}"
    if person.away and person.expected_return is not None:
        back = person.expected_return.astimezone(zone)
        time_text = back.strftime("%H:%M")
        parts.append(DUTY_SHEET["returns"].format(time=time_text) if back.date() == day else
                     DUTY_SHEET["returns_day"].format(date=f"{back.month}月{back.day}日", time=time_text))
        if person.stale:
            parts.append(DUTY_SHEET["stale"])
    return "\n".join(parts)


def styled(parts: list[tuple[str, float]], base: ParagraphStyle) -> Paragraph:
    """One paragraph of (text, size) runs, e.g. a 16 pt name followed by a 12 pt mark."""
    body = "".join(f'<font size="{size}">{markup(text)}</font>' for text, size in parts if text)
    leading = max((size for text, size in parts if text), default=base.fontSize) * 1.25
    return Paragraph(body, ParagraphStyle(f"{base.name}-{leading}", parent=base, leading=leading))


# -- the sheet ---------------------------------------------------------------------------

COLUMN_WIDTHS = [width * mm for width in COLUMN_WIDTHS_MM]
POST, SHIFT, ON_DUTY, WHEREABOUTS, PHONE, HOLDER, BACKUP = range(7)


def _header_block(sheet: DaySheet) -> Block:
    keys = ["col_post", "col_shift", "col_on_duty",
            "col_whereabouts" if sheet.whereabouts_known else "col_whereabouts_blank",
            "col_phone", "col_holder", "col_backup"]
    return Block(1, [text_cell(DUTY_SHEET[key], DETAIL_SIZE, column=column) for column, key in enumerate(keys)])


def _person_paragraphs(person: Person | None, mark: str, sheet: DaySheet) -> tuple[Runs, ...]:
    if person is None:
        return ((Run(ROSTER_MARKS["none"], DETAIL_SIZE),),)
    name: Runs = (Run(person.name, NAME_SIZE), Run(mark, DETAIL_SIZE))
    if sheet.whereabouts_known and not person.present and person.label:
        return name, (Run(person.label, DETAIL_SIZE),)  # A is out: see B
    return (name,)


def _post_paragraphs(post: PostDay) -> tuple[Runs, ...]:
    name: Runs = (Run(post.post.name, NAME_SIZE),)
    if not post.post.location:
        return (name,)
    return name, (Run(DUTY_SHEET["location"].format(location=post.post.location), DETAIL_SIZE, GREY),)


def _contact_of(post: PostDay) -> str:
    """Whom to call at a post nobody is rostered at: its A and B, by public phone."""
    lines = [f"{grade} {person.name} {person.public_phone}"
             for grade, person in (("A岗", post.holder), ("B岗", post.backup))
             if person is not None and person.public_phone]
    return "\n".join(lines)


def _post_block(post: PostDay, sheet: DaySheet, zone: tzinfo | None) -> Block:
    """The post's rows: its name and A/B cells span one row per duty line."""
    rows = max(1, len(post.duties))
    block = Block(rows, [
        Cell(_post_paragraphs(post), column=POST, rows=rows, align="left"),
        Cell(_person_paragraphs(post.holder, "", sheet), column=HOLDER, rows=rows),
        Cell(_person_paragraphs(post.backup, "", sheet), column=BACKUP, rows=rows),
    ])
    for row, line in enumerate(post.duties):
        span = ROSTER_MARKS["span"].format(start=line.start, end=line.end)
        block.cells += [
            text_cell(f"{line.shift}\n{span}", DETAIL_SIZE, row=row, column=SHIFT),
            Cell(_person_paragraphs(line.person, source_mark(line.source), sheet), row=row, column=ON_DUTY),
            text_cell(whereabouts_text(line.person, sheet.day, zone) if sheet.whereabouts_known else "",
                      DETAIL_SIZE, row=row, column=WHEREABOUTS),
            text_cell(line.person.public_phone or ROSTER_MARKS["none"], DETAIL_SIZE, row=row, column=PHONE),
        ]
    if not post.duties:
        note = DUTY_SHEET["closed_cell"] if not sheet.sessions else DUTY_SHEET["not_rostered"]
        contact = _contact_of(post)
        block.cells.append(text_cell(f"{note}\n{contact}" if contact else note, DETAIL_SIZE,
                                     column=SHIFT, columns=PHONE - SHIFT + 1, align="left"))
    return block


def _duty_table(sheet: DaySheet, zone: tzinfo | None) -> Flowable:
    # The minimum row height leaves room to write a whereabouts in by hand on another day's sheet.
    return Grid(COLUMN_WIDTHS, _header_block(sheet), [_post_block(post, sheet, zone) for post in sheet.posts],
                padding=Padding(top=3, bottom=4, side=CELL_PADDING), min_row_height=NAME_SIZE * LEADING + 7)


def render_duty_sheet(sheet: DaySheet, *, printed_at: datetime) -> bytes:
    """The day's duty sheet as a PDF (A4 portrait), with the stamp/sign-off area.

    No photos: the sheet is read from a metre at the desk and must fit ten posts on a
    page; faces are on the lobby board and the disclosure poster.
    """
    house = house_styles(wall=True)
    date_line = DUTY_SHEET["date_line"].format(date=chinese_date(sheet.day),
                                               weekday=WEEKDAYS[sheet.day.weekday()])
    mark = day_mark(sheet.day_kind, sheet.day_name)
    story: list[Flowable] = [styled([(date_line, 22), (f"　{mark}" if mark else "", 16)], house.body)]
    if sheet.sessions:
        story.append(para(DUTY_SHEET["hours"].format(sessions=sessions_text(sheet.sessions)), house.body))
    else:
        text = DUTY_SHEET["closed_named"].format(name=sheet.day_name) if sheet.day_name else DUTY_SHEET["closed"]
        story.append(para(text, house.body))
    story.append(Spacer(1, 2 * mm))
    if sheet.posts:
        story.append(_duty_table(sheet, printed_at.tzinfo))
    else:
        story.append(para(DUTY_SHEET["no_posts"], house.body))
    story.append(Spacer(1, 4 * mm))
    if sheet.notice:
        story.append(para(sheet.notice, house.body))
    if sheet.supervision_phone:
        story.append(styled([(DUTY_SHEET["supervision"].format(phone=sheet.supervision_phone), 18)],
                            house.body))
    if sheet.address:
        story.append(para(DUTY_SHEET["address"].format(address=sheet.address), house.body))
    header = DocumentHeader(sheet.center_name, DUTY_SHEET["title"], date_line)
    return build_pdf(story, header=header, printed_at=printed_at, sign_off=True)
