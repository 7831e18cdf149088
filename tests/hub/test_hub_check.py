"""POST /v1/check over real HTTP on loopback and a real PostgreSQL: per UTC day, the count
and digest of the token's center's events, parked ones included; bad requests say why."""

from __future__ import annotations

from datetime import UTC, date, datetime

import httpx
import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desk.sync.client import HubClient, HubRefused
from desk.sync.protocol import CHECK_MAX_DAYS, PROTOCOL, PROTOCOL_HEADER, day_digest
from hub import auth


def _enrolled(hub_server, hub_dsn, name: str) -> HubClient:
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        _center_id, code = auth.create_center(conn, name)
    client = HubClient(hub_server.url)
    client.enroll(code, Ed25519PrivateKey.generate(), "desk-pc")
    return client


def _id(moment: datetime, n: int) -> str:
    """A UUIDv7 made at ``moment``."""
    ms = f"{int(moment.timestamp() * 1000):012x}"
    return f"{ms[:8]}-{ms[8:]}-7000-8000-{n:012x}"


def _event(seq: int, event_id: str, kind: str = "roster.whereabouts") -> dict:
    return {"seq": seq, "id": event_id, "kind": kind, "created_at": "2026-12-31T08:00:00+00:00",
            "payload": {"staff_id": seq, "status": "外出", "at": "2026-12-31T08:00:00+00:00"}}


def test_each_day_is_counted_from_utc_midnight_with_parked_events_and_only_for_the_token(hub_server,
                                                                                          hub_dsn) -> None:
    mine = _enrolled(hub_server, hub_dsn, "甲社区")
    theirs = _enrolled(hub_server, hub_dsn, "乙社区")
    new_year_eve = [_id(datetime(2026, 12, 31, 0, 0, tzinfo=UTC), 1),
                    _id(datetime(2026, 12, 31, 23, 59, 59, 999_000, tzinfo=UTC), 2)]
    new_year = [_id(datetime(2027, 1, 1, tzinfo=UTC), 3)]
    parked = _id(datetime(2026, 12, 31, 12, tzinfo=UTC), 4)
    mine.upload([_event(1, new_year_eve[0]), _event(2, new_year_eve[1]), _event(3, new_year[0]),
                 _event(4, parked, kind="rooms.usage_v9")])
    theirs.upload([_event(1, _id(datetime(2026, 12, 31, 9, tzinfo=UTC), 9))])

    days = mine.check(["2026-12-30", "2026-12-31", "2027-01-01", "2026-12-31"])
    assert days == {
        "2026-12-30": {"count": 0, "digest": day_digest([])},
        "2026-12-31": {"count": 3, "digest": day_digest([*new_year_eve, parked])},
        "2027-01-01": {"count": 1, "digest": day_digest(new_year)},
    }
    assert theirs.check(["2026-12-31"])["2026-12-31"]["count"] == 1


@pytest.mark.parametrize("day", ["2026-13-01", "2026-02-30", "20261120", "2026-W47-5", "1969-12-31", ""])
def test_a_day_that_is_not_a_day_is_refused_with_the_reason(hub_server, hub_dsn, day) -> None:
    client = _enrolled(hub_server, hub_dsn, "甲社区")
    with pytest.raises(HubRefused, match="is not a day: write days as YYYY-MM-DD"):
        client.check(["2026-11-20", day])


def test_at_most_so_many_days_per_request(hub_server, hub_dsn) -> None:
    client = _enrolled(hub_server, hub_dsn, "甲社区")
    days = [date.fromordinal(date(2026, 1, 1).toordinal() + n).isoformat() for n in range(CHECK_MAX_DAYS + 1)]
    assert len(client.check(days[:CHECK_MAX_DAYS])) == CHECK_MAX_DAYS
    with pytest.raises(HubRefused, match=f"at most {CHECK_MAX_DAYS} items"):
        client.check(days)


def test_without_a_token_nothing_is_told(hub_server, hub_dsn) -> None:
    _enrolled(hub_server, hub_dsn, "甲社区")
    answer = httpx.post(f"{hub_server.url}/v1/check", json={"days": ["2026-11-20"]},
                        headers={PROTOCOL_HEADER: str(PROTOCOL)})
    assert answer.status_code == 401 and answer.json()["detail"] == "Sign-in needed: no token."
