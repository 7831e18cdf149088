"""`desk demo`: a realistic demo center with a year of visits."""

from __future__ import annotations

import argparse
import time

from desk.cli import data_dir_option, resolve_data_dir


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help="create a demo center with accounts and a year of visits")
    data_dir_option(demo)
    demo.add_argument("--visits", type=int, default=20000, help="how many visits (default 20000)")
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from desk.context import open_desk
    from desk.demo import create_demo
    from desk.errors import Refusal

    if args.visits < 0 or args.visits > 5_000_000:
        raise Refusal("--visits must be between 0 and 5000000.")
    ctx = open_desk(resolve_data_dir(args))
    try:
        started = time.perf_counter()
        summary = create_demo(ctx, visits=args.visits, seed=args.seed)
        elapsed = time.perf_counter() - started
        print(f"demo center in {ctx.folder}: {summary.visitors} visitors, {summary.visits} visits "
              f"({elapsed:.1f} s)")
        print_accounts(summary)
    finally:
        ctx.close()
    return 0


def print_accounts(summary) -> None:  # noqa: ANN001
    print("accounts (user name / password / role):")
    for username, display, role, password in summary.accounts:
        print(f"  {username:8} {password:14} {role:13} {display}")
    print(f"a resident pass to scan: {summary.pass_payload}")
