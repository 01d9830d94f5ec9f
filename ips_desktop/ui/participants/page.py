"""A participant's page: who, where they stand, what is overdue and why, and their story.

The top (who, consent, what is overdue, the course's buttons) is page_header's.
The career profile and the employment plan each say where they stand (and
open in the draft wizard, which saves as it goes), the Jobs tab says when the
job search began and lists the employers contacted and the jobs and
educations (with their start and end), the Supervision tab (only when there
is one) the notes the weekly group supervision wrote on the course, and typed
input is never thrown away without asking: `may_leave` asks "Kassér ændringer?"
before the page goes, and the window asks through `has_unsaved_changes` /
`save_unsaved` before it closes or changes area.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import NoteKind, Phase
from ips_desktop.services import courses, form_drafts
from ips_desktop.services.courses import (
    CourseDetail,
    FirstMeetingSet,
    NoteInput,
    NoteView,
    TimelineEntry,
)
from ips_desktop.services.form_drafts import PLAN_FORM, PROFILE_FORM
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.participants.form_tab import FormTab, state_text
from ips_desktop.ui.participants.form_wizard_dialog import FormDraftWizard, open_form_wizard
from ips_desktop.ui.participants.jobs_tab import JobsTab
from ips_desktop.ui.participants.meetings import MeetingsPanel
from ips_desktop.ui.participants.notes import (
    NoteDialog,
    NoteForm,
    excerpt,
    is_long,
    note_tooltip,
)
from ips_desktop.ui.participants.page_header import WARNING_STYLE, PageHeader, reason_text
from ips_desktop.ui.participants.privacy_menu import add_privacy_actions
from ips_desktop.ui.participants.supervision_notes import SupervisionNotesView
from ips_desktop.ui.participants.tree_lists import Row, fill, one_line_list
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.texts import note_kind_text, note_place_text, phase_text
from ips_desktop.ui.widgets.field_errors import try_save
from ips_desktop.ui.widgets.message_bar import MessageBar
from ips_desktop.ui.widgets.unsaved import Unsaved, ask_about_unsaved

NOTE_ROLE = Qt.ItemDataRole.UserRole  # a row's note id, for opening the whole note
FIRST_MEETING = ("course.first_meeting_date",)  # Referral tab fields set from elsewhere
CONSENT_TARGETS = ("consent.given_on", "consent.scope", "consent.withdrawn_on")
REFERRAL_TAB, CONTACTS_TAB, PROFILE_TAB, PLAN_TAB, JOBS_TAB, SUPERVISION_TAB = 1, 2, 3, 4, 5, 6


class ParticipantPage(QWidget):
    back_requested = Signal()
    changed = Signal()
    course_switched = Signal(object)  # a new course was started: show that one
    erased = Signal()  # the person was erased (erase_dialog.py): the page goes, unasked

    def __init__(self, ws: Workspace, preferences: Preferences, course_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.preferences = preferences
        self.course_id = course_id
        self.detail: CourseDetail | None = None
        self._shown_before = False
        self.header = header = PageHeader()
        # The header's parts by their old names: the window and the tests reach them here.
        self.back, self.name, self.facts = header.back, header.name, header.facts
        self.consent, self.overdue, self.history = header.consent, header.overdue, header.history
        self.phase_button, self.end_button = header.phase_button, header.end_button
        self.print_button, self.new_course_button = header.print_button, header.new_course_button
        self.back.clicked.connect(self.back_requested)
        self.phase_button.clicked.connect(self.change_phase)
        self.end_button.clicked.connect(self.end_course)
        self.print_button.clicked.connect(self.print_referral)
        self.new_course_button.clicked.connect(self.start_new_course)
        header.consent_line.record_requested.connect(self.record_consent)
        add_privacy_actions(header.privacy, ws, self._participant_id, self)
        self.message = MessageBar()
        self._say_again: Callable[[], None] | None = None  # the message, in a new language

        self.timeline = one_line_list(3)
        self.timeline.itemActivated.connect(self._open_note)
        self.notes_list = one_line_list(4)
        self.notes_list.itemActivated.connect(self._open_note)
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
        self.form_tabs = {form_id: FormTab(ws, preferences, course_id, form_id)
                          for form_id in (PROFILE_FORM, PLAN_FORM)}
        for tab in self.form_tabs.values():
            tab.open_requested.connect(self.open_form)
            tab.section_requested.connect(self.open_form_at)
            tab.changed.connect(self._changed)
            self.tabs.addTab(tab, "")
        self.wizards: dict[str, FormDraftWizard] = {}
        self.forms_line = QLabel()
        self.forms_line.setWordWrap(True)
        self.meetings = MeetingsPanel(ws, course_id)
        self.meetings.changed.connect(self._changed)
        self.jobs_tab = JobsTab(ws, course_id)
        self.jobs_tab.changed.connect(self._changed)
        self.tabs.addTab(self.jobs_tab, "")
        self.supervision = SupervisionNotesView(ws, course_id)
        self.tabs.addTab(self.supervision, "")  # shown only when there is a note
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.forms_line)
        layout.addWidget(self.meetings)
        layout.addWidget(self.message)
        layout.addWidget(self.history)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.refresh(record_read=True)  # the one read event of this opening

    def _referral_tab(self) -> QWidget:
        from ips_desktop.ui.participants.referral_view import ReferralTab

        self.referral_tab = ReferralTab(self.ws, self.preferences, self.course_id)
        self.referral_tab.saved.connect(self._changed)
        return self.referral_tab

    # -- showing ----------------------------------------------------------------------------

    def refresh(self, *, record_read: bool = False) -> None:
        """Read the course again and show it; only the opening records a read (an edit, a
        new language or showing the page again is the same opening)."""
        today = date.today()
        self.detail = detail = courses.course_detail(self.ws.ctx, self.course_id, today=today,
                                                     record_read=record_read)
        began = job_search_began(detail)
        self.header.show_detail(detail, today, began)
        ended = detail.ended_on is not None
        self.note_form.setEnabled(not ended)
        self.meetings.refresh(ended=ended)
        self.jobs_tab.show_course(detail.row.name, ended=ended, job_search_began=began)
        self._fill_timeline(detail)
        self._fill_notes(detail)
        self.refresh_forms()
        self.refresh_supervision()

    def _participant_id(self) -> uuid.UUID | None:
        return self.detail.row.participant_id if self.detail is not None else None

    def refresh_supervision(self) -> None:
        """The supervision notes read again; their tab only when there is one."""
        self.tabs.setTabVisible(SUPERVISION_TAB, self.supervision.refresh() > 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_before:  # a note may have been written in Supervision meanwhile
            self.refresh_supervision()
        self._shown_before = True  # the first showing follows the reading in __init__

    def refresh_forms(self, *, goals: bool = True) -> None:
        """Both forms' state on their tabs and in one line under the overdue rules (with
        `goals`, the plan's sub-goals read again too)."""
        today = date.today()
        states = form_drafts.form_states(self.ws.ctx, self.course_id, today=today)
        lines = []
        for form_id, tab in self.form_tabs.items():
            state = states.get(form_id)
            if state is None:
                continue
            tab.show_state(state, today, goals=goals)
            lines.append(f"{self._form_name(form_id)}: {state_text(state, today)}")
        self.forms_line.setText(" · ".join(lines))
        self.forms_line.setAccessibleName(self.tr("Forms"))
        plan = states.get(PLAN_FORM)
        late = plan is not None and plan.review_due is not None and plan.review_due < today
        self.forms_line.setStyleSheet(WARNING_STYLE if late else "")

    def _form_name(self, form_id: str) -> str:
        return {PROFILE_FORM: self.tr("Career profile"),
                PLAN_FORM: self.tr("Employment plan")}.get(form_id, form_id)

    def open_form(self, form_id: str) -> None:
        """The form's wizard, or the one already open brought forward."""
        open_now = self.wizards.get(form_id)
        if open_now is not None and open_now.isVisible():
            open_now.raise_()
            open_now.activateWindow()
            return
        self._keep(open_form_wizard(self.ws, self.preferences, self.course_id, form_id, self))

    def open_form_at(self, form_id: str, section: int) -> None:
        """The form's wizard at one of its pages (a section chosen on the tab)."""
        self.open_form(form_id)
        wizard = self.wizards.get(form_id)
        if wizard is not None:
            wizard.go(section - wizard.steps.currentRow())

    def _keep(self, wizard: FormDraftWizard) -> None:
        self.wizards[wizard.spec.id] = wizard
        wizard.saved.connect(lambda: self.refresh_forms(goals=False))
        wizard.finished.connect(lambda _result: self._changed())
        wizard.moved.connect(self._keep)

    def _fill_timeline(self, detail: CourseDetail) -> None:
        notes = {note.id: note for note in detail.notes}
        rows: list[Row] = []
        words = self._entry_words()  # worded once, not once a row
        for entry in detail.timeline:
            note = notes.get(entry.note_id) if entry.note_id else None
            long = entry.text and (note is None or is_long(entry.text))
            rows.append(([entry.on.strftime("%d.%m.%Y"), words.get(entry.kind, entry.kind),
                          self._entry_detail(entry, note)],
                         note_tooltip(entry.text) if long else None,
                         str(note.id) if note is not None else None))
        fill(self.timeline, rows, NOTE_ROLE)

    def _fill_notes(self, detail: CourseDetail) -> None:
        fill(self.notes_list, [
            ([note.note_date.strftime("%d.%m.%Y"), note_kind_text(note.kind),
              note_place_text(note.place), excerpt(note.text)],
             note_tooltip(note.text) if is_long(note.text) else None, str(note.id))
            for note in detail.notes], NOTE_ROLE)

    def _entry_text(self, entry: TimelineEntry) -> str:
        return self._entry_words().get(entry.kind, entry.kind)

    def _entry_words(self) -> dict[str, str]:
        return {
            "referral": self.tr("Referred"), "received": self.tr("Referral received"),
            "first_meeting": self.tr("First meeting"), "consent_given": self.tr("Consent given"),
            "consent_withdrawn": self.tr("Consent withdrawn"),
            "form_started": self.tr("Form begun"), "form_completed": self.tr("Form completed"),
            "employer_contact": self.tr("Employer contact"),
            "placement_start": self.tr("Started job or education"),
            "placement_end": self.tr("Job or education ended"),
            "phase": self.tr("Phase"), "note": self.tr("Contact"),
        }

    def _entry_detail(self, entry: TimelineEntry, note: NoteView | None) -> str:
        if entry.kind == "phase":
            phase = phase_text(Phase(entry.detail))
            if entry.end_reason is None:
                return phase
            return f"{phase} — {reason_text(entry.end_reason, entry.text)}"
        if entry.kind == "note":
            kind = note_kind_text(NoteKind(entry.detail))
            if note is None:
                return kind
            return f"{kind} · {note_place_text(note.place)} — {excerpt(note.text)}"
        if entry.kind.startswith("form_"):
            return self._form_name(entry.detail)
        return entry.detail

    def _open_note(self, item: QTreeWidgetItem) -> None:
        """Double-click or Enter on a contact: the whole note, read-only."""
        note_id = item.data(0, NOTE_ROLE)
        if not note_id or self.detail is None:
            return
        note = next((n for n in self.detail.notes if str(n.id) == note_id), None)
        if note is not None:
            dialog = NoteDialog(note, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    # -- changes ----------------------------------------------------------------------------

    def add_note(self) -> bool:
        """Save the typed contact; False (the text kept, the reason beside it) when refused."""
        form = self.note_form
        saved, added = try_save(form.errors, lambda: courses.add_note(
            self.ws.ctx, self.course_id, NoteInput(
                form.day.required_date("note_date"), form.kind.currentData(),
                form.place.currentData(), form.text.toPlainText()), today=date.today()))
        if not saved or added is None:
            return False  # the typed note stays in the form, with the reason beside it
        form.clear()
        self._changed()
        if added.first_meeting is not None:
            self._first_meeting_set(added.first_meeting)
        return True

    def _first_meeting_set(self, change: FirstMeetingSet) -> None:
        self._referral_changed_elsewhere()
        self._say_again = lambda: self._say_first_meeting_set(change)
        self._say_again()

    def _say_first_meeting_set(self, change: FirstMeetingSet) -> None:
        text = self.tr("First meeting set to %1 from this contact.").replace(
            "%1", change.on.strftime("%d.%m.%Y"))
        if change.phase_change_id is not None:
            text += " " + self.tr("The phase is now %1.").replace(
                "%1", phase_text(Phase.ENGAGED))
        self.message.say(text, self.tr("&Undo"), lambda: self._undo_first_meeting(change))

    def _undo_first_meeting(self, change: FirstMeetingSet) -> None:
        saved, undone = try_save(self.note_form.errors, lambda: courses.undo_first_meeting(
            self.ws.ctx, self.course_id, change))
        if not saved:
            self.message.hide()  # the reason is at the note form
            return
        self._say_again = lambda: self.message.say(
            self.tr("The first meeting is no longer set.") if undone else
            self.tr("The first-meeting date was changed since, so it was left as it is."))
        self._say_again()
        self._changed()
        self._referral_changed_elsewhere()

    def _referral_changed_elsewhere(self, targets: tuple[str, ...] = FIRST_MEETING) -> None:
        """The referral tab shows the first-meeting date: show the one just set, never lose input.

        Untouched, the tab is built again from the database; with unsaved input
        (or a tab that cannot tell), only the first-meeting field is updated, so
        what was typed stays and its later save keeps the date.
        """
        tab = self.referral_tab
        unsaved = getattr(tab, "has_unsaved_changes", None)
        if unsaved is None or unsaved():
            patch = getattr(tab, "patch_stored", None)
            if patch is not None:
                patch(targets)
            return
        self._rebuild_referral_tab()

    def _rebuild_referral_tab(self) -> None:
        """The referral tab again, as stored: its input is either saved or thrown away."""
        tab, current = self.referral_tab, self.tabs.currentIndex()
        self.tabs.removeTab(REFERRAL_TAB)
        tab.deleteLater()
        self.tabs.insertTab(REFERRAL_TAB, self._referral_tab(), self.tr("Referral"))
        self.tabs.setCurrentIndex(current)


    def change_phase(self) -> None:
        from ips_desktop.ui.participants.phase_dialogs import PhaseDialog

        current = self.detail.row.phase if self.detail is not None else None
        dialog = PhaseDialog(self.ws, self.course_id, self, current=current)
        dialog.accepted.connect(self._changed)
        dialog.open()  # not exec(): the auto-lock may hide it while it waits

    def end_course(self) -> None:
        from ips_desktop.ui.participants.phase_dialogs import EndCourseDialog

        dialog = EndCourseDialog(self.ws, self.course_id, self)
        dialog.accepted.connect(self._changed)
        dialog.open()

    def record_consent(self, step: str) -> None:
        """A withdrawal or a new consent from the header; the Referral tab shows it too."""
        from ips_desktop.ui.participants.consent import open_consent_dialog

        dialog = open_consent_dialog(self.ws, self.course_id, step, self)
        dialog.accepted.connect(self._changed)
        dialog.accepted.connect(lambda: self._referral_changed_elsewhere(CONSENT_TARGETS))

    def start_new_course(self) -> None:
        """IPS can start again later: a new course for the same person, history kept."""
        from ips_desktop.services import referrals
        from ips_desktop.ui.participants.referral_dialog import ReferralDialog

        assert self.detail is not None
        view = referrals.referral(self.ws.ctx, self.course_id, record_read=True)  # its opening
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

    # -- unsaved input ----------------------------------------------------------------------

    def _unsaved_parts(self) -> list[tuple[int, Callable[[], bool]]]:
        """(tab, save) for each part holding typed input: the contact note, the referral."""
        parts: list[tuple[int, Callable[[], bool]]] = []
        if self.note_form.has_input():  # even greyed out by an ending: never lost unasked
            parts.append((CONTACTS_TAB, self.add_note))
        unsaved = getattr(self.referral_tab, "has_unsaved_changes", None)
        save = getattr(self.referral_tab, "save_unsaved", None)
        if unsaved is not None and save is not None and unsaved():
            parts.append((REFERRAL_TAB, save))
        return parts

    def has_unsaved_changes(self) -> bool:
        return bool(self._unsaved_parts())

    def save_unsaved(self) -> bool:
        """Save every part with typed input; False, on the tab that refused, if one did."""
        for tab, save in self._unsaved_parts():
            if not save():
                self.tabs.setCurrentIndex(tab)  # the reason is shown beside the input
                return False
        return True

    def discard_unsaved(self) -> None:
        """The user chose Discard: the typed input goes, so it is not asked about again."""
        if self.note_form.has_input():
            self.note_form.clear()
        unsaved = getattr(self.referral_tab, "has_unsaved_changes", None)
        if unsaved is not None and unsaved():
            self._rebuild_referral_tab()

    def close_forms(self) -> None:
        """An open form goes with its page: closing it stores the draft."""
        for wizard in list(self.wizards.values()):
            if wizard.isVisible():
                wizard.close()

    def may_leave(self) -> bool:
        """Asked before the page goes: True when nothing typed is lost by going."""
        self.close_forms()
        if not self.has_unsaved_changes():
            return True
        answer = ask_about_unsaved(self)
        if answer is Unsaved.SAVE:
            return self.save_unsaved()
        return answer is Unsaved.DISCARD

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.header.retranslate()
        titles = [self.tr("Overview"), self.tr("Referral"), self.tr("Contacts"),
                  self._form_name(PROFILE_FORM), self._form_name(PLAN_FORM), self.tr("Jobs"),
                  self.tr("Supervision")]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Detail")])
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.notes_list.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Place"),
                                         self.tr("Note")])
        self.notes_list.setAccessibleName(self.tr("Contacts"))
        self.note_form.retranslate()
        self.meetings.retranslate()
        self.supervision.retranslate()
        for tab in self.form_tabs.values():
            tab.retranslate()
        self.message.retranslate()
        if not self.message.isHidden() and self._say_again is not None:
            self._say_again()
        if self.detail is not None:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def job_search_began(detail: CourseDetail) -> date | None:
    """The first employer contact made for them, from the timeline the page has read already
    (the date services.placements.job_search_began and the 30-day rule read: no query)."""
    return min((e.on for e in detail.timeline if e.kind == "employer_contact"), default=None)
