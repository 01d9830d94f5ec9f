"""A consultant's erasure of a person that the team's rules refused: the team lead's to do.

The consultant's laptop erased the person, but their login may not erase
them on the team database (a colleague holds one of the person's courses,
say), so the person's data stay there and on the laptops that hold them.
The team lead's login may: "Erase the person completely…" opens the page's
own erasure dialog (what goes, the password), whose erasure reaches the team
at the next sync and takes this request with it. "Do not erase" sets the
request aside, decided (it travels like any decision).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ips_desktop.services.conflicts import ConflictView
from ips_desktop.ui.sync.conflict_panel import heading_label


class EraseRequestPanel(QWidget):
    erase = Signal()  # the team lead goes on to erase the person
    set_aside = Signal()  # …or decides not to

    def __init__(self, view: ConflictView, *, person: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading_label(self.tr("Erasure refused by the team's rules"), person)
        asked = view.incoming.actor_name or self.tr("A consultant")
        self.explain = QLabel(self.tr(
            "%1 erased this person on their computer, but their login may not erase them on "
            "the team database (a colleague holds one of the person's courses, say). The "
            "person's data are still on the team database and on the computers that hold "
            "them. Your login may erase them.").replace("%1", asked))
        self.explain.setObjectName("erase_request_text")
        self.explain.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("Erase the person completely…"))
        self.erase_button.setObjectName("erase_requested")
        self.erase_button.clicked.connect(self.erase.emit)
        self.aside_button = QPushButton(self.tr("Do not erase"))
        self.aside_button.setObjectName("erase_set_aside")
        self.aside_button.clicked.connect(self.set_aside.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.aside_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)
        layout.addStretch(1)
