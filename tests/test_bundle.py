"""The frozen desk (build.spec, one folder) starts, migrates its store and prints with its fonts.

The bundle is built once per session into a temporary folder and then driven the way a
reception PC runs it: ``desk --version``, ``desk demo`` + ``desk visits list`` (the Alembic
migrations run from inside the bundle), the window's start-up path up to an open store,
the main window with every page, and a test page PDF with the bundled fonts embedded.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="pyinstaller is not installed (pip install -e '.[dev]')")

ROOT = Path(__file__).resolve().parent.parent
EXE_NAME = "desk.exe" if sys.platform == "win32" else "desk"
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 120

# A bundle that lacks a module fails with one of these on stderr (sometimes only logged).
IMPORT_TROUBLE = re.compile(
    r"ModuleNotFoundError|No module named|ImportError|Traceback|Failed to execute script"
    r"|Could not find the Qt platform plugin|Cannot load library"
)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(BUILD_TIMEOUT + 300)]


def _build(root: Path) -> Path:
    """Build into ``root``; the executable. Under xdist one worker builds, the others wait."""
    exe = root / "dist" / "desk" / EXE_NAME
    done, failed = root / "built", root / "build-failed.log"
    try:
        (root / "building").mkdir(parents=True)  # atomic: the first worker here builds
    except FileExistsError:
        deadline = time.monotonic() + BUILD_TIMEOUT + 60
        while not (done.exists() or failed.exists()):
            if time.monotonic() > deadline:
                pytest.fail("timed out waiting for another worker to build the bundle")
            time.sleep(2)
    else:
        started = time.monotonic()
        try:
            result = subprocess.run(
                [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                 "--distpath", str(root / "dist"), "--workpath", str(root / "build"), "build.spec"],
                cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT,
            )
            log = result.stdout + result.stderr
            ok = result.returncode == 0 and exe.is_file()
        except subprocess.TimeoutExpired as error:
            log, ok = f"build timed out after {BUILD_TIMEOUT} s\n{error.stdout}\n{error.stderr}", False
        shutil.rmtree(root / "build", ignore_errors=True)  # the work files are not needed again
        if not ok:
            failed.write_text(log, encoding="utf-8")
        else:
            done.write_text(f"{time.monotonic() - started:.0f} s\n", encoding="utf-8")
    if failed.exists():
        pytest.fail("pyinstaller build.spec failed:\n" + failed.read_text(encoding="utf-8")[-6000:])
    return exe


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    return _build(shared / "desk-bundle")


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("DESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", DESK_DATA_DIR=str(data_dir), COLUMNS="100", **extra)
    return env


def _run(exe: Path, args: list[str], data_dir: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(exe), *args], env=_env(data_dir, **extra), capture_output=True,
                            text=True, encoding="utf-8", timeout=RUN_TIMEOUT)
    assert not IMPORT_TROUBLE.search(result.stderr), f"desk {' '.join(args)}:\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def demo_store(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A demo center made by the frozen program: its folder and `desk demo`'s output."""
    folder = tmp_path_factory.mktemp("bundle-demo")
    result = _run(bundle, ["demo", "--data-dir", str(folder), "--visits", "200"], folder)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder, result.stdout


def test_version(bundle: Path, tmp_path: Path) -> None:
    from desk import __version__

    result = _run(bundle, ["--version"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"desk {__version__}"


def test_every_command_is_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """Sub-command modules are imported by name; one missing from the bundle is skipped
    silently, so the frozen help must list exactly what the source's help lists."""
    frozen = _run(bundle, ["--help"], tmp_path)
    source = subprocess.run([sys.executable, str(ROOT / "entrypoint.py"), "--help"], cwd=ROOT,
                            env=_env(tmp_path), capture_output=True, text=True, encoding="utf-8",
                            timeout=RUN_TIMEOUT)
    assert frozen.returncode == 0 and source.returncode == 0, frozen.stderr + source.stderr
    assert frozen.stdout == source.stdout


def test_demo_store_is_made_and_read_back(bundle: Path, demo_store: tuple[Path, str]) -> None:
    folder, demo_output = demo_store
    assert "admin" in demo_output and "receptionist" in demo_output  # the accounts are printed
    assert (folder / "desk.sqlite3").is_file()
    result = _run(bundle, ["visits", "list", "--data-dir", str(folder), "--from", "2020-01-01",
                           "--to", "2030-01-01", "--format", "json"], folder)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 200


def test_window_start_opens_and_migrates_a_new_store(bundle: Path, tmp_path: Path) -> None:
    from db.migrate import head_revision

    folder = tmp_path / "d2"
    result = _run(bundle, ["--data-dir", str(folder)], tmp_path / "unused", DESK_QUIT_AFTER_OPEN="1")
    assert result.returncode == 0, result.stdout + result.stderr
    database = folder / "desk.sqlite3"
    assert f"store-open-ok {database}" in result.stdout
    with sqlite3.connect(database) as conn:  # the migrations shipped in the bundle ran
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert version == head_revision()


def test_main_window_builds_every_page(bundle: Path, demo_store: tuple[Path, str],
                                       tmp_path: Path) -> None:
    """Pages are imported by name too; a page module missing from the bundle is logged as
    "not available yet" and left out of the window."""
    folder, demo_output = demo_store
    admin = re.search(r"^\s+(\S+)\s+(\S+)\s+admin\s", demo_output, re.MULTILINE)
    assert admin, demo_output
    out_file, err_file = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    env = _env(folder, DESK_EXIT_AFTER_PAINT="1", DESK_AUTO_SIGN_IN=f"{admin[1]}:{admin[2]}")
    with out_file.open("w") as out, err_file.open("w") as err:
        process = subprocess.Popen([str(bundle), "--data-dir", str(folder)], env=env,
                                   stdout=out, stderr=err)
        deadline = time.monotonic() + RUN_TIMEOUT
        while process.poll() is None and "first-paint-ms=" not in out_file.read_text():
            if time.monotonic() > deadline:
                break
            time.sleep(0.2)
        try:
            process.wait(timeout=15)
            hung = False
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            hung = True
    stdout, stderr = out_file.read_text(), err_file.read_text(encoding="utf-8", errors="replace")
    assert "first-paint-window=main" in stdout, stdout + stderr
    assert not IMPORT_TROUBLE.search(stderr), stderr
    log = (folder / "logs" / "desk.log").read_text(encoding="utf-8")
    assert "is not available yet" not in log, log
    assert not hung, "the main window painted but the program did not exit"
    assert process.returncode == 0, stdout + stderr


def test_test_page_embeds_the_bundled_fonts(bundle: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "test-page.pdf"
    result = _run(bundle, ["print", "test-page", "--out", str(pdf)], tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                               timeout=RUN_TIMEOUT, check=True).stdout
        embedded = [line for line in fonts.splitlines()[2:] if line.split()[-5:-4] == ["yes"]]
        assert any("WenQuanYi" in line for line in embedded), fonts
        assert any("HanaMinB" in line for line in embedded), fonts
    else:  # no poppler: the font descriptors are plain text in the file
        data = pdf.read_bytes()
        assert b"WenQuanYiZenHei" in data and b"/FontFile2" in data
