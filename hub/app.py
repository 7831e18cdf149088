"""The hub's HTTP API (FastAPI). Stateless: every process shares only the database
(PostgreSQL; a trial hub may run on one SQLite file instead, one process).

Every /v1 call but /v1/hello carries the desk's protocol version in X-Desk-Protocol;
every answer carries the hub's range in X-Hub-Protocols. A desk below the range gets
426 with a sentence telling its administrator to update; its records keep waiting on
the PC. The center of a call is the one in the bearer token, never one in the body.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import AfterValidator, BaseModel, Field

from desk.sync.protocol import HUB_PROTOCOLS_HEADER, MIN_PROTOCOL, PROTOCOL, PROTOCOL_HEADER
from hub import auth, city_api, dashboard, feed, ingest
from hub.db import open_database

TOO_OLD = ("This desk is too old for the city hub (protocol {got}; the hub needs {low} or newer). "
           "Please update Desk. Until then its records wait safely on this PC.")
TOO_NEW = ("This desk speaks protocol {got}, newer than the city hub ({high}). "
           "It should use protocol {high}; update the hub or let the desk negotiate.")
BIGINT_MAX = 2**63 - 1  # PostgreSQL bigint: a larger seq would fail the whole batch


def _without_nul(text: str) -> str:
    # PostgreSQL text cannot hold NUL: refused here with a sentence rather than a 500 later.
    if "\x00" in text:
        raise ValueError("the text holds a NUL character (\\u0000), which the hub cannot store")
    return text


Text = Annotated[str, AfterValidator(_without_nul)]


class EnrollBody(BaseModel):
    code: Text = Field(min_length=4, max_length=40)
    public_key: Text = Field(min_length=40, max_length=64)
    name: Text = Field(default="", max_length=100)


class ChallengeBody(BaseModel):
    device_id: Text = Field(max_length=40)


class TokenBody(BaseModel):
    device_id: Text = Field(max_length=40)
    nonce: Text = Field(max_length=80)
    signature: Text = Field(max_length=120)


class UploadEvent(BaseModel):
    seq: int = Field(ge=1, le=BIGINT_MAX)
    id: Text = Field(min_length=1, max_length=64)
    kind: Text = Field(min_length=1, max_length=64)
    payload: Any = None
    created_at: Text = Field(max_length=40)


class UploadBody(BaseModel):
    events: list[UploadEvent] = Field(max_length=5000)
    # Accepted and ignored: the center is the token's. (Old desks sent it.)
    center_id: str | None = None


class RetryBody(BaseModel):
    ids: list[Text] | None = Field(default=None, max_length=5000)


def create_app(dsn: str, *, pool_size: int = 8) -> FastAPI:
    # PostgreSQL, or one SQLite file for a trial (hub/db.py): either hands out connections alike.
    pool = open_database(dsn, size=pool_size)
    checker = auth.TokenChecker()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(title="Desk city hub", version=str(PROTOCOL), lifespan=lifespan)
    app.state.pool = pool

    @app.middleware("http")
    async def protocol_gate(request: Request, call_next):  # noqa: ANN001, ANN202
        path = request.url.path
        if path.startswith("/v1/") and path != "/v1/hello":
            try:
                got = int(request.headers.get(PROTOCOL_HEADER, "0"))
            except ValueError:
                got = 0
            if got < MIN_PROTOCOL:
                response = JSONResponse({"detail": TOO_OLD.format(got=got, low=MIN_PROTOCOL),
                                         "update_required": True}, status_code=426)
            elif got > PROTOCOL:
                response = JSONResponse({"detail": TOO_NEW.format(got=got, high=PROTOCOL)}, status_code=426)
            else:
                request.state.protocol = got
                response = await call_next(request)
        else:
            response = await call_next(request)
        response.headers[HUB_PROTOCOLS_HEADER] = f"{MIN_PROTOCOL}-{PROTOCOL}"
        return response

    def caller(authorization: str | None = Header(default=None)) -> auth.Caller:
        with pool.connection() as conn:
            try:
                return checker.check(conn, authorization)
            except auth.AuthError as error:
                raise HTTPException(401, str(error)) from None

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        with pool.connection() as conn:
            conn.execute("SELECT 1")
        return {"status": "ok"}

    @app.get("/v1/hello")
    def hello() -> dict[str, Any]:
        return {"min": MIN_PROTOCOL, "max": PROTOCOL, "time": time.time()}

    @app.post("/v1/enroll")
    def enroll(body: EnrollBody, request: Request) -> dict[str, Any]:
        with pool.connection() as conn:
            try:
                return auth.enroll(conn, body.code, body.public_key, body.name, request.state.protocol)
            except auth.AuthError as error:
                raise HTTPException(403, str(error)) from None

    @app.post("/v1/auth/challenge")
    def challenge(body: ChallengeBody) -> dict[str, str]:
        with pool.connection() as conn:
            try:
                return {"nonce": auth.challenge(conn, body.device_id)}
            except auth.AuthError as error:
                raise HTTPException(401, str(error)) from None

    @app.post("/v1/auth/token")
    def token(body: TokenBody) -> dict[str, Any]:
        with pool.connection() as conn:
            try:
                return auth.token(conn, body.device_id, body.nonce, body.signature)
            except auth.AuthError as error:
                raise HTTPException(401, str(error)) from None

    @app.post("/v1/upload")
    def upload(body: UploadBody, request: Request, who: auth.Caller = Depends(caller)) -> dict[str, Any]:
        events = [ingest.Incoming(e.seq, e.id, e.kind, _payload(e.payload, request.state.protocol), e.created_at)
                  for e in body.events]
        with pool.connection() as conn:
            result = ingest.apply_batch(conn, who.center_id, events)
        return {"acked_seq": result.acked_seq, "applied": result.applied, "duplicates": result.duplicates,
                "parked": result.parked, "server_time": time.time()}

    @app.get("/v1/feed")
    def read_feed(cursor: str = Query(default="", max_length=80), limit: int = Query(default=500, ge=1, le=2000),
                  who: auth.Caller = Depends(caller)) -> dict[str, Any]:
        with pool.connection() as conn:
            try:
                return feed.read_page(conn, who.center_id, cursor, limit)
            except ValueError:
                # 400, not 422: FastAPI's 422 is documented as a list of field errors.
                raise HTTPException(400, "The feed cursor is not valid: pass the cursor of the last page, "
                                         "or none to start.") from None
            except feed.CursorTooOld:
                raise HTTPException(410, "This cursor is older than the feed keeps; read a snapshot.") from None

    @app.get("/v1/feed/snapshot")
    def read_snapshot(bound: str = Query(default="", max_length=24, pattern=r"^\d*$"),
                      # Annotated: in the "= Query(...)" form FastAPI drops Text's check.
                      after_kind: Annotated[Text, Query(max_length=64)] = "",
                      after_key: Annotated[Text, Query(max_length=100)] = "",
                      limit: int = Query(default=500, ge=1, le=2000),
                      who: auth.Caller = Depends(caller)) -> dict[str, Any]:
        with pool.connection() as conn:
            start = bound or feed.snapshot_start(conn)
            page = feed.snapshot_page(conn, who.center_id, start, (after_kind, after_key), limit)
        return dict(page, bound=start)

    @app.get("/v1/parked")
    def list_parked(who: auth.Caller = Depends(caller)) -> dict[str, Any]:
        with pool.connection() as conn:
            return {"parked": ingest.parked(conn, who.center_id)}

    @app.post("/v1/parked/retry")
    def retry(body: RetryBody, who: auth.Caller = Depends(caller)) -> dict[str, Any]:
        with pool.connection() as conn:
            accepted, still = ingest.retry_parked(conn, who.center_id, body.ids)
        return {"accepted": accepted, "parked": still}

    # POST /v1/check: per-day counts and digests for the desk's consistency check.
    from hub import consistency

    consistency.mount(app, pool, caller)

    # The city staff's pages (HTTP Basic; hub/dashboard.py).
    dashboard.mount(app, pool)
    # What the city authors, over HTTP (the same access as the dashboard; hub/city_api.py).
    city_api.mount(app, pool)
    return app


def _payload(payload: Any, protocol: int) -> Any:
    """Protocol 1 sent payloads as JSON text: read them as protocol 2 objects."""
    if protocol == 1 and isinstance(payload, str):
        try:
            return json.loads(payload)
        except ValueError:
            return payload
    return payload


def app_from_env() -> FastAPI:
    """uvicorn's factory for several worker processes: the database from HUB_DATABASE_URL."""
    return create_app(os.environ["HUB_DATABASE_URL"])
