"""Which occurrences of a repeating event a change or a deletion is for.

One question, asked the same way by the event dialog (Save, Delete) and by the
calendar: only this occurrence (a Wednesday on a holiday), this and all later
ones (the presence day moves from the new year), or the whole series. The
first choice is already chosen, so Enter means the least far-reaching change;
Escape changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.services.calendar import Scope


class ScopeDialog(QDialog):
    """The three choices as radio buttons; `verb` is the button that goes ahead."""

    def __init__(self, parent: QWidget | None, verb: str, *, question: str = "",
                 allow_this: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Repeating event"))
        self.question = QLabel(question or self.tr(
            "This is one occurrence of a repeating event. Which occurrences?"))
        self.question.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the title
        self.question.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.choices: dict[Scope, QRadioButton] = {
            Scope.THIS: QRadioButton(self.tr("&Only this occurrence")),
            Scope.THIS_AND_LATER: QRadioButton(self.tr("This and all &later ones")),
            Scope.ALL: QRadioButton(self.tr("The &whole series")),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        for button in self.choices.values():
            self.group.addButton(button)
            layout.addWidget(button)
        self.choices[Scope.THIS].setEnabled(allow_this)
        first = Scope.THIS if allow_this else Scope.THIS_AND_LATER
        self.choices[first].setChecked(True)
        self.go = QPushButton(verb)
        self.go.setDefault(True)
        self.go.clicked.connect(self.accept)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        buttons.addWidget(self.cancel)
        layout.addLayout(buttons)
        self.choices[first].setFocus()

    def scope(self) -> Scope:
        return next(scope for scope, button in self.choices.items() if button.isChecked())


def ask_scope(parent: QWidget | None, verb: str, *, question: str = "",
              allow_this: bool = True) -> Scope | None:
    """The occurrences chosen, or None when the user went back (Escape, Cancel).

    `verb` is the button's word ("Gem", "Slet"); `allow_this` False when the change
    cannot be one occurrence's alone (the repetition itself was changed).
    """
    dialog = ScopeDialog(parent, verb, question=question, allow_this=allow_this)
    try:
        return dialog.scope() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
