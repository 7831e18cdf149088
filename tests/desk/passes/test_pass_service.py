from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pass_samples import CENTER_ID, T0, add_center, fresh_store
from sqlmodel import Session, select

from db.engine import Store
from db.tables import AuditEntry, Pass, RevokedPass, SigningKey, Visitor
from desk.accounts.actor import SYSTEM, Actor
from desk.changes import PASSES
from desk.errors import NotAllowed, NotFound, Refusal
from desk.passes.codec import PassKind, decode
from desk.passes.errors import PassRejected
from desk.passes.service import IssuedPass, PassService, Revocation

DAY = timedelta(days=1)


def issue(service: PassService, actor: Actor, *, days: int = 30, start: datetime = T0,
          visitor_id: int | None = None) -> IssuedPass:
    return service.issue(actor, kind=PassKind.RESIDENT, visitor_id=visitor_id,
                         valid_from=start, valid_until=start + days * DAY).value


def refused(service: PassService, text: str) -> PassRejected:
    with pytest.raises(PassRejected) as caught:
        service.verify(text)
    return caught.value


def audit_actions(store: Store) -> list[str]:
    with store.read() as session:
        return [entry.action for entry in session.exec(select(AuditEntry).order_by(AuditEntry.id))]


@pytest.fixture
def frozen() -> Iterator[time_machine.Coordinates]:
    with time_machine.travel(T0, tick=False) as traveller:
        yield traveller


def test_issue_signs_stores_and_audits_a_pass(service: PassService, store: Store, desk_actor: Actor,
                                              frozen: time_machine.Coordinates) -> None:
    with store.write() as session:
        visitor = Visitor(name="张三", phone="13800138000", created_at=T0)
        session.add(visitor)
        session.flush()
        visitor_id = visitor.id
    done = service.issue(desk_actor, kind=PassKind.RESIDENT, visitor_id=visitor_id,
                         valid_from=T0, valid_until=T0 + 365 * DAY)
    assert done.changes.touches(PASSES)
    issued = done.value
    assert decode(issued.payload)[0] == issued.claims
    assert issued.claims.center_id == CENTER_ID
    with store.read() as session:
        row = session.exec(select(Pass)).one()
        key = session.get(SigningKey, issued.claims.key_id)
    assert (row.serial, row.visitor_id, row.payload, row.kind) == (issued.serial, visitor_id, issued.payload,
                                                                   "resident")
    assert row.valid_until == T0 + 365 * DAY
    assert key is not None and key.source == "own" and key.private_key is not None
    assert audit_actions(store) == ["pass.issue"]
    assert service.verify(issued.payload) == issued.claims


def test_issue_widens_times_to_whole_minutes(service: PassService, desk_actor: Actor,
                                             frozen: time_machine.Coordinates) -> None:
    issued = service.issue(desk_actor, kind=PassKind.SIGNUP, visitor_id=None,
                           valid_from=T0 + timedelta(seconds=30),
                           valid_until=T0 + timedelta(minutes=5, seconds=10)).value
    assert issued.claims.valid_from == T0
    assert issued.claims.valid_until == T0 + timedelta(minutes=6)


@pytest.mark.parametrize(
    ("start", "end", "error"),
    [
        (T0, T0, Refusal),
        (T0, T0 - DAY, Refusal),
        (datetime(2019, 6, 1, tzinfo=UTC), T0, Refusal),
        (T0.replace(tzinfo=None), T0 + DAY, ValueError),
    ],
)
def test_issue_refuses_a_bad_window(service: PassService, desk_actor: Actor, store: Store,
                                    start: datetime, end: datetime, error: type[Exception]) -> None:
    with pytest.raises(error):
        service.issue(desk_actor, kind=PassKind.RESIDENT, visitor_id=None, valid_from=start, valid_until=end)
    assert audit_actions(store) == []


def test_issue_refuses_an_unknown_visitor(service: PassService, desk_actor: Actor, store: Store) -> None:
    with pytest.raises(NotFound):
        issue(service, desk_actor, visitor_id=999)
    with store.read() as session:
        assert session.exec(select(Pass)).first() is None


def test_issue_without_a_center_is_refused(store: Store, desk_actor: Actor) -> None:
    with pytest.raises(Refusal, match="not set up"):
        issue(PassService(store), desk_actor)


def test_serials_are_new_even_when_the_random_number_repeats(
    service: PassService, desk_actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = issue(service, desk_actor)  # also makes the key, so only serials draw below
    draws = iter([first.serial - 1, first.serial - 1, 41])
    monkeypatch.setattr("desk.passes.service.secrets.randbelow", lambda _limit: next(draws))
    second = issue(service, desk_actor)
    assert second.serial == 42


def test_rejections_follow_the_frozen_clock(service: PassService, desk_actor: Actor) -> None:
    with time_machine.travel(T0, tick=False) as traveller:
        text = issue(service, desk_actor, days=10, start=T0 + DAY).payload
        assert refused(service, text).reason == "not_yet_valid"
        traveller.move_to(T0 + DAY)
        assert service.verify(text).serial
        traveller.move_to(T0 + 11 * DAY - timedelta(minutes=1))
        assert service.verify(text).serial
        traveller.move_to(T0 + 11 * DAY + timedelta(minutes=1))
        assert refused(service, text).reason == "expired"


def test_verify_scan_reads_what_a_scanner_typed_and_puts_a_refusal_on_record(
        service: PassService, store: Store, desk_actor: Actor, frozen: time_machine.Coordinates) -> None:
    issued = issue(service, desk_actor)
    # A Chinese input method in full-width mode, and the scanner's trailing Enter.
    typed = issued.payload.translate({code: code + 0xFEE0 for code in range(0x21, 0x7F)}) + "\r\n"
    assert service.verify_scan(desk_actor, typed, audit_action="scan.refused").serial == issued.serial
    assert audit_actions(store) == ["pass.issue"]
    with pytest.raises(PassRejected) as caught:
        service.verify_scan(desk_actor, " hello\t", audit_action="booking.scan_refused", entity="booking",
                            entity_id=7, detail="door, ")
    assert caught.value.reason == "malformed"
    with store.read() as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "booking.scan_refused")).one()
    assert (entry.entity, entry.entity_id, entry.detail) == ("booking", "7", "door, malformed: hello")


def test_a_revoked_pass_is_refused_at_once(service: PassService, store: Store, desk_actor: Actor,
                                           frozen: time_machine.Coordinates) -> None:
    issued = issue(service, desk_actor)
    assert service.verify(issued.payload)  # caches the key ring
    done = service.revoke(desk_actor, issued.serial, "  lost card  ")
    assert done.changes.touches(PASSES)
    assert refused(service, issued.payload).reason == "revoked"
    with store.read() as session:
        row = session.exec(select(RevokedPass)).one()
    assert (row.center_id, row.serial, row.reason, row.source) == (CENTER_ID, issued.serial, "lost card", "local")
    assert audit_actions(store) == ["pass.issue", "pass.revoke"]
    with pytest.raises(Refusal, match="already withdrawn on 2025-03-05 10:00"):
        service.revoke(desk_actor, issued.serial, "again")


def test_verify_uses_the_cached_ring_until_the_service_changes_it(
    service: PassService, store: Store, desk_actor: Actor, frozen: time_machine.Coordinates,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    issued = issue(service, desk_actor)
    service.verify(issued.payload)
    reads = 0
    real_read = store.read

    @contextmanager
    def counting_read() -> Iterator[Session]:
        nonlocal reads
        reads += 1
        with real_read() as session:
            yield session

    monkeypatch.setattr(store, "read", counting_read)
    # Revoked behind the service's back: the cached ring does not see it, which proves
    # a scan does not go to the database.
    with store.write() as session:
        session.add(RevokedPass(center_id=CENTER_ID, serial=issued.serial, revoked_at=T0))
    for _ in range(3):
        assert service.verify(issued.payload)
    assert reads == 0
    service.invalidate()
    assert refused(service, issued.payload).reason == "revoked"
    assert reads == 1


def test_key_rotation_keeps_old_passes_valid(service: PassService, store: Store, admin_actor: Actor,
                                             desk_actor: Actor, frozen: time_machine.Coordinates) -> None:
    old = issue(service, desk_actor)
    service.verify(old.payload)  # cache the ring before the rotation
    new_key_id = service.rotate_key(admin_actor).value
    new = issue(service, desk_actor)
    assert new.claims.key_id == new_key_id != old.claims.key_id
    assert service.verify(old.payload) == old.claims
    assert service.verify(new.payload) == new.claims
    with store.read() as session:
        retired = session.get(SigningKey, old.claims.key_id)
    assert retired is not None and retired.retired_at is not None
    assert retired.private_key is None  # a retired key can no longer sign
    assert audit_actions(store)[-2] == "pass.rotate_key"


def test_only_an_admin_rotates_keys(service: PassService, desk_actor: Actor) -> None:
    with pytest.raises(NotAllowed):
        service.rotate_key(desk_actor)


def test_ensure_own_key_makes_one_key_once(service: PassService, store: Store) -> None:
    with store.write() as session:
        first = service.ensure_own_key(session).key_id
    with store.write() as session:
        assert service.ensure_own_key(session).key_id == first
    with store.read() as session:
        assert len(session.exec(select(SigningKey)).all()) == 1


@pytest.fixture
def other_desk(migrated_db: Path, tmp_path: Path) -> Iterator[PassService]:
    store = fresh_store(migrated_db, tmp_path / "other")
    add_center(store, 9001)
    yield PassService(store)
    store.close()


def _public(service: PassService, key_id: int) -> bytes:
    with service.store.read() as session:
        key = session.get(SigningKey, key_id)
        assert key is not None
        return key.public_key


def test_passes_of_untrusted_and_of_other_centers(service: PassService, other_desk: PassService,
                                                  admin_actor: Actor, desk_actor: Actor,
                                                  frozen: time_machine.Coordinates) -> None:
    foreign = issue(other_desk, desk_actor)
    assert refused(service, foreign.payload).reason == "unknown_key"
    done = service.add_trusted_key(admin_actor, foreign.claims.key_id, _public(other_desk, foreign.claims.key_id))
    assert done.changes.touches(PASSES)
    rejected = refused(service, foreign.payload)
    assert rejected.reason == "other_center"
    assert rejected.message == "This pass was issued by another center (9001)."


def test_trusting_a_key_id_that_is_taken_by_another_key_is_refused(
    service: PassService, admin_actor: Actor, desk_actor: Actor, frozen: time_machine.Coordinates
) -> None:
    own = issue(service, desk_actor)
    mine = _public(service, own.claims.key_id)
    stranger = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    with pytest.raises(Refusal, match="already belongs to a different key"):
        service.add_trusted_key(admin_actor, own.claims.key_id, stranger)
    assert not service.add_trusted_key(admin_actor, own.claims.key_id, mine).changes  # same key: no-op
    with pytest.raises(Refusal, match="32 bytes"):
        service.add_trusted_key(admin_actor, 12, b"short")
    with pytest.raises(NotAllowed):
        service.add_trusted_key(desk_actor, 12, stranger)


def test_upstream_passes_verify_once_their_key_is_trusted(service: PassService, admin_actor: Actor,
                                                          frozen: time_machine.Coordinates) -> None:
    from desk.passes.codec import PassClaims, encode

    upstream = Ed25519PrivateKey.generate()
    booking = PassClaims(PassKind.BOOKING, 77, CENTER_ID, T0, T0 + DAY, 60001)
    text = encode(booking, upstream)
    assert refused(service, text).reason == "unknown_key"
    service.add_trusted_key(admin_actor, 60001, upstream.public_key().public_bytes_raw())
    assert service.verify(text) == booking


def test_import_revocations_adds_new_entries_only(service: PassService, store: Store, desk_actor: Actor,
                                                  admin_actor: Actor, frozen: time_machine.Coordinates) -> None:
    issued = issue(service, desk_actor)
    service.verify(issued.payload)
    entries = [Revocation(CENTER_ID, issued.serial, T0, "upstream says so"), Revocation(9001, 5, T0)]
    done = service.import_revocations(SYSTEM, entries)
    assert done.value == 2 and done.changes.touches(PASSES)
    assert refused(service, issued.payload).reason == "revoked"
    again = service.import_revocations(admin_actor, entries)
    assert again.value == 0 and not again.changes
    with store.read() as session:
        assert {row.source for row in session.exec(select(RevokedPass))} == {"upstream"}
    with pytest.raises(NotAllowed):
        service.import_revocations(desk_actor, entries)
    with pytest.raises(Refusal):
        service.import_revocations(SYSTEM, [Revocation(CENTER_ID, 0, T0)])


def test_a_revocation_during_a_cache_rebuild_is_not_hidden_by_the_older_snapshot(
    service: PassService, store: Store, desk_actor: Actor, frozen: time_machine.Coordinates,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    issued = issue(service, desk_actor)
    real_read = store.read
    revoked_meanwhile = False

    @contextmanager
    def read_while_someone_revokes() -> Iterator[Session]:
        nonlocal revoked_meanwhile
        with real_read() as session:
            session.exec(select(SigningKey)).all()  # the read snapshot starts here
            if not revoked_meanwhile:
                revoked_meanwhile = True
                service.revoke(desk_actor, issued.serial, "lost")
            yield session

    monkeypatch.setattr(store, "read", read_while_someone_revokes)
    assert service.verify(issued.payload)  # read before the revocation committed
    assert refused(service, issued.payload).reason == "revoked"


def test_a_key_made_by_ensure_own_key_is_known_to_a_ring_cached_before_the_commit(
    service: PassService, store: Store, frozen: time_machine.Coordinates
) -> None:
    with store.write() as session:
        key_id = service.ensure_own_key(session).key_id
        assert key_id not in service.keyring().key_ids  # read before the commit, and cached
    assert key_id in service.keyring().key_ids
