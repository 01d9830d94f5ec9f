"""Merging two register entries that are one business (services.employers.merge_employers).

Opened from an employer's page: the other one is found by type-ahead (the
employers with the same name or CVR number are listed before anything is
typed), the user says which of the two is kept, and confirms once more,
because a merge cannot be undone. Everything registered with the one merged
away moves to the one kept.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.services import employers
from ips_desktop.services.employers import EmployerChoice, MergeResult
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.employer_dialog import choice_text
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save

CHOICE_ROLE = Qt.ItemDataRole.UserRole


class MergeDialog(QDialog):
    """After it is accepted, `result` says which employer was kept and what moved."""

    def __init__(self, ws: Workspace, employer_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.employer_id = ws, employer_id
        self.data = employers.employer_input(ws.ctx, employer_id)
        self.result_: MergeResult | None = None
        self.setWindowTitle(self.tr("Merge employers"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Merge “%1” with another employer that is the same business. The contacts, "
            "contact people, openings and jobs of the one merged away move to the one kept, "
            "and its details fill the kept one's empty fields. A merge cannot be undone.")
            .replace("%1", self.data.name))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type the other employer's name or CVR number"))
        self.search.setAccessibleName(self.tr("Find the other employer"))
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Employers found"))
        self.matches.currentItemChanged.connect(lambda *_: self._chosen())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.keep_this = QRadioButton()
        self.keep_other = QRadioButton()
        self.keep_this.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.keep_this)
        group.addButton(self.keep_other)
        self.errors = FieldErrors()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        find_label = QLabel(self.tr("&Other employer:"))
        find_label.setBuddy(self.search)
        keep_label = QLabel(self.tr("Keep:"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(find_label)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.matches)
        layout.addWidget(keep_label)
        layout.addWidget(self.keep_this)
        layout.addWidget(self.keep_other)
        layout.addWidget(self.errors.form_label())
        layout.addWidget(self.buttons)
        self._show(employers.similar_employers(ws.ctx, self.data, exclude=employer_id),
                   similar=True)
        self.search.setFocus()

    # -- finding the other one ----------------------------------------------------------------

    def _search(self, text: str) -> None:
        if not text.strip():
            self._show(employers.similar_employers(self.ws.ctx, self.data,
                                                   exclude=self.employer_id), similar=True)
            return
        found = [c for c in employers.find_employers(self.ws.ctx, text, limit=51)
                 if c.id != self.employer_id]
        self._show(found[:50], similar=False)

    def _show(self, choices: list[EmployerChoice], *, similar: bool) -> None:
        self.matches.clear()
        for choice in choices:
            item = QListWidgetItem(choice_text(choice))
            item.setData(CHOICE_ROLE, choice)
            self.matches.addItem(item)
        if similar:
            self.hint.setText(self.tr("Registered with the same name or CVR number:")
                              if choices else self.tr("No other employer has the same name or "
                                                      "CVR number; type to find one."))
        else:
            self.hint.setText("" if choices else self.tr("No employer found."))
        self.hint.setVisible(bool(self.hint.text()))
        if choices:
            self.matches.setCurrentRow(0)
        self._chosen()

    def chosen(self) -> EmployerChoice | None:
        item = self.matches.currentItem()
        return item.data(CHOICE_ROLE) if item is not None else None

    def _chosen(self) -> None:
        other = self.chosen()
        self.keep_this.setText(self.tr("“%1” (this page)").replace("%1", self.data.name))
        self.keep_other.setText(self.tr("“%1”").replace("%1", other.name) if other else
                                self.tr("the other employer"))
        self.keep_other.setEnabled(other is not None)
        self.merge_button.setEnabled(other is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search field goes into the list (Enter merges the one chosen)."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.matches.count()):
            self.matches.setFocus()
            return True
        return super().eventFilter(watched, event)

    # -- merging ------------------------------------------------------------------------------

    def merge(self) -> None:
        other = self.chosen()
        if other is None:
            return
        keep, away = (other.id, self.employer_id) if self.keep_other.isChecked() else \
            (self.employer_id, other.id)
        kept_name, away_name = (other.name, self.data.name) if keep == other.id else \
            (self.data.name, other.name)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge employers"),
                          self.tr("Merge “%1” into “%2”?").replace("%1", away_name)
                          .replace("%2", kept_name), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the names as typed, never markup
        box.setInformativeText(self.tr("“%1” is then no longer in the register; everything "
                                       "registered with it moves to “%2”. This cannot be "
                                       "undone.").replace("%1", away_name)
                               .replace("%2", kept_name))
        go = box.addButton(self.tr("&Merge"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        box.exec()
        if box.clickedButton() is not go:
            return
        saved, result = try_save(self.errors, lambda: employers.merge_employers(
            self.ws.ctx, keep, away))
        if saved and result is not None:
            self.result_ = result
            self.accept()

    @property
    def kept(self) -> uuid.UUID | None:
        return self.result_.kept if self.result_ is not None else None
