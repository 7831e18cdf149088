"""The desk ⇄ hub wire protocol: versions, headers, kinds and the signed messages.

Pure Python with no database or network imports: the hub imports this module too, so
both sides agree on one text of the protocol (docs/SYNC.md explains it in words).
"""

from __future__ import annotations

import base64
import json
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
