"""Stored timestamps become the consultant's local calendar date (services.dates)."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest

from ips_desktop.services.dates import local_date


@pytest.fixture
def copenhagen(monkeypatch: pytest.MonkeyPatch):
    """Danish time, whatever the machine says: 23:30 UTC is already tomorrow there."""
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(("stored", "expected"), [
    (None, None),
    (date(2026, 3, 1), date(2026, 3, 1)),
    ("2026-03-01", date(2026, 3, 1)),
    ("2026-03-01 23:30:00", date(2026, 3, 2)),  # SQLite's text, naive UTC
    (datetime(2026, 3, 1, 23, 30), date(2026, 3, 2)),  # naive: UTC
    (datetime(2026, 3, 1, 23, 30, tzinfo=UTC), date(2026, 3, 2)),
    (datetime.fromisoformat("2026-03-01T23:30:00-05:00"), date(2026, 3, 2)),
    (datetime(2026, 3, 1, 22, 30), date(2026, 3, 1)),  # 23:30 in Denmark, still the 1st
])
def test_a_stored_value_becomes_its_local_date(copenhagen, stored, expected):
    assert local_date(stored) == expected


def test_anything_else_is_a_programming_error(copenhagen):
    with pytest.raises(TypeError, match="int"):
        local_date(20260301)
