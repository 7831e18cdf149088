"""Named crash points for the kill -9 tests of the sync path.

``DESK_SYNC_FAILPOINT=after_hub_commit`` (or ``after_hub_commit:3`` for the third time)
makes the process kill itself at that point, as a power cut would. Unset, it costs one
dictionary lookup.
"""

from __future__ import annotations

import os
import signal

ENV = "DESK_SYNC_FAILPOINT"
_hits: dict[str, int] = {}


def hit(name: str) -> None:
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    _hits[name] = _hits.get(name, 0) + 1
    if _hits[name] >= int(nth or 1):
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
