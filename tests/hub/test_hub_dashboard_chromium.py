"""The dashboard in a real browser: headless Chromium loads the pages from a hub on
loopback (signing in with the city password) and shows the center and its figures."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desk.sync.client import HubClient
from hub import auth
from hub.testing import HubThread

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="the chromium binary is not installed "
                                                         "(the Makefile's system packages add it)")
PASSWORD = "city-dashboard-pass-1"
AT = "2026-11-01 02:00:00+00:00"


def _event(seq: int, kind: str, **payload) -> dict:
    return {"seq": seq, "id": str(uuid.uuid4()), "kind": kind, "payload": payload, "created_at": AT}


@pytest.fixture
def hub_with_a_center(pg_cluster, monkeypatch):
    monkeypatch.setenv("DESK_HUB_DASHBOARD_PASSWORD", PASSWORD)
    dsn = pg_cluster.create_database(f"hub_chromium_{uuid.uuid4().hex[:8]}", template="hub_template")
    server = HubThread(dsn).start()
    try:
        with psycopg.connect(dsn, autocommit=True) as conn:
            center_id, code = auth.create_center(conn, "幸福社区党群服务中心")
        client = HubClient(server.url)
        client.enroll(code, Ed25519PrivateKey.generate(), "pc-1")
        client.upload([
            _event(1, "visits.daily", day="2026-10-05", purpose="consult", visits=321, people=400),
            _event(2, "rooms.daily", day="2026-10-05", room="党员教育室", room_id=1, open_hours=8.0, used_hours=2.0,
                   headcount=30, bookings=2, no_shows=0),
            _event(3, "activities.activity", id=1, title="重阳节敬老活动", place="党员教育室",
                   starts_at="2026-10-29T02:00:00+00:00", state="open")])
        yield server, center_id
    finally:
        server.stop()


def _chromium(tmp_path: Path, *args: str) -> str:
    done = subprocess.run(
        [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_chromium_shows_the_centers_figures(hub_with_a_center, tmp_path) -> None:
    server, center_id = hub_with_a_center
    signed_in = server.url.replace("http://", f"http://city:{PASSWORD}@")
    dom = _chromium(tmp_path, "--dump-dom", f"{signed_in}/dashboard?month=2026-10")
    assert "幸福社区党群服务中心" in dom
    assert '<td data-figure="visits">321</td>' in dom
    assert '<td data-figure="utilisation">25.0%</td>' in dom
    assert '<td data-figure="activities">1</td>' in dom
    detail = _chromium(tmp_path, "--dump-dom", f"{signed_in}/dashboard/center/{center_id}?month=2026-10")
    assert '<h1 data-figure="center_name">幸福社区党群服务中心</h1>' in detail
    assert "重阳节敬老活动" in detail and '<td data-figure="used_hours">2.0</td>' in detail
    shot = tmp_path / "dashboard.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,800", f"{signed_in}/dashboard?month=2026-10")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_chromium_without_the_password_sees_no_figures(hub_with_a_center, tmp_path) -> None:
    server, _center_id = hub_with_a_center
    dom = _chromium(tmp_path, "--dump-dom", f"{server.url}/dashboard?month=2026-10")
    assert "幸福社区党群服务中心" not in dom and "321" not in dom
