"""The demo center's service list, requests, demands, micro-wishes and shared resources.

Run after the roster demo (its five posts answer for the items). The city's standard
items arrive the way a city delivery does (a merge, city version 2026.1); the center's
own items and every item's post, place and hours are added in one transaction, so the
catalogue has two versions. Requests of the last three weeks are in every state: just
accepted, in progress, handed over, resolved on time and late, rated, and overdue.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import select

from db.tables import RequestEvent, ServiceCategory, ServiceItem, ServiceRequest
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.clock import utcnow
from desk.services.demo_catalogue import CATALOGUE, DEMANDS, RESOURCES, WISHES
from desk.services.items import CENTER, next_sort_order, write_version
from desk.services.lists import ResourceForm
from desk.services.request_rows import IN_PROGRESS, RATING_WORDS, RESOLVED
from desk.services.requests import insert_requests
from desk.services.upstream import CityCatalogue, CityItem, merge_city_catalogue
from desk.services.working_time import TimeLimit

RESIDENTS = (("赵桂兰", "13912340001"), ("钱德明", "13912340002"), ("孙丽华", "13912340003"),
             ("李国强", "13912340004"), ("周秀英", "13912340005"), ("吴建军", "13912340006"),
             ("郑小燕", "13912340007"), ("王德福", "13912340008"), ("冯玉珍", "13912340009"),
             ("陈志明", "13912340010"))
CHANNELS = ("visit", "visit", "walk_in", "phone")
# What happens to each demo request, in turn: every state and both kinds of lateness.
FATES = ("open", "started", "handed_over", "resolved", "resolved_late", "resolved", "open_overdue", "resolved")
RATINGS = ("满意", "满意", "基本满意", "不满意", None)


@dataclass(frozen=True)
class ServicesDemoSummary:
    categories: int
    items: int
    requests: int
    overdue: int


def create_services_demo(ctx, admin: Actor, *, requests: int = 40, seed: int = 2026) -> ServicesDemoSummary:  # noqa: ANN001
    rng = random.Random(seed)
    _catalogue(ctx, admin)
    made = _requests(ctx, admin, rng, requests)
    _lists(ctx, admin)
    return ServicesDemoSummary(len(CATALOGUE), len(ctx.catalogue.items()), made, len(ctx.requests.overdue()))


def _catalogue(ctx, admin: Actor) -> None:  # noqa: ANN001
    city = tuple(CityItem(code, category, name, eligibility=who, materials=bring, time_limit=limit)
                 for category, (_post, _place, _hours, items) in CATALOGUE.items()
                 for code, name, limit, who, bring in items if code.startswith("C-"))
    merge_city_catalogue(ctx.store, ctx.clock, admin, CityCatalogue("2026.1", city))
    posts = {post.name: post.id for post in ctx.posts.list()}
    with ctx.store.write() as session:
        categories = {row.name: row for row in session.exec(select(ServiceCategory))}
        for order, name in enumerate(CATALOGUE, start=1):
            row = categories.get(name) or ServiceCategory(name=name)
            row.sort_order = order
            session.add(row)
            categories[name] = row
        session.flush()
        items = {row.code: row for row in session.exec(select(ServiceItem))}
        for name, (post, place, hours, entries) in CATALOGUE.items():
            category_id = categories[name].id or 0
            for code, item_name, limit, who, bring in entries:
                row = items.get(code)
                if row is None:
                    parsed = TimeLimit.parse(limit)
                    row = ServiceItem(code=code, category_id=category_id, name=item_name, eligibility=who,
                                      materials=bring, limit_kind=parsed.kind, limit_amount=parsed.amount,
                                      origin=CENTER, sort_order=next_sort_order(session, category_id),
                                      updated_at=utcnow())
                row.post_id, row.place, row.hours = posts.get(post), place, hours
                session.add(row)
                session.flush()
        write_version(session, admin, ctx.clock, "demo: the center's own items, posts and places")
        record(session, admin, "services.demo", entity="catalogue", detail="demo service list")


def _requests(ctx, admin: Actor, rng: random.Random, count: int) -> int:  # noqa: ANN001
    posts = {post.id: post for post in ctx.posts.list()}
    items = [item for item in ctx.catalogue.items() if item.post_id in posts]
    now = utcnow()
    with ctx.store.write() as session:
        for n in range(count):
            item = rng.choice(items)
            post = posts[item.post_id]
            fate = FATES[n % len(FATES)]
            # Overdue ones are old; the rest spread over the last three weeks.
            days = rng.randint(8, 20) if fate == "open_overdue" else rng.randint(0, 20)
            local = ctx.clock.now().replace(hour=rng.randint(9, 16), minute=rng.choice((0, 15, 30, 45)),
                                            second=0, microsecond=0) - timedelta(days=days)
            accepted = min(local.astimezone(now.tzinfo), now - timedelta(minutes=30))
            name, phone = RESIDENTS[n % len(RESIDENTS)]
            request = insert_requests(session, admin, ctx.clock, item_ids=[item.id], owner_id=post.holder_id or 0,
                                      channel=CHANNELS[n % len(CHANNELS)], accepted_at=accepted, name=name,
                                      phone=phone)[0]
            _fate(session, admin, request, fate, post.backup_id, now, RATINGS[n % len(RATINGS)])
    return count


def _fate(session, admin: Actor, request: ServiceRequest, fate: str, backup_id: int | None,  # noqa: ANN001
          now: datetime, rating: str | None) -> None:
    def event(at: datetime, kind: str, text: str = "", **people: int | None) -> None:
        session.add(RequestEvent(request_id=request.id or 0, at=at, kind=kind, text=text, by=admin.username,
                                 **people))

    started = min(request.accepted_at + timedelta(minutes=20), now)
    if fate in ("started", "handed_over") or fate.startswith("resolved"):
        request.status = IN_PROGRESS
        event(started, "started")
    if fate == "handed_over" and backup_id and backup_id != request.owner_id:
        event(started, "handover", "A岗外出办事，转B岗继续办理", from_staff_id=request.owner_id, to_staff_id=backup_id)
        request.owner_id = backup_id
    if fate.startswith("resolved"):
        late = fate == "resolved_late" and request.due_at + timedelta(hours=3) < now
        span = request.due_at - request.accepted_at
        resolved = request.due_at + timedelta(hours=3) if late else request.accepted_at + span / 3
        request.status, request.resolved_at = RESOLVED, min(max(resolved, started), now)
        event(request.resolved_at, "resolved", "已办结，已电话告知居民")
        if rating is not None:
            request.rating, request.rated_at = RATING_WORDS[rating], request.resolved_at
            event(request.resolved_at, "rated", "")
    session.add(request)


def _lists(ctx, admin: Actor) -> None:  # noqa: ANN001
    demands = [ctx.demands.record(admin, title, name=name, phone=phone).value.id for title, name, phone in DEMANDS]
    ctx.demands.dispatch(admin, demands[1], taker_kind="department", taker_name="物业服务中心")
    for demand in demands[2:4]:
        ctx.demands.dispatch(admin, demand, taker_kind="party_member", taker_name="第一党支部 王建国")
        ctx.demands.take(admin, demand)
    ctx.demands.complete(admin, demands[3], "已联系区人民医院，每周三上午义诊")
    ctx.demands.cancel(admin, demands[4], "与“增设助餐点”需求重复，已合并")
    wishes = [ctx.wishes.publish(admin, title, name=name).value.id for title, name in WISHES]
    for wish, (claimant, branch) in zip(wishes[2:], (("吴秀英", "离退休党支部"), ("冯志刚", "离退休党支部"),
                                                    ("李晓红", "机关党支部"), ("王建国", "机关党支部"))):
        ctx.wishes.claim(admin, wish, claimant, branch)
    for wish in wishes[4:]:
        ctx.wishes.fulfil(admin, wish, "已送到居民家中")
    for unit, title, contact, phone, availability in RESOURCES:
        ctx.resources.save(admin, ResourceForm(unit, title, contact=contact, phone=phone, availability=availability))
