"""Building passes and stores for the pass tests."""

from __future__ import annotations

import base64
import shutil
import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from db.engine import Store
from db.tables import Center
from desk.passes.codec import EPOCH, PREFIX, PassClaims, PassKind

CENTER_ID = 4242
# A Wednesday, 10:00 in Shanghai.
T0 = datetime(2025, 3, 5, 2, 0, tzinfo=UTC)


def fresh_store(migrated_db: Path, folder: Path) -> Store:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(migrated_db, folder / "desk.sqlite3")
    return Store(folder / "desk.sqlite3")


def add_center(store: Store, pass_center_id: int) -> None:
    with store.write() as session:
        session.add(
            Center(id=1, name="幸福社区党群服务中心", pass_center_id=pass_center_id, created_at=T0)
        )


def claims(
    *,
    start: datetime,
    days: int = 30,
    center_id: int = CENTER_ID,
    key_id: int = 7,
    serial: int = 123_456_789,
    kind: PassKind = PassKind.RESIDENT,
) -> PassClaims:
    return PassClaims(
        kind=kind, serial=serial, center_id=center_id, valid_from=start,
        valid_until=start + timedelta(days=days), key_id=key_id,
    )


def raw_text(body: bytes, key: Ed25519PrivateKey | None = None, signature: bytes | None = None) -> str:
    """A pass text from hand-made body bytes (signed properly unless a signature is given)."""
    if signature is None:
        signature = (key or Ed25519PrivateKey.generate()).sign(PREFIX.encode() + body)
    return PREFIX + base64.b32encode(body + signature).decode().rstrip("=")


def body(version: int = 1, kind: int = 1, serial: int = 1, center: int = 4242,
         start: int = 1000, end: int = 2000, key_id: int = 7) -> bytes:
    return struct.pack(">BB6sIIIH", version, kind, serial.to_bytes(6, "big"), center, start, end, key_id)


def minutes(moment: datetime) -> int:
    return int((moment - EPOCH).total_seconds() // 60)
