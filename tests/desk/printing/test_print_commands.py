"""`desk print test-page` and `desk print roll-call`."""

from __future__ import annotations

from pathlib import Path

import printing_pdf_tools as pdf
from desk.cli import run
from desk.paths import database_path
from desk.visits.service import WalkInForm, new_token


def test_test_page_works_before_the_desk_is_set_up(tmp_path: Path, capsys) -> None:
    folder, out = tmp_path / "fresh", tmp_path / "test.pdf"
    assert run(["print", "test-page", "--out", str(out), "--data-dir", str(folder)]) == 0
    text = pdf.text(out)
    assert "Desk" in text and "打印测试页" in text
    assert "𠮷" in text and "䶮" in text
    assert {row.name.split("+", 1)[1] for row in pdf.fonts(out)} == {"WenQuanYiZenHei-0", "HanaMinB"}
    assert not database_path(folder).exists()  # printing a test page creates no database
    assert str(out) in capsys.readouterr().out


def test_test_page_shows_the_center_name(center_ctx, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "test.pdf"
    assert run(["print", "test-page", "--out", str(out), "--data-dir", str(data_dir)]) == 0
    assert "幸福社区党群服务中心" in pdf.text(out)


def test_roll_call_lists_everyone_inside(center_ctx, receptionist, data_dir: Path, tmp_path: Path, capsys) -> None:
    for name, phone, headcount in (("张𠮷明", "13812345678", 1), ("王䶮", "13912341234", 4)):
        center_ctx.visits.check_in_walk_in(
            receptionist,
            WalkInForm(token=new_token(), purpose_code="service", consent=True,
                       name=name, phone=phone, headcount=headcount),
        )
    out = tmp_path / "roll.pdf"
    assert run(["print", "roll-call", "--data-dir", str(data_dir), "--out", str(out)]) == 0
    text = pdf.text(out)
    assert "紧急疏散点名表" in text and "幸福社区党群服务中心" in text
    assert "在场来访 2 起，共 5 人" in text
    assert "张𠮷明" in text and "王䶮" in text
    assert "138****5678" in text
    assert "2 visits, 5 persons inside" in capsys.readouterr().out


def test_an_unwritable_output_is_a_plain_error(tmp_path: Path, capsys) -> None:
    out = tmp_path / "missing-folder" / "test.pdf"
    assert run(["print", "test-page", "--out", str(out), "--data-dir", str(tmp_path / "d")]) == 1
    error = capsys.readouterr().err
    assert "Could not write" in error and "Traceback" not in error
