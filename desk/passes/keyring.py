"""Checking a pass offline: the keys the desk trusts and the passes it must refuse."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from types import MappingProxyType

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desk.clock import DEFAULT_ZONE
from desk.passes.codec import PassClaims, decode
from desk.passes.errors import PassRejected, local_text


class KeyRing:
    """Verification keys by key id, and the revoked (center_id, serial) pairs.

    Retired keys stay in the ring: they no longer sign, but the passes they signed stay
    valid until they expire (key rotation). Immutable, so a cached ring can be shared
    between threads.
    """

    def __init__(
        self,
        keys: Mapping[int, Ed25519PublicKey],
        revoked: Iterable[tuple[int, int]] = (),
        *,
        zone: str = DEFAULT_ZONE,
    ) -> None:
        self._keys = MappingProxyType(dict(keys))
        self._revoked = frozenset(revoked)
        self.zone = zone

    @property
    def key_ids(self) -> frozenset[int]:
        return frozenset(self._keys)

    def is_revoked(self, center_id: int, serial: int) -> bool:
        return (center_id, serial) in self._revoked

    def verify(self, text: str, *, now: datetime, center_id: int) -> PassClaims:
        """The claims of a pass that may be let in at ``center_id`` at ``now``.

        Raises ``PassRejected``. The order of checks decides which reason a person sees:
        nothing a code says is believed until its signature is checked, so a forged
        code is "forged", never "expired".
        """
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        claims, message, signature = decode(text)
        key = self._keys.get(claims.key_id)
        if key is None:
            raise PassRejected("unknown_key", key_id=claims.key_id)
        try:
            key.verify(signature, message)
        except InvalidSignature:
            raise PassRejected("bad_signature") from None
        if claims.center_id != center_id:
            raise PassRejected("other_center", claims=claims, center=claims.center_id)
        if now < claims.valid_from:
            raise PassRejected(
                "not_yet_valid", claims=claims, date=local_text(claims.valid_from, self.zone)
            )
        if now >= claims.valid_until:
            raise PassRejected(
                "expired", claims=claims, date=local_text(claims.valid_until, self.zone)
            )
        if self.is_revoked(claims.center_id, claims.serial):
            raise PassRejected("revoked", claims=claims, serial=claims.serial)
        return claims
