"""One reviewed item of the fidelity self-check: its five anchors to choose from, and a comment.

(What the item asks, the form's help text, is shown above the panel by the tab.)

The anchors come from `forms/fidelity_review.toml` (via services.fidelity.review_form),
so the screen shows the wording the team's file has; the choice is a score 1–5
or "not scored". The panel edits one item at a time; the Fidelity tab keeps
the draft of all seven and saves them together.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.fidelity_review import ReviewItem
from ips_desktop.domain.messages import current_language

NOT_SCORED = 0  # the button id of "not scored"


def _red_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class ReviewPanel(QWidget):
    """Edits (score, comment) of one reviewed item; `changed` after every edit by the user."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: ReviewItem | None = None
        self._loading = False
        self.group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.buttons: dict[int, QRadioButton] = {}
        self.anchors: dict[int, QLabel] = {}
        for score in range(5, 0, -1):  # the best first, as the scale is read
            button = QRadioButton(str(score))
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(button)
            self.group.addButton(button, score)
            self.buttons[score], self.anchors[score] = button, label
            row = 5 - score
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        self.none_button = QRadioButton()
        self.group.addButton(self.none_button, NOT_SCORED)
        grid.addWidget(self.none_button, 5, 0, 1, 2)
        self.group.idClicked.connect(lambda _: self._edited())
        self.comment_label = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        self.comment_label.setBuddy(self.comment)
        self.comment.textChanged.connect(self._edited)
        self.score_error = _red_label()
        self.comment_error = _red_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.score_error)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment)
        layout.addWidget(self.comment_error)
        layout.addStretch(1)
        self.retranslate()

    def show_item(self, item: ReviewItem, score: int | None, comment: str,
                  problems: tuple[str, str] = ("", "")) -> None:
        """Show `item` with the draft's score and comment (no `changed` for this)."""
        self._loading = True
        try:
            self.item = item
            language = current_language()
            for number, label in self.anchors.items():
                label.setText(item.anchors[number - 1].get(language))
                self.buttons[number].setAccessibleName(
                    f"{number}: {item.anchors[number - 1].get(language)}")
            (self.buttons.get(score or NOT_SCORED) or self.none_button).setChecked(True)
            self.comment.setPlainText(comment)
            self.comment.setAccessibleName(self.tr("Comment on %1").replace(
                "%1", item.title.get(language)))
            self.show_problems(*problems)
        finally:
            self._loading = False

    def show_problems(self, score: str, comment: str) -> None:
        """The save's messages about this item's score and comment (empty: none)."""
        for label, text in ((self.score_error, score), (self.comment_error, comment)):
            label.setText(text)
            label.setVisible(bool(text))

    def value(self) -> tuple[int | None, str]:
        chosen = self.group.checkedId()
        return (chosen if chosen > 0 else None), self.comment.toPlainText()

    def focus_choice(self) -> None:
        checked = self.group.checkedButton()
        (checked or self.buttons[5]).setFocus()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def retranslate(self) -> None:
        self.none_button.setText(self.tr("Not scored"))
        self.comment_label.setText(self.tr("&Comment:"))
