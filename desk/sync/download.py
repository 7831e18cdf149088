"""Reading the hub's feed: each page stored with the moved cursor in one transaction.

The rows land in ``sync_received`` (newest version per kind + key) and announcements in
their own table, in the same transaction as the cursor, so the cursor never runs ahead
of what was stored; ``desk/sync/apply.py`` then hands the rows to the desk's services.
Nothing here touches the outbox. A cursor the hub no longer keeps (410) switches to a
paged snapshot whose progress is the cursor itself, so it resumes after a crash; at its
end, items the snapshot did not contain are marked withdrawn.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from db.engine import Store
from db.tables import SyncAnnouncement, SyncReceived, SyncState
from desk.clock import utcnow
from desk.sync import failpoints
from desk.sync.client import FeedTooOld, HubClient
from desk.sync.protocol import FEED_ANNOUNCEMENT, FEED_PAGE


@dataclass
class DownloadResult:
    received: int = 0
    pages: int = 0
    snapshot: bool = False


def position_key(position: str) -> tuple[int, int]:
    txid, _, pos = position.partition(":")
    return (int(txid or 0), int(pos or 0))


def _announcement(session: Session, row: SyncReceived) -> None:
    payload = json.loads(row.payload)
    existing = session.get(SyncAnnouncement, row.key)
    if existing is None:
        existing = SyncAnnouncement(key=row.key, title="", body="", published_at=row.received_at)
    existing.title = str(payload.get("title", ""))[:200]
    existing.body = str(payload.get("body", ""))
    try:
        existing.published_at = datetime.fromisoformat(str(payload["published_at"]))
    except (KeyError, ValueError):
        existing.published_at = row.received_at
    existing.withdrawn = row.deleted
    session.add(existing)
    row.applied_at = row.received_at


def _store(session: Session, item: dict[str, Any], now: datetime) -> bool:
    """Keep this version unless a newer one is already here; True if stored."""
    kind, key = str(item["kind"])[:40], str(item["key"])[:100]
    row = session.exec(select(SyncReceived).where(SyncReceived.kind == kind, SyncReceived.key == key)).first()
    if row is not None and position_key(row.position) > position_key(item["position"]):
        row.received_at = now  # seen again (a snapshot marks what it contains)
        session.add(row)
        return False
    row = row or SyncReceived(kind=kind, key=key, position="", payload="{}", received_at=now)
    row.position = item["position"]
    row.payload = json.dumps(item.get("payload") or {}, ensure_ascii=False, sort_keys=True)
    row.deleted = bool(item.get("deleted"))
    row.received_at, row.applied_at, row.apply_error = now, None, ""
    if kind == FEED_ANNOUNCEMENT:
        _announcement(session, row)
    session.add(row)
    return True


def store_page(store: Store, items: list[dict[str, Any]], cursor: str, *,
               withdraw_unseen_before: datetime | None = None) -> int:
    now = utcnow()
    with store.write() as session:
        state = session.get(SyncState, 1)
        assert state is not None
        stored = sum(_store(session, item, now) for item in items)
        if withdraw_unseen_before is not None:
            # The end of a snapshot: what it did not contain was withdrawn meanwhile.
            for row in session.exec(select(SyncReceived).where(col(SyncReceived.received_at) < withdraw_unseen_before,
                                                               SyncReceived.deleted == False)):  # noqa: E712
                row.deleted, row.applied_at, row.received_at = True, None, now
                if row.kind == FEED_ANNOUNCEMENT:
                    _announcement(session, row)
                session.add(row)
        state.feed_cursor = cursor
        session.add(state)
        session.flush()
        failpoints.hit("mid_download")
    return stored


def _snapshot(store: Store, client: HubClient, progress: dict[str, Any], result: DownloadResult) -> None:
    result.snapshot = True
    started = datetime.fromisoformat(progress["started"])
    while True:
        page = client.snapshot(progress["snapshot"], tuple(progress["after"]), FEED_PAGE)
        items = page["items"]
        result.pages += 1
        if page["more"] and items:
            progress = dict(progress, snapshot=page["bound"], after=[items[-1]["kind"], items[-1]["key"]])
            result.received += store_page(store, items, json.dumps(progress, ensure_ascii=False))
            continue
        result.received += store_page(store, items, page["resume_cursor"], withdraw_unseen_before=started)
        return


def download_all(store: Store, client: HubClient) -> DownloadResult:
    """Read the feed until the hub has nothing newer for us."""
    result = DownloadResult()
    while True:
        with store.read() as session:
            state = session.get(SyncState, 1)
            assert state is not None
            cursor = state.feed_cursor
        if cursor.startswith("{"):
            _snapshot(store, client, json.loads(cursor), result)
            continue
        try:
            page = client.feed(cursor, FEED_PAGE)
        except FeedTooOld:
            progress = {"snapshot": "", "after": ["", ""], "started": utcnow().isoformat()}
            with store.write() as session:
                state = session.get(SyncState, 1)
                assert state is not None
                state.feed_cursor = json.dumps(progress)
                session.add(state)
            continue
        result.pages += 1
        if page["items"] or page["cursor"] != cursor:
            result.received += store_page(store, page["items"], page["cursor"])
        if not page["more"]:
            return result
