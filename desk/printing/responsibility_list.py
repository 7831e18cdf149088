"""The responsibility list (岗位责任清单): post → duties → A/B staff → public contact.

It is the 四确定 of every post on one wall sheet: where the post sits (办公定点), what
it answers for (工作定责), the standard and time limit it promises (服务定效), and the
person who holds it (A岗) with the one who takes over when they are away (B岗), each
with the public phone only. A4 landscape, because duties are sentences, not words.
Read from the same day sheet as the duty sheet and the poster, so the three documents
can never name different A/B people for a post.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk.printing.document import MARGIN, DocumentHeader, build_pdf, house_styles, para
from desk.printing.duty_sheet import chinese_date, styled
from desk.printing.grid import Block, Cell, Grid, Padding, Run, Runs, text_cell
from desk.printing.wording import DUTY_SHEET, RESPONSIBILITIES
from desk.roster.disclosure import DaySheet, Person, PostDay

# 岗位, 办公定点, 工作职责, 服务标准与时限, A岗, B岗 — shares of the 267 mm across A4 landscape.
COLUMN_SHARES = (30, 32, 80, 60, 32, 33)
NAME_SIZE = 14
TEXT_SIZE = 11
GREY = colors.HexColor("#404040")


def _widths() -> list[float]:
    usable = A4[1] - 2 * MARGIN
    total = sum(COLUMN_SHARES)
    return [usable * share / total for share in COLUMN_SHARES]


def _person(person: Person | None) -> tuple[Runs, ...]:
    if person is None:
        return ((Run(RESPONSIBILITIES["unassigned"], TEXT_SIZE, GREY),),)
    lines: list[Runs] = [(Run(person.name, NAME_SIZE),)]
    if person.title:
        lines.append((Run(person.title, TEXT_SIZE, GREY),))
    if person.public_phone:
        lines.append((Run(person.public_phone, TEXT_SIZE),))
    return tuple(lines)


def _standard(post: PostDay) -> str:
    parts = [post.post.service_standard.strip()]
    if post.post.time_limit.strip():
        parts.append(RESPONSIBILITIES["time_limit"].format(limit=post.post.time_limit.strip()))
    return "\n".join(part for part in parts if part)


def _row(post: PostDay) -> Block:
    return Block(1, [
        Cell(((Run(post.post.name, NAME_SIZE),),), column=0),
        text_cell(post.post.location, TEXT_SIZE, column=1, align="left"),
        text_cell(post.post.duties.strip(), TEXT_SIZE, column=2, align="left"),
        text_cell(_standard(post), TEXT_SIZE, column=3, align="left"),
        Cell(_person(post.holder), column=4),
        Cell(_person(post.backup), column=5),
    ])


def _header() -> Block:
    keys = ("col_post", "col_location", "col_duties", "col_standard", "col_holder", "col_backup")
    return Block(1, [text_cell(RESPONSIBILITIES[key], 12, column=column) for column, key in enumerate(keys)])


def render_responsibility_list(sheet: DaySheet, *, printed_at: datetime) -> bytes:
    """The responsibility list as a PDF (A4 landscape), with the stamp/sign-off area."""
    house = house_styles(wall=True)
    story: list[Flowable] = [para(RESPONSIBILITIES["lead"], house.body), Spacer(1, 2 * mm)]
    if sheet.posts:
        story.append(Grid(_widths(), _header(), [_row(post) for post in sheet.posts],
                          padding=Padding(top=4, bottom=5, side=4), min_row_height=16 * mm))
    else:
        story.append(para(RESPONSIBILITIES["no_posts"], house.body))
    story.append(Spacer(1, 3 * mm))
    story.append(para(RESPONSIBILITIES["as_of"].format(date=chinese_date(sheet.day)), house.body))
    if sheet.supervision_phone:
        story.append(styled([(DUTY_SHEET["supervision"].format(phone=sheet.supervision_phone), 18)], house.body))
    if sheet.address:
        story.append(para(DUTY_SHEET["address"].format(address=sheet.address), house.body))
    header = DocumentHeader(sheet.center_name, RESPONSIBILITIES["title"], chinese_date(sheet.day))
    return build_pdf(story, header=header, landscape=True, printed_at=printed_at, sign_off=True)
