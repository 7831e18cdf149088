"""Who is talking to the hub: enrollment codes, device keys, challenges and tokens.

A desk enrolls once with a one-time code and its Ed25519 public key; afterwards it signs
a fresh hub nonce to get a short-lived token. Tokens are signed by the hub's own key
(stored in PostgreSQL), so every hub process behind a load balancer can check them, and
they expire by the hub's clock, never the desk's. The center of a request is the one in
its token.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import psycopg
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desk.sync.protocol import b64, challenge_message, encode_token, split_token, unb64

TOKEN_SECONDS = 15 * 60
CHALLENGE_SECONDS = 120
CODE_DAYS = 7
# No 0/O/1/I/L: read aloud over the phone and typed by hand.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


class AuthError(Exception):
    """Refused: the reason is safe to show to the caller."""


@dataclass(frozen=True)
class Caller:
    device_id: str
    center_id: str


def _hash_code(code: str) -> bytes:
    return hashlib.sha256(code.strip().upper().replace("-", "").encode()).digest()


def _from_now(**delta: float) -> datetime:
    """Now (plus ``delta``) by this process's clock. Expiries are made and compared on the one
    clock, in Python rather than SQL, so PostgreSQL and SQLite agree, and a desk's test with
    a frozen clock and its in-process hub agree too."""
    return datetime.now(UTC) + timedelta(**delta)


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def create_center(conn: psycopg.Connection, name: str) -> tuple[str, str]:
    """A new center and its first enrollment code: (center id, code)."""
    center_id = str(uuid.uuid4())
    with conn.transaction():
        conn.execute("INSERT INTO center (id, name) VALUES (%s, %s)", (center_id, name))
        code = issue_code(conn, center_id)
    return center_id, code


def enroll_code_for(conn: psycopg.Connection, name: str) -> tuple[str, str, bool]:
    """An enrollment code for the center of this name, made first if the city has none by
    that name: (center id, code, made now). A second desk or a replaced PC of a center
    gets a new code for the same center, not a second center."""
    with conn.transaction():
        row = conn.execute("SELECT id::text FROM center WHERE name = %s ORDER BY created_at LIMIT 1",
                           (name,)).fetchone()
        if row is None:
            center_id, code = create_center(conn, name)
            return center_id, code, True
        return row[0], issue_code(conn, row[0]), False


def issue_code(conn: psycopg.Connection, center_id: str) -> str:
    code = new_code()
    conn.execute("INSERT INTO enrollment_code (code_hash, center_id, expires_at) "
                 "VALUES (%s, %s, %s)", (_hash_code(code), center_id, _from_now(days=CODE_DAYS)))
    return code


def rotate_key(conn: psycopg.Connection, *, retire_old: bool = False) -> int:
    """A new signing key for tokens; the old ones keep verifying until retired (``retire_old``:
    at once, so tokens they signed stop working within KEY_CACHE_SECONDS). Returns the new id."""
    key = Ed25519PrivateKey.generate()
    row = conn.execute("INSERT INTO hub_key (key_id, private_key, public_key) "
                       "SELECT coalesce(max(key_id), 0) + 1, %s, %s FROM hub_key RETURNING key_id",
                       (key.private_bytes_raw(), key.public_key().public_bytes_raw())).fetchone()
    if retire_old:
        conn.execute("UPDATE hub_key SET retired_at = now() WHERE key_id <> %s AND retired_at IS NULL", (row[0],))
    return int(row[0])


def signing_key(conn: psycopg.Connection) -> tuple[int, Ed25519PrivateKey]:
    """The hub's current signing key, made on first use (one key id even if two
    processes race: the insert is ON CONFLICT DO NOTHING and both then read the row)."""
    row = conn.execute("SELECT key_id, private_key FROM hub_key WHERE retired_at IS NULL "
                       "ORDER BY key_id DESC LIMIT 1").fetchone()
    if row is None:
        key = Ed25519PrivateKey.generate()
        conn.execute("INSERT INTO hub_key (key_id, private_key, public_key) VALUES (1, %s, %s) "
                     "ON CONFLICT DO NOTHING",
                     (key.private_bytes_raw(), key.public_key().public_bytes_raw()))
        row = conn.execute("SELECT key_id, private_key FROM hub_key WHERE key_id = 1").fetchone()
    return int(row[0]), Ed25519PrivateKey.from_private_bytes(bytes(row[1]))


def public_keys(conn: psycopg.Connection) -> list[dict[str, object]]:
    signing_key(conn)
    rows = conn.execute("SELECT key_id, public_key FROM hub_key WHERE retired_at IS NULL ORDER BY key_id")
    return [{"key_id": key_id, "public_key": b64(bytes(public))} for key_id, public in rows]


def enroll(conn: psycopg.Connection, code: str, public_key: str, name: str, protocol: int) -> dict[str, object]:
    try:
        raw = unb64(public_key)
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise AuthError("The desk's public key is not an Ed25519 key.") from None
    device_id = str(uuid.uuid4())
    with conn.transaction():
        row = conn.execute(
            "UPDATE enrollment_code SET used_at = now(), device_id = %s "
            "WHERE code_hash = %s AND used_at IS NULL AND expires_at > %s RETURNING center_id",
            (device_id, _hash_code(code), _from_now())).fetchone()
        if row is None:
            raise AuthError("This enrollment code is unknown, used or expired. "
                            "Ask the city administrator for a new code.")
        center_id = str(row[0])
        conn.execute("INSERT INTO device (id, center_id, public_key, name, protocol) VALUES (%s, %s, %s, %s, %s)",
                     (device_id, center_id, raw, name[:100], protocol))
        center_name = conn.execute("SELECT name FROM center WHERE id = %s", (center_id,)).fetchone()[0]
    return {"center_id": center_id, "center_name": center_name, "device_id": device_id,
            "hub_keys": public_keys(conn)}


def _device(conn: psycopg.Connection, device_id: str) -> tuple[str, bytes, object]:
    try:
        uuid.UUID(device_id)
    except ValueError:
        raise AuthError("Unknown device.") from None
    row = conn.execute("SELECT center_id, public_key, revoked_at FROM device WHERE id = %s",
                       (device_id,)).fetchone()
    if row is None:
        raise AuthError("Unknown device.")
    return str(row[0]), bytes(row[1]), row[2]


def challenge(conn: psycopg.Connection, device_id: str) -> str:
    _device(conn, device_id)
    nonce = secrets.token_urlsafe(24)
    conn.execute("DELETE FROM challenge WHERE expires_at < %s", (_from_now(),))
    conn.execute("INSERT INTO challenge (nonce, device_id, expires_at) "
                 "VALUES (%s, %s, %s)", (nonce, device_id, _from_now(seconds=CHALLENGE_SECONDS)))
    return nonce


def token(conn: psycopg.Connection, device_id: str, nonce: str, signature: str) -> dict[str, object]:
    center_id, public, revoked_at = _device(conn, device_id)
    if revoked_at is not None:
        raise AuthError("This desk was withdrawn from the city hub. Ask the city administrator.")
    used = conn.execute("DELETE FROM challenge WHERE nonce = %s AND device_id = %s AND expires_at > %s "
                        "RETURNING nonce", (nonce, device_id, _from_now())).fetchone()
    if used is None:
        raise AuthError("The challenge expired; ask for a new one.")
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(unb64(signature), challenge_message(device_id, nonce))
    except (InvalidSignature, ValueError):
        raise AuthError("The signature does not match this desk's key.") from None
    key_id, key = signing_key(conn)
    expires = int(time.time()) + TOKEN_SECONDS
    claims = {"d": device_id, "c": center_id, "k": key_id, "exp": expires}
    conn.execute("UPDATE device SET last_seen_at = now() WHERE id = %s", (device_id,))
    return {"token": encode_token(claims, key.sign), "expires_in": TOKEN_SECONDS}


KEY_CACHE_SECONDS = 30.0  # a key retired on one instance stops working on all within this


class TokenChecker:
    """Checks bearer tokens. The hub's public keys are cached briefly: they change only on
    rotation, and a retired key must stop signing in everywhere (several hub processes
    share one database), so the cache is not kept for ever."""

    def __init__(self) -> None:
        self._keys: dict[int, tuple[Ed25519PublicKey, float]] = {}

    def _key(self, conn: psycopg.Connection, key_id: int) -> Ed25519PublicKey:
        cached = self._keys.get(key_id)
        if cached is not None and time.monotonic() - cached[1] < KEY_CACHE_SECONDS:
            return cached[0]
        row = conn.execute("SELECT public_key FROM hub_key WHERE key_id = %s AND retired_at IS NULL",
                           (key_id,)).fetchone()
        if row is None:
            self._keys.pop(key_id, None)
            raise AuthError("The token was not made by this hub.")
        key = Ed25519PublicKey.from_public_bytes(bytes(row[0]))
        self._keys[key_id] = (key, time.monotonic())
        return key

    def check(self, conn: psycopg.Connection, authorization: str | None) -> Caller:
        scheme, _, text = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not text:
            raise AuthError("Sign-in needed: no token.")
        try:
            body, signature = split_token(text.strip())
            claims = json.loads(body)
            key = self._key(conn, int(claims["k"]))
            key.verify(signature, body)
        # The claims are read before the signature is checked, so they may be anything:
        # {"k": 1e999} (OverflowError) or JSON nested thousands deep (RecursionError).
        except (ValueError, KeyError, TypeError, OverflowError, RecursionError, InvalidSignature):
            raise AuthError("The token is not valid.") from None
        if int(claims["exp"]) < time.time():
            raise AuthError("The token has expired.")
        center_id, _public, revoked_at = _device(conn, str(claims["d"]))
        if revoked_at is not None:
            raise AuthError("This desk was withdrawn from the city hub. Ask the city administrator.")
        if center_id != claims["c"]:
            raise AuthError("The token is not valid.")
        return Caller(device_id=str(claims["d"]), center_id=center_id)
