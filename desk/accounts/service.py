"""Accounts: sign-in with throttling, and administration of who may use the desk."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlmodel import col, func, select

from db.engine import Store
from db.tables import LoginAttempt, Setting, User
from desk.accounts.actor import ADMIN, ROLES, Actor
from desk.accounts.passwords import hash_password, validate_new_password, verify_password
from desk.audit.trail import record
from desk.center.settings import Settings
from desk.changes import ACCOUNTS, Changes, Done
from desk.clock import utcnow
from desk.errors import NotFound, Refusal
from desk.text import clean_text

_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")


def validate_username(value: str) -> str:
    name = (value or "").strip()
    if not _USERNAME.match(name):
        raise Refusal(
            "A user name has 2–32 letters, digits, dots, dashes or underscores (no spaces)."
        )
    return name


class SignInRefused(Refusal):
    """Wrong user name or password, a disabled account, or too many attempts."""


@dataclass(frozen=True)
class Throttle:
    max_failures: int = 5
    window: timedelta = timedelta(minutes=15)
    base_delay: timedelta = timedelta(seconds=30)
    max_delay: timedelta = timedelta(minutes=15)

    def wait(self, failures: list[datetime], now: datetime) -> timedelta:
        """How long the next attempt must wait, given recent consecutive failures."""
        recent = [at for at in failures if now - at < self.window]
        extra = len(recent) - self.max_failures
        if extra < 0:
            return timedelta(0)
        delay = min(self.base_delay * (2**extra), self.max_delay)
        return max(timedelta(0), recent[-1] + delay - now)


class AccountService:
    def __init__(self, store: Store, throttle: Throttle | None = None) -> None:
        self.store = store
        self.throttle = throttle or Throttle()

    def _current_throttle(self, session) -> Throttle:  # noqa: ANN001
        """The throttle with the center's own settings, where an administrator set them."""
        rows = {row.key: row.value for row in session.exec(select(Setting).where(
            col(Setting.key).in_(("login_max_failures", "login_window_minutes"))))}
        settings = Settings.decode(rows)
        return replace(self.throttle, max_failures=int(settings["login_max_failures"]),
                       window=timedelta(minutes=int(settings["login_window_minutes"])))

    def _recent_failures(self, session, username: str, now: datetime,  # noqa: ANN001
                         window: timedelta) -> list[datetime]:
        """Failures since the last success, within the window, oldest first."""
        last_ok = session.exec(
            select(func.max(LoginAttempt.at)).where(
                LoginAttempt.username == username, LoginAttempt.success == True  # noqa: E712
            )
        ).one()
        query = select(LoginAttempt.at).where(
            LoginAttempt.username == username,
            LoginAttempt.success == False,  # noqa: E712
            LoginAttempt.at > now - window,
        )
        if last_ok is not None:
            query = query.where(LoginAttempt.at > last_ok)
        return list(session.exec(query.order_by(LoginAttempt.at)))

    def sign_in(self, username: str, password: str) -> Actor:
        """Check a user name and password. Every attempt is recorded; failures throttle."""
        username = (username or "").strip()[:64]
        now = utcnow()
        with self.store.read() as session:
            throttle = self._current_throttle(session)
            failures = self._recent_failures(session, username, now, throttle.window)
            wait = throttle.wait(failures, now)
            user = session.exec(select(User).where(User.username == username)).first()
        if wait > timedelta(0):
            seconds = math.ceil(wait.total_seconds())
            raise SignInRefused(
                "Too many wrong passwords. Try again in {seconds} seconds.", seconds=seconds
            )
        ok = bool(user and user.active and verify_password(user.password_hash, password))
        with self.store.write() as session:
            session.add(LoginAttempt(username=username, at=now, success=ok))
            if ok and user is not None:
                fresh = session.get(User, user.id)
                fresh.last_login_at = now
                session.add(fresh)
                record(session, Actor(user.id, user.username, user.role), "user.sign_in",
                       entity="user", entity_id=user.id)
            elif user is not None:
                record(session, Actor(user.id, user.username, user.role), "user.sign_in_failed",
                       entity="user", entity_id=user.id)
        if not ok:
            if user is not None and not user.active:
                raise SignInRefused("This account is disabled. Ask an administrator.")
            raise SignInRefused("Wrong user name or password.")
        return Actor(user.id, user.username, user.role)

    def verify_current(self, actor: Actor, password: str) -> bool:
        """Unlocking the screen: the same person's password, throttled like a sign-in."""
        try:
            again = self.sign_in(actor.username, password)
        except SignInRefused:
            return False
        return again.user_id == actor.user_id

    def users(self) -> list[User]:
        with self.store.read() as session:
            return list(session.exec(select(User).order_by(User.username)))

    def create_user(self, actor: Actor, *, username: str, display_name: str, role: str,
                    password: str) -> Done[User]:
        actor.require_admin()
        username = validate_username(username)
        display = clean_text(display_name, field="Name", max_length=64, required=True)
        if role not in ROLES:
            raise Refusal("Unknown role {role}.", role=role)
        validate_new_password(password)
        password_hash = hash_password(password)
        with self.store.write() as session:
            if session.exec(select(User).where(User.username == username)).first():
                raise Refusal("The user name {username} is taken.", username=username)
            user = User(username=username, display_name=display, role=role,
                        password_hash=password_hash, created_at=utcnow())
            session.add(user)
            session.flush()
            record(session, actor, "user.create", entity="user", entity_id=user.id,
                   after={"username": username, "display_name": display, "role": role})
        return Done(user, Changes.of(ACCOUNTS))

    def _admins_left(self, session, excluding: int) -> int:  # noqa: ANN001
        return session.exec(
            select(func.count()).select_from(User).where(
                User.role == ADMIN, User.active == True, col(User.id) != excluding  # noqa: E712
            )
        ).one()

    def update_user(self, actor: Actor, user_id: int, *, display_name: str | None = None,
                    role: str | None = None, active: bool | None = None) -> Done[User]:
        actor.require_admin()
        with self.store.write() as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFound("That account no longer exists.")
            before = {"display_name": user.display_name, "role": user.role, "active": user.active}
            if display_name is not None:
                user.display_name = clean_text(display_name, field="Name", max_length=64, required=True)
            if role is not None:
                if role not in ROLES:
                    raise Refusal("Unknown role {role}.", role=role)
                user.role = role
            if active is not None:
                user.active = active
            demoted = user.role != ADMIN or not user.active
            if before["role"] == ADMIN and demoted and self._admins_left(session, user.id) == 0:
                raise Refusal("The desk needs at least one active administrator.")
            session.add(user)
            record(session, actor, "user.update", entity="user", entity_id=user.id, before=before,
                   after={"display_name": user.display_name, "role": user.role, "active": user.active})
        return Done(user, Changes.of(ACCOUNTS))

    def set_password(self, actor: Actor, user_id: int, new_password: str) -> Done[None]:
        """An administrator resets anyone's password; anyone may change their own."""
        if actor.user_id != user_id:
            actor.require_admin()
        validate_new_password(new_password)
        password_hash = hash_password(new_password)
        with self.store.write() as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFound("That account no longer exists.")
            user.password_hash = password_hash
            session.add(user)
            record(session, actor, "user.set_password", entity="user", entity_id=user_id)
        return Done(None, Changes.of(ACCOUNTS))
