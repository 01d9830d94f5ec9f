"""The calendar service: windows, creating, changing with scopes, moving, deleting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import EventKind
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.recurrence import Recurrence, Repeat
from ips_desktop.services import calendar
from ips_desktop.services.calendar import OccurrenceRef, Scope
from ips_desktop.services.context import unit_of_work
from ips_desktop.storage.models import AuditEvent, CalendarEvent
from tests.services.calendar_support import WED, enrol, meeting, presence, week

MON = datetime(2026, 8, 31)  # the Monday of WED's week


def starts(found):
    return [o.starts_at for o in found]


def row(ws, event_id) -> CalendarEvent:
    with unit_of_work(ws.ctx) as session:
        found = session.get(CalendarEvent, event_id)
        assert found is not None
        return found


def test_a_weekly_series_shows_in_every_week_and_a_single_event_in_its_own(ws):
    series = calendar.create_event(ws.ctx, presence(ws))
    single = calendar.create_event(ws.ctx, meeting(ws, datetime(2026, 9, 3, 10, 0)))
    assert single.original_start is None and series.original_start == WED
    found = week(ws, MON)
    assert starts(found) == [WED, datetime(2026, 9, 3, 10, 0)]
    first = found[0]
    assert first.ref == series and first.series_id == series.event_id
    assert (first.kind, first.title, first.location, first.consultant_initials) == \
        (EventKind.PRESENCE_DAY, "Mødedag", "Psykiatrien Køge", "SOE")
    assert starts(week(ws, MON + timedelta(days=7))) == [WED + timedelta(days=7)]
    later = week(ws, datetime(2027, 6, 7))
    assert starts(later) == [datetime(2027, 6, 9, 12, 30)]
    assert later[0].ref == OccurrenceRef(series.event_id, datetime(2027, 6, 9, 12, 30))


def test_filters_by_consultant_and_kind(ws):
    calendar.create_event(ws.ctx, presence(ws))
    calendar.create_event(ws.ctx, meeting(ws, datetime(2026, 9, 3, 10, 0)))
    assert len(week(ws, MON, kinds={EventKind.PRESENCE_DAY})) == 1
    assert week(ws, MON, consultant_ids=[]) == []
    assert len(week(ws, MON, consultant_ids=[ws.ctx.actor_id])) == 2


def test_an_event_reaching_into_the_window_from_the_day_before_is_in_it(ws):
    late = meeting(ws, datetime(2026, 8, 30, 20, 0), kind=EventKind.OTHER, title="Nattevagt",
                   ends_at=datetime(2026, 8, 31, 8, 0))
    calendar.create_event(ws.ctx, late)
    assert [o.title for o in week(ws, MON)] == ["Nattevagt"]
    assert week(ws, MON + timedelta(hours=8)) == []


def test_participant_names_are_read_and_the_read_is_audited_without_them(ws):
    course = enrol(ws, date(2026, 8, 1))
    calendar.create_event(ws.ctx, meeting(ws, datetime(2026, 9, 3, 10, 0), course))
    calendar.create_event(ws.ctx, presence(ws))
    found = week(ws, MON)
    assert [o.participant for o in found] == ["", "Åse Ærenfeldt"]
    with unit_of_work(ws.ctx) as session:
        reads = list(session.scalars(select(AuditEvent).where(
            AuditEvent.action == "read", AuditEvent.entity == "calendar_event")))
    assert [r.details for r in reads] == [{"occurrences": 2, "with_participant": 1}]
    week(ws, MON + timedelta(days=7))  # only the presence day: no names read, no audit
    with unit_of_work(ws.ctx) as session:
        texts = [str(a.details) for a in session.scalars(select(AuditEvent))]
    assert not any("Åse" in t or "Mødedag" in t or "Møde med" in t for t in texts)


def test_the_dst_weeks_keep_the_series_at_12_30(ws):
    ref = calendar.create_event(ws.ctx, presence(ws, datetime(2026, 10, 14, 12, 30)))
    assert ref.original_start is not None
    for monday in (datetime(2026, 10, 19), datetime(2026, 10, 26), datetime(2027, 3, 22),
                   datetime(2027, 3, 29)):
        (found,) = week(ws, monday)
        assert found.starts_at.time().isoformat() == "12:30:00"
        assert found.ends_at - found.starts_at == timedelta(hours=1)


@pytest.mark.parametrize("changes, field", [
    ({"title": "  "}, "title"),
    ({"ends_at": WED}, "ends_at"),
    ({"ends_at": WED - timedelta(minutes=5)}, "ends_at"),
    ({"ends_at": WED + timedelta(hours=24, minutes=1)}, "ends_at"),
    ({"recurrence": Recurrence(Repeat.WEEKLY, date(2026, 9, 1))}, "recurrence"),
])
def test_bad_input_is_refused_at_the_field_and_nothing_is_saved(ws, changes, field):
    with pytest.raises(ValidationError) as raised:
        calendar.create_event(ws.ctx, presence(ws, **changes))
    assert raised.value.for_field(field) and len(raised.value.errors) == 1
    assert week(ws, MON) == []


def test_an_event_of_exactly_24_hours_is_allowed(ws):
    calendar.create_event(ws.ctx, presence(ws, ends_at=WED + timedelta(hours=24)))
    assert len(week(ws, MON)) == 1


def test_move_one_occurrence_of_a_series_and_undo(ws):
    series = calendar.create_event(ws.ctx, presence(ws))
    second = WED + timedelta(days=7)
    done = calendar.move_occurrence(ws.ctx, OccurrenceRef(series.event_id, second),
                                    second + timedelta(hours=1), second + timedelta(hours=2))
    assert done.ref.original_start == second and done.ref.event_id != series.event_id
    (moved,) = week(ws, MON + timedelta(days=7))
    assert moved.starts_at == datetime(2026, 9, 9, 13, 30) and moved.series_id == series.event_id
    assert moved.ref == done.ref
    assert row(ws, series.event_id).exdates == ["2026-09-09T12:30:00"]
    assert starts(week(ws, MON)) == [WED]  # the others stay
    back = calendar.undo_move(ws.ctx, done)
    assert back == OccurrenceRef(series.event_id, second)
    assert week(ws, MON + timedelta(days=7))[0].ref == back
    assert starts(week(ws, MON + timedelta(days=7))) == [second]
    assert row(ws, series.event_id).exdates == []


def test_move_a_single_event_and_undo_and_the_sequence_rises(ws):
    ref = calendar.create_event(ws.ctx, meeting(ws, datetime(2026, 9, 3, 10, 0)))
    done = calendar.move_occurrence(ws.ctx, ref, datetime(2026, 9, 4, 9, 0),
                                    datetime(2026, 9, 4, 9, 30))
    assert done.ref == ref
    (moved,) = week(ws, MON)
    assert (moved.starts_at, moved.ends_at, moved.sequence) == \
        (datetime(2026, 9, 4, 9, 0), datetime(2026, 9, 4, 9, 30), 1)
    assert calendar.undo_move(ws.ctx, done) == ref
    (back,) = week(ws, MON)
    assert back.starts_at == datetime(2026, 9, 3, 10, 0) and back.sequence == 2


def test_a_move_too_long_is_refused(ws):
    ref = calendar.create_event(ws.ctx, meeting(ws, datetime(2026, 9, 3, 10, 0)))
    with pytest.raises(ValidationError) as raised:
        calendar.move_occurrence(ws.ctx, ref, datetime(2026, 9, 3, 10, 0),
                                 datetime(2026, 9, 3, 9, 0))
    assert raised.value.for_field("ends_at")


def test_delete_a_single_event(ws):
    ref = calendar.create_event(ws.ctx, meeting(ws, datetime(2026, 9, 3, 10, 0)))
    calendar.delete_event(ws.ctx, ref)
    assert week(ws, MON) == []
    with pytest.raises(LookupError):
        calendar.event_input(ws.ctx, ref)


def test_cancel_one_occurrence_and_restore_it(ws):
    series = calendar.create_event(ws.ctx, presence(ws))
    second = WED + timedelta(days=7)
    calendar.delete_event(ws.ctx, OccurrenceRef(series.event_id, second), Scope.THIS)
    assert week(ws, MON + timedelta(days=7)) == []
    assert starts(week(ws, MON + timedelta(days=14))) == [second + timedelta(days=7)]
    calendar.restore_occurrence(ws.ctx, series.event_id, second)
    assert starts(week(ws, MON + timedelta(days=7))) == [second]
    with pytest.raises(ValidationError) as raised:
        calendar.restore_occurrence(ws.ctx, series.event_id, second + timedelta(days=1))
    assert raised.value.for_field("exdate")
    with pytest.raises(ValidationError) as raised:
        calendar.restore_occurrence(ws.ctx, series.event_id, second)  # not cancelled
    assert raised.value.for_field("exdate")
    with pytest.raises(ValidationError) as raised:
        calendar.delete_event(ws.ctx, OccurrenceRef(series.event_id, second + timedelta(1)),
                              Scope.THIS)
    assert raised.value.for_field("exdate")


def test_delete_this_and_later_and_all(ws):
    series = calendar.create_event(ws.ctx, presence(ws))
    third = WED + timedelta(days=14)
    moved = calendar.move_occurrence(ws.ctx, OccurrenceRef(series.event_id, third + timedelta(7)),
                                     third + timedelta(days=8), third + timedelta(days=8, hours=1))
    calendar.delete_event(ws.ctx, OccurrenceRef(series.event_id, third), Scope.THIS_AND_LATER)
    assert len(week(ws, MON + timedelta(days=7))) == 1
    assert week(ws, MON + timedelta(days=14)) == []
    assert week(ws, MON + timedelta(days=21)) == []  # the moved one went too
    assert row(ws, moved.ref.event_id).deleted_at is not None
    calendar.delete_event(ws.ctx, OccurrenceRef(series.event_id, WED), Scope.ALL)
    assert week(ws, MON) == [] and week(ws, MON + timedelta(days=7)) == []


def test_change_only_this_occurrence(ws):
    series = calendar.create_event(ws.ctx, presence(ws))
    second = WED + timedelta(days=7)
    ref = OccurrenceRef(series.event_id, second)
    data = calendar.event_input(ws.ctx, ref)
    assert (data.starts_at, data.recurrence) == (second, Recurrence(Repeat.WEEKLY))
    changed = calendar.update_event(ws.ctx, ref, data.__class__(
        **{**data.__dict__, "title": "Mødedag (video)", "location": "Video"}), Scope.THIS)
    assert changed.event_id != series.event_id and changed.original_start == second
    (shown,) = week(ws, MON + timedelta(days=7))
    assert (shown.title, shown.location, shown.ref) == ("Mødedag (video)", "Video", changed)
    assert week(ws, MON)[0].title == "Mødedag"
    assert calendar.series_start(ws.ctx, changed) == WED
    # changing it again changes the same override row
    again = calendar.update_event(ws.ctx, changed, calendar.event_input(ws.ctx, changed))
    assert again == changed


def test_change_this_and_later_splits_the_series(ws):
    series = calendar.create_event(ws.ctx, presence(ws))
    fourth = WED + timedelta(days=21)
    calendar.delete_event(ws.ctx, OccurrenceRef(series.event_id, fourth + timedelta(days=7)),
                          Scope.THIS)
    data = calendar.event_input(ws.ctx, OccurrenceRef(series.event_id, fourth))
    new_start = fourth + timedelta(days=1, hours=1)  # Thursdays at 13:30 from then on
    new = calendar.update_event(ws.ctx, OccurrenceRef(series.event_id, fourth), data.__class__(
        **{**data.__dict__, "starts_at": new_start, "ends_at": new_start + timedelta(hours=1)}),
        Scope.THIS_AND_LATER)
    assert new.event_id != series.event_id and new.original_start == new_start
    assert starts(week(ws, MON + timedelta(days=14))) == [WED + timedelta(days=14)]
    assert starts(week(ws, MON + timedelta(days=21))) == [new_start]
    assert week(ws, MON + timedelta(days=28)) == []  # the cancelled one stays cancelled
    assert starts(week(ws, MON + timedelta(days=35))) == [new_start + timedelta(days=14)]
    assert calendar.series_start(ws.ctx, new) == new_start
    assert row(ws, series.event_id).rrule == "FREQ=WEEKLY;BYDAY=WE;UNTIL=20260922T235959"


def test_change_all_moves_the_series_and_keeps_the_overrides(ws):
    series = calendar.create_event(ws.ctx, presence(ws))
    second = WED + timedelta(days=7)
    calendar.update_event(ws.ctx, OccurrenceRef(series.event_id, second), presence(
        ws, second, title="Særlig", recurrence=Recurrence()), Scope.THIS)
    calendar.delete_event(ws.ctx, OccurrenceRef(series.event_id, second + timedelta(7)),
                          Scope.THIS)
    third = WED + timedelta(days=28)
    data = calendar.event_input(ws.ctx, OccurrenceRef(series.event_id, third))
    later = third + timedelta(hours=1, minutes=30)  # 14:00, and 2 hours long
    ref = calendar.update_event(ws.ctx, OccurrenceRef(series.event_id, third), data.__class__(
        **{**data.__dict__, "starts_at": later, "ends_at": later + timedelta(hours=2),
           "title": "Mødedag i psykiatrien"}), Scope.ALL)
    assert ref == OccurrenceRef(series.event_id, later)
    (first,) = week(ws, MON)
    assert (first.starts_at, first.ends_at, first.title) == \
        (datetime(2026, 9, 2, 14, 0), datetime(2026, 9, 2, 16, 0), "Mødedag i psykiatrien")
    (kept,) = week(ws, MON + timedelta(days=7))
    assert kept.title == "Særlig" and kept.ref.original_start == datetime(2026, 9, 9, 14, 0)
    assert week(ws, MON + timedelta(days=14)) == []  # still cancelled


def test_a_single_event_can_become_a_series(ws):
    ref = calendar.create_event(ws.ctx, presence(ws, repeat=Repeat.NONE))
    assert week(ws, MON + timedelta(days=7)) == []
    new = calendar.update_event(ws.ctx, ref, presence(ws, repeat=Repeat.FORTNIGHTLY), Scope.ALL)
    assert new == OccurrenceRef(ref.event_id, WED)
    assert week(ws, MON + timedelta(days=7)) == []
    assert len(week(ws, MON + timedelta(days=14))) == 1


def test_skip_holidays_cancels_the_series_on_them(ws):
    christmas = datetime(2026, 12, 4, 9, 0)  # Fridays: 25 December and 1 January are holidays
    data = presence(ws, christmas, until=date(2027, 1, 15))
    assert calendar.holidays_in_series(ws.ctx, data) == [
        (date(2026, 12, 25), "Juledag"), (date(2027, 1, 1), "Nytårsdag")]
    assert calendar.holidays_in_series(ws.ctx, data, language="en")[0][1] == "Christmas Day"
    assert calendar.holidays_in_series(ws.ctx, presence(ws, repeat=Repeat.NONE)) == []
    ref = calendar.create_event(ws.ctx, data.__class__(**{**data.__dict__,
                                                         "skip_holidays": True}))
    assert week(ws, datetime(2026, 12, 21)) == []
    assert week(ws, datetime(2026, 12, 28)) == []
    assert len(week(ws, datetime(2027, 1, 4))) == 1
    assert row(ws, ref.event_id).exdates == ["2026-12-25T09:00:00", "2027-01-01T09:00:00"]


def test_the_audit_of_changes_names_ids_only(ws):
    series = calendar.create_event(ws.ctx, presence(ws, title="Åses mødedag"))
    calendar.move_occurrence(ws.ctx, series, WED + timedelta(hours=1), WED + timedelta(hours=2))
    calendar.delete_event(ws.ctx, series)
    with unit_of_work(ws.ctx) as session:
        found = [(a.action, a.details) for a in session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "calendar_event"))]
    assert [a for a, _ in found] == ["create", "create", "delete"]  # series, override
    assert "Åse" not in str(found)


def _statements(ws, action) -> list[str]:
    from sqlalchemy import event

    seen: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        seen.append(statement)

    event.listen(ws.ctx.engine, "before_cursor_execute", count)
    try:
        action()
    finally:
        event.remove(ws.ctx.engine, "before_cursor_execute", count)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


def test_a_week_costs_the_same_few_queries_however_full_it_is(ws):
    course = enrol(ws, date(2026, 8, 1))
    calendar.create_event(ws.ctx, presence(ws))
    calendar.create_event(ws.ctx, meeting(ws, datetime(2026, 9, 1, 9, 0), course))
    few = _statements(ws, lambda: week(ws, MON))
    for day in range(5):
        for hour in range(8, 16):
            calendar.create_event(ws.ctx, meeting(ws, MON + timedelta(days=day, hours=hour),
                                                  course))
    assert len(week(ws, MON)) == 42
    many = _statements(ws, lambda: week(ws, MON))
    assert len(many) == len(few) <= 6


def test_a_norwegian_screen_skips_the_norwegian_holidays(ws):
    from ips_desktop.domain import messages

    first = datetime(2026, 4, 24, 9, 0)  # Fridays: 1 May is a public holiday in Norway only
    data = presence(ws, first, until=date(2026, 5, 8), skip_holidays=True)
    assert calendar.holidays_in_series(ws.ctx, data, language="nb") == [
        (date(2026, 5, 1), "Arbeidernes dag")]
    assert calendar.holidays_in_series(ws.ctx, data) == []
    messages.set_language("nb")
    ref = calendar.create_event(ws.ctx, data)
    assert row(ws, ref.event_id).exdates == ["2026-05-01T09:00:00"]


def test_weeks_read_one_by_one_add_up_to_the_whole_range(ws):
    weekly = calendar.create_event(ws.ctx, presence(ws))
    calendar.create_event(ws.ctx, presence(ws, datetime(2026, 9, 10, 9, 0), title="Konference",
                                           repeat=Repeat.FORTNIGHTLY, until=date(2026, 12, 1)))
    calendar.create_event(ws.ctx, presence(ws, datetime(2026, 9, 30, 9, 0), title="Sidste",
                                           repeat=Repeat.MONTHLY_WEEKDAY))
    calendar.delete_event(ws.ctx, OccurrenceRef(weekly.event_id, datetime(2026, 10, 7, 12, 30)),
                          Scope.THIS)
    calendar.move_occurrence(ws.ctx, OccurrenceRef(weekly.event_id, datetime(2026, 10, 14, 12, 30)),
                             datetime(2026, 10, 16, 8, 0), datetime(2026, 10, 16, 9, 0))
    for day in range(0, 120, 9):
        calendar.create_event(ws.ctx, meeting(ws, MON + timedelta(days=day, hours=10)))
    whole = calendar.occurrences_between(
        ws.ctx, MON, MON + timedelta(weeks=17))
    pieces = [o for n in range(17) for o in week(ws, MON + timedelta(weeks=n))]
    assert pieces == whole
    assert len([o for o in whole if o.title == "Mødedag"]) == 16  # 17 weeks, one cancelled
    assert [o.starts_at.day for o in whole if o.title == "Sidste"] == [30, 28, 25]
    assert len([o for o in whole if o.title == "Konference"]) == 6


def test_a_change_to_a_series_may_skip_holidays_too(ws):
    first = datetime(2026, 12, 4, 9, 0)  # Fridays; 25 December and 1 January are holidays
    holidays = ["2026-12-25T09:00:00", "2027-01-01T09:00:00"]
    data = presence(ws, first, until=date(2027, 1, 15), skip_holidays=True)
    single = calendar.create_event(ws.ctx, presence(ws, first, repeat=Repeat.NONE))
    calendar.update_event(ws.ctx, single, data, Scope.ALL)
    assert row(ws, single.event_id).exdates == holidays
    series = calendar.create_event(ws.ctx, replace(data, skip_holidays=False))
    calendar.update_event(ws.ctx, series, data, Scope.ALL)
    assert row(ws, series.event_id).exdates == holidays
    other = calendar.create_event(ws.ctx, replace(data, skip_holidays=False))
    later = datetime(2026, 12, 18, 10, 0)  # from the 18th on at 10:00
    at = OccurrenceRef(other.event_id, datetime(2026, 12, 18, 9))
    split = calendar.update_event(ws.ctx, at, replace(
        data, starts_at=later, ends_at=later + timedelta(hours=1)), Scope.THIS_AND_LATER)
    assert row(ws, split.event_id).exdates == ["2026-12-25T10:00:00", "2027-01-01T10:00:00"]
    assert row(ws, other.event_id).exdates == []
