"""`desk report month --month YYYY-MM --out F.pdf [--issue]`."""

from __future__ import annotations

import subprocess
from pathlib import Path

import time_machine
from sqlmodel import select
from stats_world import add_visit, local

from db.tables import AuditEntry
from desk.cli import run


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True, timeout=30).stdout


def month(data_dir: Path, out: Path, *extra: str) -> int:
    return run(["--data-dir", str(data_dir), "report", "month", "--month", "2026-10", "--out", str(out), *extra])


def test_without_issue_it_writes_a_draft_and_issues_nothing(center_ctx, data_dir, tmp_path, capsys) -> None:
    add_visit(center_ctx, local(2026, 10, 12, 9, 30), "consult", 3)
    out = tmp_path / "draft.pdf"
    with time_machine.travel(local(2026, 11, 3, 9), tick=False):
        assert month(data_dir, out) == 0
    assert "草稿" in text_of(out) and "2026年10月" in text_of(out)
    assert "(2026年10月, draft)" in capsys.readouterr().out
    assert center_ctx.reports.issued_months() == []


def test_issue_freezes_the_month_and_later_prints_are_the_same_file(center_ctx, data_dir, tmp_path, capsys) -> None:
    add_visit(center_ctx, local(2026, 10, 12, 9, 30), "consult", 3)
    issued, later = tmp_path / "issued.pdf", tmp_path / "later.pdf"
    with time_machine.travel(local(2026, 11, 3, 9), tick=False):
        assert month(data_dir, issued, "--issue", "--prepared-by", "李前台") == 0
    assert "issued 2026-11-03" in capsys.readouterr().out
    add_visit(center_ctx, local(2026, 10, 13, 9, 30), "consult", 1)  # late: does not change the issued month
    with time_machine.travel(local(2026, 12, 24, 17), tick=False):
        assert month(data_dir, later) == 0
    assert later.read_bytes() == issued.read_bytes()
    assert "已签发 2026-11-03" in text_of(later) and "李前台" in text_of(later)
    with center_ctx.store.read() as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "report.issue")).one()
    assert entry.username == "cli"


def test_issuing_twice_or_too_early_is_refused_plainly(center_ctx, data_dir, tmp_path, capsys) -> None:
    out = tmp_path / "r.pdf"
    with time_machine.travel(local(2026, 10, 31, 18), tick=False):
        assert month(data_dir, out, "--issue") == 1
        assert "not over yet" in capsys.readouterr().err and not out.exists()
    with time_machine.travel(local(2026, 11, 3, 9), tick=False):
        assert month(data_dir, out, "--issue") == 0
        capsys.readouterr()
        assert month(data_dir, tmp_path / "again.pdf", "--issue") == 1
    error = capsys.readouterr().err
    assert "already issued on 2026-11-03; reprint it" in error and "Traceback" not in error


def test_a_month_that_is_not_one_is_a_usage_error(data_dir, tmp_path, capsys) -> None:
    out = tmp_path / "r.pdf"
    assert run(["--data-dir", str(data_dir), "report", "month", "--month", "2026/10", "--out", str(out)]) == 2
    assert "write it like 2026-11" in capsys.readouterr().err
    assert not out.exists()
