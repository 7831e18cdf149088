from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from pass_samples import CENTER_ID, T0, add_center
from PIL import Image
from sqlmodel import select

from db.engine import Store
from db.tables import AuditEntry, Pass, Visitor
from desk.cli import build_parser, run
from desk.errors import Refusal
from desk.passes.image_decode import decode_qr


@pytest.fixture
def folder(migrated_db: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(migrated_db, folder / "desk.sqlite3")
    return folder


@pytest.fixture
def set_up(folder: Path) -> Iterator[Path]:
    store = Store(folder / "desk.sqlite3")
    add_center(store, CENTER_ID)
    store.close()
    yield folder


def call(*argv: str) -> int:
    args = build_parser().parse_args(list(argv))
    return args.func(args)


def test_issue_prints_the_payload_writes_the_png_and_records_the_visitor(
    set_up: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png = tmp_path / "pass.png"
    with time_machine.travel(T0, tick=False):
        assert call("pass", "issue", "--name", "张三", "--phone", "138 0013 8000", "--valid-days", "7",
                    "--png", str(png), "--data-dir", str(set_up)) == 0
    payload = capsys.readouterr().out.strip()
    assert payload.startswith("DQ1") and "\n" not in payload
    with Image.open(png) as picture:
        assert decode_qr(picture) == [payload]
    store = Store(set_up / "desk.sqlite3")
    with store.read() as session:
        row = session.exec(select(Pass)).one()
        visitor = session.get(Visitor, row.visitor_id)
        actions = [entry.action for entry in session.exec(select(AuditEntry))]
    store.close()
    assert row.payload == payload
    assert row.valid_until == T0 + timedelta(days=7)
    assert visitor is not None and (visitor.name, visitor.phone) == ("张三", "13800138000")
    assert "pass.issue" in actions


def test_verify_accepts_a_good_pass_and_refuses_later(
    set_up: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESK_DATA_DIR", str(set_up))  # the environment, not --data-dir, this time
    with time_machine.travel(T0, tick=False) as traveller:
        call("pass", "issue", "--name", "李四", "--phone", "13900139000", "--valid-days", "1")
        payload = capsys.readouterr().out.strip()
        assert call("pass", "verify", payload) == 0
        shown = capsys.readouterr().out
        assert "valid pass" in shown and "kind: resident" in shown and f"center: {CENTER_ID}" in shown
        assert "valid until: 2025-03-06 10:00" in shown  # Shanghai time
        traveller.move_to(T0 + timedelta(days=1, minutes=1))
        assert call("pass", "verify", payload) == 1
        assert capsys.readouterr().out.strip() == "refused (expired): This pass expired on 2025-03-06 10:00."


def test_verify_refuses_garbage_with_exit_status_1(set_up: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert call("pass", "verify", "not a pass", "--data-dir", str(set_up)) == 1
    assert capsys.readouterr().out.startswith("refused (malformed):")


def test_issue_on_a_desk_not_set_up_is_refused_without_creating_anyone(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(Refusal, match="not set up"):
        call("pass", "issue", "--name", "王五", "--phone", "13700137000", "--data-dir", str(folder))
    assert run(["pass", "issue", "--name", "王五", "--phone", "13700137000", "--data-dir", str(folder)]) == 1
    assert "not set up" in capsys.readouterr().err
    store = Store(folder / "desk.sqlite3")
    with store.read() as session:
        assert session.exec(select(Visitor)).first() is None
    store.close()


@pytest.mark.parametrize("argv", [["--phone", "12345"], ["--phone", "13800138000", "--valid-days", "0"]])
def test_issue_refuses_bad_input(set_up: Path, argv: list[str]) -> None:
    with pytest.raises(Refusal):
        call("pass", "issue", "--name", "赵六", *argv, "--data-dir", str(set_up))
