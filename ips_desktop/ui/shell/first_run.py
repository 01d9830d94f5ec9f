"""First run: language, the database and its password, the recovery key, and who you are.

Every text, the wizard's own buttons included, follows the language chosen on
the first page. Once "Create database" has run the database exists, so from
then on the wizard cannot be cancelled, and says so where Cancel was.
"""

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
from ips_desktop.domain.messages import error_message
from ips_desktop.paths import demo_data_dir
from ips_desktop.services import consultants, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.services.workspace import KeyringRefused, PassphraseModeNotAllowed, Workspace
from ips_desktop.ui.i18n import LANGUAGES, apply_language
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.shell.password_prompt import password_field
from ips_desktop.ui.shell.recovery_key_view import RecoveryKeyView
from ips_desktop.ui.shell.strength import (
    StrengthHint,
    fit_height_now,
    fit_wrapped_height,
    password_problem,
)
from ips_desktop.ui.widgets.field_errors import FieldErrors
from ips_desktop.ui.widgets.policy_lock import PolicyNote, lock, with_note

PAGE_LANGUAGE, PAGE_PASSWORD, PAGE_RECOVERY, PAGE_CONSULTANT = range(4)
# Room for the longest page (the recovery key, the password page with its notes) in
# all three languages, so no wrapped line is squeezed; well inside 1366×768.
MINIMUM_SIZE = (600, 460)


def _note() -> QLabel:
    """A wrapped line that says why something is as it is (why Cancel is off, say)."""
    label = QLabel()
    label.setWordWrap(True)
    return label


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
        self.setMinimumSize(*MINIMUM_SIZE)
        self.language_page = LanguagePage(self)
        self.password_page = PasswordPage(self)
        self.recovery_page = RecoveryPage(self)
        self.consultant_page = ConsultantPage(self)
        self.setPage(PAGE_LANGUAGE, self.language_page)
        self.setPage(PAGE_PASSWORD, self.password_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.setPage(PAGE_CONSULTANT, self.consultant_page)
        self.currentIdChanged.connect(self.show_cancel_state)
        self.retranslate()

    @property
    def demo(self) -> bool:
        return self.language_page.demo.isChecked()

    def retranslate(self) -> None:
        """Our own texts for QWizard's buttons: Qt sets its own only when a page is shown,
        so after a language switch on the first page they stayed in the old language."""
        self.setWindowTitle(self.tr("Welcome to IPS Desktop"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        for page in (self.language_page, self.password_page, self.recovery_page,
                     self.consultant_page):
            page.retranslate()
        self.show_cancel_state()

    @property
    def can_cancel(self) -> bool:
        """Until the database is created; after that there is nothing to cancel back to."""
        return self.workspace is None

    def show_cancel_state(self) -> None:
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.setEnabled(self.can_cancel)
        cancel.setToolTip("" if self.can_cancel else self.tr(
            "The database has been created, so setting up can no longer be cancelled."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        if not self.can_cancel:
            return  # Escape or the window's close: the database exists, finish the steps
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
        self.mismatch = fit_wrapped_height(FieldErrors().label_for("confirm"))  # red, under it
        self.message = _note()  # no usable password store: the password alone protects
        self.password_label, self.confirm_label = QLabel(), QLabel()
        self.password_label.setBuddy(self.password)
        self.confirm_label.setBuddy(self.confirm)
        form = QFormLayout()
        form.addRow(self.password_label, self.password)
        form.addRow("", self.hint)
        form.addRow(self.confirm_label, self.confirm)
        form.addRow("", self.mismatch)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.password.textChanged.connect(self.completeChanged)
        self.confirm.textChanged.connect(self.completeChanged)
        self.password.textChanged.connect(lambda: self.show_mismatch())
        self.confirm.textChanged.connect(lambda: self.show_mismatch())
        self.confirm.editingFinished.connect(lambda: self.show_mismatch(finished=True))

    def retranslate(self) -> None:
        self.setTitle(self.tr("App password"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create database"))
        self.setSubTitle(self.tr(
            "Choose the password you will type every time IPS Desktop starts or is locked. "
            "If you forget it, the recovery key on the next page opens the database."))
        self.password_label.setText(self.tr("&Password:"))
        self.confirm_label.setText(self.tr("&Repeat password:"))
        self.password.setAccessibleName(self.tr("Password"))
        self.confirm.setAccessibleName(self.tr("Repeat password"))
        self.mismatch.setAccessibleName(self.tr("Repeat password: problem"))
        if self.mismatch.text():
            self.show_mismatch(finished=True)

    def initializePage(self) -> None:
        from ips_desktop.services.policy import current
        from ips_desktop.services.workspace import keyring_problem

        no_store = keyring_problem() is not None
        refused = no_store and not self.wiz.demo and not current().passphrase_mode_allowed
        self.message.setText(self.tr(
            "This computer has no secure password store that IPS Desktop can use, and your "
            "IT department does not allow a database protected by the password alone. "
            "Contact your IT department.") if refused else self.tr(
            "This computer has no secure password store that IPS Desktop can use, so the "
            "database is protected by your password alone. Choose a long one.")
            if no_store else "")
        self.message.setVisible(no_store)

    def show_mismatch(self, *, finished: bool = False) -> bool:
        """Say at once when the repeat can no longer match, and when it ends different.

        While the repeat is still the start of the password nothing is said yet;
        when the field is left, or Create is pressed, any difference is said.
        Returns whether the two differ (an empty repeat counts as not yet typed).
        """
        password, confirm = self.password.text(), self.confirm.text()
        differs = bool(confirm) and confirm != password
        shown = differs and (finished or not password.startswith(confirm))
        self.mismatch.setText(
            self.tr("The two passwords are not the same.") if shown else "")
        self.mismatch.setVisible(shown)
        fit_height_now(self.mismatch)
        return differs

    def isComplete(self) -> bool:
        """Create is pressable once both are typed; a difference is said when it is pressed."""
        return password_problem(self.password.text()) is None and bool(self.confirm.text())

    def validatePage(self) -> bool:
        if self.show_mismatch(finished=True):
            self.confirm.setFocus()
            self.confirm.selectAll()
            return False
        try:
            try:
                ws, key = workspace.set_up(self.wiz.root, self.password.text(),
                                           demo=self.wiz.demo)
            except KeyringRefused:  # locked or refusing: passphrase mode, said on the next page
                ws, key = workspace.set_up(self.wiz.root, self.password.text(),
                                           demo=self.wiz.demo, use_keyring=False)
                self.wiz.keyring_refused = True
        except PassphraseModeNotAllowed as exc:  # IT's policy: the keyring or nothing
            self.message.setText(error_message(exc))
            self.message.setStyleSheet("color: #b00020;")
            self.message.show()
            fit_height_now(self.message)
            return False
        self.wiz.workspace, self.wiz.recovery_key = ws, key
        self.wiz.show_cancel_state()
        if self.wiz.demo:
            from ips_desktop.services import demo

            QApplication.setOverrideCursor(self.cursor())
            try:
                summary = demo.generate_demo(ws.ctx.engine, size="small")
            finally:
                QApplication.restoreOverrideCursor()
            # In the demo you are the consultant the generator chose (her share of the
            # team's courses), so "my participants" works; this also sets the session's actor.
            owner_id = (summary.owner.id if summary.owner is not None else
                        next(c.id for c in consultants.list_consultants(ws.ctx)
                             if c.role is Role.CONSULTANT))
            workspace.set_owner(ws, owner_id)
        return True

    def nextId(self) -> int:
        return PAGE_RECOVERY


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.view = RecoveryKeyView()
        self.view.kept_changed.connect(self.completeChanged)
        self.mode_note = _note()  # why the password alone protects the key, when it does
        self.cancel_note = _note()  # why Cancel is off from here on
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode_note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.cancel_note)
        self.key, self.save_pdf, self.kept = self.view.key, self.view.save_pdf, self.view.kept

    @property
    def preview(self) -> QWidget | None:
        return self.view.preview

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(self.tr("Your database has been created. Keep its recovery key."))
        self.view.retranslate()
        self.mode_note.setAccessibleName(self.tr("Note"))
        self.mode_note.setText(self.tr(
            "The secure password store on this computer is locked or would not keep the "
            "key, so the database is protected by your password alone.")
            if self.wiz.keyring_refused else "")
        self.mode_note.setVisible(self.wiz.keyring_refused)
        self.cancel_note.setAccessibleName(self.tr("Why Cancel is not available"))
        self.cancel_note.setText(self.tr(
            "The demo database has been created, so setting up can no longer be cancelled. "
            "Keep the recovery key, then press Finish.") if self.wiz.demo else self.tr(
            "The database has been created, so setting up can no longer be cancelled. "
            "Keep the recovery key, then fill in your profile on the next page."))

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
        self.cancel_note = _note()  # why Cancel is off: the database exists already
        self.municipality_note = PolicyNote()  # shown when IT's policy sets the municipality
        self.municipality_note.hide()
        form = QFormLayout()
        for label, (field, widget) in zip(self.labels, (
                ("name", self.name), ("initials", self.initials),
                ("municipality", self.municipality), ("fte", self.fte), ("role", self.role)),
                strict=True):
            label.setBuddy(widget)
            form.addRow(label, with_note(widget, self.municipality_note)
                        if widget is self.municipality else widget)
            form.addRow("", fit_wrapped_height(self.errors.label_for(field)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.cancel_note)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your profile"))
        self.setSubTitle(
            self.tr("Everything you change in the app is recorded under your initials."))
        texts = [self.tr("&Name:"), self.tr("&Initials:"), self.tr("&Municipality:"),
                 self.tr("&FTE (full time = 1.0):"), self.tr("&Role:")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.cancel_note.setAccessibleName(self.tr("Why Cancel is not available"))
        self.cancel_note.setText(self.tr(
            "The database has been created, so this last step cannot be cancelled: the app "
            "needs to know who makes each change."))
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

    def initializePage(self) -> None:
        """IT's municipality, when the policy sets one: filled in, locked, and said so."""
        ws = self.wiz.workspace
        fixed = consultants.policy_municipality(ws.ctx) if ws is not None else None
        if fixed and self.municipality_note is not None:
            self.municipality.setText(fixed)
            lock([self.municipality], self.municipality_note)
            self.municipality_note.show()

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
