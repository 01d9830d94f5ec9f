"""How fresh the team's data is, beside team figures, and the question before printing stale ones.

The supervision list, the overview and the fidelity self-check count what this
laptop holds; once it has joined a team, that is each colleague's work as far
as their laptop last synced. `FreshnessLine` says it above the figures, one
short line per consultant ("Sofie Eriksen (SOE): synkroniseret for 2 dage
siden"), someone's data older than a week in the list's red and in words;
alone (no team joined) it stays hidden. `confirm_print` asks before a printout
is made with such data: "Print anyway" or "Cancel" (the default).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ips_desktop.services import team_freshness
from ips_desktop.services.context import AppContext
from ips_desktop.services.team_freshness import Freshness

LATE_COLOUR = "#b00020"  # the list's red (ui/participants/caseload_model.py)


class FreshnessLine(QLabel):
    """Per consultant, when their data last came: shown only on a laptop that joined a team."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freshness")
        self.setWordWrap(True)
        self.setTextFormat(self.textFormat().RichText)
        self.items: tuple[Freshness, ...] = ()
        self.hide()

    def refresh(self, ctx: AppContext) -> tuple[Freshness, ...]:
        """Read again (a small table on this laptop, no network) and show; returns the lines."""
        self.items = team_freshness.team_freshness(ctx)
        self.retranslate()
        return self.items

    def retranslate(self) -> None:
        self.setVisible(bool(self.items))
        if not self.items:
            self.setText("")
            return
        parts = [_line(item) for item in self.items]
        self.setText(" · ".join(parts))
        self.setAccessibleName(QCoreApplication.translate("Freshness",
                                                          "How fresh the team's data is"))
        self.setAccessibleDescription("; ".join(team_freshness.describe(i) for i in self.items))

    def plain_text(self) -> str:
        """What the line says, without its colours (screen readers, tests)."""
        return "; ".join(team_freshness.describe(item) for item in self.items)


def _line(item: Freshness) -> str:
    text = escape(team_freshness.describe(item))
    return f'<b style="color:{LATE_COLOUR}">{text}</b>' if item.stale else text


def confirm_print(parent: QWidget, items: Sequence[Freshness]) -> bool:
    """True to go on: nobody's data is over a week old, or the user chose "Print anyway"."""
    old = team_freshness.stale(items)
    if not old:
        return True
    title = QCoreApplication.translate("Freshness", "Data more than a week old")
    box = QMessageBox(QMessageBox.Icon.Warning, title, team_freshness.stale_warning(old),
                      parent=parent)
    box.setObjectName("stale_data_warning")
    box.setInformativeText(QCoreApplication.translate(
        "Freshness", "The printout will say so on the page."))
    anyway = box.addButton(QCoreApplication.translate("Freshness", "&Print anyway"),
                           QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("Freshness", "&Cancel"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is anyway
