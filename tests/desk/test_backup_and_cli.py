"""Backups while the desk is open, restores that check first, and the read-only commands."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desk.cli import run
from desk.errors import Refusal
from desk.instance import InstanceLock
from desk.visits.service import WalkInForm, new_token


def _walk_in(ctx, actor, name: str) -> None:  # noqa: ANN001
    ctx.visits.check_in_walk_in(actor, WalkInForm(token=new_token(), purpose_code="service", name=name,
                                                  phone="13812345678", consent=True))


def test_backup_then_restore_brings_the_old_state_back(center_ctx, receptionist, tmp_path, capsys) -> None:
    folder = center_ctx.folder
    _walk_in(center_ctx, receptionist, "备份前")
    with InstanceLock(folder):  # the desk window is open: a backup still works
        assert run(["backup", "--data-dir", str(folder), "--out", str(tmp_path / "copy.sqlite3")]) == 0
    _walk_in(center_ctx, receptionist, "备份后")
    center_ctx.close()
    assert run(["restore", "--data-dir", str(folder), str(tmp_path / "copy.sqlite3")]) == 0
    capsys.readouterr()
    assert run(["visits", "list", "--data-dir", str(folder), "--format", "json"]) == 0
    names = [row["name"] for row in json.loads(capsys.readouterr().out)]
    assert names == ["备份前"]
    assert list((folder / "backups").glob("*before-restore*.sqlite3")), "the replaced database is kept"


def test_restore_refuses_while_the_desk_is_open_or_the_file_is_not_a_backup(center_ctx, tmp_path) -> None:
    from desk.backup import make_backup, restore

    folder = center_ctx.folder
    good = make_backup(folder, tmp_path / "good.sqlite3")
    with InstanceLock(folder), pytest.raises(Refusal, match="Close the desk window"):
        restore(folder, good)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    before = (folder / "desk.sqlite3").read_bytes()
    for bad in (other, junk, tmp_path / "missing.sqlite3"):
        with pytest.raises(Refusal):
            restore(folder, bad)
    assert (folder / "desk.sqlite3").read_bytes() == before


def test_visits_list_refuses_bad_dates_plainly(center_ctx, capsys) -> None:
    assert run(["visits", "list", "--data-dir", str(center_ctx.folder), "--date", "21/11/2026"]) == 1
    assert "--date must be a date like 2026-11-21" in capsys.readouterr().err


def test_privacy_dry_run_changes_nothing(center_ctx, receptionist, capsys) -> None:
    _walk_in(center_ctx, receptionist, "张三")
    assert run(["privacy", "purge", "--dry-run", "--data-dir", str(center_ctx.folder)]) == 0
    assert "would erase the personal data of 0 visitors" in capsys.readouterr().out
    assert center_ctx.visits.find_visitors("张三")
