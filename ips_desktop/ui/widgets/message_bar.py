"""A quiet line above a page's content that says what the app just did for the user.

When the app changes something on its own initiative (a meeting note that set
the first-meeting date, say), it says so here with one action to take it back,
instead of a dialog that would have to be answered before work goes on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#MessageBar { background: #e8f1fb; border: 1px solid #9cbbe0; }")
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # titles and names are text, not HTML
        self.text.setWordWrap(True)
        self.action = QPushButton()
        self.action.clicked.connect(self._act)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self._on_action: Callable[[], None] | None = None
        self.retranslate()
        self.hide()

    def say(self, text: str, action: str = "",
            on_action: Callable[[], None] | None = None) -> None:
        """Show `text`, with a button `action` that runs `on_action` once, if given."""
        self.text.setText(text)
        self._on_action = on_action
        self.action.setText(action)
        self.action.setVisible(bool(action and on_action))
        self.show()

    def _act(self) -> None:
        run, self._on_action = self._on_action, None
        self.action.hide()
        if run is not None:
            run()

    def retranslate(self) -> None:
        self.close_button.setToolTip(QCoreApplication.translate("MessageBar", "Close"))
        self.close_button.setAccessibleName(QCoreApplication.translate("MessageBar", "Close"))
