"""Sync: draining a month offline (100,000 events) to a real hub on loopback, and the
hub's time to apply one 500-event batch; each beside a plain psycopg executemany of the
same rows into the same PostgreSQL database, measured in the same run.

The hub runs as its own process (``python -m hub serve``) on a private PostgreSQL
cluster with fsync on, so the figures include HTTP, JSON, tokens and durable commits.
"""

from __future__ import annotations

import statistics
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from psycopg.types.json import Jsonb

from bench.stats import Figure
from desk.accounts.actor import COMMAND_LINE
from desk.center.hours import OpeningHours
from desk.center.service import CenterForm
from desk.context import open_desk
from desk.sync.outbox import emit
from desk.sync.service import open_sync
from hub import auth, ingest
from hub.testing import HubProcess, PrivateCluster

EVENTS = 100_000
BATCH = 500


def _payload(n: int) -> dict:
    return {"staff_id": n % 40, "name": "张小明", "status": "外出", "destination": "街道办事处",
            "expected_return": "2026-11-20T10:00:00+08:00", "present": False, "at": "2026-11-20T08:00:00+08:00"}


def _rows(count: int) -> list[tuple]:
    return [(str(uuid.uuid4()), n + 1, "roster.whereabouts", Jsonb(_payload(n)), "2026-11-20T00:00:00+00:00")
            for n in range(count)]


def _plain_insert(dsn: str, center_id: str, rows: list[tuple]) -> float:
    """The baseline: executemany of the same rows into the same table, one transaction."""
    with psycopg.connect(dsn) as conn:
        started = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO event (center_id, event_id, seq, kind, payload, created_at) "
                            "VALUES (%s, %s, %s, %s, %s, %s)", [(center_id, *row) for row in rows])
        conn.commit()
        return time.perf_counter() - started


def _desk(folder: Path):
    ctx = open_desk(folder)
    ctx.center.set_up(CenterForm(name="基准社区党群服务中心", address="", supervision_phone="010-12345678",
                                 hours=OpeningHours.default()),
                      admin_username="admin", admin_name="管理员", admin_password="bench-pass-1")
    return ctx


def _drain(dsn: str, hub_url: str, tmp: Path) -> tuple[float, int]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        _center_id, code = auth.create_center(conn, "基准社区")
    ctx = _desk(tmp / "desk")
    sync = open_sync(ctx)
    try:
        sync.enroll(COMMAND_LINE, hub_url, code)
        with ctx.store.write() as session:
            for n in range(EVENTS):
                emit(session, "roster.whereabouts", _payload(n))
        started = time.perf_counter()
        report = sync.sync_once()
        elapsed = time.perf_counter() - started
        assert report.upload.applied == EVENTS and sync.status().pending == 0
        return elapsed, report.upload.batches
    finally:
        sync.close()
        ctx.close()


def _batch_apply(dsn: str) -> tuple[list[float], list[float]]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        center_id, _ = auth.create_center(conn, "批次")
        base_center, _ = auth.create_center(conn, "基线")
        applied, plain = [], []
        for _round in range(20):
            events = [ingest.Incoming(seq, event_id, kind, payload.obj, created)
                      for event_id, seq, kind, payload, created in _rows(BATCH)]
            started = time.perf_counter()
            result = ingest.apply_batch(conn, center_id, events)
            applied.append(time.perf_counter() - started)
            assert result.applied == BATCH
            plain.append(_plain_insert(dsn, base_center, _rows(BATCH)))
    return applied, plain


def measure(_folder: Path) -> list[Figure]:
    cluster = PrivateCluster(durable=True).start()
    try:
        dsn = cluster.create_database("hub")
        hub = HubProcess(dsn).start()
        try:
            with tempfile.TemporaryDirectory(prefix="desk-sync-bench-") as tmp:
                drain, batches = _drain(dsn, hub.url, Path(tmp))
            with psycopg.connect(dsn, autocommit=True) as conn:
                base_center, _ = auth.create_center(conn, "基线")
            plain = _plain_insert(dsn, base_center, _rows(EVENTS))
            applied, plain_batch = _batch_apply(dsn)
        finally:
            hub.stop()
    finally:
        cluster.stop()
    apply_ms, plain_ms = statistics.median(applied) * 1000, statistics.median(plain_batch) * 1000
    return [
        Figure(f"sync: drain {EVENTS:,} events to the hub", drain, "s", limit=30.0, baseline=plain,
               baseline_name=f"psycopg executemany of the same {EVENTS:,} rows, one transaction",
               notes=f"{EVENTS / drain:,.0f} events/s over {batches} HTTP batches of {BATCH}; "
                     f"baseline {EVENTS / plain:,.0f} rows/s",
               extra={"events_per_second": round(EVENTS / drain), "baseline_rows_per_second": round(EVENTS / plain)}),
        Figure(f"sync: hub applies one {BATCH}-event batch", apply_ms, "ms", baseline=plain_ms,
               baseline_name=f"psycopg executemany of {BATCH} rows (median of 20)",
               notes="median of 20 batches: validation, row lock, unnest insert ON CONFLICT, one commit"),
    ]
