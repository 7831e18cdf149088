"""Why a pass was refused, in words a receptionist can act on."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from desk.clock import DEFAULT_ZONE
from desk.errors import Refusal

if TYPE_CHECKING:
    from desk.passes.codec import PassClaims

# reason code → English template. The UI translates the template, then fills the
# {named} fields, so values never end up inside the translated text.
TEMPLATES: dict[str, str] = {
    "malformed": "This code is not a valid pass: it could not be read. "
    "Scan it again, or check the visitor in by hand.",
    "unsupported_version": "This pass was made by a newer version of the system. "
    "Update the desk program, or check the visitor in by hand.",
    "unknown_key": "This pass was signed with a key this desk does not know (key {key_id}). "
    "It may come from a system this desk does not trust yet.",
    "bad_signature": "This code is not a valid pass: its signature does not match. "
    "It may be forged.",
    "expired": "This pass expired on {date}.",
    "not_yet_valid": "This pass is not valid yet. It becomes valid on {date}.",
    "revoked": "This pass (number {serial}) has been withdrawn and may no longer be used.",
    "other_center": "This pass was issued by another center ({center}).",
}

REASONS = frozenset(TEMPLATES)

DATE_FORMAT = "%Y-%m-%d %H:%M"


def local_text(moment: datetime, zone: str = DEFAULT_ZONE) -> str:
    """A moment as the receptionist reads it: ``YYYY-MM-DD HH:MM`` in the center's zone."""
    return moment.astimezone(ZoneInfo(zone)).strftime(DATE_FORMAT)


class PassRejected(Refusal):
    """A scanned code that must not let anyone in. ``reason`` is one of ``REASONS``.

    ``claims`` is set once the signature has been checked, so that the screen may say
    whose pass it was (an expired resident pass, a booking for another center); it is
    never set for a code whose origin is unproven.
    """

    def __init__(self, reason: str, *, claims: PassClaims | None = None, **fields: Any) -> None:
        if reason not in TEMPLATES:
            raise ValueError(f"unknown pass rejection reason {reason!r}")
        self.reason = reason
        self.claims = claims
        super().__init__(TEMPLATES[reason], **fields)
