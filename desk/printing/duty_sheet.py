"""The daily duty sheet (每日值班表): printed every morning and pinned up in the lobby.

A4 portrait, read standing a metre away: body text at least 12 pt, names at 16 pt. One
row per duty line, with the post, its A holder and B backup spanning the post's lines,
so "who is here, until when, and how do I reach them" reads straight across. Only the
public phone is printed. A sheet for another day leaves the whereabouts column empty to
fill in by hand, because only today's whereabouts are known.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from desk.printing.document import DocumentHeader, HouseStyles, build_pdf, house_styles, para, table
from desk.printing.fonts import draw_string, markup, string_width
from desk.printing.wording import DUTY_SHEET, ROSTER_MARKS, WEEKDAYS
from desk.roster.disclosure import DaySheet, DutyLine, Person, PostDay

# 岗位, 班次时段, 值班人员, 去向, 联系电话, A岗, B岗: the 180 mm between the margins.
COLUMN_WIDTHS_MM = (29, 27, 27, 24, 33, 20, 20)
# Narrow side padding so an 11-digit mobile and "08:30-12:00" fit on one line at 12 pt.
CELL_PADDING = 3
NAME_SIZE = 16
INNER = [width * mm - 2 * CELL_PADDING for width in COLUMN_WIDTHS_MM]
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


class OneLine(Flowable):
    """Text runs that fit on one line of their cell, drawn straight onto the canvas.

    A sheet has a hundred-odd short cells (a name, a phone, a time); laying each out as a
    Paragraph costs most of the sheet's build time, and these never need to wrap.
    """

    def __init__(self, parts: list[tuple[str, float]], alignment: int) -> None:
        super().__init__()
        self.parts = [(text, size) for text, size in parts if text]
        self.size = max((size for _, size in self.parts), default=DETAIL_SIZE)
        self.text_width = sum(string_width(text, size) for text, size in self.parts)
        self.alignment = alignment

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.size * 1.25
        return available_width, self.height

    def draw(self) -> None:
        x = (self.width - self.text_width) / 2 if self.alignment == TA_CENTER else 0.0
        baseline = self.size * 0.3  # below it: the descent and half the extra leading
        for text, size in self.parts:
            draw_string(self.canv, x, baseline, text, size)
            x += string_width(text, size)


def fitted(parts: list[tuple[str, float]], width: float, base: ParagraphStyle) -> Flowable:
    """A OneLine if the runs fit in ``width`` on one line, else a wrapping Paragraph."""
    one_line = all("\n" not in text for text, _ in parts)
    if one_line and sum(string_width(text, size) for text, size in parts if text) <= width:
        return OneLine(parts, base.alignment)
    return styled(parts, base)


def lines(text: str, size: float, width: float, base: ParagraphStyle) -> list[Flowable]:
    """One flowable per line of ``text``, each fitted to ``width``."""
    return [fitted([(line, size)], width, base) for line in text.split("\n")]


def styled(parts: list[tuple[str, float]], base: ParagraphStyle) -> Paragraph:
    """One paragraph of (text, size) runs, e.g. a 16 pt name followed by a 12 pt mark."""
    body = "".join(f'<font size="{size}">{markup(text)}</font>' for text, size in parts if text)
    leading = max((size for text, size in parts if text), default=base.fontSize) * 1.25
    return Paragraph(body, ParagraphStyle(f"{base.name}-{leading}", parent=base, leading=leading))


# -- the sheet ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    house: HouseStyles
    cell: ParagraphStyle
    centre: ParagraphStyle


def _styles() -> _Styles:
    house = house_styles(wall=True)
    cell = ParagraphStyle("duty-cell", parent=house.cell, fontSize=DETAIL_SIZE, leading=DETAIL_SIZE * 1.3)
    return _Styles(house, cell, ParagraphStyle("duty-centre", parent=cell, alignment=TA_CENTER))


def _person_cell(person: Person | None, mark: str, sheet: DaySheet, s: _Styles,
                 width: float) -> list[Flowable]:
    if person is None:
        return [OneLine([(ROSTER_MARKS["none"], DETAIL_SIZE)], TA_CENTER)]
    cell: list[Flowable] = []
    cell.append(fitted([(person.name, NAME_SIZE), (mark, DETAIL_SIZE)], width, s.centre))
    if sheet.whereabouts_known and not person.present and person.label:
        cell.append(fitted([(person.label, DETAIL_SIZE)], width, s.centre))  # A is out: see B
    return cell


def _post_cell(post: PostDay, s: _Styles) -> list[Flowable]:
    cell: list[Flowable] = [fitted([(post.post.name, NAME_SIZE)], INNER[0], s.cell)]
    if post.post.location:
        cell.append(para(DUTY_SHEET["location"].format(location=post.post.location),
                         ParagraphStyle("duty-location", parent=s.cell, textColor=GREY)))
    return cell


def _contact_of(post: PostDay) -> str:
    """Whom to call at a post nobody is rostered at: its A and B, by public phone."""
    lines = [f"{grade} {person.name} {person.public_phone}"
             for grade, person in (("A岗", post.holder), ("B岗", post.backup))
             if person is not None and person.public_phone]
    return "\n".join(lines)


def _post_rows(post: PostDay, sheet: DaySheet, s: _Styles, first_row: int,
               zone: tzinfo | None) -> tuple[list[list[object]], list[tuple]]:
    """The post's rows of the table and the spans that join its name and A/B cells."""
    holder = _person_cell(post.holder, "", sheet, s, INNER[5])
    backup = _person_cell(post.backup, "", sheet, s, INNER[6])
    rows: list[list[object]] = []
    commands: list[tuple] = []
    if post.duties:
        for index, line in enumerate(post.duties):
            rows.append([
                _post_cell(post, s) if index == 0 else "",
                _shift_cell(line, s),
                _person_cell(line.person, source_mark(line.source), sheet, s, INNER[2]),
                lines(whereabouts_text(line.person, sheet.day, zone), DETAIL_SIZE, INNER[3], s.centre)
                if sheet.whereabouts_known else "",
                lines(line.person.public_phone or ROSTER_MARKS["none"], DETAIL_SIZE, INNER[4], s.centre),
                holder if index == 0 else "",
                backup if index == 0 else "",
            ])
    else:
        note = DUTY_SHEET["closed_cell"] if not sheet.sessions else DUTY_SHEET["not_rostered"]
        contact = _contact_of(post)
        rows.append([_post_cell(post, s), para(f"{note}\n{contact}" if contact else note, s.cell),
                     "", "", "", holder, backup])
        commands.append(("SPAN", (1, first_row), (4, first_row)))
    last = first_row + len(rows) - 1
    if last > first_row:
        for column in (0, 5, 6):
            commands.append(("SPAN", (column, first_row), (column, last)))
    return rows, commands


def _shift_cell(line: DutyLine, s: _Styles) -> list[Flowable]:
    span = ROSTER_MARKS["span"].format(start=line.start, end=line.end)
    return lines(f"{line.shift}\n{span}", DETAIL_SIZE, INNER[1], s.centre)


def _duty_table(sheet: DaySheet, s: _Styles, zone: tzinfo | None) -> Flowable:
    header = [DUTY_SHEET[key] for key in ("col_post", "col_shift", "col_on_duty")]
    header.append(DUTY_SHEET["col_whereabouts" if sheet.whereabouts_known else "col_whereabouts_blank"])
    header += [DUTY_SHEET[key] for key in ("col_phone", "col_holder", "col_backup")]
    rows: list[list[object]] = [header]
    spans: list[tuple] = []
    for post in sheet.posts:
        post_rows, commands = _post_rows(post, sheet, s, len(rows), zone)
        rows.extend(post_rows)
        spans.extend(commands)
    grid = table(rows, [width * mm for width in COLUMN_WIDTHS_MM], styles=s.house)  # type: ignore[arg-type]
    # Rows still leave room to write a whereabouts in by hand on another day's sheet.
    grid.setStyle(TableStyle([*spans, ("TOPPADDING", (0, 1), (-1, -1), 3),
                              ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
                              ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                              ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                              ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING)]))
    return grid


def render_duty_sheet(sheet: DaySheet, *, printed_at: datetime) -> bytes:
    """The day's duty sheet as a PDF (A4 portrait), with the stamp/sign-off area.

    No photos: the sheet is read from a metre at the desk and must fit ten posts on a
    page; faces are on the lobby board and the disclosure poster.
    """
    s = _styles()
    date_line = DUTY_SHEET["date_line"].format(date=chinese_date(sheet.day),
                                               weekday=WEEKDAYS[sheet.day.weekday()])
    mark = day_mark(sheet.day_kind, sheet.day_name)
    story: list[Flowable] = [styled([(date_line, 22), (f"　{mark}" if mark else "", 16)], s.house.body)]
    if sheet.sessions:
        story.append(para(DUTY_SHEET["hours"].format(sessions=sessions_text(sheet.sessions)), s.house.body))
    else:
        text = DUTY_SHEET["closed_named"].format(name=sheet.day_name) if sheet.day_name else DUTY_SHEET["closed"]
        story.append(para(text, s.house.body))
    story.append(Spacer(1, 2 * mm))
    if sheet.posts:
        story.append(_duty_table(sheet, s, printed_at.tzinfo))
    else:
        story.append(para(DUTY_SHEET["no_posts"], s.house.body))
    story.append(Spacer(1, 4 * mm))
    if sheet.notice:
        story.append(para(sheet.notice, s.house.body))
    if sheet.supervision_phone:
        story.append(styled([(DUTY_SHEET["supervision"].format(phone=sheet.supervision_phone), 18)],
                            s.house.body))
    if sheet.address:
        story.append(para(DUTY_SHEET["address"].format(address=sheet.address), s.house.body))
    header = DocumentHeader(sheet.center_name, DUTY_SHEET["title"], date_line)
    return build_pdf(story, header=header, printed_at=printed_at, sign_off=True)
