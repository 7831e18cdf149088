"""Configurable values with defaults; stored as JSON in the setting table."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

# name -> (default, minimum, maximum) for numbers; the defaults a new center starts with.
DEFAULTS: dict[str, Any] = {
    # What leaves the PC for the city hub (desk/sync/policy.py, docs/SYNC.md).
    "sync_phones": False,  # public phone numbers go up only if this is turned on
    "sync_names": "masked",  # person names: masked (张*) | full | none
    "sync_visits": "counts",  # visits: per-day x purpose counts | off (rows never leave)
    "sync_withheld_kinds": [],  # kinds of event that never leave this PC
    "sync_interval_minutes": 5,  # the background sync runs at least this often
    "retention_days": 180,  # PIPL: personal fields of visits older than this are purged
    "idle_lock_minutes": 10,  # the desk locks itself after this long without input
    "repeat_scan_seconds": 120,  # a second scan of one pass within this is the same visit
    "auto_checkout": True,  # check everyone out at closing time
    "default_scan_purpose": "consult",  # purpose code for a resident-pass scan
    "login_max_failures": 5,  # failures before sign-in is throttled
    "login_window_minutes": 15,
    "resident_pass_days": 365,
    # Rest rules the roster checks (0 turns a rule off).
    "roster_min_rest_hours": 10,  # between the end of one duty and the start of the next
    "roster_max_days_in_row": 6,  # days on duty without a day off
    # A whereabouts status whose expected return passed this long ago is flagged as stale.
    "whereabouts_stale_minutes": 15,
    # The staggered-hours notice (错时服务) on the lobby board and the printed sheets.
    "disclosure_notice": "本中心实行错时延时服务：工作日午间、周末轮班值守，节假日按值班安排开放。",
    # The printed service list's QR code links here; empty: it carries the center's name,
    # address and supervision phone as plain text instead.
    "public_info_url": "",
    "privacy_notice": (
        "本中心仅为来访登记、服务办理和统计之需收集您的姓名和联系电话，"
        "保存期满后自动删除，不向第三方提供。"
    ),
    # Ledger layouts an administrator adjusted, by ledger kind (desk/reports/ledgers/templates.py);
    # a kind not here uses the layout shipped in resources/ledgers/.
    "ledger_templates": {},
}

LIMITS: dict[str, tuple[int, int]] = {
    "sync_interval_minutes": (1, 1440),
    "retention_days": (1, 3650),
    "idle_lock_minutes": (1, 240),
    "repeat_scan_seconds": (0, 3600),
    "login_max_failures": (3, 20),
    "login_window_minutes": (1, 1440),
    "resident_pass_days": (1, 3650),
    "roster_min_rest_hours": (0, 24),
    "roster_max_days_in_row": (0, 31),
    "whereabouts_stale_minutes": (0, 1440),
}


@dataclass(frozen=True)
class Settings:
    values: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values.get(key, DEFAULTS[key])

    @staticmethod
    def decode(raw: dict[str, str]) -> "Settings":
        values = dict(DEFAULTS)
        for key, text in raw.items():
            try:
                values[key] = json.loads(text)
            except ValueError:
                continue
        return Settings(values)
