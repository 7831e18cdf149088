"""Services fixtures: a copy of a migrated store per test, and the world of
tests/desk/services/services_world.py (staff and posts written straight into the store, a
small catalogue made through the catalogue service)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db.engine import DB_FILENAME
from services_world import ServicesWorld


@pytest.fixture(scope="session")
def services_template(tmp_path_factory) -> Path:
    """One migrated, set-up store per run; each test gets a copy (migrating takes longer than a test)."""
    from desk.context import open_desk

    from desk.center.hours import OpeningHours
    from desk.center.service import CenterForm

    folder = tmp_path_factory.mktemp("services-template")
    desk = open_desk(folder)
    desk.center.set_up(  # the default hours: weekdays 08:30–12:00, 14:00–17:30; weekends 09:00–12:00
        CenterForm(name="幸福社区党群服务中心", address="幸福路1号", supervision_phone="010-12345678",
                   hours=OpeningHours.default()),
        admin_username="admin", admin_name="王管理", admin_password="secret-pass-1")
    desk.close()
    return folder / DB_FILENAME


@pytest.fixture
def ctx(data_dir: Path, services_template: Path):
    from desk.context import open_desk

    shutil.copy2(services_template, data_dir / DB_FILENAME)
    desk = open_desk(data_dir)
    yield desk
    desk.close()


@pytest.fixture
def world(ctx) -> ServicesWorld:
    w = ServicesWorld(ctx)
    for name in ("张三", "李四", "王五"):
        w.add_staff(name)
    w.add_post("咨询接待", holder="张三", backup="李四")
    w.add_post("便民服务", holder="王五", backup="张三")
    w.category("党员服务")
    w.category("生活服务")
    w.item("DY-001", "党员服务", "党员组织关系转接", "3个工作日", post="咨询接待")
    w.item("SH-001", "生活服务", "居住证明开具", "即时办结", post="便民服务")
    w.item("SH-002", "生活服务", "老年优待证代办", "4个工作小时", post="便民服务")
    return w
