"""The evacuation roll call (紧急疏散点名表): everyone inside, to tick off at the assembly point.

It is printed in a hurry and read outdoors, so it keeps to one table on A4 portrait with
the head count at the top; the duty officer signs it once everyone is accounted for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk.printing.document import (
    DocumentHeader,
    build_pdf,
    house_styles,
    para,
    stamp,
    table,
)
from desk.printing.wording import ROLL_CALL

# 序号, 姓名, 电话, 单位, 事由, 人数, 签到时间, 已确认: the 180 mm between the margins.
COLUMN_WIDTHS_MM = (11, 24, 29, 31, 28, 11, 26, 20)


@dataclass(frozen=True)
class RollCallRow:
    name: str
    phone_masked: str
    purpose: str
    headcount: int
    checked_in: datetime  # aware, already in the center's local time
    organisation: str = ""


class TickBox(Flowable):
    """An empty square to tick; a blank cell alone is easy to miss in a hurry."""

    def __init__(self, side: float = 5 * mm) -> None:
        super().__init__()
        self.side = side
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.side, self.side)


def _check_in_text(checked_in: datetime, printed_at: datetime) -> str:
    if checked_in.tzinfo and printed_at.tzinfo:
        checked_in = checked_in.astimezone(printed_at.tzinfo)
    # Someone still inside since an earlier day is worth noticing: show the date then.
    if checked_in.date() == printed_at.date():
        return checked_in.strftime("%H:%M")
    return checked_in.strftime("%m-%d %H:%M")


def render_roll_call(
    center_name: str, rows: Sequence[RollCallRow], *, printed_at: datetime
) -> bytes:
    styles = house_styles()
    ordered = sorted(rows, key=lambda row: row.checked_in)
    persons = sum(row.headcount for row in ordered)
    story: list[Flowable] = [
        para(ROLL_CALL["summary"].format(visits=len(ordered), persons=persons), styles.heading),
        para(ROLL_CALL["instruction"], styles.body),
        Spacer(1, 3 * mm),
    ]
    if ordered:
        header_row = [
            ROLL_CALL[key]
            for key in (
                "col_number",
                "col_name",
                "col_phone",
                "col_organisation",
                "col_purpose",
                "col_headcount",
                "col_checked_in",
                "col_confirmed",
            )
        ]
        body_rows: list[list[str | Flowable]] = [
            [
                str(number),
                row.name,
                row.phone_masked,
                row.organisation,
                row.purpose,
                str(row.headcount),
                _check_in_text(row.checked_in, printed_at),
                TickBox(),
            ]
            for number, row in enumerate(ordered, start=1)
        ]
        story.append(
            table(
                [header_row, *body_rows],
                [width * mm for width in COLUMN_WIDTHS_MM],
                styles=styles,
                center_columns=(0, 5, 6),
            )
        )
    else:
        story.append(para(ROLL_CALL["empty"], styles.body))
    header = DocumentHeader(
        center_name,
        ROLL_CALL["title"],
        ROLL_CALL["subtitle"].format(printed=stamp(printed_at)),
    )
    return build_pdf(story, header=header, printed_at=printed_at, sign_off=True)
