"""The words of the supervision list's cells and headings, in the UI language.

Every figure comes from `services.supervision` as it is; here it only becomes
text ("3 dage over fristen", "Udkast, 2 af 5 afsnit"). Kept apart from the model
so that the model is the tree's structure and the words are in one place, with
plurals through `self.tr` (lupdate reads the numerus only there).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from ips_desktop.domain.enums import FormStatus, PlacementKind
from ips_desktop.domain.rule_texts import consent_text, overdue_warning, rule_short, rule_source
from ips_desktop.services.supervision import (
    ConsultantWeek,
    CurrentPlacement,
    Deadline,
    FormProgress,
    SupervisionRow,
)


def day_text(day: date) -> str:
    """d.m.yyyy, the Danish way (the brief's and the participant list's dates)."""
    return f"{day.day}.{day.month}.{day.year}"


class SupervisionCells(QObject):
    """Text for each cell; an instance lives as long as the model that asks."""

    def headers(self) -> dict[str, str]:
        """The columns' headers by the model's column names."""
        return {
            "PARTICIPANT": self.tr("Participant"), "DISCUSSED": self.tr("Discussed"),
            "FLAGS": self.tr("Flags"), "PHASE": self.tr("Phase"),
            "DAYS_IN_IPS": self.tr("Days in IPS"), "FIRST_MEETING": self.tr("First meeting"),
            "FIRST_EMPLOYER_CONTACT": self.tr("First employer contact"),
            "PROFILE": self.tr("Profile"), "PLAN": self.tr("Plan"),
            "LAST_CONTACT": self.tr("Last contact"), "PLACEMENT": self.tr("Job or education"),
            "NEXT_FOLLOW_UP": self.tr("Next follow-up"), "NOTE": self.tr("Supervision note")}

    # -- row cells ---------------------------------------------------------------------------

    def deadline(self, deadline: Deadline) -> str:
        """Met: its date; late: "n days overdue"; running: "due d.m.yyyy"; else empty."""
        if deadline.done_on is not None:
            return day_text(deadline.done_on)
        if deadline.days_overdue > 0:
            return self.overdue(deadline.days_overdue)
        if deadline.due is not None:
            return self.tr("due %1").replace("%1", day_text(deadline.due))
        return ""

    def follow_up(self, day: date | None, as_of: date) -> str:
        """The next employer follow-up; one whose day has come says "due" in words."""
        if day is None:
            return ""
        if day <= as_of:
            return self.tr("%1, due").replace("%1", day_text(day))
        return day_text(day)

    def overdue(self, days: int) -> str:
        return self.tr("%n day(s) overdue", "", days)

    def form(self, progress: FormProgress) -> str:
        if progress.status is None:
            return self.tr("not started")
        if progress.status is FormStatus.COMPLETE:
            return self.tr("complete")
        return (self.tr("draft, %1 of %2").replace("%1", str(progress.sections_done))
                .replace("%2", str(progress.sections_total)))

    def plan(self, row: SupervisionRow) -> str:
        """The next review's date, or how late it is; "not started" without a plan."""
        if row.plan.status is None and row.plan_review.due is None:
            return self.tr("not started")
        review = row.plan_review
        if review.days_overdue > 0:
            return self.overdue(review.days_overdue)
        if review.due is not None:
            return self.tr("review %1").replace("%1", day_text(review.due))
        return self.form(row.plan)

    def last_contact(self, row: SupervisionRow) -> str:
        days = row.days_since_contact
        if days is None:
            text = self.tr("none")
        elif days == 0:
            text = self.tr("today")
        else:
            text = self.tr("%n day(s) ago", "", days)
        if row.outreach_due:
            outreach = self.tr("outreach due")
            text = f"{text} — {outreach}"
        return text

    def placement(self, placement: CurrentPlacement | None) -> str:
        if placement is None:
            return ""
        parts = [placement.where or placement.title]
        if placement.hours_per_week is not None:
            hours = f"{placement.hours_per_week:g}"
            parts.append(self.tr("%1 h/week").replace("%1", hours))
        parts.append(self.tr("since %1").replace("%1", day_text(placement.since)))
        text = ", ".join(part for part in parts if part)
        if not placement.ordinary_terms:
            terms = self.tr("not on ordinary terms")
            text += f" ({terms})"
        return text

    def placement_tip(self, placement: CurrentPlacement | None) -> str | None:
        if placement is None:
            return None
        kind = (self.tr("Job") if placement.kind is PlacementKind.JOB
                else self.tr("Education"))
        return "\n".join(part for part in (kind, placement.title, self.placement(placement))
                         if part)

    def flags(self, row: SupervisionRow) -> str:
        """The late rules by their short names, each with how late; consent last."""
        texts = [f"{rule_short(flag.rule)} ({flag.days_overdue})" for flag in row.flags]
        if row.consent_withdrawn_on is not None:  # the person said no: not just "missing"
            texts.append(self.tr("Consent withdrawn"))
        elif row.consent_missing:
            texts.append(self.tr("Consent missing"))
        return ", ".join(texts)

    def flags_tip(self, row: SupervisionRow, as_of: date) -> str | None:
        """Each late rule in plain words, how late, what clears it, and where it comes from."""
        parts = [f"{overdue_warning(flag.rule, flag.days_overdue)}\n{rule_source(flag.rule)}"
                 for flag in row.flags]
        if row.consent_withdrawn_on is not None:
            parts.append(consent_text(row.referral_date, row.consent_withdrawn_on, as_of))
        elif row.consent_missing:
            parts.append(consent_text(None, None, as_of))
        return "\n\n".join(parts) or None

    def discussed(self, row: SupervisionRow) -> str:
        return self.tr("discussed") if row.discussed_on is not None else ""

    # -- headings ----------------------------------------------------------------------------

    def heading(self, week: ConsultantWeek) -> str:
        """The consultant and their figures for the week, on one line."""
        who = (f"{week.name} ({week.initials})" if week.name
               else self.tr("Courses without a consultant"))
        parts = [who]
        if week.caseload is not None:
            load = (self.tr("caseload %1 of %2").replace("%1", str(week.caseload.count))
                    .replace("%2", str(week.caseload.capacity)))
            if week.caseload.over:
                over = self.tr("over capacity")
                load += f" — {over}"
            parts.append(load)
        else:
            parts.append(self.tr("%n course(s)", "", len(week.rows)))
        if week.consultant_id is not None:
            parts.append(self.tr("face-to-face %1 of %2").replace("%1", str(week.face_to_face))
                         .replace("%2", str(week.face_to_face_reference)))
            parts.append(self.tr("%n presence day(s) this month", "", week.presence_days))
        parts.append(self.tr("%n new referral(s)", "", week.new_referrals))
        starts = self.tr("%n start(s)", "", week.starts)
        if week.other_starts:
            starts += " " + self.tr("+%1 not on ordinary terms").replace(
                "%1", str(week.other_starts))
        parts.append(starts)
        parts.append(self.tr("%n end(s)", "", week.ends))
        parts.append(self.tr("%n follow-up(s) due", "", week.follow_ups_due))
        return " · ".join(parts)

    def over_capacity(self, week: ConsultantWeek) -> bool:
        """Over capacity: the heading is marked (in words too, by `heading`)."""
        return week.caseload is not None and week.caseload.over
