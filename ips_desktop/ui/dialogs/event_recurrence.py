"""The event dialog's repetition: how often, until when, said in words; and the holidays.

A presence day is "every Wednesday", a conference "every other week", supervision
"the first Wednesday of the month": the choice reads from the first day (its
weekday, its place in the month), and the line under it says the whole rule in
words ("Hver onsdag fra 2.12.2026, uden slutdato") so nobody has to read RRULEs.
The rule itself is `domain.recurrence`'s (RFC 5545, dateutil); a series that meets
public holidays is offered to skip them (`ask_skip_holidays`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.recurrence import Recurrence, Repeat, monthly_weekday_ordinal
from ips_desktop.ui.dialogs.contact_dialog import typed_day
from ips_desktop.ui.widgets.form_fields import DateField

HOLIDAYS_NAMED = 4  # holidays named in the question; the rest are counted


def short_day(day: date) -> str:
    """2.12.2026: the words' date, without leading zeros."""
    return f"{day.day}.{day.month}.{day.year}"


def weekday_name(day: date) -> str:
    """"onsdag" / "onsdag" / "Wednesday" in the UI language (its QLocale)."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)


def ordinal(n: int) -> str:
    """The n-th weekday of a month as the words want it: "1." / "1st"; -1 "last"."""
    words = {1: QCoreApplication.translate("Recurrence", "1st"),
             2: QCoreApplication.translate("Recurrence", "2nd"),
             3: QCoreApplication.translate("Recurrence", "3rd"),
             4: QCoreApplication.translate("Recurrence", "4th"),
             -1: QCoreApplication.translate("Recurrence", "last")}
    return words.get(n, str(n))


def monthly_choice(first: date) -> str:
    """The monthly choice's name for a first day: "Månedligt: 1. onsdag"."""
    return QCoreApplication.translate("Recurrence", "Monthly: the %1 %2").replace(
        "%1", ordinal(monthly_weekday_ordinal(first))).replace("%2", weekday_name(first))


def recurrence_words(rec: Recurrence, first: date) -> str:
    """The whole rule in a sentence: "Hver onsdag fra 2.12.2026, uden slutdato"."""
    if rec.repeat is Repeat.NONE:
        return QCoreApplication.translate("Recurrence", "Does not repeat")
    weekday = weekday_name(first)
    if rec.repeat is Repeat.WEEKLY:
        text = QCoreApplication.translate("Recurrence", "Every %1 from %2")
    elif rec.repeat is Repeat.FORTNIGHTLY:
        text = QCoreApplication.translate("Recurrence", "Every 2nd week on %1s from %2")
    else:
        weekday = f"{ordinal(monthly_weekday_ordinal(first))} {weekday}"
        text = QCoreApplication.translate("Recurrence", "The %1 of the month from %2")
    text = text.replace("%1", weekday).replace("%2", short_day(first))
    if rec.until is None:
        return text + QCoreApplication.translate("Recurrence", ", no end date")
    return text + QCoreApplication.translate("Recurrence", ", until %1").replace(
        "%1", short_day(rec.until))


class RecurrenceField(QWidget):
    """How often (a combo) and until (a day, empty: no end), with the rule in words below."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = date.today()  # the series' first day: what the choices read from
        self.repeat = QComboBox()
        for repeat in Repeat:
            self.repeat.addItem("", repeat)
        self.until_label = QLabel()
        self.until = DateField()
        self.until.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys type the day
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setStyleSheet("color: palette(mid);")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.repeat)
        row.addWidget(self.until_label)
        row.addWidget(self.until)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.words)
        self.repeat.currentIndexChanged.connect(self._changed)
        self.until.edit.textChanged.connect(self._changed)
        self.setFocusProxy(self.repeat)
        self.retranslate()

    def retranslate(self) -> None:
        names = {Repeat.NONE: QCoreApplication.translate("Recurrence", "Does not repeat"),
                 Repeat.WEEKLY: QCoreApplication.translate("Recurrence", "Every week"),
                 Repeat.FORTNIGHTLY: QCoreApplication.translate("Recurrence", "Every other week"),
                 Repeat.MONTHLY_WEEKDAY: monthly_choice(self.first)}
        for index in range(self.repeat.count()):
            self.repeat.setItemText(index, names[Repeat(self.repeat.itemData(index))])
        self.repeat.setAccessibleName(QCoreApplication.translate("Recurrence", "Repeats"))
        self.until_label.setText(QCoreApplication.translate("Recurrence", "until"))
        self.until.edit.setPlaceholderText(
            QCoreApplication.translate("Recurrence", "no end date"))
        self.until.edit.setAccessibleName(
            QCoreApplication.translate("Recurrence", "Repeats until"))
        self._show_words()

    def set_first(self, first: date) -> None:
        """The series starts on `first`: the monthly choice and the words follow it."""
        if first != self.first:
            self.first = first
            self.retranslate()

    def set_value(self, rec: Recurrence) -> None:
        self.repeat.setCurrentIndex(max(self.repeat.findData(rec.repeat), 0))
        self.until.set_value(rec.until)

    def value(self) -> Recurrence:
        """What is chosen; an until that cannot be read raises ValidationError ("recurrence")."""
        repeat = Repeat(self.repeat.currentData())
        if repeat is Repeat.NONE:
            return Recurrence()
        until = typed_day(self.until.edit.text(), self.first)
        if isinstance(until, str):
            raise ValidationError([FieldError("recurrence", message("not_a_date"))])
        return Recurrence(repeat, until)

    def _changed(self) -> None:
        self._show_words()
        self.changed.emit()

    def _show_words(self) -> None:
        """The until and the words only for a repetition; "until" asks nothing otherwise."""
        repeats = Repeat(self.repeat.currentData()) is not Repeat.NONE
        self.until_label.setVisible(repeats)
        self.until.setVisible(repeats)
        try:
            rec = self.value()
        except ValidationError:
            rec = Recurrence(Repeat(self.repeat.currentData()))
        self.words.setText("" if rec.repeat is Repeat.NONE
                           else recurrence_words(rec, self.first))
        self.words.setVisible(rec.repeat is not Repeat.NONE)

    def state(self) -> tuple[object, ...]:
        return (self.repeat.currentIndex(), self.until.edit.text())


class HolidayQuestion(QMessageBox):
    """"3 occurrences fall on public holidays (juledag …)": skip them, keep them, or go back."""

    def __init__(self, parent: QWidget | None, holidays: list[tuple[date, str]]) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Public holidays"))
        named = ", ".join(f"{name} {short_day(day)}"
                          for day, name in holidays[:HOLIDAYS_NAMED])
        if len(holidays) > HOLIDAYS_NAMED:
            named += " …"
        self.setText(self.tr("%n occurrence(s) fall on public holidays: %1.", "",
                             len(holidays)).replace("%1", named))
        self.setInformativeText(self.tr("Skip them? A skipped one can be put back later."))
        self.skip = self.addButton(self.tr("&Skip them"), QMessageBox.ButtonRole.AcceptRole)
        self.keep = self.addButton(self.tr("&Keep them"), QMessageBox.ButtonRole.NoRole)
        self.back = self.addButton(self.tr("Back"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.skip)
        self.setEscapeButton(self.back)


def ask_skip_holidays(parent: QWidget | None, holidays: list[tuple[date, str]]) -> bool | None:
    """True: skip the holidays' occurrences, False: keep them, None: back to the dialog."""
    box = HolidayQuestion(parent, holidays)
    try:
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is box.skip else False if clicked is box.keep else None
    finally:
        box.deleteLater()
