"""An event in the calendar: made, changed, marked held or deleted, from the keyboard.

It opens from the calendar (a double-click, a drag over free time, Ctrl+N) or a
participant's page ("Book meeting") with what the caller knows already, and
works like the contact dialog: Enter moves on field by field, Ctrl+Enter saves
from anywhere, Escape with something typed asks "Kassér ændringer?", and what
cannot be saved is said under its field. The title follows the kind and the
participant or employer chosen until the user types one of their own; the end
follows the start when the start moves (the length stays); a presence day's
place is the consultant's own unit until another is typed, and a new unit can
join the team's list. A series says its rule in words and offers to skip the
public holidays it meets; a change to one occurrence of a series asks which
occurrences it is for (event_scope.py). A meeting with a participant that has
taken place is marked "held": it becomes a contact note on their page (the
monthly-contact rule, the last contact, the timeline all read notes).

Opened with `open()`, never `exec()`, as the contact dialog is: the auto-lock
hides it, which would end an `exec()`, and its input must survive the lock.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import EventKind
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.recurrence import Recurrence
from ips_desktop.services import calendar, consultants
from ips_desktop.services.calendar import EventInput, OccurrenceRef
from ips_desktop.services.calendar_model import check_times
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.event_delete import delete_event_interactively
from ips_desktop.ui.dialogs.event_fields import (
    HeldField,
    PlaceField,
    WhenField,
    employer_field,
    participant_field,
)
from ips_desktop.ui.dialogs.event_recurrence import RecurrenceField
from ips_desktop.ui.dialogs.event_saving import store_event
from ips_desktop.ui.dialogs.form_keys import (
    enter_moves_on,
    form_buttons,
    may_close,
    save_keys_text,
)
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.texts import event_kind_text
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.form_fields import GrowingTextEdit

__all__ = ["EventDialog", "EventPreset", "create_event_interactively",
           "delete_event_interactively", "edit_event_interactively", "open_event_dialog"]

NO_ID = uuid.UUID(int=0)  # no record has it: the service says "choose one" at the field
HELD_KINDS = frozenset({EventKind.PARTICIPANT_MEETING, EventKind.JOINT_START_UP})
UNIT_KINDS = frozenset({EventKind.PRESENCE_DAY, EventKind.TREATMENT_CONFERENCE})
DEFAULT_LENGTH = timedelta(hours=1)


@dataclass(frozen=True)
class EventPreset:
    """What the caller knows already: the slot dragged over, the participant of a page."""

    starts_at: datetime | None = None
    ends_at: datetime | None = None
    kind: EventKind | None = None
    consultant_id: uuid.UUID | None = None
    course_id: uuid.UUID | None = None
    employer_id: uuid.UUID | None = None


def next_half_hour(now: datetime) -> datetime:
    """The first whole or half hour after `now` (10:10 -> 10:30, 10:30 -> 11:00)."""
    base = now.replace(minute=0, second=0, microsecond=0)
    return base + timedelta(minutes=30 * (now.minute // 30 + 1))


class EventDialog(QDialog):
    """Make an event (`preset`), or change one occurrence or series (`ref`)."""

    saved = Signal(object)  # the OccurrenceRef stored (None after a deletion)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 preset: EventPreset | None = None, ref: OccurrenceRef | None = None,
                 preferences: Preferences | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ref = ref
        self.preferences = preferences or Preferences(ws.data_dir)
        self.now = datetime.now()
        self.today = self.now.date()
        self.saved_ref: OccurrenceRef | None = None
        self.deleted = False
        self._title_auto = True
        self._loaded: EventInput | None = None
        self._series_first: date | None = None  # editing a series: its first day
        self.errors = FieldErrors()
        self._build()
        if ref is not None:
            self._show_input(ref)
        else:
            self._preset(preset or EventPreset())
        self._initial = self._state()
        self.retranslate()
        first: QWidget = self.kind if ref is None and (preset is None or preset.kind is None) \
            else self.day.edit
        first.setFocus()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = QComboBox()
        for kind in EventKind:
            self.kind.addItem("", kind)
        self.title_edit = QLineEdit()
        self.title_edit.textEdited.connect(self._title_typed)
        self.who = participant_field(self.ws.ctx, self)
        self.at = employer_field(self.ws.ctx, self)
        self.participant, self.employer = self.who.edit, self.at.edit
        for chosen, next_field in ((self.who, self.employer), (self.at, self.title_edit)):
            chosen.changed.connect(self._follow)
            chosen.changed.connect(self._show_held_note)
            chosen.picked.connect(lambda to=next_field: self._focus_later(to))
            chosen.passed.connect(self.focusNextChild)
        self.when = WhenField(self.today)
        self.when.moved.connect(self._start_moved)
        # The when's parts by name (the tests and the error focus use them).
        self.day, self.start, self.end = self.when.day, self.when.start, self.when.end
        self.end_day, self.length = self.when.end_day, self.when.length
        self.place = PlaceField(calendar.psychiatry_units(self.ws.ctx),
                                self.preferences.psychiatry_unit,
                                fixed=calendar.units_fixed_by_policy(self.ws.ctx))
        self.location, self.add_unit = self.place.location, self.place.add_unit
        self.location.entered.connect(self.focusNextChild)
        self.recurrence = RecurrenceField()
        self.place.picked.connect(lambda: self._focus_later(self.recurrence))
        self.consultant = QComboBox()
        for c in consultants.list_consultants(self.ws.ctx):
            self.consultant.addItem(f"{c.name} ({c.initials})", c.id)
        self.notes = GrowingTextEdit()
        self.held_field = HeldField()
        self.held, self.held_note = self.held_field.box, self.held_field.note
        for edit in (self.participant, self.employer, self.location):  # popup open
            edit.save_keys.connect(self.save)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self._row("kind", self.kind)
        self._row("course_id", self.participant)
        self._row("employer_id", self.employer)
        self._row("title", self.title_edit)
        # The day typed and the end: two messages under one row.
        self._row("day", self.when, buddy=self.day.edit, also=("ends_at",))
        self._row("location", self.place, buddy=self.location)
        self._row("recurrence", self.recurrence, also=("exdate",))
        self._row("consultant_id", self.consultant)
        self._row("notes", self.notes)
        # The service says "a meeting ahead cannot be held" at its start: here, at Held.
        self._row("starts_at", self.held_field, buddy=self.held)

        buttons = form_buttons(self, save=self.save, delete=self._delete,
                               can_delete=self.ref is not None)
        self.save_button, self.cancel_button, self.delete_button = buttons[:3]
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.form_label())
        layout.addLayout(buttons.row)
        self.setMinimumWidth(640)
        chain: list[QWidget] = [self.kind, self.participant, self.employer, self.title_edit,
                                self.day.edit, self.start, self.end, self.end_day.edit,
                                self.location, self.add_unit, self.recurrence.repeat,
                                self.recurrence.until.edit, self.consultant, self.notes,
                                self.held, self.save_button, self.cancel_button,
                                self.delete_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _row(self, field: str, content: QWidget | QHBoxLayout | QVBoxLayout, *,
             buddy: QWidget | None = None, also: tuple[str, ...] = ()) -> None:
        label = QLabel()
        self.labels[field] = label
        box = QVBoxLayout()
        box.setSpacing(1)
        if isinstance(content, QWidget):
            box.addWidget(content)
        else:
            box.addLayout(content)
        target = buddy or (content if isinstance(content, QWidget) else None)
        if target is not None:
            label.setBuddy(target)
        for name in (field, *also):
            box.addWidget(self.errors.label_for(name))
        self.form.addRow(label, box)

    def retranslate(self) -> None:
        if self.ref is None:
            self.setWindowTitle(self.tr("New event"))
        else:
            self.setWindowTitle(self.tr("Edit event"))
        for field, text in (("kind", self.tr("Kind")), ("course_id", self.tr("Participant")),
                            ("employer_id", self.tr("Employer")), ("title", self.tr("Title")),
                            ("day", self.tr("Day and time")), ("location", self.tr("Place")),
                            ("recurrence", self.tr("Repeats")),
                            ("consultant_id", self.tr("Consultant")),
                            ("notes", self.tr("Notes")), ("starts_at", self.tr("Held"))):
            self.labels[field].setText(text)
        for index in range(self.kind.count()):
            self.kind.setItemText(index, event_kind_text(EventKind(self.kind.itemData(index))))
        self.kind.setAccessibleName(self.tr("Kind"))
        self.participant.setPlaceholderText(self.tr("Type the name (only for a participant)"))
        self.participant.setAccessibleName(self.tr("Participant"))
        self.employer.setPlaceholderText(self.tr("Type the name (only for an employer)"))
        self.employer.setAccessibleName(self.tr("Employer"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.when.retranslate()
        self.place.retranslate()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.held_field.retranslate()
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(save_keys_text())
        self.cancel_button.setText(self.tr("Cancel"))
        self.delete_button.setText(self.tr("Delete…"))
        self.recurrence.retranslate()
        self._follow()
        self._show_held_note()

    # -- filling in ----------------------------------------------------------------------

    def _preset(self, preset: EventPreset) -> None:
        start = preset.starts_at or next_half_hour(self.now)
        end = preset.ends_at if preset.ends_at is not None and preset.ends_at > start \
            else start + DEFAULT_LENGTH
        self.when.set_when(start, end)
        self._select(self.consultant, preset.consultant_id or self.ws.ctx.actor_id)
        if preset.course_id is not None:
            self.who.choose(preset.course_id)
        if preset.employer_id is not None:
            self.at.choose(preset.employer_id)
        self._select(self.kind, preset.kind or (EventKind.PARTICIPANT_MEETING
                                                if preset.course_id else EventKind.PRESENCE_DAY
                                                if preset.employer_id is None
                                                else EventKind.EMPLOYER_MEETING))
        self._kind_changed()

    def _show_input(self, ref: OccurrenceRef) -> None:
        ctx = self.ws.ctx
        data = calendar.event_input(ctx, ref)
        self._loaded = data
        self._select(self.kind, data.kind)
        if data.course_id is not None:
            self.who.choose(data.course_id)
        if data.employer_id is not None:
            self.at.choose(data.employer_id)
        self.when.set_when(data.starts_at, data.ends_at)
        self.place.set_text(data.location, typed=True)
        self.notes.setPlainText(data.notes)
        self._select(self.consultant, data.consultant_id)
        if ref.original_start is not None:
            first = calendar.series_start(ctx, ref)
            self._series_first = first.date() if first is not None else None
        self.recurrence.set_first(self._series_first or data.starts_at.date())
        self.recurrence.set_value(data.recurrence)
        self.title_edit.setText(data.title)
        self._title_auto = data.title == self._auto_title()
        self.held_field.load(self._held_now(ref, data))
        self._kind_changed()

    def _held_now(self, ref: OccurrenceRef, data: EventInput) -> bool:
        """Whether this occurrence is marked held (what the calendar shows of it)."""
        if data.kind not in HELD_KINDS or data.course_id is None:
            return False
        shown = calendar.occurrences_between(self.ws.ctx, data.starts_at, data.ends_at,
                                             consultant_ids=[data.consultant_id],
                                             kinds=[data.kind])
        return any(o.held for o in shown if o.ref == ref)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _kind(self) -> EventKind:
        return EventKind(self.kind.currentData())  # Qt hands a StrEnum back as its str

    def _kind_changed(self, *_: object) -> None:
        self.place.follow_kind(self._kind() in UNIT_KINDS)
        self._follow()
        self._show_held_note()

    # -- the title, the time -------------------------------------------------------------

    def _auto_title(self) -> str:
        kind = event_kind_text(self._kind())
        who = self.who.name or self.at.name
        return f"{kind}: {who}" if who else kind

    def _follow(self) -> None:
        """The title follows the kind and who it is with, until the user typed their own."""
        if self._title_auto:
            self.title_edit.setText(self._auto_title())

    def _title_typed(self, text: str) -> None:
        self._title_auto = not text.strip()  # emptied: it follows again from the next change

    def _start_moved(self, start: datetime) -> None:
        """The series' words follow the start (of its first day, when it is a series')."""
        first = start.date()
        if self._series_first is not None and self.ref is not None \
                and self.ref.original_start is not None:
            first = self._series_first + (first - self.ref.original_start.date())
        self.recurrence.set_first(first)

    def _focus_later(self, widget: QWidget) -> None:
        """On to `widget` once the popup has closed (it hands the focus back as it goes)."""
        widget.setFocus()
        QTimer.singleShot(0, widget.setFocus)

    # -- held ----------------------------------------------------------------------------

    def _can_hold(self) -> bool:
        """A meeting with a participant chosen: it can be marked held (once its day came)."""
        return self._kind() in HELD_KINDS and self.who.chosen_id is not None

    def _show_held_note(self, *_: object) -> None:
        can = self._can_hold()
        self.held_field.set_possible(can)
        self.labels["starts_at"].setVisible(can)

    # -- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the next field (on a button, presses it; a box is ticked with
        Space); Escape is `reject`."""
        if not enter_moves_on(self, event, press_boxes=False):
            super().keyPressEvent(event)

    # -- saving, leaving -----------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        return (self.kind.currentIndex(), self.title_edit.text(), self.participant.text(),
                self.employer.text(), self.when.state(), self.location.text(),
                self.recurrence.state(), self.consultant.currentIndex(),
                self.notes.toPlainText(), self.held.isChecked())

    def has_unsaved_changes(self) -> bool:
        return self._state() != self._initial

    def _input(self) -> EventInput:
        """What was typed, as the service takes it; what only the dialog can see (a day
        it cannot read, a name typed but not chosen) as one ValidationError."""
        errors: list[FieldError] = []
        start = self.when.start_value()
        if start is None:
            errors.append(FieldError("day", message(
                "required" if not self.day.edit.text().strip() else "not_a_date")))
        end = self.when.end_value(start.date()) if start is not None else None
        if start is not None and end is None:
            errors.append(FieldError("ends_at", message("not_a_date")))
        try:
            recurrence = self.recurrence.value()
        except ValidationError as exc:
            errors += exc.errors
            recurrence = Recurrence()
        if self.who.typed_not_chosen():
            errors.append(FieldError("course_id", message("contact_unknown_participant")))
        if self.at.typed_not_chosen():
            errors.append(FieldError("employer_id", message("contact_unknown_employer")))
        if self.held_field.newly() \
                and start is not None and start.date() > date.today():
            errors.append(FieldError("starts_at", message("calendar_held_future")))
        if errors:  # with what the service would say too: one Save shows every field to mend
            if not self.title_edit.text().strip():
                errors.append(FieldError("title", message("required")))
            if start is not None and end is not None:
                errors += check_times(start, end)
            raise ValidationError(errors)
        assert start is not None and end is not None
        kind = self._kind()
        return EventInput(
            kind=kind, title=" ".join(self.title_edit.text().split()), starts_at=start,
            ends_at=end, consultant_id=self.consultant.currentData() or NO_ID,
            location=self.place.text(),
            notes=self.notes.toPlainText().strip(),
            course_id=self.who.chosen_id, employer_id=self.at.chosen_id, recurrence=recurrence)

    def _store(self) -> OccurrenceRef | None:
        """Save (event_saving.py); None when the user went back from a question."""
        return store_event(self.ws, self, self._input(), ref=self.ref, loaded=self._loaded,
                           new_unit=self.place.unit_to_add(),
                           held=self.held_field.wanted(),
                           was_held=self.held_field.was_held)

    def save(self) -> bool:
        """Store the event and close; False (input kept, reasons at the fields) if refused."""
        stored, made = try_save(self.errors, self._store, on_invalid=self._invalid)
        if not stored or made is None:
            return False
        self.saved_ref = made
        self._initial = self._state()
        self.saved.emit(made)
        self.accept()
        return True

    def _invalid(self, error: ValidationError) -> None:
        self.errors.show(error)
        widgets = {"kind": self.kind, "course_id": self.participant,
                   "employer_id": self.employer, "title": self.title_edit,
                   "day": self.day.edit, "ends_at": self.end, "location": self.location,
                   "recurrence": self.recurrence.repeat, "exdate": self.recurrence.repeat,
                   "consultant_id": self.consultant, "notes": self.notes,
                   "starts_at": self.held}
        wrong = {e.field for e in error.errors}
        first = next((widget for field, widget in widgets.items() if field in wrong), None)
        if first is not None:  # the first to mend, from the top
            first.setFocus()

    def _delete(self) -> None:
        assert self.ref is not None
        if delete_event_interactively(self.ws, self, self.ref):
            self.deleted = True
            self._initial = self._state()
            self.saved.emit(None)
            self.accept()

    def reject(self) -> None:
        """Escape, Cancel or the close button: ask first when something was typed."""
        if may_close(self, self.has_unsaved_changes(), self.save):
            super().reject()


def open_event_dialog(ws: Workspace, parent: QWidget | None,
                      preset: EventPreset | None = None, *,
                      ref: OccurrenceRef | None = None) -> EventDialog:
    """The dialog, opened (not run): a caller that listens to `saved` uses this."""
    dialog = EventDialog(ws, parent, preset=preset, ref=ref)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _wait(dialog: QDialog) -> None:
    """Until the dialog is done; unlike `exec()`, the auto-lock hiding it does not end it."""
    loop = QEventLoop()
    dialog.finished.connect(loop.quit)
    dialog.destroyed.connect(loop.quit)
    loop.exec()


def create_event_interactively(ws: Workspace, parent: QWidget | None,
                               preset: EventPreset) -> OccurrenceRef | None:
    """A new event from `preset`; where it was stored, or None when the user cancelled."""
    dialog = open_event_dialog(ws, parent, preset)
    _wait(dialog)
    return dialog.saved_ref


def edit_event_interactively(ws: Workspace, parent: QWidget | None,
                             ref: OccurrenceRef) -> bool:
    """Change (or delete, or mark held) the occurrence `ref`; True when something changed."""
    dialog = open_event_dialog(ws, parent, ref=ref)
    _wait(dialog)
    return dialog.saved_ref is not None or dialog.deleted
