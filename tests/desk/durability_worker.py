"""Checks visitors in as fast as it can, printing each visit id once it is committed.

Run by test_durability.py and killed with SIGKILL in the middle of its work.
"""

from __future__ import annotations

import sys

from desk.accounts.actor import SYSTEM
from desk.context import open_desk
from desk.visits.service import WalkInForm, new_token


def main(folder: str, prefix: str) -> None:
    ctx = open_desk(folder)
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        form = WalkInForm(token=new_token(), purpose_code="service", name=f"{prefix}{number}",
                          phone=f"139{number % 100000000:08d}", consent=True, notes="x" * 200)
        done = ctx.visits.check_in_walk_in(SYSTEM, form)
        print(done.value.id, flush=True)  # only after the commit returned


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
