"""The vocational profile and the action plan (any form spec) as a wizard that keeps a draft.

IPS never lets a form hold up the job search, so nothing here blocks moving
on: every answer is saved as a draft the moment a field or page is left,
every few seconds while typing (only when something changed), on closing, on
the auto-lock (which hides the dialog) and when the app quits. Only a value
that cannot be stored at all (an impossible date) is refused, at its field,
and the rest is saved. Reopening goes back to the page and field left.
"Mark as complete" is where required answers count: the missing ones are
listed, each a button that turns to its question.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.form_answers import is_empty
from ips_desktop.domain.form_progress import SectionState, section_states
from ips_desktop.services import form_drafts
from ips_desktop.services.form_drafts import FormDraft, Position
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.participants.form_wizard_parts import (
    SECTION_MARKS,
    HistoryDialog,
    MissingAnswers,
    changes_text,
    old_answers_text,
    question_label,
)
from ips_desktop.ui.participants.forms_access import dynamic_choices, form_spec
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.widgets.field_errors import try_save
from ips_desktop.ui.widgets.form_editor import FormEditor, FormWizard, wrapped_label
from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog

AUTOSAVE_MS = 3000  # at most this much typing is lost to a crash or a power cut


class FormDraftWizard(FormWizard):
    """One form of one course; `saved` after each stored draft, `moved` with its successor
    when the draft was moved to the form's new version (that wizard takes over)."""

    saved = Signal()
    moved = Signal(object)

    def __init__(self, ws: Workspace, preferences: Preferences, course_id: uuid.UUID,
                 form_id: str, parent: QWidget | None = None, *,
                 draft: FormDraft | None = None) -> None:
        current = form_spec(ws, preferences, form_id, parent)
        if draft is None:
            draft = form_drafts.open_form(ws.ctx, course_id, form_id, current)
        language = preferences.language
        editor = FormEditor(draft.spec, language, dynamic_choices(ws, draft.spec), lazy=True)
        super().__init__(editor, draft.spec.title.get(language), parent)
        editor.setParent(self)
        editor.hide()  # it holds the fields; the pages are shown by the wizard
        self.ws, self.preferences, self.course_id, self.draft = ws, preferences, course_id, draft
        self.spec, self.language = draft.spec, language
        self.successor: FormDraftWizard | None = None
        self.preview: PrintPreviewDialog | None = None  # the last Print's preview
        self.editor.set_answers(draft.answers)
        self._dirty = False  # answers typed since the last save
        self._refused = False  # the last save could not store every answer
        self._saved_position = draft.position
        self._resumed = False
        self._build_parts()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_draft)
        self.editor.changed.connect(self._typed)
        self.editor.field_left.connect(lambda _name: self.save_draft())
        self.steps.currentRowChanged.connect(lambda _row: self.save_draft())
        self._watched: QWidget | None = None
        if parent is not None:  # the main window's close (quitting) saves the draft first
            self._watched = parent.window()
            self._watched.installEventFilter(self)
        self._update_progress()
        page = min(max(draft.position.page, 0), self.steps.count() - 1)
        self.steps.setCurrentRow(page)
        self._saved_position = Position(page, draft.position.field)

    def _build_parts(self) -> None:
        self.status = wrapped_label()
        self.status.setAccessibleName(self.tr("Form status"))
        self.version_note = wrapped_label()
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.move_to_new_version)
        note = QHBoxLayout()
        note.addWidget(self.version_note, 1)
        note.addWidget(self.move_button)
        changes = self.draft.changes
        if changes is not None:
            self.version_note.setText(changes_text(changes, self.draft.spec, self.draft.current,
                                                   self.language))
            self.move_button.setText(self.tr("&Move to version %1")
                                     .replace("%1", self.draft.current.version))
        self.version_note.setVisible(changes is not None)
        self.move_button.setVisible(changes is not None)
        self.old_answers = wrapped_label(old_answers_text(self.draft.old_answers, self.language))
        self.old_answers.setAccessibleName(self.tr("Answers from an older version"))
        self.old_answers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.old_answers.setVisible(bool(self.draft.old_answers))
        self.missing = MissingAnswers(self.show_field, self)
        self.save_button.setText(self.tr("Save and &close"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()  # it is all saved
        self.complete_button = QPushButton(self.tr("&Mark as complete"))
        self.complete_button.clicked.connect(self.mark_complete)
        self.history_button = QPushButton(self.tr("&History"))
        self.history_button.clicked.connect(self.show_history)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the form (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_form)
        # The form's own actions on the left, moving and closing on the right.
        actions = QHBoxLayout()
        for button in (self.complete_button, self.history_button, self.print_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_form)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.buttons)
        for button in (self.back, self.next):  # Back, Next, then Save and close
            self.buttons.removeButton(button)
            actions.addWidget(button)
        actions.addWidget(self.buttons)
        layout.insertWidget(0, self.status)
        layout.insertLayout(1, note)
        layout.insertWidget(2, self.old_answers)
        layout.addWidget(self.missing)
        layout.addLayout(actions)
        # Tab order as read: the steps, the page, then the buttons left to right.
        QWidget.setTabOrder(self.complete_button, self.history_button)
        QWidget.setTabOrder(self.history_button, self.print_button)
        self._fit_screen(980, 680)

    # -- progress ---------------------------------------------------------------------------

    def _update_progress(self) -> None:
        states = section_states(self.spec, self.editor.answers())
        words = {SectionState.UNTOUCHED: self.tr("not started"),
                 SectionState.STARTED: self.tr("started"),
                 SectionState.COMPLETE: self.tr("complete")}
        for row, state in enumerate(states):
            self.set_step_mark(row, SECTION_MARKS[state], words[state])
        done = sum(state is SectionState.COMPLETE for state in states)
        parts = [self.tr("%1 of %2 sections").replace("%1", str(done))
                 .replace("%2", str(len(states)))]
        completed_on = self.draft.completed_on
        if completed_on is not None:
            parts.insert(0, self.tr("Complete on %1").replace(
                "%1", completed_on.strftime("%d.%m.%Y")))
        else:
            parts.insert(0, self.tr("Draft"))
        if self.draft.updated_at is not None and self.draft.updated_by:
            parts.append(self.tr("last changed %1 by %2").replace(
                "%1", self.draft.updated_at.astimezone().strftime("%d.%m.%Y %H:%M"))
                .replace("%2", self.draft.updated_by))
        self.status.setText(" · ".join(parts))

    # -- saving -----------------------------------------------------------------------------

    def _typed(self) -> None:
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()  # not restarted per key: steady typing is saved too

    def answers(self) -> dict[str, Any]:
        """Every answer, an emptied field as None: a draft keeps what is left out, so
        clearing an answer must be said."""
        return {**dict.fromkeys(self.editor.widgets), **self.editor.answers()}

    def position(self) -> Position:
        return Position(self.steps.currentRow(), self.editor.current_field)

    def save_draft(self) -> bool:
        """Store what is typed and where the cursor is; True when every answer was stored.

        A value that cannot be stored is shown at its field and the rest is
        saved; a full disk or the like is said on the form's message line,
        and the typed input stays for the next try, made every few seconds
        until it is stored, typed again or not.
        """
        position = self.position()
        if not self._dirty and position == self._saved_position:
            return not self._refused
        self._timer.stop()
        answers = self.answers()
        stored, errors = try_save(self.editor.errors, lambda: form_drafts.save_draft(
            self.ws.ctx, self.course_id, self.spec, answers, position, today=date.today()))
        if not stored:  # a full disk, a read-only folder: tried again until there is room
            self._timer.start()
            return False
        self._dirty = False
        self._saved_position = position
        self._refused = bool(errors)
        if errors:
            self.editor.show_errors(ValidationError(list(errors)))
        else:
            self.editor.errors.clear()
            self.editor.mark_saved()
        self.missing.drop_answered(lambda name: not is_empty(answers.get(name)))
        self._update_progress()
        self.saved.emit()
        return not errors

    def submit(self) -> bool:
        """Save and close: stored, or stay open with the reason at the field."""
        return self.save_draft()

    def cancel(self) -> None:
        """Escape: the same as Save and close (a draft has nothing to throw away) unless a
        value could not be stored; then the usual question about it."""
        if self.save_draft():
            self.editor.mark_saved()
            self.accept()
        else:
            super().cancel()

    # -- showing, hiding, closing -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._resumed:
            self._resumed = True
            QTimer.singleShot(0, self._resume)

    def _resume(self) -> None:
        """Back at the field left last time (or the page's first question)."""
        name = self.draft.position.field
        if (name is not None and self.editor.has_field(name)
                and self.editor.page_of(name) == self.steps.currentRow()):
            self.show_field(name)
        elif not self.editor.focus_first(self.steps.currentRow()):
            self.next.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        """The lock hides the dialog (and closing does too): what was typed is stored first."""
        self.save_draft()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and self.save_draft():
            self.editor.mark_saved()  # nothing to ask about: it is all stored
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Close:
            self.save_draft()  # before the window closes the database
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        self._timer.stop()
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        super().done(result)

    # -- complete, history, version, print ----------------------------------------------------

    def label(self, name: str) -> str:
        return question_label([self.spec], name, self.language)

    def mark_complete(self) -> bool:
        """Mark the form complete; the missing answers listed, each a step away, when not."""
        if not self.save_draft():
            return False
        answers = self.answers()
        missing: list[FieldError] = []
        done, _ = try_save(self.editor.errors, lambda: form_drafts.mark_complete(
            self.ws.ctx, self.course_id, self.spec, answers, today=date.today()),
            on_invalid=lambda exc: missing.extend(exc.errors))
        if missing:
            self.editor.show_errors(ValidationError(missing))
            self.missing.show_missing(missing, self.label)
            first = next(iter(self.missing.buttons.values()), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if not done:
            return False
        self.missing.clear()
        self.draft = form_drafts.open_form(self.ws.ctx, self.course_id, self.spec.id,
                                           self.draft.current, record_read=False)  # same opening
        self._update_progress()
        self.saved.emit()
        return True

    def show_history(self) -> None:
        self.save_draft()
        changes = form_drafts.answer_history(self.ws.ctx, self.course_id, self.spec.id)
        dialog = HistoryDialog(changes, [self.spec, self.draft.current], self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def move_to_new_version(self) -> None:
        """Store the draft, move it to the form's version in use and go on in that one."""
        if not self.save_draft():
            return
        moved = form_drafts.move_to_version(self.ws.ctx, self.course_id, self.spec.id,
                                            self.draft.current, today=date.today())
        successor = FormDraftWizard(self.ws, self.preferences, self.course_id, self.spec.id,
                                    self.parentWidget(), draft=moved)
        successor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.successor = successor
        self.accept()
        self.moved.emit(successor)
        successor.open()

    def print_form(self) -> PrintPreviewDialog | None:
        """Ctrl+P: the form as saved (the draft is stored first) in the print preview."""
        from ips_desktop.ui.participants.referral_print import print_form

        self.save_draft()
        self.preview = print_form(self.ws, self.preferences, self.course_id,
                                  self.draft.current, self)
        return self.preview


def open_form_wizard(ws: Workspace, preferences: Preferences, course_id: uuid.UUID,
                     form_id: str, parent: QWidget | None = None) -> FormDraftWizard:
    """Open a course's form as a non-blocking dialog (the lock may hide it while open)."""
    dialog = FormDraftWizard(ws, preferences, course_id, form_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
