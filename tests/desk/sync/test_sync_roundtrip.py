"""A desk and a real hub on loopback: enrollment, draining the outbox, parked events on
both sides, visits as counts, and what comes down applied to the desk's services."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
import time_machine
import uuid6
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import func, select

from db.tables import OutboxEvent, SyncReceived
from desk.accounts.actor import SYSTEM
from desk.errors import Refusal
from desk.sync.outbox import emit
from desk.sync.protocol import KEEP_DAYS, b64
from desk.sync.service import open_sync
from desk.visits.service import WalkInForm, new_token
from hub import auth, feed


@pytest.fixture
def enrolled(center_ctx, admin, hub_server, hub_dsn):
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        center_id, code = auth.create_center(conn, "幸福社区党群服务中心")
    sync = open_sync(center_ctx)
    sync.enroll(admin, hub_server.url, code)
    yield sync, center_id
    sync.close()


def _whereabouts(ctx, count: int, kind: str = "roster.whereabouts") -> list[str]:
    with ctx.store.write() as session:
        return [emit(session, kind, {"staff_id": n, "name": "张三", "status": "外出", "at": "x"}).id
                for n in range(count)]


def _hub_ids(dsn: str, center_id: str) -> list[str]:
    with psycopg.connect(dsn) as conn:
        return [r[0] for r in conn.execute("SELECT event_id FROM event WHERE center_id = %s ORDER BY seq",
                                           (center_id,))]


def test_enrollment_needs_an_administrator_and_a_real_address(center_ctx, receptionist, hub_server) -> None:
    sync = open_sync(center_ctx)
    with pytest.raises(Refusal, match="administrator"):
        sync.enroll(receptionist, hub_server.url, "AAAA-BBBB-CCCC")
    with pytest.raises(Refusal, match="http"):
        sync.enroll(center_ctx.accounts.sign_in("admin", "secret-pass-1"), "hub.example", "AAAA")
    assert not sync.status().enrolled


def test_the_outbox_drains_in_order_and_every_event_arrives_once(enrolled, center_ctx, hub_dsn) -> None:
    sync, center_id = enrolled
    ids = _whereabouts(center_ctx, 1234)
    assert sync.status().pending == 1234
    report = sync.sync_once()
    assert report.upload.batches == 3 and report.upload.applied == 1234
    assert _hub_ids(hub_dsn, center_id) == ids
    assert sync.status().pending == 0 and sync.status().last_success is not None


def test_a_drained_outbox_never_reuses_a_sequence_number(enrolled, center_ctx, hub_dsn, monkeypatch) -> None:
    sync, center_id = enrolled
    # uuid6 keeps ids monotonic across calls: forget a frozen future an earlier test left, so
    # these ids carry this test's clock.
    monkeypatch.setattr(uuid6, "_last_v7_timestamp", None)
    _whereabouts(center_ctx, 3)
    # Sent after more than KEEP_DAYS offline: acknowledged and at once past the retention.
    with time_machine.travel(datetime.now(UTC) + timedelta(days=KEEP_DAYS + 1), tick=False):
        sync.sync_once()
        with center_ctx.store.read() as session:
            assert session.exec(select(func.count()).select_from(OutboxEvent)).one() == 1  # the newest is kept
        later = _whereabouts(center_ctx, 2)
        assert sync.status().pending == 2
        sync.sync_once()
    assert _hub_ids(hub_dsn, center_id)[-2:] == later


def test_a_parked_event_is_listed_on_both_sides_and_retried_after_a_fix(enrolled, center_ctx, admin,
                                                                         hub_dsn) -> None:
    sync, center_id = enrolled
    _whereabouts(center_ctx, 2)
    parked_id = _whereabouts(center_ctx, 1, kind="rooms.usage_v9")[0]
    _whereabouts(center_ctx, 2)
    report = sync.sync_once()
    assert report.upload.applied == 4, "a bad event never blocks the ones after it"
    status = sync.status()
    assert status.pending == 0
    assert [(p.event_id, p.kind) for p in status.parked] == [(parked_id, "rooms.usage_v9")]
    assert "unknown kind" in status.parked[0].reason
    assert sync.retry_parked(admin).value == 0 and len(sync.status().parked) == 1
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        conn.execute("INSERT INTO accepted_kind (kind) VALUES ('rooms.usage_v9')")
    assert sync.retry_parked(admin).value == 1
    assert sync.status().parked == ()
    assert parked_id in _hub_ids(hub_dsn, center_id)


def test_visits_go_up_as_counts_per_local_day_and_purpose(center_ctx, admin, hub_server, hub_dsn) -> None:
    def check_in(purpose: str, headcount: int = 1) -> None:
        center_ctx.visits.check_in_walk_in(SYSTEM, WalkInForm(
            token=new_token(), purpose_code=purpose, name="张三", phone="13912345678", consent=True,
            headcount=headcount))

    # 23:30 and 23:59 on 20 Nov and 00:10 on 21 Nov, Shanghai time (UTC+8).
    with time_machine.travel(datetime(2026, 11, 20, 15, 30, tzinfo=UTC), tick=False):
        check_in("consult")
    with time_machine.travel(datetime(2026, 11, 20, 15, 59, tzinfo=UTC), tick=False):
        check_in("consult", headcount=3)
    with time_machine.travel(datetime(2026, 11, 20, 16, 10, tzinfo=UTC), tick=False):
        check_in("service")
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        center_id, code = auth.create_center(conn, "幸福社区")
    sync = open_sync(center_ctx)
    with time_machine.travel(datetime(2026, 11, 20, 16, 20, tzinfo=UTC), tick=False):  # 00:20 on the 21st
        sync.enroll(admin, hub_server.url, code)
        # The 20th is over and counted; the 21st goes up as it runs (one service visit so far).
        assert sync.sync_once().counted == 2
        assert sync.sync_once().counted == 0  # each is counted once
    with time_machine.travel(datetime(2026, 11, 21, 16, 5, tzinfo=UTC), tick=False):  # 00:05 on the 22nd
        assert sync.sync_once().counted == 1
    with psycopg.connect(hub_dsn) as conn:
        rows = conn.execute("SELECT payload FROM event WHERE kind = 'visits.daily' ORDER BY seq").fetchall()
        stored = "".join(str(r[0]) for r in conn.execute("SELECT payload::text FROM event"))
    assert [r[0] for r in rows] == [
        {"day": "2026-11-20", "purpose": "consult", "visits": 2, "people": 4},
        {"day": "2026-11-21", "purpose": "service", "visits": 1, "people": 1, "partial": True},
        {"day": "2026-11-21", "purpose": "service", "visits": 1, "people": 1}]
    assert "13912345678" not in stored and "张三" not in stored
    sync.close()


def test_what_the_city_publishes_reaches_the_desks_services(enrolled, center_ctx, hub_dsn) -> None:
    sync, center_id = enrolled
    key = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        feed.publish(conn, "calendar.days", "2027", {"days": [
            {"day": "2027-01-01", "kind": "holiday", "name": "元旦"},
            {"day": "2027-02-07", "kind": "workday", "name": "春节调休"}]})
        feed.publish(conn, "passes.trusted_key", "900", {"key_id": 900, "public_key": b64(key)})
        feed.publish(conn, "passes.revocation", "77-123", {"center_id": 77, "serial": 123,
                                                            "revoked_at": "2026-11-20T08:00:00+00:00"})
        feed.publish(conn, "announcement", "n1", {"title": "关于元旦值班的通知", "body": "请各中心安排值班。",
                                                  "published_at": "2026-11-20T08:00:00+00:00"})
        feed.publish(conn, "services.catalogue", "2026-11", {"items": [{"code": "A01", "name": "党员组织关系转接"}]})
        feed.publish(conn, "rooms.upstream_booking", "mp-1", {"room": "书画室"}, center_id=center_id)
    pending_before = sync.status().pending
    report = sync.sync_once()
    assert report.download.received == 6 and report.applied.applied == 3
    calendar = center_ctx.schedule.calendar
    assert calendar.kind_of(date(2027, 1, 1)) == "holiday" and calendar.kind_of(date(2027, 2, 7)) == "workday"
    assert [d.source for d in calendar.days(2027) if d.day == date(2027, 1, 1)] == ["hub"]
    ring = center_ctx.passes.keyring()
    assert 900 in ring.key_ids and ring.is_revoked(77, 123)
    assert [a.title for a in sync.announcements()] == ["关于元旦值班的通知"]
    status = sync.status()
    assert status.waiting_items == 0, "every kind the city publishes has its desk side now"
    assert sorted(line.split(":")[0] for line in status.failed_items) == [
        "rooms.upstream_booking mp-1", "services.catalogue 2026-11"], "items of the wrong shape say why"
    assert status.pending == pending_before, "downloads never touch the outbox"
    # Nothing is applied twice; a withdrawn announcement disappears.
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        feed.publish(conn, "announcement", "n1", {}, deleted=True)
    again = sync.sync_once()
    assert again.download.received == 1 and again.applied.applied == 0
    assert sync.announcements() == []


def test_a_desk_whose_cursor_was_trimmed_reads_a_snapshot(enrolled, center_ctx, hub_dsn) -> None:
    sync, _center_id = enrolled
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        feed.publish(conn, "announcement", "old", {"title": "旧", "published_at": "2026-01-01T00:00:00+00:00"})
        feed.publish(conn, "services.catalogue", "v1", {"items": []})
    sync.sync_once()
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        feed.publish(conn, "announcement", "old", {}, deleted=True)
        feed.publish(conn, "announcement", "new", {"title": "新", "published_at": "2026-11-01T00:00:00+00:00"})
        conn.execute("UPDATE feed SET created_at = now() - interval '100 days'")
        assert feed.trim(conn, 90) >= 2
    report = sync.sync_once()
    assert report.download.snapshot
    assert [a.title for a in sync.announcements()] == ["新"]
    with center_ctx.store.read() as session:
        catalogue = session.exec(select(SyncReceived).where(SyncReceived.kind == "services.catalogue")).one()
    assert not catalogue.deleted, "an item still in the snapshot is kept"
    assert not sync.sync_once().download.snapshot, "after the snapshot the feed goes on from its cursor"


def test_an_unreachable_hub_is_recorded_in_plain_words(enrolled, hub_server) -> None:
    sync, _ = enrolled
    hub_server.stop()
    sync.close()
    from desk.sync.client import HubUnreachable

    with pytest.raises(HubUnreachable):
        sync.sync_once()
    assert "cannot be reached" in sync.status().last_error



def test_an_old_desk_keeps_uploading_and_a_too_old_one_is_told_to_update(enrolled, center_ctx, hub_dsn) -> None:
    from desk.sync.client import UpdateRequired

    sync, center_id = enrolled
    ids = _whereabouts(center_ctx, 3)
    sync.client().protocol = 1  # what a desk of the first release speaks
    assert sync.sync_once().upload.applied == 3
    assert _hub_ids(hub_dsn, center_id) == ids
    _whereabouts(center_ctx, 2)
    sync.client().protocol = 0  # older than the hub accepts
    with pytest.raises(UpdateRequired):
        sync.sync_once()
    status = sync.status()
    assert "Please update Desk" in status.last_error and status.pending == 2
