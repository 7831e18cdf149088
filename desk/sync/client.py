"""Talking to the city hub over HTTP (httpx). No database here: see upload/download.

Errors come back as ``DeskError``s in plain words: ``HubUnreachable`` (no network, the
hub down or overloaded: try again later, with backoff) and ``HubRefused`` (the hub said
no and will say no again until someone acts), ``UpdateRequired`` among them.
"""

from __future__ import annotations

import time
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desk.errors import DeskError
from desk.sync.protocol import (
    HUB_PROTOCOLS_HEADER,
    MIN_PROTOCOL,
    PROTOCOL,
    PROTOCOL_HEADER,
    b64,
    challenge_message,
    parse_protocols,
)

TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class HubUnreachable(DeskError):
    """The hub could not be reached or could not answer now; nothing was lost."""


class HubOffline(HubUnreachable):
    """No connection at all (the network is down or the hub is not running): the hub never
    saw the request, so trying again soon costs it nothing."""


class HubRefused(DeskError):
    """The hub answered no; trying again will not help until someone acts."""


class UpdateRequired(HubRefused):
    """This desk is too old for the hub."""


class FeedTooOld(Exception):
    """The hub no longer keeps the feed from our cursor: read a snapshot."""


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except ValueError:
        detail = None
    if isinstance(detail, list):  # FastAPI's validation errors
        detail = "; ".join(str(item.get("msg", item)) for item in detail)
    return str(detail or response.reason_phrase or response.status_code)


class HubClient:
    """One hub, one device. ``protocol`` defaults to the best both sides speak."""

    def __init__(self, base_url: str, device_id: str = "", key: Ed25519PrivateKey | None = None, *,
                 protocol: int | None = None, transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.device_id = device_id
        self.key = key
        self.protocol = protocol
        self._token: str | None = None
        self._token_until = 0.0
        # Loading the CA bundle for TLS holds the GIL for tens of milliseconds (OpenSSL reads and
        # parses every certificate), which the GUI thread would feel; a plain-HTTP hub (a trial
        # on the LAN) never uses TLS, so it is not loaded for one.
        tls = self.base_url.startswith("https://")
        self._http = httpx.Client(base_url=self.base_url, timeout=TIMEOUT, transport=transport, verify=tls,
                                  headers={"User-Agent": f"desk-sync/{PROTOCOL}"})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "HubClient":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- transport ---------------------------------------------------------------------

    def _request(self, method: str, path: str, *, auth: bool = True, **kwargs: Any) -> httpx.Response:
        headers = {PROTOCOL_HEADER: str(PROTOCOL if self.protocol is None else self.protocol)}
        for attempt in (1, 2):
            if auth:
                headers["Authorization"] = f"Bearer {self._bearer()}"
            try:
                response = self._http.request(method, path, headers=headers, **kwargs)
            except (httpx.ConnectError, httpx.ConnectTimeout) as error:
                raise HubOffline("The city hub cannot be reached ({reason}). The records wait on "
                                 "this PC and go up by themselves when the network is back.",
                                 reason=type(error).__name__) from error
            except httpx.HTTPError as error:
                raise HubUnreachable("The city hub cannot be reached ({reason}). The records wait on "
                                     "this PC and go up by themselves when the network is back.",
                                     reason=type(error).__name__) from error
            if response.status_code == 401 and auth and attempt == 1:
                self._token = None  # expired or the hub's key rotated: sign in once more
                continue
            return self._checked(response)
        return self._checked(response)

    @staticmethod
    def _checked(response: httpx.Response) -> httpx.Response:
        status = response.status_code
        if status < 400 or status == 410:
            return response
        if status == 426:
            raise UpdateRequired("{reason}", reason=_detail(response))
        if status >= 500 or status in (408, 429):
            raise HubUnreachable("The city hub is busy or down (error {status}). The records wait on this "
                                 "PC and go up by themselves later.", status=status)
        raise HubRefused("The city hub refused: {reason}", reason=_detail(response))

    # -- protocol and identity -----------------------------------------------------------

    def negotiate(self) -> int:
        """Agree on a protocol version (once per client), or say plainly to update."""
        if self.protocol is not None:
            return self.protocol
        response = self._request("GET", "/v1/hello", auth=False)
        body = response.json()
        hub = parse_protocols(response.headers.get(HUB_PROTOCOLS_HEADER)) or (int(body["min"]), int(body["max"]))
        chosen = min(PROTOCOL, hub[1])
        if chosen < max(MIN_PROTOCOL, hub[0]):
            raise UpdateRequired("This desk is too old for the city hub, which needs protocol {low} or newer. "
                                 "Please update Desk. Until then its records wait safely on this PC.",
                                 low=hub[0])
        self.protocol = chosen
        return chosen

    def enroll(self, code: str, key: Ed25519PrivateKey, name: str) -> dict[str, Any]:
        self.negotiate()
        public = b64(key.public_key().public_bytes_raw())
        body = self._request("POST", "/v1/enroll", auth=False,
                             json={"code": code, "public_key": public, "name": name}).json()
        self.device_id, self.key = body["device_id"], key
        return body

    def _bearer(self) -> str:
        if self._token and time.monotonic() < self._token_until:
            return self._token
        if not (self.device_id and self.key):
            raise HubRefused("This desk is not enrolled with a city hub yet.")
        nonce = self._request("POST", "/v1/auth/challenge", auth=False,
                              json={"device_id": self.device_id}).json()["nonce"]
        signature = b64(self.key.sign(challenge_message(self.device_id, nonce)))
        body = self._request("POST", "/v1/auth/token", auth=False,
                             json={"device_id": self.device_id, "nonce": nonce, "signature": signature}).json()
        self._token = body["token"]
        # Renew a minute early, by our own monotonic clock: the desk's wall clock may be off.
        self._token_until = time.monotonic() + max(30, int(body["expires_in"]) - 60)
        return self._token

    # -- the calls ------------------------------------------------------------------------

    def upload(self, events: list[dict[str, Any]]) -> dict[str, Any]:
        self.negotiate()
        return self._request("POST", "/v1/upload", json={"events": events}).json()

    def feed(self, cursor: str, limit: int) -> dict[str, Any]:
        self.negotiate()
        response = self._request("GET", "/v1/feed", params={"cursor": cursor, "limit": limit})
        if response.status_code == 410:
            raise FeedTooOld(cursor)
        return response.json()

    def snapshot(self, bound: str, after: tuple[str, str], limit: int) -> dict[str, Any]:
        self.negotiate()
        return self._request("GET", "/v1/feed/snapshot", params={
            "bound": bound, "after_kind": after[0], "after_key": after[1], "limit": limit}).json()

    def parked(self) -> list[dict[str, Any]]:
        self.negotiate()
        return self._request("GET", "/v1/parked").json()["parked"]

    def retry_parked(self, ids: list[str] | None = None) -> dict[str, Any]:
        self.negotiate()
        return self._request("POST", "/v1/parked/retry", json={"ids": ids}).json()

    def check(self, days: list[str]) -> dict[str, dict[str, Any]]:
        """The hub's count and digest of this center's events for each UTC day
        ("YYYY-MM-DD", at most CHECK_MAX_DAYS): {day: {"count", "digest"}}."""
        self.negotiate()
        return self._request("POST", "/v1/check", json={"days": days}).json()["days"]
