"""The wall poster of the three disclosures (三公开公示): where everyone is, how to reach
them, and who is on duty at each post.

It follows the anatomy of a Chinese public notice: a "关于……的公示" title, a lead
sentence, the tables, how to object (监督电话), and the 落款 — the center's name with a
marked "（盖章）" place and the date — where the physical seal is pressed. No seal is
ever drawn: a printed seal would make the sheet look stamped when it is not. A4 portrait
by default; on A3 every size grows with the page so it reads from further away.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, Paragraph, Spacer, TableStyle

from desk.printing.document import MARGIN, DocumentHeader, HouseStyles, build_pdf, house_styles, para, table
from desk.printing.duty_sheet import chinese_date, source_mark, styled
from desk.printing.wording import DISCLOSURE, DUTY_SHEET, ROSTER_MARKS, WEEKDAYS
from desk.roster.disclosure import DaySheet, Person, PostDay

# Column shares of the usable width (they sum to 1), so A3 keeps A4's proportions.
# 照片, 姓名, 职务/岗位, 办公电话, 当日去向, 返回时间
PEOPLE_COLUMNS = (22, 30, 40, 34, 32, 22)
# 岗位, 办公定点, 工作职责, 值班人员及时段, AB岗
DUTY_COLUMNS = (30, 28, 50, 44, 28)


@dataclass(frozen=True)
class _Sizes:
    title: float
    heading: float
    body: float
    cell: float
    name: float
    photo: float


def photo_flowable(data: bytes | None, height: float) -> Flowable | None:
    """A staff photo at ``height``, or None when there is none or it cannot be read
    (a damaged photo must not stop the morning's sheet)."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        width_px, height_px = reader.getSize()
    except Exception:  # noqa: BLE001 - PIL raises many kinds for bad bytes
        return None
    if not width_px or not height_px:
        return None
    picture = Image(io.BytesIO(data), width=height * width_px / height_px, height=height)
    picture.hAlign = "CENTER"
    return picture


def _sizes(scale: float) -> _Sizes:
    return _Sizes(title=22 * scale, heading=17 * scale, body=14 * scale, cell=12 * scale,
                  name=15 * scale, photo=16 * mm * scale)


def _widths(shares: tuple[int, ...], usable: float) -> list[float]:
    total = sum(shares)
    return [usable * share / total for share in shares]


def _style(name: str, size: float, **extra: object) -> ParagraphStyle:
    base = house_styles(wall=True).body
    return ParagraphStyle(name, parent=base, fontSize=size, leading=size * 1.35, **extra)


def _roles(person: Person, posts: tuple[PostDay, ...]) -> str:
    """职务 and the posts the person holds (A) or backs up (B)."""
    lines = [person.title] if person.title else []
    for post in posts:
        if post.holder is not None and post.holder.staff_id == person.staff_id:
            lines.append(post.post.name + DISCLOSURE["holder_mark"])
        if post.backup is not None and post.backup.staff_id == person.staff_id:
            lines.append(post.post.name + DISCLOSURE["backup_mark"])
    return "\n".join(lines)


def _return_text(person: Person, sheet: DaySheet, zone: tzinfo | None) -> str:
    if not (person.away and person.expected_return is not None):
        return ""
    back = person.expected_return.astimezone(zone)
    time_text = back.strftime("%H:%M")
    if back.date() != sheet.day:
        time_text = f"{ROSTER_MARKS['month_day'].format(month=back.month, day=back.day)} {time_text}"
    return time_text + (DUTY_SHEET["stale"] if person.stale else "")


def _where_text(person: Person) -> str:
    if person.away and person.destination:
        return f"{person.label}：{person.destination}"
    return person.label


def _people_table(sheet: DaySheet, sizes: _Sizes, usable: float, photos: dict[int, bytes],
                  zone: tzinfo | None) -> Flowable:
    cell = _style("poster-cell", sizes.cell)
    centre = ParagraphStyle("poster-cell-centre", parent=cell, alignment=TA_CENTER)
    header = [DISCLOSURE[key] for key in ("col_photo", "col_name", "col_role", "col_phone",
                                           "col_whereabouts", "col_return")]
    rows: list[list[object]] = [header]
    for person in sheet.people:
        known = sheet.whereabouts_known
        rows.append([
            photo_flowable(photos.get(person.staff_id), sizes.photo) or "",
            styled([(person.name, sizes.name)], centre),
            para(_roles(person, sheet.posts), cell),
            para(person.public_phone or ROSTER_MARKS["none"], centre),
            para(_where_text(person), centre) if known else "",  # another day: filled in by hand
            para(_return_text(person, sheet, zone), centre) if known else "",
        ])
    grid = table(rows, _widths(PEOPLE_COLUMNS, usable), styles=_table_styles(sizes))  # type: ignore[arg-type]
    grid.setStyle(TableStyle([("ALIGN", (0, 1), (0, -1), "CENTER"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return grid


def _duty_lines(post: PostDay, sheet: DaySheet, sizes: _Sizes, style: ParagraphStyle) -> list[Flowable] | Paragraph:
    if not post.duties:
        return para(DISCLOSURE["closed"] if not sheet.sessions else DISCLOSURE["not_rostered"], style)
    return [styled([(line.person.name, sizes.name), (source_mark(line.source), sizes.cell * 0.85),
                    ("\n" + ROSTER_MARKS["span"].format(start=line.start, end=line.end), sizes.cell)], style)
            for line in post.duties]


def _duty_table(sheet: DaySheet, sizes: _Sizes, usable: float) -> Flowable:
    cell = _style("poster-duty-cell", sizes.cell)
    centre = ParagraphStyle("poster-duty-centre", parent=cell, alignment=TA_CENTER)
    header = [DISCLOSURE[key] for key in ("col_post", "col_location", "col_duties", "col_on_duty", "col_ab")]
    rows: list[list[object]] = [header]
    for post in sheet.posts:
        duties = post.post.duties
        if post.post.time_limit:
            duties = "\n".join(filter(None, (duties, DISCLOSURE["time_limit"].format(limit=post.post.time_limit))))
        ab = [DISCLOSURE["ab_holder"].format(name=post.holder.name if post.holder else ROSTER_MARKS["none"]),
              DISCLOSURE["ab_backup"].format(name=post.backup.name if post.backup else ROSTER_MARKS["none"])]
        rows.append([styled([(post.post.name, sizes.name)], cell), para(post.post.location, cell),
                     para(duties, cell), _duty_lines(post, sheet, sizes, centre), para("\n".join(ab), cell)])
    grid = table(rows, _widths(DUTY_COLUMNS, usable), styles=_table_styles(sizes))  # type: ignore[arg-type]
    grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return grid


def _table_styles(sizes: _Sizes) -> HouseStyles:
    """The house table styles with the poster's cell size (which grows on A3)."""
    house = house_styles(wall=True)
    return replace(house, cell=_style("poster-table-cell", sizes.cell),
                   cell_header=_style("poster-table-header", sizes.cell, alignment=TA_CENTER))


def _seal_block(sheet: DaySheet, sizes: _Sizes) -> list[Flowable]:
    """落款: the center's name with the place for the seal marked, then the date."""
    right = _style("poster-seal", sizes.body * 1.1, alignment=TA_RIGHT)
    return [
        Spacer(1, 8 * mm),
        para(f"{sheet.center_name}{DISCLOSURE['seal']}", right),
        Spacer(1, 3 * mm),
        para(chinese_date(sheet.day), right),
    ]


def render_disclosure(sheet: DaySheet, *, printed_at: datetime, photos: dict[int, bytes] | None = None,
                      pagesize: tuple[float, float] = A4) -> bytes:
    """The 三公开 poster of ``sheet``'s day (A4 portrait, or ``pagesize`` such as A3)."""
    sizes = _sizes(pagesize[0] / A4[0])
    usable = pagesize[0] - 2 * MARGIN
    zone = printed_at.tzinfo
    day_text = chinese_date(sheet.day)
    heading = _style("poster-heading", sizes.heading, spaceBefore=6, spaceAfter=4)
    body = _style("poster-body", sizes.body, spaceAfter=3, firstLineIndent=2 * sizes.body)
    plain = _style("poster-plain", sizes.body, spaceAfter=3)
    title = _style("poster-title", sizes.title, alignment=TA_CENTER, spaceAfter=8)
    story: list[Flowable] = [
        para(DISCLOSURE["title"].format(center=sheet.center_name), title),
        para(DISCLOSURE["lead"].format(date=day_text), body),
        para(DISCLOSURE["section_people"], heading),
    ]
    if sheet.people:
        story.append(_people_table(sheet, sizes, usable, photos or {}, zone))
    else:
        story.append(para(DISCLOSURE["no_people"], plain))
    story += [CondPageBreak(40 * mm), para(DISCLOSURE["section_duty"], heading)]
    if sheet.posts:
        story.append(_duty_table(sheet, sizes, usable))
    else:
        story.append(para(DISCLOSURE["no_posts"], plain))
    closing: list[Flowable] = [Spacer(1, 3 * mm)]
    if sheet.supervision_phone:
        closing.append(para(DISCLOSURE["objection"].format(phone=sheet.supervision_phone), body))
    if sheet.address:
        closing.append(para(DISCLOSURE["address"].format(address=sheet.address), body))
    story.append(KeepTogether(closing + _seal_block(sheet, sizes)))
    subtitle = DUTY_SHEET["date_line"].format(date=day_text, weekday=WEEKDAYS[sheet.day.weekday()])
    header = DocumentHeader(sheet.center_name, DISCLOSURE["running_title"], subtitle)
    return build_pdf(story, header=header, pagesize=pagesize, printed_at=printed_at)
