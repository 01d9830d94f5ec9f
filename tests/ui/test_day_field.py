"""A day that has been, typed without a year: the notes', phase changes' and job starts' field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from ips_desktop.domain.errors import ValidationError
from ips_desktop.ui.widgets.form_fields import DayField


def test_a_day_and_month_ahead_of_today_mean_last_years(qtbot):
    today = date.today()
    tomorrow = today + timedelta(days=1)
    if tomorrow.year != today.year or (tomorrow.month, tomorrow.day) == (2, 29):
        pytest.skip("tomorrow has no day of the same date last year, or is next year")
    field = DayField()
    qtbot.addWidget(field)
    field.edit.clear()
    qtbot.keyClicks(field.edit, f"{tomorrow.day}/{tomorrow.month}")
    assert field.required_date("start_date") == tomorrow.replace(year=today.year - 1)
    field.edit.clear()
    qtbot.keyClicks(field.edit, f"{today.day}.{today.month}")
    assert field.required_date("start_date") == today


def test_an_empty_or_unreadable_day_is_said_at_its_field(qtbot):
    field = DayField()
    qtbot.addWidget(field)
    field.edit.clear()
    with pytest.raises(ValidationError) as empty:
        field.required_date("start_date")
    qtbot.keyClicks(field.edit, "31/2")
    qtbot.keyClick(field.edit, Qt.Key.Key_End)
    with pytest.raises(ValidationError) as unreadable:
        field.required_date("start_date")
    assert [e.field for e in empty.value.errors] == ["start_date"]
    assert empty.value.errors[0].message != unreadable.value.errors[0].message
