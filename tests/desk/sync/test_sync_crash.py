"""kill -9 of a real desk process at each point of the upload and download paths: the
next run ends with the hub holding every event exactly once and nothing pending."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from desk.sync.outbox import emit
from desk.sync.service import open_sync
from hub import auth, feed

ROOT = Path(__file__).resolve().parents[3]
DESK = "import sys; from desk.cli import run; sys.exit(run(sys.argv[1:]))"


def _desk(data_dir: Path, *args: str, failpoint: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("DESK_SYNC_FAILPOINT", None)
    if failpoint:
        env["DESK_SYNC_FAILPOINT"] = failpoint
    return subprocess.run([sys.executable, "-c", DESK, "--data-dir", str(data_dir), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
@pytest.mark.parametrize("failpoint", ["before_send:2", "after_hub_commit:2", "mid_trim:2", "mid_download:1"])
def test_a_desk_killed_mid_sync_loses_and_duplicates_nothing(failpoint, center_ctx, admin, data_dir,
                                                             hub_server, hub_dsn) -> None:
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        center_id, code = auth.create_center(conn, "幸福社区")
        feed.publish(conn, "announcement", "n1", {"title": "通知", "published_at": "2026-11-20T08:00:00+00:00"})
        feed.publish(conn, "services.catalogue", "v1", {"version": "1", "items": []})
    sync = open_sync(center_ctx)
    sync.enroll(admin, hub_server.url, code)
    sync.close()
    with center_ctx.store.write() as session:
        ids = [emit(session, "roster.whereabouts", {"staff_id": n, "name": "张三", "status": "外出", "at": "x"}).id
               for n in range(1300)]

    killed = _desk(data_dir, "sync", "--once", failpoint=failpoint)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    again = _desk(data_dir, "sync", "--once")
    assert again.returncode == 0, again.stderr

    with psycopg.connect(hub_dsn) as conn:
        stored = [row[0] for row in conn.execute(
            "SELECT event_id FROM event WHERE center_id = %s ORDER BY seq", (center_id,))]
    assert stored == ids, "every event on the hub once, in order"
    status = open_sync(center_ctx).status()
    assert status.pending == 0 and status.last_error == ""
    assert status.announcements == 1 and status.waiting_items == 0 and status.failed_items == ()
    if failpoint.startswith(("after_hub_commit", "mid_trim")):
        # The hub had committed the batch the desk never recorded: the re-send was harmless.
        assert int(re.search(r"(\d+) already there", again.stdout).group(1)) == 500
