"""Sign-in, throttling after failures (frozen clock), roles, and the last administrator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from sqlmodel import select

from db.tables import AuditEntry
from desk.accounts.service import SignInRefused
from desk.errors import NotAllowed, Refusal

# After the fixtures signed in (at the real time), so their successes come first.
T0 = datetime(2027, 1, 4, 1, 0, tzinfo=UTC)


def _fail(ctx, times: int) -> None:
    for _ in range(times):
        with pytest.raises(SignInRefused, match="Wrong user name or password"):
            ctx.accounts.sign_in("admin", "wrong-password")


def test_five_failures_throttle_then_the_wait_passes(center_ctx) -> None:
    with time_machine.travel(T0, tick=False):
        _fail(center_ctx, 5)
        with pytest.raises(SignInRefused, match="Try again in 30 seconds"):
            center_ctx.accounts.sign_in("admin", "secret-pass-1")  # even the right password
    with time_machine.travel(T0 + timedelta(seconds=29), tick=False):
        with pytest.raises(SignInRefused, match="Try again"):
            center_ctx.accounts.sign_in("admin", "secret-pass-1")
    with time_machine.travel(T0 + timedelta(seconds=31), tick=False):
        assert center_ctx.accounts.sign_in("admin", "secret-pass-1").username == "admin"
        _fail(center_ctx, 4)  # a success starts the count again
        assert center_ctx.accounts.sign_in("admin", "secret-pass-1").is_admin


def test_the_delay_doubles_with_each_further_failure(center_ctx) -> None:
    with time_machine.travel(T0, tick=False) as traveller:
        _fail(center_ctx, 5)
        traveller.shift(31)
        _fail(center_ctx, 1)
        with pytest.raises(SignInRefused, match="Try again in 60 seconds"):
            center_ctx.accounts.sign_in("admin", "secret-pass-1")


def test_the_center_can_set_its_own_throttle(center_ctx, admin) -> None:
    center_ctx.center.set_setting(admin, "login_max_failures", 3)
    with time_machine.travel(T0, tick=False):
        _fail(center_ctx, 3)
        with pytest.raises(SignInRefused, match="Try again"):
            center_ctx.accounts.sign_in("admin", "secret-pass-1")


def test_failures_outside_the_window_are_forgotten(center_ctx) -> None:
    with time_machine.travel(T0, tick=False):
        _fail(center_ctx, 4)
    with time_machine.travel(T0 + timedelta(minutes=16), tick=False):
        _fail(center_ctx, 1)
        assert center_ctx.accounts.sign_in("admin", "secret-pass-1").is_admin


def test_disabled_accounts_and_roles(center_ctx, admin, receptionist) -> None:
    with pytest.raises(NotAllowed):
        center_ctx.accounts.create_user(receptionist, username="x1", display_name="某", role="admin",
                                        password="another-pass-1")
    with pytest.raises(Refusal, match="at least one active administrator"):
        center_ctx.accounts.update_user(admin, admin.user_id, role="receptionist")
    center_ctx.accounts.update_user(admin, receptionist.user_id, active=False)
    with pytest.raises(SignInRefused, match="disabled"):
        center_ctx.accounts.sign_in("desk1", "desk-pass-1")
    with center_ctx.store.read() as session:
        actions = set(session.exec(select(AuditEntry.action)))
    assert {"user.create", "user.update", "user.sign_in", "user.sign_in_failed"} <= actions


def test_bad_passwords_and_names_are_refused(center_ctx, admin) -> None:
    for name, password, message in (("a b", "long-enough-1", "user name"), ("ok1", "short", "at least 8"),
                                    ("ok2", "11111111", "too easy")):
        with pytest.raises(Refusal, match=message):
            center_ctx.accounts.create_user(admin, username=name, display_name="某", role="receptionist",
                                            password=password)


def test_the_scan_purpose_must_be_an_active_purpose(center_ctx, admin) -> None:
    with pytest.raises(Refusal, match="active visit purpose"):
        center_ctx.center.set_setting(admin, "default_scan_purpose", "no_such_purpose")
    assert center_ctx.center.settings()["default_scan_purpose"] == "consult"
    center_ctx.center.set_setting(admin, "default_scan_purpose", "service")
    assert center_ctx.center.settings()["default_scan_purpose"] == "service"
