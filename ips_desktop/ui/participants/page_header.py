"""The top of a participant's page: the buttons, who they are, consent, what is overdue.

Its own module so the page (the tabs and unsaved input) stays readable; the
page connects the buttons and hands over each CourseDetail it reads, and the
header reads nothing itself. Every warning says what clears it (the words
come from domain.rule_texts, so the lists say the same), and consent is shown
but never required.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ips_desktop.domain.enums import EndReason
from ips_desktop.domain.rule_texts import overdue_warning
from ips_desktop.services.courses import CourseDetail
from ips_desktop.ui.participants.consent import ConsentLine
from ips_desktop.ui.participants.privacy_menu import PrivacyMenu
from ips_desktop.ui.texts import end_reason_text, phase_text

WARNING_STYLE = "color: #b00020;"


class PageHeader(QWidget):
    """Back, the course's buttons, the name, the facts line, consent, overdue, other courses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = QPushButton()
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.consent_line = ConsentLine()  # scope, date, withdrawal, and the button to record
        self.consent = self.consent_line.label
        self.overdue = QLabel()
        self.overdue.setWordWrap(True)
        self.overdue.setStyleSheet(WARNING_STYLE)
        self.phase_button = QPushButton()
        self.end_button = QPushButton()
        self.print_button = QPushButton()
        self.new_course_button = QPushButton()
        self.privacy = PrivacyMenu()  # the person's rights: access copy, erasure
        self.history = QLabel()
        self.history.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        for button in (self.phase_button, self.end_button, self.new_course_button,
                       self.print_button):
            buttons.addWidget(button)
        buttons.addWidget(self.privacy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        for label in (self.name, self.facts, self.consent_line, self.overdue):
            layout.addWidget(label)
        self.retranslate()

    def show_detail(self, detail: CourseDetail, today: date, job_search_began: date | None
                    ) -> None:
        """The course as read: facts, consent, overdue rules, which buttons apply, history."""
        row = detail.row
        self.name.setText(row.name)
        facts = [phase_text(row.phase),
                 self.tr("%n day(s) in IPS", "", row.days_in_ips),
                 self.tr("consultant %1").replace("%1", row.consultant_initials or "–")]
        if row.last_contact is not None:  # a held meeting in the calendar moves it too
            facts.append(self.tr("last contact %1").replace(
                "%1", row.last_contact.strftime("%d.%m.%Y")))
        if job_search_began is not None:
            facts.append(self.tr("job search began %1").replace(
                "%1", job_search_began.strftime("%d.%m.%Y")))
        if detail.end_reason is not None and detail.ended_on is not None:
            facts.append(self.tr("ended %1: %2").replace(
                "%1", detail.ended_on.strftime("%d.%m.%Y")).replace(
                "%2", reason_text(detail.end_reason, detail.end_reason_text)))
        self.facts.setText(" · ".join(facts))
        self.consent_line.show_detail(detail, today)
        lines = [overdue_warning(item.rule, item.days_overdue) for item in detail.overdue]
        self.overdue.setText("\n".join(lines))
        self.overdue.setVisible(bool(lines))
        ended = detail.ended_on is not None
        self.phase_button.setVisible(not ended)
        self.end_button.setVisible(not ended)
        self.new_course_button.setVisible(ended and not any(
            c.ended_on is None for c in detail.other_courses))
        earlier = [self.tr("%1–%2 (%3)").replace("%1", c.referral_date.strftime("%d.%m.%Y"))
                   .replace("%2", c.ended_on.strftime("%d.%m.%Y") if c.ended_on else "")
                   .replace("%3", phase_text(c.phase)) for c in detail.other_courses]
        self.history.setText(self.tr("Other courses: %1").replace("%1", "; ".join(earlier))
                             if earlier else "")
        self.history.setVisible(bool(earlier))

    def retranslate(self) -> None:
        self.back.setText(self.tr("← &Back to the list"))
        self.phase_button.setText(self.tr("Change &phase…"))
        self.end_button.setText(self.tr("&End course…"))
        self.print_button.setText(self.tr("&Print referral…"))
        self.new_course_button.setText(self.tr("Start a &new course…"))
        self.consent_line.retranslate()
        self.privacy.retranslate()


def reason_text(reason: EndReason, text: str) -> str:
    """"Andet: moved to a care home": the reason, and what "other" was, in the user's words."""
    return f"{end_reason_text(reason)}: {text}" if text else end_reason_text(reason)
