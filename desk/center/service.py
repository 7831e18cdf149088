"""Creating and editing the center, and its settings."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from db.engine import Store
from db.tables import Center, Purpose, Setting, User
from desk.accounts.actor import SYSTEM, Actor
from desk.accounts.passwords import hash_password, validate_new_password
from desk.accounts.service import validate_username
from desk.audit.trail import record
from desk.center.hours import OpeningHours
from desk.center.settings import DEFAULTS, LIMITS, Settings
from desk.changes import ACCOUNTS, CENTER, SETTINGS, Changes, Done
from desk.clock import utcnow
from desk.errors import Refusal
from desk.text import clean_text, validate_phone
from desk.visits.purposes import seed_purposes


@dataclass(frozen=True)
class CenterForm:
    name: str
    address: str
    supervision_phone: str
    hours: OpeningHours


def _center_snapshot(center: Center) -> dict[str, Any]:
    return {
        "name": center.name,
        "address": center.address,
        "supervision_phone": center.supervision_phone,
        "opening_hours": center.opening_hours,
    }


class CenterService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self) -> Center | None:
        with self.store.read() as session:
            return session.get(Center, 1)

    def is_set_up(self) -> bool:
        return self.get() is not None

    def _validated(self, form: CenterForm) -> tuple[str, str, str]:
        name = clean_text(form.name, field="Center name", max_length=100, required=True)
        address = clean_text(form.address, field="Address", max_length=200)
        phone = validate_phone(form.supervision_phone, required=True, field="Supervision phone")
        return name, address, phone or ""

    def set_up(
        self, form: CenterForm, *, admin_username: str, admin_name: str, admin_password: str
    ) -> Done[Center]:
        """First run: the center and its first administrator, in one transaction."""
        name, address, phone = self._validated(form)
        username = validate_username(admin_username)
        display = clean_text(admin_name, field="Name", max_length=64, required=True)
        validate_new_password(admin_password)
        password_hash = hash_password(admin_password)  # slow: outside the write lock
        now = utcnow()
        with self.store.write() as session:
            if session.get(Center, 1) is not None:
                raise Refusal("This desk is already set up.")
            center = Center(
                id=1,
                name=name,
                address=address,
                supervision_phone=phone,
                opening_hours=form.hours.to_json(),
                pass_center_id=secrets.randbelow(2**31 - 1) + 1,
                created_at=now,
            )
            session.add(center)
            admin = User(
                username=username,
                display_name=display,
                role="admin",
                password_hash=password_hash,
                created_at=now,
            )
            session.add(admin)
            seed_purposes(session)
            session.flush()
            record(session, SYSTEM, "center.set_up", entity="center", entity_id=1,
                   after=_center_snapshot(center))
            record(session, SYSTEM, "user.create", entity="user", entity_id=admin.id,
                   after={"username": username, "role": "admin"})
        return Done(center, Changes.of(CENTER, ACCOUNTS))

    def update(self, actor: Actor, form: CenterForm) -> Done[Center]:
        actor.require_admin()
        name, address, phone = self._validated(form)
        with self.store.write() as session:
            center = session.get(Center, 1)
            if center is None:
                raise Refusal("This desk is not set up yet.")
            before = _center_snapshot(center)
            center.name, center.address, center.supervision_phone = name, address, phone
            center.opening_hours = form.hours.to_json()
            session.add(center)
            record(session, actor, "center.update", entity="center", entity_id=1,
                   before=before, after=_center_snapshot(center))
        return Done(center, Changes.of(CENTER))

    def hours(self) -> OpeningHours:
        return hours_of(self.get())

    def settings(self) -> Settings:
        with self.store.read() as session:
            return settings_in(session)

    def set_setting(self, actor: Actor, key: str, value: Any) -> Done[Settings]:
        actor.require_admin()
        if key not in DEFAULTS:
            raise Refusal("There is no setting called {key}.", key=key)
        default = DEFAULTS[key]
        if isinstance(default, bool):
            if not isinstance(value, bool):
                raise Refusal("This setting is either on or off.")
        elif isinstance(default, int):
            if isinstance(value, bool) or not isinstance(value, int):
                raise Refusal("This setting must be a whole number.")
            low, high = LIMITS.get(key, (0, 10**9))
            if not low <= value <= high:
                raise Refusal("This setting must be between {low} and {high}.", low=low, high=high)
        elif isinstance(default, str):
            value = clean_text(str(value), field="Value", max_length=2000, multiline=True)
        with self.store.write() as session:
            if key == "default_scan_purpose" and not session.exec(select(Purpose).where(
                    Purpose.code == value, Purpose.active == True)).first():  # noqa: E712
                raise Refusal("A pass scan needs an active visit purpose; {code} is not one.", code=value)
            row = session.get(Setting, key)
            before = json.loads(row.value) if row else DEFAULTS[key]
            text = json.dumps(value, ensure_ascii=False)
            if row is None:
                session.add(Setting(key=key, value=text))
            else:
                row.value = text
                session.add(row)
            record(session, actor, "setting.change", entity="setting", entity_id=key,
                   before=before, after=value)
        return Done(self.settings(), Changes.of(SETTINGS))


def hours_of(center: Center | None) -> OpeningHours:
    """The center's weekly opening hours (the default week before set-up)."""
    return OpeningHours.from_json(center.opening_hours) if center else OpeningHours.default()


def settings_in(session: Session) -> Settings:
    """The settings, read in the caller's transaction."""
    return Settings.decode({row.key: row.value for row in session.exec(select(Setting))})
