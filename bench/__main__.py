"""Run every benchmark, print a table and write bench/results.json.

    python -m bench [--visits N] [--only scan,search,startup [--merge]]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from bench import roster, scan, search, startup
from bench import board as board_bench
from bench import printing as printing_bench
from bench import sync as sync_bench
from bench import services as services_bench
from bench import rooms as rooms_bench
from bench import service_list as service_list_bench
from bench import reports as reports_bench
from bench import sync_gui as sync_gui_bench
from bench import hub_load as hub_load_bench
from bench import ledgers as ledgers_bench
from bench.dataset import prepared_store
from bench.stats import Figure

SUITES = {"scan": scan.measure, "search": search.measure, "startup": startup.measure, "roster": roster.measure}
SUITES["printing"] = printing_bench.measure
SUITES["board"] = board_bench.measure
SUITES["sync"] = sync_bench.measure
SUITES["services"] = services_bench.measure
SUITES["rooms"] = rooms_bench.measure
SUITES["service_list"] = service_list_bench.measure
SUITES["reports"] = reports_bench.measure
SUITES["sync_gui"] = sync_gui_bench.measure
SUITES["hub_load"] = hub_load_bench.measure
SUITES["ledgers"] = ledgers_bench.measure
RESULTS = Path(__file__).resolve().parent / "results.json"


def _table(figures: list[Figure]) -> str:
    lines = [f"{'figure':44} {'value':>10} {'limit':>8} {'baseline':>10} {'ratio':>7} {'max':>5}  ok",
             "-" * 96]
    for f in figures:
        limit = f"{f.limit:g}" if f.limit is not None else "-"
        base = f"{f.baseline:.2f}" if f.baseline is not None else "-"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        most = f"{f.max_ratio:g}x" if f.max_ratio is not None else "-"
        lines.append(f"{f.name:44} {f.value:>8.2f}{f.unit:>2} {limit:>8} {base:>10} {ratio:>7} {most:>5}  "
                     f"{'yes' if f.ok else 'NO'}")
        if f.baseline_name:
            lines.append(f"{'':44}   baseline: {f.baseline_name}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--only", default=",".join(SUITES))
    parser.add_argument("--merge", action="store_true",
                        help="keep the figures of the suites not run from the last results.json")
    args = parser.parse_args(argv)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as tmp:
        started = time.perf_counter()
        folder = prepared_store(args.visits, Path(tmp))
        print(f"store with {args.visits} visits ready in {time.perf_counter() - started:.1f} s", flush=True)
        for name in args.only.split(","):
            folder = prepared_store(args.visits, Path(tmp))  # each suite on a fresh copy
            figures.extend(SUITES[name](folder))
            print(f"{name}: done", flush=True)
    print(_table(figures))
    rows = [f.as_dict() for f in figures]
    if args.merge and RESULTS.exists():
        measured = {row["name"] for row in rows}
        rows = [row for row in json.loads(RESULTS.read_text())["figures"] if row["name"] not in measured] + rows
    RESULTS.write_text(json.dumps({
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": sys.version.split()[0], "platform": platform.platform(),
                    "cpus": __import__("os").cpu_count()},
        "visits": args.visits,
        "figures": rows,
    }, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {RESULTS}")
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
