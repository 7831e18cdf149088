"""`desk pass issue` and `desk pass verify`: passes from the command line."""

from __future__ import annotations

import argparse
from datetime import timedelta

from desk.accounts.actor import COMMAND_LINE
from desk.cli import data_dir_option, resolve_data_dir
from desk.context import open_desk
from desk.errors import Refusal
from desk.passes.codec import PassKind
from desk.passes.errors import PassRejected, local_text
from desk.passes.qr_image import qr_png
from desk.text import clean_text, validate_phone


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("pass", help="issue or check QR passes")
    commands = group.add_subparsers(dest="pass_command", metavar="ACTION", required=True)

    issue = commands.add_parser("issue", help="issue a pass to a visitor; prints its text")
    issue.add_argument("--name", required=True, help="the visitor's name")
    issue.add_argument("--phone", required=True, help="the visitor's phone number")
    issue.add_argument("--valid-days", type=int, default=365, help="days the pass is valid (default 365)")
    issue.add_argument("--kind", choices=[kind.code for kind in PassKind], default=PassKind.RESIDENT.code,
                       help="what the pass is for (default resident)")
    issue.add_argument("--png", metavar="FILE", help="also write the QR code to this PNG file")
    data_dir_option(issue)
    issue.set_defaults(func=issue_command)

    verify = commands.add_parser("verify", help="check a pass text; exit status 1 if refused")
    verify.add_argument("text", help="the pass text, as scanned")
    data_dir_option(verify)
    verify.set_defaults(func=verify_command)


def issue_command(args: argparse.Namespace) -> int:
    if not 1 <= args.valid_days <= 3660:
        raise Refusal("--valid-days must be from 1 to 3660.")
    # Checked before the data folder is opened (and so created): bad input changes nothing.
    name = clean_text(args.name, field="Name", max_length=50, required=True)
    phone = validate_phone(args.phone, required=True)
    desk = open_desk(resolve_data_dir(args))
    try:
        # Checked first so that a desk not yet set up does not collect a stray visitor.
        if desk.center_row() is None:
            raise Refusal("This desk is not set up yet. Open the desk window to set it up.")
        issued = desk.visits.issue_pass_to(COMMAND_LINE, name=name, phone=phone,
                                           kind=PassKind.from_code(args.kind),
                                           valid_for=timedelta(days=args.valid_days)).value
    finally:
        desk.close()
    if args.png:
        qr_png(issued.payload, args.png)
    print(issued.payload)
    return 0


def verify_command(args: argparse.Namespace) -> int:
    desk = open_desk(resolve_data_dir(args))
    try:
        zone = desk.clock.zone.key
        try:
            claims = desk.passes.verify(args.text)
        except PassRejected as rejected:
            print(f"refused ({rejected.reason}): {rejected.message}")
            return 1
    finally:
        desk.close()
    print("valid pass")
    print(f"kind: {claims.kind.code}")
    print(f"serial: {claims.serial}")
    print(f"center: {claims.center_id}")
    print(f"valid from: {local_text(claims.valid_from, zone)}")
    print(f"valid until: {local_text(claims.valid_until, zone)}")
    print(f"key: {claims.key_id}")
    return 0
