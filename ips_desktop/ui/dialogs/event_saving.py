"""What the event dialog's Save does, in order: its questions first, then the service.

A new series that meets public holidays asks to skip them; a change to one
occurrence of a series asks which occurrences (only this one cannot be chosen
when the repetition itself changed), and a series made or re-made from there on
is asked about its holidays as a new one is. Going back from any question stores
nothing. Then the event, a new psychiatric unit for the team's list, and
"held" set or taken away (a contact note for the participant).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ips_desktop.domain.messages import current_language
from ips_desktop.domain.recurrence import Repeat
from ips_desktop.services import calendar
from ips_desktop.services.calendar import EventInput, OccurrenceRef, Scope
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.event_recurrence import ask_skip_holidays
from ips_desktop.ui.dialogs.event_scope import ask_scope


def holidays_asked(ws: Workspace, parent: QWidget | None,
                   data: EventInput) -> EventInput | None:
    """A series that meets public holidays: skip them or keep them (None: back)."""
    if data.recurrence.repeat is Repeat.NONE:
        return data
    hits = calendar.holidays_in_series(ws.ctx, data, language=current_language())
    if not hits:
        return data
    skip = ask_skip_holidays(parent, hits)
    return None if skip is None else replace(data, skip_holidays=skip)


def store_event(ws: Workspace, parent: QWidget | None, data: EventInput, *,
                ref: OccurrenceRef | None, loaded: EventInput | None, new_unit: str,
                held: bool, was_held: bool) -> OccurrenceRef | None:
    """Create (`ref` None) or change the event; where it is now, or None: the user went back.

    `loaded` is what the dialog showed of `ref`; nothing changed in it asks nothing
    and writes nothing but `held` (always this occurrence's alone).
    """
    ctx = ws.ctx
    if ref is None or loaded is None:
        asked = holidays_asked(ws, parent, data)
        if asked is None:
            return None
        ref = calendar.create_event(ctx, asked)
        try:
            return _after_saving(ws, ref, new_unit=new_unit, held=held, was_held=was_held)
        except Exception:  # e.g. a held meeting the notes refuse: keep no half of the Save,
            calendar.delete_event(ctx, ref, Scope.ALL)  # or the next Save makes it twice
            raise
    elif data != replace(loaded, skip_holidays=False):
        scope = Scope.ALL  # a single event: the event itself
        if ref.original_start is not None:
            chosen = ask_scope(parent, QCoreApplication.translate("EventDialog", "Save"),
                               allow_this=data.recurrence == loaded.recurrence)
            if chosen is None:
                return None
            scope = chosen
        if data.recurrence != loaded.recurrence or (
                scope is not Scope.THIS and data.starts_at != loaded.starts_at):
            asked = holidays_asked(ws, parent, data)  # a series made again from here on
            if asked is None:
                return None
            data = asked
        ref = calendar.update_event(ctx, ref, data, scope)
    return _after_saving(ws, ref, new_unit=new_unit, held=held, was_held=was_held)


def _after_saving(ws: Workspace, ref: OccurrenceRef, *, new_unit: str, held: bool,
                  was_held: bool) -> OccurrenceRef:
    """The steps after the event itself: the team's new unit, and "held" set or taken away."""
    ctx = ws.ctx
    if new_unit:
        calendar.add_psychiatry_unit(ctx, new_unit)
    if held and not was_held:
        ref = calendar.mark_held(ctx, ref, today=date.today())
    elif was_held and not held:
        calendar.unmark_held(ctx, ref)
    return ref
