"""The city's API over real HTTP on both databases: city staff publish for the desks, get
enrollment codes and withdraw a desk; a wrong item is refused with its reason and
publishes nothing; no password, no access."""

from __future__ import annotations

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desk.sync.client import HubClient, HubRefused
from hub.testing import HubThread, hub_connection

PASSWORD = "city-api-pass-1"
AUTH = ("city", PASSWORD)


@pytest.fixture
def city_hub(any_hub_dsn, monkeypatch):
    monkeypatch.setenv("DESK_HUB_DASHBOARD_PASSWORD", PASSWORD)
    server = HubThread(any_hub_dsn).start()
    yield server, any_hub_dsn
    server.stop()


def _post(server, path: str, body: dict | None = None, auth=AUTH) -> httpx.Response:
    return httpx.post(f"{server.url}{path}", json=body, auth=auth, timeout=30)


def _feed_rows(dsn: str) -> int:
    with hub_connection(dsn) as conn:
        return conn.execute("SELECT count(*) FROM feed").fetchone()[0]


def test_city_staff_enroll_a_center_and_publish_what_its_desk_then_reads(city_hub) -> None:
    server, dsn = city_hub
    enrolled = _post(server, "/city/enroll", {"center": " 幸福社区党群服务中心 "})
    assert enrolled.status_code == 200 and enrolled.json()["new_center"] is True
    again = _post(server, "/city/enroll", {"center": "幸福社区党群服务中心"}).json()
    assert again["center_id"] == enrolled.json()["center_id"] and again["new_center"] is False
    desk = HubClient(server.url)
    desk.enroll(enrolled.json()["code"], Ed25519PrivateKey.generate(), "pc")
    notice = {"title": "关于元旦值班的通知", "body": "请各中心安排值班。", "published_at": "2026-12-20T09:00:00+08:00"}
    published = _post(server, "/city/feed", {"kind": "announcement", "key": "2026-12-duty", "payload": notice})
    assert published.status_code == 201, published.text
    items = desk.feed("", 10)["items"]
    assert [(i["kind"], i["key"], i["payload"]) for i in items] == [("announcement", "2026-12-duty", notice)]
    withdrawn = _post(server, "/city/feed", {"kind": "announcement", "key": "2026-12-duty", "deleted": True})
    assert withdrawn.status_code == 201 and desk.feed(items[-1]["position"], 10)["items"][0]["deleted"] is True


def test_a_wrong_item_is_refused_with_its_reason_and_publishes_nothing(city_hub) -> None:
    server, dsn = city_hub
    center_id = _post(server, "/city/enroll", {"center": "幸福社区"}).json()["center_id"]
    for body, status, words in [
        ({"kind": "rooms.upstream_booking", "key": "mp-1", "payload": {"room": "书画室"}}, 400, "for one center"),
        ({"kind": "rooms.upstream_booking", "key": "mp-1", "payload": {}, "center_id": center_id}, 400,
         "not a rooms.upstream_booking item"),
        ({"kind": "weather", "key": "k", "payload": {}}, 400, "Unknown kind 'weather'"),
        ({"kind": "announcement", "key": "k", "payload": {}, "center_id": "9a1f7a3e-0000-4000-8000-000000000000"},
         404, "No center has this id"),
        ({"kind": "announcement", "key": "", "payload": {}}, 422, "key"),
        ({"kind": "announcement", "key": "k", "payload": ["not", "an", "object"]}, 422, "payload"),
    ]:
        answer = _post(server, "/city/feed", body)
        assert answer.status_code == status and words in answer.text, (body, answer.status_code, answer.text)
    assert _feed_rows(dsn) == 0


def test_withdrawing_a_desk_stops_its_sign_in(city_hub) -> None:
    server, _dsn = city_hub
    code = _post(server, "/city/enroll", {"center": "幸福社区"}).json()["code"]
    desk = HubClient(server.url)
    desk.enroll(code, Ed25519PrivateKey.generate(), "pc")
    assert _post(server, f"/city/devices/{desk.device_id}/revoke").json() == {"revoked": desk.device_id}
    desk._token = None  # sign in again, as after a restart
    with pytest.raises(HubRefused, match="withdrawn"):
        desk.feed("", 10)
    assert _post(server, "/city/devices/9a1f7a3e-0000-4000-8000-000000000000/revoke").status_code == 404


def test_no_password_no_city_api(city_hub, monkeypatch) -> None:
    server, dsn = city_hub
    body = {"kind": "announcement", "key": "k", "payload": {"title": "x"}}
    assert _post(server, "/city/feed", body, auth=None).status_code == 401
    wrong = _post(server, "/city/feed", body, auth=("city", "guess"))
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"].startswith("Basic")
    assert _feed_rows(dsn) == 0
    monkeypatch.delenv("DESK_HUB_DASHBOARD_PASSWORD")
    off = HubThread(dsn).start()
    try:
        assert _post(off, "/city/feed", body).status_code == 503
    finally:
        off.stop()


def test_text_the_database_cannot_keep_is_refused_not_a_server_error(city_hub) -> None:
    """Found by the fuzzer: a NUL or a lone surrogate in an item was a 500."""
    server, dsn = city_hub
    for raw, words in [('{"kind": "calendar.days", "key": "k", "deleted": true, "payload": {"if": ["\\u0000"]}}',
                        "NUL character"),
                       ('{"kind": "announcement", "key": "k", "payload": {"title": "\\ud800"}}', "lone surrogate")]:
        answer = httpx.post(f"{server.url}/city/feed", content=raw, auth=AUTH, timeout=30,
                            headers={"Content-Type": "application/json"})
        assert answer.status_code == 400 and words in answer.json()["detail"], answer.text
    assert _feed_rows(dsn) == 0
