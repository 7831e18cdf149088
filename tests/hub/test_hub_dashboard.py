"""The city dashboard over real HTTP: a real `python -m hub serve` process on a private
PostgreSQL and on the SQLite trial hub (every test runs on both), three centers whose desks uploaded their facts through the real upload API,
and the figures a city official reads — corrections superseding the first fact, the
month taken in Shanghai time, stale centers flagged, sorting, bad input, access."""

from __future__ import annotations

import itertools
import json
import uuid
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desk.sync.client import HubClient
from hub import auth
from hub.testing import HubProcess, HubThread, hub_connection, sqlite_hub_url

PASSWORD = "城市-dashboard-pass"
AUTH = ("city", PASSWORD)
_seq = itertools.count(1)


class Figures(HTMLParser):
    """Every element with data-figure: (its row's data-center-id or data-day, figure, text)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.found: list[tuple[str, str, str]] = []
        self._row = ""
        self._open: list[list] = []  # [figure, depth, parts]
        self._depth = 0
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "tr":
            self._row = values.get("data-center-id") or values.get("data-day") or ""
        self._depth += 1
        if "data-figure" in values:
            self._open.append([values["data-figure"], self._depth, []])

    def handle_endtag(self, tag: str) -> None:
        while self._open and self._open[-1][1] == self._depth:
            figure, _depth, parts = self._open.pop()
            self.found.append((self._row, figure, "".join(parts).strip()))
        self._depth -= 1

    def handle_data(self, data: str) -> None:
        for item in self._open:
            item[2].append(data)

    def row(self, key: str) -> dict[str, str]:
        return {figure: text for row, figure, text in self.found if row == key}

    def all(self, figure: str) -> list[str]:
        return [text for _row, name, text in self.found if name == figure]


def _event(kind: str, created_at: str, **payload) -> dict:
    return {"seq": next(_seq), "id": str(uuid.uuid4()), "kind": kind, "payload": payload, "created_at": created_at}


def _enroll(url: str, dsn: str, name: str) -> tuple[HubClient, str]:
    with hub_connection(dsn) as conn:
        center_id, code = auth.create_center(conn, name)
    client = HubClient(url)
    client.enroll(code, Ed25519PrivateKey.generate(), f"pc-{name}")
    return client, center_id


def _happy_valley_facts() -> list[dict]:
    """October 2026 at 幸福社区, as its desk would send it (moments in UTC)."""
    at = "2026-11-01 02:00:00+00:00"
    later = "2026-11-02 09:00:00+00:00"
    request = "services.request"
    return [
        _event("visits.daily", at, day="2026-10-05", purpose="consult", visits=10, people=12),
        _event("visits.daily", at, day="2026-10-05", purpose="service", visits=5, people=5),
        _event("visits.daily", at, day="2026-10-06", purpose="consult", visits=7, people=7),
        _event("visits.daily", at, day="2026-09-30", purpose="consult", visits=100, people=100),
        _event("visits.daily", at, day="2026-11-01", purpose="consult", visits=100, people=100),
        # The desk corrected the 5th: 12 visits, not 10. Only the newest counts.
        _event("visits.daily", later, day="2026-10-05", purpose="consult", visits=12, people=14),
        _event("rooms.daily", at, day="2026-10-05", room="党员教育室", room_id=1, open_hours=7.0, used_hours=2.0,
               booked_hours=3.0, headcount=15, bookings=2, checked_in=1, no_shows=1),
        _event("rooms.daily", at, day="2026-10-05", room="棋牌室", room_id=2, open_hours=7.0, used_hours=0.0,
               booked_hours=0.0, headcount=0, bookings=0, checked_in=0, no_shows=0),
        _event("rooms.daily", at, day="2026-10-06", room="党员教育室", room_id=1, open_hours=7.0, used_hours=1.0,
               booked_hours=1.0, headcount=4, bookings=1, checked_in=1, no_shows=0),
        _event("rooms.daily", later, day="2026-10-06", room="党员教育室", room_id=1, open_hours=7.0,
               used_hours=3.5, booked_hours=3.5, headcount=20, bookings=2, checked_in=2, no_shows=0),
        # 10:00 on 29 October; cancelled later; 01:00 on 1 October (still 30 September in UTC);
        # 00:30 on 1 November (31 October in UTC, written without an offset): not October.
        _event("activities.activity", at, id=1, title="重阳节敬老活动", place="党员教育室",
               starts_at="2026-10-29T02:00:00+00:00", state="open"),
        _event("activities.activity", at, id=2, title="书法讲座", place="书画室",
               starts_at="2026-10-10 06:00:00+00:00", state="open"),
        _event("activities.activity", later, id=2, title="书法讲座", place="书画室",
               starts_at="2026-10-10 06:00:00+00:00", state="cancelled"),
        _event("activities.activity", at, id=3, title="国庆升旗仪式", place="广场",
               starts_at="2026-09-30 17:00:00+00:00", state="open"),
        _event("activities.activity", at, id=4, title="十一月观影", place="红色影院",
               starts_at="2026-10-31 16:30:00", state="open"),
        _event("activities.attendance", at, activity_id=1, signup_id=1, name="张*", people=2),
        _event("activities.attendance", at, activity_id=1, signup_id=2, name="李*", people=3),
        _event("activities.attendance", later, activity_id=1, signup_id=2, name="李*", people=1),
        _event("activities.volunteer", at, id=10, activity_id=1, starts_at="2026-10-29T02:00:00+00:00",
               minutes=120, removed=False),
        _event("activities.volunteer", at, id=11, activity_id=1, starts_at="2026-10-29T02:00:00+00:00",
               minutes=90, removed=False),
        _event("activities.volunteer", later, id=11, activity_id=1, starts_at="2026-10-29T02:00:00+00:00",
               minutes=90, removed=True),
        _event("activities.volunteer", later, id=12, activity_id=1, starts_at="2026-10-29T02:00:00+00:00",
               minutes=60, removed=False),
        _event(request, at, request_id=1, category="政务服务", status="resolved", accepted_at="2026-10-08 01:00:00",
               due_at="2026-10-10 09:00:00", resolved_at="2026-10-09 03:00:00"),
        _event(request, at, request_id=2, category="政务服务", status="resolved", accepted_at="2026-10-08 01:00:00",
               due_at="2026-10-09 09:00:00", resolved_at="2026-10-12 03:00:00"),
        _event(request, at, request_id=3, category="生活服务", status="resolved", accepted_at="2026-09-28 01:00:00",
               due_at="2026-10-02 09:00:00", resolved_at="2026-10-01 03:00:00"),
        _event(request, at, request_id=4, category="生活服务", status="accepted", accepted_at="2026-10-20 01:00:00",
               due_at="2026-10-25 09:00:00", resolved_at=None),
        _event(request, later, request_id=4, category="生活服务", status="resolved",
               accepted_at="2026-10-20 01:00:00", due_at="2026-10-25 09:00:00", resolved_at="2026-10-21 03:00:00"),
        _event("rooms.usage_v9", at, room="党员教育室"),  # a kind this hub does not know: parked
    ]


@pytest.fixture(scope="module", params=["postgresql", "sqlite"])
def city(request, tmp_path_factory):
    """One hub process with the dashboard on, and three centers' facts uploaded."""
    if request.param == "sqlite":
        dsn = sqlite_hub_url(tmp_path_factory.mktemp("city"))
    else:
        dsn = request.getfixturevalue("pg_cluster").create_database("hub_dashboard_city", template="hub_template")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DESK_HUB_DASHBOARD_PASSWORD", PASSWORD)
        hub = HubProcess(dsn).start()
    try:
        happy, happy_id = _enroll(hub.url, dsn, "幸福社区党群服务中心")
        answer = happy.upload(_happy_valley_facts())
        assert [p["kind"] for p in answer["parked"]] == ["rooms.usage_v9"]
        bright, bright_id = _enroll(hub.url, dsn, "光明社区党群服务中心")
        today = datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()
        bright.upload([_event("visits.daily", "2026-11-01 02:00:00+00:00", day="2026-10-03", purpose="consult",
                              visits=50, people=61),
                       _event("visits.daily", "2026-11-01 02:00:00+00:00", day=today, purpose="consult",
                              visits=9, people=9)])
        with hub_connection(dsn) as conn:
            # 光明 last synced 30 hours ago; 新建 never did.
            conn.execute("UPDATE center SET last_upload_at = %s WHERE id = %s",
                         (datetime.now(UTC) - timedelta(hours=30), bright_id))
            new_id, _code = auth.create_center(conn, "新建社区党群服务中心")
        yield {"url": hub.url, "dsn": dsn, "happy": happy_id, "bright": bright_id, "new": new_id}
    finally:
        hub.stop()


def _get(city, path: str, **params) -> httpx.Response:
    return httpx.get(f"{city['url']}{path}", params=params, auth=AUTH, timeout=30)


def test_the_overview_shows_each_centers_month_with_corrections_applied(city) -> None:
    response = _get(city, "/dashboard", month="2026-10")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = Figures(response.text)
    happy = page.row(city["happy"])
    assert happy["name"] == "幸福社区党群服务中心"
    assert happy["visits"] == "24", "12 (corrected) + 5 + 7; September and November left out"
    assert happy["people"] == "26", "人次, the desk's people field: 14 (corrected) + 5 + 7"
    assert happy["utilisation"] == "26.2%"  # (2 + 0 + 3.5 corrected) / 21 open hours
    assert happy["activities"] == "2"  # the 29th and 1 October 01:00; not the cancelled one, not 1 November
    assert happy["volunteer_hours"] == "3.0"  # 120 + 60 minutes: the removed line is gone
    assert happy["on_time"] == "75.0%"  # 4 resolved in October, 3 by their due time
    assert happy["parked"] == "1"
    assert happy["ago"] in ("刚刚", "1 分钟前", "2 分钟前") and "stale" not in happy
    bright = page.row(city["bright"])
    assert (bright["visits"], bright["utilisation"], bright["on_time"]) == ("50", "—", "—")
    assert bright["ago"] == "1 天前" and bright["stale"] == "超过 24 小时未同步"
    new = page.row(city["new"])
    assert new["ago"] == "从未同步" and "stale" in new and new["visits"] == "0"
    assert page.all("centers") == ["3"] and page.all("stale_centers") == ["2"]


def test_the_month_defaults_to_this_one_in_shanghai(city) -> None:
    today = datetime.now(ZoneInfo("Asia/Shanghai"))
    this_month = _get(city, "/dashboard")
    assert this_month.status_code == 200 and f"{today.year} 年 {today.month} 月" in this_month.text
    assert Figures(this_month.text).row(city["bright"])["visits"] == "9"
    assert Figures(_get(city, "/dashboard", month="2031-01").text).row(city["bright"])["visits"] == "0"


def test_centers_sort_by_any_figure_either_way(city) -> None:
    def order(sort: str) -> list[str]:
        response = _get(city, "/dashboard", month="2026-10", sort=sort)
        assert response.status_code == 200
        return Figures(response.text).all("name")

    assert order("-visits") == ["光明社区党群服务中心", "幸福社区党群服务中心", "新建社区党群服务中心"]
    assert order("visits") == ["新建社区党群服务中心", "幸福社区党群服务中心", "光明社区党群服务中心"]
    # Centers without a figure (no room open) come last whichever way.
    assert order("-utilisation")[0] == "幸福社区党群服务中心" and order("utilisation")[0] == "幸福社区党群服务中心"
    assert order("-parked")[0] == "幸福社区党群服务中心"
    bad = _get(city, "/dashboard", sort="salary")
    assert bad.status_code == 400 and "Sort by one of" in bad.text


def test_a_centers_page_shows_its_days_rooms_activities_and_requests(city) -> None:
    response = _get(city, f"/dashboard/center/{city['happy']}", month="2026-10")
    assert response.status_code == 200
    page = Figures(response.text)
    assert page.all("center_name") == ["幸福社区党群服务中心"]
    assert (page.row("2026-10-05")["visits"], page.row("2026-10-05")["people"]) == ("17", "19")
    assert page.row("2026-10-06")["visits"] == "7" and page.row("2026-09-30") == {}
    assert page.all("room") == ["党员教育室", "棋牌室"]
    assert page.all("used_hours") == ["5.5", "0.0"] and page.all("utilisation")[1:] == ["39.3%", "0.0%"]
    assert page.all("headcount") == ["35", "0"] and page.all("no_shows") == ["1", "0"]
    assert page.all("title") == ["国庆升旗仪式", "书法讲座", "重阳节敬老活动"]
    assert page.all("state") == ["已开展", "已取消", "已开展"]
    assert page.all("attended") == ["0", "0", "3"]  # 2 + 1 (corrected from 3)
    assert (page.all("volunteer_hours"), page.all("volunteer_lines")) == (["3.0"], ["2"])
    assert page.all("category") == ["政务服务", "生活服务"]
    assert page.all("accepted") == ["2", "1"] and page.all("resolved") == ["2", "2"]
    assert page.all("rate") == ["50.0%", "100.0%"]


def test_bad_months_and_unknown_centers_get_a_clear_page(city) -> None:
    for month in ("2026-13", "2026-1", "octobre", "2026-10-01", "２０２６-10"):
        response = _get(city, "/dashboard", month=month)
        assert response.status_code == 400 and "YYYY-MM" in response.text, month
        assert _get(city, f"/dashboard/center/{city['happy']}", month=month).status_code == 400
    assert _get(city, f"/dashboard/center/{uuid.uuid4()}").status_code == 404
    missing = _get(city, "/dashboard/center/not-a-center")
    assert missing.status_code == 404 and "No center has this id" in missing.text


def test_the_dashboard_needs_the_city_password(city) -> None:
    for credentials in (None, ("city", "wrong"), ("mayor", PASSWORD)):
        for path in ("/dashboard", f"/dashboard/center/{city['happy']}"):
            response = httpx.get(f"{city['url']}{path}", auth=credentials, timeout=30)
            assert response.status_code == 401, (credentials, path)
            assert response.headers["WWW-Authenticate"].startswith("Basic ")
            assert "幸福社区" not in response.text
    garbled = httpx.get(f"{city['url']}/dashboard", headers={"Authorization": "Basic %%%"}, timeout=30)
    assert garbled.status_code == 401


def test_without_a_configured_password_the_dashboard_is_off(pg_cluster, monkeypatch) -> None:
    monkeypatch.delenv("DESK_HUB_DASHBOARD_PASSWORD", raising=False)
    dsn = pg_cluster.create_database(f"hub_dashboard_off_{uuid.uuid4().hex[:8]}", template="hub_template")
    server = HubThread(dsn).start()
    try:
        response = httpx.get(f"{server.url}/dashboard", auth=("city", ""), timeout=30)
        assert response.status_code == 503 and "DESK_HUB_DASHBOARD_PASSWORD" in response.text
    finally:
        server.stop()


def test_names_from_desks_are_shown_as_text_never_as_markup(pg_cluster, monkeypatch) -> None:
    monkeypatch.setenv("DESK_HUB_DASHBOARD_PASSWORD", PASSWORD)
    dsn = pg_cluster.create_database(f"hub_dashboard_escape_{uuid.uuid4().hex[:8]}", template="hub_template")
    server = HubThread(dsn).start()
    try:
        client, center_id = _enroll(server.url, dsn, '<img src=x onerror="alert(1)">社区')
        client.upload([_event("rooms.daily", "2026-11-01 02:00:00+00:00", day="2026-10-05", room="<b>室</b>",
                              open_hours=7.0, used_hours=1.0, headcount=1, no_shows=0)])
        for path in ("/dashboard", f"/dashboard/center/{center_id}"):
            text = httpx.get(f"{server.url}{path}", params={"month": "2026-10"}, auth=AUTH, timeout=30).text
            assert "<img" not in text and "&lt;img src=x" in text
        assert "<b>室</b>" not in text and "&lt;b&gt;室&lt;/b&gt;" in text
    finally:
        server.stop()


def test_a_malformed_figure_is_parked_not_counted(pg_cluster, monkeypatch) -> None:
    monkeypatch.setenv("DESK_HUB_DASHBOARD_PASSWORD", PASSWORD)
    dsn = pg_cluster.create_database(f"hub_dashboard_bad_{uuid.uuid4().hex[:8]}", template="hub_template")
    server = HubThread(dsn).start()
    try:
        client, center_id = _enroll(server.url, dsn, "错误数据社区")
        at = "2026-11-01 02:00:00+00:00"
        answer = client.upload([
            _event("visits.daily", at, day="2026-10-07", purpose="consult", visits="many", people=1),
            _event("visits.daily", at, day="2026-10-32", purpose="consult", visits=1, people=1),
            _event("visits.daily", at, day="2026-10-08", purpose="consult", visits=4, people=4),
            _event("services.request", at, request_id=9, category="x", accepted_at="yesterday", due_at=None,
                   resolved_at=None)])
        reasons = [p["reason"] for p in answer["parked"]]
        assert reasons == ["the payload's visits is not valid", "the payload's day is not valid",
                           "the payload's accepted_at is not valid"]
        # NaN is JSON to Python (an old or foreign client may send it) but PostgreSQL cannot
        # store it: that event is parked, the others of its batch go in.
        body = json.dumps({"events": [_event("roster.whereabouts", at, staff_id=1, status="外出", at=at,
                                             minutes=float("nan")),
                                      _event("roster.whereabouts", at, staff_id=2, status="在岗", at=at)]})
        answer = httpx.post(f"{server.url}/v1/upload", content=body, timeout=30, headers={
            "Authorization": f"Bearer {client._bearer()}", "X-Desk-Protocol": "2",
            "Content-Type": "application/json"}).json()
        assert answer["applied"] == 1
        assert [p["reason"] for p in answer["parked"]] == [
            "the payload holds a number JSON cannot carry (NaN or infinity)"]
        assert client.retry_parked()["accepted"] == []
        response = httpx.get(f"{server.url}/dashboard", params={"month": "2026-10"}, auth=AUTH, timeout=30)
        figures = Figures(response.text).row(center_id)
        assert (figures["visits"], figures["parked"]) == ("4", "4")
    finally:
        server.stop()
