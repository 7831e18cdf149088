"""The city dashboard: server-rendered pages for city staff on the hub.

    GET /dashboard[?month=YYYY-MM][&sort=KEY|-KEY]   every center's month, sortable
    GET /dashboard/center/{center id}[?month=YYYY-MM]  one center's month in detail

Access: HTTP Basic with the user ``city`` (or ``DESK_HUB_DASHBOARD_USER``) and the
password in ``DESK_HUB_DASHBOARD_PASSWORD``, set the same on every hub instance (browsers
ask for it once). Without that variable the dashboard is switched off (503): the pages
show every center's figures, which are for the city's staff, not the public. Use HTTPS
in front of the hub (docs/HUB_DEPLOYMENT.md), as Basic sends the password with every
request. The month is the centers' local calendar month (``DESK_HUB_TIMEZONE``, default
Asia/Shanghai); the figures are defined in hub/dashboard_queries.py.
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

from desk.clock import DEFAULT_ZONE
from hub import dashboard_html as html
from hub.db import HubDatabase
from hub.dashboard_queries import CenterFigures, Month, center_detail, overview

PASSWORD_ENV = "DESK_HUB_DASHBOARD_PASSWORD"
USER_ENV = "DESK_HUB_DASHBOARD_USER"
ZONE_ENV = "DESK_HUB_TIMEZONE"
DEFAULT_USER = "city"
REALM = "Desk city dashboard"

# What ?sort= accepts (a leading "-": descending). Centers without the figure (no room
# open, nothing resolved, never synced) come last either way.
SORT_KEYS: dict[str, Callable[[CenterFigures], Any]] = {
    "name": lambda f: f.name,
    "last_sync": lambda f: f.last_sync,
    "visits": lambda f: f.visits,
    "people": lambda f: f.people,
    "utilisation": lambda f: f.utilisation,
    "activities": lambda f: f.activities,
    "volunteer_hours": lambda f: f.volunteer_minutes,
    "on_time": lambda f: f.on_time_rate,
    "parked": lambda f: f.parked,
}


def sort_rows(rows: list[CenterFigures], sort: str) -> list[CenterFigures]:
    """Rows in ``sort`` order (ties by name); raises KeyError for an unknown key."""
    key = SORT_KEYS[sort.removeprefix("-")]
    by_name = sorted(rows, key=lambda f: f.name)
    present = [row for row in by_name if key(row) is not None]
    # Python's sort is stable, also reversed: equal figures stay in name order.
    present.sort(key=key, reverse=sort.startswith("-"))
    return present + [row for row in by_name if key(row) is None]


class Gate:
    """HTTP Basic against the configured password; compared in constant time."""

    def __init__(self, password: str, user: str) -> None:
        self.password = password.encode()
        self.user = user.encode()

    def refusal(self, request: Request) -> HTMLResponse | None:
        """None when the request may see the dashboard, else the page to send."""
        if not self.password:
            return _page(503, "看板未开启 Dashboard switched off",
                         f"The city dashboard is off: set {PASSWORD_ENV} on the hub to switch it on.")
        scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
        user, password = b"", b""
        if scheme.lower() == "basic":
            try:
                user, _, password = base64.b64decode(encoded.strip(), validate=True).partition(b":")
            except (binascii.Error, ValueError):
                pass
        # Both compared, always: the answer takes as long for a wrong user as a wrong password.
        right_user = secrets.compare_digest(user, self.user)
        if secrets.compare_digest(password, self.password) and right_user:
            return None
        response = _page(401, "需要登录 Sign-in needed",
                         "The city dashboard needs the city's user name and password.")
        response.headers["WWW-Authenticate"] = f'Basic realm="{REALM}", charset="UTF-8"'
        return response


def _html(body: str, status: int = 200) -> HTMLResponse:
    # Every center's figures: no browser or proxy should keep a copy.
    return HTMLResponse(body, status_code=status, headers={"Cache-Control": "no-store"})


def _page(status: int, title: str, text: str) -> HTMLResponse:
    return _html(html.message(title, text), status)


def _month(request: Request, zone: ZoneInfo, now: datetime) -> Month | HTMLResponse:
    text = request.query_params.get("month", "")
    if not text:
        return Month.containing(now, zone)
    try:
        return Month.parse(text, zone)
    except ValueError:
        return _page(400, "月份无效 Bad month",
                     f"The month {text[:40]!r} is not valid: write it as YYYY-MM, for example 2026-11.")


# What the published OpenAPI spec says of the pages. The handlers read month and sort from
# the query themselves, to answer a bad value with a page a person can read (not FastAPI's
# JSON 422), so the spec is written out here.
_MONTH_PARAMETER = {"name": "month", "in": "query", "required": False,
                    "description": "The centers' local calendar month, YYYY-MM; this month when left out.",
                    "schema": {"type": "string", "pattern": r"^(\d{4}-\d{2})?$"}}
_SORT_PARAMETER = {"name": "sort", "in": "query", "required": False,
                   "description": "The figure to sort by; a leading - sorts from the highest.",
                   "schema": {"type": "string", "default": "name",
                              "enum": [*SORT_KEYS, *(f"-{key}" for key in SORT_KEYS)]}}
_PAGE = {"content": {"text/html": {"schema": {"type": "string"}}}}
_REFUSALS: dict[int | str, dict[str, Any]] = {
    400: {"description": "A month or sort the page cannot read.", **_PAGE},
    401: {"description": "Sign-in needed (HTTP Basic).", **_PAGE},
    404: {"description": "No center has this id.", **_PAGE},
    503: {"description": f"The dashboard is switched off: {PASSWORD_ENV} is not set.", **_PAGE},
}


def mount(app: FastAPI, pool: HubDatabase, *, password: str | None = None, user: str | None = None,
          zone: str | None = None) -> None:
    """Add the dashboard's routes; the settings default to the environment variables."""
    gate = Gate(os.environ.get(PASSWORD_ENV, "") if password is None else password,
                user or os.environ.get(USER_ENV) or DEFAULT_USER)
    local = ZoneInfo(zone or os.environ.get(ZONE_ENV) or DEFAULT_ZONE)

    def admitted(request: Request) -> tuple[Month, datetime] | HTMLResponse:
        """The month asked for and the time now, or the page that turns the request away."""
        refused = gate.refusal(request)
        if refused is not None:
            return refused
        now = datetime.now(UTC)
        month = _month(request, local, now)
        return month if isinstance(month, HTMLResponse) else (month, now)

    @app.get("/dashboard", response_class=HTMLResponse, responses=_REFUSALS,
             openapi_extra={"parameters": [_MONTH_PARAMETER, _SORT_PARAMETER]})
    def dashboard(request: Request) -> HTMLResponse:
        asked = admitted(request)
        if isinstance(asked, HTMLResponse):
            return asked
        month, now = asked
        sort = request.query_params.get("sort", "name")
        if sort.removeprefix("-") not in SORT_KEYS:
            return _page(400, "排序无效 Bad sort", f"Sort by one of {', '.join(SORT_KEYS)} "
                                               f"(a leading - sorts from the highest), not {sort[:40]!r}.")
        with pool.connection() as conn:
            rows = overview(conn, month, now)
        return _html(html.overview_page(sort_rows(rows, sort), month, sort, now, local))

    @app.get("/dashboard/center/{center_id}", response_class=HTMLResponse, responses=_REFUSALS,
             openapi_extra={"parameters": [_MONTH_PARAMETER]})
    def center(center_id: str, request: Request) -> HTMLResponse:
        asked = admitted(request)
        if isinstance(asked, HTMLResponse):
            return asked
        month, now = asked
        try:
            center_id = str(uuid.UUID(center_id))
        except ValueError:
            return _page(404, "没有这个中心 No such center", "No center has this id.")
        with pool.connection() as conn:
            detail = center_detail(conn, center_id, month, now)
        if detail is None:
            return _page(404, "没有这个中心 No such center", "No center has this id.")
        return _html(html.center_page(detail, month, now, local))
