"""`desk print duty-sheet | roster | disclosure`: files written, bad dates refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import time_machine

import printing_pdf_tools as pdf
from desk.cli import run
from roster_print_world import MORNING, RARE_NAME, small_center


@pytest.fixture
def world(center_ctx, admin):
    return small_center(center_ctx, admin)


def _run(*argv):
    with time_machine.travel(MORNING, tick=False):
        return run(list(argv))


def test_duty_sheet_defaults_to_today(world, data_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "duty.pdf"
    assert _run("print", "duty-sheet", "--data-dir", str(data_dir), "--out", str(out)) == 0
    text = pdf.text(out)
    assert "每日值班表" in text and "2026年11月16日" in text and "星期一" in text
    assert "王芳" in text and RARE_NAME in text and "监督电话" in text
    assert "在岗" in text  # today: the whereabouts are known
    assert str(out) in capsys.readouterr().out


def test_duty_sheet_for_a_given_day(world, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "duty.pdf"
    assert _run("print", "duty-sheet", "--date", "2027-01-01", "--data-dir", str(data_dir), "--out", str(out)) == 0
    assert "2027年1月1日" in pdf.text(out) and "星期五" in pdf.text(out)


def test_week_and_month_rosters(world, data_dir: Path, tmp_path: Path) -> None:
    week, month = tmp_path / "week.pdf", tmp_path / "month.pdf"
    assert _run("print", "roster", "--week", "2026-11-19", "--data-dir", str(data_dir), "--out", str(week)) == 0
    assert "2026年11月16日至2026年11月22日" in pdf.text(week)
    assert pdf.info(week)["Page size"].startswith("841.89 x 595.276")
    assert _run("print", "roster", "--week", "2026-11-19", "--month", "--data-dir", str(data_dir),
                "--out", str(month)) == 0
    assert "月值班安排表" in pdf.text(month) and "2026年11月" in pdf.text(month)
    assert "(A3)" in pdf.info(month)["Page size"]


def test_disclosure_a4_and_a3(world, data_dir: Path, tmp_path: Path) -> None:
    a4, a3 = tmp_path / "a4.pdf", tmp_path / "a3.pdf"
    assert _run("print", "disclosure", "--data-dir", str(data_dir), "--out", str(a4)) == 0
    assert "公示" in pdf.text(a4) and "(A4)" in pdf.info(a4)["Page size"]
    assert _run("print", "disclosure", "--a3", "--date", "2026-11-16", "--data-dir", str(data_dir),
                "--out", str(a3)) == 0
    assert "(A3)" in pdf.info(a3)["Page size"]


@pytest.mark.parametrize("argv", [
    ("duty-sheet", "--date", "2026-02-30"),
    ("roster", "--week", "next monday"),
    ("disclosure", "--date", "16/11/2026"),
])
def test_a_bad_date_is_refused_and_nothing_is_written(world, data_dir: Path, tmp_path: Path, capsys, argv) -> None:
    out = tmp_path / "out.pdf"
    assert _run("print", *argv, "--data-dir", str(data_dir), "--out", str(out)) == 2
    error = capsys.readouterr().err
    assert "must be a date like 2026-11-21" in error and "Traceback" not in error
    assert not out.exists()


def test_printing_works_while_the_desk_holds_the_store_open(world, center_ctx, data_dir: Path,
                                                            tmp_path: Path) -> None:
    """The GUI keeps its own connection open all day; the command line reads beside it."""
    out = tmp_path / "duty.pdf"
    with center_ctx.store.read():  # a read transaction open in the "GUI"
        assert _run("print", "duty-sheet", "--data-dir", str(data_dir), "--out", str(out)) == 0
    assert "王芳" in pdf.text(out)
