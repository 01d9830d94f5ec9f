"""Changing the calendar: create, change (one occurrence, this and later, all), move, delete.

Every change raises the row's `sequence`, so a calendar that imports a second
.ics export updates the event rather than keeping the old copy. Changing one
occurrence of a series never rewrites the series: it becomes an override row
(RFC 5545's RECURRENCE-ID), and the series lists its original start among the
exdates. Audit details carry ids, kinds and counts only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.messages import current_language
from ips_desktop.domain.recurrence import is_occurrence, last_day, with_until
from ips_desktop.services import audit
from ips_desktop.services.calendar_model import (
    EventInput,
    MoveDone,
    OccurrenceRef,
    Scope,
    apply_input,
    check_input,
    check_times,
    copy_row,
    exdates_of,
    field_error,
    live_row,
    override_for,
    overrides_of,
    set_exdates,
)
from ips_desktop.services.calendar_read import series_holidays
from ips_desktop.services.context import AppContext, write_unit
from ips_desktop.storage.models import CalendarEvent

_ENTITY = "calendar_event"


@dataclass(frozen=True)
class _MoveUndo:
    """What undo_move needs: the row moved and where it was, or the override the move made."""

    event_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    series_id: uuid.UUID | None = None  # set when the move turned an occurrence into a row
    original_start: datetime | None = None


def _now() -> datetime:
    return datetime.now(UTC)


def _bump(row: CalendarEvent) -> None:
    row.sequence = (row.sequence or 0) + 1


def _record(session: Session, ctx: AppContext, action: AuditAction, row: CalendarEvent,
            **details: object) -> None:
    audit.record(session, ctx.actor_id, action, _ENTITY, row.id,
                 details={"kind": row.kind, **details})


def create_event(ctx: AppContext, data: EventInput) -> OccurrenceRef:
    """A new event or series; with `skip_holidays` a series' holiday occurrences are cancelled."""
    with write_unit(ctx) as session:
        rule = check_input(session, data)
        row = CalendarEvent(id=uuid.uuid4(), rrule=rule, exdates=[], sequence=0)
        apply_input(row, data)
        if rule is not None:
            set_exdates(row, _holidays_skipped(data))
        session.add(row)
        session.flush()
        _record(session, ctx, AuditAction.CREATE, row, series=rule is not None,
                skipped=len(row.exdates or ()))
        return OccurrenceRef(row.id, row.starts_at if rule else None)


def _holidays_skipped(data: EventInput) -> list[datetime]:
    """With `skip_holidays`: the starts of the series' occurrences on public holidays (those
    of the language the services speak, as `holidays_in_series` showed them)."""
    if not data.skip_holidays:
        return []
    return [when for _, when, _ in series_holidays(data, current_language())]


def _checked_original(series: CalendarEvent, original: datetime | None) -> datetime:
    when = original or series.starts_at
    if not is_occurrence(series.rrule, series.starts_at, when):
        raise field_error("exdate", "calendar_not_occurrence")
    return when


def make_override(session: Session, ctx: AppContext, series: CalendarEvent,
                  original: datetime) -> CalendarEvent:
    """The row of the series' occurrence at `original` on its own (made if not there yet)."""
    existing = override_for(session, series.id, original)
    if existing is not None:
        return existing
    row = copy_row(series, id=uuid.uuid4(), rrule=None, exdates=[], starts_at=original,
                   ends_at=original + (series.ends_at - series.starts_at),
                   parent_id=series.id, recurrence_id=original)
    session.add(row)
    set_exdates(series, [*exdates_of(series), original])
    _bump(series)
    session.flush()
    _record(session, ctx, AuditAction.CREATE, row, override_of=series.id)
    return row


def update_event(ctx: AppContext, ref: OccurrenceRef, data: EventInput,
                 scope: Scope = Scope.THIS) -> OccurrenceRef:
    """Change an event; for a series `scope` says which occurrences (see the module doc).

    THIS makes (or changes) the occurrence's override row; THIS_AND_LATER ends
    the series the day before and starts a new one here with `data`; ALL moves
    the whole series by the same change of time and weekday, overrides kept.
    """
    with write_unit(ctx) as session:
        row = live_row(session, ref.event_id)
        if row.parent_id is None and not row.rrule:  # a single event (may become a series)
            rule = check_input(session, data)
            apply_input(row, data)
            row.rrule = rule
            set_exdates(row, _holidays_skipped(data) if rule else [])
            _bump(row)
            _record(session, ctx, AuditAction.UPDATE, row, series=rule is not None)
            return OccurrenceRef(row.id, row.starts_at if rule else None)
        if row.parent_id is not None:  # an occurrence changed before
            series, original, shown = live_row(session, row.parent_id), row.recurrence_id, \
                row.starts_at
            assert original is not None
        else:
            series = row
            original = shown = _checked_original(series, ref.original_start)
        if Scope(scope) is Scope.THIS:
            check_input(session, data, series=False)
            target = row if row.parent_id is not None else make_override(
                session, ctx, series, original)
            apply_input(target, data)
            _bump(target)
            _record(session, ctx, AuditAction.UPDATE, target, scope=Scope.THIS.value)
            return OccurrenceRef(target.id, target.recurrence_id)
        if Scope(scope) is Scope.THIS_AND_LATER and original > series.starts_at:
            edited = row if row.parent_id is not None else None
            return _split(session, ctx, series, original, data, edited)
        return _update_series(session, ctx, series, original, shown, data)


def _shifted_overrides(session: Session, series: CalendarEvent, rule: str | None,
                       first: datetime, delta: timedelta, *, since: datetime | None = None,
                       to: CalendarEvent | None = None) -> list[datetime]:
    """Moves the series' overrides (from `since` on) by `delta` onto `to` (default: itself).

    One that is no occurrence of the changed rule any more is kept as an event
    of its own, so a held meeting never disappears. Returns their new starts.
    """
    target = to or series
    kept = []
    for o in overrides_of(session, series.id):
        assert o.recurrence_id is not None
        if since is not None and o.recurrence_id < since:
            continue
        moved = o.recurrence_id + delta
        if rule is not None and is_occurrence(rule, first, moved):
            o.parent_id, o.recurrence_id = target.id, moved
            kept.append(moved)
        else:
            o.parent_id = o.recurrence_id = None
        _bump(o)
    return kept


def _update_series(session: Session, ctx: AppContext, series: CalendarEvent,
                   original: datetime, shown: datetime, data: EventInput) -> OccurrenceRef:
    """ALL: the series moves by the change made to the occurrence as it was shown.

    Opened from an occurrence changed alone (shown at its own time), an untouched
    time changes nothing in the series' times; the override itself is kept.
    """
    delta = data.starts_at - shown
    first = series.starts_at + delta
    shifted = replace(data, starts_at=first, ends_at=first + (data.ends_at - data.starts_at))
    try:
        rule = check_input(session, shifted)
    except ValidationError:
        check_input(session, data)  # the errors as the user typed them, if they are there
        raise
    if rule is None:  # no longer repeats: one event at the times given
        for o in overrides_of(session, series.id):
            o.parent_id = o.recurrence_id = None
            _bump(o)
        apply_input(series, data)
        series.rrule, series.exdates = None, []
    else:
        cancelled = [e + delta for e in exdates_of(series)]
        kept = _shifted_overrides(session, series, rule, first, delta)
        apply_input(series, shifted)
        series.rrule = rule
        set_exdates(series, [e for e in cancelled if is_occurrence(rule, first, e)] + kept
                    + _holidays_skipped(shifted))
    _bump(series)
    _record(session, ctx, AuditAction.UPDATE, series, scope=Scope.ALL.value)
    return OccurrenceRef(series.id, original + delta if rule else None)


def _end_before(series: CalendarEvent, original: datetime) -> None:
    """The series' last day becomes the day before `original` (or stays, if earlier)."""
    assert series.rrule is not None
    until = (original - timedelta(days=1)).date()
    before = last_day(series.rrule)
    series.rrule = with_until(series.rrule, min(until, before) if before else until)
    set_exdates(series, [e for e in exdates_of(series) if e < original])


def _split(session: Session, ctx: AppContext, series: CalendarEvent, original: datetime,
           data: EventInput, edited: CalendarEvent | None) -> OccurrenceRef:
    """THIS_AND_LATER: the series ends the day before `original`; a new one starts with `data`.

    The later occurrences follow the new first one (its time and weekday), so
    cancelled and changed ones keep their place in the pattern. An occurrence
    changed alone that was opened (`edited`) is the new first one: it goes,
    unless it was marked held, when it stays as the new series' first occurrence.
    """
    rule = check_input(session, data)
    delta = data.starts_at - original
    cancelled = [e + delta for e in exdates_of(series) if e >= original]
    new = copy_row(series, id=uuid.uuid4(), rrule=rule, exdates=[])
    apply_input(new, data)
    session.add(new)
    session.flush()
    if edited is not None and edited.held_note_id is None:
        edited.deleted_at = _now()
        cancelled = [e for e in cancelled if e != data.starts_at]
    elif edited is not None:
        apply_input(edited, data)
    kept = _shifted_overrides(session, series, rule, data.starts_at, delta, since=original,
                              to=new)
    if rule is not None:
        set_exdates(new, [e for e in cancelled if is_occurrence(rule, data.starts_at, e)] + kept
                    + _holidays_skipped(data))
    _end_before(series, original)
    _bump(series)
    _record(session, ctx, AuditAction.UPDATE, series, scope=Scope.THIS_AND_LATER.value)
    _record(session, ctx, AuditAction.CREATE, new, series=rule is not None, split_from=series.id)
    return OccurrenceRef(new.id, new.starts_at if rule else None)


def move_occurrence(ctx: AppContext, ref: OccurrenceRef, starts_at: datetime,
                    ends_at: datetime) -> MoveDone:
    """A drag in the grid: this occurrence only gets the new times (an override for a series)."""
    errors = check_times(starts_at, ends_at)
    if errors:
        raise ValidationError(errors)
    with write_unit(ctx) as session:
        row = live_row(session, ref.event_id)
        if row.rrule:
            original = _checked_original(row, ref.original_start)
            existing = override_for(session, row.id, original)
            if existing is None:
                target = make_override(session, ctx, row, original)
                target.starts_at, target.ends_at = starts_at, ends_at
                _bump(target)
                return MoveDone(OccurrenceRef(target.id, original), _MoveUndo(
                    target.id, original, original + (row.ends_at - row.starts_at),
                    row.id, original))
            row = existing
        undo = _MoveUndo(row.id, row.starts_at, row.ends_at)
        row.starts_at, row.ends_at = starts_at, ends_at
        _bump(row)
        _record(session, ctx, AuditAction.UPDATE, row, moved=True)
        return MoveDone(OccurrenceRef(row.id, row.recurrence_id), undo)


def undo_move(ctx: AppContext, done: MoveDone) -> OccurrenceRef:
    """Back where it was before the move; an override the move made goes again."""
    token = done.undo_token
    if not isinstance(token, _MoveUndo):
        raise TypeError("not a move's undo token")
    with write_unit(ctx) as session:
        row = live_row(session, token.event_id)
        if token.series_id is not None and token.original_start is not None \
                and row.held_note_id is None:
            series = live_row(session, token.series_id)
            row.deleted_at = _now()
            set_exdates(series, [e for e in exdates_of(series) if e != token.original_start])
            _bump(series)
            _record(session, ctx, AuditAction.DELETE, row, undone_move=True)
            return OccurrenceRef(series.id, token.original_start)
        row.starts_at, row.ends_at = token.starts_at, token.ends_at
        _bump(row)
        _record(session, ctx, AuditAction.UPDATE, row, moved=True, undone=True)
        return OccurrenceRef(row.id, row.recurrence_id)


def delete_event(ctx: AppContext, ref: OccurrenceRef, scope: Scope = Scope.ALL) -> None:
    """A single event goes; for a series `scope` says which occurrences (module doc)."""
    with write_unit(ctx) as session:
        row = live_row(session, ref.event_id)
        scope = Scope(scope)
        if row.parent_id is None and not row.rrule:
            row.deleted_at = _now()
            _record(session, ctx, AuditAction.DELETE, row)
            return
        if row.parent_id is not None:
            series, original = live_row(session, row.parent_id), row.recurrence_id
            assert original is not None
            if scope is Scope.THIS:  # its original start stays an exdate: cancelled
                row.deleted_at = _now()
                _bump(series)
                _record(session, ctx, AuditAction.DELETE, row, scope=scope.value)
                return
        else:
            series = row
            original = _checked_original(series, ref.original_start)
            if scope is Scope.THIS:
                changed = override_for(session, series.id, original)
                if changed is not None:  # the series' occurrence lives on as its own row
                    changed.deleted_at = _now()
                set_exdates(series, [*exdates_of(series), original])
                _bump(series)
                _record(session, ctx, AuditAction.UPDATE, series, cancelled=1)
                return
        now = _now()
        if scope is Scope.THIS_AND_LATER and original > series.starts_at:
            for o in overrides_of(session, series.id):
                assert o.recurrence_id is not None
                if o.recurrence_id >= original:
                    o.deleted_at = now
            _end_before(series, original)
            _bump(series)
            _record(session, ctx, AuditAction.UPDATE, series, scope=scope.value)
            return
        for o in overrides_of(session, series.id):
            o.deleted_at = now
        series.deleted_at = now
        _record(session, ctx, AuditAction.DELETE, series, scope=Scope.ALL.value)


def restore_occurrence(ctx: AppContext, series_id: uuid.UUID, original_start: datetime) -> None:
    """A cancelled occurrence back in the series ("exdate" error when it is none)."""
    with write_unit(ctx) as session:
        series = live_row(session, series_id)
        if not series.rrule or not is_occurrence(series.rrule, series.starts_at, original_start):
            raise field_error("exdate", "calendar_not_occurrence")
        cancelled = exdates_of(series)
        if original_start not in cancelled or override_for(session, series.id, original_start):
            raise field_error("exdate", "calendar_not_cancelled")
        set_exdates(series, [e for e in cancelled if e != original_start])
        _bump(series)
        _record(session, ctx, AuditAction.UPDATE, series, restored=1)
