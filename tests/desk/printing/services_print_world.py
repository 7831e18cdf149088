"""The world of the service documents' tests: the demo center's roster and its 55-item
service list with requests, demands and shared resources, built once per run under a
frozen clock and copied for each test (building it takes longer than a test)."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from db.engine import DB_FILENAME

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Wednesday morning: the catalogue's versions are made on this day.
MOMENT = datetime(2026, 11, 18, 10, 0, tzinfo=SHANGHAI)
CENTER_NAME = "幸福社区党群服务中心"
ADDRESS = "幸福路1号"
SUPERVISION = "010-12345678"
RARE_RESIDENT = "𠮷祥"  # 𠮷 is in CJK Extension B: only DeskRare has it

_template: dict[str, Path] = {}


def _build(folder: Path) -> Path:
    from desk.center.hours import OpeningHours
    from desk.center.service import CenterForm
    from desk.context import open_desk
    from desk.roster.demo import create_roster_demo
    from desk.services.demo import create_services_demo

    with time_machine.travel(MOMENT, tick=False):
        desk = open_desk(folder)
        try:
            desk.center.set_up(CenterForm(name=CENTER_NAME, address=ADDRESS, supervision_phone=SUPERVISION,
                                          hours=OpeningHours.default()),
                               admin_username="admin", admin_name="王管理", admin_password="secret-pass-1")
            admin = desk.accounts.sign_in("admin", "secret-pass-1")
            create_roster_demo(desk, admin, desk.clock.today())
            create_services_demo(desk, admin)
        finally:
            desk.close()
    return folder / DB_FILENAME


@pytest.fixture
def services_desk(data_dir: Path, tmp_path_factory):
    """An open desk on a copy of the demo center with its service list."""
    from desk.context import open_desk

    if "db" not in _template:
        _template["db"] = _build(tmp_path_factory.mktemp("services-print-template"))
    shutil.copy2(_template["db"], data_dir / DB_FILENAME)
    desk = open_desk(data_dir)
    yield desk
    desk.close()


@pytest.fixture
def services_admin(services_desk):
    return services_desk.accounts.sign_in("admin", "secret-pass-1")


def demo_item_names() -> list[str]:
    from desk.services.demo_catalogue import CATALOGUE

    return [name for _post, _place, _hours, items in CATALOGUE.values() for _code, name, *_rest in items]


def flat(text: str) -> str:
    """pdftotext's text with line breaks and spaces gone: a wrapped line reads whole."""
    return text.replace("\n", "").replace(" ", "").replace("\f", "")
