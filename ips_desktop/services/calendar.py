"""The calendar's use cases in one place, as the front ends call them.

The work is split by purpose (calendar_model: the values and row rules;
calendar_read: windows and lookups; calendar_write: changes with their
scopes; calendar_held: a held meeting as a contact note; presence: the
monthly coverage; psychiatry_units: the list of places); this module gathers
them so the front ends import one name: `from ips_desktop.services import calendar`.
"""

from __future__ import annotations

from ips_desktop.domain.recurrence import Recurrence, Repeat
from ips_desktop.services.calendar_held import mark_held, unmark_held
from ips_desktop.services.calendar_model import (
    EventInput,
    MoveDone,
    Occurrence,
    OccurrenceRef,
    Scope,
)
from ips_desktop.services.calendar_read import (
    event_input,
    holidays_in_series,
    next_meetings,
    occurrences_between,
    series_start,
    start_up_held,
)
from ips_desktop.services.calendar_write import (
    create_event,
    delete_event,
    move_occurrence,
    restore_occurrence,
    undo_move,
    update_event,
)
from ips_desktop.services.presence import (
    MonthCoverage,
    presence_coverage,
    team_presence_coverage,
)
from ips_desktop.services.psychiatry_units import (
    add_psychiatry_unit,
    psychiatry_units,
    remove_psychiatry_unit,
)
from ips_desktop.services.psychiatry_units import fixed_by_policy as units_fixed_by_policy

__all__ = [
    "EventInput", "MonthCoverage", "MoveDone", "Occurrence", "OccurrenceRef", "Recurrence",
    "Repeat", "Scope", "add_psychiatry_unit", "create_event", "delete_event", "event_input",
    "holidays_in_series", "mark_held", "move_occurrence", "next_meetings",
    "occurrences_between", "presence_coverage", "psychiatry_units", "remove_psychiatry_unit",
    "restore_occurrence", "series_start", "start_up_held", "team_presence_coverage",
    "undo_move", "units_fixed_by_policy", "unmark_held", "update_event",
]
