"""Shared helpers for the calendar service tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ips_desktop.domain.enums import EventKind
from ips_desktop.domain.recurrence import Recurrence, Repeat
from ips_desktop.services import calendar, referrals
from ips_desktop.services.calendar import EventInput
from tests.reports.support import referral_spec

WED = datetime(2026, 9, 2, 12, 30)  # a Wednesday, 12:30 (the Køge clinic's presence day)


def presence(ws, first: datetime = WED, *, until: date | None = None,
             repeat: Repeat = Repeat.WEEKLY, **changes) -> EventInput:
    values = {"kind": EventKind.PRESENCE_DAY, "title": "Mødedag", "starts_at": first,
              "ends_at": first + timedelta(hours=1), "consultant_id": ws.ctx.actor_id,
              "location": "Psykiatrien Køge", "recurrence": Recurrence(repeat, until)}
    values.update(changes)
    return EventInput(**values)


def meeting(ws, starts: datetime, course=None, **changes) -> EventInput:
    values = {"kind": EventKind.PARTICIPANT_MEETING, "title": "Møde med Åse",
              "starts_at": starts, "ends_at": starts + timedelta(minutes=45),
              "consultant_id": ws.ctx.actor_id, "location": "Biblioteket", "course_id": course}
    values.update(changes)
    return EventInput(**values)


def week(ws, monday: datetime, **filters):
    return calendar.occurrences_between(ws.ctx, monday, monday + timedelta(days=7), **filters)


def enrol(ws, referred: date, name: str = "Åse Ærenfeldt"):
    answers = {"name": name, "referral_date": referred.isoformat(),
               "consultant": str(ws.ctx.actor_id), "consent_given_on": referred.isoformat()}
    return referrals.register_referral(ws.ctx, referral_spec(), answers, today=referred)
