"""The city's own API: what city staff author for the desks, over HTTP.

    POST /city/feed                     publish (or withdraw) an item of the download feed
    POST /city/enroll                   a one-time enrollment code for a center (added if new)
    POST /city/devices/{id}/revoke      withdraw a desk

The same things as `desk-hub publish | enroll | revoke-device`, for the city's own tools
(a catalogue editor, the mini-program's back office). Access is the dashboard's: HTTP
Basic with the city's user name and password (hub/dashboard.py); off (503) without one.
Every item is checked against its kind's shape before it reaches the feed, so a mistake
is refused here with the reason rather than failing on every desk.
"""

from __future__ import annotations

import json
import os
import uuid
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Path, Request
from pydantic import BaseModel, Field, StringConstraints

from desk.sync.apply_payloads import ONE_CENTER_KINDS, PayloadError, check_payload
from desk.sync.protocol import FEED_KINDS
from hub import auth, feed
from hub.dashboard import DEFAULT_USER, PASSWORD_ENV, USER_ENV, Gate
from hub.ingest import holds_nul
from hub.db import HubDatabase

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100,
                                        pattern=r"^[^\x00-\x1f]*$")]


class FeedItem(BaseModel):
    kind: str = Field(description="One of the download feed's kinds (docs/SYNC.md, \"What comes down\").",
                      json_schema_extra={"enum": list(FEED_KINDS)})
    key: Name = Field(description="The item's key: a new version of the same kind and key replaces it.")
    payload: dict[str, Any] = Field(default_factory=dict, description="The item, in its kind's shape.")
    center_id: uuid.UUID | None = Field(default=None, description="Only for this center; none: every center.")
    deleted: bool = Field(default=False, description="Withdraw the item.")


class EnrollRequest(BaseModel):
    center: Name = Field(description="The center's name, e.g. 幸福社区党群服务中心.")


def _unstorable(*values: Any) -> str | None:
    """Why the database could not keep these, or None: PostgreSQL's jsonb and text hold no
    NUL, and text must be UTF-8 (a lone surrogate escape is not)."""
    if holds_nul(list(values)):
        return "The item holds a NUL character (\\u0000), which the hub cannot store."
    try:
        json.dumps(list(values), ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return "The item holds text that is not valid Unicode (a lone surrogate \\uD800-\\uDFFF)."
    return None


def mount(app: FastAPI, pool: HubDatabase, *, password: str | None = None, user: str | None = None) -> None:
    gate = Gate(os.environ.get(PASSWORD_ENV, "") if password is None else password,
                user or os.environ.get(USER_ENV) or DEFAULT_USER)

    def city_staff(request: Request) -> None:
        refused = gate.refusal(request)
        if refused is None:
            return
        if refused.status_code == 401:
            raise HTTPException(401, "The city API needs the city's user name and password (HTTP Basic).",
                                headers={"WWW-Authenticate": refused.headers["WWW-Authenticate"]})
        raise HTTPException(refused.status_code, f"The city API is off: set {PASSWORD_ENV} on the hub.")

    staff = [Depends(city_staff)]

    @app.post("/city/feed", status_code=201, dependencies=staff)
    def publish(item: FeedItem) -> dict[str, Any]:
        if item.kind not in FEED_KINDS:
            raise HTTPException(400, f"Unknown kind {item.kind[:64]!r}: one of {', '.join(FEED_KINDS)}.")
        if item.kind in ONE_CENTER_KINDS and item.center_id is None:
            raise HTTPException(400, f"A {item.kind} item is for one center (its ids are that desk's): "
                                     "give center_id.")
        problem = _unstorable(item.key, item.payload)
        if problem:
            raise HTTPException(400, problem)
        if not item.deleted:
            try:
                check_payload(item.kind, item.payload)
            except PayloadError as error:
                raise HTTPException(400, f"This is not a {item.kind} item: {error}") from None
        center = str(item.center_id) if item.center_id else None
        with pool.connection() as conn:
            if center is not None and conn.execute("SELECT 1 FROM center WHERE id = %s",
                                                   (center,)).fetchone() is None:
                raise HTTPException(404, "No center has this id.")
            feed.publish(conn, item.kind, item.key, item.payload, center_id=center, deleted=item.deleted)
        return {"published": item.kind, "key": item.key, "center_id": center, "deleted": item.deleted}

    @app.post("/city/enroll", dependencies=staff)
    def enroll(body: EnrollRequest) -> dict[str, Any]:
        with pool.connection() as conn:
            center_id, code, made = auth.enroll_code_for(conn, body.center)
        return {"center_id": center_id, "code": code, "new_center": made}

    @app.post("/city/devices/{device_id}/revoke", dependencies=staff)
    def revoke(device_id: Annotated[uuid.UUID, Path(description="The desk's device id.")]) -> dict[str, Any]:
        with pool.connection() as conn:
            row = conn.execute("UPDATE device SET revoked_at = coalesce(revoked_at, now()) WHERE id = %s "
                               "RETURNING id", (str(device_id),)).fetchone()
        if row is None:
            raise HTTPException(404, "No desk has this device id.")
        return {"revoked": str(device_id)}
