"""`desk roster` and `desk calendar` on a data folder."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from db.tables import AuditEntry
from desk.cli import run

from roster_world import ADMIN


def test_generate_and_check_from_the_command_line(world, data_dir, capsys):
    world.rotation("咨询上午", "咨询接待", "上午班", [(0, d, "张三") for d in range(5)])
    code = run(["roster", "generate", "--from", "2026-09-28", "--to", "2026-10-11", "--data-dir", str(data_dir)])
    out = capsys.readouterr().out
    assert code == 0 and "6 duties added" in out and "6 days changed" in out
    assert len(world.schedule.duties.duties_between(date(2026, 9, 28), date(2026, 10, 11))) == 6
    with world.ctx.store.read() as session:
        assert session.exec(select(AuditEntry.username).where(AuditEntry.action == "roster.generate")).one() == "cli"

    code = run(["roster", "check", "--from", "2026-09-28", "--to", "2026-09-28", "--data-dir", str(data_dir)])
    out = capsys.readouterr().out
    assert code == 1
    assert "咨询接待 has nobody on duty on 2026-09-28 from 14:00–17:30." in out and "2 problems" in out
    code = run(["roster", "check", "--from", "2026-10-01", "--to", "2026-10-04", "--data-dir", str(data_dir)])
    assert code == 0 and "no problems" in capsys.readouterr().out


def test_a_backwards_range_is_a_clear_message(world, data_dir, capsys):
    code = run(["roster", "generate", "--from", "2026-10-02", "--to", "2026-10-01", "--data-dir", str(data_dir)])
    assert code == 1 and "before the first" in capsys.readouterr().err


def test_calendar_list_set_and_update(world, data_dir, capsys):
    assert run(["calendar", "set", "2026-10-08", "--kind", "holiday", "--name", "中心补休",
                "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    assert run(["calendar", "list", "--year", "2026", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "2026-10-01  Thu      holiday  国庆节" in out
    assert "2026-10-08  Thu      holiday  中心补休" in out and "local" in out
    assert run(["calendar", "update", "--data-dir", str(data_dir)]) == 0
    assert "0 days added" in capsys.readouterr().out
    world.schedule.calendar.set_day(ADMIN, date(2026, 10, 1), "workday", "照常")
    assert run(["calendar", "update", "--data-dir", str(data_dir)]) == 0
    assert "kept: 2026-10-01 workday 照常" in capsys.readouterr().out
