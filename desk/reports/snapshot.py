"""Figures to JSON and back, for freezing an issued report.

The frozen form is plain JSON (dates as ISO text), read back into the same frozen
dataclasses by their type hints, so an issued month renders through exactly the code a
draft does. A field added to a figure after a month was issued takes its default when
the old snapshot is read; a field without a default makes the snapshot unreadable,
which is reported rather than printed wrong.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from functools import lru_cache
from typing import Any, TypeVar

from desk.errors import DeskError

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_plain(item) for key, item in value.items()}
    return value


def dumps(value: Any) -> str:
    # Sorted keys and no float noise beyond Python's repr: the same figures, the same text.
    return json.dumps(to_plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@lru_cache(maxsize=64)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_plain(kind: Any, data: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return from_plain(options[0], data)
    if origin is tuple:
        (item,) = [arg for arg in typing.get_args(kind) if arg is not Ellipsis]
        return tuple(from_plain(item, entry) for entry in data)
    if origin is list:
        return [from_plain(typing.get_args(kind)[0], entry) for entry in data]
    if origin is dict:
        _key, item = typing.get_args(kind)
        return {key: from_plain(item, entry) for key, entry in data.items()}
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        values = {}
        for f in dataclasses.fields(kind):
            if f.name in data:
                values[f.name] = from_plain(hints[f.name], data[f.name])
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise DeskError("This issued report was saved by an older Desk and lacks {field}; "
                                "it cannot be reprinted by this version.", field=f.name)
        return kind(**values)
    if kind is datetime:
        return datetime.fromisoformat(data)
    if kind is date:
        return date.fromisoformat(data)
    if kind is float:
        return float(data)
    return data


def loads(kind: type[T], text: str) -> T:
    return typing.cast(T, from_plain(kind, json.loads(text)))
