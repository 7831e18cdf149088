"""`desk backup` and `desk restore`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk.cli import data_dir_option, resolve_data_dir
from desk.paths import data_dir


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="copy the database (safe while the desk is open)")
    data_dir_option(backup)
    backup.add_argument("--out", help="file or folder to write (default: DATA_DIR/backups/)")
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser("restore", help="replace the database with a backup")
    data_dir_option(restore)
    restore.add_argument("file", help="a backup made by `desk backup`")
    restore.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from desk.backup import make_backup

    out = make_backup(data_dir(resolve_data_dir(args)), Path(args.out) if args.out else None)
    print(out)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desk.backup import restore
    from desk.context import open_desk

    folder = data_dir(resolve_data_dir(args))
    kept = restore(folder, Path(args.file))
    open_desk(folder).close()  # bring an older backup up to this version's schema
    print(f"restored {args.file}" + (f"; the replaced database is kept at {kept}" if kept else ""))
    return 0
