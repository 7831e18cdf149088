"""The trial hub on one SQLite file: `desk-hub serve` with no database given, a desk's
whole round (enroll, upload, park, download, apply) against it, the feed read while
several threads publish, and its schema kept in step with the
PostgreSQL one. (The upload, dashboard, city API, fuzz and trimmed-feed tests also run
on SQLite: see any_hub_dsn in tests/hub_fixtures.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desk.sync.client import HubClient
from desk.sync.outbox import emit
from desk.sync.service import open_sync
from hub import auth, feed
from hub.db import MIGRATIONS, migration_files
from hub.sqlite import MIGRATIONS as SQLITE_MIGRATIONS
from hub.sqlite import SqliteConnection, moment_text, sqlite_path, translate
from hub.testing import HubThread, free_port, hub_connection, sqlite_hub_url, wait_healthy

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def trial(tmp_path):
    url = sqlite_hub_url(tmp_path)
    server = HubThread(url).start()
    yield url, server
    server.stop()


def test_every_postgresql_migration_has_its_sqlite_counterpart() -> None:
    assert [v for v, _ in migration_files(MIGRATIONS)] == [v for v, _ in migration_files(SQLITE_MIGRATIONS)]


def test_postgresql_flavoured_sql_is_read_the_sqlite_way() -> None:
    assert translate("SELECT id::text FROM center WHERE id = %s::uuid FOR UPDATE") == \
        "SELECT id FROM center WHERE id = ?"
    assert translate("SELECT 1 WHERE a = %(center)s AND b = ANY(%(ids)s::text[])") == \
        "SELECT 1 WHERE a = :center AND b = ANY(:ids)"
    # Moments are stored in one shape whatever the offset they came with, so text order is time order.
    assert moment_text(datetime(2026, 11, 21, 8, 0, tzinfo=UTC)) == "2026-11-21 08:00:00.000000+00:00"
    east = datetime.fromisoformat("2026-11-21T09:00:00+08:00")
    assert moment_text(east) < moment_text(datetime(2026, 11, 21, 1, 0, 1, tzinfo=UTC))


def test_a_sqlite_url_names_a_relative_or_an_absolute_file() -> None:
    assert sqlite_path("sqlite:///hub.sqlite3") == Path("hub.sqlite3")
    assert sqlite_path("sqlite:////srv/hub/hub.sqlite3") == Path("/srv/hub/hub.sqlite3")
    assert sqlite_path("host=/tmp port=5432 dbname=hub") is None
    with pytest.raises(ValueError, match="sqlite:///"):
        sqlite_path("sqlite://hub.sqlite3")


def test_serve_without_a_database_starts_a_trial_hub_in_the_users_data_folder(tmp_path) -> None:
    port = free_port()
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path))
    env.pop("HUB_DATABASE_URL", None)
    server = subprocess.Popen([sys.executable, "-m", "hub", "serve", "--port", str(port)], cwd=ROOT, env=env,
                              stderr=subprocess.PIPE, text=True)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", process=server)
        code = subprocess.run([sys.executable, "-m", "hub", "enroll", "--center", "幸福社区"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60, check=True).stdout.split()[-1]
        client = HubClient(f"http://127.0.0.1:{port}")
        assert client.enroll(code, Ed25519PrivateKey.generate(), "pc")["center_name"] == "幸福社区"
    finally:
        server.terminate()
        _out, err = server.communicate(timeout=30)
    assert "trial hub" in err and "SQLite" in err
    assert list((tmp_path / "data").rglob("hub.sqlite3")), "the trial database lives in the data folder"
    several = subprocess.run([sys.executable, "-m", "hub", "serve", "--workers", "2"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=60)
    assert several.returncode != 0 and "one process" in several.stderr


def test_a_desk_syncs_with_a_trial_hub_both_ways(trial, center_ctx, admin) -> None:
    url, server = trial
    with hub_connection(url) as conn:
        center_id, code = auth.create_center(conn, "幸福社区")
        feed.publish(conn, "announcement", "n1", {"title": "关于元旦值班的通知", "body": "请各中心安排值班。",
                                                  "published_at": "2026-11-20T08:00:00+00:00"})
    sync = open_sync(center_ctx)
    try:
        sync.enroll(admin, server.url, code)
        with center_ctx.store.write() as session:
            for n in range(1200):
                emit(session, "roster.whereabouts", {"staff_id": n, "name": "张三", "status": "外出",
                                                     "at": "2026-11-20T08:00:00+00:00"})
            emit(session, "rooms.usage_v9", {"room": "党员教育室"})  # a kind this hub does not know
        report = sync.sync_once()
        assert report.upload.sent == 1201 and len(report.upload.parked) == 1
        assert sync.status().pending == 0 and len(sync.status().parked) == 1
        assert [a.title for a in sync.announcements()] == ["关于元旦值班的通知"]
        with hub_connection(url) as conn:
            stored = conn.execute("SELECT count(*), count(DISTINCT event_id) FROM event WHERE center_id = %s",
                                  (center_id,)).fetchone()
            names = {json.loads(row[0])["name"] for row in conn.execute(
                "SELECT json(payload) FROM event WHERE kind = 'roster.whereabouts'")}
            conn.execute("INSERT INTO accepted_kind (kind, required) VALUES (%s, %s)", ("rooms.usage_v9", ["room"]))
        assert tuple(stored) == (1200, 1200) and names == {"张*"}, "masked names only, each event once"
        assert sync.retry_parked(admin).value == 1 and sync.status().parked == ()
        assert sync.sync_once().upload.sent == 0, "nothing twice"
        assert httpx.get(f"{server.url}/healthz").json() == {"status": "ok"}
    finally:
        sync.close()


def test_the_feed_never_skips_a_row_while_threads_publish(tmp_path) -> None:
    url = sqlite_hub_url(tmp_path)
    with hub_connection(url) as conn:
        center_id, _ = auth.create_center(conn, "幸福社区")
    written: list[str] = []
    lock = threading.Lock()

    def writer(name: str) -> None:
        conn = SqliteConnection(Path(url.removeprefix("sqlite:///")))
        try:
            for number in range(40):
                key = f"{name}-{number}"
                with conn.transaction():
                    feed.publish(conn, "announcement", key, {"title": key})
                with lock:
                    written.append(key)
        finally:
            conn.close()

    seen: list[str] = []
    cursor = ""

    def read() -> None:
        nonlocal cursor
        with hub_connection(url) as conn:
            while True:
                page = feed.read_page(conn, center_id, cursor, 3)
                cursor = page["cursor"]
                seen.extend(item["key"] for item in page["items"])
                if not page["more"]:
                    return

    threads = [threading.Thread(target=writer, args=(f"t{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        read()
    for thread in threads:
        thread.join()
    read()
    assert sorted(seen) == sorted(written) and len(seen) == 160
