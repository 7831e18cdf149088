"""The demo: a county-sized service list tied to the demo posts, requests in every state."""

from __future__ import annotations

from collections import Counter

import time_machine

from desk.roster.demo import create_roster_demo
from desk.services.demo import create_services_demo
from services_world import ADMIN, local


def test_the_demo_has_a_full_list_and_requests_in_every_state(ctx):
    with time_machine.travel(local(2026, 11, 18, 10), tick=False):  # a Wednesday
        create_roster_demo(ctx, ADMIN, ctx.clock.today())
        summary = create_services_demo(ctx, ADMIN)
        snapshot = ctx.catalogue.catalogue_snapshot()
        assert (summary.categories, summary.items) == (11, 55)
        assert len(snapshot.categories) == 11 and len(snapshot.items) == 55
        assert snapshot.version == 2  # the city's delivery, then the center's own items
        assert all(item.post and item.holder and item.backup for item in snapshot.items)
        assert Counter(item.origin for item in snapshot.items) == {"city": 22, "center": 33}
        assert {"即时办结", "3个工作日", "4个工作小时"} <= {item.time_limit for item in snapshot.items}

        requests = ctx.requests
        rows = [requests.request(n).row for n in range(1, summary.requests + 1)]
        assert {row.status for row in rows} == {"accepted", "in_progress", "resolved"}
        assert summary.overdue >= 3 and len(requests.overdue()) == summary.overdue
        assert any(row.resolved_at and row.resolved_at > row.due_at for row in rows)  # resolved late
        assert {row.rating for row in rows if row.status == "resolved"} >= {"satisfied", "dissatisfied", None}
        handed = [d for d in (requests.request(r.id) for r in rows) if any(e.kind == "handover" for e in d.events)]
        assert handed
        assert all(row.accepted_at <= ctx.clock.now() for row in rows)
        assert {d.state for d in ctx.demands.list()} == {"recorded", "dispatched", "taken", "done", "cancelled"}
        assert ctx.wishes.counts() == {"published": 2, "claimed": 2, "fulfilled": 2, "withdrawn": 0}
        assert len(ctx.resources.list()) == 4
        figures = ctx.service_figures.figures(local(2026, 10, 1).date(), local(2026, 11, 30).date())
        assert figures.accepted == summary.requests and 0 < figures.on_time_rate < 1
