"""Reading PDFs back the way a person's tools would: poppler's pdftotext, pdffonts, pdfinfo."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")
PRINTED_AT = datetime(2026, 11, 16, 10, 30, tzinfo=SHANGHAI)


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=30).stdout


def write(pdf: bytes, folder: Path, name: str = "doc.pdf") -> Path:
    assert pdf.startswith(b"%PDF-")
    path = folder / name
    path.write_bytes(pdf)
    return path


def text(path: Path, *, page: int | None = None, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    if layout:
        args.append("-layout")
    return _run(*args, str(path), "-")


@dataclass(frozen=True)
class FontRow:
    name: str
    embedded: bool


def fonts(path: Path) -> list[FontRow]:
    rows = []
    for line in _run("pdffonts", str(path)).splitlines()[2:]:
        # name type encoding emb sub uni id gen; "TrueType" is one word for our fonts.
        parts = line.split()
        rows.append(FontRow(name=parts[0], embedded=parts[-5] == "yes"))
    return rows


def info(path: Path) -> dict[str, str]:
    pairs = (line.split(":", 1) for line in _run("pdfinfo", str(path)).splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def pages(path: Path) -> int:
    return int(info(path)["Pages"])


def rasterise(path: Path, out_stem: Path, *, dpi: int = 50, page: int = 1) -> Path:
    _run("pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png",
         "-singlefile", str(path), str(out_stem))
    return out_stem.with_suffix(".png")
