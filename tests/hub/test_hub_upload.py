"""The hub's upload path over real HTTP on loopback, on a real PostgreSQL and on the SQLite
trial hub: enrollment, tokens, idempotent batches, parking, the center taken from the
token, protocol versions."""

from __future__ import annotations

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desk.sync.client import HubClient, HubRefused, UpdateRequired
from hub import auth
from hub.testing import hub_connection


@pytest.fixture
def hub_dsn(any_hub_dsn: str) -> str:
    """Every test here runs on both databases."""
    return any_hub_dsn


def _center(dsn: str, name: str) -> tuple[str, str]:
    with hub_connection(dsn) as conn:
        return auth.create_center(conn, name)


def _enrolled(hub_server, hub_dsn, name: str = "幸福社区", protocol: int | None = None) -> tuple[HubClient, str]:
    center_id, code = _center(hub_dsn, name)
    client = HubClient(hub_server.url, protocol=protocol)
    client.enroll(code, Ed25519PrivateKey.generate(), "desk-pc")
    return client, center_id


def _event(seq: int, kind: str = "roster.whereabouts", **payload) -> dict:
    body = {"staff_id": seq, "status": "外出", "at": "2026-11-20T08:00:00+00:00"} | payload
    return {"seq": seq, "id": f"0190a000-0000-7000-8000-{seq:012d}", "kind": kind, "payload": body,
            "created_at": "2026-11-20T08:00:00+00:00"}


def _rows(dsn: str, sql: str, *params):
    with hub_connection(dsn) as conn:
        return conn.execute(sql, params).fetchall()


def test_a_code_enrolls_one_desk_once(hub_server, hub_dsn) -> None:
    center_id, code = _center(hub_dsn, "幸福社区")
    client = HubClient(hub_server.url)
    answer = client.enroll(code, Ed25519PrivateKey.generate(), "pc-1")
    assert answer["center_id"] == center_id and answer["center_name"] == "幸福社区"
    assert answer["hub_keys"] and len(answer["hub_keys"][0]["public_key"]) >= 43
    with pytest.raises(HubRefused, match="unknown, used or expired"):
        HubClient(hub_server.url).enroll(code, Ed25519PrivateKey.generate(), "pc-2")


def test_a_resent_batch_has_no_second_effect(hub_server, hub_dsn) -> None:
    client, center_id = _enrolled(hub_server, hub_dsn)
    batch = [_event(seq) for seq in range(1, 501)]
    first = client.upload(batch)
    assert (first["acked_seq"], first["applied"], first["duplicates"]) == (500, 500, 0)
    again = client.upload(batch[250:] + [_event(501)])
    assert (again["acked_seq"], again["applied"], again["duplicates"]) == (501, 1, 250)
    count, distinct = _rows(hub_dsn, "SELECT count(*), count(DISTINCT event_id) FROM event WHERE center_id = %s",
                            center_id)[0]
    assert count == distinct == 501


def test_bad_events_are_parked_with_a_reason_and_do_not_block_the_batch(hub_server, hub_dsn) -> None:
    client, center_id = _enrolled(hub_server, hub_dsn)
    batch = [_event(1), _event(2, kind="rooms.usage_v9"), _event(3)]
    batch[2]["payload"].pop("staff_id")
    answer = client.upload(batch + [_event(4)])
    assert answer["acked_seq"] == 4 and answer["applied"] == 2
    reasons = {item["seq"]: item["reason"] for item in answer["parked"]}
    assert "unknown kind 'rooms.usage_v9'" in reasons[2] and "lacks staff_id" in reasons[3]
    assert [row[0] for row in _rows(hub_dsn, "SELECT seq FROM parked_event ORDER BY seq")] == [2, 3]
    # The administrator teaches the hub the new kind; a retry moves that one event in.
    with hub_connection(hub_dsn) as conn:
        conn.execute("INSERT INTO accepted_kind (kind, required) VALUES (%s, %s)", ("rooms.usage_v9", ["staff_id"]))
    retried = client.retry_parked()
    assert retried["accepted"] == [batch[1]["id"]] and [p["seq"] for p in retried["parked"]] == [3]
    assert _rows(hub_dsn, "SELECT count(*) FROM event WHERE center_id = %s", center_id)[0][0] == 3
    # Re-sending the retried event later is a duplicate, not a second park.
    assert client.upload([batch[1]])["duplicates"] == 1


def test_the_center_comes_from_the_token_never_from_the_body(hub_server, hub_dsn) -> None:
    client, mine = _enrolled(hub_server, hub_dsn, "甲社区")
    other, _ = _center(hub_dsn, "乙社区")
    token = client._bearer()
    response = httpx.post(f"{hub_server.url}/v1/upload", headers={"Authorization": f"Bearer {token}",
                                                                  "X-Desk-Protocol": "2"},
                          json={"center_id": other, "events": [_event(1, center_id=other)]})
    assert response.status_code == 200
    assert _rows(hub_dsn, "SELECT center_id::text FROM event") == [(mine,)]
    assert _rows(hub_dsn, "SELECT count(*) FROM event WHERE center_id = %s", other)[0][0] == 0


def test_a_forged_or_missing_token_is_refused(hub_server, hub_dsn) -> None:
    client, _ = _enrolled(hub_server, hub_dsn)
    body, _, signature = client._bearer().partition(".")
    forged = f"{body}.{signature[::-1]}"
    for headers in ({}, {"Authorization": f"Bearer {forged}"}):
        response = httpx.post(f"{hub_server.url}/v1/upload", json={"events": [_event(1)]},
                              headers={"X-Desk-Protocol": "2", **headers})
        assert response.status_code == 401
    assert _rows(hub_dsn, "SELECT count(*) FROM event")[0][0] == 0


def test_a_signature_by_another_key_gets_no_token(hub_server, hub_dsn) -> None:
    client, _ = _enrolled(hub_server, hub_dsn)
    thief = HubClient(hub_server.url, client.device_id, Ed25519PrivateKey.generate())
    with pytest.raises(HubRefused, match="signature does not match"):
        thief.upload([_event(1)])


def test_a_withdrawn_desk_is_refused(hub_server, hub_dsn) -> None:
    client, _ = _enrolled(hub_server, hub_dsn)
    client.upload([_event(1)])
    with hub_connection(hub_dsn) as conn:
        conn.execute("UPDATE device SET revoked_at = now() WHERE id = %s", (client.device_id,))
    with pytest.raises(HubRefused, match="withdrawn"):
        client.upload([_event(2)])


def test_an_old_desk_keeps_uploading_and_a_too_old_one_is_told_to_update(hub_server, hub_dsn) -> None:
    old, center_id = _enrolled(hub_server, hub_dsn, protocol=1)
    event = _event(1)
    event["payload"] = '{"staff_id": 1, "status": "外出", "at": "2026-11-20T08:00:00+00:00"}'  # v1: JSON text
    assert old.upload([event])["applied"] == 1
    assert _rows(hub_dsn, "SELECT payload->>'status' FROM event WHERE center_id = %s", center_id) == [("外出",)]
    ancient = HubClient(hub_server.url, old.device_id, old.key, protocol=0)
    with pytest.raises(UpdateRequired, match="Please update Desk"):
        ancient.upload([_event(2)])
    response = httpx.get(f"{hub_server.url}/v1/parked", headers={"X-Desk-Protocol": "0"})
    assert response.status_code == 426 and response.headers["X-Hub-Protocols"] == "1-2"


def test_a_retired_signing_key_signs_nobody_in_and_desks_move_to_the_new_one(hub_server, hub_dsn,
                                                                            monkeypatch) -> None:
    monkeypatch.setattr(auth, "KEY_CACHE_SECONDS", 0.0)  # a retirement takes effect at once here
    # The desk holds a token signed by the old key: on the 401 it signs the challenge again.
    client, _ = _enrolled(hub_server, hub_dsn)
    client.upload([_event(1)])
    old_token = client._bearer()
    with hub_connection(hub_dsn) as conn:
        new_key = auth.rotate_key(conn, retire_old=True)  # the old key leaked
    assert new_key == 2
    response = httpx.post(f"{hub_server.url}/v1/upload", json={"events": [_event(2)]},
                          headers={"X-Desk-Protocol": "2", "Authorization": f"Bearer {old_token}"})
    assert response.status_code == 401
    assert client.upload([_event(2)])["applied"] == 1
    assert _rows(hub_dsn, "SELECT count(*) FROM event")[0][0] == 2
