"""The start page: the consultant's week, answering "what do I do today?".

Beside the greeting with today's date and week: today's and the rest of this
week's calendar events (each opens the calendar on its day), how many courses
are late on each IPS rule (each opens the supervision list filtered to it), and
this week's figures: caseload against capacity, face-to-face employer contacts
against the reference of 6, presence days in psychiatry this month, follow-ups
due. A team lead sees the team's figures and a compact line per consultant.

Every figure comes from `supervision_list` (read in `week_read`), the same
service as the Supervision area and its printout, so they never disagree. The
database's raw sizes (courses, employers, employer contacts, notes) that the
page once showed answer nothing about today's work and are gone; the number of
participants became the caseload against capacity, and the follow-ups due stay.

Everything is read once the page has painted, and again each time
the page is shown. A link to an area that has not landed (the window's `links`)
is plain text until it has.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.messages import current_language
from ips_desktop.domain.rule_texts import rule_short, rule_source, rule_text
from ips_desktop.domain.rules import RuleId, week_bounds
from ips_desktop.domain.typed_dates import format_date
from ips_desktop.services.consultants import owner
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.home.events import EventList
from ips_desktop.ui.home.links import (
    CASELOAD_HREF,
    EMPLOYERS,
    FOLLOW_UPS_HREF,
    OVERVIEW,
    PARTICIPANTS,
    PRIVACY,
    SUPERVISION,
    clear,
    link_label,
    plan_href,
    privacy_href,
    rule_href,
    set_link,
    target,
)
from ips_desktop.ui.home.week_read import HomeWeek, read_home_week
from ips_desktop.ui.i18n import week_label
from ips_desktop.ui.widgets.background import run_in_background

FIGURES = ("participant", "face_to_face", "presence", "team_follow_ups", "follow_up_due")


def today() -> date:
    """The day the page reads its week at (a test sets another)."""
    return date.today()


def section_title(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


class HomeArea(QWidget):
    open_area = Signal(str, object)  # an area's key and its filters (a dict)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 links: Collection[str] = ()) -> None:
        super().__init__(parent)
        self.ws = ws
        self.links = frozenset(links)
        self.week: HomeWeek | None = None
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.heading.setFont(font)
        self.heading.setAccessibleName("heading")
        self.heading.setWordWrap(True)

        self.events = EventList(links=self.links)
        self.events.open_day.connect(lambda day: self.open_area.emit("calendar", {"date": day}))

        self.rules_title = section_title()
        self.rules = QFormLayout()
        self.rule_captions = {rule: QLabel() for rule in RuleId}
        self.rule_labels = {rule: self._link() for rule in RuleId}
        for rule in RuleId:
            self.rule_captions[rule].setBuddy(self.rule_labels[rule])
            self.rules.addRow(self.rule_captions[rule], self.rule_labels[rule])

        self.figures_title = section_title()
        self.figures = QFormLayout()
        self.caption = {key: QLabel() for key in FIGURES}
        self.count_labels = {key: self._link() for key in FIGURES}
        for key in FIGURES:
            self.caption[key].setBuddy(self.count_labels[key])
            self.figures.addRow(self.caption[key], self.count_labels[key])

        self.team_title = section_title()
        self.team = QGridLayout()
        self.team.setHorizontalSpacing(16)
        self.team_rows: list[list[QLabel]] = []  # one per consultant: the cells' labels

        # A team lead's implementation plan: the agreements whose deadline has passed.
        self.plan_title = section_title()
        self.plan_list = QVBoxLayout()
        self.plan_labels: list[QLabel] = []

        # A team lead's retention list: how many people are past the period (hidden at 0).
        self.erasure_due = self._link()
        self.erasure_due.setWordWrap(True)
        self.erasure_due.setContentsMargins(0, 0, 0, 8)
        self.erasure_due.hide()

        right = QVBoxLayout()
        right.addWidget(self.erasure_due)
        right.addWidget(self.plan_title)
        right.addLayout(self.plan_list)
        right.addSpacing(12)
        right.addWidget(self.rules_title)
        right.addLayout(self.rules)
        right.addSpacing(12)
        right.addWidget(self.figures_title)
        right.addLayout(self.figures)
        right.addSpacing(12)
        right.addWidget(self.team_title)
        right.addLayout(self.team)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.events, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 1)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.team_title.hide()
        self.plan_title.hide()
        self._counted = False
        self._read_after_paint = False
        self.refresh()

    def _link(self) -> QLabel:
        label = link_label()
        label.linkActivated.connect(self.follow)
        return label

    def is_link(self, area: str) -> bool:
        return area in self.links

    def follow(self, href: str) -> None:
        """A link clicked (or Enter on it): open what it names."""
        area, filters = target(href, mine=self.week is not None and not self.week.team)
        if self.is_link(area):
            self.open_area.emit(area, filters)

    def showEvent(self, event: QShowEvent) -> None:
        # Reading the week reads much of the file (and holds the interpreter a while): start
        # it once the page has painted, and again each time the overview is shown (a
        # referral or meeting added meanwhile).
        self._counted = True
        self._read_after_paint = True
        self.update()
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._read_after_paint:
            self._read_after_paint = False
            QTimer.singleShot(0, self, self.refresh_counts)

    def refresh_counts(self) -> None:
        # Off the GUI thread: a team lead's week is ~0.4 s of the large demo. The reads
        # record their READ in a transaction of their own, so a write the window makes
        # meanwhile only waits for it (never "database is locked").
        ctx, day = self.ws.ctx, today()
        run_in_background(lambda: read_home_week(ctx, day), self._show_week, self)

    def _show_week(self, week: HomeWeek) -> None:
        self.week = week
        self._render()

    def greeting(self) -> str:
        """'Hello, <name>', or a plain 'Hello' where the database has no profile (a demo)."""
        me = owner(self.ws.ctx)
        name = me.name.strip() if me is not None else ""
        return self.tr("Hello, %1").replace("%1", name) if name else self.tr("Hello")

    def refresh(self) -> None:
        """The greeting, captions and figures read again (the profile changed)."""
        self.retranslate()
        if self._counted:
            self.refresh_counts()

    def retranslate(self) -> None:
        """The same week in the new language: worded again, not read again (a read of
        names is one audit event per load, and a language change is no new load)."""
        now = QDate.currentDate()
        day = QLocale().toString(now, QLocale.FormatType.LongFormat)
        self.heading.setText(f"{self.greeting()} — {day}, {week_label(now.weekNumber()[0])}")
        self._render()

    # -- what the reading shows ---------------------------------------------------------

    def _render(self) -> None:
        week = self.week
        team = week is None or week.team
        self.rules_title.setText(self.tr("Overdue by the IPS rules"))
        self.figures_title.setText(self.tr("The team's week") if team else self.tr("Your week"))
        for rule in RuleId:
            self.rule_captions[rule].setText(rule_short(rule) + ":")
            label = self.rule_labels[rule]
            label.setAccessibleName(rule_short(rule))
            label.setToolTip(f"{rule_text(rule)}\n{rule_source(rule)}")
        self._render_captions(team)
        if week is None:
            self.events.show_week(None, [])
            return
        sunday = week_bounds(week.listing.week)[1]
        days = [week.today + timedelta(days=n) for n in range((sunday - week.today).days + 1)]
        self.events.show_week(week.today, [(day, week.events_on(day)) for day in days])
        counts = week.listing.overdue_counts()
        for rule, label in self.rule_labels.items():
            n = counts.get(rule, 0)
            set_link(label, QLocale().toString(n),
                     rule_href(rule.value) if n and self.is_link(SUPERVISION) else None)
        self._render_figures(week)
        self._render_team(week)
        self._render_plan(week)
        self._render_erasure_due(week)

    def _render_captions(self, team: bool) -> None:
        captions = {
            "participant": self.tr("Caseload") if not team else self.tr("Open courses"),
            "face_to_face": self.tr("Face-to-face employer contacts this week"),
            "presence": self.tr("Presence days in psychiatry this month"),
            "team_follow_ups": self.tr("Follow-ups due in the team"),
            "follow_up_due": self.tr("Your follow-ups that are due") if team
            else self.tr("Follow-ups that are due"),
        }
        self.figures.setRowVisible(self.count_labels["team_follow_ups"], team)
        for key, caption in self.caption.items():
            caption.setText(captions[key] + ":")
            self.count_labels[key].setAccessibleName(captions[key])
        self.count_labels["participant"].setToolTip(
            self.tr("Open the participant list") if self.is_link(PARTICIPANTS) else "")
        self.count_labels["follow_up_due"].setToolTip(
            self.tr("Your follow-ups with employers, due today or earlier")
            if self.is_link(EMPLOYERS) else
            self.tr("The employer contact log comes in a later version."))
        self.count_labels["face_to_face"].setToolTip(
            self.tr("Reference: %1 face-to-face contacts a week for each consultant").replace(
                "%1", "6"))

    def _of(self, count: int, capacity: int, over: bool) -> str:
        text = self.tr("%1 of %2").replace("%1", QLocale().toString(count)).replace(
            "%2", QLocale().toString(capacity))
        return self.tr("%1 (over capacity)").replace("%1", text) if over else text

    def _render_figures(self, week: HomeWeek) -> None:
        listing, loc = week.listing, QLocale()
        mine = None if week.team else week.mine()
        if mine is not None:
            load = mine.caseload
            caseload = (self._of(load.count, load.capacity, load.over) if load
                        else loc.toString(len(mine.rows)))
            face = self._of(mine.face_to_face, mine.face_to_face_reference, False)
            presence = mine.presence_days
        else:
            totals = listing.totals()
            caseload = self._of(totals.open_courses, totals.capacity, False)
            if totals.over_capacity:
                caseload += " — " + self.tr("%n consultant(s) over capacity", "",
                                             totals.over_capacity)
            face = self._of(totals.face_to_face, totals.face_to_face_reference, False)
            presence = totals.presence_days
            set_link(self.count_labels["team_follow_ups"], loc.toString(totals.follow_ups_due),
                     None)
        set_link(self.count_labels["participant"], caseload,
                 CASELOAD_HREF if self.is_link(PARTICIPANTS) else None)
        set_link(self.count_labels["face_to_face"], face, None)
        set_link(self.count_labels["presence"], loc.toString(presence), None)
        due = week.counts.get("follow_up_due")
        text = "–" if due is None else loc.toString(due)  # None: damaged
        set_link(self.count_labels["follow_up_due"], text,
                 FOLLOW_UPS_HREF if due is not None and self.is_link(EMPLOYERS) else None)

    def _render_team(self, week: HomeWeek) -> None:
        """A team lead's compact line per consultant: the heading figures of the list."""
        clear(self.team)
        self.team_rows = []
        self.team_title.setVisible(week.team)
        if not week.team:
            return
        self.team_title.setText(self.tr("Per consultant"))
        headers = [self.tr("Consultant"), self.tr("Caseload"), self.tr("Face to face"),
                   self.tr("Presence days"), self.tr("Overdue"), self.tr("Follow-ups due")]
        for column, text in enumerate(headers):
            header = QLabel(text)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.team.addWidget(header, 0, column)
        loc = QLocale()
        for row, consultant in enumerate(week.listing.consultants, start=1):
            load = consultant.caseload
            who = (f"{consultant.initials} {consultant.name}".strip()
                   if consultant.consultant_id is not None else self.tr("Not assigned"))
            cells = [
                who,
                self._of(load.count, load.capacity, load.over) if load
                else loc.toString(len(consultant.rows)),
                self._of(consultant.face_to_face, consultant.face_to_face_reference, False)
                if consultant.consultant_id is not None else "",
                loc.toString(consultant.presence_days),
                loc.toString(sum(1 for r in consultant.rows if r.flags)),
                loc.toString(consultant.follow_ups_due),
            ]
            labels = [QLabel(text) for text in cells]
            for column, label in enumerate(labels):
                label.setTextFormat(Qt.TextFormat.PlainText)
                self.team.addWidget(label, row, column)
            labels[4].setToolTip(self.tr("Courses late on at least one IPS rule"))
            self.team_rows.append(labels)

    def _render_plan(self, week: HomeWeek) -> None:
        """Each passed deadline of the implementation plan, opening the plan at its item."""
        clear(self.plan_list)
        self.plan_labels = []
        self.plan_title.setVisible(bool(week.plan_deadlines))
        self.plan_title.setText(self.tr("Implementation plan: deadlines passed"))
        language = current_language()
        for passed in week.plan_deadlines:
            text = self.tr("%1 – deadline %2").replace("%1", passed.title.get(language)).replace(
                "%2", format_date(passed.deadline))
            if passed.responsible:
                text += f" ({passed.responsible})"
            label = self._link()
            label.setWordWrap(True)
            set_link(label, text, plan_href(passed.item) if self.is_link(OVERVIEW) else None)
            label.setToolTip(self.tr("Open the implementation plan at this agreement")
                             if self.is_link(OVERVIEW) else "")
            self.plan_list.addWidget(label)
            self.plan_labels.append(label)

    def _render_erasure_due(self, week: HomeWeek) -> None:
        """'N personer skal slettes', opening the Data protection area's list (team leads)."""
        n = week.erasure_due
        self.erasure_due.setVisible(n > 0)
        text = self.tr("%n person(s) are due for erasure", "", n)
        self.erasure_due.setAccessibleName(text)
        set_link(self.erasure_due, text,
                 privacy_href("retention") if self.is_link(PRIVACY) else None)
        self.erasure_due.setToolTip(
            self.tr("Every course of theirs ended more than the retention period ago: open "
                    "the list to erase them") if self.is_link(PRIVACY) else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
