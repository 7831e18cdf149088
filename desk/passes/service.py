"""Issuing, revoking and verifying passes, with the keys and lists kept in the store."""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import event
from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import Center, Pass, RevokedPass, SigningKey, Visitor
from desk.accounts.actor import SYSTEM, Actor
from desk.audit.trail import record
from desk.changes import NOTHING, PASSES, Changes, Done
from desk.clock import utcnow
from desk.errors import NotAllowed, NotFound, Refusal
from desk.passes.codec import (
    EPOCH,
    MAX_CENTER_ID,
    MAX_KEY_ID,
    MAX_SERIAL,
    PassClaims,
    PassKind,
    ceil_minute,
    encode,
    floor_minute,
)
from desk.passes.errors import PassRejected, local_text
from desk.passes.keyring import KeyRing
from desk.passes.normalize import normalize_scan

log = logging.getLogger(__name__)

OWN = "own"
UPSTREAM = "upstream"

# The last minute a uint32 minute count reaches is in the year 10186, past what
# datetime can hold; this is the practical limit for a pass's end.
LATEST_END = datetime(9999, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class IssuedPass:
    claims: PassClaims
    payload: str
    visitor_id: int | None

    @property
    def serial(self) -> int:
        return self.claims.serial


@dataclass(frozen=True)
class Revocation:
    """One entry of a revocation list delivered from upstream."""

    center_id: int
    serial: int
    revoked_at: datetime
    reason: str = ""


@dataclass(frozen=True)
class _Snapshot:
    keyring: KeyRing
    center_id: int


def _center(session: Session) -> Center:
    center = session.exec(select(Center).order_by(col(Center.id))).first()
    if center is None:
        raise Refusal(
            "The center is not set up yet. An administrator must enter the center's "
            "details before passes can be issued or checked."
        )
    return center


def _check_serial(serial: int) -> None:
    if not 0 < serial <= MAX_SERIAL:
        raise NotFound("There is no pass with the number {serial}.", serial=serial)


class PassService:
    """The desk's passes. Verification uses a cached ``KeyRing``, so a scan never waits
    for the database; every write of this service that changes keys or revocations
    drops the cache after its commit."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._generation = 0
        self._cached: _Snapshot | None = None

    # -- keys -------------------------------------------------------------------------

    def ensure_own_key(self, session: Session) -> SigningKey:
        """The key this desk signs with now, made on first use. Call inside a write."""
        key, created = self._own_key(session)
        if created:
            # After the commit, not now: a scan in between would cache a ring that
            # lacks the key and keep refusing the passes it signs.
            event.listen(session, "after_commit", lambda _session: self.invalidate(), once=True)
        return key

    def _own_key(self, session: Session) -> tuple[SigningKey, bool]:
        current = session.exec(
            select(SigningKey)
            .where(
                SigningKey.source == OWN,
                col(SigningKey.private_key).is_not(None),
                col(SigningKey.retired_at).is_(None),
            )
            .order_by(col(SigningKey.created_at).desc())
        ).first()
        if current is not None:
            return current, False
        return self._new_own_key(session), True

    def _new_own_key(self, session: Session) -> SigningKey:
        # A random id rather than 1, 2, 3...: upstream and other desks choose theirs
        # independently, and a random one is least likely to clash when keys are shared.
        while True:
            key_id = secrets.randbelow(MAX_KEY_ID) + 1
            if session.get(SigningKey, key_id) is None:
                break
        private = Ed25519PrivateKey.generate()
        key = SigningKey(
            key_id=key_id,
            public_key=private.public_key().public_bytes_raw(),
            private_key=private.private_bytes_raw(),
            source=OWN,
            created_at=utcnow(),
        )
        session.add(key)
        session.flush()
        return key

    def rotate_key(self, actor: Actor) -> Done[int]:
        """Retire the signing key and make a new one. Passes already issued keep working."""
        actor.require_admin()
        with self.store.write() as session:
            old, created = self._own_key(session)
            if created:  # no key yet: the first one is the rotation
                new = old
            else:
                old.retired_at = utcnow()
                # A retired key only verifies: forgetting its private half means a stolen
                # backup cannot be used to sign new passes with it.
                old.private_key = None
                session.add(old)
                session.flush()
                new = self._new_own_key(session)
            record(
                session, actor, "pass.rotate_key", entity="signing_key",
                entity_id=new.key_id, before=None if created else {"key_id": old.key_id},
                after={"key_id": new.key_id},
            )
            new_id = new.key_id
        self.invalidate()
        return Done(new_id, Changes.of(PASSES))

    def add_trusted_key(
        self, actor: Actor, key_id: int, public_key_bytes: bytes, source: str = UPSTREAM
    ) -> Done[int]:
        """Trust passes signed by another system's key (e.g. bookings made upstream)."""
        actor.require_admin()
        if not 0 <= key_id <= MAX_KEY_ID:
            raise Refusal("A key id is a number from 0 to 65535, not {key_id}.", key_id=key_id)
        if source == OWN or not 0 < len(source) <= 16:
            raise Refusal("A trusted key's source must name where it came from.")
        try:
            Ed25519PublicKey.from_public_bytes(bytes(public_key_bytes))
        except ValueError:
            raise Refusal("This is not an Ed25519 public key (it must be 32 bytes).") from None
        with self.store.write() as session:
            existing = session.get(SigningKey, key_id)
            if existing is not None:
                if existing.public_key == bytes(public_key_bytes):
                    return Done(key_id, NOTHING)
                raise Refusal(
                    "Key id {key_id} already belongs to a different key. Nothing was changed; "
                    "ask whoever sent the key to check it.",
                    key_id=key_id,
                )
            session.add(
                SigningKey(
                    key_id=key_id, public_key=bytes(public_key_bytes), source=source,
                    created_at=utcnow(),
                )
            )
            record(session, actor, "pass.trust_key", entity="signing_key", entity_id=key_id,
                   after={"key_id": key_id, "source": source})
        self.invalidate()
        return Done(key_id, Changes.of(PASSES))

    # -- passes -----------------------------------------------------------------------

    def issue(
        self,
        actor: Actor,
        *,
        kind: PassKind,
        visitor_id: int | None,
        valid_from: datetime,
        valid_until: datetime,
    ) -> Done[IssuedPass]:
        """Sign a new pass with this desk's key. Times are widened to whole minutes."""
        with self.store.write() as session:
            issued = self.issue_in(session, actor, kind=kind, visitor_id=visitor_id,
                                   valid_from=valid_from, valid_until=valid_until)
        return Done(issued, Changes.of(PASSES))

    def issue_in(
        self,
        session: Session,
        actor: Actor,
        *,
        kind: PassKind,
        visitor_id: int | None,
        valid_from: datetime,
        valid_until: datetime,
    ) -> IssuedPass:
        """``issue`` inside the caller's write transaction, so that a booking or sign-up
        and its pass are committed together or not at all."""
        if valid_from.tzinfo is None or valid_until.tzinfo is None:
            raise ValueError("pass times must be timezone-aware")
        start = floor_minute(valid_from.astimezone(UTC))
        end = ceil_minute(valid_until.astimezone(UTC))
        if end <= start:
            raise Refusal("A pass must end after it starts.")
        if start < EPOCH or end > LATEST_END:
            raise Refusal("The pass dates are out of range. Check the year.")
        if visitor_id is not None and session.get(Visitor, visitor_id) is None:
            raise NotFound("This visitor is no longer on record.")
        center = _center(session)
        key, created = self._own_key(session)
        claims = PassClaims(
            kind=PassKind(kind), serial=self._new_serial(session, center.pass_center_id),
            center_id=center.pass_center_id, valid_from=start, valid_until=end,
            key_id=key.key_id,
        )
        assert key.private_key is not None  # _own_key only returns keys that can sign
        payload = encode(claims, Ed25519PrivateKey.from_private_bytes(key.private_key))
        session.add(
            Pass(
                kind=claims.kind.code, serial=claims.serial, visitor_id=visitor_id,
                key_id=claims.key_id, valid_from=start, valid_until=end,
                issued_at=utcnow(), issued_by=actor.user_id, payload=payload,
            )
        )
        record(
            session, actor, "pass.issue", entity="pass", entity_id=claims.serial,
            after={"kind": claims.kind.code, "visitor_id": visitor_id,
                   "valid_from": start, "valid_until": end, "key_id": claims.key_id},
        )
        if created:
            # The cached key ring learns of the new key once it is committed, not before.
            event.listen(session, "after_commit", lambda _session: self.invalidate(), once=True)
        return IssuedPass(claims, payload, visitor_id)

    @staticmethod
    def _new_serial(session: Session, center_id: int) -> int:
        # Random, so that a pass number says nothing about how many were issued and
        # cannot be guessed; also never one already on a revocation list.
        while True:
            serial = secrets.randbelow(MAX_SERIAL) + 1
            taken = session.exec(select(Pass.id).where(Pass.serial == serial)).first()
            revoked = session.exec(
                select(RevokedPass.id).where(
                    RevokedPass.center_id == center_id, RevokedPass.serial == serial
                )
            ).first()
            if taken is None and revoked is None:
                return serial

    def issued_pass(self, serial: int) -> Pass | None:
        """The stored pass with this number (to find its visitor), if this desk issued it."""
        with self.store.read() as session:
            return session.exec(select(Pass).where(Pass.serial == serial)).first()

    def revoke(self, actor: Actor, serial: int, reason: str = "") -> Done[None]:
        """Withdraw a pass of this center: from now on every scan of it is refused."""
        with self.store.write() as session:
            self.revoke_in(session, actor, serial, reason)
        return Done(None, Changes.of(PASSES))

    def revoke_in(self, session: Session, actor: Actor, serial: int, reason: str = "") -> None:
        """``revoke`` inside the caller's write transaction (a cancelled booking's pass
        is withdrawn in the same commit as the cancellation)."""
        _check_serial(serial)
        reason = reason.strip()[:200]
        center = _center(session)
        already = session.exec(
            select(RevokedPass).where(
                RevokedPass.center_id == center.pass_center_id, RevokedPass.serial == serial
            )
        ).first()
        if already is not None:
            raise Refusal(
                "Pass {serial} was already withdrawn on {date}.", serial=serial,
                date=local_text(already.revoked_at, center.timezone),
            )
        session.add(
            RevokedPass(
                center_id=center.pass_center_id, serial=serial, revoked_at=utcnow(),
                reason=reason, source="local",
            )
        )
        record(session, actor, "pass.revoke", entity="pass", entity_id=serial, detail=reason)
        event.listen(session, "after_commit", lambda _session: self.invalidate(), once=True)

    def import_revocations(self, actor: Actor, entries: Iterable[Revocation]) -> Done[int]:
        """Add upstream's revocation list. All or nothing; entries already known are skipped.

        Returns how many were new. The sync client runs this as the system actor.
        """
        if not (actor.is_admin or actor.role == SYSTEM.role):
            raise NotAllowed("Only an administrator may do this. Ask an administrator to sign in.")
        entries = list(entries)
        for entry in entries:
            if not (0 < entry.serial <= MAX_SERIAL and 0 <= entry.center_id <= MAX_CENTER_ID):
                raise Refusal("The revocation list holds an invalid pass number. Nothing was imported.")
            if entry.revoked_at.tzinfo is None:
                raise ValueError("revocation times must be timezone-aware")
        with self.store.write() as session:
            known = {
                (center_id, serial)
                for center_id, serial in session.exec(
                    select(RevokedPass.center_id, RevokedPass.serial)
                )
            }
            added = 0
            for entry in entries:
                pair = (entry.center_id, entry.serial)
                if pair in known:
                    continue
                known.add(pair)
                session.add(
                    RevokedPass(
                        center_id=entry.center_id, serial=entry.serial,
                        revoked_at=entry.revoked_at, reason=entry.reason[:200], source=UPSTREAM,
                    )
                )
                added += 1
            if added:
                record(session, actor, "pass.import_revocations", entity="revoked_pass",
                       detail=f"{added} new of {len(entries)} entries")
        if not added:
            return Done(0, NOTHING)
        self.invalidate()
        return Done(added, Changes.of(PASSES))

    # -- verification -----------------------------------------------------------------

    def invalidate(self) -> None:
        """Forget the cached key ring. Call after changing the center's pass id elsewhere."""
        with self._lock:
            self._generation += 1
            self._cached = None

    def _snapshot(self) -> _Snapshot:
        with self._lock:
            if self._cached is not None:
                return self._cached
            generation = self._generation
        with self.store.read() as session:
            center = _center(session)
            keys: dict[int, Ed25519PublicKey] = {}
            for row in session.exec(select(SigningKey)):
                try:
                    keys[row.key_id] = Ed25519PublicKey.from_public_bytes(row.public_key)
                except ValueError:
                    log.warning("signing key %s is damaged; passes it signed are refused", row.key_id)
            revoked = [
                (center_id, serial)
                for center_id, serial in session.exec(
                    select(RevokedPass.center_id, RevokedPass.serial)
                )
            ]
            snapshot = _Snapshot(KeyRing(keys, revoked, zone=center.timezone), center.pass_center_id)
        # A write that finished while this was being read has bumped the generation;
        # its result must not be hidden behind the older snapshot.
        with self._lock:
            if self._generation == generation:
                self._cached = snapshot
        return snapshot

    def keyring(self) -> KeyRing:
        return self._snapshot().keyring

    def verify(self, text: str, now: datetime | None = None) -> PassClaims:
        """The claims of a scanned pass that may be let in now; raises ``PassRejected``."""
        snapshot = self._snapshot()
        return snapshot.keyring.verify(
            text, now=now or utcnow(), center_id=snapshot.center_id
        )

    def verify_scan(
        self,
        actor: Actor,
        raw: str,
        *,
        audit_action: str,
        entity: str = "pass",
        entity_id: object = "",
        detail: str = "",
        now: datetime | None = None,
    ) -> PassClaims:
        """``verify`` for what a scanner or camera delivered: the text is cleaned first, and
        a refused pass leaves an audit line (``audit_action``, with ``detail``, the reason and
        the text read) before ``PassRejected`` is raised again. Every scan at the desk (visits,
        bookings, sign-ups, the activity door) comes through here, so each refusal is on
        record the same way."""
        text = normalize_scan(raw)
        try:
            return self.verify(text, now=now)
        except PassRejected as rejected:
            with self.store.write() as session:
                record(session, actor, audit_action, entity=entity, entity_id=entity_id,
                       detail=f"{detail}{rejected.reason}: {text[:80]}")
            raise
