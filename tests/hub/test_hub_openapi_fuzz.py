"""The hub's published OpenAPI spec, and every operation in it fuzzed with schemathesis
over real HTTP on loopback against a real PostgreSQL: as a signed-in desk (a real enrolled
device's token) and as a stranger. Whatever arrives, the hub never answers 5xx, its answers
match the documented schema, and input the spec forbids gets a 4xx."""

from __future__ import annotations

import base64
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import schemathesis
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.core.result import Err
from schemathesis.pytest.lazy import get_all_tests
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
)

from desk.sync.client import HubClient
from desk.sync.protocol import PROTOCOL, PROTOCOL_HEADER, b64
from hub import auth, dashboard
from hub.app import create_app
from hub.testing import ClusterError, free_port, hub_connection, sqlite_hub_url, wait_healthy

DASHBOARD_PASSWORD = "fuzz-city-password"
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance, negative_data_rejection]
# Input the spec forbids must get a 4xx. 410 (a cursor the feed no longer keeps) and 426
# (a desk too old or too new) are the hub's own refusals of a request it understood.
CONFIG = schemathesis.Config.from_dict({
    "seed": 20261120,
    "checks": {"negative_data_rejection": {
        "expected-statuses": ["400", "401", "403", "404", "405", "409", "410", "415", "422", "426"]}},
})
FUZZ = settings(max_examples=30, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


class HubUnderFuzz:
    """``python -m hub serve`` in a subprocess on a free loopback port, its log in a file.

    A separate process, not hub.testing.HubThread: in one process uvicorn's traceback of a
    500 is formatted while Hypothesis parses source in the test thread, and CPython 3.11's
    parser state is shared between threads (SystemError: AST constructor recursion depth
    mismatch), which would hide the finding behind a crash of the test itself."""

    def __init__(self, dsn: str, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.dsn = dsn
        self.log = log
        with log.open("w") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "hub", "--db", dsn, "serve", "--port", str(self.port)],
                cwd=Path(__file__).resolve().parents[2], stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_healthy(self.url, process=self.process)
        except ClusterError:
            self.stop()
            raise ClusterError(f"the hub did not start:\n{self.log_tail()}") from None

    def log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-6000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture(scope="module", params=["postgresql", "sqlite"])
def fuzz_hub(request, tmp_path_factory):
    """One hub for the file, on its own database (PostgreSQL, then the SQLite trial hub),
    with the dashboard switched on (the subprocess reads the password at start). Each test
    signs in as a center of its own."""
    if request.param == "sqlite":
        dsn = sqlite_hub_url(tmp_path_factory.mktemp("fuzz"))
    else:
        dsn = request.getfixturevalue("pg_cluster").create_database("hub_openapi_fuzz", template="hub_template")
    with pytest.MonkeyPatch.context() as patch, tempfile.TemporaryDirectory(prefix="hub-fuzz-") as folder:
        patch.setenv(dashboard.PASSWORD_ENV, DASHBOARD_PASSWORD)
        patch.delenv(dashboard.USER_ENV, raising=False)
        server = HubUnderFuzz(dsn, Path(folder) / "hub.log")
        try:
            yield server
        finally:
            server.stop()


@dataclass(frozen=True)
class Desk:
    center_id: str
    device_id: str
    headers: dict[str, str]  # its bearer token and protocol, as a real desk sends them


@pytest.fixture
def desk(fuzz_hub) -> Desk:
    """A desk of a new center, enrolled with a real one-time code, signed in."""
    with hub_connection(fuzz_hub.dsn) as conn:
        center_id, code = auth.create_center(conn, "幸福社区")
    client = HubClient(fuzz_hub.url)
    client.enroll(code, Ed25519PrivateKey.generate(), "desk-pc")
    headers = {"Authorization": f"Bearer {client._bearer()}", PROTOCOL_HEADER: str(PROTOCOL)}
    return Desk(center_id, client.device_id, headers)


CITY = {"Authorization": "Basic " + base64.b64encode(f"city:{DASHBOARD_PASSWORD}".encode()).decode()}


def _fuzz(fuzz_hub: HubUnderFuzz, send: Callable[[schemathesis.Case], None]) -> None:
    """Run schemathesis' examples, coverage and fuzzing phases on every operation of the
    spec and fail with every operation's findings at once. (The pytest plugin's
    ``from_fixture(...).parametrize()`` does the same but breaks on pytest 9: it renames
    the node through ``_nodeid``, which pytest 9 no longer has.)"""
    api = schemathesis.openapi.from_url(f"{fuzz_hub.url}/openapi.json", config=CONFIG)

    def test(case: schemathesis.Case) -> None:
        send(case)

    found, operations = [], []
    for result in get_all_tests(schema=api, test_func=test, settings=FUZZ, given_kwargs=None):
        if isinstance(result, Err):  # the spec describes an operation in a way nobody can follow
            found.append(f"The spec is wrong: {result.err()}")
            continue
        operation, run = result.ok()
        operations.append(operation.label)
        try:
            run()
        except FailureGroup as failures:
            found.append(f"{operation.label}: {failures}")
    assert not found, "\n\n".join(found) + f"\n\nThe hub's log:\n{fuzz_hub.log_tail()}"
    assert len(operations) >= 12, operations


def test_every_operation_answers_a_signed_in_desk_without_a_server_error(fuzz_hub, desk) -> None:
    def send(case: schemathesis.Case) -> None:
        headers = CITY if case.path.startswith(("/dashboard", "/city/")) else desk.headers
        case.call_and_validate(base_url=fuzz_hub.url, headers=headers, checks=CHECKS)
    _fuzz(fuzz_hub, send)


def test_every_operation_answers_a_stranger_without_a_server_error(fuzz_hub) -> None:
    # No credentials of ours: whatever Authorization header the fuzzer makes up goes as it is.
    def send(case: schemathesis.Case) -> None:
        case.call_and_validate(base_url=fuzz_hub.url, headers={PROTOCOL_HEADER: str(PROTOCOL)}, checks=CHECKS)
    _fuzz(fuzz_hub, send)


def test_the_openapi_spec_is_published_with_every_route(fuzz_hub) -> None:
    response = httpx.get(f"{fuzz_hub.url}/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    assert spec["info"]["title"] == "Desk city hub"
    paths = spec["paths"]
    expected = {"/healthz": {"get"}, "/v1/hello": {"get"}, "/v1/enroll": {"post"},
                "/v1/auth/challenge": {"post"}, "/v1/auth/token": {"post"}, "/v1/upload": {"post"},
                "/v1/feed": {"get"}, "/v1/feed/snapshot": {"get"}, "/v1/parked": {"get"},
                "/v1/parked/retry": {"post"}, "/dashboard": {"get"}, "/dashboard/center/{center_id}": {"get"}}
    assert {path: set(paths.get(path, {})) for path in expected} == expected
    dashboard_query = {parameter["name"] for parameter in paths["/dashboard"]["get"]["parameters"]}
    assert dashboard_query == {"month", "sort"}
    # Nothing served under /v1 or /dashboard is missing from the spec.
    app = create_app(fuzz_hub.dsn, pool_size=1)
    try:
        served = {route.path for route in app.routes if route.path.startswith(("/v1/", "/dashboard"))}
    finally:
        app.state.pool.close()
    assert served <= set(paths)


# What the fuzzer (or a reading of the code it pointed to) found, each as the request that
# got a 500 or an answer outside the spec before the fix.

NUL_REFUSED = "the text holds a NUL character (\\u0000), which the hub cannot store"


def _event(seq: int, **fields) -> dict:
    return {"seq": seq, "id": f"0190a000-0000-7000-8000-{seq:012d}", "kind": "roster.whereabouts",
            "payload": {"staff_id": seq, "status": "外出", "at": "2026-11-20T08:00:00+00:00"},
            "created_at": "2026-11-20T08:00:00+00:00"} | fields


def _refusal(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    detail = response.json()["detail"]
    return detail if isinstance(detail, str) else " | ".join(f"{e['loc'][-1]}: {e['msg']}" for e in detail)


def _parked(fuzz_hub, center_id: str) -> dict[int, str]:
    with hub_connection(fuzz_hub.dsn) as conn:
        rows = conn.execute("SELECT seq, reason FROM parked_event WHERE center_id = %s", (center_id,))
        return dict(rows.fetchall())


def test_a_nul_in_an_event_payload_parks_that_event_and_the_batch_goes_in(fuzz_hub, desk) -> None:
    batch = [_event(1), _event(2, payload={"staff_id": 2, "status": "外\x00出", "at": "2026-11-20T08:00:00+00:00"}),
             _event(3, payload={"staff_id": 3, "status": "外出", "at": "2026-11-20", "\x00": [{"k": "v"}]})]
    response = httpx.post(f"{fuzz_hub.url}/v1/upload", headers=desk.headers, json={"events": batch})
    assert response.status_code == 200, response.text
    assert (response.json()["acked_seq"], response.json()["applied"]) == (3, 1)
    reasons = _parked(fuzz_hub, desk.center_id)
    assert set(reasons) == {2, 3} and all("NUL character" in reason for reason in reasons.values())
    # A retry keeps them parked with the same reason; it does not fail on them either.
    retried = httpx.post(f"{fuzz_hub.url}/v1/parked/retry", headers=desk.headers, json={"ids": None})
    assert retried.status_code == 200 and [p["seq"] for p in retried.json()["parked"]] == [2, 3]


@pytest.mark.parametrize("field", ["id", "kind", "created_at"])
def test_a_nul_in_an_event_field_is_refused_with_a_sentence(fuzz_hub, desk, field) -> None:
    event = _event(1)
    event[field] = event[field][:5] + "\x00" + event[field][5:]
    response = httpx.post(f"{fuzz_hub.url}/v1/upload", headers=desk.headers, json={"events": [event]})
    assert _refusal(response, 422) == f"{field}: Value error, {NUL_REFUSED}"


def test_a_seq_beyond_what_the_database_holds_is_refused(fuzz_hub, desk) -> None:
    response = httpx.post(f"{fuzz_hub.url}/v1/upload", headers=desk.headers, json={"events": [_event(2**63)]})
    assert _refusal(response, 422) == "seq: Input should be less than or equal to 9223372036854775807"


@pytest.mark.parametrize("created_at", ["2026-11-20T08:00:00+20:00", "2026-W47-5", "2026-11-20T08",
                                        "2026-11-20T08:00:00,5"])
def test_a_created_at_the_database_cannot_read_parks_the_event_not_the_batch(fuzz_hub, desk, created_at) -> None:
    # Python reads each of these; PostgreSQL does not, and the whole batch failed with a 500.
    response = httpx.post(f"{fuzz_hub.url}/v1/upload", headers=desk.headers,
                          json={"events": [_event(1), _event(2, created_at=created_at)]})
    assert response.status_code == 200, response.text
    assert response.json()["applied"] == 1
    assert _parked(fuzz_hub, desk.center_id) == {2: f"bad created_at {created_at!r}"}


def test_a_moment_offset_by_sixteen_hours_or_more_is_parked_and_the_dashboard_stays_up(fuzz_hub, desk) -> None:
    activity = {"id": "a-1", "title": "书法", "starts_at": "2026-11-20T08:00:00+20:00"}
    response = httpx.post(f"{fuzz_hub.url}/v1/upload", headers=desk.headers,
                          json={"events": [_event(1, kind="activities.activity", payload=activity)]})
    assert response.status_code == 200 and response.json()["applied"] == 0
    assert _parked(fuzz_hub, desk.center_id) == {1: "the payload's starts_at is not valid"}
    for page in ("/dashboard", f"/dashboard/center/{desk.center_id}"):
        assert httpx.get(f"{fuzz_hub.url}{page}?month=2026-11", headers=CITY).status_code == 200


def test_a_nul_in_parked_ids_to_retry_is_refused_with_a_sentence(fuzz_hub, desk) -> None:
    response = httpx.post(f"{fuzz_hub.url}/v1/parked/retry", headers=desk.headers, json={"ids": ["J\x00"]})
    assert _refusal(response, 422) == f"0: Value error, {NUL_REFUSED}"


def test_a_nul_in_the_snapshot_position_is_refused_with_a_sentence(fuzz_hub, desk) -> None:
    response = httpx.get(f"{fuzz_hub.url}/v1/feed/snapshot", headers=desk.headers,
                         params={"bound": "208290197", "after_kind": "Uc\x00ã", "limit": 608})
    assert _refusal(response, 422) == f"after_kind: Value error, {NUL_REFUSED}"


def test_a_nul_in_a_sign_in_nonce_is_refused_with_a_sentence(fuzz_hub, desk) -> None:
    response = httpx.post(f"{fuzz_hub.url}/v1/auth/token", headers={PROTOCOL_HEADER: str(PROTOCOL)},
                          json={"device_id": desk.device_id, "nonce": "n\x00", "signature": "s"})
    assert _refusal(response, 422) == f"nonce: Value error, {NUL_REFUSED}"


def test_a_bad_feed_cursor_gets_a_400_with_a_sentence_not_a_422_outside_the_spec(fuzz_hub, desk) -> None:
    # FastAPI documents every 422 as a list of field errors; this one was a bare sentence.
    response = httpx.get(f"{fuzz_hub.url}/v1/feed", headers=desk.headers, params={"cursor": "0" * 79, "limit": 500})
    assert _refusal(response, 400).startswith("The feed cursor is not valid")


@pytest.mark.parametrize("claims", [b'{"k": 1e999}', b"[" * 3000 + b"]" * 3000])
def test_a_made_up_token_whose_claims_break_the_reader_gets_a_401(fuzz_hub, claims) -> None:
    # The claims are read before the signature is checked: anyone can send these.
    token = f"{b64(claims)}.{b64(b'x' * 64)}"
    response = httpx.get(f"{fuzz_hub.url}/v1/parked", headers={"Authorization": f"Bearer {token}",
                                                         PROTOCOL_HEADER: str(PROTOCOL)})
    assert _refusal(response, 401) == "The token is not valid."
