"""`desk export ledger` and `desk export ledger-template` on a data folder, in-process."""

from __future__ import annotations

import json

import pytest
import time_machine
from ledger_world import NOW, LedgerWorld, local, read_ledger

from desk.cli import run
from desk.reports.ledgers.templates import LedgerTemplates, default_template


@pytest.fixture
def world(center_ctx):
    with time_machine.travel(NOW, tick=False):
        world = LedgerWorld(center_ctx)
        world.visit("张小明", local(2026, 11, 2, 9, 5), phone="13812345678", headcount=2)
        world.visit("李四", local(2026, 10, 31, 23, 30), phone="13900001111")
        yield world


def test_a_month_ledger_from_the_command_line_is_masked(world, data_dir, tmp_path, capsys):
    out = tmp_path / "十一月来访.xlsx"

    code = run(["export", "ledger", "--kind", "visitors", "--month", "2026-11", "--out", str(out),
                "--data-dir", str(data_dir)])

    assert code == 0
    assert "1 lines of 来访登记台账, 2026-11-01 to 2026-11-30, personal fields masked" in capsys.readouterr().out
    [row] = read_ledger(out).rows()
    assert row["姓名"] == "张*明" and row["人数"] == 2
    assert world.audit("ledger.export_full") == []


def test_full_personal_data_from_the_command_line_is_audited_as_cli(world, data_dir, tmp_path, capsys):
    out = tmp_path / "full.xlsx"

    code = run(["export", "ledger", "--kind", "visitors", "--from", "2026-10-31", "--to", "2026-11-02",
                "--out", str(out), "--full", "--data-dir", str(data_dir)])

    assert code == 0 and "personal fields in full" in capsys.readouterr().out
    assert [row["姓名"] for row in read_ledger(out).rows()] == ["李四", "张小明"]
    [entry] = world.audit("ledger.export_full")
    assert entry.username == "cli"


@pytest.mark.parametrize(("arguments", "says"), [
    (["--from", "2026-11-01"], "give the period"),
    (["--from", "2026-11-31", "--to", "2026-12-01"], "--from must be a date"),
    (["--month", "2026-13"], "--month must look like 2026-11"),
    (["--month", "2026-11", "--from", "2026-11-01"], "not both"),
])
def test_a_period_that_cannot_be_read_is_a_usage_error(world, data_dir, tmp_path, capsys, arguments, says):
    out = tmp_path / "v.xlsx"

    code = run(["export", "ledger", "--kind", "visitors", *arguments, "--out", str(out), "--data-dir", str(data_dir)])

    assert code == 2 and says in capsys.readouterr().err and not out.exists()


def test_a_refusal_is_a_plain_message(world, data_dir, tmp_path, capsys):
    code = run(["export", "ledger", "--kind", "visitors", "--month", "2026-11", "--out", str(tmp_path / "v.csv"),
                "--data-dir", str(data_dir)])

    assert code == 1 and "saved as an Excel .xlsx file" in capsys.readouterr().err


def test_a_layout_is_shared_loaded_and_reset_from_the_command_line(world, data_dir, tmp_path, capsys):
    shared = tmp_path / "district.json"
    assert run(["export", "ledger-template", "--kind", "visitors", "--out", str(shared),
                "--data-dir", str(data_dir)]) == 0
    assert json.loads(shared.read_text(encoding="utf-8"))["columns"] == list(default_template("visitors").columns)
    shared.write_text(json.dumps({"format": "desk-ledger-template", "kind": "visitors",
                                  "columns": ["date", "name", "id_card"], "headers": {"name": "来访人"}},
                                 ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()

    assert run(["export", "ledger-template", "--load", str(shared), "--data-dir", str(data_dir)]) == 0
    loaded = capsys.readouterr().out
    out = tmp_path / "v.xlsx"
    assert run(["export", "ledger", "--kind", "visitors", "--month", "2026-11", "--out", str(out),
                "--data-dir", str(data_dir)]) == 0
    exported = capsys.readouterr().out

    assert "'id_card'" in loaded and "now uses the layout" in loaded
    assert "The template's column “id_card” no longer exists and was skipped." in exported
    assert read_ledger(out).headers == ["日期", "来访人"]
    assert run(["export", "ledger-template", "--kind", "visitors", "--reset", "--data-dir", str(data_dir)]) == 0
    assert LedgerTemplates(world.ctx.store).get("visitors") == default_template("visitors")


def test_a_layout_for_another_ledger_is_not_loaded_under_the_wrong_name(world, data_dir, tmp_path, capsys):
    shared = tmp_path / "rooms.json"
    shared.write_text(json.dumps(default_template("rooms").to_json(), ensure_ascii=False), encoding="utf-8")

    code = run(["export", "ledger-template", "--kind", "visitors", "--load", str(shared),
                "--data-dir", str(data_dir)])

    assert code == 2 and "for the rooms ledger" in capsys.readouterr().err
    assert not LedgerTemplates(world.ctx.store).is_adjusted("rooms")
