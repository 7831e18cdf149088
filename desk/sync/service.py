"""Sync with the city hub: enrollment, one full round, status and parked events.

``SyncService`` is what the command line, the background runner and (later) the GUI
use. A round is: agree a protocol, count closed days' visits into the outbox, upload
until drained, download the feed, apply what came down, and once a day compare recent days
with the hub (desk/sync/consistency.py). Its outcome (success, or the
last error in plain words) is written to sync_state so every window and process sees it.
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, func
from sqlmodel import col, select

from db.engine import Store
from db.tables import SyncAnnouncement, SyncParked, SyncReceived, SyncState
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.center.service import CenterService, settings_in
from desk.changes import NOTHING, SYNC, Changes, Done
from desk.clock import CenterClock, utcnow
from desk.errors import DeskError, Refusal
from desk.rooms.usage import UsageService
from desk.sync.apply import APPLIED_HERE, Applier, ApplyResult, desk_applier
from desk.sync.client import HubClient
from desk.sync.consistency import CheckResult, check_if_due, check_with_hub
from desk.sync.counts import count_closed_days, count_today
from desk.sync.download import DownloadResult, download_all
from desk.sync.policy import SyncPolicy
from desk.sync.upload import UploadResult, pending_count, upload_all



@dataclass(frozen=True)
class ParkedInfo:
    event_id: str
    seq: int
    kind: str
    reason: str
    parked_at: datetime


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    hub_url: str = ""
    center_name: str = ""
    center_id: str = ""
    pending: int = 0  # outbox events not yet acknowledged
    parked: tuple[ParkedInfo, ...] = ()
    waiting_items: int = 0  # downloaded items waiting for a desk side that is not built yet
    failed_items: tuple[str, ...] = ()  # downloaded items a service refused, in plain words
    announcements: int = 0
    last_attempt: datetime | None = None
    last_success: datetime | None = None
    last_error: str = ""
    checked_at: datetime | None = None  # the last consistency check with the hub
    check_note: str = ""  # what it found, in plain words


@dataclass(frozen=True)
class RoundReport:
    upload: UploadResult
    download: DownloadResult
    applied: ApplyResult
    counted: int
    checked: CheckResult | None = None  # the consistency check, when it ran in this round


class SyncService:
    def __init__(self, store: Store, center: CenterService, clock: CenterClock, applier: Applier,
                 *, transport=None) -> None:  # noqa: ANN001 - httpx transport
        self.store = store
        self.center = center
        self.clock = clock
        self.applier = applier
        self._transport = transport
        self._client: HubClient | None = None

    # -- enrollment --------------------------------------------------------------------

    def enroll(self, actor: Actor, hub_url: str, code: str) -> Done[SyncStatus]:
        actor.require_admin()
        hub_url = hub_url.strip().rstrip("/")
        if not hub_url.startswith(("http://", "https://")):
            raise Refusal("The hub address must start with http:// or https://, for example "
                          "https://hub.example.gov.cn.")
        if self._state() is not None:
            raise Refusal("This desk is already enrolled with a city hub.")
        key = Ed25519PrivateKey.generate()
        with HubClient(hub_url, transport=self._transport) as client:
            answer = client.enroll(code.strip(), key, platform.node()[:100])
        with self.store.write() as session:
            if session.get(SyncState, 1) is not None:
                raise Refusal("This desk is already enrolled with a city hub.")
            # Facts already in the outbox go up too: nothing before enrollment is skipped.
            session.add(SyncState(
                id=1, hub_url=hub_url, center_id=answer["center_id"], center_name=answer.get("center_name", ""),
                device_id=answer["device_id"], device_key=key.private_bytes_raw(),
                hub_keys=json.dumps(answer.get("hub_keys", [])), protocol=client.protocol or 0,
                enrolled_at=utcnow()))
            record(session, actor, "sync.enroll", entity="sync", entity_id=answer["center_id"],
                   after={"hub": hub_url, "center": answer.get("center_name", ""), "device": answer["device_id"]})
        self._client = None
        return Done(self.status(), Changes.of(SYNC))

    def _state(self) -> SyncState | None:
        with self.store.read() as session:
            return session.get(SyncState, 1)

    def client(self) -> HubClient:
        if self._client is None:
            state = self._state()
            if state is None:
                raise Refusal("This desk is not enrolled with a city hub yet. An administrator can enroll "
                              "it with the hub address and a code from the city.")
            self._client = HubClient(state.hub_url, state.device_id,
                                     Ed25519PrivateKey.from_private_bytes(state.device_key),
                                     transport=self._transport)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- a round -------------------------------------------------------------------------

    def sync_once(self, *, max_batches: int | None = None) -> RoundReport:
        """One full round; raises DeskError (recorded as the last error) on failure."""
        client = self.client()
        self._note(attempt=True)
        try:
            # Counting needs no hub: done first, so that offline the waiting records include
            # today's check-ins (the status bar must not say 0 waiting while they are unsent).
            counted = self._count_visits()
            client.negotiate()
            with self.store.read() as session:
                policy = SyncPolicy.from_settings(settings_in(session))
            uploaded = upload_all(self.store, client, policy, max_batches=max_batches)
            downloaded = download_all(self.store, client)
            applied = self.applier.apply_pending()
        except DeskError as error:
            self._note(error=error.message)
            raise
        self._note(success=True, protocol=client.protocol or 0)
        return RoundReport(uploaded, downloaded, applied, counted, check_if_due(self.store, client, policy))

    def _count_visits(self) -> int:
        with self.store.write() as session:
            state = session.get(SyncState, 1)
            assert state is not None
            visits = SyncPolicy.from_settings(settings_in(session)).visits == "counts"
            # Closed days also report each room's usage (rooms.daily), whatever the visits setting.
            closed = count_closed_days(session, state, self.clock, UsageService(self.store, self.clock),
                                       visits=visits)
            return closed + count_today(session, state, self.clock, visits=visits)

    def _note(self, *, attempt: bool = False, success: bool = False, error: str = "", protocol: int = 0) -> None:
        with self.store.write() as session:
            state = session.get(SyncState, 1)
            if state is None:
                return
            now = utcnow()
            if attempt:
                state.last_attempt_at = now
            if success:
                state.last_success_at, state.last_error = now, ""
                state.protocol = protocol or state.protocol
            if error:
                state.last_error = error[:500]
            session.add(state)

    def check(self) -> CheckResult:
        """The consistency check now (desk/sync/consistency.py): the outbox is sent first,
        so the days are compared on what the hub acknowledged."""
        client = self.client()
        with self.store.read() as session:
            policy = SyncPolicy.from_settings(settings_in(session))
        upload_all(self.store, client, policy)
        return check_with_hub(self.store, client, policy)

    # -- what the desk shows ---------------------------------------------------------------

    def status(self) -> SyncStatus:
        state = self._state()
        if state is None:
            return SyncStatus(enrolled=False)
        with self.store.read() as session:
            parked = tuple(ParkedInfo(p.event_id, p.seq, p.kind, p.reason, p.parked_at)
                           for p in session.exec(select(SyncParked).order_by(col(SyncParked.seq))))
            waiting = session.exec(select(func.count()).select_from(SyncReceived).where(
                col(SyncReceived.applied_at).is_(None), col(SyncReceived.kind).not_in(APPLIED_HERE))).one()
            failed = tuple(f"{row.kind} {row.key}: {row.apply_error}" for row in session.exec(
                select(SyncReceived).where(SyncReceived.apply_error != "")))
            announcements = session.exec(select(func.count()).select_from(SyncAnnouncement).where(
                SyncAnnouncement.withdrawn == False)).one()  # noqa: E712
        return SyncStatus(
            enrolled=True, hub_url=state.hub_url, center_name=state.center_name, center_id=state.center_id,
            pending=pending_count(self.store), parked=parked, waiting_items=int(waiting), failed_items=failed,
            announcements=int(announcements), last_attempt=state.last_attempt_at,
            last_success=state.last_success_at, last_error=state.last_error,
            checked_at=state.checked_at, check_note=state.check_note)

    def announcements(self) -> list[SyncAnnouncement]:
        with self.store.read() as session:
            return list(session.exec(select(SyncAnnouncement).where(SyncAnnouncement.withdrawn == False)  # noqa: E712
                                     .order_by(col(SyncAnnouncement.published_at).desc())))

    def retry_parked(self, actor: Actor) -> Done[int]:
        """Ask the hub to check this center's parked events again (after a fix on the hub);
        returns how many it accepted."""
        actor.require_admin()
        answer = self.client().retry_parked(None)
        still = {item["id"]: item for item in answer.get("parked", [])}
        accepted = list(answer.get("accepted", []))
        with self.store.write() as session:
            if accepted:
                session.execute(delete(SyncParked).where(col(SyncParked.event_id).in_(accepted)))
            for event_id, item in still.items():
                row = session.get(SyncParked, event_id)
                if row is not None:
                    row.reason = str(item["reason"])[:500]
                    session.add(row)
            record(session, actor, "sync.retry_parked", entity="sync", entity_id="parked",
                   after={"accepted": len(accepted), "still_parked": len(still)})
        return Done(len(accepted), Changes.of(SYNC) if accepted else NOTHING)


def open_sync(ctx, *, transport=None) -> SyncService:  # noqa: ANN001 - a DeskContext
    """The sync service of an open desk."""
    return SyncService(ctx.store, ctx.center, ctx.clock, desk_applier(ctx), transport=transport)
