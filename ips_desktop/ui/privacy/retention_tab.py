"""The Data protection area's "Erasure due" tab: the retention period and who is past it.

At the top the period (*opbevaringsperiode*, whole years, Save), which is the
setting of issue 19: the Settings dialog has no team section, so it lives
here only. Below it the people all of whose courses ended more than the
period ago (`services.retention`), one row each: name, CPR (birth date only),
the last course's end, its consultant, and the day they became due.

Nothing is ticked when the list is read: a person is erased only when the team
lead has ticked them and confirmed with the app password ("Erase the
ticked…", one dialog for all of them, `retention_confirm`). Enter (or a
double-click) on a row opens the person's page, so an access copy can be
exported first. The list is read (off the GUI thread) when the tab is first
shown, and again after an erasure or a new period.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.typed_dates import format_date
from ips_desktop.services import retention
from ips_desktop.services.context import AppContext
from ips_desktop.services.retention import DueForErasure
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.privacy.retention_confirm import EraseDialog
from ips_desktop.ui.widgets.background import run_in_background
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.message_bar import MessageBar
from ips_desktop.ui.widgets.policy_lock import PolicyNote

ROW_ROLE = Qt.ItemDataRole.UserRole  # a row's DueForErasure
NAME, CPR, ENDED, CONSULTANT, DUE = range(5)
PARTICIPANTS = "participants"


def today() -> date:
    """The day the list is read at (a test sets another)."""
    return date.today()


def _read(ctx: AppContext, day: date) -> tuple[int, list[DueForErasure]] | PermissionError:
    """The period and the list (a refusal handed back, to be said on the GUI thread); a
    storage problem is said by the background runner, as for every reading."""
    try:
        return retention.retention_years(ctx), retention.due_for_erasure(ctx, day)
    except PermissionError as refused:
        return refused


class DueTree(QTreeWidget):
    """The list; Enter opens the current row's person (Space ticks it, as Qt does)."""

    open_row = Signal(object)  # the DueForErasure

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.open_row.emit(item.data(NAME, ROW_ROLE))
            return
        super().keyPressEvent(event)


class RetentionTab(QWidget):
    open_area = Signal(str, object)  # the participants area, at a person's last course
    listed = Signal()  # the list was read (tests)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.rows: list[DueForErasure] = []
        self._read = False
        self.reads = 0  # readings shown (tests wait for the next)
        self._erase_dialog: EraseDialog | None = None
        self._reading = False
        self.message = MessageBar()
        self.errors = FieldErrors()
        self.period_label = QLabel()
        self.years = QSpinBox()
        self.years.setRange(retention.MIN_YEARS, retention.MAX_YEARS)
        self.period_label.setBuddy(self.years)
        self.years.valueChanged.connect(self._word_suffix)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_period)
        # Enter in the field saves, as the button beside it does (the tab has no default button)
        self.years.lineEdit().returnPressed.connect(self.save_period)
        self.policy_note = PolicyNote()  # the settings dialog's words for the same lock
        self.policy_note.hide()
        period = QHBoxLayout()
        period.addWidget(self.period_label)
        period.addWidget(self.years)
        period.addWidget(self.save_button)
        period.addWidget(self.policy_note)
        period.addWidget(self.errors.label_for("years"))
        period.addStretch(1)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.count = QLabel()
        self.count.setAccessibleName("count")
        font = self.count.font()
        font.setBold(True)
        self.count.setFont(font)
        self.tree = DueTree()
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.open_row.connect(self.open_person)
        self.tree.itemDoubleClicked.connect(lambda item, _: self.open_person(
            item.data(NAME, ROW_ROLE)))
        self.tree.itemChanged.connect(lambda *_: self._word_buttons())
        self.tick_all_button = QPushButton()
        self.tick_all_button.clicked.connect(self.tick_all)
        self.erase_button = QPushButton()
        self.erase_button.clicked.connect(self.erase_ticked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tick_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(period)
        layout.addWidget(self.intro)
        layout.addWidget(self.count)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.retranslate()

    # -- reading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if not self._read:
            self.reload()
        super().showEvent(event)

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """The period and the list read again, off the GUI thread (a long list of a short
        period is ~0.2 s of the large demo); `then` runs once they are shown."""
        self._read = True
        self._reading = True  # until then the count says so, and the period cannot be saved
        self.years.setEnabled(False)
        self.save_button.setEnabled(False)
        self._say_count()
        ctx, day = self.ws.ctx, today()
        run_in_background(lambda: _read(ctx, day), lambda got: self._show(got, then), self)

    def refresh(self) -> None:
        """Shared data changed (a person erased from their page): the list read again."""
        if self._read:
            self.reload()

    def _show(self, got: tuple[int, list[DueForErasure]] | PermissionError,
              then: Callable[[], None] | None) -> None:
        if isinstance(got, PermissionError):  # a consultant: the area is not theirs
            self.rows = []
            self.message.say(str(got))
        else:
            years, self.rows = got
            self.years.setValue(years)
        self._reading = False
        fixed = retention.period_fixed_by_policy()
        self.years.setEnabled(not fixed)
        self.save_button.setEnabled(not fixed)
        self.save_button.setVisible(not fixed)
        self.policy_note.setVisible(fixed)
        self._fill()
        self.reads += 1
        if then is not None:
            then()
        self.listed.emit()

    def _fill(self) -> None:
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            for row in self.rows:
                item = QTreeWidgetItem([row.name, row.cpr, format_date(row.ended_on),
                                        row.consultant_initials, format_date(row.due_on)])
                item.setData(NAME, ROW_ROLE, row)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(NAME, Qt.CheckState.Unchecked)
                item.setToolTip(NAME, self.tr("Enter opens the person's page (an access copy "
                                              "can be exported there first)"))
                self.tree.addTopLevelItem(item)
            first = self.tree.topLevelItem(0)
            if first is not None:
                self.tree.setCurrentItem(first)
        finally:
            self.tree.blockSignals(False)
        self._say_count()
        self._word_buttons()

    def _say_count(self) -> None:
        n = len(self.rows)
        if self._reading:
            self.count.setText(self.tr("Reading…"))
            return
        self.count.setText(
            self.tr("Nobody is due for erasure.") if n == 0 else
            self.tr("%n person(s) are due for erasure: every course of theirs ended more than "
                    "%1 ago.", "", n).replace("%1", self._years_text(self.years.value())))

    def _years_text(self, years: int) -> str:
        return QLocale().toString(years) + " " + self.tr("year(s)", "", years)

    def _word_suffix(self, years: int) -> None:
        """'5 år', '1 year', '3 years': the unit follows the number."""
        self.years.setSuffix(" " + self.tr("year(s)", "", years))

    # -- ticking and erasing ---------------------------------------------------------------

    def items(self) -> list[QTreeWidgetItem]:
        return [item for n in range(self.tree.topLevelItemCount())
                if (item := self.tree.topLevelItem(n)) is not None]

    def ticked(self) -> list[DueForErasure]:
        return [item.data(NAME, ROW_ROLE) for item in self.items()
                if item.checkState(NAME) == Qt.CheckState.Checked]

    def tick_all(self) -> None:
        """Tick every row, or none when all are ticked already."""
        items = self.items()
        state = (Qt.CheckState.Unchecked
                 if items and all(i.checkState(NAME) == Qt.CheckState.Checked for i in items)
                 else Qt.CheckState.Checked)
        for item in items:
            item.setCheckState(NAME, state)

    def _word_buttons(self) -> None:
        n = len(self.ticked())
        self.erase_button.setEnabled(n > 0)
        self.erase_button.setText(self.tr("Erase the ticked…") if n == 0 else
                                  self.tr("Erase the %n ticked…", "", n))
        self.tick_all_button.setEnabled(bool(self.rows))
        items = self.items()
        every = bool(items) and n == len(items)
        self.tick_all_button.setText(self.tr("Tick none") if every else self.tr("Tick all"))

    def erase_ticked(self) -> bool:
        """Ask for the app password once for every ticked person; True when asked.

        open(), not exec(): the auto-lock hides the dialog, which ends an exec() as a
        Cancel; shown again after the unlock it could still erase, with nobody left
        to read the list again."""
        chosen = self.ticked()
        if not chosen:
            return False
        if self._erase_dialog is not None:  # the last one, answered by now
            self._erase_dialog.deleteLater()
        dialog = EraseDialog(self.ws, [row.participant_id for row in chosen], parent=self)
        self._erase_dialog = dialog
        dialog.accepted.connect(lambda: self._erased(len(chosen), dialog.deferred))
        dialog.open()
        return True

    def _erased(self, n: int, deferred: bool) -> None:
        said = self.tr("%n person(s) erased.", "", n)
        if deferred:
            said += " " + self.tr("The file was busy: its freed space is overwritten at the "
                                  "next unlock.")
        self.reload(lambda: self.message.say(said + " " + self.count.text()))

    def open_person(self, row: object) -> None:
        if isinstance(row, DueForErasure):
            self.open_area.emit(PARTICIPANTS, {"course": row.course_id})

    # -- the period ------------------------------------------------------------------------

    def save_period(self) -> bool:
        years = self.years.value()
        self.errors.clear()
        saved, _ = try_save(self.errors, lambda: retention.set_retention_years(
            self.ws.ctx, years))
        if saved:
            said = self.tr("Retention period saved: %1.").replace("%1", self._years_text(years))
            self.reload(lambda: self.message.say(said))
        return saved

    # -- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Retention period:"))
        self.years.setAccessibleName(self.tr("Retention period"))
        self._word_suffix(self.years.value())
        self.save_button.setText(self.tr("&Save"))
        self.intro.setText(self.tr(
            "People all of whose courses ended more than the retention period ago. Nobody "
            "is erased until you tick them and confirm with the app password. Enter opens "
            "the person's page, where an access copy can be exported first."))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("CPR number"),
                                   self.tr("Last course ended"), self.tr("Consultant"),
                                   self.tr("Due since")])
        self.tree.setAccessibleName(self.tr("People due for erasure"))
        self.erase_button.setAccessibleName(self.tr("Erase the ticked"))
        self._say_count()
        self._word_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
