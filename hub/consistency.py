"""The hub's side of the per-day consistency check: POST /v1/check (docs/SYNC.md).

A desk asks for some UTC days; for each the hub answers how many events of the token's
center it holds (stored or parked: both were acknowledged) and the digest of their ids
(desk.sync.protocol.day_digest). A day is a range of event ids (desk.sync.protocol.
day_id_range), so each day is one range read on the primary key (center_id, event_id).
The SQL is plain and portable on purpose (no PostgreSQL-only functions).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

import psycopg
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field

from desk.sync.protocol import CHECK_MAX_DAYS, day_digest, day_id_range
from hub import auth
from hub.db import HubDatabase

_IDS = ("SELECT event_id FROM event WHERE center_id = %s AND event_id >= %s AND event_id < %s "
        "UNION SELECT event_id FROM parked_event WHERE center_id = %s AND event_id >= %s AND event_id < %s")
_DAY = re.compile(r"\d{4}-\d\d-\d\d", re.ASCII)


class CheckBody(BaseModel):
    days: list[str] = Field(max_length=CHECK_MAX_DAYS)


def parse_days(texts: list[str]) -> list[date]:
    """The days asked for, each once, in order; ValueError says which one is wrong."""
    days: list[date] = []
    for text in texts:
        try:
            if not _DAY.fullmatch(text):
                raise ValueError
            day = date.fromisoformat(text)
            day_id_range(day)
        except ValueError:
            raise ValueError(f"{text[:40]!r} is not a day: write days as YYYY-MM-DD, from 1970-01-01 on.") from None
        if day not in days:
            days.append(day)
    return days


def day_summaries(conn: psycopg.Connection, center_id: str, days: list[date]) -> dict[str, dict[str, Any]]:
    """{"2026-11-20": {"count": n, "digest": hex}} for each day, an empty day included."""
    answer: dict[str, dict[str, Any]] = {}
    for day in days:
        lo, hi = day_id_range(day)
        ids = [row[0] for row in conn.execute(_IDS, (center_id, lo, hi, center_id, lo, hi))]
        answer[day.isoformat()] = {"count": len(ids), "digest": day_digest(ids)}
    return answer


def mount(app: FastAPI, pool: HubDatabase, caller: Callable[..., auth.Caller]) -> None:
    """Add POST /v1/check. ``pool`` is the app's database (anything whose ``connection()``
    gives a connection, hub/db.py); ``caller`` its token check (the center comes from it)."""

    @app.post("/v1/check")
    def check(body: CheckBody, who: auth.Caller = Depends(caller)) -> dict[str, Any]:
        try:
            days = parse_days(body.days)
        except ValueError as error:
            # 400, not 422: FastAPI documents 422 as a list of field errors.
            raise HTTPException(400, str(error)) from None
        with pool.connection() as conn:
            return {"days": day_summaries(conn, who.center_id, days)}
