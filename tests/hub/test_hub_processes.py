"""Two real hub processes (`python -m hub serve`) on one database, desks uploading to
both at once and re-sending: every event is stored exactly once."""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid
from pathlib import Path

import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desk.sync.client import HubClient
from hub.testing import HubProcess

ROOT = Path(__file__).resolve().parents[2]


def _create_center(dsn: str, name: str) -> str:
    done = subprocess.run([sys.executable, "-m", "hub", "--db", dsn, "create-center", "--name", name],
                          cwd=ROOT, capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.split("code ")[1].strip()


@pytest.mark.slow
def test_two_hub_processes_share_one_database(hub_dsn) -> None:
    hubs = [HubProcess(hub_dsn).start(), HubProcess(hub_dsn).start()]
    try:
        desks = []
        for number in range(4):
            code = _create_center(hub_dsn, f"社区{number}")
            key = Ed25519PrivateKey.generate()
            enrolled = HubClient(hubs[number % 2].url)
            enrolled.enroll(code, key, f"pc-{number}")
            # The same desk talks to both hubs: a token from one is good at the other.
            desks.append([HubClient(hub.url, enrolled.device_id, key) for hub in hubs])
        errors: list[BaseException] = []

        def upload(clients: list[HubClient]) -> None:
            try:
                events = [{"seq": seq, "id": str(uuid.uuid4()), "kind": "roster.whereabouts",
                           "payload": {"staff_id": seq, "status": "外出", "at": "x"},
                           "created_at": "2026-11-20T08:00:00+00:00"} for seq in range(1, 1001)]
                for start in range(0, 1000, 200):
                    batch = events[start:start + 200]
                    clients[0].upload(batch)
                    assert clients[1].upload(batch)["duplicates"] == 200  # the re-send, elsewhere
            except BaseException as error:  # noqa: BLE001 - reported by the main thread
                errors.append(error)

        threads = [threading.Thread(target=upload, args=(clients,)) for clients in desks]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert not errors, errors
        with psycopg.connect(hub_dsn) as conn:
            per_center = conn.execute("SELECT count(*), count(DISTINCT event_id), max(c.last_seq) FROM event e "
                                      "JOIN center c ON c.id = e.center_id GROUP BY e.center_id").fetchall()
        assert per_center == [(1000, 1000, 1000)] * 4
    finally:
        for hub in hubs:
            hub.stop()


def test_enroll_gives_a_code_for_a_center_by_name_and_never_a_second_center(hub_dsn) -> None:
    def enroll(name: str) -> list[str]:
        done = subprocess.run([sys.executable, "-m", "hub", "--db", hub_dsn, "enroll", "--center", name],
                              cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    first = enroll("幸福社区党群服务中心")
    again = enroll("幸福社区党群服务中心")
    assert first[2] == "(new)" and again[2] == "code", "the second code is for the same center"
    assert first[1] == again[1] and first[-1] != again[-1]
    with psycopg.connect(hub_dsn) as conn:
        assert conn.execute("SELECT count(*) FROM center").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM enrollment_code WHERE center_id = %s",
                            (first[1],)).fetchone()[0] == 2
    blank = subprocess.run([sys.executable, "-m", "hub", "--db", hub_dsn, "enroll", "--center", "  "],
                           cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert blank.returncode != 0 and "center's name" in blank.stderr
