"""Roster fixtures: a copy of a migrated store per test, a frozen clock, and the world
of tests/desk/roster/roster_world.py (staff, posts and shifts written straight into the store)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import time_machine

from db.engine import DB_FILENAME
from desk.roster.schedule import open_schedule
from roster_world import EARLY, World


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """One migrated store per test run; each test gets a copy (migrating takes longer than a test)."""
    from desk.context import open_desk

    folder = tmp_path_factory.mktemp("roster-template")
    open_desk(folder).close()
    return folder / DB_FILENAME


@pytest.fixture
def ctx(data_dir: Path, migrated_template: Path):
    """The shared ``ctx`` fixture, started from a copy of an already migrated store."""
    from desk.context import open_desk

    shutil.copy2(migrated_template, data_dir / DB_FILENAME)
    desk = open_desk(data_dir)
    yield desk
    desk.close()


@pytest.fixture
def frozen():
    with time_machine.travel(EARLY, tick=False) as traveller:
        yield traveller


@pytest.fixture
def world(ctx, frozen) -> World:
    schedule = open_schedule(ctx.store, ctx.clock, ctx.center)
    w = World(ctx=ctx, schedule=schedule, staff={}, posts={}, shifts={})
    for name in ("张三", "李四", "王五", "赵六"):
        w.add_staff(name)
    w.add_post("咨询接待", holder="张三", backup="李四", covers=("王五",), sort_order=0)
    w.add_post("后勤管理", holder="王五", backup="赵六", sort_order=1)
    w.add_shift("上午班", "08:30", "12:00")
    w.add_shift("下午班", "14:00", "17:30")
    return w
