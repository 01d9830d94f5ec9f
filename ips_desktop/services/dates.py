"""Turning stored timestamps into the consultant's calendar dates.

Timestamps (`created_at`, `updated_at`, `completed_at`) are stored in UTC, and
SQLite hands them back without a zone; a form begun at 00:30 in Denmark is
still the day it was begun, so the date is taken in local time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime


def local_date(value: object) -> date | None:
    """A stored date stays as it is; a stored UTC timestamp becomes its local date."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if len(value) > 10 else date.fromisoformat(value)
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone().date()
    if isinstance(value, date):
        return value
    raise TypeError(f"not a date or timestamp: {type(value).__name__}")
