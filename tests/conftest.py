"""Shared fixtures: a fresh migrated store per test, and a center with an administrator."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def ctx(data_dir: Path):
    from desk.context import open_desk

    desk = open_desk(data_dir)
    yield desk
    desk.close()


@pytest.fixture
def center_ctx(ctx):
    """A set-up center with one administrator (admin / secret-pass-1)."""
    from desk.center.hours import OpeningHours
    from desk.center.service import CenterForm

    ctx.center.set_up(
        CenterForm(name="幸福社区党群服务中心", address="幸福路1号", supervision_phone="010-12345678",
                   hours=OpeningHours.default()),
        admin_username="admin", admin_name="王管理", admin_password="secret-pass-1",
    )
    return ctx


@pytest.fixture
def admin(center_ctx):
    return center_ctx.accounts.sign_in("admin", "secret-pass-1")


@pytest.fixture
def receptionist(center_ctx, admin):
    center_ctx.accounts.create_user(admin, username="desk1", display_name="李前台",
                                    role="receptionist", password="desk-pass-1")
    return center_ctx.accounts.sign_in("desk1", "desk-pass-1")
