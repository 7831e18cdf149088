"""What goes wrong during a ledger export: a cancel, a full disk, a file open in Excel,
an empty period, bad requests. Nothing half-written is left and nothing older is lost."""

from __future__ import annotations

import errno
from datetime import date

import pytest
import time_machine
from ledger_world import NOW, LedgerWorld, local, read_ledger

from desk.errors import Refusal
from desk.reports.ledgers import export as export_module
from desk.reports.ledgers.export import export_ledger
from desk.reports.ledgers.kinds import KINDS

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def world(center_ctx, monkeypatch):
    monkeypatch.setattr(export_module, "CHUNK", 2)  # seven visits make four chunks
    with time_machine.travel(NOW, tick=False):
        world = LedgerWorld(center_ctx)
        for day in range(1, 8):
            world.visit(f"访客{day}", local(2026, 11, day, 9), phone=f"1381234567{day}")
        yield world


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    return out


def export(world, actor, path, kind="visitors", period=NOVEMBER, **options):
    return export_ledger(world.ctx.store, world.ctx.clock, actor, kind, *period, path, **options)


def test_progress_is_reported_after_every_chunk_up_to_the_total(world, admin, folder):
    seen = []

    result = export(world, admin, folder / "v.xlsx", progress=lambda done, total: seen.append((done, total)))

    assert seen == [(2, 7), (4, 7), (6, 7), (7, 7)] and result.rows == 7


def test_cancelling_midway_removes_the_partial_file_and_keeps_the_older_ledger(world, admin, folder):
    target = folder / "v.xlsx"
    target.write_bytes(b"last month's ledger")
    seen = []

    result = export(world, admin, target, progress=lambda done, total: seen.append(done),
                    cancel=lambda: len(seen) >= 2)

    assert result.cancelled and result.path is None and result.rows == 0
    assert seen == [2, 4]  # it stopped at the next chunk
    assert sorted(path.name for path in folder.iterdir()) == ["v.xlsx"]
    assert target.read_bytes() == b"last month's ledger"


def test_cancelling_before_the_first_chunk_writes_nothing(world, admin, folder):
    result = export(world, admin, folder / "v.xlsx", cancel=lambda: True)

    assert result.cancelled and list(folder.iterdir()) == []


class FillingDisk:
    """A file on a disk that is full after ``room`` bytes."""

    def __init__(self, path, room: int) -> None:
        self._file = open(path, "xb")  # noqa: SIM115 - closed by __exit__, as the export does
        self._room = room

    def write(self, data: bytes) -> int:
        self._room -= len(data)
        if self._room < 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self._file.write(data)

    def __getattr__(self, name: str):
        return getattr(self._file, name)

    def __enter__(self) -> "FillingDisk":
        return self

    def __exit__(self, *_: object) -> None:
        self._file.close()


def test_a_disk_that_fills_during_the_export_leaves_no_partial_file_and_says_so(world, admin, folder, monkeypatch):
    world.many_visits(5000, local(2026, 11, 10, 8))
    monkeypatch.setattr(export_module, "_open_part", lambda part: FillingDisk(part, 30_000))
    target = folder / "v.xlsx"
    target.write_bytes(b"last month's ledger")
    seen = []

    with pytest.raises(Refusal) as refused:
        export(world, admin, target, full_personal=True, progress=lambda done, total: seen.append(done))

    assert seen[-1] < 5007  # the disk filled while the lines were still being written
    assert "disk is full" in refused.value.message and "v.xlsx" in refused.value.message
    assert sorted(path.name for path in folder.iterdir()) == ["v.xlsx"]
    assert target.read_bytes() == b"last month's ledger"
    assert world.audit("ledger.export_full") == []  # no full export happened


def test_a_ledger_still_open_in_excel_is_explained(world, admin, folder, monkeypatch):
    def locked(source, target):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(export_module.os, "replace", locked)

    with pytest.raises(Refusal) as refused:
        export(world, admin, folder / "v.xlsx")

    assert "open in Excel or WPS" in refused.value.message
    assert list(folder.iterdir()) == []


def test_an_interrupted_export_leaves_no_partial_file(world, admin, folder):
    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt  # Ctrl+C at the command line

    with pytest.raises(KeyboardInterrupt):
        export(world, admin, folder / "v.xlsx", progress=interrupt)

    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("kind", list(KINDS))
def test_an_empty_period_gives_a_valid_ledger_that_says_there_were_no_records(world, admin, folder, kind):
    seen = []

    result = export(world, admin, folder / f"{kind}.xlsx", kind=kind, period=(date(2027, 1, 1), date(2027, 1, 31)),
                    progress=lambda done, total: seen.append((done, total)))

    sheet = read_ledger(result.path)
    assert result.rows == 0 and result.totals == {} and seen == [(0, 0)]
    assert len(sheet.headers) > 3 and "共 0 条" in sheet.subtitle
    assert sheet.sheet["A4"].value == "本期无记录" and sheet.sheet.max_row == 4 and sheet.totals() is None


@pytest.mark.parametrize(("kind", "first", "last", "name", "says"), [
    ("visitors", date(2026, 11, 30), date(2026, 11, 1), "v.xlsx", "ends (2026-11-01) before it starts"),
    ("visitors", *NOVEMBER, "v.csv", "Excel .xlsx file"),
    ("parking", *NOVEMBER, "v.xlsx", "no ledger called parking"),
])
def test_a_request_that_cannot_be_met_is_refused_before_anything_is_written(world, admin, folder, kind, first,
                                                                           last, name, says):
    with pytest.raises(Refusal) as refused:
        export(world, admin, folder / name, kind=kind, period=(first, last))

    assert says in refused.value.message and list(folder.iterdir()) == []


def test_a_folder_that_does_not_exist_is_named(world, admin, folder):
    with pytest.raises(Refusal) as refused:
        export(world, admin, folder / "removed-usb-stick" / "v.xlsx")

    assert "removed-usb-stick" in refused.value.message


def test_more_lines_than_a_spreadsheet_holds_is_refused_with_what_to_do(world, admin, folder, monkeypatch):
    monkeypatch.setattr(export_module, "MAX_LINES", 6)  # the seven visits stand for 1,048,572 and more

    with pytest.raises(Refusal) as refused:
        export(world, admin, folder / "v.xlsx")

    assert "7 lines" in refused.value.message and "shorter period" in refused.value.message
    assert list(folder.iterdir()) == []
