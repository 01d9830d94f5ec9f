"""Settings: the consultant's profile, language, auto-lock, psychiatry unit, working hours.

The profile (name, initials, municipality, FTE) is checked as at first run, a
bad field said under it; OK saves all or nothing. Cancel, Escape or the close
button with something changed asks before it is thrown away.

A setting IT's policy file fixes (the municipality, the forms and backup
folders) is shown disabled with "Set by your IT department" beside it; the
longest auto-lock is a cap on the spin box, said beside it; the default
psychiatry unit is offered from IT's units.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.rules import MAX_FTE
from ips_desktop.services import backups, calendar, consultants
from ips_desktop.services.consultants import MIN_FTE, ConsultantInput, ConsultantView
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.i18n import LANGUAGES, apply_language
from ips_desktop.ui.preferences import (
    AUTO_LOCK_MIN,
    Preferences,
    WorkingHours,
    auto_lock_longest,
    set_by_policy,
)
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.policy_lock import PolicyNote, lock, with_note
from ips_desktop.ui.widgets.unsaved import Unsaved, ask_about_unsaved


class ProfileBox(QGroupBox):
    """The owner's own profile: what first run asked, changeable later."""

    def __init__(self, me: ConsultantView, parent: QWidget | None = None, *,
                 municipality: str | None = None) -> None:
        super().__init__(parent)
        self.me = me
        self.setTitle(self.tr("Your profile"))
        self.name, self.initials = QLineEdit(me.name), QLineEdit(me.initials)
        self.municipality = QLineEdit(me.municipality)
        self.name.setMaxLength(200)
        self.initials.setMaxLength(6)
        self.municipality.setMaxLength(100)
        self.fte = QDoubleSpinBox()
        self.fte.setRange(MIN_FTE, MAX_FTE)
        self.fte.setSingleStep(0.1)
        self.fte.setDecimals(2)
        self.fte.setValue(me.fte)
        self.errors = FieldErrors()
        self.municipality_note = PolicyNote() if municipality else None
        if municipality and self.municipality_note is not None:  # IT's, for every consultant
            self.municipality.setText(municipality)
            lock([self.municipality], self.municipality_note)
        form = QFormLayout(self)
        for field, widget, text in (
                ("name", self.name, self.tr("&Name:")),
                ("initials", self.initials, self.tr("&Initials:")),
                ("municipality", self.municipality, self.tr("&Municipality:")),
                ("fte", self.fte, self.tr("&FTE (full time = 1.0):"))):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, with_note(widget, self.municipality_note)
                        if widget is self.municipality else widget)
            form.addRow("", self.errors.label_for(field))
        form.addRow("", self.errors.form_label())
        note = QLabel(self.tr("Everything you change is recorded under your initials. Your "
                              "FTE sets how many participants your caseload can hold "
                              "(FTE × 25)."))
        note.setWordWrap(True)
        form.addRow(note)

    def values(self) -> ConsultantInput:
        return ConsultantInput(self.name.text(), self.initials.text(), self.municipality.text(),
                               round(self.fte.value(), 2), self.me.role)

    def save(self, ws: Workspace) -> bool:
        """Checked and written by the service; a bad field is said at the field."""
        saved, _ = try_save(self.errors, lambda: consultants.update_profile(
            ws.ctx, self.me.id, self.values()))
        if not saved:
            first = next((w for f, w in (("name", self.name), ("initials", self.initials),
                                         ("municipality", self.municipality), ("fte", self.fte))
                          if self.errors.text(f)), self.name)
            first.setFocus()
        return saved


class SettingsDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None, *,
                 ws: Workspace | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.ws = ws
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)  # room for a folder's path
        me = consultants.owner(ws.ctx) if ws is not None else None
        self.profile = ProfileBox(  # a demo may have none
            me, municipality=consultants.policy_municipality(ws.ctx) if ws else None) \
            if me is not None else None
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(preferences.language))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(AUTO_LOCK_MIN, auto_lock_longest())  # IT's cap, when set
        self.auto_lock.setValue(preferences.auto_lock_minutes)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock_note = PolicyNote(auto_lock_longest()) \
            if set_by_policy("max_auto_lock_minutes") else None
        self.psychiatry_unit = QLineEdit(preferences.psychiatry_unit)
        self.psychiatry_unit.setMaxLength(200)
        self.units_note: PolicyNote | None = None
        if ws is not None and calendar.units_fixed_by_policy(ws.ctx):  # offered: IT's units
            completer = QCompleter(calendar.psychiatry_units(ws.ctx), self.psychiatry_unit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.psychiatry_unit.setCompleter(completer)
            self.units_note = PolicyNote()
        hours = preferences.working_hours
        self.work_start, self.work_end = QTimeEdit(hours.start), QTimeEdit(hours.end)
        for edit in (self.work_start, self.work_end):
            edit.setDisplayFormat("HH:mm")
        self.forms_dir = QLineEdit(str(preferences.forms_dir or ""))
        self.forms_dir.setPlaceholderText(self.tr("The forms folder in the data directory"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse_forms)
        forms_row = QHBoxLayout()
        forms_row.addWidget(self.forms_dir)
        forms_row.addWidget(browse)
        self.forms_note = PolicyNote() if set_by_policy("forms_folder") else None
        if self.forms_note is not None:  # preferences.forms_dir is IT's folder already
            lock([self.forms_dir, browse], self.forms_note)
        self.hours_error = QLabel()
        self.hours_error.setStyleSheet("color: #b00020;")
        self.hours_error.hide()
        form = QFormLayout()
        rows = (
            (self.tr("&Language:"), self.language, None),
            (self.tr("&Lock after idle:"), self.auto_lock, self.auto_lock_note),
            (self.tr("Default &psychiatry unit:"), self.psychiatry_unit, self.units_note),
            (self.tr("Working day &starts:"), self.work_start, None),
            (self.tr("Working day &ends:"), self.work_end, None),
        )
        for text, widget, note in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, with_note(widget, note))
        form.addRow("", self.hours_error)
        forms_label = QLabel(self.tr("Municipality's &forms:"))
        forms_label.setBuddy(self.forms_dir)
        self.forms_dir.setAccessibleName(self.tr("Municipality's forms folder"))
        form.addRow(forms_label, with_note(forms_row, self.forms_note))
        # The backup folder lives in the database, so `backup --auto` uses the same one.
        self.auto_backup = QCheckBox(self.tr("Make a verified &backup every day"))
        self.auto_backup.setChecked(preferences.auto_backup)
        fixed = backups.policy_folder(ws) if ws else None  # IT's: shown, not changeable
        chosen = fixed or (backups.chosen_folder(ws) if ws else None)
        self.backup_dir = QLineEdit(str(chosen or ""))
        self.backup_dir.setPlaceholderText(self.tr("The backups folder in the data directory"))
        self.backup_dir.setAccessibleName(self.tr("Backup folder"))
        self.backup_dir.setEnabled(ws is not None)
        browse_backups = QPushButton(self.tr("B&rowse…"))
        browse_backups.setEnabled(ws is not None)
        browse_backups.clicked.connect(self._browse_backups)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_dir)
        backup_row.addWidget(browse_backups)
        self.backup_note = PolicyNote() if fixed is not None else None
        if self.backup_note is not None:
            lock([self.backup_dir, browse_backups], self.backup_note)
        backup_label = QLabel(self.tr("Backup f&older:"))
        backup_label.setBuddy(self.backup_dir)
        form.addRow("", self.auto_backup)
        form.addRow(backup_label, with_note(backup_row, self.backup_note))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.profile is not None:
            layout.addWidget(self.profile)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._as_opened = self._values()

    def _values(self) -> tuple[object, ...]:
        """Everything the user can change here, to tell whether anything was."""
        return (self.language.currentData(), self.auto_lock.value(),
                self.psychiatry_unit.text(), self.work_start.time(), self.work_end.time(),
                self.forms_dir.text(), self.auto_backup.isChecked(), self.backup_dir.text(),
                self.profile.values() if self.profile is not None else None)

    def has_unsaved_changes(self) -> bool:
        return self._values() != self._as_opened

    def reject(self) -> None:
        """Cancel, Escape, the close button: ask first when something was changed."""
        if self.has_unsaved_changes():
            answer = ask_about_unsaved(self)
            if answer is Unsaved.SAVE:
                self.accept()  # stays open when a field is wrong
                return
            if answer is Unsaved.KEEP_EDITING:
                return
        super().reject()

    def _browse_forms(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with form files"),
                                                  self.forms_dir.text())
        if folder:
            self.forms_dir.setText(folder)

    def _browse_backups(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"),
                                                  self.backup_dir.text())
        if folder:
            self.backup_dir.setText(folder)

    def accept(self) -> None:
        if self.work_end.time() <= self.work_start.time():
            self.hours_error.setText(self.tr("The working day must end after it starts."))
            self.hours_error.show()
            self.work_end.setFocus()
            return
        self.hours_error.hide()
        if self.profile is not None and self.ws is not None and not self.profile.save(self.ws):
            return
        p = self.preferences
        p.auto_lock_minutes = self.auto_lock.value()
        p.psychiatry_unit = self.psychiatry_unit.text()
        p.working_hours = WorkingHours(self.work_start.time(), self.work_end.time())
        if self.forms_note is None:  # IT's folder is not the user's to keep
            p.forms_dir = Path(self.forms_dir.text().strip()) \
                if self.forms_dir.text().strip() else None
        p.auto_backup = self.auto_backup.isChecked()
        if self.ws is not None and self.backup_note is None:
            chosen = self.backup_dir.text().strip()
            backups.set_folder(self.ws, Path(chosen) if chosen else None)
        language = self.language.currentData()
        if language != p.language:
            p.language = language
            apply_language(language)
        p.sync()
        super().accept()
