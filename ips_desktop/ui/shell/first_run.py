"""First run: language, the database and its password, the recovery key, and who you are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ips_desktop.domain.enums import Role
from ips_desktop.domain.errors import ValidationError
from ips_desktop.paths import demo_data_dir
from ips_desktop.services import consultants, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.services.workspace import KeyringRefused, Workspace
from ips_desktop.ui.i18n import LANGUAGES, apply_language
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.shell.password_prompt import password_field
from ips_desktop.ui.shell.recovery_key_view import RecoveryKeyView
from ips_desktop.ui.shell.strength import StrengthHint, password_problem
from ips_desktop.ui.widgets.field_errors import FieldErrors

PAGE_LANGUAGE, PAGE_PASSWORD, PAGE_RECOVERY, PAGE_CONSULTANT = range(4)


class FirstRunWizard(QWizard):
    """Sets up the real database, or opens the demo database instead.

    After `exec()`: `workspace` is the open database (None if cancelled, or when
    an existing demo database must be unlocked), `root` the folder it lives in.
    """

    def __init__(self, root: Path, preferences: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.real_root = root
        self.root = root
        self.preferences = preferences
        self.workspace: Workspace | None = None
        self.recovery_key = ""
        self.keyring_refused = False  # set up in passphrase mode because the keyring refused
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.language_page = LanguagePage(self)
        self.password_page = PasswordPage(self)
        self.recovery_page = RecoveryPage(self)
        self.consultant_page = ConsultantPage(self)
        self.setPage(PAGE_LANGUAGE, self.language_page)
        self.setPage(PAGE_PASSWORD, self.password_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.setPage(PAGE_CONSULTANT, self.consultant_page)
        self.retranslate()

    @property
    def demo(self) -> bool:
        return self.language_page.demo.isChecked()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to IPS Desktop"))
        for page in (self.language_page, self.password_page, self.recovery_page,
                     self.consultant_page):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        if self.workspace is not None and not self.demo:
            return  # the database exists: finish the profile rather than leave it half set up
        super().reject()


class LanguagePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(wizard.preferences.language))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.real = QRadioButton()
        self.real.setChecked(True)
        self.demo = QRadioButton()
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.real)
        layout.addWidget(self.demo)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Language and start"))
        self.setSubTitle(self.tr("IPS Desktop keeps your caseload encrypted on this computer."))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.real.setText(self.tr("Set up my &database"))
        self.demo.setText(self.tr("Open a d&emo database with made-up participants (marked DEMO)"))

    def _language_changed(self) -> None:
        code = self.language.currentData()
        self.wiz.preferences.language = code
        apply_language(code)

    def nextId(self) -> int:
        return PAGE_PASSWORD

    def validatePage(self) -> bool:
        self.wiz.root = demo_data_dir(self.wiz.real_root) if self.demo.isChecked() \
            else self.wiz.real_root
        if self.demo.isChecked() and workspace.is_set_up(self.wiz.root):
            self.wiz.done(QWizard.DialogCode.Accepted)  # the demo exists: unlock it instead
            return False
        return True


class PasswordPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setCommitPage(True)
        self.password = password_field("")
        self.confirm = password_field("")
        self.hint = StrengthHint(self.password)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.password_label, self.confirm_label = QLabel(), QLabel()
        self.password_label.setBuddy(self.password)
        self.confirm_label.setBuddy(self.confirm)
        form = QFormLayout()
        form.addRow(self.password_label, self.password)
        form.addRow("", self.hint)
        form.addRow(self.confirm_label, self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.password.textChanged.connect(self.completeChanged)
        self.confirm.textChanged.connect(self.completeChanged)

    def retranslate(self) -> None:
        self.setTitle(self.tr("App password"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create database"))
        self.intro.setText(self.tr(
            "Choose the password you will type every time IPS Desktop starts or is locked. "
            "If you forget it, the recovery key on the next page opens the database."))
        self.password_label.setText(self.tr("&Password:"))
        self.confirm_label.setText(self.tr("&Repeat password:"))
        self.password.setAccessibleName(self.tr("Password"))
        self.confirm.setAccessibleName(self.tr("Repeat password"))

    def initializePage(self) -> None:
        from ips_desktop.services.workspace import keyring_problem

        self.message.setText(self.tr(
            "This computer has no usable keyring, so the database key is protected by the "
            "password alone (passphrase mode).") if keyring_problem() else "")

    def isComplete(self) -> bool:
        text = self.password.text()
        return password_problem(text) is None and text == self.confirm.text()

    def validatePage(self) -> bool:
        try:
            ws, key = workspace.set_up(self.wiz.root, self.password.text(), demo=self.wiz.demo)
        except KeyringRefused:  # locked or refusing: passphrase mode, said on the next page
            ws, key = workspace.set_up(self.wiz.root, self.password.text(), demo=self.wiz.demo,
                                       use_keyring=False)
            self.wiz.keyring_refused = True
        self.wiz.workspace, self.wiz.recovery_key = ws, key
        if self.wiz.demo:
            from ips_desktop.services import demo

            QApplication.setOverrideCursor(self.cursor())
            try:
                demo.generate_demo(ws.ctx.engine, size="small")
            finally:
                QApplication.restoreOverrideCursor()
            # In the demo you are one of its made-up consultants, so "my participants" works.
            workspace.set_owner(ws, next(c.id for c in consultants.list_consultants(ws.ctx)
                                         if c.role is Role.CONSULTANT))
        return True

    def nextId(self) -> int:
        return PAGE_RECOVERY


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.view = RecoveryKeyView()
        self.view.kept_changed.connect(self.completeChanged)
        self.mode_note = QLabel()  # why the key ended up in passphrase mode, when it did
        self.mode_note.setWordWrap(True)
        self.mode_note.setAccessibleName(self.tr("Note"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode_note)
        layout.addWidget(self.view)
        self.key, self.save_pdf, self.kept = self.view.key, self.view.save_pdf, self.view.kept

    @property
    def preview(self) -> QWidget | None:
        return self.view.preview

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recovery key"))
        self.view.retranslate()
        self.mode_note.setText(self.tr(
            "The keyring on this computer is locked or refused to store the key, so the "
            "database key is protected by the app password alone (passphrase mode).")
            if self.wiz.keyring_refused else "")
        self.mode_note.setVisible(self.wiz.keyring_refused)

    def initializePage(self) -> None:
        self.retranslate()
        self.view.show_key(self.wiz.recovery_key, language=self.wiz.preferences.language,
                           demo=self.wiz.demo)

    def isComplete(self) -> bool:
        return self.kept.isChecked()

    def print_sheet(self) -> None:
        self.view.print_sheet()

    def nextId(self) -> int:
        return -1 if self.wiz.demo else PAGE_CONSULTANT


class ConsultantPage(QWizardPage):
    """The consultant this laptop belongs to: the author of every change made here."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.name, self.initials, self.municipality = QLineEdit(), QLineEdit(), QLineEdit()
        self.initials.setMaxLength(6)
        self.fte = QDoubleSpinBox()
        self.fte.setRange(0.1, 1.5)
        self.fte.setSingleStep(0.1)
        self.fte.setDecimals(2)
        self.fte.setValue(1.0)
        self.role = QComboBox()
        self.labels = [QLabel() for _ in range(5)]
        self.errors = FieldErrors()
        form = QFormLayout(self)
        for label, (field, widget) in zip(self.labels, (
                ("name", self.name), ("initials", self.initials),
                ("municipality", self.municipality), ("fte", self.fte), ("role", self.role)),
                strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your profile"))
        self.setSubTitle(
            self.tr("Everything you change in the app is recorded under your initials."))
        texts = [self.tr("&Name:"), self.tr("&Initials:"), self.tr("&Municipality:"),
                 self.tr("&FTE (full time = 1.0):"), self.tr("&Role:")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for widget, text in ((self.name, self.tr("Name")), (self.initials, self.tr("Initials")),
                             (self.municipality, self.tr("Municipality")),
                             (self.fte, self.tr("FTE")), (self.role, self.tr("Role"))):
            widget.setAccessibleName(text)
        current = self.role.currentData()
        self.role.clear()
        self.role.addItem(self.tr("IPS consultant"), Role.CONSULTANT)
        self.role.addItem(self.tr("Team lead"), Role.TEAM_LEAD)
        if current is not None:
            self.role.setCurrentIndex(self.role.findData(current))

    def validatePage(self) -> bool:
        ws = self.wiz.workspace
        assert ws is not None
        try:
            made = consultants.create_consultant(ws.ctx, ConsultantInput(
                name=self.name.text(), initials=self.initials.text(),
                municipality=self.municipality.text(), fte=self.fte.value(),
                role=Role(self.role.currentData())))
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.errors.clear()
        workspace.set_owner(ws, made.id)
        return True
