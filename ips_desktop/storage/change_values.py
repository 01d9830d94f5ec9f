"""Column values as JSON for the change log, and back, decided by the column's type.

The log (storage/change_log.py) travels to the team database, which compares
a change's old value with what it holds: one value must have one encoding,
whichever backend or driver read it. So:

- UUID: the hyphenated lower-case text;
- date: `YYYY-MM-DD`; time: `HH:MM:SS.ffffff`;
- an instant (`DateTime(timezone=True)`): UTC with microseconds and a `Z`,
  `YYYY-MM-DDTHH:MM:SS.ffffffZ`. SQLite hands such a value back without its
  offset; stored values are UTC (storage writes UTC), so a naive one is read
  as UTC;
- a wall-clock time (`DateTime` without zone: calendar times in Denmark):
  the same without the `Z`, never converted;
- numbers, booleans, text and JSON documents as they are.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Time,
    Uuid,
)
from sqlalchemy.types import TypeEngine

Encode = Callable[[Any], Any]

_INSTANT = "%Y-%m-%dT%H:%M:%S.%fZ"
_WALL = "%Y-%m-%dT%H:%M:%S.%f"


def _uuid(value: Any) -> str:
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


@lru_cache(maxsize=4096)  # the demo's rows share their stamps: most encodings repeat
def _instant(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds") + "Z"  # isoformat: 3× strftime's speed


def _wall(value: datetime) -> str:
    return value.replace(tzinfo=None).isoformat(timespec="microseconds")


@lru_cache(maxsize=4096)
def _date(value: date) -> str:
    return value.isoformat()


def _time(value: time) -> str:
    return value.isoformat(timespec="microseconds")


def _same(value: Any) -> Any:
    return value


def _to_uuid(text: str) -> uuid.UUID:
    return uuid.UUID(text)


def _to_instant(text: str) -> datetime:
    return datetime.strptime(text, _INSTANT).replace(tzinfo=UTC)


def _to_wall(text: str) -> datetime:
    return datetime.strptime(text, _WALL)


def _none_passes(convert: Encode) -> Encode:
    def guarded(value: Any) -> Any:
        return None if value is None else convert(value)
    return guarded


# Most specific first: Integer before Boolean is irrelevant, DateTime's zone is asked below.
_KINDS: tuple[tuple[type[TypeEngine[Any]], Encode, Encode], ...] = (
    (Uuid, _uuid, _to_uuid),
    (Date, _date, date.fromisoformat),
    (Time, _time, time.fromisoformat),
    (Boolean, bool, bool),
    (BigInteger, int, int),
    (Integer, int, int),
    (Float, float, float),
    (String, str, str),  # Text is a String
    (JSON, _same, _same),
)


def is_plain(type_: TypeEngine[Any]) -> bool:
    """Whether the column's values are their own JSON form (text, numbers, booleans, JSON).

    The change log's bulk path (the demo's 400,000 rows) skips the call for these.
    """
    return _pair(type_)[0] in (str, int, float, bool, _same)


def encoder(type_: TypeEngine[Any]) -> Encode:
    """The JSON-ready form of a value of this column type (None stays None)."""
    return _none_passes(_pair(type_)[0])


def decoder(type_: TypeEngine[Any]) -> Encode:
    """The Python value of an encoded one, as the ORM would hand it back."""
    return _none_passes(_pair(type_)[1])


def raw_encoder(type_: TypeEngine[Any]) -> Encode:
    """`encoder` without the None check, for callers that made it already."""
    return _pair(type_)[0]


def encode(type_: TypeEngine[Any], value: Any) -> Any:
    return encoder(type_)(value)


def decode(type_: TypeEngine[Any], value: Any) -> Any:
    return decoder(type_)(value)


def _pair(type_: TypeEngine[Any]) -> tuple[Encode, Encode]:
    if isinstance(type_, DateTime):
        return (_instant, _to_instant) if type_.timezone else (_wall, _to_wall)
    for kind, to_json, from_json in _KINDS:
        if isinstance(type_, kind):
            return to_json, from_json
    # A type of a later migration (say a UTC TypeDecorator) is encoded as what it wraps.
    impl = getattr(type_, "impl_instance", None) or getattr(type_, "impl", None)
    if isinstance(impl, TypeEngine) and impl is not type_:
        return _pair(impl)
    raise TypeError(f"no change-log encoding for column type {type_!r}")
