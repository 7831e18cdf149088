"""The desk ⇄ hub wire protocol: versions, headers, kinds and the signed messages.

Pure Python with no database or network imports: the hub imports this module too, so
both sides agree on one text of the protocol (docs/SYNC.md explains it in words).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

# Version 1 sent each event's payload as a JSON string; version 2 sends it as an object.
# The hub accepts every version from MIN_PROTOCOL to PROTOCOL, so an old desk keeps
# uploading; a desk older than MIN_PROTOCOL is told to update.
PROTOCOL = 2
MIN_PROTOCOL = 1
PROTOCOL_HEADER = "X-Desk-Protocol"
HUB_PROTOCOLS_HEADER = "X-Hub-Protocols"  # "min-max", on every hub answer

BATCH_SIZE = 500
FEED_PAGE = 500

# What the city authors (the download feed); desk/sync/apply.py hands each kind to the
# service that owns it (payload shapes: desk/sync/apply_payloads.py, docs/SYNC.md).
FEED_CALENDAR = "calendar.days"
FEED_TRUSTED_KEY = "passes.trusted_key"
FEED_REVOCATION = "passes.revocation"
FEED_ANNOUNCEMENT = "announcement"
FEED_CATALOGUE = "services.catalogue"
FEED_RESOURCES = "resources.list"
FEED_BOOKING = "rooms.upstream_booking"
FEED_SIGNUP = "activities.upstream_signup"
FEED_KINDS = (FEED_CALENDAR, FEED_TRUSTED_KEY, FEED_REVOCATION, FEED_ANNOUNCEMENT,
              FEED_CATALOGUE, FEED_RESOURCES, FEED_BOOKING, FEED_SIGNUP)

# Counted visits, made by desk/sync/counts.py from the visit table (never visit rows).
VISITS_DAILY = "visits.daily"
# Each room's usage per closed local day (desk/sync/counts.py; UsageService's definitions).
ROOMS_DAILY = "rooms.daily"

# The per-day consistency check (desk/sync/consistency.py, hub/consistency.py). A day is a
# UTC day of the event id's time: an id is a UUIDv7 whose first 48 bits are Unix
# milliseconds, so one day's ids are one half-open range of id strings on both sides (the
# desk's unique index on the id, the hub's primary key (center_id, event_id)).
KEEP_DAYS = 45  # acknowledged events stay in the desk's outbox this many UTC days
CHECK_DAYS = 30  # the days the check compares (today included); fewer than KEEP_DAYS
CHECK_MAX_DAYS = 62  # days in one /v1/check request
_DAY_MS = 86_400_000


def day_id_range(day: date) -> tuple[str, str]:
    """The ids of events made on ``day`` (UTC) are those with ``lo <= id < hi``.

    Both bounds are whole UUID strings (version and variant bits zero), lower-case hex
    with the dashes in place, so they compare like the ids themselves in any collation."""
    start = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()) * 1000
    if start < 0:
        raise ValueError(f"{day.isoformat()} is before 1970")
    return _id_at(start), _id_at(start + _DAY_MS)


def _id_at(ms: int) -> str:
    text = f"{ms:012x}"
    return f"{text[:8]}-{text[8:]}-0000-0000-000000000000"


def id_day(event_id: str) -> date:
    """The UTC day an event id (UUIDv7) was made; ValueError for another kind of id."""
    if len(event_id) != 36 or event_id[8] != "-" or event_id[14] != "7":
        raise ValueError(f"not a UUIDv7: {event_id!r}")
    return datetime.fromtimestamp(int(event_id[:8] + event_id[9:13], 16) / 1000, UTC).date()


def day_digest(ids: Iterable[str]) -> str:
    """The digest of one day's event ids: the first 16 hex digits of the SHA-256 of the
    sorted ids joined by newlines (the desk and the hub sort the same way)."""
    return hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()[:16]


TOKEN_PURPOSE = b"desk-hub-token\x00"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def challenge_message(device_id: str, nonce: str) -> bytes:
    """What a desk signs to get a token: bound to its device id and the hub's nonce."""
    return TOKEN_PURPOSE + device_id.encode("ascii") + b"\x00" + nonce.encode("ascii")


def encode_token(claims: dict[str, Any], sign) -> str:  # noqa: ANN001 - sign: bytes -> bytes
    body = json.dumps(claims, separators=(",", ":"), sort_keys=True).encode()
    return f"{b64(body)}.{b64(sign(body))}"


def split_token(token: str) -> tuple[bytes, bytes]:
    body, _, signature = token.partition(".")
    if not body or not signature:
        raise ValueError("malformed token")
    return unb64(body), unb64(signature)


def parse_protocols(header: str | None) -> tuple[int, int] | None:
    """The hub's "min-max" header, or None when it is missing or garbled."""
    try:
        low, _, high = (header or "").partition("-")
        return int(low), int(high)
    except ValueError:
        return None
