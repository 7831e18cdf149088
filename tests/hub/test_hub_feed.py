"""The download feed never skips a row, whatever order writers commit in, and a cursor
the feed no longer keeps gets a snapshot."""

from __future__ import annotations

import random
import threading
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desk.sync.client import FeedTooOld, HubClient
from hub import auth, feed
from hub.testing import HubThread, hub_connection


def _reader(dsn: str, center_id: str):
    """Reads pages like a desk does, remembering its cursor; returns all keys seen."""
    state = {"cursor": "", "seen": []}

    def read() -> list[str]:
        with psycopg.connect(dsn, autocommit=True) as conn:
            while True:
                page = feed.read_page(conn, center_id, state["cursor"], 2)
                state["cursor"] = page["cursor"]
                state["seen"].extend(item["key"] for item in page["items"])
                if not page["more"]:
                    return state["seen"]
    return read


def _naive_read(conn: psycopg.Connection, after: int) -> list[tuple[int, str]]:
    """What a plain sequence cursor would serve: pos > cursor, committed rows only."""
    return conn.execute("SELECT pos, key FROM feed WHERE pos > %s ORDER BY pos", (after,)).fetchall()


def test_a_transaction_committing_after_a_later_one_is_not_skipped(hub_dsn) -> None:
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        center_id, _ = auth.create_center(conn, "幸福社区")
    read = _reader(hub_dsn, center_id)
    slow = psycopg.connect(hub_dsn)  # A: takes its sequence number first, commits last
    fast = psycopg.connect(hub_dsn)
    observer = psycopg.connect(hub_dsn, autocommit=True)
    try:
        feed.publish(slow, "announcement", "A", {"title": "slow"})
        feed.publish(fast, "announcement", "B", {"title": "fast"})
        fast.commit()
        # The trap: a sequence cursor serves B (pos 2) now and moves past pos 1 for ever.
        naive = _naive_read(observer, 0)
        assert [key for _pos, key in naive] == ["B"]
        naive_cursor = naive[-1][0]
        # Our reader holds B back while A, which started earlier, may still commit.
        assert read() == []
        slow.commit()
        assert [key for _pos, key in _naive_read(observer, naive_cursor)] == [], "the naive cursor lost A"
        assert read() == ["A", "B"]
        assert read() == ["A", "B"], "nothing is served twice"
    finally:
        for conn in (slow, fast, observer):
            conn.close()


def test_many_writers_committing_in_random_order_lose_nothing(hub_dsn) -> None:
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        center_id, _ = auth.create_center(conn, "幸福社区")
    read = _reader(hub_dsn, center_id)
    rng = random.Random(7)
    writers = [psycopg.connect(hub_dsn) for _ in range(6)]
    written: list[str] = []
    try:
        for round_number in range(5):
            open_ones = []
            for index, conn in enumerate(writers):
                key = f"r{round_number}-w{index}"
                feed.publish(conn, "announcement", key, {"title": key})
                written.append(key)
                open_ones.append(conn)
            rng.shuffle(open_ones)
            for conn in open_ones:
                conn.commit()
                read()  # the desk reads between every pair of commits
        seen = read()
    finally:
        for conn in writers:
            conn.close()
    assert sorted(seen) == sorted(written) and len(seen) == len(set(seen))


def test_concurrent_threads_publishing_while_a_desk_reads(hub_dsn) -> None:
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        center_id, _ = auth.create_center(conn, "幸福社区")
    read = _reader(hub_dsn, center_id)
    written: list[str] = []
    lock = threading.Lock()

    def writer(name: str) -> None:
        with psycopg.connect(hub_dsn) as conn:
            for number in range(40):
                key = f"{name}-{number}"
                feed.publish(conn, "announcement", key, {"title": key})
                conn.execute("SELECT pg_sleep(%s)", (random.random() / 500,))
                conn.commit()
                with lock:
                    written.append(key)

    threads = [threading.Thread(target=writer, args=(f"t{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        read()
    for thread in threads:
        thread.join()
    seen = read()
    assert sorted(seen) == sorted(written) and len(seen) == 160


def test_a_center_sees_common_items_and_its_own_not_another_centers(hub_dsn) -> None:
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        mine, _ = auth.create_center(conn, "甲")
        other, _ = auth.create_center(conn, "乙")
        feed.publish(conn, "announcement", "all", {"title": "全体"})
        feed.publish(conn, "rooms.upstream_booking", "b1", {"room": "书画室"}, center_id=mine)
        feed.publish(conn, "rooms.upstream_booking", "b2", {"room": "棋牌室"}, center_id=other)
    assert _reader(hub_dsn, mine)() == ["all", "b1"]


@pytest.fixture
def any_hub(any_hub_dsn):
    """A hub on loopback on PostgreSQL and on the SQLite trial hub."""
    server = HubThread(any_hub_dsn).start()
    yield server, any_hub_dsn
    server.stop()


def test_a_trimmed_feed_answers_410_and_the_snapshot_holds_the_newest_live_items(any_hub) -> None:
    hub_server, hub_dsn = any_hub
    with hub_connection(hub_dsn) as conn:
        _center_id, code = auth.create_center(conn, "幸福社区")
    client = HubClient(hub_server.url)
    client.enroll(code, Ed25519PrivateKey.generate(), "pc")
    with hub_connection(hub_dsn) as conn:
        feed.publish(conn, "announcement", "a1", {"title": "v1"})
        old_cursor = client.feed("", 10)["cursor"]
        feed.publish(conn, "announcement", "a1", {"title": "v2"})
        feed.publish(conn, "announcement", "a2", {"title": "gone"})
        feed.publish(conn, "announcement", "a2", {}, deleted=True)
        feed.publish(conn, "announcement", "a3", {"title": "kept"})
        conn.execute("UPDATE feed SET created_at = %s", (datetime.now(UTC) - timedelta(days=100),))
        assert feed.trim(conn, 90) == 3  # a1 v1, a2 and its tombstone
    with pytest.raises(FeedTooOld):
        client.feed(old_cursor, 10)
    page = client.snapshot("", ("", ""), 1)
    assert [i["key"] for i in page["items"]] == ["a1"] and page["items"][0]["payload"] == {"title": "v2"}
    rest = client.snapshot(page["bound"], ("announcement", "a1"), 10)
    assert [i["key"] for i in rest["items"]] == ["a3"] and not rest["more"]
    assert client.feed(rest["resume_cursor"], 10)["items"] == []
    with hub_connection(hub_dsn) as conn:
        feed.publish(conn, "announcement", "a4", {"title": "after the snapshot"})
    assert [i["key"] for i in client.feed(rest["resume_cursor"], 10)["items"]] == ["a4"]
