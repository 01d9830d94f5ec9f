"""The Team overview's fidelity self-check: 15 items, what each stands on, and the review.

The table lists the scale's 15 items: eight scored from the data (their rows
behind the figure show beside it; Enter or a double-click on one opens that
participant), seven from the team lead's review, scored here with the anchor
texts of `forms/fidelity_review.toml`. The total out of 75 and its band show
once every item has a score; earlier reviews are listed below. Everything is
labelled as the team's own self-check, never as an external review (GLOSSARY).

The check is read off the GUI thread (services.fidelity.fidelity_self_check,
about 0.1–0.3 s on a large team); a review is saved with Ctrl+S or its button,
and typed input is asked about before the period changes (the area asks).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain import fidelity as scale
from ips_desktop.domain.enums import EndReason
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.fidelity_review import ReviewItem, comment_field
from ips_desktop.domain.messages import current_language
from ips_desktop.domain.typed_dates import format_date
from ips_desktop.services import fidelity
from ips_desktop.services.fidelity_model import BasisRow, FidelityCheck, ItemScore, ReviewSummary
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.overview.fidelity_review_panel import ReviewPanel
from ips_desktop.ui.texts import end_reason_text
from ips_desktop.ui.widgets.background import run_in_background
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.unsaved import Unsaved, ask_about_unsaved

PARTICIPANTS = "participants"  # the participant list's area key (shell/areas.py)
Draft = dict[str, tuple[int | None, str]]


def _cell(text: str, *, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class _Table(QTableWidget):
    """A read-only table of whole rows whose Enter does what a double-click does."""

    activated_row = Signal(int)

    def __init__(self, columns: int) -> None:
        super().__init__(0, columns)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activated_row.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class FidelityTab(QWidget):
    open_area = Signal(str, object)  # the participant behind a basis row
    loaded = Signal()  # a check was read and shown (tests, bench)
    saved = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.period: tuple[date, date] | None = None
        self.check: FidelityCheck | None = None
        self.history: list[ReviewSummary] = []
        self.saved_draft: Draft = {}
        self.draft: Draft = {}
        self.saved_comment = ""
        self.problems: ValidationError | None = None
        self._reading = 0  # the number of the latest read asked for
        self._build()
        self.retranslate()

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.items = _Table(4)
        self.items.setRowCount(len(scale.ITEMS))
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.items.setColumnWidth(3, 300)
        self.items.currentCellChanged.connect(lambda row, *_: self._show_item(row))
        self.items.activated_row.connect(lambda _: self._enter_item())
        self.items.cellDoubleClicked.connect(lambda *_: self._enter_item())

        self.item_title = QLabel()
        title_font = QFont(self.item_title.font())
        title_font.setBold(True)
        self.item_title.setFont(title_font)
        self.item_title.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.anchor = QLabel()
        self.anchor.setWordWrap(True)
        self.anchor.setTextFormat(Qt.TextFormat.PlainText)
        self.basis = _Table(6)
        self.basis.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch)
        self.basis.activated_row.connect(self._open_basis)
        self.basis.cellDoubleClicked.connect(lambda row, _: self._open_basis(row))
        self.review = ReviewPanel()
        self.review.changed.connect(self._review_edited)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.basis)
        self.stack.addWidget(self.review)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.item_title, self.explanation, self.anchor):
            detail_layout.addWidget(widget)
        detail_layout.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.items)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.comment_label = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(44)
        self.comment_label.setBuddy(self.comment)
        self.errors = FieldErrors()
        self.comment_error = self.errors.label_for("comment")
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_unsaved)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_unsaved,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.history_label = QLabel()
        self.history_table = _Table(5)
        self.history_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        for table in (self.items, self.basis, self.history_table):
            table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

        review_row = QHBoxLayout()
        review_row.addWidget(self.comment_label)
        review_row.addWidget(self.comment, 1)
        review_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(review_row)
        bottom_layout.addWidget(self.comment_error)
        bottom_layout.addWidget(self.errors.form_label())
        bottom_layout.addWidget(self.history_label)
        bottom_layout.addWidget(self.history_table, 1)
        # The items first: all 15 fit at 1366×768; the history takes what is left, and the
        # splitter gives it more when wanted.
        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.vertical.addWidget(self.splitter)
        self.vertical.addWidget(bottom)
        self.vertical.setStretchFactor(0, 4)
        self.vertical.setStretchFactor(1, 1)
        self.vertical.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.vertical, 1)

    def retranslate(self) -> None:
        self.heading.setText(self.tr(
            "The team's own self-check from its data – not an external fidelity review"))
        self.items.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Item"), self.tr("Score"), self.tr("Figure")])
        self.items.setAccessibleName(self.tr("Fidelity items"))
        self.basis.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Consultant"), self.tr("Date"), self.tr("Value"),
             self.tr("Meets the aim"), self.tr("Why")])
        self.basis.setAccessibleName(self.tr("Rows behind the figure"))
        self.comment_label.setText(self.tr("Review &comment:"))
        self.save_button.setText(self.tr("&Save review"))
        self.save_button.setToolTip(self.tr(
            "Saves the seven scored items with today's data-derived scores as one review"))
        self.history_label.setText(self.tr("Earlier reviews"))
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Reviewed"), self.tr("Period"), self.tr("Total"), self.tr("Band"),
             self.tr("By")])
        self.history_table.setAccessibleName(self.tr("Earlier reviews"))
        self.review.retranslate()
        if self.check is not None:
            self._show(self.check, self.history)

    def changeEvent(self, event: QEvent) -> None:
        """Another language: the words here at once, the items' names and figures (worded
        by the service) read again; typed scores and comments are kept."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    # -- reading ------------------------------------------------------------------------------

    def set_period(self, first: date, last: date, consultant_id: uuid.UUID | None) -> None:
        """The months chosen; the self-check is the team's (a consultant chosen changes
        nothing here: the scale scores the team as a whole)."""
        del consultant_id
        self.period = (first, last)
        self.reload()

    def reload(self) -> None:
        if self.period is None:
            return
        first, last = self.period
        ctx, today = self.ws.ctx, date.today()
        self._reading += 1
        number = self._reading

        def read() -> tuple[FidelityCheck, list[ReviewSummary]]:
            return (fidelity.fidelity_self_check(ctx, first, last, today=today),
                    fidelity.reviews(ctx))

        self.summary.setText(self.tr("Reading…"))
        run_in_background(read, lambda found: self._loaded(number, found), self)

    def _loaded(self, number: int, found: tuple[FidelityCheck, list[ReviewSummary]]) -> None:
        if number != self._reading:
            return  # a later period was asked for meanwhile
        check, history = found
        keep = self.has_unsaved_changes()
        self.check, self.history = check, history
        if not keep:
            self._reset_draft(check)
        self._show(check, history)
        self.loaded.emit()

    def _reset_draft(self, check: FidelityCheck) -> None:
        self.saved_draft = {item.item: (item.score, item.comment)
                            for item in check.items if not item.derived}
        self.draft = dict(self.saved_draft)
        self.saved_comment = check.reviewed.comment if check.reviewed else ""
        self.comment.blockSignals(True)
        self.comment.setPlainText(self.saved_comment)
        self.comment.blockSignals(False)

    # -- showing ------------------------------------------------------------------------------

    def _show(self, check: FidelityCheck, history: list[ReviewSummary]) -> None:
        row = max(0, self.items.currentRow())
        for number, item in enumerate(check.items):
            score = item.score if item.derived else self.draft.get(item.item, (None, ""))[0]
            self.items.setItem(number, 0, _cell(str(item.number), align_right=True))
            self.items.setItem(number, 1, _cell(item.name))
            self.items.setItem(number, 2, _cell("–" if score is None else str(score),
                                                align_right=True))
            figure = _cell(item.figure if item.derived else self._reviewed_figure(item))
            figure.setToolTip(item.figure)
            self.items.setItem(number, 3, figure)
        self._show_summary()
        self._show_history(history)
        self.items.setCurrentCell(row, 1)
        self._show_item(row)

    def _reviewed_figure(self, item: ItemScore) -> str:
        saved = self.saved_draft.get(item.item, (None, ""))
        if self.draft.get(item.item) != saved:
            return self.tr("Changed, not saved yet")
        return item.figure

    def _scores(self) -> dict[str, int | None]:
        assert self.check is not None
        return {item.item: item.score if item.derived else self.draft.get(item.item,
                                                                          (None, ""))[0]
                for item in self.check.items}

    def _show_summary(self) -> None:
        check = self.check
        if check is None:
            return
        language = current_language()
        scores = self._scores()
        total = scale.total(scores)
        period = f"{format_date(check.first)}–{format_date(check.last)}"
        derived = self.tr("From the data: %1 of %2 points (8 items)").replace(
            "%1", str(check.derived_total)).replace("%2", str(check.derived_max))
        if total is not None:
            overall = self.tr("Total %1 of 75: %2").replace("%1", str(total)).replace(
                "%2", scale.BAND_NAMES[scale.band(total)].get(language))
        else:
            missing = sum(value is None for value in scores.values())
            overall = self.tr("Total: %n item(s) not scored yet", "", missing)
        demo = self.tr(" (demo data)") if check.is_demo else ""
        self.summary.setText(f"{period}{demo}. {derived}. {overall}.")
        self.summary.setAccessibleName(self.summary.text())

    def _show_history(self, history: list[ReviewSummary]) -> None:
        language = current_language()
        self.history_table.setRowCount(len(history))
        for number, review in enumerate(history):
            band = scale.BAND_NAMES[review.band].get(language) if review.band else \
                self.tr("incomplete")
            total = str(review.total) + (" / 75" if review.complete else "")
            values = (format_date(review.reviewed_on),
                      f"{format_date(review.period_start)}–{format_date(review.period_end)}",
                      total, band, review.reviewer_initials)
            for column, text in enumerate(values):
                self.history_table.setItem(number, column, _cell(text, align_right=column == 2))
        self.history_table.resizeColumnsToContents()

    def current_item(self) -> ItemScore | None:
        row = self.items.currentRow()
        if self.check is None or not 0 <= row < len(self.check.items):
            return None
        return self.check.items[row]

    def _show_item(self, row: int) -> None:
        if self.check is None or not 0 <= row < len(self.check.items):
            return
        item = self.check.items[row]
        self.item_title.setText(f"{item.number}. {item.name}")
        self.explanation.setText(item.explanation)
        if item.derived:
            self.anchor.setText(self.tr("Anchor reached: %1").replace("%1", item.anchor)
                                if item.anchor else self.tr("No score: nothing to count"))
            self.anchor.show()
            self._show_basis(item)
            self.stack.setCurrentWidget(self.basis)
        else:
            self.anchor.hide()
            form = fidelity.review_form()[1].get(item.item)
            if form is not None:
                score, comment = self.draft.get(item.item, (None, ""))
                self.review.show_item(form, score, comment, self._problems_for(form))
            self.stack.setCurrentWidget(self.review)

    def _problems_for(self, form: ReviewItem) -> tuple[str, str]:
        if self.problems is None:
            return "", ""
        return (" ".join(self.problems.for_field(form.key)),
                " ".join(self.problems.for_field(comment_field(form.key))))

    def _show_basis(self, item: ItemScore) -> None:
        self.basis.setRowCount(len(item.basis))
        for number, row in enumerate(item.basis):
            values = (row.name or row.consultant_initials, row.consultant_initials,
                      format_date(row.on) if row.on else "", self._value_text(item, row),
                      self.tr("Yes") if row.counts else self.tr("No"), self._why(item, row))
            for column, text in enumerate(values):
                self.basis.setItem(number, column, _cell(text, align_right=column == 3))
        self.basis.resizeColumnsToContents()

    def _value_text(self, item: ItemScore, row: BasisRow) -> str:
        if row.value is None:
            return ""
        if item.item == "caseload_size":
            return scale.decimal_text(row.value, current_language())
        if item.item == "community_based":
            return f"{round(row.value * 100)} % ({row.detail})"
        return self.tr("%n day(s)", "", int(row.value))

    def _why(self, item: ItemScore, row: BasisRow) -> str:
        texts = {
            "no_contact": self.tr("No contact yet"),
            "outreach": self.tr("A month without contact, then outreach"),
            "gap": self.tr("More than 30 days without contact while working"),
            "ended_while_working": self.tr("Support ended while still working"),
            "same_type": self.tr("Same kind of work as others"),
            "same_employer": self.tr("Same employer as others"),
            "temporary": self.tr("Temporary job"),
            "not_ordinary": self.tr("Not on ordinary terms (wage subsidy)"),
            "no_staffing": self.tr("Courses of someone not on the staff"),
        }
        if row.reason in texts:
            why = texts[row.reason]
        elif row.reason in {reason.value for reason in EndReason}:
            why = end_reason_text(EndReason(row.reason))
        else:
            why = ""
        detail = "" if item.item == "community_based" else row.detail  # shown as the value
        return " · ".join(part for part in (why, detail) if part)

    # -- acting -------------------------------------------------------------------------------

    def _enter_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        if item.derived:
            self.basis.setFocus()
            if self.basis.rowCount() and self.basis.currentRow() < 0:
                self.basis.setCurrentCell(0, 0)
        else:
            self.review.focus_choice()

    def _open_basis(self, row: int) -> None:
        item = self.current_item()
        if item is None or not 0 <= row < len(item.basis):
            return
        course = item.basis[row].course_id
        if course is not None:
            self.open_area.emit(PARTICIPANTS, {"course": course})

    def _review_edited(self) -> None:
        item = self.current_item()
        if item is None or item.derived:
            return
        self.draft[item.item] = self.review.value()
        row = self.items.currentRow()
        score = self.draft[item.item][0]
        self.items.setItem(row, 2, _cell("–" if score is None else str(score),
                                         align_right=True))
        self.items.setItem(row, 3, _cell(self._reviewed_figure(item)))
        self._show_summary()

    def has_unsaved_changes(self) -> bool:
        return self.draft != self.saved_draft or \
            self.comment.toPlainText() != self.saved_comment

    def save_unsaved(self) -> bool:
        """Save the review (the seven scores, their comments, the review's comment)."""
        if self.period is None or self.check is None:
            return True
        first, last = self.period
        draft, comment, ctx = dict(self.draft), self.comment.toPlainText(), self.ws.ctx
        self.problems = None

        def on_invalid(error: ValidationError) -> None:
            self.problems = error
            self.errors.show(error)
            first_bad = next((number for number, item in enumerate(self.check.items)
                              if not item.derived and (error.for_field(item.item) or
                                                       error.for_field(comment_field(
                                                           item.item)))), None) \
                if self.check else None
            if first_bad is not None:
                self.items.setCurrentCell(first_bad, 1)
            self._show_item(self.items.currentRow())

        ok, _ = try_save(self.errors, lambda: fidelity.save_review(
            ctx, first, last, draft, comment, today=date.today()), on_invalid=on_invalid)
        if not ok:
            return False
        self.errors.clear()
        self.saved_draft, self.saved_comment = draft, comment
        self.saved.emit()
        self.reload()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape with typed scores or comments asks, as the plan and the figures do."""
        if event.key() == Qt.Key.Key_Escape and self.has_unsaved_changes():
            answer = ask_about_unsaved(self)
            if answer is Unsaved.SAVE:
                self.save_unsaved()
            elif answer is Unsaved.DISCARD:
                self.discard_unsaved()
            return
        super().keyPressEvent(event)

    def discard_unsaved(self) -> None:
        self.draft = dict(self.saved_draft)
        self.comment.blockSignals(True)
        self.comment.setPlainText(self.saved_comment)
        self.comment.blockSignals(False)
        self.problems = None
        self.errors.clear()
        if self.check is not None:
            self._show(self.check, self.history)
