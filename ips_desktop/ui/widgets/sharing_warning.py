"""Asking before data leaves the app about people who withdrew or never gave consent.

Consent is a warning, never a block (seed 004): the consultant may know the
psychiatry team needs the referral anyway, or that the calendar file stays on
their own laptop. So the question names how many and why, and Cancel, the
default, writes nothing. Counts only: never a name in a dialog about sharing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class SharingWarning(QObject):
    """The questions' words (a QObject for its tr(): one context in the translations)."""

    def ask(self, parent: QWidget | None, text: str, go_text: str) -> bool:
        """True when the user chose `go_text` over Cancel (the default, and Escape)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Consent"), text, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton(go_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def referral_print(self, parent: QWidget | None, state: str) -> bool:
        text = self.tr(
            "The participant has withdrawn their consent. The referral holds their health "
            "data: share it with psychiatry only if the person agrees again.") \
            if state == "withdrawn" else self.tr(
            "No consent is recorded for the participant. Get their consent before the "
            "referral is shared with psychiatry.")
        return self.ask(parent, text, self.tr("&Print anyway"))

    def names(self, parent: QWidget | None, people: int, withdrawn: int, of_people: int
              ) -> bool:
        text = self.tr("%n of the %1 people named in the file have withdrawn their consent "
                       "or have not given it.", "", people).replace("%1", str(of_people))
        if withdrawn:
            text += " " + self.tr("Withdrawn: %n.", "", withdrawn)
        text += " " + self.tr("Their names and the events' notes go into the file all the "
                              "same. Export without names instead, or go on?")
        return self.ask(parent, text, self.tr("Export &with names"))


def confirm_referral_print(parent: QWidget | None, state: str) -> bool:
    """Before the referral is made for psychiatry: `state` is "withdrawn" or "missing"."""
    return SharingWarning().referral_print(parent, state)


def confirm_names_without_consent(parent: QWidget | None, people: int, withdrawn: int,
                                  of_people: int) -> bool:
    """Before an .ics with names: how many of the people named lack consent."""
    return SharingWarning().names(parent, people, withdrawn, of_people)
