"""Settings: language, auto-lock, default psychiatry unit, working hours for the calendar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.services import backups
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.i18n import LANGUAGES, apply_language
from ips_desktop.ui.preferences import AUTO_LOCK_MAX, AUTO_LOCK_MIN, Preferences, WorkingHours


class SettingsDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None, *,
                 ws: Workspace | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.ws = ws
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)  # room for a folder's path
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(preferences.language))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(AUTO_LOCK_MIN, AUTO_LOCK_MAX)
        self.auto_lock.setValue(preferences.auto_lock_minutes)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.psychiatry_unit = QLineEdit(preferences.psychiatry_unit)
        self.psychiatry_unit.setMaxLength(200)
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
        self.hours_error = QLabel()
        self.hours_error.setStyleSheet("color: #b00020;")
        self.hours_error.hide()
        form = QFormLayout()
        rows = (
            (self.tr("&Language:"), self.language),
            (self.tr("&Lock after idle:"), self.auto_lock),
            (self.tr("Default &psychiatry unit:"), self.psychiatry_unit),
            (self.tr("Working day &starts:"), self.work_start),
            (self.tr("Working day &ends:"), self.work_end),
        )
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        form.addRow("", self.hours_error)
        forms_label = QLabel(self.tr("Municipality's &forms:"))
        forms_label.setBuddy(self.forms_dir)
        self.forms_dir.setAccessibleName(self.tr("Municipality's forms folder"))
        form.addRow(forms_label, forms_row)
        # The backup folder lives in the database, so `backup --auto` uses the same one.
        self.auto_backup = QCheckBox(self.tr("Make a verified &backup every day"))
        self.auto_backup.setChecked(preferences.auto_backup)
        chosen = backups.chosen_folder(ws) if ws else None
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
        backup_label = QLabel(self.tr("Backup f&older:"))
        backup_label.setBuddy(self.backup_dir)
        form.addRow("", self.auto_backup)
        form.addRow(backup_label, backup_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

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
        p = self.preferences
        p.auto_lock_minutes = self.auto_lock.value()
        p.psychiatry_unit = self.psychiatry_unit.text()
        p.working_hours = WorkingHours(self.work_start.time(), self.work_end.time())
        p.forms_dir = Path(self.forms_dir.text().strip()) if self.forms_dir.text().strip() \
            else None
        p.auto_backup = self.auto_backup.isChecked()
        if self.ws is not None:
            chosen = self.backup_dir.text().strip()
            backups.set_folder(self.ws, Path(chosen) if chosen else None)
        language = self.language.currentData()
        if language != p.language:
            p.language = language
            apply_language(language)
        p.sync()
        super().accept()
