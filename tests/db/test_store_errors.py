"""A locked database or a full disk gives a plain message, changes nothing, loses nothing."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event
from sqlmodel import func, select

import db.engine as engine_module
from db.engine import StoreBusy, StoreFull
from db.tables import Visit
from desk.visits.service import WalkInForm, new_token


def _walk_in(ctx, actor, name="张三"):  # noqa: ANN001
    return ctx.visits.check_in_walk_in(actor, WalkInForm(token=new_token(), purpose_code="service", name=name,
                                                         phone="13812345678", consent=True))


def _count(ctx) -> int:  # noqa: ANN001
    with ctx.store.read() as session:
        return session.exec(select(func.count()).select_from(Visit)).one()


def test_a_database_locked_by_another_program_is_explained(center_ctx, receptionist, monkeypatch) -> None:
    _walk_in(center_ctx, receptionist, "甲")
    other = sqlite3.connect(center_ctx.store.path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        # Wait 0.2 s instead of 5 s before giving up, to keep the test quick.
        @event.listens_for(center_ctx.store.write_engine, "connect")
        def short_timeout(dbapi_connection, _record) -> None:  # noqa: ANN001
            dbapi_connection.execute("PRAGMA busy_timeout = 200")

        center_ctx.store.write_engine.dispose()
        with pytest.raises(StoreBusy) as caught:
            _walk_in(center_ctx, receptionist, "乙")
        assert "busy" in caught.value.message and "Nothing was changed" in caught.value.message
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _count(center_ctx) == 1
    _walk_in(center_ctx, receptionist, "丙")  # and it works again once the lock is gone
    assert _count(center_ctx) == 2


def test_a_full_disk_is_explained_and_nothing_is_lost(center_ctx, receptionist) -> None:
    _walk_in(center_ctx, receptionist, "甲")

    # SQLite reports SQLITE_FULL exactly as for a full disk once the file may not grow.
    @event.listens_for(center_ctx.store.write_engine, "connect")
    def cap(dbapi_connection, _record) -> None:  # noqa: ANN001
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    center_ctx.store.write_engine.dispose()
    with pytest.raises(StoreFull) as caught:
        for number in range(2000):
            _walk_in(center_ctx, receptionist, f"名字{number}" + "长" * 30)
    assert "disk is full" in caught.value.message
    saved = _count(center_ctx)
    assert saved >= 1
    assert center_ctx.store.integrity_ok()


def test_explain_leaves_bugs_alone() -> None:
    assert engine_module.explain(ValueError("something else")) is None
