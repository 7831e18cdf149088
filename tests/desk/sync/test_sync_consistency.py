"""The per-day consistency check between a desk and a real hub on loopback: equal days
cost nothing, a day the hub lost is sent again and then equal, events only the hub holds
(a desk restored from an old backup) are reported and kept, old rows are trimmed and their
days not compared, and the check runs by itself once a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
import time_machine
import uuid6
from sqlmodel import col, select

from db.tables import OutboxEvent, SyncParked, SyncState
from desk.backup import make_backup, restore
from desk.cli import run
from desk.context import open_desk
from desk.sync.client import HubClient, HubRefused, HubUnreachable
from desk.sync.consistency import CHECK_EVERY, DayCount, check_with_hub
from desk.sync.outbox import emit
from desk.sync.policy import SyncPolicy
from desk.sync.protocol import KEEP_DAYS, day_id_range, id_day
from desk.sync.service import SyncService, open_sync
from hub import auth

DAY0 = date(2027, 3, 1)  # enrollment and the first event: the oldest day the desk holds, not compared
DAY1, DAY2, DAY3 = (DAY0 + timedelta(days=n) for n in (1, 2, 3))


def at(day: date, hh: int = 10, mm: int = 0, ss: int = 0, us: int = 0):
    return time_machine.travel(datetime(day.year, day.month, day.day, hh, mm, ss, us, tzinfo=UTC), tick=False)


@dataclass
class Desk:
    ctx: object
    sync: SyncService
    center_id: str
    dsn: str

    def emit(self, count: int, kind: str = "roster.whereabouts") -> list[str]:
        with self.ctx.store.write() as session:
            return [emit(session, kind, {"staff_id": n, "name": "张三", "status": "外出", "at": "x"}).id
                    for n in range(count)]

    def hub(self) -> dict[str, datetime]:
        """The hub's events of this center: id -> when the hub stored it."""
        with psycopg.connect(self.dsn) as conn:
            return dict(conn.execute("SELECT event_id, received_at FROM event WHERE center_id = %s",
                                     (self.center_id,)).fetchall())

    def outbox(self) -> list[tuple[int, str]]:
        with self.ctx.store.read() as session:
            return [(r.seq, r.id) for r in session.exec(select(OutboxEvent).order_by(col(OutboxEvent.seq)))]

    def acked(self) -> int:
        with self.ctx.store.read() as session:
            return session.get(SyncState, 1).acked_seq


@pytest.fixture
def desk(center_ctx, admin, hub_server, hub_dsn, monkeypatch):
    # uuid6 never lets an id's time go back within a process: start afresh, so this test's
    # ids carry its frozen clock whatever earlier tests did.
    monkeypatch.setattr(uuid6, "_last_v7_timestamp", None)
    with at(DAY0, 9):
        # The hub here runs in this process: its clock is the test's frozen one too.
        with psycopg.connect(hub_dsn, autocommit=True) as conn:
            center_id, code = auth.create_center(conn, "幸福社区党群服务中心")
        sync = open_sync(center_ctx)
        sync.enroll(admin, hub_server.url, code)
        world = Desk(center_ctx, sync, center_id, hub_dsn)
        world.emit(1)
        sync.sync_once()
    yield world
    world.sync.close()
    if world.ctx is not center_ctx:  # reopened after a restore
        world.ctx.close()


def test_days_that_agree_cost_nothing_and_only_what_leaves_the_pc_counts(desk) -> None:
    with at(DAY1):
        desk.emit(3)
        desk.emit(1, kind="rooms.usage_v9")  # parked on the hub: held there all the same
        desk.emit(2, kind="visits.visit")  # never leaves the PC (the policy)
        desk.sync.sync_once()
    with at(DAY2):
        desk.emit(2)
        desk.sync.sync_once()
    with at(DAY3):
        desk.emit(4)
        desk.sync.sync_once()
        desk.emit(1)  # today's, not acknowledged yet: not compared, not sent by the check
        before = desk.hub()
        client = desk.sync.client()
        result = check_with_hub(desk.ctx.store, client, SyncPolicy())
    assert result.checked == (DAY1, DAY2, DAY3), "the days after the oldest one this PC holds"
    assert result.equal == result.checked and result.resent == result.hub_only == result.unsettled == ()
    assert result.note == "Compared 3 days with the city hub: the same on both sides."
    assert desk.hub() == before and desk.sync.status().pending == 1
    status = desk.sync.status()
    assert status.check_note == result.note
    assert status.checked_at == datetime(DAY3.year, DAY3.month, DAY3.day, 10, tzinfo=UTC)


def test_an_event_the_hub_lost_is_sent_again_and_nothing_else_changes(desk) -> None:
    with at(DAY1):
        desk.emit(3)
        desk.sync.sync_once()
    with at(DAY2):
        lost = desk.emit(3)
        desk.sync.sync_once()
    with psycopg.connect(desk.dsn, autocommit=True) as conn:  # the hub restored from an older backup
        conn.execute("DELETE FROM event WHERE center_id = %s AND event_id = %s", (desk.center_id, lost[1]))
    before, outbox, acked = desk.hub(), desk.outbox(), desk.acked()
    with at(DAY3):
        result = desk.sync.check()
    assert result.resent == (DayCount(DAY2, 1),) and result.equal == (DAY1, DAY3)
    assert result.hub_only == result.unsettled == ()
    assert result.note == ("Compared 3 days with the city hub. Sent 1 missing record again (2027-03-03).")
    after = desk.hub()
    assert set(after) == set(before) | {lost[1]}
    assert all(after[event_id] == when for event_id, when in before.items()), "the others were not touched"
    assert desk.outbox() == outbox and desk.acked() == acked, "the outbox and its position stay as they were"
    with at(DAY3, 11):
        again = desk.sync.check()
    assert again.equal == (DAY1, DAY2, DAY3) and again.resent == ()


def test_a_parked_event_the_hub_lost_is_parked_again_and_listed(desk) -> None:
    with at(DAY1):
        parked = desk.emit(1, kind="rooms.usage_v9")[0]
        desk.sync.sync_once()
    with psycopg.connect(desk.dsn, autocommit=True) as conn:
        conn.execute("DELETE FROM parked_event WHERE event_id = %s", (parked,))
    with desk.ctx.store.write() as session:  # as if the desk's mirror had been cleared too
        session.delete(session.get(SyncParked, parked))
    with at(DAY2):
        result = desk.sync.check()
    assert result.resent == (DayCount(DAY1, 1),) and result.unsettled == ()
    assert [p.event_id for p in desk.sync.status().parked] == [parked]


def test_what_was_kept_on_this_pc_on_purpose_is_never_sent_by_the_check(desk, admin) -> None:
    with at(DAY1):
        desk.ctx.center.set_setting(admin, "sync_withheld_kinds", ["roster.whereabouts"])
        kept = desk.emit(2)
        assert desk.sync.sync_once().upload.withheld == 2
    with at(DAY2):
        desk.ctx.center.set_setting(admin, "sync_withheld_kinds", [])
        desk.emit(1)
        desk.sync.sync_once()
    with at(DAY3):
        result = desk.sync.check()
    assert result.checked == (DAY3,), "only the days after the policy changed"
    assert result.resent == () and not set(kept) & set(desk.hub())


def test_events_only_the_hub_holds_are_reported_and_kept(desk, data_dir: Path, tmp_path: Path) -> None:
    with at(DAY1):
        desk.emit(2)
        desk.sync.sync_once()
        old = make_backup(data_dir, tmp_path / "monday.sqlite3")
    with at(DAY2):
        gone = desk.emit(3)  # reach the hub, then the PC loses them
        desk.sync.sync_once()
    desk.sync.close()
    desk.ctx.close()
    restore(data_dir, old)
    desk.ctx = open_desk(data_dir)
    desk.sync = open_sync(desk.ctx)
    with at(DAY2, 15):
        later = desk.emit(1)
    with at(DAY3):
        result = desk.sync.check()
    assert result.hub_only == (DayCount(DAY2, 3),)
    assert result.resent == () and result.equal == (DAY1, DAY3) and result.unsettled == ()
    assert result.note == ("Compared 3 days with the city hub. The hub holds 3 records that this PC does not "
                           "have (2027-03-03); perhaps an older backup was restored on this PC. Nothing was "
                           "deleted.")
    assert set(gone) | set(later) <= set(desk.hub()), "the hub keeps what it had"
    assert desk.sync.status().check_note == result.note


def test_kept_rows_are_trimmed_after_the_retention_and_their_days_not_compared(desk) -> None:
    with at(DAY1):
        first = desk.emit(2)
        desk.sync.sync_once()
    last_kept_day = DAY1 + timedelta(days=KEEP_DAYS - 1)
    with at(last_kept_day, 23, 59, 59, 999_999):
        desk.emit(1)
        desk.sync.sync_once()
    assert {id_day(event_id) for _seq, event_id in desk.outbox()} == {DAY1, last_kept_day}, \
        "the enrollment day is trimmed at the ack; DAY1 is still within the retention"
    with at(last_kept_day + timedelta(days=1), 0, 0):
        newest = desk.emit(1)
        desk.sync.sync_once()
        result = desk.sync.check()
    kept = [event_id for _seq, event_id in desk.outbox()]
    assert not set(first) & set(kept) and newest[0] in kept, "trimmed at the next ack after midnight"
    assert desk.sync.status().pending == 0
    assert result.checked == (last_kept_day + timedelta(days=1),), "only days after the oldest kept event"
    assert set(first) <= set(desk.hub()), "the hub keeps what the desk trimmed"


def test_the_check_runs_by_itself_once_a_day(desk) -> None:
    enrolled = datetime(DAY0.year, DAY0.month, DAY0.day, 9, tzinfo=UTC)
    with time_machine.travel(enrolled + CHECK_EVERY - timedelta(minutes=1), tick=False):
        desk.emit(1)
        assert desk.sync.sync_once().checked is None
        assert desk.sync.status().checked_at is None
    first = enrolled + CHECK_EVERY
    with time_machine.travel(first, tick=False):
        report = desk.sync.sync_once()
    assert report.checked is not None and report.checked.checked == (DAY1,)
    assert desk.sync.status().checked_at == first
    with time_machine.travel(first + CHECK_EVERY - timedelta(seconds=1), tick=False):
        assert desk.sync.sync_once().checked is None
    with time_machine.travel(first + CHECK_EVERY, tick=False):
        assert desk.sync.sync_once().checked is not None
        assert desk.sync.status().checked_at == first + CHECK_EVERY


def test_a_check_that_cannot_run_never_spoils_the_round(desk, monkeypatch) -> None:
    def away(self, days):  # noqa: ANN001
        raise HubUnreachable("The city hub cannot be reached ({reason}).", reason="ConnectError")

    monkeypatch.setattr(HubClient, "check", away)
    with at(DAY1, 12):
        report = desk.sync.sync_once()
    assert report.checked is None and desk.sync.status().last_error == ""
    assert desk.sync.status().checked_at is None, "tried again at the next round"

    def older_hub(self, days):  # noqa: ANN001
        raise HubRefused("The city hub refused: {reason}", reason="Not Found")

    monkeypatch.setattr(HubClient, "check", older_hub)
    with at(DAY1, 12, 5):
        assert desk.sync.sync_once().checked is None
    status = desk.sync.status()
    assert status.last_error == "" and status.checked_at == datetime(2027, 3, 2, 12, 5, tzinfo=UTC)
    assert status.check_note == "The check with the city hub did not run: The city hub refused: Not Found"
    with at(DAY1, 12, 10):
        desk.sync.sync_once()
    assert desk.sync.status().checked_at == datetime(2027, 3, 2, 12, 5, tzinfo=UTC), "not asked every round"


def test_the_command_line_checks_and_the_status_shows_the_last_check(desk, data_dir, capsys) -> None:
    desk.sync.close()
    with at(DAY1):
        desk.emit(2)
        assert run(["sync", "check", "--data-dir", str(data_dir)]) == 0
        assert "Compared 1 day with the city hub: the same on both sides." in capsys.readouterr().out
        assert desk.sync.status().pending == 0, "the outbox is sent before the days are compared"
        assert run(["sync", "status", "--data-dir", str(data_dir)]) == 0
    assert ("last check: 2027-03-02T10:00:00+00:00: Compared 1 day with the city hub: the same on both sides."
            in capsys.readouterr().out)


def test_a_day_is_a_range_of_ids_from_utc_midnight_to_midnight() -> None:
    def made_at(moment: datetime) -> str:
        ms = f"{int(moment.timestamp() * 1000):012x}"
        return f"{ms[:8]}-{ms[8:]}-7abc-8def-0123456789ab"

    last = made_at(datetime(2026, 12, 31, 23, 59, 59, 999_000, tzinfo=UTC))
    first = made_at(datetime(2027, 1, 1, tzinfo=UTC))
    lo, hi = day_id_range(date(2026, 12, 31))
    assert lo <= last < hi <= first < day_id_range(date(2027, 1, 1))[1]
    assert (id_day(last), id_day(first)) == (date(2026, 12, 31), date(2027, 1, 1))
    assert day_id_range(date(2027, 1, 1))[0] == hi
    with pytest.raises(ValueError):
        id_day("not-a-uuid")
