"""What the city publishes on a real hub reaches the desk's services: the standard catalogue,
resource lists, and bookings and sign-ups made in the mini-program; twice is once, a refused
item says why without holding the others back, and a crash before marking is harmless."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
import time_machine
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, update
from sqlmodel import select

from db.tables import AuditEntry, Booking, Center, OutboxEvent, ServiceItem, SharedResource, Signup, SyncReceived
from desk.passes.codec import PassClaims, PassKind, encode
from desk.rooms.activity_rows import ActivityForm
from desk.rooms.forms import BookingDetails, BookingForm
from desk.rooms.rooms import RoomForm
from desk.services.items import ItemForm
from desk.sync.protocol import b64
from desk.sync.service import open_sync
from hub import auth
from hub.__main__ import main as hub_cli

ROOT = Path(__file__).resolve().parents[3]
MONDAY_0800 = datetime(2026, 11, 16, 0, 0, tzinfo=UTC)  # 08:00 in Shanghai
TUESDAY = date(2026, 11, 17)
MINI_KEY_ID = 4242  # the city mini-program's signing key, trusted through the feed
CATALOGUE = {"version": "2027.1", "items": [
    {"code": "ZW-001", "category": "政务服务", "name": "社保卡申领", "materials": "身份证", "time_limit": "5个工作日"},
    {"code": "FL-001", "category": "法律服务", "name": "法律援助申请", "time_limit": "3个工作日"},
    {"code": "SH-001", "category": "生活服务", "name": "城市版居住证明"},  # the center's own code
]}
RESOURCES = {"version": "1", "title": "2027年3月资源清单", "items": [
    {"category": "服务下沉", "unit": "市人民医院", "title": "专家义诊", "contact": "李医生", "phone": "0571-87654321"},
    {"category": "资金倾斜", "unit": "市民政局", "title": "社区微改造资金", "description": "最高5万元"}]}


def publish(dsn: str, kind: str, key: str, payload: dict | None = None, *, center: str | None = None,
            deleted: bool = False, file: Path | None = None) -> None:
    """As the city administrator does: through the hub's command line."""
    args = ["--db", dsn, "publish", "--kind", kind, "--key", key]
    args += ["--file", str(file)] if file else ["--json", json.dumps(payload or {}, ensure_ascii=False)]
    args += ["--center", center] if center else []
    args += ["--deleted"] if deleted else []
    assert hub_cli(args) == 0


class City:
    """The hub, a desk enrolled with it, and the mini-program's signing key."""

    def __init__(self, ctx, admin, hub_url: str, dsn: str) -> None:  # noqa: ANN001
        self.ctx, self.admin, self.dsn = ctx, admin, dsn
        with psycopg.connect(dsn, autocommit=True) as conn:
            self.center_id, code = auth.create_center(conn, "幸福社区党群服务中心")
        self.sync = open_sync(ctx)
        self.sync.enroll(admin, hub_url, code)
        self.key = Ed25519PrivateKey.generate()
        publish(dsn, "passes.trusted_key", str(MINI_KEY_ID),
                {"key_id": MINI_KEY_ID, "public_key": b64(self.key.public_key().public_bytes_raw())})

    def at(self, day: date, hhmm: str) -> datetime:
        return self.ctx.clock.at(day, hhmm)

    def signed(self, kind: PassKind, serial: int, valid_from: datetime, valid_until: datetime) -> str:
        with self.ctx.store.read() as session:
            center = session.exec(select(Center)).first().pass_center_id
        return encode(PassClaims(kind=kind, serial=serial, center_id=center, valid_from=valid_from,
                                 valid_until=valid_until, key_id=MINI_KEY_ID), self.key)

    def booking(self, key: str, room_id: int, day: date, start: str, end: str, *, signed: int | None = None,
                **fields) -> str:
        starts_at, ends_at = self.at(day, start), self.at(day, end)
        payload = {"room_id": room_id, "starts_at": starts_at.isoformat(), "ends_at": ends_at.isoformat(),
                   "booker_name": "陈小红", "contact_phone": "13900001111", "headcount": 2, **fields}
        if signed is not None:
            payload["pass"] = self.signed(PassKind.BOOKING, signed, starts_at - timedelta(minutes=30), ends_at)
        publish(self.dsn, "rooms.upstream_booking", key, payload, center=self.center_id)
        return payload.get("pass", "")

    def room(self, name: str, **fields) -> int:
        return self.ctx.rooms.create(self.admin, RoomForm(name=name, capacity=20, **fields)).value.id


def booked(ctx, upstream_id: str):  # noqa: ANN001, ANN201
    with ctx.store.read() as session:
        row = session.exec(select(Booking).where(Booking.upstream_id == upstream_id)).one()
    return ctx.bookings.get(row.id)


def footprint(ctx) -> dict[str, object]:  # noqa: ANN001
    """Everything an apply could change, counted."""
    with ctx.store.read() as session:
        def count(table) -> int:  # noqa: ANN001
            return session.exec(select(func.count()).select_from(table)).one()
        return {"bookings": sorted((b.upstream_id or "", b.state, b.pass_serial or 0) for b in session.exec(
                    select(Booking))),
                "signups": sorted((s.upstream_id or "", s.state) for s in session.exec(select(Signup))),
                "items": count(ServiceItem), "resources": count(SharedResource), "audit": count(AuditEntry),
                # The outbox is trimmed once the hub has the events; its last seq counts them all.
                "events": session.exec(select(func.max(OutboxEvent.seq))).one(),
                "catalogue": ctx.catalogue.version().number if ctx.catalogue.version() else None}


@pytest.fixture
def city(center_ctx, admin, hub_server, hub_dsn):
    with time_machine.travel(MONDAY_0800, tick=False) as traveller:
        world = City(center_ctx, admin, hub_server.url, hub_dsn)
        world.traveller = traveller
        yield world
        world.sync.close()


def test_the_city_catalogue_arrives_once_and_the_centers_own_items_stay(city, tmp_path) -> None:
    ctx = city.ctx
    category = ctx.catalogue.save_category(city.admin, "生活服务").value.id
    ctx.catalogue.save_item(city.admin, ItemForm(code="SH-001", category_id=category, name="居住证明开具",
                                                 place="一楼服务大厅"))
    source = tmp_path / "catalogue.json"
    source.write_text(json.dumps(CATALOGUE, ensure_ascii=False), encoding="utf-8")
    publish(city.dsn, "services.catalogue", "standard", file=source)
    report = city.sync.sync_once()
    assert (report.applied.applied, report.applied.failed) == (2, 0)  # the trusted key and the catalogue
    items = {i.code: i for i in ctx.catalogue.items()}
    assert (items["ZW-001"].name, items["ZW-001"].origin, items["ZW-001"].time_limit) == ("社保卡申领", "city", "5个工作日")
    assert items["FL-001"].category == "法律服务"
    assert (items["SH-001"].name, items["SH-001"].origin, items["SH-001"].place) == ("居住证明开具", "center", "一楼服务大厅")
    status = city.sync.status()
    assert (status.waiting_items, status.failed_items) == (0, ())
    before = footprint(ctx)

    publish(city.dsn, "services.catalogue", "standard", file=source)  # the same catalogue again
    again = city.sync.sync_once()
    assert again.download.received == 1 and again.applied.applied == 1
    assert footprint(ctx) == before, "no new catalogue version, audit line or event to send up"
    now = {i.code: (i.name, i.origin, i.active) for i in ctx.catalogue.items(include_retired=True)}
    assert now == {code: (i.name, i.origin, i.active) for code, i in items.items()}


def test_a_resource_list_arrives_once_per_version_and_a_withdrawal_switches_it_off(city) -> None:
    ctx = city.ctx
    publish(city.dsn, "resources.list", "2027-03", RESOURCES)
    city.sync.sync_once()
    shown = {r.title: (r.unit, r.description, r.active) for r in ctx.resources.list(include_inactive=True)}
    assert shown == {"专家义诊": ("市人民医院", "【服务下沉】", True), "社区微改造资金": ("市民政局", "【资金倾斜】最高5万元", True)}
    before = footprint(ctx)
    publish(city.dsn, "resources.list", "2027-03", RESOURCES)  # re-sent unchanged
    assert city.sync.sync_once().applied.applied == 1 and footprint(ctx) == before
    publish(city.dsn, "resources.list", "2027-03", deleted=True)
    city.sync.sync_once()
    assert ctx.resources.list() == [] and len(ctx.resources.list(include_inactive=True)) == 2


def test_mini_program_bookings_arrive_and_their_passes_scan(city, receptionist) -> None:
    ctx = city.ctx
    calligraphy = city.room("书画室")
    approved = city.room("谈心谈话室", needs_approval=True, hold_pending_minutes=60)
    ctx.bookings.book(receptionist, _form(city, calligraphy, "16:00", "17:00", "书法班"))
    signed = city.booking("mp-1", calligraphy, TUESDAY, "14:00", "15:30", signed=880001, title="读书会")
    city.booking("mp-2", calligraphy, TUESDAY, "10:00", "11:00")  # no pass: the desk issues one
    city.booking("mp-3", calligraphy, TUESDAY, "16:30", "17:30", title="合唱")  # clashes with 书法班
    city.booking("mp-4", approved, TUESDAY, "09:00", "10:00")
    report = city.sync.sync_once()
    assert (report.applied.applied, report.applied.failed) == (4, 1), "the clash holds back nothing"

    first, second, clash, waiting = (booked(ctx, f"mp-{n}") for n in (1, 2, 3, 4))
    assert (first.source, first.state, first.title, first.pass_serial) == ("upstream", "confirmed", "读书会", 880001)
    assert second.state == "confirmed" and second.pass_serial is not None
    assert clash.state == "rejected" and "书法班" in clash.state_reason
    assert waiting.state == "pending", "the hub's feed does not approve bookings for the room's approver"
    failed = city.sync.status().failed_items
    assert len(failed) == 1 and failed[0].startswith("rooms.upstream_booking mp-3: The booking was kept as rejected")
    assert "书法班" in failed[0]

    city.traveller.move_to(city.at(TUESDAY, "09:35"))
    desk_pass = ctx.booking_checkin.issue_pass(receptionist, second.id).value.payload
    assert ctx.booking_checkin.check_in_by_scan(receptionist, desk_pass).value.id == second.id
    city.traveller.move_to(city.at(TUESDAY, "13:40"))
    checked = ctx.booking_checkin.check_in_by_scan(receptionist, signed).value
    assert (checked.id, checked.attendance) == (first.id, 2), "the resident's mini-program QR checks in"


def test_a_booking_whose_code_cannot_be_checked_still_holds_the_slot(city, receptionist) -> None:
    ctx = city.ctx
    city.room("书画室")
    stranger = Ed25519PrivateKey.generate()  # a key nobody published to this desk
    starts_at, ends_at = city.at(TUESDAY, "14:00"), city.at(TUESDAY, "15:00")
    with ctx.store.read() as session:
        center = session.exec(select(Center)).first().pass_center_id
    unknown = encode(PassClaims(kind=PassKind.BOOKING, serial=770001, center_id=center, valid_from=starts_at,
                                valid_until=ends_at, key_id=77), stranger)
    publish(city.dsn, "rooms.upstream_booking", "mp-9", {  # the room by its name
        "room": "书画室", "starts_at": starts_at.isoformat(), "ends_at": ends_at.isoformat(),
        "booker_name": "陈小红", "pass": unknown}, center=city.center_id)
    city.sync.sync_once()
    held = booked(ctx, "mp-9")
    assert held.state == "confirmed" and held.pass_serial not in (None, 770001), "the desk made its own pass"
    [note] = city.sync.status().failed_items
    assert "taken in, but its mini-program code could not be checked" in note and "key 77" in note
    # A later version that moves the booking does not move it here; the receptionist is told.
    publish(city.dsn, "rooms.upstream_booking", "mp-9", {
        "room": "书画室", "starts_at": city.at(TUESDAY, "15:00").isoformat(),
        "ends_at": city.at(TUESDAY, "16:00").isoformat(), "booker_name": "陈小红"}, center=city.center_id)
    city.sync.sync_once()
    assert booked(ctx, "mp-9").starts_at == starts_at
    [note] = city.sync.status().failed_items
    assert "changed this booking after the desk took it in" in note


def test_a_resident_cancelling_in_the_mini_program_frees_the_room(city, receptionist) -> None:
    room = city.room("书画室")
    city.booking("mp-1", room, TUESDAY, "14:00", "15:00")
    city.sync.sync_once()
    publish(city.dsn, "rooms.upstream_booking", "mp-1", deleted=True, center=city.center_id)
    city.sync.sync_once()
    cancelled = booked(city.ctx, "mp-1")
    assert (cancelled.state, cancelled.state_reason) == ("cancelled", "cancelled in the mini-program")
    assert city.ctx.bookings.book(receptionist, _form(city, room, "14:00", "15:00", "党课")).value.state == "confirmed"
    assert city.sync.status().failed_items == ()


def test_mini_program_sign_ups_join_the_activity_list(city, receptionist) -> None:
    ctx = city.ctx
    start, end = city.at(TUESDAY, "19:00"), city.at(TUESDAY, "20:30")
    act = ctx.activities.create(receptionist, ActivityForm(title="红色影院", place="多功能厅", capacity=10,
                                                           starts_at=start, ends_at=end)).value
    code = city.signed(PassKind.SIGNUP, 990001, start - timedelta(minutes=30), end)
    publish(city.dsn, "activities.upstream_signup", "mps-1", {
        "activity_id": act.id, "name": "刘芳", "phone": "13900002222", "companions": 1,
        "signed_up_at": "2026-11-15T20:00:00+08:00", "pass": code}, center=city.center_id)
    publish(city.dsn, "activities.upstream_signup", "mps-2", {"activity_id": 9999, "name": "走错"},
            center=city.center_id)
    publish(city.dsn, "activities.upstream_signup", "mps-3", {"activity_id": act.id, "name": "陈静"},
            center=city.center_id)
    report = city.sync.sync_once()
    assert (report.applied.applied, report.applied.failed) == (3, 1)
    confirmed = ctx.activities.detail(act.id).confirmed
    assert [(s.name, s.source, s.companions, s.pass_serial) for s in confirmed] == [
        ("刘芳", "upstream", 1, 990001), ("陈静", "upstream", 0, None)]
    assert [line.split(":")[0] for line in city.sync.status().failed_items] == ["activities.upstream_signup mps-2"]
    assert "no activity 9999" in city.sync.status().failed_items[0]

    publish(city.dsn, "activities.upstream_signup", "mps-1", deleted=True, center=city.center_id)
    city.sync.sync_once()
    assert [s.name for s in ctx.activities.detail(act.id).confirmed] == ["陈静"]
    assert [s.name for s in ctx.activities.detail(act.id).cancelled] == ["刘芳"]


def test_a_crash_between_applying_and_marking_changes_nothing_the_second_time(city, receptionist) -> None:
    ctx = city.ctx
    room = city.room("书画室")
    ctx.bookings.book(receptionist, _form(city, room, "16:00", "17:00", "书法班"))
    start, end = city.at(TUESDAY, "19:00"), city.at(TUESDAY, "20:30")
    act = ctx.activities.create(receptionist, ActivityForm(title="红色影院", place="多功能厅", starts_at=start,
                                                           ends_at=end)).value
    publish(city.dsn, "services.catalogue", "standard", CATALOGUE)
    publish(city.dsn, "resources.list", "2027-03", RESOURCES)
    city.booking("mp-1", room, TUESDAY, "14:00", "15:00", signed=880001)
    city.booking("mp-2", room, TUESDAY, "10:00", "11:00")
    city.booking("mp-3", room, TUESDAY, "16:30", "17:30")
    publish(city.dsn, "activities.upstream_signup", "mps-1", {"activity_id": act.id, "name": "刘芳"},
            center=city.center_id)
    city.sync.sync_once()
    before, failed = footprint(ctx), city.sync.status().failed_items
    # As if the desk died after every service's commit and before any item was marked applied.
    with ctx.store.write() as session:
        session.execute(update(SyncReceived).values(applied_at=None, apply_error=""))
    again = city.sync.applier.apply_pending()
    assert (again.applied, again.failed) == (6, 1)
    assert footprint(ctx) == before, "nothing added, changed or sent twice"
    assert city.sync.status().failed_items == failed, "the rejected booking's reason is said again"


def test_the_hub_refuses_a_payload_of_the_wrong_shape_before_it_reaches_a_desk(city) -> None:
    good = {"room_id": 1, "starts_at": "2026-11-17T14:00:00+08:00", "ends_at": "2026-11-17T15:00:00+08:00",
            "booker_name": "陈小红"}
    cases = [
        ("rooms.upstream_booking", dict(good, starts_at="2026-11-17T14:00:00"), city.center_id, "UTC offset"),
        ("rooms.upstream_booking", good, None, "give --center"),
        ("services.catalogue", {"items": []}, None, "'version' is missing"),
        ("resources.list", {"version": "1", "items": [{"unit": "市民政局"}]}, None, "item 1: the field 'title'"),
        ("activities.upstream_signup", {"activity_id": "12", "name": "刘芳"}, city.center_id, "whole number"),
    ]
    for kind, payload, center, reason in cases:
        with pytest.raises(SystemExit, match=reason):
            publish(city.dsn, kind, "bad", payload, center=center)
    with psycopg.connect(city.dsn) as conn:
        assert conn.execute("SELECT count(*) FROM feed WHERE key = 'bad'").fetchone()[0] == 0


def _form(city: City, room_id: int, start: str, end: str, title: str = "书法班", day: date = TUESDAY) -> BookingForm:
    """A booking made at the desk by a party branch."""
    return BookingForm(room_id, city.at(day, start), city.at(day, end),
                       BookingDetails(title=title, booker_name="第一党支部", contact_name="张三",
                                      contact_phone="13800138000", headcount=10))


# ---- a real desk process killed with kill -9 between applying and marking --------------------

DESK = "import sys; from desk.cli import run; sys.exit(run(sys.argv[1:]))"


def _desk(data_dir: Path, *args: str, failpoint: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DESK_SYNC_FAILPOINT"}
    if failpoint:
        env["DESK_SYNC_FAILPOINT"] = failpoint
    return subprocess.run([sys.executable, "-c", DESK, "--data-dir", str(data_dir), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def _open_weekday(ctx) -> date:  # noqa: ANN001
    """A working day a few days ahead (this test runs on the real clock, in a real process)."""
    day = datetime.now(UTC).astimezone(ctx.clock.zone).date() + timedelta(days=3)
    while day.weekday() >= 5 or ctx.schedule.calendar.kind_of(day) is not None:
        day += timedelta(days=1)
    return day


@pytest.mark.slow
@pytest.mark.parametrize("failpoint", ["mid_apply:2", "mid_apply:4"])
def test_a_desk_killed_between_applying_and_marking_applies_everything_once(
        failpoint, center_ctx, admin, receptionist, data_dir, hub_server, hub_dsn) -> None:
    city = City(center_ctx, admin, hub_server.url, hub_dsn)
    city.sync.close()
    day, room = _open_weekday(center_ctx), city.room("书画室")
    center_ctx.bookings.book(receptionist, _form(city, room, "16:00", "17:00", day=day))
    publish(hub_dsn, "services.catalogue", "standard", CATALOGUE)
    city.booking("mp-1", room, day, "14:00", "15:00", signed=880001)
    city.booking("mp-2", room, day, "16:30", "17:30")  # kept as rejected
    publish(hub_dsn, "resources.list", "2027-03", RESOURCES)

    killed = _desk(data_dir, "sync", "--once", failpoint=failpoint)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    again = _desk(data_dir, "sync", "--once")
    assert again.returncode == 0, again.stderr

    with center_ctx.store.read() as session:
        bookings = sorted((b.upstream_id, b.state) for b in session.exec(select(Booking)) if b.upstream_id)
        unmarked = session.exec(select(func.count()).select_from(SyncReceived).where(
            SyncReceived.applied_at == None)).one()  # noqa: E711
        merges = session.exec(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "services.city_merge")).one()
    assert bookings == [("mp-1", "confirmed"), ("mp-2", "rejected")]
    assert (unmarked, merges, center_ctx.catalogue.version().number) == (0, 1, 1)
    assert len(center_ctx.resources.list()) == 2
    status = open_sync(center_ctx).status()
    assert status.waiting_items == 0 and [f.split(":")[0] for f in status.failed_items] == [
        "rooms.upstream_booking mp-2"]

