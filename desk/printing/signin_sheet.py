"""The activity sign-in sheet (活动签到表), A4 portrait, for the volunteer at the door.

Which QR codes, and why: the door (``desk.rooms.activity_door``) signs people in from
their own sign-up pass (SIGNUP) or resident pass; there is no code "of the activity" it
reads. What a door volunteer needs is a way in for the resident who comes without a
phone or a printed pass — often the oldest. So each sign-up whose pass this desk issued
gets that pass's small QR on its row: the volunteer finds the name, scans the row with
the door scanner, and the scan goes through the same door rules as the resident's own
pass (one sign-in per sign-up, companions counted, the sign-in window, no waiting-list
entry). Rows without a code (sign-ups made in the mini-program carry their QR on the
resident's phone) are signed by hand and entered afterwards. The room booking's own QR,
when one was issued, sits at the top for the organiser to check the room in at the desk,
so the booking is not released as a no-show.

Phones are masked (138****5678): the sheet lies open on a table by the door. The waiting
list is printed apart, in the order places are offered, and blank rows follow for
people who sign up on the spot.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, TableStyle

from desk.printing.document import DocumentHeader, build_pdf, house_styles, para, table
from desk.printing.duty_sheet import chinese_date, styled
from desk.printing.grid import Run, Runs
from desk.printing.service_list import Masthead, draw_qr, qr_modules
from desk.printing.wording import ROOM_MARKS, SIGNIN_SHEET, WEEKDAYS
from desk.rooms.printouts import SigninRow, SigninSheet

# 序号, 姓名, 联系电话, 人数, 签到码, 签名: the 180 mm between the margins.
COLUMN_WIDTHS_MM = (12, 36, 32, 20, 26, 54)
# 18 mm for a 41-module pass with its quiet zone: modules of about 0.37 mm, which a
# USB door scanner reads at a hand's distance, and six to eight rows still fit a page.
ROW_QR_SIDE = 18 * mm
WALK_IN_ROWS = 8
GREY = colors.HexColor("#404040")


class RowCode(Flowable):
    """A sign-up pass's QR code, drawn as vector squares so any printer keeps it sharp."""

    def __init__(self, payload: str, side: float = ROW_QR_SIDE) -> None:
        super().__init__()
        self.modules = qr_modules(payload)
        self.side = side

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        draw_qr(self.canv, self.modules, 0, 0, self.side)


def when_text(sheet: SigninSheet) -> str:
    start, end = sheet.starts_at, sheet.ends_at
    weekday = WEEKDAYS[start.weekday()]
    if start.date() == end.date():
        return SIGNIN_SHEET["when_same_day"].format(date=chinese_date(start.date()), weekday=weekday,
                                                    start=f"{start:%H:%M}", end=f"{end:%H:%M}")
    return SIGNIN_SHEET["when_days"].format(date=chinese_date(start.date()), weekday=weekday, start=f"{start:%H:%M}",
                                            end_date=chinese_date(end.date()), end=f"{end:%H:%M}")


def _masthead_lines(sheet: SigninSheet) -> list[Runs]:
    place = sheet.place + (f"（{sheet.room_location}）" if sheet.room_location else "")
    lines: list[Runs] = [(Run(sheet.title, 20),)]
    lines.append((Run(SIGNIN_SHEET["time"].format(when=when_text(sheet)), 13),))
    lines.append((Run(SIGNIN_SHEET["door_opens"].format(time=f"{sheet.door_opens:%H:%M}"), 11, GREY),))
    lines.append((Run(SIGNIN_SHEET["place"].format(place=place), 13),))
    if sheet.organiser:
        lines.append((Run(SIGNIN_SHEET["organiser"].format(organiser=sheet.organiser), 13),))
    places = (SIGNIN_SHEET["places"].format(capacity=sheet.capacity, used=sheet.places_used) if sheet.capacity
              else SIGNIN_SHEET["places_unlimited"].format(used=sheet.places_used))
    lines.append((Run(places, 11, GREY),))
    if sheet.cancelled:
        lines.append((Run(SIGNIN_SHEET["cancelled"], 14),))
    return lines


def _masthead(sheet: SigninSheet) -> list[Flowable]:
    lines = _masthead_lines(sheet)
    if sheet.booking_pass:
        return [Masthead(lines, qr_modules(sheet.booking_pass), SIGNIN_SHEET["booking_qr_caption"], scale=1.0)]
    base = house_styles().body
    return [styled([(run.text, run.size) for run in line], base) for line in lines]


def _people(row: SigninRow) -> str:
    if row.companions:
        return SIGNIN_SHEET["people_companions"].format(n=row.people, companions=row.companions)
    return SIGNIN_SHEET["people"].format(n=row.people)


def _signed(row: SigninRow) -> str:
    """Already signed in at the door before the sheet was printed: said, so nobody signs twice."""
    if row.attended_at is None:
        return ""
    time = f"{row.attended_at:%H:%M}"
    if row.attended_count and row.attended_count != row.people:
        return SIGNIN_SHEET["signed_in_people"].format(time=time, n=row.attended_count)
    return SIGNIN_SHEET["signed_in"].format(time=time)


def _header_row() -> list[str]:
    keys = ("col_number", "col_name", "col_phone", "col_people", "col_code", "col_signature")
    return [SIGNIN_SHEET[key] for key in keys]


def _list_table(rows: list[list[str | Flowable]]) -> Flowable:
    styles = house_styles()
    grid = table([_header_row(), *rows], [width * mm for width in COLUMN_WIDTHS_MM], styles=styles,
                 center_columns=(0, 2, 3, 4))
    # Room to sign: a body row is at least about 11 mm high.
    grid.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -1), 9), ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
                              ("ALIGN", (4, 1), (4, -1), "CENTER")]))
    return grid


def _rows(rows: tuple[SigninRow, ...], *, codes: bool) -> list[list[str | Flowable]]:
    return [[str(row.number), row.name, row.phone_masked or ROOM_MARKS["none"], _people(row),
             RowCode(row.pass_payload) if codes and row.pass_payload else "", _signed(row)] for row in rows]


def render_signin_sheet(sheet: SigninSheet, *, printed_at: datetime, walk_in_rows: int = WALK_IN_ROWS) -> bytes:
    """The sign-in sheet as a PDF (A4 portrait)."""
    styles = house_styles()
    story: list[Flowable] = [*_masthead(sheet), Spacer(1, 2 * mm),
                             para(SIGNIN_SHEET["instruction"], styles.small), Spacer(1, 3 * mm)]
    people = sum(row.people for row in sheet.confirmed)
    story.append(para(SIGNIN_SHEET["section_confirmed"].format(count=len(sheet.confirmed), people=people),
                      styles.heading))
    if sheet.confirmed:
        story.append(_list_table(_rows(sheet.confirmed, codes=True)))
    else:
        story.append(para(SIGNIN_SHEET["no_signups"], styles.body))
    if sheet.waitlist:
        # Waiting residents have no place yet: the door refuses their pass, so no code here.
        story += [Spacer(1, 3 * mm),
                  para(SIGNIN_SHEET["section_waitlist"].format(count=len(sheet.waitlist)), styles.heading),
                  _list_table(_rows(sheet.waitlist, codes=False))]
    if walk_in_rows > 0 and not sheet.cancelled:
        blank: list[list[str | Flowable]] = [[""] * len(COLUMN_WIDTHS_MM) for _ in range(walk_in_rows)]
        # The heading never stands alone at the foot of a page.
        story += [Spacer(1, 3 * mm), CondPageBreak(45 * mm), para(SIGNIN_SHEET["section_walk_ins"], styles.heading),
                  _list_table(blank)]
    header = DocumentHeader(sheet.center_name, SIGNIN_SHEET["title"], when_text(sheet))
    return build_pdf(story, header=header, printed_at=printed_at, sign_off=False)
