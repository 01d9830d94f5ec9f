"""The scopes from an occurrence already changed alone, and the edges of the scopes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.recurrence import Recurrence, Repeat
from ips_desktop.services import calendar
from ips_desktop.services.calendar import OccurrenceRef, Scope
from tests.services.calendar_support import WED, enrol, meeting, presence, week

MON = datetime(2026, 8, 31)
SECOND = WED + timedelta(days=7)


def weeks(ws, n=4):
    return [[(o.starts_at, o.title) for o in week(ws, MON + timedelta(days=7 * i))]
            for i in range(n)]


@pytest.fixture
def moved(ws):
    """A weekly series whose second occurrence was dragged to 14:00."""
    series = calendar.create_event(ws.ctx, presence(ws))
    done = calendar.move_occurrence(ws.ctx, OccurrenceRef(series.event_id, SECOND),
                                    SECOND + timedelta(hours=1, minutes=30),
                                    SECOND + timedelta(hours=2, minutes=30))
    return series, done.ref


def test_an_override_changed_again_and_its_input(ws, moved):
    _series, override = moved
    data = calendar.event_input(ws.ctx, override)
    assert data.starts_at == datetime(2026, 9, 9, 14, 0)
    assert data.recurrence == Recurrence(Repeat.WEEKLY)  # the series' recurrence
    assert calendar.update_event(ws.ctx, override, replace(data, title="Ny"), Scope.THIS) == \
        override
    assert weeks(ws, 2)[1] == [(datetime(2026, 9, 9, 14, 0), "Ny")]


def test_a_moved_override_moves_again_and_back(ws, moved):
    _, override = moved
    done = calendar.move_occurrence(ws.ctx, override, datetime(2026, 9, 10, 8, 0),
                                    datetime(2026, 9, 10, 9, 0))
    assert done.ref == override
    assert calendar.undo_move(ws.ctx, done) == override
    assert weeks(ws, 2)[1] == [(datetime(2026, 9, 9, 14, 0), "Mødedag")]


def test_all_from_an_override_changes_the_series_and_keeps_the_override(ws, moved):
    series, override = moved
    data = calendar.event_input(ws.ctx, override)
    ref = calendar.update_event(ws.ctx, override, replace(data, title="Alle"), Scope.ALL)
    assert ref == OccurrenceRef(series.event_id, SECOND)
    assert weeks(ws, 3) == [[(WED, "Alle")], [(datetime(2026, 9, 9, 14, 0), "Mødedag")],
                            [(WED + timedelta(days=14), "Alle")]]


def test_this_and_later_from_an_override_splits_at_its_original_start(ws, moved):
    series, override = moved
    data = calendar.event_input(ws.ctx, override)
    new = calendar.update_event(ws.ctx, override, replace(data, title="Senere"),
                                Scope.THIS_AND_LATER)
    assert new.event_id not in (series.event_id, override.event_id)
    assert weeks(ws, 3) == [[(WED, "Mødedag")], [(datetime(2026, 9, 9, 14, 0), "Senere")],
                            [(datetime(2026, 9, 16, 14, 0), "Senere")]]
    assert week(ws, MON + timedelta(days=7))[0].ref == new  # the new series' first one
    with pytest.raises(LookupError):
        calendar.event_input(ws.ctx, override)


def test_this_and_later_from_the_first_occurrence_is_the_whole_series(ws, moved):
    series, _ = moved
    data = calendar.event_input(ws.ctx, series)
    ref = calendar.update_event(ws.ctx, series, replace(data, title="Hele"), Scope.THIS_AND_LATER)
    assert ref.event_id == series.event_id
    assert [w[0][1] for w in weeks(ws, 3)] == ["Hele", "Mødedag", "Hele"]


def test_delete_this_on_an_override_cancels_it(ws, moved):
    series, override = moved
    calendar.delete_event(ws.ctx, override, Scope.THIS)
    assert weeks(ws, 3)[1] == []
    calendar.restore_occurrence(ws.ctx, series.event_id, SECOND)
    assert weeks(ws, 3)[1] == [(SECOND, "Mødedag")]


def test_delete_this_and_later_from_the_first_is_all(ws, moved):
    series, override = moved
    calendar.delete_event(ws.ctx, OccurrenceRef(series.event_id, WED), Scope.THIS_AND_LATER)
    assert weeks(ws, 3) == [[], [], []]
    with pytest.raises(LookupError):
        calendar.event_input(ws.ctx, override)


def test_all_with_no_repetition_left_makes_one_event(ws, moved):
    series, _override = moved
    data = calendar.event_input(ws.ctx, OccurrenceRef(series.event_id, SECOND + timedelta(7)))
    ref = calendar.update_event(ws.ctx, OccurrenceRef(series.event_id, SECOND + timedelta(7)),
                                replace(data, recurrence=Recurrence()), Scope.ALL)
    assert ref == OccurrenceRef(series.event_id, None)
    # the series became its (moved) occurrence's day; the changed one stays as an event
    assert weeks(ws, 3) == [[], [(datetime(2026, 9, 9, 14, 0), "Mødedag")],
                            [(WED + timedelta(days=14), "Mødedag")]]


def test_a_series_to_fortnightly_drops_what_is_no_longer_an_occurrence(ws):
    series = calendar.create_event(ws.ctx, presence(ws))
    calendar.delete_event(ws.ctx, OccurrenceRef(series.event_id, SECOND), Scope.THIS)
    data = calendar.event_input(ws.ctx, series)
    calendar.update_event(ws.ctx, series, replace(data, recurrence=Recurrence(
        Repeat.FORTNIGHTLY)), Scope.ALL)
    assert [len(w) for w in weeks(ws, 5)] == [1, 0, 1, 0, 1]
    ref = OccurrenceRef(series.event_id, SECOND)
    with pytest.raises(ValidationError) as raised:
        calendar.restore_occurrence(ws.ctx, series.event_id, SECOND)
    assert raised.value.for_field("exdate")
    with pytest.raises(ValidationError) as raised:
        calendar.update_event(ws.ctx, ref, data, Scope.THIS)
    assert raised.value.for_field("exdate")
    with pytest.raises(ValidationError) as raised:
        calendar.move_occurrence(ws.ctx, ref, SECOND, SECOND + timedelta(hours=1))
    assert raised.value.for_field("exdate")


def test_bad_changes_are_refused_at_the_field_and_change_nothing(ws, moved):
    series, _ = moved
    data = calendar.event_input(ws.ctx, series)
    for scope in Scope:
        with pytest.raises(ValidationError) as raised:
            calendar.update_event(ws.ctx, OccurrenceRef(series.event_id, SECOND + timedelta(7)),
                                  replace(data, title="", ends_at=data.starts_at), scope)
        assert raised.value.for_field("title") and raised.value.for_field("ends_at")
    with pytest.raises(ValidationError) as raised:
        calendar.update_event(ws.ctx, series, replace(
            data, recurrence=Recurrence(Repeat.WEEKLY, date(2026, 8, 1))), Scope.ALL)
    assert raised.value.for_field("recurrence")
    assert [w[0][1] for w in weeks(ws, 3)] == ["Mødedag"] * 3


def test_unknown_participant_is_refused(ws):
    course = enrol(ws, date(2026, 8, 1))
    with pytest.raises(ValidationError) as raised:
        calendar.create_event(ws.ctx, meeting(ws, WED, course.__class__(int=course.int + 1)))
    assert raised.value.for_field("course_id")


def test_undo_of_a_move_keeps_an_occurrence_marked_held_meanwhile(ws):
    course = enrol(ws, date(2026, 8, 1))
    series = calendar.create_event(ws.ctx, meeting(ws, WED, course,
                                                   recurrence=Recurrence(Repeat.WEEKLY)))
    done = calendar.move_occurrence(ws.ctx, series, WED + timedelta(hours=2),
                                    WED + timedelta(hours=3))
    calendar.mark_held(ws.ctx, done.ref, today=date(2026, 9, 5))
    back = calendar.undo_move(ws.ctx, done)
    assert back == done.ref
    (shown,) = week(ws, MON)
    assert shown.held and shown.starts_at == WED


def test_this_and_later_from_a_held_occurrence_keeps_it_held_as_the_new_first(ws):
    course = enrol(ws, date(2026, 8, 1))
    series = calendar.create_event(ws.ctx, meeting(ws, WED, course,
                                                   recurrence=Recurrence(Repeat.WEEKLY)))
    held = calendar.mark_held(ws.ctx, OccurrenceRef(series.event_id, SECOND),
                              today=date(2026, 9, 10))
    data = calendar.event_input(ws.ctx, held)
    new = calendar.update_event(ws.ctx, held, replace(data, title="Møde, nyt forløb"),
                                Scope.THIS_AND_LATER)
    shown = [o for w in range(4) for o in week(ws, MON + timedelta(days=7 * w))]
    assert [(o.starts_at.day, o.title, o.held) for o in shown] == [
        (2, "Møde med Åse", False), (9, "Møde, nyt forløb", True),
        (16, "Møde, nyt forløb", False), (23, "Møde, nyt forløb", False)]
    assert shown[1].series_id == new.event_id


def test_cancelling_by_the_series_occurrence_also_removes_its_changed_row(ws, moved):
    series, override = moved
    calendar.delete_event(ws.ctx, OccurrenceRef(series.event_id, SECOND), Scope.THIS)
    assert weeks(ws, 2)[1] == []
    with pytest.raises(LookupError):
        calendar.event_input(ws.ctx, override)
