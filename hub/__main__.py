"""The hub's command line: `python -m hub COMMAND` (also `desk-hub COMMAND`).

    python -m hub migrate               apply the schema (serve does it too)
    python -m hub serve [--port N]      run the HTTP API (uvicorn)
    python -m hub enroll --center "幸福社区党群服务中心"   a one-time code for that center's desk
                                        (the center is added if the city has none by that name)
    python -m hub create-center --name "幸福社区党群服务中心"   prints the center id and a code
    python -m hub new-code --center ID  another one-time enrollment code
    python -m hub publish --kind announcement --key K --json '{...}' [--center ID]
    python -m hub publish --kind services.catalogue --key standard --file catalogue.json
    python -m hub accept-kind KIND [--fields a,b]   accept a kind the hub did not know
    python -m hub retry-parked --center ID          re-check parked events after a fix
    python -m hub revoke-device ID      a withdrawn desk gets no more tokens
    python -m hub trim-feed --days N    compact the download feed

The database is --db or HUB_DATABASE_URL: a libpq connection string for PostgreSQL (real
use), or sqlite:///path for one SQLite file (a trial). With neither, a SQLite file in this
user's data folder: `desk-hub serve` alone starts a trial hub.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import platformdirs

from desk.sync.apply_payloads import ONE_CENTER_KINDS, PayloadError, check_payload
from desk.sync.protocol import FEED_KINDS
from hub import auth, feed, ingest
from hub.db import migrate, open_database
from hub.sqlite import sqlite_path


def _dsn(args: argparse.Namespace) -> str:
    """--db, else HUB_DATABASE_URL, else a SQLite file for a trial (one process, one PC)."""
    dsn = args.db or os.environ.get("HUB_DATABASE_URL")
    if not dsn:
        folder = Path(platformdirs.user_data_dir("desk-hub", "desk"))
        dsn = f"sqlite:///{folder / 'hub.sqlite3'}"
    return dsn


def _item(args: argparse.Namespace) -> dict:
    """The item to publish, checked against its kind's shape (docs/SYNC.md, "What comes down")
    so that a mistake is refused here rather than on every desk."""
    try:
        if args.file:
            with open(args.file, encoding="utf-8") as source:
                item = json.load(source)
        else:
            item = json.loads(args.json)
    except (OSError, ValueError) as error:
        sys.exit(f"hub: cannot read the item: {error}")
    if not isinstance(item, dict):
        sys.exit("hub: the item must be a JSON object")
    if args.kind in ONE_CENTER_KINDS and not args.center:
        sys.exit(f"hub: a {args.kind} item is for one center (its ids are that desk's): give --center")
    if not args.deleted:
        try:
            check_payload(args.kind, item)
        except PayloadError as error:
            sys.exit(f"hub: this is not a {args.kind} item: {error}")
    return item


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m hub", description="The city hub of Desk.")
    parser.add_argument("--db", help="PostgreSQL connection string, or sqlite:///path for a trial "
                                     "(default: HUB_DATABASE_URL, else a SQLite file in the user's data folder)")
    inner = parser.add_subparsers(dest="command", required=True)
    inner.add_parser("migrate", help="apply the hub's schema")
    serve = inner.add_parser("serve", help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8300)
    serve.add_argument("--workers", type=int, default=1)
    enroll = inner.add_parser("enroll", help="print a one-time enrollment code for a center's desk "
                                             "(adds the center if it is new)")
    enroll.add_argument("--center", required=True, metavar="NAME", help="the center's name")
    center = inner.add_parser("create-center", help="add a center and print its enrollment code")
    center.add_argument("--name", required=True)
    code = inner.add_parser("new-code", help="a new one-time enrollment code for a center")
    code.add_argument("--center", required=True)
    publish = inner.add_parser("publish", help="add an item to the download feed")
    publish.add_argument("--kind", required=True, choices=FEED_KINDS)
    publish.add_argument("--key", required=True)
    body = publish.add_mutually_exclusive_group(required=True)
    body.add_argument("--json", help="the item as a JSON object")
    body.add_argument("--file", help="a UTF-8 file holding the item as a JSON object (a whole catalogue)")
    publish.add_argument("--center", help="only for this center (default: every center)")
    publish.add_argument("--deleted", action="store_true", help="withdraw the item")
    accept = inner.add_parser("accept-kind", help="accept events of a kind this hub did not know")
    accept.add_argument("kind")
    accept.add_argument("--fields", default="", help="payload fields it must have, comma-separated")
    retry = inner.add_parser("retry-parked", help="check a center's parked events again")
    retry.add_argument("--center", required=True)
    revoke = inner.add_parser("revoke-device", help="withdraw a desk")
    revoke.add_argument("device")
    rotate = inner.add_parser("rotate-key", help="a new signing key for the desks' access tokens")
    rotate.add_argument("--retire-old", action="store_true",
                        help="stop accepting tokens signed with the older keys (a leaked key)")
    trim = inner.add_parser("trim-feed", help="compact the download feed")
    trim.add_argument("--days", type=float, default=90)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    dsn = _dsn(args)
    migrate(dsn)
    if args.command == "migrate":
        print("hub schema is up to date")
        return 0
    if args.command == "serve":
        import uvicorn

        if sqlite_path(dsn) is not None:
            if args.workers > 1:
                sys.exit("hub: a SQLite hub runs as one process; use PostgreSQL for --workers > 1")
            print(f"hub: a trial hub on {sqlite_path(dsn)} (SQLite); for real use give --db with a "
                  f"PostgreSQL connection string", file=sys.stderr)
        os.environ["HUB_DATABASE_URL"] = dsn
        uvicorn.run("hub.app:app_from_env", factory=True, host=args.host, port=args.port,
                    workers=args.workers, log_level="warning")
        return 0
    database = open_database(dsn, size=1)
    with database.connection() as conn:
        if args.command == "enroll":
            name = args.center.strip()
            if not name:
                sys.exit("hub: give the center's name, e.g. --center 幸福社区党群服务中心")
            center_id, code, made = auth.enroll_code_for(conn, name)
            print(f"center {center_id}{' (new)' if made else ''}\ncode {code}")
        elif args.command == "create-center":
            center_id, code = auth.create_center(conn, args.name)
            print(f"center {center_id}\ncode {code}")
        elif args.command == "new-code":
            print(f"code {auth.issue_code(conn, args.center)}")
        elif args.command == "publish":
            item = _item(args)
            feed.publish(conn, args.kind, args.key, item, center_id=args.center, deleted=args.deleted)
            print(f"published {args.kind} {args.key}")
        elif args.command == "accept-kind":
            fields = [name for name in args.fields.split(",") if name]
            conn.execute("INSERT INTO accepted_kind (kind, required) VALUES (%s, %s) "
                         "ON CONFLICT (kind) DO UPDATE SET required = excluded.required", (args.kind, fields))
            print(f"accepting {args.kind}")
        elif args.command == "retry-parked":
            accepted, still = ingest.retry_parked(conn, args.center)
            print(f"accepted {len(accepted)}, still parked {len(still)}")
        elif args.command == "revoke-device":
            conn.execute("UPDATE device SET revoked_at = now() WHERE id = %s", (args.device,))
            print(f"revoked {args.device}")
        elif args.command == "rotate-key":
            print(f"signing with key {auth.rotate_key(conn, retire_old=args.retire_old)}")
        elif args.command == "trim-feed":
            print(f"removed {feed.trim(conn, args.days)} feed rows")
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
