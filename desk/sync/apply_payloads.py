"""The shapes of what the city publishes for the desk's services (docs/SYNC.md, "What comes down").

Pure Python with no database imports, like ``protocol.py``: the hub's ``publish`` command
reads every payload with these functions before it goes into the feed, so a city
administrator's mistake is refused at the hub with the same words the desk would use,
instead of turning up as a failed item on every desk. Only the form is checked here
(fields present, of the right type, times with their offset); the desk's services
apply their own rules (lengths, phone numbers, clashes) when the item arrives.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desk.services.city_lists import CityCatalogue, CityItem, CityResource, CityResourceList
from desk.sync.protocol import FEED_BOOKING, FEED_CATALOGUE, FEED_RESOURCES, FEED_SIGNUP


class PayloadError(ValueError):
    """A payload that is not of its kind's shape; the message names the field."""


@dataclass(frozen=True)
class BookingWire:
    room_id: int | None  # the desk's room id, as in the rooms.booking / rooms.daily events
    room: str  # or the room's exact name, when the mini-program has no id
    starts_at: datetime
    ends_at: datetime
    title: str
    booker_name: str
    booker_kind: str
    contact_name: str
    contact_phone: str
    purpose: str
    headcount: int
    pass_text: str  # the BOOKING pass the mini-program signed; "" lets the desk issue one


@dataclass(frozen=True)
class SignupWire:
    activity_id: int  # the desk's activity id, as in the activities.activity event
    name: str
    phone: str
    companions: int
    signed_up_at: datetime | None
    pass_text: str  # the SIGNUP pass the mini-program signed, or ""


def _text(payload: dict[str, Any], name: str, *, required: bool = False, default: str = "") -> str:
    value = payload.get(name)
    if value is None:
        if required:
            raise PayloadError(f"the field {name!r} is missing")
        return default
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise PayloadError(f"the field {name!r} must be text")
    text = str(value).strip()
    if required and not text:
        raise PayloadError(f"the field {name!r} is empty")
    return text or default


def _whole(payload: dict[str, Any], name: str, *, default: int | None = None) -> int:
    value = payload.get(name, default)
    if value is None:
        raise PayloadError(f"the field {name!r} is missing")
    if isinstance(value, bool) or not isinstance(value, int):
        raise PayloadError(f"the field {name!r} must be a whole number")
    return value


def _moment(payload: dict[str, Any], name: str) -> datetime:
    value = payload.get(name)
    if not isinstance(value, str):
        raise PayloadError(f"the field {name!r} must be a time such as 2026-11-17T14:00:00+08:00")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise PayloadError(f"the field {name!r} is not a time such as 2026-11-17T14:00:00+08:00") from None
    if moment.tzinfo is None:
        # A bare 14:00 could be Beijing time or UTC: eight hours apart. Refuse to guess.
        raise PayloadError(f"the field {name!r} must carry its UTC offset, e.g. +08:00")
    return moment


def _items(payload: dict[str, Any]) -> list[dict[str, Any]]:
    items = payload.get("items")
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise PayloadError("the field 'items' must be a list of objects")
    return items


def _numbered(index: int, error: PayloadError) -> PayloadError:
    return PayloadError(f"item {index + 1}: {error}")


def read_catalogue(payload: dict[str, Any]) -> CityCatalogue:
    """The whole standard catalogue: a city item missing from it is withdrawn on the desk."""
    version = _text(payload, "version", required=True)
    items = []
    for index, item in enumerate(_items(payload)):
        try:
            items.append(CityItem(
                code=_text(item, "code", required=True), category=_text(item, "category", required=True),
                name=_text(item, "name", required=True), description=_text(item, "description"),
                eligibility=_text(item, "eligibility"), materials=_text(item, "materials"),
                steps=_text(item, "steps"), time_limit=_text(item, "time_limit", default="即时办结"),
                fee=_text(item, "fee", default="免费")))
        except PayloadError as error:
            raise _numbered(index, error) from None
    return CityCatalogue(version, tuple(items))


def read_resource_list(payload: dict[str, Any], key: str = "") -> CityResourceList:
    """One monthly list; ``key`` is the feed key naming it (e.g. "2027-03")."""
    version = _text(payload, "version", required=True)
    items = []
    for index, item in enumerate(_items(payload)):
        try:
            items.append(CityResource(
                unit=_text(item, "unit", required=True), title=_text(item, "title", required=True),
                category=_text(item, "category"), description=_text(item, "description"),
                contact=_text(item, "contact"), phone=_text(item, "phone"),
                availability=_text(item, "availability")))
        except PayloadError as error:
            raise _numbered(index, error) from None
    return CityResourceList(key, version, tuple(items), title=_text(payload, "title"))


def read_booking(payload: dict[str, Any]) -> BookingWire:
    room_id = _whole(payload, "room_id") if payload.get("room_id") is not None else None
    room = _text(payload, "room")
    if room_id is None and not room:
        raise PayloadError("give the room as 'room_id' (the desk's number) or 'room' (its name)")
    starts_at, ends_at = _moment(payload, "starts_at"), _moment(payload, "ends_at")
    booker = _text(payload, "booker_name", required=True)
    return BookingWire(
        room_id=room_id, room=room, starts_at=starts_at, ends_at=ends_at,
        title=_text(payload, "title", default=booker), booker_name=booker,
        booker_kind=_text(payload, "booker_kind", default="resident"),
        contact_name=_text(payload, "contact_name"), contact_phone=_text(payload, "contact_phone"),
        purpose=_text(payload, "purpose"), headcount=_whole(payload, "headcount", default=1),
        pass_text=_text(payload, "pass"))


def read_signup(payload: dict[str, Any]) -> SignupWire:
    signed_up_at = _moment(payload, "signed_up_at") if payload.get("signed_up_at") is not None else None
    return SignupWire(
        activity_id=_whole(payload, "activity_id"), name=_text(payload, "name", required=True),
        phone=_text(payload, "phone"), companions=_whole(payload, "companions", default=0),
        signed_up_at=signed_up_at, pass_text=_text(payload, "pass"))


READERS = {FEED_CATALOGUE: read_catalogue, FEED_RESOURCES: read_resource_list,
           FEED_BOOKING: read_booking, FEED_SIGNUP: read_signup}
# Items meant for one center: the ids in them are that desk's.
ONE_CENTER_KINDS = (FEED_BOOKING, FEED_SIGNUP)


def check_payload(kind: str, payload: Any) -> None:
    """Raise PayloadError if ``payload`` is not of ``kind``'s shape (kinds without a reader pass)."""
    if not isinstance(payload, dict):
        raise PayloadError("the item must be a JSON object")
    reader = READERS.get(kind)
    if reader is not None:
        reader(payload)
