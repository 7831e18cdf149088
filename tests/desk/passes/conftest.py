"""Fixtures for the pass tests: a migrated store (copied from one migration per session,
which keeps these tests fast), a center, the service and two actors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.engine import Store
from db.migrate import upgrade
from desk.accounts.actor import ADMIN, RECEPTIONIST, Actor
from desk.passes.service import PassService
from pass_samples import CENTER_ID, add_center, fresh_store


@pytest.fixture(scope="session")
def migrated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "desk.sqlite3"
    store = Store(path)
    upgrade(store)
    store.close()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture
def store(migrated_db: Path, tmp_path: Path) -> Iterator[Store]:
    store = fresh_store(migrated_db, tmp_path / "here")
    yield store
    store.close()


@pytest.fixture
def service(store: Store) -> PassService:
    add_center(store, CENTER_ID)
    return PassService(store)


@pytest.fixture
def admin_actor() -> Actor:
    return Actor(user_id=None, username="admin", role=ADMIN)


@pytest.fixture
def desk_actor() -> Actor:
    return Actor(user_id=None, username="desk1", role=RECEPTIONIST)
