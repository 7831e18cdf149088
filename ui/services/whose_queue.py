"""Whose queue "My queue" shows, and who receives a request by default.

Desk accounts are not linked to staff records: an account is matched to the active staff
member with its display name (the demo's 李晓红 signs in as desk1), and otherwise the
person at the desk picks themselves once. That pick is remembered per account in a small
file in the data folder, read and written on workers like everything else on disk.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk.accounts.actor import Actor
from desk.roster.staff import StaffInfo

if TYPE_CHECKING:
    from desk.context import DeskContext

log = logging.getLogger(__name__)

CHOICES_FILE = "desk-ui-choices.json"


@dataclass(frozen=True)
class DeskPerson:
    """The active staff (whom a request may go to) and which of them the account is."""

    staff: tuple[StaffInfo, ...]
    staff_id: int | None  # the account's own staff record, if known
    by_name: bool  # found by the account's display name (not a remembered pick)


def remembered_staff(folder: Path, username: str) -> int | None:
    try:
        data = json.loads((folder / CHOICES_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        log.warning("could not read %s: %s", CHOICES_FILE, error)
        return None
    value = data.get("queue_staff", {}).get(username) if isinstance(data, dict) else None
    return value if isinstance(value, int) else None


def remember_staff(folder: Path, username: str, staff_id: int) -> None:
    """Keep the pick for the next sign-in (written whole, then renamed: never half a file)."""
    path = folder / CHOICES_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data.setdefault("queue_staff", {})[username] = staff_id
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)


def match_staff(staff: Sequence[StaffInfo], display_name: str, remembered: int | None,
                today: date) -> tuple[int | None, bool]:
    """(staff id, found by name): the remembered pick while that person still works here,
    else the one active person whose name is the account's display name."""
    active = [person for person in staff if person.active_on(today)]
    if remembered is not None and any(person.id == remembered for person in active):
        return remembered, False
    named = [person.id for person in active if person.name == display_name.strip()]
    return (named[0], True) if len(named) == 1 else (None, False)


def load_desk_person(desk: "DeskContext", actor: Actor) -> DeskPerson:
    """Read on a worker: the active staff and the account's own record."""
    today = desk.clock.today()
    staff = [person for person in desk.staff.list() if person.active_on(today)]
    user = next((u for u in desk.accounts.users() if u.id == actor.user_id), None)
    display = user.display_name if user is not None else ""
    staff_id, by_name = match_staff(staff, display, remembered_staff(desk.folder, actor.username), today)
    return DeskPerson(tuple(staff), staff_id, by_name)
