"""A participant's career profile or employment plan tab: where the form stands, and the way in.

The line says not started / draft, x of y sections / complete on a date, and
for the plan when it was last reviewed and when the next review is due
(services.form_drafts.form_states, the rule the list uses too). The plan's
sub-goals are listed, the ones past their target date and not reached
(FormState.overdue_sub_goals) marked overdue in words and colour. The
profile lists its sections with their state, the wizard's own marks, so
what is left shows at a glance; Enter or a double-click on a section opens
the wizard at that page. The plan also shows its read-only part, when the
job search began and the employers contacted for the participant, from the
employer-contact log (services.placements.job_search_summary). Print gives
the form as saved, with the person's name on every page (a not-started form
prints with lines to write on).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import FormStatus
from ips_desktop.domain.form_answers import answer_date
from ips_desktop.domain.form_progress import (
    REACHED_ON,
    SUB_GOAL,
    SUB_GOALS,
    TARGET_DATE,
    SectionState,
    section_states,
)
from ips_desktop.domain.forms import ROW_ID, FormSpec
from ips_desktop.services import form_drafts, placements
from ips_desktop.services.form_drafts import PLAN_FORM, FormState
from ips_desktop.services.placements import JobSearchSummary
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.participants.form_wizard_parts import SECTION_MARKS
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.form_editor import wrapped_label
from ips_desktop.ui.widgets.form_fields import DayField

WARNING_STYLE = "color: #b00020;"
OVERDUE = QColor("#b00020")


def state_text(state: FormState, today: date) -> str:
    """One form's state in a line: the participant page's and the tab's."""
    if state.status is None:
        parts = [QCoreApplication.translate("FormTab", "not started")]
    elif state.status is FormStatus.COMPLETE and state.completed_on is not None:
        done = QCoreApplication.translate("FormTab", "complete on %1")
        parts = [done.replace("%1", _day(state.completed_on))]
    else:
        draft = QCoreApplication.translate("FormTab", "draft, %1 of %2 sections")
        parts = [draft.replace("%1", str(state.sections_done))
                 .replace("%2", str(state.sections_total))]
    if state.last_review is not None:
        reviewed = QCoreApplication.translate("FormTab", "last reviewed %1")
        parts.append(reviewed.replace("%1", _day(state.last_review)))
    if state.review_due is not None:
        late = QCoreApplication.translate("FormTab", "review overdue since %1")
        due = QCoreApplication.translate("FormTab", "review due on %1")
        parts.append((late if state.review_due < today else due)
                     .replace("%1", _day(state.review_due)))
    return ", ".join(parts)


def _day(day: date) -> str:
    return day.strftime("%d.%m.%Y")


@dataclass(frozen=True)
class SubGoal:
    row_id: str
    goal: str
    target: date | None
    reached: date | None


def sub_goals(answers: dict[str, Any]) -> list[SubGoal]:
    """The plan's sub-goals as written (domain.form_progress names their columns)."""
    today = date.today()
    return [SubGoal(str(row.get(ROW_ID, "")), str(row.get(SUB_GOAL) or ""),
                    answer_date(row.get(TARGET_DATE), today),
                    answer_date(row.get(REACHED_ON), today))
            for row in answers.get(SUB_GOALS) or [] if isinstance(row, dict)]


class ReviewDialog(QDialog):
    """"Mark as reviewed": the date of the review (today unless said otherwise)."""

    def __init__(self, ws: Workspace, course_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.course_id = ws, course_id
        self.setWindowTitle(self.tr("Mark the plan as reviewed"))
        self.errors = FieldErrors()
        self.day = DayField()
        self.day.setAccessibleName(self.tr("Date of the review"))
        label = QLabel(self.tr("Date of the &review"))
        label.setBuddy(self.day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.day)
        layout.addWidget(self.errors.label_for("reviewed_on"))
        layout.addWidget(self.errors.form_label())
        layout.addWidget(buttons)

    def save(self) -> None:
        saved, _ = try_save(self.errors, lambda: form_drafts.mark_reviewed(
            self.ws.ctx, self.course_id, on=self.day.required_date("reviewed_on"),
            today=date.today()))
        if saved:
            self.accept()


class FormTab(QWidget):
    """One form on the participant page; `open_requested` with the form id."""

    open_requested = Signal(str)
    section_requested = Signal(str, int)  # the form id and the page to open it at
    changed = Signal()

    def __init__(self, ws: Workspace, preferences: Preferences, course_id: uuid.UUID,
                 form_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.preferences, self.course_id, self.form_id = (
            ws, preferences, course_id, form_id)
        self.state: FormState | None = None
        self._answers_stale = False
        self.line = wrapped_label()
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.form_id))
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.mark_reviewed)
        self.review_button.setVisible(form_id == PLAN_FORM)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_form)
        self.sections = QTreeWidget()  # the profile's pages and how far each is
        self.sections.setRootIsDecorated(False)
        self.sections.setColumnCount(2)
        self.sections.setVisible(form_id != PLAN_FORM)
        self.sections.itemActivated.connect(
            lambda item: self.section_requested.emit(
                self.form_id, self.sections.indexOfTopLevelItem(item)))
        self.goals = QTreeWidget()
        self.goals.setRootIsDecorated(False)
        self.goals.setColumnCount(4)
        self.goals.setVisible(form_id == PLAN_FORM)
        self.overdue = wrapped_label()
        self.overdue.setStyleSheet(WARNING_STYLE)
        # The plan's read-only part: from the employer-contact log, never typed here.
        self.job_search = wrapped_label()
        self.job_search.setVisible(form_id == PLAN_FORM)
        self.job_search.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addLayout(buttons)
        layout.addWidget(self.overdue)
        layout.addWidget(self.job_search)
        layout.addWidget(self.goals, 1)
        layout.addWidget(self.sections, 1)
        self.retranslate()

    def show_state(self, state: FormState, today: date, *, goals: bool = True) -> None:
        """The state line; with `goals`, the plan's sub-goals read again too (an audited
        read of the plan, so not on every autosave)."""
        self.state = state
        text = state_text(state, today)  # the header's words; here a line of its own
        self.line.setText(text[:1].upper() + text[1:])
        self.open_button.setText(self.tr("&Begin the form…") if state.status is None
                                 else self.tr("&Open the form…"))
        self.review_button.setEnabled(state.status is not None)
        if goals:
            self._answers_stale = True
            if self.isVisible():  # else when the tab is first shown: opening the page is
                self.fill_answers()  # quicker without the two forms' answers read

    def fill_answers(self) -> None:
        """The plan's sub-goals and job search, or the profile's sections, read again."""
        self._answers_stale = False
        draft = self._draft()
        if self.form_id == PLAN_FORM:
            self._fill_goals(sub_goals(draft.answers) if draft else [])
            self._show_job_search(placements.job_search_summary(self.ws.ctx, self.course_id))
        else:
            self._fill_sections(draft)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._answers_stale:
            self.fill_answers()

    def _draft(self) -> form_drafts.FormDraft | None:
        """The answers as saved (an audited read), or None for a form not begun."""
        if self.state is None or self.state.status is None:
            return None
        return form_drafts.open_form(self.ws.ctx, self.course_id, self.form_id, self._current(),
                                     record_read=False)  # the page's read covers its tabs

    def _current(self) -> FormSpec:
        from ips_desktop.ui.participants.forms_access import form_spec

        return form_spec(self.ws, self.preferences, self.form_id, self)

    def _fill_sections(self, draft: form_drafts.FormDraft | None) -> None:
        self.sections.clear()
        spec = draft.spec if draft is not None else self._current()
        answers = draft.answers if draft is not None else {}
        words = {SectionState.UNTOUCHED: self.tr("not started"),
                 SectionState.STARTED: self.tr("started"),
                 SectionState.COMPLETE: self.tr("complete")}
        language = self.preferences.language
        for section, state in zip(spec.sections, section_states(spec, answers), strict=True):
            item = QTreeWidgetItem([f"{SECTION_MARKS[state]} {section.title.get(language)}",
                                    words[state]])
            self.sections.addTopLevelItem(item)
        self.sections.resizeColumnToContents(0)  # the whole title, never "Arbejdserfar…"

    def print_form(self) -> None:
        from ips_desktop.ui.participants.referral_print import print_form

        print_form(self.ws, self.preferences, self.course_id, self._current(), self)

    def _fill_goals(self, goals: list[SubGoal]) -> None:
        self.goals.clear()
        state = self.state
        late_ids = {g.row_id for g in state.overdue_sub_goals} if state is not None else set()
        late = len(late_ids)
        for goal in goals:
            overdue = goal.row_id in late_ids  # the rule the service applies
            status = (self.tr("overdue") if overdue
                      else self.tr("reached") if goal.reached else "")
            item = QTreeWidgetItem([goal.goal, _day(goal.target) if goal.target else "",
                                    _day(goal.reached) if goal.reached else "", status])
            if overdue:
                for column in range(4):
                    item.setForeground(column, QBrush(OVERDUE))
            self.goals.addTopLevelItem(item)
        self.overdue.setText(self.tr("%n sub-goal(s) past the target date and not reached.",
                                     "", late) if late else "")
        self.overdue.setVisible(bool(late))

    def _show_job_search(self, summary: JobSearchSummary) -> None:
        """"Job search began 12.11.2026 · Employers contacted: Netto (2, last 30.11.2026)"."""
        began = (self.tr("Job search began: %1").replace("%1", _day(summary.began))
                 if summary.began else self.tr("Job search began: not yet"))
        contacted = "; ".join(self.tr("%1 (%2, last %3)").replace("%1", e.name)
                              .replace("%2", str(e.contacts)).replace("%3", _day(e.last_contact))
                              for e in summary.employers)
        employers = self.tr("Employers contacted: %1").replace(
            "%1", contacted or self.tr("none yet"))
        self.job_search.setText(f"{began}\n{employers}")
        self.job_search.setToolTip(self.tr("From the employer contact log"))

    def mark_reviewed(self) -> None:
        dialog = ReviewDialog(self.ws, self.course_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.changed)
        dialog.open()

    def retranslate(self) -> None:
        self.review_button.setText(self.tr("Mark as &reviewed…"))
        self.goals.setHeaderLabels([self.tr("Sub-goal"), self.tr("Target date"),
                                    self.tr("Reached"), self.tr("Status")])
        self.goals.setAccessibleName(self.tr("Sub-goals"))
        self.sections.setHeaderLabels([self.tr("Section"), self.tr("State")])
        self.sections.setAccessibleName(self.tr("Sections of the form"))
        self.print_button.setText(self.tr("&Print…"))
        self.line.setAccessibleName(self.tr("State of the form"))
        self.job_search.setAccessibleName(self.tr("Job search, from the employer contact log"))
