"""Fixtures every UI test may use: a fresh store, a set-up center, services for a view.

- ``desk_ctx``: a migrated, empty data folder (no center yet) opened with ``open_desk``.
  The schema is migrated once per test session into a template file and copied, so a
  test pays for a file copy, not for Alembic.
- ``admin_actor``: the center set up through ``ctx.center.set_up`` (the first-run call),
  with administrator ``ADMIN_USERNAME`` / ``ADMIN_PASSWORD``; returns their ``Actor``.
- ``receptionist_actor``: a receptionist account made by that administrator.
- ``ui_services``: the ``UiServices`` a view is constructed with, running tasks inline
  (``TaskRunner(synchronous=True)``); nobody is signed in — call
  ``ui_services.session.sign_in(admin_actor)`` when the view needs someone.
- ``admin_password`` / ``receptionist_password``: the passwords of those accounts.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.accounts.actor import ADMIN, RECEPTIONIST, Actor
from desk.center.hours import OpeningHours
from desk.center.service import CenterForm
from desk.context import DeskContext, open_desk
from desk.paths import DB_FILENAME

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "admin-pass-2024"
RECEPTIONIST_USERNAME = "front"
RECEPTIONIST_PASSWORD = "front-pass-2024"
CENTER_NAME = "幸福社区党群服务中心"


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("desk-template")
    ctx = open_desk(folder)
    ctx.close()  # the last connection checkpoints the WAL into the main file
    return folder / DB_FILENAME


@pytest.fixture
def desk_ctx(tmp_path: Path, _migrated_template: Path) -> Iterator[DeskContext]:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(_migrated_template, folder / DB_FILENAME)
    ctx = open_desk(folder)
    yield ctx
    ctx.close()


@pytest.fixture
def admin_password() -> str:
    return ADMIN_PASSWORD


@pytest.fixture
def receptionist_password() -> str:
    return RECEPTIONIST_PASSWORD


@pytest.fixture
def admin_actor(desk_ctx: DeskContext) -> Actor:
    form = CenterForm(
        name=CENTER_NAME,
        address="幸福路 1 号",
        supervision_phone="010-12345678",
        hours=OpeningHours.default(),
    )
    desk_ctx.center.set_up(
        form, admin_username=ADMIN_USERNAME, admin_name="王管理", admin_password=ADMIN_PASSWORD
    )
    user = next(u for u in desk_ctx.accounts.users() if u.username == ADMIN_USERNAME)
    return Actor(user.id, user.username, ADMIN)


@pytest.fixture
def receptionist_actor(desk_ctx: DeskContext, admin_actor: Actor) -> Actor:
    user = desk_ctx.accounts.create_user(
        admin_actor,
        username=RECEPTIONIST_USERNAME,
        display_name="李前台",
        role=RECEPTIONIST,
        password=RECEPTIONIST_PASSWORD,
    ).value
    return Actor(user.id, user.username, RECEPTIONIST)


@pytest.fixture
def ui_services(desk_ctx: DeskContext, qapp):  # noqa: ANN001, ANN201 - qapp: pytest-qt's app
    from ui.bus import ChangeBus
    from ui.app_services import UiServices
    from ui.session import SessionState
    from ui.tasks import TaskRunner

    services = UiServices(
        desk=desk_ctx,
        tasks=TaskRunner(synchronous=True),
        bus=ChangeBus(),
        session=SessionState(),
    )
    yield services
    services.tasks.wait_idle(5_000)
