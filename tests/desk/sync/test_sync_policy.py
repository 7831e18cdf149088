"""What leaves the PC: phones dropped, names masked, private contacts never, visits only
counted; checked on the payloads and again on what the hub actually stored."""

from __future__ import annotations

import psycopg

from desk.center.settings import Settings
from desk.sync.policy import SyncPolicy
from desk.sync.outbox import emit
from desk.sync.service import open_sync
from hub import auth

STAFF = {"staff_id": 3, "name": "张小明", "kind": "volunteer", "title": "志愿者",
         "public_phone": "010-88886666", "private_phone": "13912345678", "active_from": "2026-01-01"}


def test_by_default_no_phone_leaves_and_names_are_masked() -> None:
    out = SyncPolicy().prepare("roster.staff", STAFF)
    assert out == {"staff_id": 3, "name": "张*明", "kind": "volunteer", "title": "志愿者",
                   "active_from": "2026-01-01"}


def test_phone_numbers_inside_free_text_are_blanked_but_ids_are_not() -> None:
    payload = {"post_id": 7, "name": "咨询接待", "duties": "有事请拨13912345678或0571-87654321",
               "upstream_id": "01912345678abcdef"}
    out = SyncPolicy().prepare("roster.post", payload)
    assert out["duties"] == "有事请拨***或***" and out["name"] == "咨询接待"  # a post's name is not a person
    assert out["upstream_id"] == payload["upstream_id"]


def test_nested_person_names_are_masked() -> None:
    day = {"day": "2026-11-20", "duties": [{"post": "咨询接待", "staff": "欧阳娜娜"}]}
    assert SyncPolicy().prepare("roster.day", day)["duties"][0] == {"post": "咨询接待", "staff": "欧**娜"}


def test_settings_can_send_public_phones_and_full_names_but_never_private_contacts() -> None:
    policy = SyncPolicy.from_settings(Settings.decode({"sync_phones": "true", "sync_names": '"full"'}))
    out = policy.prepare("roster.staff", STAFF)
    assert out["public_phone"] == "010-88886666" and out["name"] == "张小明"
    assert "private_phone" not in out
    none = SyncPolicy.from_settings(Settings.decode({"sync_names": '"none"'})).prepare("roster.staff", STAFF)
    assert "name" not in none


def test_visit_rows_never_leave_and_counts_follow_the_setting() -> None:
    default = SyncPolicy()
    assert default.prepare("visits.visit", {"id": "x", "name": "张三"}) is None
    assert default.prepare("visits.daily", {"day": "2026-11-20", "purpose": "consult", "visits": 3,
                                            "people": 4}) is not None
    off = SyncPolicy.from_settings(Settings.decode({"sync_visits": '"off"'}))
    assert off.prepare("visits.daily", {"day": "2026-11-20"}) is None
    withheld = SyncPolicy.from_settings(Settings.decode({"sync_withheld_kinds": '["roster.whereabouts"]'}))
    assert withheld.prepare("roster.whereabouts", {"staff_id": 1}) is None


def test_the_hub_stores_only_what_the_policy_lets_out(center_ctx, admin, hub_server, hub_dsn) -> None:
    with psycopg.connect(hub_dsn, autocommit=True) as conn:
        _center, code = auth.create_center(conn, "幸福社区")
    sync = open_sync(center_ctx)
    sync.enroll(admin, hub_server.url, code)
    # A careless service that put a private phone and a resident's phone into an event:
    with center_ctx.store.write() as session:
        emit(session, "roster.staff", STAFF)
        emit(session, "services.resource", {"unit": "卫生服务站", "title": "义诊", "contact": "李医生",
                                            "phone": "13800001111", "description": "电话13800001111"})
        emit(session, "roster.whereabouts", {"staff_id": 3, "name": "王五", "status": "外出", "at": "x"})
    center_ctx.center.set_setting(admin, "sync_withheld_kinds", ["roster.whereabouts"])
    report = sync.sync_once()
    assert report.upload.sent == 2 and report.upload.withheld == 1
    with psycopg.connect(hub_dsn) as conn:
        stored = "".join(row[0] for row in conn.execute("SELECT payload::text FROM event"))
        kinds = sorted(row[0] for row in conn.execute("SELECT kind FROM event"))
    assert kinds == ["roster.staff", "services.resource"]
    for secret in ("13912345678", "13800001111", "010-88886666", "张小明", "李医生", "王五"):
        assert secret not in stored
    assert "张*明" in stored and "李*" in stored
    assert sync.status().pending == 0, "a withheld event is acknowledged locally, not left pending"
    sync.close()


def test_a_figure_that_is_not_a_number_is_queued_as_null_so_it_can_always_be_sent(center_ctx) -> None:
    import json

    from desk.sync.outbox import emit

    with center_ctx.store.write() as session:
        event = emit(session, "rooms.daily", {"day": "2026-11-20", "room": "书画室", "used_hours": float("nan"),
                                              "rates": [1.5, float("inf")], "nested": {"x": float("-inf")}})
    payload = json.loads(event.payload)
    assert payload["used_hours"] is None and payload["rates"] == [1.5, None] and payload["nested"]["x"] is None
