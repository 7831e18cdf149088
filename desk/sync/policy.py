"""What may leave the PC: the personal-data policy applied at the border (docs/SYNC.md).

Services already put only public fields into the outbox; this module checks every
payload again as it goes out, so a mistake in one service cannot leak. The choices an
administrator can make are center settings (desk/center/settings.py):

* ``sync_phones`` (default off): send public phone numbers (a post's or a staff
  member's public number). Off, every phone field is dropped and phone numbers written
  inside free text are blanked out.
* ``sync_names`` (default "masked"): person names as 张* / 张*明 ("masked"), as they are
  ("full"), or left out ("none").
* ``sync_visits`` (default "counts"): visits leave only as per-day x purpose counts
  ("counts"), or not at all ("off"). Visit rows never leave.
* ``sync_withheld_kinds`` (default none): kinds of event that never leave this PC.

Private staff contacts, ID numbers, home addresses, photos and passwords never leave,
whatever the settings say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desk.center.settings import Settings
from desk.sync.protocol import VISITS_DAILY
from desk.text import mask_name

NAME_CHOICES = ("masked", "full", "none")
VISIT_CHOICES = ("counts", "off")

# Never leave, whatever the settings: matched against each key, lower-cased.
_NEVER = re.compile(r"private|id_number|id_card|idcard|home_address|password|secret|photo|birth")
_PHONE_KEY = re.compile(r"phone|mobile|tel$|telephone|wechat")
# A mainland mobile number, or a landline with its area code, standing alone in text.
_PHONE_TEXT = re.compile(r"(?<![\dA-Za-z])(?:\+?86[- ]?)?(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?![\dA-Za-z])")
# Keys that hold a person's name in any event; "name" itself only in the kinds below
# (elsewhere it names a post, a room or an activity).
_PERSON_KEYS = frozenset({"staff", "staff_name", "visitor", "visitor_name", "contact", "claimant",
                          "resident", "person", "holder_name", "backup_name", "taker_name"})
_NAME_IS_PERSON = frozenset({"roster.staff", "roster.whereabouts", "activities.signup",
                             "activities.attendance", "activities.volunteer"})


@dataclass(frozen=True)
class SyncPolicy:
    phones: bool = False
    names: str = "masked"
    visits: str = "counts"
    withheld: frozenset[str] = frozenset()

    @classmethod
    def from_settings(cls, settings: Settings) -> "SyncPolicy":
        names = settings["sync_names"] if settings["sync_names"] in NAME_CHOICES else "masked"
        visits = settings["sync_visits"] if settings["sync_visits"] in VISIT_CHOICES else "counts"
        withheld = settings["sync_withheld_kinds"]
        return cls(phones=settings["sync_phones"] is True, names=names, visits=visits,
                   withheld=frozenset(k for k in withheld if isinstance(k, str))
                   if isinstance(withheld, list) else frozenset())

    def allows(self, kind: str) -> bool:
        if kind in self.withheld:
            return False
        if kind.startswith("visits."):
            return kind == VISITS_DAILY and self.visits == "counts"
        return True

    def prepare(self, kind: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        """The payload as it may leave, or None when this event stays on the PC."""
        if not self.allows(kind):
            return None
        return self._clean(kind, payload)

    def _clean(self, kind: str, value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            out: dict[str, Any] = {}
            for name, item in value.items():
                lowered = str(name).lower()
                if _NEVER.search(lowered):
                    continue
                if _PHONE_KEY.search(lowered) and not self.phones:
                    continue
                if self._is_person(kind, lowered):
                    if self.names == "none":
                        continue
                    if self.names == "masked" and isinstance(item, str):
                        out[name] = mask_name(item)
                        continue
                out[name] = self._clean(kind, item, lowered)
            return out
        if isinstance(value, list):
            return [self._clean(kind, item, key) for item in value]
        if isinstance(value, str) and not self.phones and not (key == "id" or key.endswith("_id")):
            return _PHONE_TEXT.sub("***", value)
        return value

    @staticmethod
    def _is_person(kind: str, key: str) -> bool:
        return key in _PERSON_KEYS or (key == "name" and kind in _NAME_IS_PERSON)
