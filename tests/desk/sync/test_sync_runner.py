"""The background runner: never blocks its caller, backs off with jitter while the hub
is away, and drains by itself once it is back; and the `desk sync` command line."""

from __future__ import annotations

import random
import time

import psycopg

from desk.cli import run
from desk.sync.client import HubOffline, HubUnreachable
from desk.sync.outbox import emit
from desk.sync.runner import SyncRunner, backoff_delay
from desk.sync.service import open_sync
from hub import auth
from hub.testing import HubThread


def _wait(predicate, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_backoff_grows_to_its_cap_and_is_jittered() -> None:
    rng = random.Random(1)
    samples = [backoff_delay(n, rng, base=2, cap=300) for n in range(1, 12) for _ in range(50)]
    assert all(0.1 <= s <= 300 for s in samples)
    first = [backoff_delay(1, rng) for _ in range(200)]
    tenth = [backoff_delay(10, rng) for _ in range(200)]
    assert max(first) <= 2 and max(tenth) > 100, "the ceiling doubles per failure up to the cap"
    assert len({round(s, 3) for s in tenth}) > 150, "jittered: desks do not come back in step"


class _AlwaysFailing:
    """A sync service whose every round fails the same way (the runner's view of an outage)."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def sync_once(self) -> None:
        raise self.error

    def status(self):  # noqa: ANN201
        raise RuntimeError("no status during an outage")

    def close(self) -> None:
        pass


def test_no_connection_at_all_is_retried_within_half_a_minute_a_busy_hub_backs_off_further() -> None:
    offline = SyncRunner(_AlwaysFailing(HubOffline("The city hub cannot be reached ({reason}).",
                                                   reason="ConnectError")), rng=random.Random(3))
    busy = SyncRunner(_AlwaysFailing(HubUnreachable("The city hub is busy or down (error {status}).",
                                                    status=503)), rng=random.Random(3))
    offline_delays = [offline._round() for _ in range(40)]
    busy_delays = [busy._round() for _ in range(40)]
    assert max(offline_delays) <= 30, "a desk must notice the network is back within half a minute"
    assert max(busy_delays) > 100, "a hub answering 503 is given room to recover"
    assert offline.status.online is False and "cannot be reached" in offline.status.last_error


def test_a_restarted_desk_shows_its_last_success_from_before_not_never() -> None:
    from datetime import UTC, datetime

    from desk.sync.service import SyncStatus

    before = datetime(2026, 11, 21, 1, 0, tzinfo=UTC)

    class Restarted(_AlwaysFailing):
        def status(self) -> SyncStatus:
            return SyncStatus(enrolled=True, pending=3, last_success=before)

    runner = SyncRunner(Restarted(HubOffline("The city hub cannot be reached ({reason}).", reason="ConnectError")))
    runner._round()
    assert runner.status.online is False and runner.status.last_success == before
    assert runner.status.pending == 3


def test_the_runner_waits_out_an_outage_and_drains_when_the_hub_is_back(center_ctx, admin, hub_dsn) -> None:
    hub = HubThread(hub_dsn).start()
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        center_id, code = auth.create_center(conn, "幸福社区")
    sync = open_sync(center_ctx)
    sync.enroll(admin, hub.url, code)
    hub.stop()  # the network goes down
    with center_ctx.store.write() as session:
        for n in range(700):
            emit(session, "roster.whereabouts", {"staff_id": n, "name": "张三", "status": "外出", "at": "x"})
    seen = []
    runner = SyncRunner(sync, interval=3600, on_status=seen.append, backoff_base=0.2, backoff_cap=0.5)
    started = time.perf_counter()
    runner.start()
    runner.kick()
    assert time.perf_counter() - started < 0.05, "starting and kicking never block the caller"
    try:
        assert _wait(lambda: runner.status.rounds >= 2 and runner.status.online is False)
        assert runner.status.pending == 700 and "cannot be reached" in runner.status.last_error
        # The hub comes back on the same address: the backoff retry finds it without a kick.
        back = HubThread(hub_dsn, port=hub.port)
        back.thread.start()
        assert _wait(lambda: runner.status.online is True and runner.status.pending == 0 and not runner.status.running)
        assert runner.status.last_error == "" and runner.status.last_success is not None
    finally:
        runner.stop()
    with psycopg.connect(hub_dsn) as conn:
        assert conn.execute("SELECT count(*) FROM event WHERE center_id = %s", (center_id,)).fetchone()[0] == 700
    assert any(s.online is False for s in seen) and seen[-1].online is True
    back.stop()


def test_the_command_line_enrolls_syncs_and_lists_parked_events(center_ctx, data_dir, hub_server, hub_dsn,
                                                                capsys) -> None:
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        _center_id, code = auth.create_center(conn, "幸福社区")
    assert run(["--data-dir", str(data_dir), "sync", "status"]) == 0
    assert "not enrolled" in capsys.readouterr().out
    assert run(["--data-dir", str(data_dir), "sync", "enroll", "--hub", hub_server.url, "--code", code]) == 0
    assert "enrolled with" in capsys.readouterr().out
    with center_ctx.store.write() as session:
        emit(session, "roster.whereabouts", {"staff_id": 1, "name": "张三", "status": "外出", "at": "x"})
        bad = emit(session, "roster.whereabouts", {"name": "李四"})
    assert run(["--data-dir", str(data_dir), "sync", "--once"]) == 0
    assert "sent 2 events (1 new, 0 already there, 1 parked" in capsys.readouterr().out
    assert run(["--data-dir", str(data_dir), "sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "pending events: 0" in out and "parked events: 1" in out
    assert bad.id in out and "lacks staff_id" in out
    assert run(["--data-dir", str(data_dir), "sync", "enroll", "--hub", hub_server.url, "--code", code]) == 1
    assert "already enrolled" in capsys.readouterr().err
