"""Helpers for the activity tests: residents, passes, rooms and bookings written into a
set-up center, and a frozen Monday morning in Shanghai."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import select

from db.tables import AuditEntry, Booking, Center, OutboxEvent, Room
from desk.passes.codec import PassClaims, PassKind, encode
from desk.rooms.activity_rows import ActivityForm, SignupForm
from desk.visits.registry import find_or_create_visitor

# 09:00 in Shanghai on Monday 2026-11-16.
MONDAY_0900 = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)


def local(ctx, day_offset: int, hhmm: str) -> datetime:
    return ctx.clock.at(MONDAY_0900.date() + timedelta(days=day_offset), hhmm)


def add_visitor(ctx, name: str, phone: str | None = None) -> int:
    with ctx.store.write() as session:
        return find_or_create_visitor(session, name=name, phone=phone, now=MONDAY_0900).id


def resident_pass(ctx, actor, visitor_id: int) -> str:
    return ctx.passes.issue(actor, kind=PassKind.RESIDENT, visitor_id=visitor_id,
                            valid_from=MONDAY_0900 - timedelta(days=30),
                            valid_until=MONDAY_0900 + timedelta(days=365)).value.payload


def forge(payload: str) -> str:
    """The same pass with one signature character changed."""
    index = len(payload) - 20
    return payload[:index] + ("B" if payload[index] != "B" else "C") + payload[index + 1:]


def activity(ctx, actor, *, title: str = "四点半课堂", capacity: int = 0, day: int = 0,
             start: str = "10:00", end: str = "11:30", **fields):
    form = ActivityForm(title=title, place=fields.pop("place", "二楼活动室"), capacity=capacity,
                        starts_at=local(ctx, day, start), ends_at=local(ctx, day, end), **fields)
    return ctx.activities.create(actor, form).value


def sign_up(ctx, actor, activity_id: int, name: str, phone: str = "", companions: int = 0):
    return ctx.activities.signups.sign_up(actor, activity_id,
                                          SignupForm(name=name, phone=phone, companions=companions)).value


def room_and_booking(ctx, *, capacity: int = 20, state: str = "confirmed", start=None, end=None) -> tuple[int, int]:
    start = start or local(ctx, 0, "14:00")
    end = end or local(ctx, 0, "16:00")
    with ctx.store.write() as session:
        room = Room(name=f"活动室{capacity}{state}", capacity=capacity, created_at=MONDAY_0900)
        session.add(room)
        session.flush()
        booking = Booking(room_id=room.id, starts_at=start, ends_at=end, block_start=start, block_end=end,
                          state=state, title="四点半课堂", booker_name="社区团委", created_at=MONDAY_0900,
                          updated_at=MONDAY_0900)
        session.add(booking)
        session.flush()
        return room.id, booking.id


def upstream_pass(ctx, admin, *, serial: int, valid_from: datetime, valid_until: datetime,
                  key: Ed25519PrivateKey, key_id: int = 4242, kind: PassKind = PassKind.SIGNUP) -> str:
    """A pass signed by the city platform's key, which the desk has been told to trust."""
    if key_id not in ctx.passes.keyring().key_ids:
        ctx.passes.add_trusted_key(admin, key_id, key.public_key().public_bytes_raw())
    with ctx.store.read() as session:
        center_id = session.exec(select(Center)).first().pass_center_id
    claims = PassClaims(kind=kind, serial=serial, center_id=center_id, valid_from=valid_from,
                        valid_until=valid_until, key_id=key_id)
    return encode(claims, key)


def audit_actions(ctx) -> list[str]:
    with ctx.store.read() as session:
        return list(session.exec(select(AuditEntry.action).order_by(AuditEntry.id)))


def audit_entries(ctx, action: str) -> list[AuditEntry]:
    with ctx.store.read() as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.action == action)))


def outbox(ctx, kind: str) -> list[str]:
    with ctx.store.read() as session:
        return list(session.exec(select(OutboxEvent.payload).where(OutboxEvent.kind == kind)
                                 .order_by(OutboxEvent.created_at)))
