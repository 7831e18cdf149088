"""The text inside a pass's QR code, and its exact byte layout.

Text: ``"DQ1" + base32(body + signature)``, RFC 4648 alphabet (A–Z, 2–7), no padding.
Only upper-case letters and digits, so the text survives any keyboard layout or IME a
keyboard-wedge scanner types through, and a QR code stores it in the compact
alphanumeric mode. ``DQ`` (党群) says whose code it is; ``1`` is the format version.

Body, 22 bytes, big-endian::

    offset size field
         0    1 version       always 1 (signed, unlike the text prefix)
         1    1 kind          PassKind
         2    6 serial        unsigned 48-bit: random, so numbers cannot be guessed;
                              48 bits keep the code short and are exact in JavaScript
         8    4 center_id     unsigned 32-bit, Center.pass_center_id of the issuer
        12    4 valid_from    unsigned 32-bit minutes since 2020-01-01T00:00Z (inclusive)
        16    4 valid_until   unsigned 32-bit minutes since 2020-01-01T00:00Z (exclusive)
        20    2 key_id        unsigned 16-bit id of the signing key

Signature: 64 bytes, Ed25519 over ``b"DQ1" + body``. 86 bytes in all give 138 base32
characters, 141 with the prefix: a version 6 QR code (41×41 modules) at error correction M.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import IntEnum

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desk.passes.errors import PassRejected
from desk.passes.normalize import normalize_scan

PREFIX = "DQ1"
FORMAT_VERSION = 1
EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
MAX_SERIAL = 2**48 - 1
MAX_CENTER_ID = 2**32 - 1
MAX_KEY_ID = 2**16 - 1
MAX_MINUTES = 2**32 - 1

_BODY = struct.Struct(">BB6sIIIH")
BODY_LENGTH = _BODY.size
SIGNATURE_LENGTH = 64
PAYLOAD_LENGTH = len(PREFIX) + -(-(BODY_LENGTH + SIGNATURE_LENGTH) * 8 // 5)

# Longer input is refused before it is normalised or decoded: a scanner that kept
# typing, or someone pasting a file, must not cost the desk any time.
MAX_SCAN_LENGTH = 512

_BASE32 = re.compile(r"[A-Z2-7]+")


class PassKind(IntEnum):
    """What a pass lets its holder do. The value is the byte in the payload: never reuse one."""

    RESIDENT = 1  # resident pass issued at the desk
    BOOKING = 2  # room booking made upstream
    GROUP = 3  # pre-booked group visit (参观预约)
    SIGNUP = 4  # activity sign-up
    STAFF = 5

    @property
    def code(self) -> str:
        """The name stored in ``Pass.kind`` and typed on the command line."""
        return self.name.lower()

    @classmethod
    def from_code(cls, code: str) -> PassKind:
        return cls[code.upper()]


def floor_minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def ceil_minute(moment: datetime) -> datetime:
    floored = floor_minute(moment)
    return floored if floored == moment else floored + timedelta(minutes=1)


def _to_minutes(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("pass times must be timezone-aware")
    seconds = (moment - EPOCH).total_seconds()
    if seconds % 60:
        raise ValueError("pass times have minute precision; round them first")
    minutes = int(seconds // 60)
    if not 0 <= minutes <= MAX_MINUTES:
        raise ValueError(f"pass time {moment.isoformat()} is out of range")
    return minutes


def _from_minutes(minutes: int) -> datetime:
    return EPOCH + timedelta(minutes=minutes)


@dataclass(frozen=True)
class PassClaims:
    """What a pass says. Times are aware UTC datetimes with whole minutes."""

    kind: PassKind
    serial: int
    center_id: int
    valid_from: datetime
    valid_until: datetime  # exclusive
    key_id: int

    def __post_init__(self) -> None:
        # Wrong values here are programming errors, not a visitor's mistake.
        if not 0 <= self.serial <= MAX_SERIAL:
            raise ValueError(f"serial {self.serial} does not fit in 48 bits")
        if not 0 <= self.center_id <= MAX_CENTER_ID:
            raise ValueError(f"center id {self.center_id} does not fit in 32 bits")
        if not 0 <= self.key_id <= MAX_KEY_ID:
            raise ValueError(f"key id {self.key_id} does not fit in 16 bits")
        if _to_minutes(self.valid_until) <= _to_minutes(self.valid_from):
            raise ValueError("a pass must end after it starts")

    def body(self) -> bytes:
        return _BODY.pack(
            FORMAT_VERSION,
            int(self.kind),
            self.serial.to_bytes(6, "big"),
            self.center_id,
            _to_minutes(self.valid_from),
            _to_minutes(self.valid_until),
            self.key_id,
        )


def signed_message(body: bytes) -> bytes:
    """What the signature covers: the prefix too, so a future format cannot reuse it."""
    return PREFIX.encode("ascii") + body


def encode(claims: PassClaims, private_key: Ed25519PrivateKey) -> str:
    body = claims.body()
    signature = private_key.sign(signed_message(body))
    return PREFIX + base64.b32encode(body + signature).decode("ascii").rstrip("=")


def _unbase32(data: str) -> bytes:
    if not _BASE32.fullmatch(data):
        raise PassRejected("malformed")
    try:
        raw = base64.b32decode(data + "=" * (-len(data) % 8))
    except (binascii.Error, ValueError):
        raise PassRejected("malformed") from None
    # One pass, one text: unused trailing bits must be zero, or two texts would carry
    # the same signed bytes.
    if base64.b32encode(raw).decode("ascii").rstrip("=") != data:
        raise PassRejected("malformed")
    return raw


def decode(text: str) -> tuple[PassClaims, bytes, bytes]:
    """(claims, signed message, signature) of a pass text. Checks form only, not the signature.

    Raises ``PassRejected`` (and nothing else) for anything that is not a well-formed pass.
    """
    if not isinstance(text, str) or len(text) > MAX_SCAN_LENGTH:
        raise PassRejected("malformed")
    # Upper case too: a scanner typing with Caps Lock on sends the letters inverted.
    text = normalize_scan(text).upper()
    if not text.startswith(PREFIX):
        if len(text) > 2 and text.startswith(PREFIX[:2]) and text[2].isdigit():
            raise PassRejected("unsupported_version")
        raise PassRejected("malformed")
    raw = _unbase32(text[len(PREFIX):])
    if raw and raw[0] != FORMAT_VERSION:
        raise PassRejected("unsupported_version")
    if len(raw) != BODY_LENGTH + SIGNATURE_LENGTH:
        raise PassRejected("malformed")
    body, signature = raw[:BODY_LENGTH], raw[BODY_LENGTH:]
    _version, kind_byte, serial, center_id, start, end, key_id = _BODY.unpack(body)
    try:
        kind = PassKind(kind_byte)
    except ValueError:
        raise PassRejected("malformed") from None
    if end <= start:
        raise PassRejected("malformed")
    try:
        claims = PassClaims(
            kind=kind,
            serial=int.from_bytes(serial, "big"),
            center_id=center_id,
            valid_from=_from_minutes(start),
            valid_until=_from_minutes(end),
            key_id=key_id,
        )
    except OverflowError:  # minutes past the year 9999
        raise PassRejected("malformed") from None
    return claims, signed_message(body), signature


def peek_kind(text: str) -> str | None:
    """The kind code a scanned text claims ("booking", "signup", ...), or None if it is not a
    well-formed pass. Nothing is verified: this only decides which page the scan goes to;
    that page verifies the signature and explains any refusal."""
    try:
        claims, _message, _signature = decode(text)
    except PassRejected:
        return None
    return claims.kind.code
