"""The week's supervision list as an .xlsx workbook, for the team lead's own sorting and counts.

Two sheets. "Supervisionsliste" holds one row per open course, the same rows
in the same order as the screen and the printout, under a bold header row
that stays in view (frozen) with a filter over the columns. Each row says
its consultant's initials, so the rows can be filtered per consultant. Every
cell is typed: dates are dates (dd-mm-yyyy), counts and days are numbers,
an empty field an empty cell; the dated rules have the day they were met,
their due day and how many days late as three columns, so they sort. The
second sheet, "Teamets tal", has the week's totals and a line per
consultant with their heading's figures, then when it was exported and that
the file holds personal data. Titles name the kind of file, never a person.
On a laptop joined to a team, a third sheet says when each consultant's
laptop last synced, and the second warns first when someone's data is older
than a week (reports/freshness_xlsx.py), as the printout does.

Written in openpyxl's write-only mode, in memory, as reports/employer_log_xlsx.py
does (whose cell helpers this reuses: text is never a formula, control
characters are dropped).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment

from ips_desktop.domain.rule_texts import rule_short, short_day
from ips_desktop.domain.rules import RuleId
from ips_desktop.reports import supervision_texts as texts
from ips_desktop.reports.employer_log_xlsx import (
    DATE_FORMAT,
    MADE_AT_FORMAT,
    _bold,
    _clean,
    write_table,
)
from ips_desktop.reports.freshness_xlsx import freshness_sheet, stale_line
from ips_desktop.reports.supervision_texts import header, said
from ips_desktop.services.supervision import ConsultantWeek, SupervisionList, SupervisionRow
from ips_desktop.services.team_freshness import Freshness

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

Getter = Callable[[SupervisionRow, str], Any]


def _yes(value: bool, language: str) -> str | None:
    return said("yes", language) if value else None


def _placement(get: Callable[[Any], Any]) -> Getter:
    return lambda row, _: get(row.placement) if row.placement is not None else None


# The columns, in order: (header key, kind, the row's value in the workbook's language).
COLUMNS: tuple[tuple[str, str, Getter], ...] = (
    ("consultant", "text", lambda r, _: r.consultant_initials or None),
    ("participant", "text", lambda r, _: r.name),
    ("phase", "text", lambda r, lang: texts.label(texts.PHASES[r.phase], lang)),
    ("days_in_ips", "number", lambda r, _: r.days_in_ips),
    ("referral_date", "date", lambda r, _: r.referral_date),
    ("first_meeting", "date", lambda r, _: r.first_meeting.done_on),
    ("first_meeting_due", "date", lambda r, _: r.first_meeting.due),
    ("first_meeting_late", "number", lambda r, _: r.first_meeting.days_overdue or None),
    ("first_employer_contact", "date", lambda r, _: r.first_employer_contact.done_on),
    ("first_employer_contact_due", "date", lambda r, _: r.first_employer_contact.due),
    ("first_employer_contact_late", "number",
     lambda r, _: r.first_employer_contact.days_overdue or None),
    ("profile", "text", lambda r, lang: texts.form_text(r.profile, lang)),
    ("profile_done", "number", lambda r, _: r.profile.sections_done),
    ("profile_total", "number", lambda r, _: r.profile.sections_total),
    ("plan", "text", lambda r, lang: texts.form_text(r.plan, lang)),
    ("plan_done", "number", lambda r, _: r.plan.sections_done),
    ("plan_total", "number", lambda r, _: r.plan.sections_total),
    ("plan_reviewed", "date", lambda r, _: r.plan_review.done_on),
    ("plan_review_due", "date", lambda r, _: r.plan_review.due),
    ("plan_review_late", "number", lambda r, _: r.plan_review.days_overdue or None),
    ("last_contact", "date", lambda r, _: r.last_contact),
    ("days_since_contact", "number", lambda r, _: r.days_since_contact),
    ("outreach_due", "text", lambda r, lang: _yes(r.outreach_due, lang)),
    ("placement_kind", "text",
     lambda r, lang: texts.label(texts.KINDS[r.placement.kind], lang) if r.placement else None),
    ("where", "text", _placement(lambda p: p.where)),
    ("title", "text", _placement(lambda p: p.title)),
    ("hours", "number", _placement(lambda p: p.hours_per_week)),
    ("since", "date", _placement(lambda p: p.since)),
    ("ordinary_terms", "text", lambda r, lang: None if r.placement is None else
     said("yes" if r.placement.ordinary_terms else "no", lang)),
    ("next_follow_up", "date", lambda r, _: r.next_follow_up),
    ("flags", "text",
     lambda r, lang: ", ".join(texts.flag_text(flag, lang) for flag in r.flags) or None),
    ("consent_missing", "text", lambda r, lang: said(
        "consent_withdrawn_on", lang, day=short_day(r.consent_withdrawn_on))
     if r.consent_withdrawn_on else _yes(r.consent_missing, lang)),
    ("discussed", "date", lambda r, _: r.discussed_on),
    ("note", "text", lambda r, _: r.note),
)
_FIXED_WIDTHS = {"date": 11.5, "number": 8.0}


def supervision_xlsx(listing: SupervisionList, *, language: str, made_at: datetime,
                     freshness: Sequence[Freshness] = ()) -> bytes:
    """The workbook of `listing` as .xlsx bytes, its words in `language`; `freshness`
    (services/team_freshness.py) says how fresh each consultant's data is."""
    book = Workbook(write_only=True)
    book.properties.title = texts.list_title(listing, language)
    book.properties.creator = "IPS Desktop"
    _rows_sheet(book.create_sheet(said("list", language)[:31]), listing, language)
    _totals_sheet(book.create_sheet(said("totals", language)[:31]), listing, language,
                  made_at, freshness)
    freshness_sheet(book, freshness, language)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rows_sheet(sheet: WriteOnlyWorksheet, listing: SupervisionList, language: str) -> None:
    write_table(sheet, [header(key, language) for key, _, _ in COLUMNS],
                [kind for _, kind, _ in COLUMNS],
                [[_clean(get(row, language)) for _, _, get in COLUMNS] for row in listing.rows],
                _FIXED_WIDTHS, header_cap=24)


def _totals_sheet(sheet: WriteOnlyWorksheet, listing: SupervisionList, language: str,
                  made_at: datetime, freshness: Sequence[Freshness]) -> None:
    """The week's totals, then a line per consultant with their heading's figures."""
    totals = listing.totals()
    sheet.column_dimensions["A"].width = 34
    for letter in "BCDEFGHIJKLM":
        sheet.column_dimensions[letter].width = 14
    sheet.append([_bold(sheet, texts.list_title(listing, language))])
    stale_line(sheet, freshness, language)
    lines: list[tuple[str, Any]] = [
        (said("week", language), f"{listing.week[0]}-W{listing.week[1]:02d}"),
        (said("as_of", language, day="").strip(), _dated(sheet, listing.as_of)),
        (said("consultants", language), totals.consultants),
        (said("open_courses", language), totals.open_courses),
        (header("capacity", language), totals.capacity),
        (header("over", language), totals.over_capacity),
        (header("face_to_face", language), totals.face_to_face),
        (header("face_to_face_reference", language), totals.face_to_face_reference),
        (header("presence_days", language), totals.presence_days),
        (header("new_referrals", language), totals.new_referrals),
        (header("starts", language), totals.starts),
        (header("other_starts", language), totals.other_starts),
        (header("ends", language), totals.ends),
        (header("follow_ups_due", language), totals.follow_ups_due),
        (said("discussed_count", language), totals.discussed),
    ]
    lines += [(f"{header('flags', language)}: {rule_short(rule, language)}",
               totals.overdue.get(rule, 0)) for rule in RuleId]
    for name, value in lines:
        sheet.append([_bold(sheet, name), value])
    sheet.append([])
    heads = ["consultant", "caseload", "capacity", "over", "face_to_face", "presence_days",
             "new_referrals", "starts", "other_starts", "ends", "follow_ups_due",
             "overdue_courses"]
    sheet.append([_bold(sheet, header(key, language)) for key in heads])
    for consultant in listing.consultants:
        sheet.append(_consultant_line(consultant, language))
    sheet.append([])
    made = WriteOnlyCell(sheet, made_at.replace(second=0, microsecond=0))
    made.number_format = MADE_AT_FORMAT
    made.alignment = Alignment(horizontal="left")
    sheet.append([_bold(sheet, said("made_at", language)), made])
    if listing.is_demo:
        sheet.append([_bold(sheet, said("demo", language))])
    sheet.append([said("confidential", language)])


def _consultant_line(consultant: ConsultantWeek, language: str) -> list[Any]:
    status = consultant.caseload
    return [_clean(texts.consultant_label(consultant, language)), len(consultant.rows),
            status.capacity if status else None,
            (said("yes", language) if status.over else said("no", language)) if status else None,
            consultant.face_to_face, consultant.presence_days, consultant.new_referrals,
            consultant.starts, consultant.other_starts, consultant.ends,
            consultant.follow_ups_due, sum(1 for row in consultant.rows if row.flags)]


def _dated(sheet: WriteOnlyWorksheet, value: date) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value)
    cell.number_format = DATE_FORMAT
    cell.alignment = Alignment(horizontal="left")
    return cell
