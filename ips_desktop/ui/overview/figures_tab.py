"""The Team overview's figures: burn-up charts with their tables, the other figures, comments.

For the months chosen, `services.overview.team_overview` is read off the GUI
thread (24 months of a large team take longer than a frame; a later answer
replaces an earlier one) together with the team's comment for the period.
Three charts come from `reports.overview_charts`, the same drawings the
steering printout holds: participants in a course and in job or education
(burn-up against the team lead's expectation), and the real FTE for IPS.
Beneath each is its table of figures. The expectation is typed into the
table's "Forventning" row: Enter saves it (`set_target`), an empty cell
clears it, and a refused figure is said under the table with the cell marked
and its text kept. The other figures (referrals, ended by reason, starts, the
share within 18 months beside the published references) and the team's
comment for the period follow; Escape in the comment with unsaved input asks.

One consultant's figures count the courses they hold now (no history of
reassignment is kept: the note above the charts says so); the expectation is
the team's and is shown and typed for the whole team only.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import EndReason
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import current_language, error_message, message
from ips_desktop.reports import overview_charts as charts
from ips_desktop.services import overview, problems
from ips_desktop.services.overview_model import (
    Series,
    Share,
    TeamOverview,
)
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.i18n import native_keys
from ips_desktop.ui.overview import tabs
from ips_desktop.ui.overview.chart_view import ChartView
from ips_desktop.ui.overview.figure_table import MONTH_ROLE, FigureTable
from ips_desktop.ui.overview.figures_read import (
    FTE,
    KINDS,
    Answer,
    Chart,
    chart_values,
    chosen_series,
    fte_text,
    make_chart,
    read_answer,
    share_text,
)
from ips_desktop.ui.texts import end_reason_text
from ips_desktop.ui.widgets.background import run_in_background
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.message_bar import MessageBar
from ips_desktop.ui.widgets.unsaved import Unsaved, ask_about_unsaved

if TYPE_CHECKING:
    from ips_desktop.ui.overview.output import OverviewOutput

ACTUAL_ROW, TARGET_ROW = 0, 1
REFUSED = QColor("#f8d7da")  # a refused expectation's cell (its text is kept)
NO_REASON = "—"


class ChartSection(QWidget):
    """A chart, its table of figures beneath, and the line that says why a target was refused."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.chart = ChartView()
        self.table = FigureTable()
        self.errors = FieldErrors()
        self.error = self.errors.label_for("target")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.chart)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(self.errors.form_label())


class FiguresTab(QWidget):
    shown = Signal()  # an overview read in the background is on screen (tests, bench)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.period: tuple[date, date, uuid.UUID | None] | None = None
        self.overview: TeamOverview | None = None
        self.saved_comment = ""
        self._asked = 0
        self._reading = False
        self._refused: dict[tuple[str, date], str] = {}  # (measure, month) -> the text kept
        self.output: OverviewOutput | None = None
        self.message = MessageBar()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.sections = {kind: ChartSection(kind) for kind in KINDS}
        for section in self.sections.values():
            section.table.itemChanged.connect(
                lambda item, s=section: self._target_typed(s, item))
        self.other_title = QLabel()
        self.other = FigureTable()
        self.other.setEditTriggers(FigureTable.EditTrigger.NoEditTriggers)
        self.people_title = QLabel()
        self.people = FigureTable()
        self.people.setEditTriggers(FigureTable.EditTrigger.NoEditTriggers)
        self.within = QLabel()
        self.within.setWordWrap(True)
        self.within.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comment_title = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(140)
        self.comment.installEventFilter(self)
        self.comment_title.setBuddy(self.comment)
        self.comment_errors = FieldErrors()
        self.comment_error = self.comment_errors.label_for("comment")
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_comment)
        self.comment.textChanged.connect(self._comment_changed)
        # Ctrl+S saves what is typed here, as in the plan and the fidelity tab.
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_unsaved,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for title in (self.other_title, self.people_title, self.comment_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.note)
        for section in self.sections.values():
            column.addWidget(section)
        column.addWidget(self.other_title)
        column.addWidget(self.other)
        column.addWidget(self.within)
        column.addSpacing(12)
        column.addWidget(self.people_title)
        column.addWidget(self.people)
        column.addSpacing(12)
        column.addWidget(self.comment_title)
        column.addWidget(self.comment)
        column.addWidget(self.comment_error)
        column.addWidget(self.comment_errors.form_label())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.scroller, 1)
        self.retranslate()

    # -- reading -----------------------------------------------------------------------------

    def set_period(self, first: date, last: date, consultant_id: uuid.UUID | None) -> None:
        """Another consultant in the same months: the figures in hand hold theirs. Anything
        else (other months, or the same period given again after a change) is read."""
        previous, self.period = self.period, (first, last, consultant_id)
        if (previous is not None and previous[:2] == (first, last)
                and previous[2] != consultant_id and self.overview is not None
                and not self._reading):
            self._refused.clear()
            self.show_overview(self.overview, self.saved_comment, keep_comment=True)
            return
        self.reload()

    def refresh(self) -> None:
        """Names changed in Settings: read again."""
        if self.period is not None:
            self.reload()

    def reload(self) -> None:
        """Read the period's overview and comment off the GUI thread (one read at a time;
        a period asked for meanwhile is read when it is done, the last one only)."""
        self._asked += 1
        if not self._reading:
            self._read()

    def _read(self) -> None:
        if self.period is None:
            return
        asked, ctx = self._asked, self.ws.ctx
        first, last, consultant_id = self.period
        language, today = current_language(), tabs.today()
        self._reading = True

        def work() -> Answer | Exception:
            try:
                return read_answer(ctx, first, last, consultant_id, language, today)
            except Exception as exc:  # said on the GUI thread, where the next read starts
                return exc

        run_in_background(work, lambda answer: self._answered(asked, answer), self)

    def _answered(self, asked: int, answer: Answer | Exception) -> None:
        self._reading = False
        if isinstance(answer, Exception):
            if isinstance(answer, PermissionError):
                self.message.say(str(answer))
                return
            problem = problems.storage_problem(answer)
            if problem is None:
                raise answer
            self.message.say(error_message(problem))
        elif asked != self._asked:
            self._read()
        else:
            self.show_answer(answer)

    def show_answer(self, answer: Answer) -> None:
        """Put a read on screen; its charts are used when drawn for what is shown now."""
        self._refused.clear()
        chosen = self.period[2] if self.period is not None else None
        drawn = (answer.charts if (answer.consultant_id, answer.language)
                 == (chosen, current_language()) else None)
        self.show_overview(answer.overview, answer.comment, drawn=drawn)

    # -- on screen ---------------------------------------------------------------------------

    def series(self) -> Series | None:
        """The figures shown: the team's, or the chosen consultant's."""
        if self.overview is None:
            return None
        return chosen_series(self.overview, self.chosen())

    def within_18(self) -> Share | None:
        if self.overview is None or self.period is None:
            return None
        chosen = self.period[2]
        if chosen is None:
            return self.overview.within_18
        person = self.overview.consultant(chosen)
        return person.within_18 if person is not None else None

    def for_team(self) -> bool:
        return self.period is None or self.period[2] is None

    def show_overview(self, shown: TeamOverview, comment: str, *,
                      keep_comment: bool = False,
                      drawn: dict[str, Chart] | None = None) -> None:
        """Put `shown` on screen (the bench calls this with an overview read beforehand)."""
        self.overview = shown
        if not keep_comment:
            self.saved_comment = comment
            self.comment.blockSignals(True)
            self.comment.setPlainText(comment)
            self.comment.blockSignals(False)
            self.comment_errors.clear()
            self._comment_changed()
        self._draw(drawn)
        self.shown.emit()

    def _draw(self, drawn: dict[str, Chart] | None = None) -> None:
        for kind in self.sections:
            self._draw_table(kind)
            self._draw_chart(kind, drawn.get(kind) if drawn is not None else None)
        self._draw_other()
        self._word_note()

    def _figures(self, kind: str) -> tuple[list, list[int | None]]:
        """The chart's values beside the months, and the expectation (team only)."""
        assert self.overview is not None
        return chart_values(self.overview, kind, self.chosen())

    def chosen(self) -> uuid.UUID | None:
        return self.period[2] if self.period is not None else None

    def _draw_table(self, kind: str) -> None:
        if self.overview is None:
            return
        language = current_language()
        months = self.overview.months
        table = self.sections[kind].table
        values, target = self._figures(kind)
        table.blockSignals(True)
        table.set_columns(months, language)
        if kind == FTE:
            rows = [(self._team_label(), [self._fte_text(v) for v in values])]
            if self.for_team():
                rows += [(person.initials, [self._fte_text(m.fte)
                                            for m in person.series.months])
                         for person in self.overview.consultants]
            table.set_rows(rows)
        else:
            rows = [(charts.legend_text("actual", language),
                     ["" if v is None else str(v) for v in values])]
            if self.for_team():
                rows.append((charts.legend_text("target", language),
                             [self._refused.get((kind, month), "" if v is None else str(v))
                              for month, v in zip(months, target, strict=True)]))
            table.set_rows(rows, editable_row=TARGET_ROW if self.for_team() else None)
            for (measure, month) in self._refused:
                if measure == kind and month in months:
                    self._mark(kind, month, refused=True)
        table.setAccessibleName(self.tr("Figures: %1").replace(
            "%1", charts.chart_title(kind, language)))
        table.blockSignals(False)

    def _mark(self, kind: str, month: date, *, refused: bool) -> None:
        """A refused expectation's cell is marked (its text kept); a saved one unmarked."""
        assert self.overview is not None
        table = self.sections[kind].table
        item = table.item(TARGET_ROW, self.overview.months.index(month))
        if item is not None:
            table.blockSignals(True)
            item.setBackground(QBrush(REFUSED) if refused else QBrush())
            # The reason at the cell too (its tooltip, what a screen reader reads there).
            said = self.sections[kind]
            item.setToolTip((said.error.text() or said.errors.form_text()) if refused else "")
            table.blockSignals(False)

    def _draw_chart(self, kind: str, drawn: Chart | None = None) -> None:
        if self.overview is None:
            return
        chart = drawn or make_chart(self.overview, kind, self.chosen(), current_language())
        self.sections[kind].chart.set_svg(chart.svg, name=chart.title,
                                          description=chart.description)

    def _team_label(self) -> str:
        if self.for_team() or self.overview is None or self.period is None:
            return self.tr("The team")
        chosen = self.period[2]
        person = self.overview.consultant(chosen) if chosen is not None else None
        return person.initials if person is not None else ""

    @staticmethod
    def _fte_text(value: float | None) -> str:
        """Two decimals always, so a column of FTE lines up ("1,50", not "1,5")."""
        return "" if value is None else fte_text(value, current_language())

    def _draw_other(self) -> None:
        if self.overview is None:
            return
        language = current_language()
        series = self.series()
        months = self.overview.months
        self.other.set_columns(months, language, total=self.tr("Total"))
        figures = list(series.months) if series is not None else []
        total = series.totals() if series is not None else None

        def line(label: str, values: list[int | None], summed: int | None) -> tuple[
                str, list[str]]:
            cells = ["" if v is None else str(v) for v in values]
            return label, [*cells, "" if summed is None else str(summed)]

        def ended(reason: EndReason | None) -> list[int | None]:
            return [None if m.ended is None else
                    (sum(m.ended.values()) if reason is None else m.ended.get(reason, 0))
                    for m in figures]

        ended_total = total.ended if total is not None else None
        rows = [
            line(self.tr("New referrals"), [m.referrals for m in figures],
                 total.referrals if total else None),
            line(self.tr("Courses ended"), ended(None),
                 sum(ended_total.values()) if ended_total is not None else None),
        ]
        rows += [line("   " + end_reason_text(reason), ended(reason),
                      ended_total.get(reason, 0) if ended_total is not None else None)
                 for reason in EndReason]
        rows += [
            line(self.tr("Job starts on ordinary terms"), [m.job_starts for m in figures],
                 total.job_starts if total else None),
            line(self.tr("Education starts on ordinary terms"),
                 [m.education_starts for m in figures], total.education_starts if total else None),
            line(self.tr("Starts not on ordinary terms"),
                 [m.other_starts for m in figures], total.other_starts if total else None),
        ]
        self.other.set_rows(rows)
        not_counted = self.other.verticalHeaderItem(len(rows) - 1)
        if not_counted is not None:
            not_counted.setToolTip(self.tr("Wage subsidy and the like: recorded, never counted "
                                           "as a start or as in job"))
        self.other.setAccessibleName(self.other_title.text())
        self._word_within(language)
        self._draw_people(language)

    def _draw_people(self, language: str) -> None:
        """The team view's line per consultant in the latest month with figures."""
        shown = self.overview
        team = self.for_team() and shown is not None and bool(shown.consultants)
        self.people_title.setVisible(team)
        self.people.setVisible(team)
        if not team or shown is None:
            return
        latest = shown.team.latest()
        month = latest.month if latest is not None else shown.last
        title = self.tr("Each consultant in %1 (the courses each holds now)")
        self.people_title.setText(title.replace("%1", charts.month_name(month, language)))
        self.people.set_headers([self.tr("FTE"), self.tr("In a course"),
                                 self.tr("In job or education"), self.tr("Courses per FTE"),
                                 self.tr("Within 18 months")])
        rows = []
        for person in shown.consultants:
            figures = next((m for m in person.series.months if m.month == month), None)
            label = f"{person.initials} – {person.name}"
            if person.left_on is not None:
                label += " (" + self.tr("left %1").replace(
                    "%1", self._day_text(person.left_on)) + ")"
            if figures is None or not figures.counted:
                rows.append((label, ["", "", "", "", ""]))
                continue
            fte, in_course = figures.fte or 0.0, figures.in_course or 0
            per_fte = (charts.number_text(in_course / fte, language, 1) if fte > 0 else "–")
            share = person.within_18
            rows.append((label, [fte_text(fte, language), str(in_course),
                                 str(figures.in_job or 0), per_fte,
                                 f"{share.reached}/{share.cohort} ({share_text(share, language)})"
                                 if share.cohort else "–"]))
        self.people.set_rows(rows)
        self.people.setAccessibleName(self.people_title.text())

    def _word_within(self, language: str) -> None:
        share = self.within_18()
        if share is None or self.overview is None:
            self.within.clear()
            return
        said = self.tr("Started a job or education on ordinary terms within 18 months of "
                       "the referral: %1 of %2 courses referred at least 18 months before "
                       "%3 (%4).")
        said = (said.replace("%1", str(share.reached)).replace("%2", str(share.cohort))
                .replace("%3", self._day_text(self.overview.as_of))
                .replace("%4", share_text(share, language)))
        references = [f"{message(ref.label)}" for ref in self.overview.references]
        self.within.setText(said + "\n" + self.tr("For comparison: %1.").replace(
            "%1", "; ".join(references)))
        self.within.setAccessibleName(self.tr("Within 18 months"))

    @staticmethod
    def _day_text(day: date) -> str:
        return f"{day.day}.{day.month}.{day.year}"

    def _word_note(self) -> None:
        if self.overview is None:
            self.note.clear()
            return
        parts = []
        if self.overview.is_demo:
            parts.append(self.tr("Demo data: made-up figures."))
        if not self.for_team():
            parts.append(self.tr("One consultant's figures count the courses they hold "
                                 "now: a course moved to another consultant counts for "
                                 "them in every month. The expectation is the team's."))
        self.note.setText(" ".join(parts))
        self.note.setVisible(bool(parts))

    # -- the expectation typed ---------------------------------------------------------------

    def _target_typed(self, section: ChartSection, item: QTableWidgetItem) -> None:
        month = item.data(MONTH_ROLE)
        if item.row() != TARGET_ROW or not isinstance(month, date) or self.overview is None:
            return
        self.save_target(section.kind, month, item.text())

    def save_target(self, measure: str, month: date, text: str) -> bool:
        """Save the expectation typed for `month` ("" clears it); a refusal is said under
        the chart's table, the cell marked and its text kept."""
        section = self.sections[measure]
        typed = text.strip()

        def save() -> int | None:
            value: int | None = None
            if typed:
                try:
                    value = int(typed)
                except ValueError:
                    raise ValidationError([FieldError("target", message(
                        "overview_target_range", max=overview.MAX_TARGET))]) from None
            overview.set_target(self.ws.ctx, month, measure, value)
            return value

        def refused(error: ValidationError) -> None:
            label = charts.month_name(month, current_language())
            section.errors.clear()
            section.error.setText(f"{label}: " + " ".join(error.for_field("target")))
            section.error.show()

        done, value = try_save(section.errors, save, on_invalid=refused)
        if not done:
            self._refused[(measure, month)] = text
            self._mark(measure, month, refused=True)
            return False
        section.errors.clear()
        self._refused.pop((measure, month), None)
        self._mark(measure, month, refused=False)
        if self.overview is not None:
            targets = {key: dict(values) for key, values in self.overview.targets.items()}
            mine = targets.setdefault(measure, {})
            if value is None:
                mine.pop(month, None)
            else:
                mine[month] = value
            self.overview = dataclasses.replace(self.overview, targets=targets)
        self._draw_chart(measure)
        return True

    # -- the team's comment ------------------------------------------------------------------

    def _comment_changed(self) -> None:
        self.save_button.setEnabled(self.comment.toPlainText() != self.saved_comment)

    def save_comment(self) -> bool:
        if self.period is None:
            return True
        first, last, _ = self.period
        text = self.comment.toPlainText()
        done, _ = try_save(self.comment_errors,
                           lambda: overview.save_comment(self.ws.ctx, first, last, text))
        if done:
            self.comment_errors.clear()
            self.saved_comment = text
            self._comment_changed()
        return done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.comment and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
                and self.comment_unsaved()):
            answer = ask_about_unsaved(self)
            if answer is Unsaved.SAVE:
                self.save_comment()
            elif answer is Unsaved.DISCARD:
                self.discard_comment()
            return True
        return super().eventFilter(watched, event)

    def comment_unsaved(self) -> bool:
        return self.comment.toPlainText() != self.saved_comment

    def discard_comment(self) -> None:
        self.comment.setPlainText(self.saved_comment)
        self.comment_errors.clear()

    # -- the area's protocol -----------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.comment_unsaved() or bool(self._refused)

    def save_unsaved(self) -> bool:
        for (measure, month), text in list(self._refused.items()):
            if not self.save_target(measure, month, text):
                return False
        return not self.comment_unsaved() or self.save_comment()

    def discard_unsaved(self) -> None:
        self._refused.clear()
        for section in self.sections.values():
            section.errors.clear()
        self.discard_comment()
        if self.overview is not None:
            self._draw()

    def print_current(self) -> None:
        """Ctrl+P: the steering group's printout of the period, in a preview."""
        if self.overview is not None:
            self._output().print_overview(self.overview, self.comment.toPlainText(),
                                          self.chosen())

    def export(self) -> None:
        if self.overview is not None:
            self._output().export_overview(self.overview, self.comment.toPlainText(),
                                           self.chosen())

    def _output(self) -> OverviewOutput:
        from ips_desktop.ui.overview.output import OverviewOutput

        if self.output is None:
            self.output = OverviewOutput(self, lambda: self.ws.ctx)
        return self.output

    # -- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.other_title.setText(self.tr("Other figures"))
        self.comment_title.setText(self.tr("The team's &comments for the period"))
        self.comment.setAccessibleName(self.tr("The team's comments for the period"))
        self.save_button.setText(self.tr("Save comments"))
        self.save_button.setToolTip(native_keys("Ctrl+S"))
        if self.overview is not None:
            self._draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

