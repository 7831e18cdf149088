"""History search over a year of visits, against the same query in plain SQL."""

from __future__ import annotations

import sqlite3
import time
from datetime import timedelta
from pathlib import Path

from bench.stats import Figure, summary


def _queries(today):  # noqa: ANN001
    from desk.visits.queries import VisitQuery

    month = today - timedelta(days=30)
    return [
        VisitQuery(name="建"), VisitQuery(name="王", date_from=month, date_to=today),
        VisitQuery(phone="4906"), VisitQuery(phone="0123"), VisitQuery(phone="1380"),
        VisitQuery(purpose_code="tour", date_from=today - timedelta(days=90), date_to=today),
        VisitQuery(date_from=today - timedelta(days=1), date_to=today - timedelta(days=1)),
        VisitQuery(name="𠮷"), VisitQuery(name="不存在的名字"), VisitQuery(name="李", phone="88"),
    ]


def measure(folder: Path, rounds: int = 20) -> list[Figure]:
    from desk.context import open_desk

    ctx = open_desk(folder)
    try:
        queries = _queries(ctx.clock.today())
        timings, raw = [], []
        conn = sqlite3.connect(folder / "desk.sqlite3")
        for _ in range(rounds):
            for query in queries:
                started = time.perf_counter()
                ctx.visits.search(query)
                timings.append((time.perf_counter() - started) * 1000)
                raw.append(_raw(conn, ctx, query))
        conn.close()
    finally:
        ctx.close()
    ours, base = summary(timings), summary(raw)
    return [Figure("history search, p95", ours["p95"], "ms", limit=50.0, baseline=base["p95"],
                   baseline_name="one plain SQL join with LIKE filters, p95",
                   extra={"p50": round(ours["p50"], 3), "n": ours["n"], "queries": len(queries)})]


def _raw(conn: sqlite3.Connection, ctx, query) -> float:  # noqa: ANN001
    """The obvious single SQL statement for the same search."""
    where, params = ["1=1"], []
    if query.name:
        where.append("v.name LIKE ?")
        params.append(f"%{query.name}%")
    if query.phone:
        if len(query.phone) == 4:
            where.append("v.phone_last4 = ?")
            params.append(query.phone)
        else:
            where.append("v.phone LIKE ?")
            params.append(f"%{query.phone}%")
    if query.purpose_code:
        where.append("p.code = ?")
        params.append(query.purpose_code)
    if query.date_from:
        where.append("x.check_in_at >= ?")
        params.append(ctx.clock.day_bounds(query.date_from)[0].strftime("%Y-%m-%d %H:%M:%S.%f"))
    if query.date_to:
        where.append("x.check_in_at < ?")
        params.append(ctx.clock.day_bounds(query.date_to)[1].strftime("%Y-%m-%d %H:%M:%S.%f"))
    sql = ("SELECT x.id, v.name, v.phone, p.label, x.check_in_at FROM visit x JOIN purpose p ON p.id = x.purpose_id"
           " LEFT JOIN visitor v ON v.id = x.visitor_id WHERE " + " AND ".join(where)
           + " ORDER BY x.check_in_at DESC LIMIT 500")
    started = time.perf_counter()
    conn.execute(sql, params).fetchall()
    return (time.perf_counter() - started) * 1000
