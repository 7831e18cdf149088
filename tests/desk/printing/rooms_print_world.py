"""The world of the rooms printouts' tests, built once per run under a frozen clock and
copied for each test (building it takes longer than a test).

Week of Monday 2026-11-16 in Shanghai, the center on its default hours (weekdays
08:30–12:00 and 14:00–17:30, weekends 09:00–12:00):

* 党员教育室: Monday 09:00–11:00 主题党日 (第一党支部, 35), and on Tuesday 14:00–16:00 the
  booking of the health talk (an activity with sign-ups, passes and a waiting list).
* 文体活动室: 四点半课堂 Monday to Thursday 16:30–17:30 for two weeks (Friday is a local
  holiday, 校庆日, and was skipped); Wednesday's class cancelled; Monday 09:00–10:00
  乒乓球 cancelled and Monday 08:30–09:00 合唱排练 released as a no-show.
* 谈心谈话室: Monday 10:00–10:30 书记有约, booked by the resident 刘建国 (printed 刘*国).
* 多功能厅: needs approval; a receptionist's request Monday 14:30–16:30 is pending.
* 书画室: closed on Tuesday (设备检修), nothing booked.
* 夜间活动室: its own hours, all day every day: Monday 23:00–24:00 夜间排练 and Tuesday
  22:00 to Wednesday 01:00 跨夜值守.
* The whole center is closed on Sunday 2026-11-22 (消防检查).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from db.engine import DB_FILENAME

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY = date(2026, 11, 16)
TUESDAY = MONDAY + timedelta(days=1)
MOMENT = datetime(2026, 11, 16, 8, 0, tzinfo=SHANGHAI)
PRINTED_AT = datetime(2026, 11, 16, 8, 5, tzinfo=SHANGHAI)
CENTER_NAME = "幸福社区党群服务中心"
RARE_RESIDENT = "𠮷祥"  # 𠮷 is in CJK Extension B: only DeskRare has it
PHONES = {"张三": "13812345678", RARE_RESIDENT: "13912340001", "李四": "13700001111", "王五": "13600002222",
          "赵六": "13500003333", "钱七": "13400004444"}


@dataclass(frozen=True)
class RoomsWorld:
    rooms: dict[str, int]
    activity_id: int
    activity_booking_id: int
    signups: dict[str, int]  # name → sign-up id
    series_id: int


_template: dict[str, tuple[Path, RoomsWorld]] = {}


def _build(folder: Path) -> RoomsWorld:
    from db.tables import CalendarDay
    from desk.center.hours import OpeningHours
    from desk.center.service import CenterForm
    from desk.context import open_desk
    from desk.rooms.activity_rows import ActivityForm, SignupForm
    from desk.rooms.forms import BookingDetails, BookingForm, SeriesForm
    from desk.rooms.intervals import local_span
    from desk.rooms.repeats import Repeat, weekly
    from desk.rooms.rooms import RoomForm

    with time_machine.travel(MOMENT, tick=False) as traveller:
        desk = open_desk(folder)
        try:
            desk.center.set_up(CenterForm(name=CENTER_NAME, address="幸福路1号", supervision_phone="010-12345678",
                                          hours=OpeningHours.default()),
                               admin_username="admin", admin_name="王管理", admin_password="secret-pass-1")
            admin = desk.accounts.sign_in("admin", "secret-pass-1")
            desk.accounts.create_user(admin, username="desk1", display_name="李前台", role="receptionist",
                                      password="desk-pass-1")
            clerk = desk.accounts.sign_in("desk1", "desk-pass-1")
            all_day = OpeningHours(((("00:00", "23:59"),),) * 7)
            forms = (
                RoomForm(name="党员教育室", kind="党员教育", capacity=40, location="一楼东侧", sort_order=1),
                RoomForm(name="文体活动室", kind="文体", capacity=30, location="二楼", sort_order=2),
                RoomForm(name="谈心谈话室", kind="谈心谈话", capacity=4, sort_order=3),
                RoomForm(name="多功能厅", kind="会议", capacity=100, needs_approval=True, hold_pending_minutes=120,
                         sort_order=4),
                RoomForm(name="书画室", kind="书画", capacity=16, sort_order=5),
                RoomForm(name="夜间活动室", kind="活动", capacity=20, hours=all_day, sort_order=6),
            )
            rooms = {form.name: desk.rooms.create(admin, form).value.id for form in forms}
            with desk.store.write() as session:
                session.merge(CalendarDay(day=MONDAY + timedelta(days=4), kind="holiday", name="校庆日",
                                          source="local", updated_at=MOMENT))

            def book(room: str, day: date, start: str, end: str, title: str, actor=admin, **fields):
                starts_at, ends_at = local_span(desk.clock.zone, day, start, end)
                fields.setdefault("booker_name", "第一党支部")
                details = BookingDetails(title=title, **fields)
                return desk.bookings.book(actor, BookingForm(rooms[room], starts_at, ends_at, details)).value

            book("党员教育室", MONDAY, "09:00", "11:00", "主题党日", headcount=35, purpose="重温入党誓词")
            pingpong = book("文体活动室", MONDAY, "09:00", "10:00", "乒乓球", booker_name="乒乓球协会", headcount=8)
            desk.bookings.cancel(admin, pingpong.id, "临时有事")
            choir = book("文体活动室", MONDAY, "08:30", "09:00", "合唱排练", booker_name="夕阳红合唱团", headcount=20)
            book("谈心谈话室", MONDAY, "10:00", "10:30", "书记有约", booker_name="刘建国", booker_kind="resident",
                 contact_phone="13900139000", headcount=2)
            book("多功能厅", MONDAY, "14:30", "16:30", "社区议事会", actor=clerk, booker_name="幸福社区居委会",
                 headcount=60)
            book("夜间活动室", MONDAY, "23:00", "00:00", "夜间排练", booker_name="青年志愿者队", headcount=10)
            book("夜间活动室", TUESDAY, "22:00", "01:00", "跨夜值守", booker_name="平安巡逻队", headcount=6)
            series_form = SeriesForm(rooms["文体活动室"], MONDAY, "16:30", "17:30", Repeat(weekly(range(5), count=10)),
                                     BookingDetails(title="四点半课堂", booker_name="社区团委", headcount=25))
            preview = desk.bookings.preview_series(series_form)
            skip = [o.day for o in preview.occurrences if o.status != "ok"]
            series = desk.bookings.book_series(admin, series_form, skip=skip).value
            wednesday = next(b for b in series.bookings
                             if b.starts_at.astimezone(SHANGHAI).date() == MONDAY + timedelta(days=2))
            desk.bookings.cancel(admin, wednesday.id, "教室粉刷")
            desk.closures.close_day(admin, TUESDAY, rooms["书画室"], "设备检修")
            desk.closures.close_day(admin, MONDAY + timedelta(days=6), None, "消防检查")

            talk_booking = book("党员教育室", TUESDAY, "14:00", "16:00", "健康讲座", booker_name="社区卫生服务站",
                                headcount=6)
            desk.booking_checkin.issue_pass(admin, talk_booking.id)
            talk = desk.activities.create(admin, ActivityForm(
                title="健康讲座：冬季养生", organiser="社区卫生服务站", booking_id=talk_booking.id, capacity=6)).value
            signups = {}
            for name, companions in (("张三", 1), (RARE_RESIDENT, 0), ("李四", 0), ("王五", 2), ("赵六", 0),
                                     ("钱七", 1)):
                outcome = desk.activities.signups.sign_up(admin, talk.id, SignupForm(
                    name=name, phone=PHONES[name], companions=companions)).value
                signups[name] = outcome.signup.id
            for name in ("张三", "李四", "王五"):
                desk.activities.signups.issue_pass(admin, signups[name])

            # Nobody came to 合唱排练: released after its 30 minutes, before anything else had started.
            desk.booking_checkin.release_no_shows(admin, now=choir.starts_at + timedelta(minutes=35))
            # 李四 signed in at the door on Tuesday before the sheet was printed again.
            traveller.move_to(datetime(2026, 11, 17, 13, 40, tzinfo=SHANGHAI))
            desk.activities.door.mark_attended(admin, signups["李四"])
            return RoomsWorld(rooms, talk.id, talk_booking.id, signups, series.series_id)
        finally:
            desk.close()


@pytest.fixture
def rooms_world(data_dir: Path, tmp_path_factory) -> RoomsWorld:
    """A copy of the world in ``data_dir``; open it with ``rooms_desk``."""
    if "db" not in _template:
        folder = tmp_path_factory.mktemp("rooms-print-template")
        world = _build(folder)
        _template["db"] = (folder / DB_FILENAME, world)
    path, world = _template["db"]
    shutil.copy2(path, data_dir / DB_FILENAME)
    return world


@pytest.fixture
def rooms_desk(rooms_world, data_dir: Path):
    from desk.context import open_desk

    desk = open_desk(data_dir)
    yield desk
    desk.close()


@pytest.fixture
def rooms_admin(rooms_desk):
    return rooms_desk.accounts.sign_in("admin", "secret-pass-1")


def flat(text: str) -> str:
    """pdftotext's text with line breaks and spaces gone: a wrapped line reads whole."""
    return text.replace("\n", "").replace(" ", "").replace("\f", "")


@dataclass(frozen=True)
class Word:
    text: str
    top: float  # points from the top of the page
    height: float  # about the type size
    page: int


def words(path: Path) -> list[Word]:
    """Every word pdftotext finds, with its page, position and height (the type size)."""
    import re
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True,
                          timeout=30).stdout
    found, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)</word>', line)
        if match:
            top, bottom = float(match.group(1)), float(match.group(2))
            found.append(Word(match.group(3), top, bottom - top, page))
    return found
