"""`desk sync`: enroll with the city hub, sync (once or until stopped), show the status."""

from __future__ import annotations

import argparse
import signal
import threading

from desk.accounts.actor import COMMAND_LINE
from desk.cli import data_dir_option, resolve_data_dir
from desk.sync.protocol import CHECK_DAYS


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser(
        "sync", help="send facts up to the city hub and fetch what the city publishes",
        description="Without an action: keep syncing in the foreground (Ctrl+C stops); "
        "--once runs one round and exits.")
    data_dir_option(sync)
    sync.add_argument("--once", action="store_true", help="one round, then exit (status 1 if it failed)")
    sync.set_defaults(func=run_sync)
    inner = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    enroll = inner.add_parser("enroll", help="connect this desk to the city hub with a one-time code")
    data_dir_option(enroll)
    enroll.add_argument("--hub", required=True, help="the hub address, e.g. https://hub.example.gov.cn")
    enroll.add_argument("--code", required=True, help="the enrollment code from the city administrator")
    enroll.set_defaults(func=run_enroll)
    status = inner.add_parser("status", help="pending events, parked events, last success and error")
    data_dir_option(status)
    status.set_defaults(func=run_status)
    retry = inner.add_parser("retry-parked", help="ask the hub to accept parked events again after a fix")
    data_dir_option(retry)
    retry.set_defaults(func=run_retry)
    check = inner.add_parser("check", help=f"compare the last {CHECK_DAYS} days with the hub and send again "
                             "what it lacks")
    data_dir_option(check)
    check.set_defaults(func=run_check)


def _open(args: argparse.Namespace):  # noqa: ANN202
    from desk.context import open_desk
    from desk.sync.service import open_sync

    ctx = open_desk(resolve_data_dir(args))
    return ctx, open_sync(ctx)


def run_enroll(args: argparse.Namespace) -> int:
    ctx, sync = _open(args)
    try:
        status = sync.enroll(COMMAND_LINE, args.hub, args.code).value
    finally:
        sync.close()
        ctx.close()
    print(f"enrolled with {status.hub_url} as {status.center_name} ({status.center_id})")
    return 0


def _when(moment) -> str:  # noqa: ANN001
    return moment.isoformat(timespec="seconds") if moment else "never"


def run_status(args: argparse.Namespace) -> int:
    ctx, sync = _open(args)
    try:
        status = sync.status()
    finally:
        sync.close()
        ctx.close()
    if not status.enrolled:
        print("not enrolled with a city hub (desk sync enroll --hub URL --code CODE)")
        return 0
    print(f"hub: {status.hub_url}\ncenter: {status.center_name} ({status.center_id})")
    print(f"pending events: {status.pending}")
    print(f"last success: {_when(status.last_success)}\nlast attempt: {_when(status.last_attempt)}")
    print(f"last error: {status.last_error or '-'}")
    print(f"last check: {_when(status.checked_at)}" + (f": {status.check_note}" if status.check_note else ""))
    print(f"announcements: {status.announcements}; items waiting for a newer desk: {status.waiting_items}")
    for line in status.failed_items:
        print(f"not applied: {line}")
    print(f"parked events: {len(status.parked)}")
    for item in status.parked:
        print(f"  #{item.seq} {item.kind} {item.event_id}: {item.reason}")
    return 0


def run_retry(args: argparse.Namespace) -> int:
    ctx, sync = _open(args)
    try:
        accepted = sync.retry_parked(COMMAND_LINE).value
        left = len(sync.status().parked)
    finally:
        sync.close()
        ctx.close()
    print(f"the hub accepted {accepted} parked events; {left} still parked")
    return 0


def run_check(args: argparse.Namespace) -> int:
    ctx, sync = _open(args)
    try:
        result = sync.check()
    finally:
        sync.close()
        ctx.close()
    print(result.note)
    for gap in result.resent:
        print(f"  {gap.day}: sent again, the hub took in {gap.events} records")
    for gap in result.hub_only:
        print(f"  {gap.day}: the hub holds {gap.events} records this PC does not have")
    for day in result.unsettled:
        print(f"  {day}: still different")
    return 0


def _report(report) -> str:  # noqa: ANN001
    up, down = report.upload, report.download
    text = (f"sent {up.sent} events ({up.applied} new, {up.duplicates} already there, "
            f"{len(up.parked)} parked, {up.withheld} kept on this PC); received {down.received} items")
    text += " (from a snapshot)" if down.snapshot else ""
    return text + (f"\n{report.checked.note}" if report.checked else "")


def run_sync(args: argparse.Namespace) -> int:
    if args.once:
        ctx, sync = _open(args)
        try:
            print(_report(sync.sync_once()))
        finally:
            sync.close()
            ctx.close()
        return 0
    from desk.sync.runner import SyncRunner

    ctx, sync = _open(args)
    done = threading.Event()
    minutes = ctx.center.settings()["sync_interval_minutes"]

    def show(status) -> None:  # noqa: ANN001
        if not status.running:
            state = "online" if status.online else "offline"
            print(f"{state}; pending {status.pending}; parked {status.parked}; "
                  f"{status.last_error or 'ok'}; next in {status.next_try_in:.0f} s", flush=True)

    runner = SyncRunner(sync, interval=minutes * 60, on_status=show)
    signal.signal(signal.SIGINT, lambda *_: done.set())
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    runner.start()
    try:
        done.wait()
    finally:
        runner.stop()
        ctx.close()
    return 0
