"""A realistic demo center: accounts, returning residents and a year of visits.

Visits follow the shape of a real community center: busier on weekday mornings, quieter
at lunch and on weekends, none on days the center is closed; most visitors come back.
Bulk rows go in with executemany inside one transaction, which is what makes a million
visits take seconds rather than minutes.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import select
from uuid6 import uuid7

from db.tables import Purpose
from desk.accounts.actor import SYSTEM
from desk.audit.trail import record
from desk.center.hours import OpeningHours
from desk.center.service import CenterForm
from desk.passes.codec import PassKind
from desk.visits.registry import full_pinyin, pinyin_initials

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍建国建华志强海燕红梅春梅小红晓明文博子涵欣怡浩然梓轩一诺宇轩雨涵"
RARE = ["𠮷", "䶮", "堃", "喆", "昇"]
ORGS = ["幸福社区居委会", "第一小学", "红星机械厂", "街道办事处", "阳光养老院", "区图书馆", ""]
BRANCHES = ["第一党支部", "第二党支部", "离退休党支部", "非公企业联合党支部"]
PURPOSE_WEIGHTS = {"consult": 30, "service": 25, "activity": 25, "room": 8, "tour": 2, "party_report": 6, "other": 4}
HOUR_WEIGHTS = {8: 4, 9: 10, 10: 10, 11: 7, 12: 2, 13: 2, 14: 7, 15: 9, 16: 7, 17: 2}

DEMO_ACCOUNTS = (
    ("admin", "王主任", "admin", "demo-admin-1"),
    ("desk1", "李晓红", "receptionist", "demo-desk-1"),
    ("desk2", "赵志强", "receptionist", "demo-desk-2"),
)


@dataclass(frozen=True)
class DemoSummary:
    accounts: tuple[tuple[str, str, str, str], ...]
    visitors: int
    visits: int
    pass_payload: str


def _add_capabilities(ctx, admin, today) -> None:  # noqa: ANN001
    """The roster, rooms, activities and the service catalogue, each only if not there yet (a
    second `desk demo` adds visits, not a second catalogue)."""
    if not ctx.staff.list(include_inactive=True):
        from desk.roster.demo import create_roster_demo

        create_roster_demo(ctx, admin, today)
    if not ctx.rooms.rooms(include_retired=True):
        from desk.rooms.demo import create_rooms_demo

        desk1 = next(account for account in DEMO_ACCOUNTS if account[2] == "receptionist")
        create_rooms_demo(ctx, admin, today, receptionist=ctx.accounts.sign_in(desk1[0], desk1[3]))
    if not ctx.activities.list_period(today - timedelta(days=400), today + timedelta(days=400)):
        from desk.rooms.activity_demo import create_activity_demo

        create_activity_demo(ctx, admin)
    if not ctx.catalogue.items(include_retired=True):
        from desk.services.demo import create_services_demo

        create_services_demo(ctx, admin)


def _name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    if rng.random() < 0.01:
        given = rng.choice(RARE) + given[:1]
    return rng.choice(SURNAMES) + given


def _stamp(moment: datetime) -> str:
    """The text SQLAlchemy stores for a datetime in SQLite (naive UTC)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def create_demo(ctx, *, visits: int = 20000, seed: int = 2026, days: int = 365) -> DemoSummary:  # noqa: ANN001
    rng = random.Random(seed)
    if not ctx.center.is_set_up():
        ctx.center.set_up(
            CenterForm(name="幸福社区党群服务中心", address="幸福路88号",
                       supervision_phone="010-87654321", hours=OpeningHours.default()),
            admin_username=DEMO_ACCOUNTS[0][0], admin_name=DEMO_ACCOUNTS[0][1],
            admin_password=DEMO_ACCOUNTS[0][3],
        )
        admin = ctx.accounts.sign_in(DEMO_ACCOUNTS[0][0], DEMO_ACCOUNTS[0][3])
        for username, display, role, password in DEMO_ACCOUNTS[1:]:
            ctx.accounts.create_user(admin, username=username, display_name=display, role=role,
                                     password=password)
    hours = ctx.center.hours()
    now = ctx.clock.now()
    with ctx.store.read() as session:
        purposes = {p.code: p.id for p in session.exec(select(Purpose))}
    visitor_count = max(1, visits // 25)
    people = []
    base_phone = 13800000000 + rng.randrange(0, 10**6)
    for index in range(visitor_count):
        name = _name(rng)
        phone = str(base_phone + index * 7919 % 10**8)[:11]
        party = rng.random() < 0.25
        people.append((name, pinyin_initials(name), full_pinyin(name), phone, phone[-4:], rng.choice(ORGS) or None,
                       party, rng.choice(BRANCHES) if party else None))
    open_days = [d for d in (now.date() - timedelta(days=i) for i in range(1, days + 1))
                 if hours.days[d.weekday()]]
    day_weights = [3 if d.weekday() < 5 else 1 for d in open_days]
    codes, weights = zip(*PURPOSE_WEIGHTS.items())
    hour_keys, hour_weights = zip(*HOUR_WEIGHTS.items())
    raw = ctx.store.write_engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        created = _stamp(now - timedelta(days=days))
        cursor.executemany(
            "INSERT INTO visitor (name, initials, pinyin, phone, phone_last4, organisation, party_member,"
            " branch, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [p + (created,) for p in people],
        )
        first_id = cursor.execute("SELECT max(id) FROM visitor").fetchone()[0] - visitor_count + 1
        rows = []
        last_seen: dict[int, str] = {}
        regulars = max(1, visitor_count // 5)
        chosen_days = rng.choices(open_days, weights=day_weights, k=visits)
        for day in chosen_days:
            start = ctx.clock.at(day, f"{rng.choices(hour_keys, hour_weights)[0]:02d}:{rng.randrange(60):02d}")
            stay = timedelta(minutes=rng.randint(5, 150))
            # Seven visits in ten are by regulars (a fifth of the people, about twice a
            # week each); the rest by anyone, now and then.
            pool = regulars if rng.random() < 0.7 else visitor_count
            visitor_id = first_id + rng.randrange(pool)
            code = rng.choices(codes, weights)[0]
            stamp = _stamp(start)
            last_seen[visitor_id] = max(last_seen.get(visitor_id, ""), stamp)
            rows.append((str(uuid7()), visitor_id, purposes[code],
                         rng.choice((1, 1, 1, 1, 2, 3)) if code != "tour" else rng.randint(8, 30),
                         rng.choice(("walkin", "returning", "returning", "pass")), stamp,
                         _stamp(start + stay), "auto" if rng.random() < 0.2 else "manual", 1))
        cursor.executemany(
            "INSERT INTO visit (id, visitor_id, purpose_id, headcount, source, check_in_at, check_out_at,"
            " check_out_kind, consent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        cursor.executemany("UPDATE visitor SET last_visit_at = ? WHERE id = ?",
                           [(stamp, vid) for vid, stamp in last_seen.items()])
        cursor.execute("COMMIT")
    except BaseException:
        raw.rollback()
        raise
    finally:
        raw.close()
    with ctx.store.write() as session:
        record(session, SYSTEM, "demo.create", detail=json.dumps({"visitors": visitor_count, "visits": visits}))
    demo_visitor = first_id
    admin = ctx.accounts.sign_in(DEMO_ACCOUNTS[0][0], DEMO_ACCOUNTS[0][3])
    _add_capabilities(ctx, admin, now.date())
    issued = ctx.passes.issue(
        SYSTEM, kind=PassKind.RESIDENT, visitor_id=demo_visitor,
        valid_from=datetime.now(UTC), valid_until=datetime.now(UTC) + timedelta(days=365)).value
    return DemoSummary(DEMO_ACCOUNTS, visitor_count, visits, issued.payload)
