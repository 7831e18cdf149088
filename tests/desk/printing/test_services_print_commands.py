"""`desk print services | three-lists | receipt`: files written, bad input refused with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
import time_machine

import printing_pdf_tools as pdf
import services_print_world
from desk.cli import run
from services_print_world import (
    MOMENT,
    demo_item_names,
    flat,
)

# The shared fixtures (a copy of the demo center per test), made this module's own.
services_desk = services_print_world.services_desk
services_admin = services_print_world.services_admin


def _run(*argv):
    with time_machine.travel(MOMENT, tick=False):
        return run(list(argv))


def _requests(desk, admin, codes, name="周秀英", phone="13912340005"):
    owner = next(s.id for s in desk.staff.list() if s.name == "刘芳")
    items = [desk.catalogue.item_by_code(code).id for code in codes]
    with time_machine.travel(MOMENT, tick=False):
        rows = desk.requests.open_requests(admin, item_ids=items, owner_id=owner, name=name, phone=phone).value
    return [str(row.id) for row in rows]


def test_services_on_a4_and_a3(services_desk, data_dir: Path, tmp_path: Path, capsys) -> None:
    a4, a3 = tmp_path / "a4.pdf", tmp_path / "a3.pdf"
    assert _run("print", "services", "--data-dir", str(data_dir), "--out", str(a4)) == 0
    assert str(a4) in capsys.readouterr().out
    text = flat(pdf.text(a4))
    assert "服务清单" in text and "第2版·2026年11月18日" in text
    assert [name for name in demo_item_names() if flat(name) not in text] == []
    assert "(A4)" in pdf.info(a4)["Page size"]
    assert _run("print", "services", "--size", "a3", "--data-dir", str(data_dir), "--out", str(a3)) == 0
    assert "(A3)" in pdf.info(a3)["Page size"]


def test_services_of_an_earlier_version(services_desk, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "v1.pdf"
    assert _run("print", "services", "--catalogue-version", "1", "--data-dir", str(data_dir),
                "--out", str(out)) == 0
    text = flat(pdf.text(out))
    assert "第1版" in text and "党员组织关系转接" in text  # the city's items
    assert "在职党员到社区报到" not in text  # the center's own came with version 2


def test_three_lists(services_desk, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "three.pdf"
    assert _run("print", "three-lists", "--data-dir", str(data_dir), "--out", str(out)) == 0
    text = flat(pdf.text(out))
    assert "三个清单" in text and "需求意向清单" in text and "共享资源清单" in text and "区人民医院" in text


def test_receipt_for_two_requests_on_roll_paper(services_desk, services_admin, data_dir: Path,
                                                tmp_path: Path) -> None:
    ids = _requests(services_desk, services_admin, ["C-ZW-01", "C-SB-02"])
    out = tmp_path / "receipt.pdf"
    assert _run("print", "receipt", "--request", ids[0], "--request", ids[1], "--paper", "80mm",
                "--data-dir", str(data_dir), "--out", str(out)) == 0
    text = flat(pdf.text(out))
    assert "居住证明开具" in text and "城乡居民医保参保缴费" in text and "周*英" in text
    assert pdf.info(out)["Page size"].startswith("226.77")
    a5 = tmp_path / "a5.pdf"
    assert _run("print", "receipt", "--request", ids[0], "--data-dir", str(data_dir), "--out", str(a5)) == 0
    assert pdf.info(a5)["Page size"].startswith("419.528 x 595.276")


def test_an_unknown_request_is_refused_and_nothing_is_written(services_desk, data_dir: Path, tmp_path: Path,
                                                              capsys) -> None:
    out = tmp_path / "receipt.pdf"
    assert _run("print", "receipt", "--request", "99999", "--data-dir", str(data_dir), "--out", str(out)) == 2
    error = capsys.readouterr().err
    assert "no request number 99999" in error and "Traceback" not in error
    assert not out.exists()


def test_requests_of_two_residents_are_refused(services_desk, services_admin, data_dir: Path, tmp_path: Path,
                                               capsys) -> None:
    first = _requests(services_desk, services_admin, ["C-ZW-01"])
    second = _requests(services_desk, services_admin, ["C-ZW-01"], name="钱德明", phone="13912340002")
    out = tmp_path / "receipt.pdf"
    assert _run("print", "receipt", "--request", first[0], "--request", second[0], "--data-dir", str(data_dir),
                "--out", str(out)) == 2
    assert "different residents" in capsys.readouterr().err
    assert not out.exists()


def test_an_unknown_catalogue_version_is_refused(services_desk, data_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "services.pdf"
    assert _run("print", "services", "--catalogue-version", "42", "--data-dir", str(data_dir),
                "--out", str(out)) == 2
    assert "no version 42 of the service list" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(("argv", "message"), [
    (("services", "--size", "A5"), "invalid choice: 'A5'"),
    (("receipt", "--request", "1", "--paper", "a4"), "invalid choice: 'a4'"),
    (("receipt", "--request", "first"), "invalid int value: 'first'"),
    (("receipt",), "the following arguments are required: --request"),
])
def test_usage_errors_exit_2_and_write_nothing(services_desk, data_dir: Path, tmp_path: Path, capsys,
                                               argv, message) -> None:
    out = tmp_path / "out.pdf"
    with pytest.raises(SystemExit) as exit_info:
        _run("print", *argv, "--data-dir", str(data_dir), "--out", str(out))
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
