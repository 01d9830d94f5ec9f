"""The event dialog's fields with a mind of their own: when, where, and who it is with.

`WhenField` is the day (typed the Danish way, or picked), the start and the end
(and the end's day, empty for the same day); when the start moves, the end moves
with it, so the meeting keeps its length, also across midnight. `PlaceField` is
the place with a type-ahead over the team's psychiatric units and "Video"; a
presence day or conference starts at the consultant's own unit until another
is typed, and a unit typed that the list does not have yet can join it.
`ChosenField` is a participant or an employer found as it is typed; `HeldField`
marks a meeting that took place as held.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.services import employer_contacts, employers
from ips_desktop.services.context import AppContext
from ips_desktop.ui.dialogs.contact_dialog import typed_day
from ips_desktop.ui.dialogs.type_ahead import HITS, TypeAhead, TypeAheadEdit
from ips_desktop.ui.texts import phase_text
from ips_desktop.ui.widgets.form_fields import DateField, DayField


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class WhenField(QWidget):
    """Day, start – end (and the end's day); `moved` gives the new start when it moves."""

    moved = Signal(object)  # the start, a datetime

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.day = DayField(today)
        self.day.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the mouse's way; keys type
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for clock in (self.start, self.end):
            clock.setDisplayFormat("HH:mm")
        self.end_day = DateField()
        self.end_day.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.length = QLabel()
        self.length.setStyleSheet("color: palette(mid);")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.day, self.start, QLabel("–"), self.end, self.end_day, self.length):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._start_at: datetime | None = None  # the start the end keeps its distance to
        self.day.edit.textChanged.connect(self._start_moved)
        self.start.timeChanged.connect(self._start_moved)
        self.end.timeChanged.connect(self._show_length)
        self.end_day.edit.textChanged.connect(self._show_length)
        self.setFocusProxy(self.day.edit)

    def retranslate(self) -> None:
        self.day.edit.setAccessibleName(self.tr("Day"))
        self.start.setAccessibleName(self.tr("Starts"))
        self.end.setAccessibleName(self.tr("Ends"))
        self.end_day.edit.setPlaceholderText(self.tr("same day"))
        self.end_day.edit.setAccessibleName(self.tr("Ends on day"))
        self._show_length()

    def set_when(self, start: datetime, end: datetime) -> None:
        self.day.set_value(start.date())
        self.start.setTime(_qtime(start.time()))
        self._set_end(end, start.date())
        self._start_at = start

    def start_value(self) -> datetime | None:
        """The start typed; None when the day cannot be read."""
        day = typed_day(self.day.edit.text(), self.today)
        return datetime.combine(day, _time(self.start.time())) if isinstance(day, date) \
            else None

    def end_value(self, start_day: date) -> datetime | None:
        """The end typed (on `start_day` when its own day is empty); None: unreadable day."""
        text = self.end_day.edit.text()
        day = typed_day(text, self.today) if text.strip() else start_day
        return datetime.combine(day, _time(self.end.time())) if isinstance(day, date) \
            else None

    def state(self) -> tuple[str, ...]:
        return (self.day.edit.text(), self.start.time().toString(), self.end.time().toString(),
                self.end_day.edit.text())

    def _set_end(self, end: datetime, start_day: date) -> None:
        for widget in (self.end, self.end_day.edit):
            widget.blockSignals(True)
        self.end.setTime(_qtime(end.time()))
        self.end_day.set_value(None if end.date() == start_day else end.date())
        for widget in (self.end, self.end_day.edit):
            widget.blockSignals(False)
        self._show_length()

    def _start_moved(self, *_: object) -> None:
        """A new start takes the end along: the length stays as it was."""
        new, old = self.start_value(), self._start_at
        if new is not None and old is not None:
            end = self.end_value(old.date())
            if end is not None:
                self._set_end(new + (end - old), new.date())
        if new is not None:
            self._start_at = new
            self.moved.emit(new)
        self._show_length()

    def _show_length(self, *_: object) -> None:
        start = self.start_value()
        end = self.end_value(start.date()) if start is not None else None
        if start is None or end is None or end <= start:
            self.length.setText("")
            return
        hours, minutes = divmod(int((end - start).total_seconds() // 60), 60)
        self.length.setText(self.tr("%1 h %2 min").replace("%1", str(hours)).replace(
            "%2", f"{minutes:02d}") if hours else self.tr("%1 min").replace("%1", str(minutes)))


class PlaceField(QWidget):
    """The place, offered from the team's units and "Video"; a new unit can join the list.

    When IT's policy names the units (`fixed`), only those are offered and a
    place typed never joins the list.
    """

    picked = Signal()  # a row was chosen from the popup: the dialog moves on

    def __init__(self, units: list[str], default_unit: str,
                 parent: QWidget | None = None, *, fixed: bool = False) -> None:
        super().__init__(parent)
        self.units = units
        self.fixed = fixed
        self.default_unit = default_unit
        self.for_units = False  # a presence day's or conference's place: a unit, usually
        self.auto = True  # the default follows the kind until something is typed
        self.location = TypeAheadEdit()
        self.ahead = TypeAhead(self.location, self._rows, lambda _n, _v: self.picked.emit())
        self.location.textEdited.connect(self._typed)
        self.location.textChanged.connect(self._show_add_unit)
        self.add_unit = QCheckBox()
        self.add_unit.setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.location)
        layout.addWidget(self.add_unit)
        self.setFocusProxy(self.location)

    def retranslate(self) -> None:
        self.location.setPlaceholderText(self.tr("A psychiatric unit, video or an address"))
        self.location.setAccessibleName(self.tr("Place"))
        self._show_add_unit()

    def set_text(self, text: str, *, typed: bool = False) -> None:
        self.location.setText(text)
        if typed:
            self.auto = False

    def text(self) -> str:
        return " ".join(self.location.text().split())

    def follow_kind(self, for_units: bool) -> None:
        """A presence day or conference: the own unit, unless a place was typed."""
        self.for_units = for_units
        if self.auto:
            self.location.setText(self.default_unit if for_units else "")
        self._show_add_unit()

    def new_unit(self) -> str:
        """The place typed, when it is a unit's place and not on the team's list yet."""
        typed = self.text()
        known = {n.casefold() for n in (*self.units, self.tr("Video"), "video")}
        if self.fixed or not self.for_units or not typed or typed.casefold() in known:
            return ""
        return typed

    def unit_to_add(self) -> str:
        return self.new_unit() if self.add_unit.isChecked() else ""

    def _rows(self, text: str) -> list[tuple[str, str, object]]:
        words = text.casefold().split()
        names = [*self.units, self.tr("Video")]
        if self.default_unit and self.default_unit.casefold() not in (
                n.casefold() for n in names):
            names.insert(0, self.default_unit)
        found: list[tuple[str, str, object]] = [
            (name, name, name) for name in names
            if all(word in name.casefold() for word in words)]
        return found[:HITS]

    def _typed(self, text: str) -> None:
        self.auto = not text.strip()

    def _show_add_unit(self, *_: object) -> None:
        new = self.new_unit()
        self.add_unit.setVisible(bool(new))
        if new:
            self.add_unit.setText(self.tr("Add «%1» to the team's psychiatric units")
                                  .replace("%1", new))


class ChosenField(QObject):
    """A type-ahead line whose value is a record chosen from it (a course, an employer).

    `chosen_id` is set only by a row chosen (or the one match Enter takes); typing
    clears it, so a name typed but not chosen is told apart at saving. `changed`
    says the choice changed (the title follows it), `picked` that a row was taken
    from the popup (the dialog moves on).
    """

    changed = Signal()
    picked = Signal()
    passed = Signal()  # Enter with nothing to choose: on to the next field

    def __init__(self, rows: Callable[[str], list[tuple[str, str, object]]],
                 lookup: Callable[[uuid.UUID], tuple[uuid.UUID, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = TypeAheadEdit(parent)
        self.ahead = TypeAhead(self.edit, rows, self._chosen)
        self._lookup = lookup
        self.chosen_id: uuid.UUID | None = None
        self.name = ""
        self.edit.entered.connect(self._entered)
        self.edit.textEdited.connect(self._edited)

    def choose(self, record_id: uuid.UUID) -> None:
        self.chosen_id, self.name = self._lookup(record_id)
        self.edit.setText(self.name)
        self.changed.emit()

    def typed_not_chosen(self) -> bool:
        return bool(self.edit.text().strip()) and self.chosen_id is None

    def _chosen(self, _name: str, value: object) -> None:
        assert isinstance(value, uuid.UUID)
        self.choose(value)
        self.picked.emit()

    def _edited(self, _text: str) -> None:
        if self.chosen_id is not None or self.name:
            self.chosen_id, self.name = None, ""
            self.changed.emit()

    def _entered(self) -> None:
        """Enter without a row highlighted: on, the one match taken, or the rows to pick."""
        if self.chosen_id is not None or not self.edit.text().strip():
            self.passed.emit()
            return
        self.ahead.refresh(self.edit.text())
        rows = self.ahead.rows()
        if len(rows) == 1:
            self._chosen(*rows[0])
        elif rows:
            self.ahead.highlight_first()


def participant_field(ctx: AppContext, parent: QWidget) -> ChosenField:
    """The participant, found among the open courses as the name is typed."""
    def rows(text: str) -> list[tuple[str, str, object]]:
        if not text.strip():
            return []
        return [(f"{c.name} · {c.consultant_initials} · {phase_text(c.phase)}"
                 if c.consultant_initials else f"{c.name} · {phase_text(c.phase)}",
                 c.name, c.course_id)
                for c in employer_contacts.participant_choices(ctx, text, limit=HITS)]

    def lookup(course_id: uuid.UUID) -> tuple[uuid.UUID, str]:
        choice = employer_contacts.participant_choice(ctx, course_id)
        return choice.course_id, choice.name
    return ChosenField(rows, lookup, parent)


def employer_field(ctx: AppContext, parent: QWidget) -> ChosenField:
    """The employer, found in the register as the name is typed (with its address)."""
    def rows(text: str) -> list[tuple[str, str, object]]:
        if not text.strip():
            return []
        return [(" — ".join(part for part in (hit.name, hit.address or hit.industry) if part),
                 hit.name, hit.id) for hit in employers.find_employers(ctx, text, limit=HITS)]

    def lookup(employer_id: uuid.UUID) -> tuple[uuid.UUID, str]:
        detail = employers.employer_detail(ctx, employer_id)
        return detail.id, detail.data.name  # the kept one, if that id was merged away
    return ChosenField(rows, lookup, parent)


class HeldField(QWidget):
    """"The meeting was held": a past meeting with a participant becomes their contact.

    Shown only where it can be (`set_possible`: a participant meeting or joint
    start-up with the participant chosen); one already held says so, and
    unticking it says that saving takes the contact note away.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        # The row spans the form, so its note and message do not wrap into a narrow column.
        self.box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.was_held = False
        self.possible = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.box)
        layout.addWidget(self.note)
        self.box.toggled.connect(self._show)
        self.setFocusProxy(self.box)

    def retranslate(self) -> None:
        self.box.setText(self.tr("The meeting was held (a contact on the participant's page)"))
        self._show()

    def load(self, held: bool) -> None:
        self.was_held = held
        self.box.setChecked(held)

    def set_possible(self, possible: bool) -> None:
        self.possible = possible
        self._show()

    def wanted(self) -> bool:
        """Held is what the saving should leave: ticked where it can be."""
        return self.possible and self.box.isChecked()

    def newly(self) -> bool:
        return self.wanted() and not self.was_held

    def _show(self, *_: object) -> None:
        self.box.setVisible(self.possible)
        # A proxy to the hidden box would catch Tab and take the focus nowhere.
        self.setFocusProxy(self.box if self.possible else None)  # type: ignore[arg-type]
        if self.possible and self.was_held and self.box.isChecked():
            text = self.tr("Noted as a contact with the participant; untick to remove it.")
        elif self.possible and self.was_held:
            text = self.tr("Saving removes the contact note this meeting became.")
        else:
            text = ""
        self.note.setText(text)
        self.note.setVisible(bool(text))
