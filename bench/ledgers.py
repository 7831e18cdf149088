"""A year's visitor ledger (来访登记台账) to xlsx: at most 30 s, in flat memory.

On the demo center's store (a year of a busy center: 1,000,000 visits) the bench exports
the visitor ledger of every day that has visits, masked, in the shipped layout, through
``export_ledger`` exactly as the desk does. Figures:

- the export's time, limit 30 s, beside a plain baseline in the same run: one sqlite3
  SELECT of the same rows with the same joins, written with ``csv.writer``;
- the memory it took: the resident set sampled at every progress report (every CHUNK
  rows), as growth over the resident set before the export (limit 64 MB), and the growth
  from the first tenth of the rows to the end (limit 16 MB: flat means the rows are
  not kept);
- for the record, what openpyxl's own write-only mode takes for the same rows: timed on
  the first SAMPLE rows and scaled to the year (why sheet.py streams the rows itself).
"""

from __future__ import annotations

import csv
import os
import resource
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

from bench.stats import Figure

LIMIT_S = 30.0
LIMIT_GROWTH_MB = 64.0
LIMIT_DRIFT_MB = 16.0
SAMPLE = 50_000

BASELINE_SQL = (
    "SELECT v.check_in_at, v.check_out_at, p.name, p.phone, p.organisation, u.label, v.headcount, v.source, "
    "v.notes FROM visit v JOIN purpose u ON u.id = v.purpose_id LEFT JOIN visitor p ON p.id = v.visitor_id "
    "WHERE v.check_in_at >= ? AND v.check_in_at < ? ORDER BY v.check_in_at, v.rowid")


def _resident_mb() -> float:
    """The resident set now (Linux), else the peak so far (the best other systems offer)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def _period(path: Path, clock) -> tuple[date, date]:  # noqa: ANN001
    from desk.reports.ledgers.sources import moment

    conn = sqlite3.connect(path)
    try:
        first, last = conn.execute("SELECT min(check_in_at), max(check_in_at) FROM visit").fetchone()
    finally:
        conn.close()
    return clock.local(moment(first)).date(), clock.local(moment(last)).date()


def _baseline(path: Path, bounds: tuple[str, str], out: Path) -> tuple[float, int]:
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    rows = 0
    try:
        with out.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(["check_in_at", "check_out_at", "name", "phone", "organisation", "purpose", "headcount",
                             "source", "notes"])
            cursor = conn.execute(BASELINE_SQL, bounds)
            while chunk := cursor.fetchmany(5000):
                writer.writerows(chunk)
                rows += len(chunk)
    finally:
        conn.close()
    return time.perf_counter() - started, rows


def _openpyxl_sample(path: Path, bounds: tuple[str, str], out: Path) -> tuple[float, int]:
    """openpyxl write-only, one cell object per value, for the first SAMPLE rows."""
    from openpyxl import Workbook

    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(BASELINE_SQL + f" LIMIT {SAMPLE}", bounds).fetchall()
    finally:
        conn.close()
    started = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("来访登记台账")
    for row in rows:
        sheet.append(list(row))
    book.save(out)
    return time.perf_counter() - started, len(rows)


def measure(folder: Path) -> list[Figure]:
    from desk.accounts.actor import COMMAND_LINE
    from desk.context import open_desk
    from desk.reports.ledgers.export import CHUNK, export_ledger

    database = folder / "desk.sqlite3"
    ctx = open_desk(folder)
    try:
        first, last = _period(database, ctx.clock)
        start, end = ctx.clock.day_bounds(first)[0], ctx.clock.day_bounds(last)[1]
        bounds = (start.strftime("%Y-%m-%d %H:%M:%S.%f"), end.strftime("%Y-%m-%d %H:%M:%S.%f"))
        base_s, base_rows = _baseline(database, bounds, folder / "baseline.csv")  # also warms the page cache
        samples: list[tuple[int, float]] = []
        before = _resident_mb()
        started, cpu_started = time.perf_counter(), time.process_time()
        result = export_ledger(ctx.store, ctx.clock, COMMAND_LINE, "visitors", first, last, folder / "year.xlsx",
                               progress=lambda done, total: samples.append((done, _resident_mb())))
        ledger_s, ledger_cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
    finally:
        ctx.close()
    size_mb = (folder / "year.xlsx").stat().st_size / 2**20
    peak = max(mb for _, mb in samples)
    tenth = next(mb for done, mb in samples if done >= result.rows / 10)
    sample_s, sampled = _openpyxl_sample(database, bounds, folder / "openpyxl.xlsx")
    extra = {"rows": result.rows, "baseline_rows": base_rows, "period": f"{first}..{last}",
             "file_mb": round(size_mb, 1), "chunk": CHUNK, "cpu_s": round(ledger_cpu_s, 1),
             "load_1min": round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else None}
    return [
        Figure("ledger: a year of visits to xlsx", ledger_s, "s", limit=LIMIT_S, baseline=base_s,
               baseline_name="plain sqlite3 SELECT of the same rows, written with csv.writer", extra=extra),
        Figure("ledger: memory growth during the export", peak - before, "MB", limit=LIMIT_GROWTH_MB,
               notes="resident set at each progress report minus before the export", extra=extra),
        Figure("ledger: memory growth after the first tenth", peak - tenth, "MB", limit=LIMIT_DRIFT_MB,
               notes="flat: the rows are streamed, none are kept", extra=extra),
        Figure("ledger: openpyxl cells, scaled to the year", sample_s * result.rows / max(sampled, 1), "s",
               notes=f"openpyxl write-only timed on {sampled} rows; for the record: why sheet.py streams the rows",
               extra={"sample_rows": sampled, "sample_s": round(sample_s, 2)}),
    ]
