"""`desk print rooms | room-week | signin` and `desk export ical`, run in-process on the demo center."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from icalendar import Calendar

from db.engine import DB_FILENAME
from desk.cli import run

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Monday morning; the demo books its term and activities around "today".
MOMENT = datetime(2026, 11, 16, 8, 0, tzinfo=SHANGHAI)
TODAY = MOMENT.date()

_template: dict[str, Path] = {}


@pytest.fixture
def demo_dir(data_dir: Path, tmp_path_factory) -> Path:
    """A copy of the demo center (rooms, a term of bookings, activities) in ``data_dir``."""
    if "db" not in _template:
        from desk.context import open_desk
        from desk.demo import create_demo

        folder = tmp_path_factory.mktemp("rooms-cli-demo")
        with time_machine.travel(MOMENT, tick=False):
            desk = open_desk(folder)
            try:
                create_demo(desk, visits=1000)  # 40 residents: enough for every demo sign-up
            finally:
                desk.close()
        _template["db"] = folder / DB_FILENAME
    shutil.copy2(_template["db"], data_dir / DB_FILENAME)
    return data_dir


def _run(*argv: str) -> int:
    with time_machine.travel(MOMENT, tick=False):
        return run(list(argv))


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         text=True, timeout=30).stdout
    return out.replace("\n", "").replace(" ", "").replace("\f", "")


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True, timeout=30).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _activity_id(data_dir: Path, title_start: str) -> int:
    from desk.context import open_desk

    desk = open_desk(data_dir)
    try:
        found = desk.activities.list_period(TODAY - timedelta(days=30), TODAY + timedelta(days=30))
    finally:
        desk.close()
    return next(activity.id for activity in found if activity.title.startswith(title_start))


def test_todays_room_schedule(demo_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "rooms.pdf"
    assert _run("print", "rooms", "--data-dir", str(demo_dir), "--out", str(out)) == 0
    assert str(out) in capsys.readouterr().out
    text = _text(out)
    assert "场地使用安排" in text and "2026年11月16日" in text and "星期一" in text
    for room in ("党员教育室", "文体活动室", "谈心谈话室", "书画室", "棋牌室", "图书室", "多功能厅", "红色影院"):
        assert room in text
    assert "16:30—17:30" in text and "四点半课堂" in text and "社区团委" in text


def test_door_sheets_one_room_and_all(demo_dir: Path, tmp_path: Path) -> None:
    one, every = tmp_path / "one.pdf", tmp_path / "all.pdf"
    assert _run("print", "rooms", "--door", "--room", "文体活动室", "--date", "2026-11-17",
                "--data-dir", str(demo_dir), "--out", str(one)) == 0
    assert _pages(one) == 1
    text = _text(one)
    assert "文体活动室" in text and "2026年11月17日" in text and "四点半课堂" in text
    assert _run("print", "rooms", "--door", "--data-dir", str(demo_dir), "--out", str(every)) == 0
    assert _pages(every) == 8
    assert _run("print", "rooms", "--door", "--room", "1", "--data-dir", str(demo_dir),
                "--out", str(tmp_path / "by-number.pdf")) == 0
    assert "党员教育室" in _text(tmp_path / "by-number.pdf")


def test_room_week_poster(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "week.pdf"
    assert _run("print", "room-week", "--week", "2026-11-19", "--a3", "--data-dir", str(demo_dir),
                "--out", str(out)) == 0
    text = _text(out)
    assert "场地使用周安排" in text and "2026年11月16日至2026年11月22日" in text
    assert "红色电影放映" in text and "亲子阅读" in text
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True).stdout
    assert "(A3)" in info


def test_signin_sheet(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "signin.pdf"
    activity = _activity_id(demo_dir, "书法班")
    assert _run("print", "signin", "--activity", str(activity), "--data-dir", str(demo_dir),
                "--out", str(out)) == 0
    text = _text(out)
    assert "活动签到表" in text and "书法班：楷书入门" in text and "老年书画协会" in text
    # Ten places, twelve residents: ten on the list, two waiting.
    assert "报名名单（10组，10人）" in text and "候补名单（2组" in text and "现场报名" in text
    assert "****" in text  # phones masked


def test_export_ical(demo_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "room.ics"
    assert _run("export", "ical", "--room", "书画室", "--from", "2026-11-16", "--to", "2026-12-31",
                "--data-dir", str(demo_dir), "--out", str(out)) == 0
    assert "书画室" in capsys.readouterr().out
    calendar = Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    # 书法班 every Wednesday 14:30–16:30: seven Wednesdays from 11-18 to 12-30.
    assert len(events) == 7
    starts = sorted(event.decoded("DTSTART") for event in events)
    assert all(start.weekday() == 2 and (start.hour, start.minute) == (14, 30) for start in starts)
    assert starts[0].date() == date(2026, 11, 18) and str(starts[0].tzinfo) == "Asia/Shanghai"


def test_export_with_the_default_range(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "default.ics"
    assert _run("export", "ical", "--room", "文体活动室", "--data-dir", str(demo_dir), "--out", str(out)) == 0
    days = {event.decoded("DTSTART").date() for event in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    assert days and min(days) >= TODAY - timedelta(days=30) and max(days) <= TODAY + timedelta(days=365)
    assert min(days) < TODAY < max(days)  # the past weeks' history and the weeks to come


@pytest.mark.parametrize("argv, message", [
    (("print", "rooms", "--room", "不存在的房间"), "There is no room 不存在的房间"),
    (("print", "rooms", "--date", "2026-02-30"), "--date must be a date"),
    (("print", "rooms", "--door", "--room", "99"), "There is no room 99"),
    (("print", "room-week", "--week", "next week"), "--week must be a date"),
    (("print", "signin", "--activity", "999"), "There is no activity 999"),
    (("print", "signin", "--activity", "1", "--walk-ins", "-1"), "--walk-ins"),
    (("export", "ical", "--room", "不存在的房间"), "There is no room 不存在的房间"),
    (("export", "ical", "--room", "书画室", "--from", "2026-12-01", "--to", "2026-11-01"), "before the first"),
    (("export", "ical", "--room", "书画室", "--from", "yesterday"), "--from must be a date"),
])
def test_bad_input_writes_nothing(demo_dir: Path, tmp_path: Path, capsys, argv, message) -> None:
    out = tmp_path / "out.file"
    code = _run(*argv, "--data-dir", str(demo_dir), "--out", str(out))
    error = capsys.readouterr().err
    assert code != 0
    assert message in error and "Traceback" not in error
    assert not out.exists()
