"""Logging an employer contact: the product's most used dialog, made for the keyboard.

It opens (Ctrl+Shift+K from any area, or a participant page's button) with
the date today, the time now to the five minutes, the consultant "me", and the
focus in the employer field. The employer is found as it is typed (the
register's folded word starts, with each address to tell two shops apart);
when none is the one, the popup's last row, or Enter, registers it on the
spot through the employer dialog and comes back. Enter moves on field by
field, Ctrl+Enter saves from anywhere, and Escape with something typed asks
"Kassér ændringer?".

After a contact whose outcome is "opening found" the opening dialog follows,
filled in with the employer, the participant and the contact; after "hired"
recording the job start is offered (ui/dialogs/opening_dialog.py and
placement_dialog.py).

The dialog is opened with `open()`, never `exec()`: the auto-lock hides it,
which would end an `exec()`, and its input must survive the lock.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain import typed_dates
from ips_desktop.domain.enums import (
    ContactMode,
    ContactOutcome,
    ContactPurpose,
)
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.services import consultants, employer_contacts, employers
from ips_desktop.services.employer_contacts import ContactInput
from ips_desktop.services.employers import ContactPersonView
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.form_keys import enter_moves_on, form_buttons, may_close, save_keys_text
from ips_desktop.ui.dialogs.opening_dialog import opening_from_contact_interactively
from ips_desktop.ui.dialogs.placement_dialog import placement_from_contact_interactively
from ips_desktop.ui.dialogs.type_ahead import HITS, TypeAhead, TypeAheadEdit
from ips_desktop.ui.texts import (
    contact_mode_text,
    contact_outcome_text,
    contact_purpose_text,
    phase_text,
)
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.form_fields import DateField, DayField

NO_ID = uuid.UUID(int=0)  # no record has it
PENDING_FOCUS_MS = 1000  # how long a late focus hand-back is redirected (_focus_next)
# Words for a day, in each of the app's languages (typed_dates reads the numbers).
_DAY_WORDS = {"i dag": 0, "idag": 0, "today": 0, "i går": -1, "igår": -1, "i gaar": -1,
              "yesterday": -1, "i morgen": 1, "imorgen": 1, "tomorrow": 1}


@dataclass(frozen=True)
class ContactPreset:
    """What the caller already knows: a participant page gives its course, an employer
    page its employer."""

    employer_id: uuid.UUID | None = None
    course_id: uuid.UUID | None = None
    purpose: ContactPurpose | None = None


def typed_day(text: str, today: date, *, past: bool = False) -> date | str | None:
    """The day typed: "3/12", "03.12.26", "i dag", "i går"; None when empty, else as typed.

    For a day that has been (`past`: the contact's own), a day and month without a
    year that would lie ahead are last year's: "30/12" typed on 2 January is the
    contact three days ago, not one due next December.
    """
    words = " ".join(text.casefold().split())
    if not words:
        return None
    if words in _DAY_WORDS:
        return today + timedelta(days=_DAY_WORDS[words])
    read = typed_dates.parse_past_date if past else typed_dates.parse_date
    return read(text, today=today) or text


def now_to_five_minutes(now: datetime) -> time:
    """The clock rounded to the nearest five minutes (10:58 is 11:00), never past 23:55."""
    minutes = min((now.hour * 60 + now.minute + 2) // 5 * 5, 23 * 60 + 55)
    return time(minutes // 60, minutes % 60)


class ContactDialog(QDialog):
    """Log a new contact, or (contact_id) edit or delete one; `saved_id` once saved."""

    saved = Signal(object)  # the contact's id, after it was stored (or changed)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 preset: ContactPreset | None = None,
                 contact_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.contact_id = contact_id
        self.saved_id: uuid.UUID | None = None
        self.deleted = False
        self.today = date.today()
        self.employer_id: uuid.UUID | None = None
        self.course_id: uuid.UUID | None = None
        self.persons: list[ContactPersonView] = []
        self._employer_data: employers.EmployerInput | None = None
        self._pending_focus: QWidget | None = None
        self.errors = FieldErrors()
        self._build()
        editing = employer_contacts.contact_input(ws.ctx, contact_id) if contact_id else None
        if editing is not None:
            self._show_input(editing)
        else:
            self._preset(preset or ContactPreset())
        self._initial = self._state()
        self._initial_outcome = self.outcome_kind.currentData()
        self.retranslate()
        # The field typed in first: the employer, unless the caller gave it.
        first = self.person if preset is not None and preset.employer_id is not None \
            else self.employer
        first.setFocus()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.employer = TypeAheadEdit()
        self.employer_ahead = TypeAhead(self.employer, self._employer_rows, self._employer_chosen)
        self.employer.entered.connect(self._employer_entered)
        self.employer.save_keys.connect(self.save)
        self.employer.installEventFilter(self)
        self.employer.textEdited.connect(self._employer_edited)
        self.employer_note = QLabel()
        self.employer_note.setTextFormat(Qt.TextFormat.PlainText)  # an address as typed
        self.employer_note.setStyleSheet("color: palette(mid);")
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.day = DayField(self.today)
        self.clock = QTimeEdit()
        self.clock.setDisplayFormat("HH:mm")
        self.clock.setTime(_qtime(now_to_five_minutes(datetime.now())))
        self.consultant = QComboBox()
        for c in consultants.list_consultants(self.ws.ctx):
            self.consultant.addItem(f"{c.name} ({c.initials})", c.id)
        self.mode = QComboBox()
        for mode in ContactMode:
            self.mode.addItem("", mode)
        self.purpose = QComboBox()
        for purpose in ContactPurpose:
            self.purpose.addItem("", purpose)
        self.participant = TypeAheadEdit()
        self.participant_ahead = TypeAhead(self.participant, self._participant_rows,
                                           self._participant_chosen)
        self.participant.entered.connect(self._participant_entered)
        self.participant.save_keys.connect(self.save)
        self.participant.installEventFilter(self)
        self.participant.textEdited.connect(self._participant_edited)
        self.outcome_kind = QComboBox()
        self.outcome_kind.addItem("—", None)
        for outcome in ContactOutcome:
            self.outcome_kind.addItem("", outcome)
        self.outcome = QLineEdit()
        self.next_step = QLineEdit()
        self.follow_up = DateField()
        self.week_later, self.two_weeks_later = QPushButton(), QPushButton()
        self.week_later.clicked.connect(lambda: self._follow_up_in(7))
        self.two_weeks_later.clicked.connect(lambda: self._follow_up_in(14))
        self.follow_up_done = QCheckBox()
        self.follow_up_done.setVisible(self.contact_id is not None)
        for picker in (self.day.pick, self.follow_up.pick):
            picker.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the mouse's way; keys type dates

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        employer_box = QVBoxLayout()
        employer_box.setSpacing(2)
        employer_box.addWidget(self.employer)
        employer_box.addWidget(self.employer_note)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.clock)
        when.addStretch(1)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.week_later)
        follow.addWidget(self.two_weeks_later)
        follow.addWidget(self.follow_up_done)
        follow.addStretch(1)
        self._buddies: dict[str, QWidget | None] = {
            "employer_id": self.employer, "contact_date": self.day.edit,
            "follow_up_date": self.follow_up.edit}
        for field, content in (("employer_id", employer_box), ("contact_person_id", self.person),
                               ("contact_date", when), ("consultant_id", self.consultant),
                               ("mode", self.mode), ("purpose", self.purpose),
                               ("course_id", self.participant),
                               ("outcome_kind", self.outcome_kind), ("outcome", self.outcome),
                               ("next_step", self.next_step), ("follow_up_date", follow)):
            self._row(field, content)

        buttons = form_buttons(self, save=self.save, delete=self._delete,
                               can_delete=self.contact_id is not None,
                               others=(self.week_later, self.two_weeks_later))
        self.save_button, self.cancel_button, self.delete_button = buttons[:3]
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.form_label())
        layout.addLayout(buttons.row)
        self.setMinimumWidth(620)
        chain: list[QWidget] = [self.employer, self.person, self.day.edit, self.clock,
                                self.consultant, self.mode, self.purpose, self.participant,
                                self.outcome_kind, self.outcome, self.next_step,
                                self.follow_up.edit, self.week_later, self.two_weeks_later,
                                self.follow_up_done, self.save_button, self.cancel_button,
                                self.delete_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _row(self, field: str, content: QWidget | QHBoxLayout | QVBoxLayout) -> None:
        label = QLabel()
        self.labels[field] = label
        box = QVBoxLayout()
        box.setSpacing(1)
        if isinstance(content, QWidget):
            box.addWidget(content)
        else:
            box.addLayout(content)
        # A row of several widgets is labelled for its first (screen readers read it).
        buddy = self._buddies.get(field, content if isinstance(content, QWidget) else None)
        if buddy is not None:
            label.setBuddy(buddy)
        box.addWidget(self.errors.label_for(field))
        self.form.addRow(label, box)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit employer contact") if self.contact_id
                            else self.tr("Log employer contact"))
        for field, text in (("employer_id", self.tr("Employer")),
                            ("contact_person_id", self.tr("Contact person")),
                            ("contact_date", self.tr("Date and time")),
                            ("consultant_id", self.tr("Consultant")),
                            ("mode", self.tr("How")), ("purpose", self.tr("Purpose")),
                            ("course_id", self.tr("Participant")),
                            ("outcome_kind", self.tr("Outcome")),
                            ("outcome", self.tr("Outcome in words")),
                            ("next_step", self.tr("Next step")),
                            ("follow_up_date", self.tr("Follow up on"))):
            self.labels[field].setText(text)
        self.employer.setPlaceholderText(self.tr("Type the name; Enter creates a new one"))
        self.employer.setAccessibleName(self.tr("Employer"))
        person_edit = self.person.lineEdit()
        assert person_edit is not None
        person_edit.setPlaceholderText(self.tr("Choose, or type a new name"))
        self.person.setAccessibleName(self.tr("Contact person"))
        self.clock.setAccessibleName(self.tr("Time"))
        self.day.edit.setAccessibleName(self.tr("Date"))
        self.participant.setPlaceholderText(self.tr("Type the name (only for a participant)"))
        self.participant.setAccessibleName(self.tr("Participant"))
        self.follow_up.edit.setAccessibleName(self.tr("Follow up on"))
        for index in range(self.mode.count()):
            self.mode.setItemText(index, contact_mode_text(ContactMode(self.mode.itemData(index))))
        for index in range(self.purpose.count()):
            self.purpose.setItemText(index, contact_purpose_text(
                ContactPurpose(self.purpose.itemData(index))))
        for index in range(1, self.outcome_kind.count()):
            self.outcome_kind.setItemText(
                index, contact_outcome_text(ContactOutcome(self.outcome_kind.itemData(index))))
        self.week_later.setText(self.tr("+1 week"))
        self.two_weeks_later.setText(self.tr("+2 weeks"))
        self.week_later.setAccessibleName(self.tr("Follow up in a week"))
        self.two_weeks_later.setAccessibleName(self.tr("Follow up in two weeks"))
        self.follow_up_done.setText(self.tr("Done"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(save_keys_text())
        self.cancel_button.setText(self.tr("Cancel"))
        self.delete_button.setText(self.tr("Delete contact…"))
        self._show_employer_note()

    # -- filling in ----------------------------------------------------------------------

    def _preset(self, preset: ContactPreset) -> None:
        self._select(self.consultant, self.ws.ctx.actor_id)
        if preset.employer_id is not None:
            self._choose_employer(preset.employer_id)
        if preset.course_id is not None:
            self._choose_participant(preset.course_id)
        purpose = preset.purpose or (ContactPurpose.FOR_PARTICIPANT if preset.course_id
                                     else None)
        if purpose is not None:
            self._select(self.purpose, purpose)

    def _show_input(self, data: ContactInput) -> None:
        self._choose_employer(data.employer_id)
        self._select_person(data.contact_person_id)
        self.day.set_value(data.contact_date)
        self.clock.setTime(_qtime(data.contact_time))
        self._select(self.consultant, data.consultant_id)
        self._select(self.mode, data.mode)
        self._select(self.purpose, data.purpose)
        if data.course_id is not None:
            self._choose_participant(data.course_id)
        self._select(self.outcome_kind, data.outcome_kind)
        self.outcome.setText(data.outcome)
        self.next_step.setText(data.next_step)
        self.follow_up.set_value(data.follow_up_date)
        assert self.contact_id is not None
        done = employer_contacts.follow_up_done_on(self.ws.ctx, self.contact_id)
        self.follow_up_done.setChecked(done is not None)
        self.follow_up_done.setEnabled(done is None)
        if done is not None:
            self.follow_up_done.setToolTip(typed_dates.format_date(done))

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _follow_up_in(self, days: int) -> None:
        start = typed_day(self.day.edit.text(), self.today, past=True)
        base = start if isinstance(start, date) else self.today
        self.follow_up.set_value(base + timedelta(days=days))

    # -- the employer --------------------------------------------------------------------

    def _employer_rows(self, text: str) -> list[tuple[str, str, object]]:
        if not text.strip():
            return []
        hits = employers.find_employers(self.ws.ctx, text, limit=HITS)
        rows: list[tuple[str, str, object]] = [
            (" — ".join(part for part in (hit.name, hit.address or hit.industry) if part),
             hit.name, hit.id) for hit in hits]
        typed = " ".join(text.split())
        if not any(hit.name.casefold() == typed.casefold() for hit in hits):
            rows.append(("+ " + self.tr("Create «%1» as a new employer").replace("%1", typed),
                         typed, None))
        return rows

    def _employer_edited(self, _text: str) -> None:
        if self.employer_id is not None:
            self.employer_id = None
            self._set_persons([])
            self._show_employer_note()

    def _employer_entered(self) -> None:
        """Enter without a row highlighted: the one match, a new employer, or a choice."""
        if self.employer_id is not None or not self.employer.text().strip():
            self.focusNextChild()
            return
        self.employer_ahead.refresh(self.employer.text())
        rows = self.employer_ahead.rows()
        found = [(name, value) for name, value in rows if value is not None]
        if len(found) == 1 and str(found[0][0]).casefold() == \
                " ".join(self.employer.text().split()).casefold():
            self._employer_chosen(*found[0])
        elif not found:
            self._employer_chosen(self.employer.text(), None)
        else:
            self.employer_ahead.highlight_first()

    def _employer_chosen(self, name: str, value: object) -> None:
        if value is None:
            self._register_employer(str(name))
            return
        assert isinstance(value, uuid.UUID)
        self._choose_employer(value)
        self._focus_next(self.person)

    def _register_employer(self, name: str) -> None:
        from ips_desktop.ui.dialogs.employer_dialog import register_employer_interactively

        made = register_employer_interactively(self.ws, self, " ".join(name.split()))
        self.activateWindow()  # back from the employer dialog
        if made is None:
            self.employer.setFocus()
            return
        self._choose_employer(made)
        self.person.setFocus()

    def _choose_employer(self, employer_id: uuid.UUID) -> None:
        detail = employers.employer_detail(self.ws.ctx, employer_id)
        self.employer_id = detail.id  # the kept one, if that id was merged away
        self.employer.setText(detail.data.name)
        self._employer_data = detail.data
        self._set_persons(detail.persons)
        self._show_employer_note()
        self.errors.clear()

    def _show_employer_note(self) -> None:
        if self.employer_id is None:
            self.employer_note.setText(self.tr("Not chosen yet"))
            return
        data = self._employer_data
        assert data is not None
        parts = [data.address, data.industry, f"CVR {data.cvr}" if data.cvr else ""]
        self.employer_note.setText(" · ".join(p for p in parts if p) or "✓")

    def _set_persons(self, persons: list[ContactPersonView]) -> None:
        self.persons = persons
        self.person.clear()
        self.person.addItem("", None)
        for person in persons:
            shown = f"{person.name} ({person.role})" if person.role else person.name
            self.person.addItem(shown, person.id)
        self.person.setCurrentIndex(1 if len(persons) == 1 else 0)

    def _select_person(self, person_id: uuid.UUID | None) -> None:
        self._select(self.person, person_id)

    def _person_choice(self) -> tuple[uuid.UUID | None, str]:
        """The contact person: a registered one, or ("", name typed) for a new one."""
        typed = " ".join(self.person.currentText().split())
        if not typed:
            return None, ""
        for person in self.persons:
            shown = f"{person.name} ({person.role})" if person.role else person.name
            if typed.casefold() in (shown.casefold(), person.name.casefold()):
                return person.id, ""
        return None, typed

    # -- the participant -----------------------------------------------------------------

    def _participant_rows(self, text: str) -> list[tuple[str, str, object]]:
        if not text.strip():
            return []
        return [(f"{c.name} · {c.consultant_initials} · {phase_text(c.phase)}"
                 if c.consultant_initials else f"{c.name} · {phase_text(c.phase)}",
                 c.name, c.course_id)
                for c in employer_contacts.participant_choices(self.ws.ctx, text, limit=HITS)]

    def _participant_edited(self, _text: str) -> None:
        self.course_id = None

    def _participant_entered(self) -> None:
        if self.course_id is not None or not self.participant.text().strip():
            self.focusNextChild()
            return
        self.participant_ahead.refresh(self.participant.text())
        rows = self.participant_ahead.rows()
        if len(rows) == 1:
            self._participant_chosen(*rows[0])
        elif rows:
            self.participant_ahead.highlight_first()

    def _participant_chosen(self, _name: str, value: object) -> None:
        assert isinstance(value, uuid.UUID)
        self._choose_participant(value)
        self._focus_next(self.outcome_kind)

    def _choose_participant(self, course_id: uuid.UUID) -> None:
        choice = employer_contacts.participant_choice(self.ws.ctx, course_id)
        self.course_id = choice.course_id
        self.participant.setText(choice.name)

    # -- keys ----------------------------------------------------------------------------

    def _focus_next(self, widget: QWidget) -> None:
        """Move on to `widget` once a row was chosen from a popup.

        Some window systems (Xvfb without a window manager, Qt's offscreen platform)
        give the popup the window focus just as it closes and then hand it back to the
        field the popup belonged to; for a moment that late hand-back goes on to
        `widget` instead, so the next key lands where the user expects it.
        """
        widget.setFocus()
        self._pending_focus = widget
        QTimer.singleShot(PENDING_FOCUS_MS, self._forget_pending_focus)

    def _forget_pending_focus(self) -> None:
        self._pending_focus = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent) \
                and event.reason() in (Qt.FocusReason.ActiveWindowFocusReason,
                                       Qt.FocusReason.PopupFocusReason) \
                and self._pending_focus is not None and watched is not self._pending_focus:
            QTimer.singleShot(0, self._pending_focus.setFocus)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the next field (on a button or box, presses it); Escape is `reject`."""
        if not enter_moves_on(self, event, press_boxes=True):
            super().keyPressEvent(event)

    # -- saving, leaving -----------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        return (self.employer.text(), self.person.currentText(), self.day.edit.text(),
                self.clock.time().toString("HH:mm"), self.consultant.currentIndex(),
                self.mode.currentIndex(), self.purpose.currentIndex(), self.participant.text(),
                self.outcome_kind.currentIndex(), self.outcome.text(), self.next_step.text(),
                self.follow_up.edit.text(), self.follow_up_done.isChecked())

    def has_unsaved_changes(self) -> bool:
        return self._state() != self._initial

    def _input(self) -> tuple[ContactInput, str]:
        """What was typed, as the service takes it; problems as one ValidationError.

        What only the dialog can see (a date it cannot read, a name typed but not
        chosen) is shown together with what the service would refuse, so one Save
        shows every field to mend.
        """
        errors: list[FieldError] = []
        day = typed_day(self.day.edit.text(), self.today, past=True)
        if not isinstance(day, date):
            errors.append(FieldError("contact_date",
                                     message("required" if day is None else "not_a_date")))
        follow_up = typed_day(self.follow_up.edit.text(), self.today)
        if isinstance(follow_up, str):
            errors.append(FieldError("follow_up_date", message("not_a_date")))
        if self.participant.text().strip() and self.course_id is None:
            errors.append(FieldError("course_id", message("contact_unknown_participant")))
        person_id, new_person = self._person_choice()
        data = ContactInput(
            contact_date=day if isinstance(day, date) else self.today,
            contact_time=_time(self.clock.time()),
            # No employer chosen: an id that is none, which the service reports at its field.
            consultant_id=self.consultant.currentData() or NO_ID,
            employer_id=self.employer_id or NO_ID,
            # Qt hands a StrEnum back as its str: the enums again.
            mode=ContactMode(self.mode.currentData()),
            purpose=ContactPurpose(self.purpose.currentData()),
            contact_person_id=person_id, course_id=self.course_id,
            outcome_kind=ContactOutcome(outcome) if (outcome := self.outcome_kind.currentData())
            else None, outcome=self.outcome.text(),
            next_step=self.next_step.text(),
            follow_up_date=follow_up if isinstance(follow_up, date) else None)
        if errors:
            mine = {e.field for e in errors}
            errors += [e for e in employer_contacts.contact_problems(
                self.ws.ctx, data, today=self.today, new_contact_person=new_person)
                if e.field not in mine]
            raise ValidationError(errors)
        return data, new_person

    def _store(self) -> uuid.UUID:
        data, new_person = self._input()
        ctx = self.ws.ctx
        if self.contact_id is None:
            made = employer_contacts.log_contact(ctx, data, today=self.today,
                                                 new_contact_person=new_person)
        else:
            made = self.contact_id
            employer_contacts.update_contact(ctx, made, data, today=self.today,
                                             new_contact_person=new_person)
        if self.follow_up_done.isChecked() and self.follow_up_done.isEnabled() \
                and data.follow_up_date is not None:
            employer_contacts.mark_follow_up_done(ctx, made, self.today)
        return made

    def save(self) -> bool:
        """Store the contact and close; False (input kept, reasons at the fields) if refused."""
        stored, made = try_save(self.errors, self._store, on_invalid=self._invalid)
        if not stored or made is None:
            return False
        self.saved_id = made
        self._initial = self._state()
        outcome = self.outcome_kind.currentData()
        if outcome != self._initial_outcome:  # newly so: an edit that keeps it asks nothing
            follow_on(self.ws, self.parentWidget(), made, outcome)
        self.saved.emit(made)
        self.accept()
        return True

    def _invalid(self, error: ValidationError) -> None:
        self.errors.show(error)
        widgets = {"employer_id": self.employer, "contact_person_id": self.person,
                   "contact_date": self.day.edit, "consultant_id": self.consultant,
                   "mode": self.mode, "purpose": self.purpose, "course_id": self.participant,
                   "outcome_kind": self.outcome_kind, "outcome": self.outcome,
                   "next_step": self.next_step, "follow_up_date": self.follow_up.edit}
        wrong = {e.field for e in error.errors}
        first = next((widget for field, widget in widgets.items() if field in wrong), None)
        if first is not None:  # the first to mend, from the top
            first.setFocus()

    def _delete(self) -> None:
        assert self.contact_id is not None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete contact"),
                          self.tr("Delete this employer contact from the log?"),
                          QMessageBox.StandardButton.NoButton, self)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not delete:
            return
        employer_contacts.delete_contact(self.ws.ctx, self.contact_id)
        self.deleted = True
        self._initial = self._state()
        self.saved.emit(self.contact_id)
        self.accept()

    def reject(self) -> None:
        """Escape, Cancel or the close button: ask first when something was typed."""
        if may_close(self, self.has_unsaved_changes(), self.save):
            super().reject()


def follow_on(ws: Workspace, parent: QWidget | None, contact_id: uuid.UUID,
              outcome: object) -> None:
    """What an outcome leads to, once the contact dialog has gone: "opening found" opens
    the opening dialog filled in from the contact; "hired" offers to record the start."""
    if outcome == ContactOutcome.OPENING_FOUND:
        QTimer.singleShot(0, lambda: _keep(opening_from_contact_interactively(
            ws, parent, contact_id)))
    elif outcome == ContactOutcome.HIRED:
        QTimer.singleShot(0, lambda: _offer_placement(ws, parent, contact_id))


def _offer_placement(ws: Workspace, parent: QWidget | None, contact_id: uuid.UUID) -> None:
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("ContactDialog", "Hired"),
                      QCoreApplication.translate("ContactDialog", "Record the job start now?"),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate(
        "ContactDialog", "It can also be recorded later on the participant's page."))
    record = box.addButton(QCoreApplication.translate("ContactDialog", "Record job start"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("ContactDialog", "Later"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(record)
    box.exec()
    if box.clickedButton() is record:
        _keep(placement_from_contact_interactively(ws, parent, contact_id))


_KEPT: set[QDialog] = set()


def _keep(dialog: QDialog) -> None:
    """A follow-on dialog without a parent stays alive until it is done."""
    if dialog.parentWidget() is None:
        _KEPT.add(dialog)
        dialog.finished.connect(lambda _=0: _KEPT.discard(dialog))


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def open_contact_dialog(ws: Workspace, parent: QWidget | None,
                        preset: ContactPreset | None = None, *,
                        contact_id: uuid.UUID | None = None) -> ContactDialog:
    """The dialog, opened (not run): the window's shortcut uses this and listens to `saved`."""
    dialog = ContactDialog(ws, parent, preset=preset, contact_id=contact_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _wait(dialog: ContactDialog) -> None:
    """Until the dialog is done; unlike `exec()`, the auto-lock hiding it does not end it."""
    loop = QEventLoop()
    dialog.finished.connect(loop.quit)
    dialog.destroyed.connect(loop.quit)
    loop.exec()


def log_contact_interactively(ws: Workspace, parent: QWidget | None,
                              preset: ContactPreset | None = None) -> uuid.UUID | None:
    """Log a contact; its id, or None when the user cancelled."""
    dialog = open_contact_dialog(ws, parent, preset)
    _wait(dialog)
    return dialog.saved_id


def edit_contact_interactively(ws: Workspace, parent: QWidget | None,
                               contact_id: uuid.UUID) -> bool:
    """Edit (or delete) a logged contact; True when something changed."""
    dialog = open_contact_dialog(ws, parent, contact_id=contact_id)
    _wait(dialog)
    return dialog.saved_id is not None or dialog.deleted
