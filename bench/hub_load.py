"""The hub under load: 200 centers uploading at once to a real hub on loopback.

A private PostgreSQL cluster with fsync on; the hub as ``python -m hub serve --workers 2``
(two uvicorn worker processes, as behind a load balancer); 200 centers enrolled for real
(one-time code, Ed25519 key, signed challenge, token). Each center then drains 500 events
(a mix of the kinds desks send) in batches of 100, one batch after the other's
acknowledgement, as a desk does; all 200 start together over loopback HTTP (httpx,
asyncio). The figure is events stored per second, from the first request to the last
answer, checked against the event table afterwards.

The baseline, in the same run and the same database: a plain COPY of the same 100,000
rows into the same event table, one transaction (the fastest way PostgreSQL takes rows).
The ratio says what the HTTP layer, JSON, tokens, validation, row locks and per-batch
commits cost on top.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
import psycopg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bench.stats import Figure
from desk.sync.client import HubClient
from desk.sync.protocol import PROTOCOL, PROTOCOL_HEADER, b64, challenge_message
from hub import auth
from hub.testing import ClusterError, HubProcess, PrivateCluster

CENTERS = 200
EVENTS_PER_CENTER = 500
BATCH = 100
FLOOR = 5_000.0  # events/s the hub must sustain (issue 6)


@dataclass
class AtLeast(Figure):
    """A figure whose limit is a floor (a rate): it passes at or above the limit."""

    @property
    def ok(self) -> bool:
        return self.limit is None or self.value >= self.limit


@dataclass(frozen=True)
class Desk:
    center_id: str
    token: str


def _payload(center: int, n: int) -> tuple[str, dict]:
    """The n-th event of a center: the kinds and sizes desks send, all acceptable."""
    moment = f"2026-11-{1 + n % 28:02d} {8 + n % 9:02d}:{n % 60:02d}:00+00:00"
    day = f"2026-11-{1 + n % 28:02d}"
    pick = n % 20
    if pick < 8:
        return "roster.whereabouts", {"staff_id": n % 12, "name": "张*", "status": "外出",
                                      "destination": "街道办事处", "expected_return": moment, "at": moment}
    if pick < 12:
        return "rooms.booking", {"change": "create", "booking_id": n, "room_id": n % 6, "room": "党员教育室",
                                 "starts_at": moment, "ends_at": moment, "state": "confirmed",
                                 "title": "主题党日", "booker": "第一党支部", "headcount": 12, "source": "desk"}
    if pick < 15:
        return "activities.signup", {"activity_id": n // 10, "signup_id": n, "name": "李*", "people": 2,
                                     "state": "confirmed", "source": "desk"}
    if pick < 18:
        return "services.request", {"request_id": n, "item_code": "GA-01", "category": "政务服务",
                                    "status": "resolved", "channel": "visit", "resident": "王*",
                                    "accepted_at": moment, "due_at": moment, "resolved_at": moment}
    if pick < 19:
        return "visits.daily", {"day": day, "purpose": f"p{n % 7}", "visits": 40 + center % 9, "people": 44}
    return "rooms.daily", {"day": day, "room": f"房间{n % 6}", "room_id": n % 6, "open_hours": 7.0,
                           "used_hours": 2.5, "booked_hours": 3.0, "headcount": 18, "bookings": 3,
                           "checked_in": 2, "no_shows": 1}


def _events(center: int) -> list[dict]:
    events = []
    for n in range(EVENTS_PER_CENTER):
        kind, payload = _payload(center, n)
        events.append({"seq": n + 1, "id": str(uuid.uuid4()), "kind": kind, "payload": payload,
                       "created_at": "2026-11-20T08:00:00+00:00"})
    return events


def _enroll(dsn: str, url: str, number: int) -> Desk:
    """A center enrolled the way a desk does it, and its first access token."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        center_id, code = auth.create_center(conn, f"压测社区{number:03d}")
    key = Ed25519PrivateKey.generate()
    with HubClient(url) as client:
        device_id = client.enroll(code, key, f"bench-{number}")["device_id"]
    headers = {PROTOCOL_HEADER: str(PROTOCOL)}
    nonce = httpx.post(f"{url}/v1/auth/challenge", json={"device_id": device_id}, headers=headers).json()["nonce"]
    body = {"device_id": device_id, "nonce": nonce, "signature": b64(key.sign(challenge_message(device_id, nonce)))}
    token = httpx.post(f"{url}/v1/auth/token", json=body, headers=headers).json()["token"]
    return Desk(center_id, token)


async def _drain(http: httpx.AsyncClient, desk: Desk, bodies: list[bytes], start: asyncio.Event) -> int:
    headers = {PROTOCOL_HEADER: str(PROTOCOL), "Authorization": f"Bearer {desk.token}",
               "Content-Type": "application/json"}
    await start.wait()
    applied = 0
    for body in bodies:
        response = await http.post("/v1/upload", content=body, headers=headers)
        response.raise_for_status()
        answer = response.json()
        assert not answer["parked"], answer["parked"][:3]
        applied += answer["applied"]
    return applied


async def _load(url: str, desks: list[Desk], bodies: list[list[bytes]]) -> tuple[float, int]:
    # One client (one connection) per desk, as each desk has its own: a single pool of 200
    # connections costs httpcore more CPU than the hub spends (it scans the pool per request).
    clients = [httpx.AsyncClient(base_url=url, timeout=120, limits=httpx.Limits(max_connections=1))
               for _desk in desks]
    try:
        start = asyncio.Event()
        tasks = [asyncio.create_task(_drain(http, desk, mine, start))
                 for http, desk, mine in zip(clients, desks, bodies)]
        await asyncio.sleep(0.2)  # every task is waiting at the line
        started = time.perf_counter()
        start.set()
        applied = sum(await asyncio.gather(*tasks))
        return time.perf_counter() - started, applied
    finally:
        await asyncio.gather(*(client.aclose() for client in clients))


def _copy_baseline(dsn: str, events: list[list[dict]]) -> float:
    """COPY of the same rows (new ids, new centers) into the same event table."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        centers = [auth.create_center(conn, f"基线社区{n:03d}")[0] for n in range(len(events))]
    rows = [(center_id, str(uuid.uuid4()), e["seq"], e["kind"], json.dumps(e["payload"], ensure_ascii=False),
             e["created_at"]) for center_id, mine in zip(centers, events) for e in mine]
    with psycopg.connect(dsn) as conn:
        started = time.perf_counter()
        with conn.cursor().copy("COPY event (center_id, event_id, seq, kind, payload, created_at) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        return time.perf_counter() - started


def measure(_folder: Path) -> list[Figure]:
    try:
        cluster = PrivateCluster(durable=True).start()
    except ClusterError as error:
        print(f"hub_load: skipped, no PostgreSQL to run on: {error}", flush=True)
        return []
    total = CENTERS * EVENTS_PER_CENTER
    try:
        dsn = cluster.create_database("hub_load")
        hub = HubProcess(dsn, workers=2).start()
        try:
            desks = [_enroll(dsn, hub.url, n) for n in range(CENTERS)]
            events = [_events(n) for n in range(CENTERS)]
            bodies = [[json.dumps({"events": mine[i:i + BATCH]}, ensure_ascii=False).encode()
                       for i in range(0, len(mine), BATCH)] for mine in events]
            elapsed, applied = asyncio.run(_load(hub.url, desks, bodies))
        finally:
            hub.stop()
        with psycopg.connect(dsn) as conn:
            stored = conn.execute("SELECT count(*) FROM event").fetchone()[0]
        assert applied == stored == total, (applied, stored, total)
        baseline = _copy_baseline(dsn, events)
    finally:
        cluster.stop()
    rate, base_rate = total / elapsed, total / baseline
    return [AtLeast(
        f"hub: {CENTERS} centers upload at once", rate, "/s", limit=FLOOR, baseline=base_rate,
        baseline_name=f"COPY of the same {total:,} rows into the same event table, one transaction",
        notes=f"{total:,} events in {elapsed:.1f} s, batches of {BATCH}, hub with 2 uvicorn workers, "
              f"PostgreSQL fsync on; baseline {base_rate:,.0f} rows/s",
        extra={"events_per_second": round(rate), "baseline_rows_per_second": round(base_rate),
               "seconds": round(elapsed, 2), "centers": CENTERS, "batch": BATCH})]


if __name__ == "__main__":
    for figure in measure(Path(".")):
        print(figure.as_dict())
