"""Printing rows on a terminal: aligned tables that count CJK characters as two columns."""

from __future__ import annotations

import csv
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def write_rows(rows: Sequence[dict[str, Any]], headers: Sequence[str], fmt: str,
               out: TextIO | None = None) -> None:
    out = out or sys.stdout  # looked up per call: whoever replaced sys.stdout meanwhile wins
    if fmt == "json":
        json.dump(list(rows), out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(headers), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        cells = [[str(row.get(h, "")) for h in headers] for row in rows]
        widths = [max([width(h)] + [width(c[i]) for c in cells]) for i, h in enumerate(headers)]
        out.write("  ".join(pad(h, w) for h, w in zip(headers, widths)).rstrip() + "\n")
        for line in cells:
            out.write("  ".join(pad(c, w) for c, w in zip(line, widths)).rstrip() + "\n")
