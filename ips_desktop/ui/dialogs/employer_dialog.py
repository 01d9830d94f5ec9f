"""Registering an employer (or editing one), and its contact people.

The register offers the employer already there when the name or CVR number
matches one (services.employers.DuplicateEmployer): the dialog then shows the
matches and two plain choices, "Use the existing one" and "Register anyway",
instead of saving. The contact dialog registers "a new one on the spot"
through `register_employer_interactively`, with the name already typed there.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.cvr import cvr_is_valid, normalise_cvr
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.text_search import fold
from ips_desktop.services import employers
from ips_desktop.services.employers import (
    ContactPersonInput,
    ContactPersonView,
    DuplicateEmployer,
    EmployerChoice,
    EmployerInput,
)
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.form_keys import SAVE_KEYS
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.unsaved import Unsaved, ask_about_unsaved

CHOICE_ROLE = Qt.ItemDataRole.UserRole
_LINE_FIELDS = (("name", employers.NAME_MAX), ("cvr", 14), ("industry", employers.INDUSTRY_MAX),
                ("address", employers.ADDRESS_MAX), ("municipality", employers.MUNICIPALITY_MAX),
                ("phone", employers.PHONE_MAX), ("website", employers.WEBSITE_MAX))
_PERSON_FIELDS = (("name", employers.NAME_MAX), ("role", employers.ROLE_MAX),
                  ("phone", employers.PHONE_MAX), ("email", employers.EMAIL_MAX))


def choice_text(choice: EmployerChoice) -> str:
    """"Netto A/S · CVR 10150817 · Torvet 1, Køge": enough to tell two branches apart."""
    parts = [choice.name]
    if choice.cvr:
        parts.append(f"CVR {choice.cvr}")
    parts += [text for text in (choice.address, choice.industry) if text]
    return " · ".join(parts)


class _SavingDialog(QDialog):
    """Escape, Cancel or the close button ask before typed input goes; Ctrl+Enter saves."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), self, self.save)
        self._asking = False

    def has_input(self) -> bool:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self._asking or not self.has_input():
            super().reject()
            return
        self._asking = True
        try:
            answer = ask_about_unsaved(self)
        finally:
            self._asking = False
        if answer is Unsaved.SAVE:
            self.save()  # closes when it saved; the reason shows at its field when not
        elif answer is Unsaved.DISCARD:
            super().reject()

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> QLabel:
        """The field with its caption, and its error line under it (returned)."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, widget)
        error = self.errors.label_for(field)
        form.addRow("", error)
        return error


class EmployerDialog(_SavingDialog):
    """A new employer (with a first contact person, if one is typed) or an existing one's
    details. After it is accepted, `employer_id` is the employer registered, chosen
    instead (`used_existing`) or edited."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 employer_id: uuid.UUID | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.ws = ws
        self.editing = employer_id
        self.employer_id: uuid.UUID | None = employer_id
        self._version: int | None = None  # the loaded employer's (`_load`)
        self.used_existing = False
        self.setMinimumWidth(560)
        self.edits: dict[str, QLineEdit] = {}
        for field, max_len in _LINE_FIELDS:
            edit = QLineEdit()
            edit.setMaxLength(max_len)
            self.edits[field] = edit
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.person: dict[str, QLineEdit] = {}
        for field, max_len in _PERSON_FIELDS:
            edit = QLineEdit()
            edit.setMaxLength(max_len)
            self.person[field] = edit
        form = QFormLayout()
        captions = {"name": self.tr("&Name:"), "cvr": self.tr("&CVR number:"),
                    "industry": self.tr("&Industry:"), "address": self.tr("&Address:"),
                    "municipality": self.tr("&Municipality:"), "phone": self.tr("&Phone:"),
                    "website": self.tr("&Web site:")}
        errors = {field: self.add_row(form, captions[field], edit, field)
                  for field, edit in self.edits.items()}
        self.cvr_error = errors["cvr"]
        self.add_row(form, self.tr("N&otes:"), self.notes, "notes")
        self.edits["cvr"].setPlaceholderText(self.tr("8 digits, optional"))
        self.edits["cvr"].editingFinished.connect(self._check_cvr)
        # The first contact person, in the same form (so the fields line up); a new
        # employer only: an existing one's people are kept on its page.
        self.person_heading = QLabel(self.tr("Contact person (optional)"))
        self.person_heading.setStyleSheet("font-weight: bold;")
        form.addRow(self.person_heading)
        person_captions = {"name": self.tr("Con&tact person:"), "role": self.tr("&Role:"),
                           "phone": self.tr("Person's p&hone:"),
                           "email": self.tr("&E-mail:")}
        for field, edit in self.person.items():
            self.add_row(form, person_captions[field], edit, f"person_{field}")
        if employer_id is not None:
            for widget in (self.person_heading, *self.person.values()):
                form.setRowVisible(widget, False)
        self.form = form
        self.duplicates = self._duplicate_panel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicates)
        # Editing: a name or CVR number another employer has is said, not refused (a
        # branch); making the two one is the page's "Merge with…".
        self.similar_note = QLabel()
        self.similar_note.setTextFormat(Qt.TextFormat.PlainText)  # names as typed
        self.similar_note.setWordWrap(True)
        self.similar_note.hide()
        layout.addWidget(self.similar_note)
        layout.addWidget(self.errors.form_label())
        layout.addWidget(self.buttons)
        if employer_id is not None:
            self._load(employers.employer_input(ws.ctx, employer_id))
            self.setWindowTitle(self.tr("Edit employer"))
        else:
            self.edits["name"].setText(name.strip())
            self.setWindowTitle(self.tr("New employer"))
        self._initial = self._values()
        for edit in (self.edits["name"], self.edits["cvr"]):
            edit.textEdited.connect(self._hide_duplicates)
            if employer_id is not None:
                edit.editingFinished.connect(self._note_similar)
        self.edits["name"].installEventFilter(self)
        self.edits["name"].setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The cursor after the name typed before (in the contact dialog), not the name
        selected, when the dialog first gets the focus: the next key completes the
        name ("Bilhuset Øster" → "…gård ApS") instead of replacing it."""
        if watched is self.edits["name"] and event.type() == QEvent.Type.FocusIn:
            self.edits["name"].removeEventFilter(self)
            QTimer.singleShot(0, self._cursor_after_name)
        return super().eventFilter(watched, event)

    def _cursor_after_name(self) -> None:
        name = self.edits["name"]
        if name.selectedText() == name.text():
            name.deselect()
            name.end(False)

    def _duplicate_panel(self) -> QFrame:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_text = QLabel()
        self.duplicate_text.setWordWrap(True)
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Employers already registered"))
        self.matches.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.matches.itemDoubleClicked.connect(lambda _item: self.use_existing())
        self.use_existing_button = QPushButton(self.tr("&Use the existing one"))
        self.use_existing_button.clicked.connect(self.use_existing)
        self.register_anyway_button = QPushButton(self.tr("Register an&yway"))
        self.register_anyway_button.clicked.connect(lambda: self.save(allow_duplicate=True))
        choices = QDialogButtonBox()
        choices.addButton(self.use_existing_button, QDialogButtonBox.ButtonRole.ActionRole)
        choices.addButton(self.register_anyway_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.duplicate_text)
        layout.addWidget(self.matches)
        layout.addWidget(choices)
        panel.hide()
        return panel

    # -- values ---------------------------------------------------------------------------

    def _load(self, data: EmployerInput) -> None:
        self._version = data.version  # saved over this version only (ChangedMeanwhile)
        for field, edit in self.edits.items():
            edit.setText(getattr(data, field))
        self.notes.setPlainText(data.notes)

    def _values(self) -> tuple[str, ...]:
        return (*(e.text() for e in self.edits.values()), self.notes.toPlainText(),
                *(e.text() for e in self.person.values()))

    def data(self) -> EmployerInput:
        return EmployerInput(notes=self.notes.toPlainText(), version=self._version,
                             **{field: edit.text() for field, edit in self.edits.items()})

    def person_input(self) -> ContactPersonInput | None:
        """The contact person typed, or None when those fields are all empty."""
        values = {field: edit.text() for field, edit in self.person.items()}
        if self.editing is not None or not any(v.strip() for v in values.values()):
            return None
        return ContactPersonInput(**values)

    def has_input(self) -> bool:
        return self._values() != self._initial

    # -- saving ---------------------------------------------------------------------------

    def save(self, *, allow_duplicate: bool = False) -> None:
        person = self.person_input()
        if self.editing is not None:
            editing = self.editing
            saved, _ = try_save(self.errors, lambda: employers.update_employer(
                self.ws.ctx, editing, self.data()))
            if saved:
                self.accept()
            return

        def register() -> uuid.UUID | DuplicateEmployer:
            try:
                return employers.register_employer(
                    self.ws.ctx, self.data(), [person] if person else [],
                    allow_duplicate=allow_duplicate)
            except DuplicateEmployer as duplicate:
                return duplicate

        saved, result = try_save(self.errors, register, on_invalid=self._show_invalid)
        if not saved:
            return
        if isinstance(result, DuplicateEmployer):
            self._offer(result)
            return
        self.employer_id = result
        self.accept()

    def _show_invalid(self, error: ValidationError) -> None:
        """The first contact person's fields are "persons[0].…" to the service."""
        self.errors.show(ValidationError([
            FieldError(e.field.replace("persons[0].", "person_"), e.message)
            for e in error.errors]))

    def _check_cvr(self) -> None:
        """Said as soon as the field is left: a mistyped digit is caught while it is in mind."""
        label = self.cvr_error
        cvr = normalise_cvr(self.edits["cvr"].text())
        if cvr and not cvr_is_valid(cvr):
            label.setText(message("cvr_invalid"))
            label.show()
        else:
            label.clear()
            label.hide()

    # -- the duplicate offer --------------------------------------------------------------

    def _offer(self, duplicate: DuplicateEmployer) -> None:
        self.errors.clear()
        self.duplicate_text.setText(
            self.tr("An employer with this CVR number is already registered. Use it, "
                    "or register this one as well?") if duplicate.by_cvr else
            self.tr("An employer with this name is already registered (perhaps another "
                    "branch). Use it, or register this one as well?"))
        self.matches.clear()
        for choice in duplicate.matches:
            item = QListWidgetItem(choice_text(choice))
            item.setData(CHOICE_ROLE, choice.id)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        self.duplicates.show()
        self._fit_height()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(False)
        self.use_existing_button.setDefault(True)
        self.matches.setFocus()

    def _hide_duplicates(self) -> None:
        if self.duplicates.isVisible():
            self.duplicates.hide()
            self._fit_height()
            self.use_existing_button.setDefault(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def _note_similar(self) -> None:
        if self.editing is None:
            return
        similar = employers.similar_employers(self.ws.ctx, self.data(), exclude=self.editing)
        self.similar_note.setText(self.tr(
            "Also registered: %1. If it is the same business, use “Merge with…” on the "
            "employer's page.").replace("%1", "; ".join(choice_text(c) for c in similar[:3]))
            if similar else "")
        self.similar_note.setVisible(bool(similar))

    def _fit_height(self) -> None:
        """As tall as the fields and the offer need (adjustSize stops at two thirds of
        the screen, which on a 1366×768 laptop squeezes the fields over each other)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.sizeHint().height()
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        self.resize(self.width(), min(wanted, screen - 40))

    def use_existing(self) -> None:
        """The chosen match is the employer; a contact person typed here joins it (unless it
        has one of that name already)."""
        item = self.matches.currentItem()
        if item is None:
            return
        chosen: uuid.UUID = item.data(CHOICE_ROLE)
        person = self.person_input()
        if person is not None:
            known = {fold(p.name.strip()) for p in employers.contact_persons(self.ws.ctx, chosen)}
            if fold(person.name.strip()) not in known:
                saved, _ = try_save(self.errors, lambda: employers.add_contact_person(
                    self.ws.ctx, chosen, person), on_invalid=self._show_person_invalid)
                if not saved:
                    return
        self.employer_id = chosen
        self.used_existing = True
        self.accept()

    def _show_person_invalid(self, error: ValidationError) -> None:
        self.errors.show(ValidationError([FieldError("person_" + e.field, e.message)
                                          for e in error.errors]))


class ContactPersonDialog(_SavingDialog):
    """A contact person of an employer: added, or an existing one changed."""

    def __init__(self, ws: Workspace, employer_id: uuid.UUID, parent: QWidget | None = None, *,
                 person: ContactPersonView | None = None) -> None:
        super().__init__(parent)
        self.ws, self.employer_id = ws, employer_id
        self.person = person
        self.person_id: uuid.UUID | None = person.id if person else None
        self.setWindowTitle(self.tr("Edit contact person") if person else
                            self.tr("New contact person"))
        self.setMinimumWidth(420)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        captions = {"name": self.tr("&Name:"), "role": self.tr("&Role:"),
                    "phone": self.tr("&Phone:"), "email": self.tr("&E-mail:")}
        for field, max_len in _PERSON_FIELDS:
            edit = QLineEdit(getattr(person, field) if person else "")
            edit.setMaxLength(max_len)
            self.edits[field] = edit
            self.add_row(form, captions[field], edit, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.form_label())
        layout.addWidget(self.buttons)
        self._initial = self._values()
        self.edits["name"].setFocus()

    def _values(self) -> tuple[str, ...]:
        return tuple(edit.text() for edit in self.edits.values())

    def has_input(self) -> bool:
        return self._values() != self._initial

    def save(self) -> None:
        data = ContactPersonInput(**{field: edit.text() for field, edit in self.edits.items()})
        person_id = self.person_id
        if person_id is None:
            saved, new = try_save(self.errors, lambda: employers.add_contact_person(
                self.ws.ctx, self.employer_id, data))
            if saved:
                self.person_id = new
        else:
            saved, _ = try_save(self.errors, lambda: employers.update_contact_person(
                self.ws.ctx, person_id, data))
        if saved:
            self.accept()


def register_employer_interactively(workspace: Workspace, parent: QWidget | None,
                                    name: str = "") -> uuid.UUID | None:
    """The new-employer dialog, prefilled with `name`; the employer registered or the
    existing one chosen instead, or None when cancelled. The caller waits for the answer.

    Opened and waited for in a loop of its own rather than with exec(): the auto-lock
    hides every window, and a hidden exec() dialog would end as if cancelled, losing
    what was typed; this one is shown again at the unlock and still answers.
    """
    dialog = EmployerDialog(workspace, parent, name=name)
    loop = QEventLoop()
    dialog.finished.connect(loop.quit)
    dialog.open()
    loop.exec()
    employer_id = dialog.employer_id if dialog.result() == QDialog.DialogCode.Accepted \
        else None
    dialog.deleteLater()
    return employer_id
