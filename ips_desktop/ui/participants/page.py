"""A participant's page: who, where they stand, what is overdue and why, and their story."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import NoteKind, NotePlace
from ips_desktop.domain.rule_texts import rule_text
from ips_desktop.services import courses
from ips_desktop.services.courses import CourseDetail, NoteInput, TimelineEntry
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.texts import end_reason_text, note_kind_text, note_place_text, phase_text
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.form_fields import DayField


def date_edit(day: date | None = None) -> DayField:
    """A required date, typed the Danish way ("25/11-26", "27.11") or picked."""
    return DayField(day)


class ParticipantPage(QWidget):
    back_requested = Signal()
    changed = Signal()
    course_switched = Signal(object)  # a new course was started: show that one

    def __init__(self, ws: Workspace, preferences: Preferences, course_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.preferences = preferences
        self.course_id = course_id
        self.detail: CourseDetail | None = None
        self.back = QPushButton()
        self.back.clicked.connect(self.back_requested)
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.facts = QLabel()
        self.overdue = QLabel()
        self.overdue.setWordWrap(True)
        self.overdue.setStyleSheet("color: #b00020;")
        self.phase_button = QPushButton()
        self.phase_button.clicked.connect(self.change_phase)
        self.end_button = QPushButton()
        self.end_button.clicked.connect(self.end_course)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_referral)
        self.new_course_button = QPushButton()
        self.new_course_button.clicked.connect(self.start_new_course)
        self.history = QLabel()
        self.history.setWordWrap(True)
        header_buttons = QHBoxLayout()
        header_buttons.addWidget(self.back)
        header_buttons.addStretch(1)
        for button in (self.phase_button, self.end_button, self.new_course_button,
                       self.print_button):
            header_buttons.addWidget(button)

        self.timeline = QTreeWidget()
        self.timeline.setRootIsDecorated(False)
        self.timeline.setColumnCount(3)
        self.timeline.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.notes_list = QTreeWidget()
        self.notes_list.setRootIsDecorated(False)
        self.notes_list.setColumnCount(4)
        self.notes_list.setWordWrap(True)
        self.note_form = NoteForm()
        self.note_form.save.clicked.connect(self.add_note)
        notes_tab = QWidget()
        notes_layout = QVBoxLayout(notes_tab)
        notes_layout.addWidget(self.note_form)
        notes_layout.addWidget(self.notes_list)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self._referral_tab(), "")
        self.tabs.addTab(notes_tab, "")
        self.later = [QLabel() for _ in range(3)]
        for label in self.later:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            self.tabs.addTab(label, "")
        layout = QVBoxLayout(self)
        layout.addLayout(header_buttons)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addWidget(self.overdue)
        layout.addWidget(self.history)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.refresh()

    def _referral_tab(self) -> QWidget:
        from ips_desktop.ui.participants.referral_view import ReferralTab

        self.referral_tab = ReferralTab(self.ws, self.preferences, self.course_id)
        self.referral_tab.saved.connect(self._changed)
        return self.referral_tab

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.detail = detail = courses.course_detail(self.ws.ctx, self.course_id,
                                                     today=date.today())
        row = detail.row
        self.name.setText(row.name)
        facts = [phase_text(row.phase),
                 self.tr("%n day(s) in IPS", "", row.days_in_ips),
                 self.tr("consultant %1").replace("%1", row.consultant_initials or "–")]
        if detail.end_reason is not None and detail.ended_on is not None:
            facts.append(self.tr("ended %1: %2").replace(
                "%1", detail.ended_on.strftime("%d.%m.%Y")).replace(
                "%2", end_reason_text(detail.end_reason)))
        self.facts.setText(" · ".join(facts))
        lines = [self.tr("%1 — %n day(s) overdue", "", item.days_overdue).replace(
            "%1", rule_text(item.rule)) for item in detail.overdue]
        self.overdue.setText("\n".join(lines))
        self.overdue.setVisible(bool(lines))
        ended = detail.ended_on is not None
        self.phase_button.setVisible(not ended)
        self.end_button.setVisible(not ended)
        self.new_course_button.setVisible(ended and not any(
            c.ended_on is None for c in detail.other_courses))
        earlier = [self.tr("%1–%2 (%3)").replace("%1", c.referral_date.strftime("%d.%m.%Y"))
                   .replace("%2", c.ended_on.strftime("%d.%m.%Y") if c.ended_on else "")
                   .replace("%3", phase_text(c.phase)) for c in detail.other_courses]
        self.history.setText(self.tr("Other courses: %1").replace("%1", "; ".join(earlier))
                             if earlier else "")
        self.history.setVisible(bool(earlier))
        self.note_form.setEnabled(not ended)
        self.timeline.clear()
        for entry in detail.timeline:
            self.timeline.addTopLevelItem(QTreeWidgetItem([
                entry.on.strftime("%d.%m.%Y"), self._entry_text(entry), self._entry_detail(entry)]))
        self.notes_list.clear()
        for note in detail.notes:
            self.notes_list.addTopLevelItem(QTreeWidgetItem([
                note.note_date.strftime("%d.%m.%Y"), note_kind_text(note.kind),
                note_place_text(note.place), note.text]))

    def _entry_text(self, entry: TimelineEntry) -> str:
        texts = {
            "referral": self.tr("Referred"), "received": self.tr("Referral received"),
            "first_meeting": self.tr("First meeting"), "consent_given": self.tr("Consent given"),
            "consent_withdrawn": self.tr("Consent withdrawn"),
            "form_started": self.tr("Form begun"), "form_completed": self.tr("Form completed"),
            "employer_contact": self.tr("Employer contact"),
            "placement_start": self.tr("Started job or education"),
            "placement_end": self.tr("Job or education ended"),
            "phase": self.tr("Phase"), "note": self.tr("Contact"),
        }
        return texts.get(entry.kind, entry.kind)

    def _entry_detail(self, entry: TimelineEntry) -> str:
        from ips_desktop.domain.enums import Phase

        if entry.kind == "phase":
            return phase_text(Phase(entry.detail))
        if entry.kind == "note":
            return note_kind_text(NoteKind(entry.detail))
        if entry.kind.startswith("form_"):
            return {"vocational_profile": self.tr("Career profile"),
                    "action_plan": self.tr("Employment plan")}.get(entry.detail, entry.detail)
        return entry.detail

    # -- changes ----------------------------------------------------------------------------

    def add_note(self) -> None:
        form = self.note_form
        saved, _ = try_save(form.errors, lambda: courses.add_note(
            self.ws.ctx, self.course_id, NoteInput(
                form.day.required_date("note_date"), form.kind.currentData(),
                form.place.currentData(), form.text.toPlainText()), today=date.today()))
        if not saved:
            return  # the typed note stays in the form, with the reason beside it
        form.clear()
        self._changed()

    def change_phase(self) -> None:
        from ips_desktop.ui.participants.phase_dialogs import PhaseDialog

        dialog = PhaseDialog(self.ws, self.course_id, self)
        dialog.accepted.connect(self._changed)
        dialog.open()  # not exec(): the auto-lock may hide it while it waits

    def end_course(self) -> None:
        from ips_desktop.ui.participants.phase_dialogs import EndCourseDialog

        dialog = EndCourseDialog(self.ws, self.course_id, self)
        dialog.accepted.connect(self._changed)
        dialog.open()

    def start_new_course(self) -> None:
        """IPS can start again later: a new course for the same person, history kept."""
        from ips_desktop.services import referrals
        from ips_desktop.ui.participants.referral_dialog import ReferralDialog

        assert self.detail is not None
        view = referrals.referral(self.ws.ctx, self.course_id)
        person = {target: value for target, value in view.columns.items()
                  if target.startswith("participant.") and value}
        dialog = ReferralDialog(self.ws, self.preferences,
                                participant_id=self.detail.row.participant_id, parent=self)
        fields = dialog.spec.stored_fields()
        dialog.editor.set_answers({**dialog.editor.answers(), **{
            fields[target].name: value for target, value in person.items() if target in fields}})
        dialog.accepted.connect(lambda: self.course_switched.emit(dialog.course_id))
        dialog.open()

    def print_referral(self) -> None:
        from ips_desktop.ui.participants.referral_print import print_referral

        print_referral(self.ws, self.preferences, self.course_id, self)

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back.setText(self.tr("← &Back to the list"))
        self.phase_button.setText(self.tr("Change &phase…"))
        self.end_button.setText(self.tr("&End course…"))
        self.print_button.setText(self.tr("&Print referral…"))
        self.new_course_button.setText(self.tr("Start a &new course…"))
        titles = [self.tr("Overview"), self.tr("Referral"), self.tr("Contacts"),
                  self.tr("Career profile"), self.tr("Employment plan"), self.tr("Jobs")]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        for label in self.later:
            label.setText(self.tr("This part comes with a later version of IPS Desktop."))
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Detail")])
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.notes_list.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Place"),
                                         self.tr("Note")])
        self.notes_list.setAccessibleName(self.tr("Contacts"))
        self.note_form.retranslate()
        if self.detail is not None:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NoteForm(QWidget):
    """Logging a contact with the participant: date, kind, place, what happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = date_edit()
        self.kind, self.place = QComboBox(), QComboBox()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.save = QPushButton()
        self.errors = FieldErrors()
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        for label, (field, widget) in zip(self.labels, (
                ("note_date", self.day), ("kind", self.kind), ("place", self.place),
                ("text", self.text)), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field))
        form.addRow("", self.errors.form_label())
        form.addRow("", self.save)

    def retranslate(self) -> None:
        texts = [self.tr("&Date:"), self.tr("&Kind:"), self.tr("P&lace:"), self.tr("&Note:")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        names = [self.tr("Date"), self.tr("Kind"), self.tr("Place"), self.tr("Note")]
        for widget, name in zip((self.day, self.kind, self.place, self.text), names,
                                strict=True):
            widget.setAccessibleName(name)
        self.save.setText(self.tr("&Save contact"))
        for combo, options in (
                (self.kind, [(note_kind_text(k), str(k)) for k in NoteKind]),
                (self.place, [(note_place_text(p), str(p)) for p in NotePlace])):
            current = combo.currentData()
            combo.clear()
            for caption, value in options:
                combo.addItem(caption, value)
            if current is not None:
                combo.setCurrentIndex(combo.findData(current))

    def clear(self) -> None:
        self.text.clear()
        self.day.set_value(date.today())
        self.errors.clear()
