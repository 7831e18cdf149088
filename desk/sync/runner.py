"""The background sync: a thread (no Qt) that runs rounds by itself.

It runs a round at start, then every ``interval`` seconds, and at once when ``kick()``
is called (a local change, the network coming back). A failed round is retried after an
exponential backoff with full jitter (2 s, 4 s, ... capped at 5 minutes), so a busy hub
is not hammered. When there is no connection at all (the network is down, the hub not
running) the hub never saw the attempt, so the cap is 30 s: the desk notices the network
is back within half a minute, and the city sees its figures within a minute. Callers
never wait: ``kick`` and ``status`` return at once, and the status object is replaced
whole, so a reader on another thread never sees half an update.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from desk.clock import utcnow
from desk.errors import DeskError
from desk.sync.client import HubOffline, HubRefused
from desk.sync.service import SyncService

log = logging.getLogger(__name__)

BACKOFF_BASE = 2.0
BACKOFF_CAP = 300.0
OFFLINE_CAP = 30.0  # no connection at all: retrying costs the hub nothing


@dataclass(frozen=True)
class RunnerStatus:
    online: bool | None = None  # None until the first round ends
    running: bool = False  # a round is under way
    pending: int = 0
    parked: int = 0
    last_success: datetime | None = None
    last_error: str = ""  # plain words; "" after a success
    next_try_in: float = 0.0  # seconds
    rounds: int = 0


def backoff_delay(failures: int, rng: random.Random, *, base: float = BACKOFF_BASE, cap: float = BACKOFF_CAP) -> float:
    """Full jitter: uniform in [0, min(cap, base * 2^(failures-1))], at least a tenth of a second."""
    ceiling = min(cap, base * (2 ** max(0, failures - 1)))
    return max(0.1, rng.uniform(0, ceiling))


class SyncRunner:
    def __init__(self, service: SyncService, *, interval: float = 300.0,
                 on_status: Callable[[RunnerStatus], None] | None = None,
                 backoff_base: float = BACKOFF_BASE, backoff_cap: float = BACKOFF_CAP,
                 offline_cap: float = OFFLINE_CAP, rng: random.Random | None = None) -> None:
        self.service = service
        self.interval = interval
        self.on_status = on_status
        self.backoff_base, self.backoff_cap, self.offline_cap = backoff_base, backoff_cap, offline_cap
        self._rng = rng or random.Random()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._failures = 0
        self._status = RunnerStatus()
        self._lock = threading.Lock()

    @property
    def status(self) -> RunnerStatus:
        return self._status

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="desk-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self.service.close()

    def kick(self) -> None:
        """Run a round now (and forget the backoff): something changed or the network is back."""
        self._failures = 0
        self._wake.set()

    def _publish(self, **changes: object) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)
            status = self._status
        if self.on_status is not None:
            try:
                self.on_status(status)
            except Exception:  # noqa: BLE001 - a listener must not kill the sync thread
                log.exception("sync status listener failed")

    def _round(self) -> float:
        """Run one round; returns the seconds to wait before the next."""
        self._publish(running=True)
        try:
            self.service.sync_once()
        except HubRefused as error:
            # The hub said no (update needed, desk withdrawn): retrying soon will not help.
            self._failures += 1
            delay = self.interval
            self._publish(online=True, last_error=error.message)
        except DeskError as error:
            self._failures += 1
            cap = min(self.backoff_cap, self.offline_cap) if isinstance(error, HubOffline) else self.backoff_cap
            delay = backoff_delay(self._failures, self._rng, base=self.backoff_base, cap=cap)
            self._publish(online=False, last_error=error.message)
        except Exception as error:  # noqa: BLE001 - logged; the thread must keep running
            log.exception("sync round failed")
            self._failures += 1
            delay = backoff_delay(self._failures, self._rng, base=self.backoff_base, cap=self.backoff_cap)
            self._publish(online=False, last_error=f"Sync failed unexpectedly: {error}")
        else:
            self._failures = 0
            delay = self.interval
            self._publish(online=True, last_error="", last_success=utcnow())
        try:
            status = self.service.status()
            # The last success the desk recorded, also one from before this start (or by the
            # command line): a restarted desk must not say "never sent".
            known = max((t for t in (self._status.last_success, status.last_success) if t is not None),
                        default=None)
            self._publish(pending=status.pending, parked=len(status.parked), last_success=known)
        except Exception:  # noqa: BLE001 - the status is best effort; the next round retries
            log.exception("sync status failed")
        self._publish(running=False, next_try_in=delay, rounds=self._status.rounds + 1)
        return delay

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            delay = self._round()
            if self._stop.is_set():
                break
            self._wake.wait(delay)
