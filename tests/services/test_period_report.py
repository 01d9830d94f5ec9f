"""The period report on the hand-built set of tests/period_data.py: every row and figure."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction, EndReason
from ips_desktop.services import period_report as service
from ips_desktop.services.context import AppContext
from ips_desktop.services.period_report import PeriodReport, StarFigures, period_report
from ips_desktop.storage.models import AuditEvent
from tests import period_data as pd


@pytest.fixture
def data(ws) -> pd.PeriodData:
    return pd.build_period(ws.ctx)


def figures_of(found: StarFigures) -> pd.Figures:
    left = found.left_out
    return pd.Figures(found.referrals, found.profiles_started, found.job_starts, found.in_work,
                      left.under_4_hours, left.unknown_hours, left.not_ordinary_terms,
                      found.education_starts)


def labels(data: pd.PeriodData, lines) -> tuple[str, ...]:
    return tuple(data.label_of(line.course_id) for line in lines)


def test_started_and_ended_rows_carry_what_the_case_system_needs(ws, data) -> None:
    report = period_report(ws.ctx, pd.FIRST, pd.LAST, today=pd.TODAY)
    assert labels(data, report.started) == pd.STARTED
    assert labels(data, report.ended) == pd.ENDED
    hans, anne = report.started[0], report.started[1]
    assert (anne.name, anne.cpr, anne.consultant_initials) == ("Anne Ærø", "010190-1234", "AA")
    assert (anne.referral_date, anne.first_meeting) == (date(2026, 2, 2), date(2026, 2, 16))
    assert (anne.ended_on, anne.end_reason, anne.marker) == (None, None, "IPS STAR")
    assert hans.consultant_initials == ""  # nobody's course is still listed
    erik1, fie = report.ended
    assert (erik1.ended_on, erik1.end_reason, erik1.end_reason_text) == (
        date(2026, 2, 20), EndReason.PARTICIPANT_WISH, "")
    assert (fie.first_meeting, fie.end_reason, fie.end_reason_text) == (
        None, EndReason.OTHER, pd.FIE_REASON)
    # The restarted participant: the old course ended, the new one started, same person.
    erik2 = report.started[-1]
    assert erik2.participant_id == erik1.participant_id and erik2.course_id != erik1.course_id
    assert report.own_courses is False and report.consultant_id is None


def test_quarters_are_cut_by_the_period_and_add_up_to_it(ws, data) -> None:
    report = period_report(ws.ctx, pd.FIRST, pd.LAST, today=pd.TODAY)
    q1, q2 = report.quarters
    assert (q1.year, q1.number, q1.starts_on, q1.ends_on, q1.partial) == (2026, 1, *pd.Q1, True)
    assert (q2.year, q2.number, q2.starts_on, q2.ends_on, q2.partial) == (2026, 2, *pd.Q2, True)
    assert q1.figures is not None and q2.figures is not None
    assert figures_of(q1.figures) == pd.EXPECTED_Q1
    assert figures_of(q2.figures) == pd.EXPECTED_Q2
    assert (q1.figures.in_work_on, q2.figures.in_work_on) == (pd.Q1[1], pd.Q2[1])
    assert figures_of(report.totals) == pd.EXPECTED_TOTAL
    assert report.totals.in_work_on == pd.LAST


def test_every_job_start_is_listed_with_why_it_was_left_out(ws, data) -> None:
    report = period_report(ws.ctx, pd.FIRST, pd.LAST, today=pd.TODAY)
    assert tuple((data.label_of(j.course_id), j.left_out) for j in report.job_starts) \
        == pd.JOB_STARTS
    carl = next(j for j in report.job_starts if j.left_out == "unknown_hours")
    assert (carl.name, carl.hours_per_week, carl.consultant_initials) == ("Carl Cæsar", None,
                                                                           "BB")
    assert report.totals.left_out.total == 4


def test_whole_quarters_are_not_marked_partial(ws, data) -> None:
    report = period_report(ws.ctx, date(2026, 1, 1), date(2026, 6, 30), today=pd.TODAY)
    assert [(q.number, q.partial) for q in report.quarters] == [(1, False), (2, False)]
    q1 = report.quarters[0].figures
    assert q1 is not None
    # Q1 whole: dora's, anne's and hans's referrals (5.1., 2.2., 14.2.), dora's profile (9.1.).
    assert (q1.referrals, q1.profiles_started) == (pd.EXPECTED_Q1.referrals + 3,
                                                   pd.EXPECTED_Q1.profiles + 1)


def test_a_period_across_a_year_end_has_a_quarter_each_side(ws, data) -> None:
    report = period_report(ws.ctx, date(2025, 12, 1), date(2026, 1, 31), today=pd.TODAY)
    assert [(q.year, q.number, q.starts_on, q.ends_on) for q in report.quarters] == [
        (2025, 4, date(2025, 12, 1), date(2025, 12, 31)),
        (2026, 1, date(2026, 1, 1), date(2026, 1, 31))]
    q4 = report.quarters[0].figures
    assert q4 is not None
    # jon's job (1.12.) and erik's (1.12.): two starts; both at work on 31.12.
    assert (q4.referrals, q4.job_starts, q4.in_work) == (1, 2, 2)


def test_nothing_after_today_is_counted(ws, data) -> None:
    report = period_report(ws.ctx, pd.FIRST, pd.LAST, today=date(2026, 4, 20))
    assert report.as_of == date(2026, 4, 20)
    q2 = report.quarters[1].figures
    assert q2 is not None and q2.in_work_on == date(2026, 4, 20)
    # anne, bent (3 h) and carl (hours unknown) work on 20.4.; erik starts on 4.5.
    assert (q2.in_work, q2.job_starts, q2.left_out.under_4_hours,
            q2.left_out.unknown_hours) == (3, 0, 2, 1)  # anne's 2 h job began that day
    early = period_report(ws.ctx, pd.FIRST, pd.LAST, today=date(2026, 3, 10))
    assert early.quarters[1].figures is None  # Q2 has not begun
    assert labels(data, early.started) == ("hans", "anne", "bent", "carl")  # met by 10.3.


def test_a_consultant_gets_only_their_own_courses(ws, data) -> None:
    mine = AppContext(ws.ctx.engine, actor_id=data.anna_id)
    report = period_report(mine, pd.FIRST, pd.LAST, today=pd.TODAY, consultant_id=data.bo_id)
    assert report.own_courses and report.consultant_id == data.anna_id
    assert report.consultant_initials == "AA"
    assert labels(data, report.started) == pd.AA_STARTED
    assert labels(data, report.ended) == pd.AA_ENDED
    q1, q2 = (q.figures for q in report.quarters)
    assert q1 is not None and q2 is not None
    assert (figures_of(q1), figures_of(q2)) == (pd.AA_Q1, pd.AA_Q2)


def test_a_team_lead_may_ask_for_one_consultant(ws, data) -> None:
    report = period_report(ws.ctx, pd.FIRST, pd.LAST, today=pd.TODAY, consultant_id=data.bo_id)
    assert not report.own_courses and report.consultant_initials == "BB"
    assert labels(data, report.started) == ("carl",)
    assert labels(data, report.ended) == ("fie",)


def test_a_period_backwards_is_refused(ws) -> None:
    with pytest.raises(ValueError):
        period_report(ws.ctx, pd.LAST, pd.FIRST, today=pd.TODAY)


def audit_rows(ws) -> list[tuple[str, dict]]:
    with ws.ctx.engine.connect() as conn:
        return [(a, d) for a, d in conn.execute(
            select(AuditEvent.action, AuditEvent.details)
            .where(AuditEvent.entity == service.ENTITY).order_by(AuditEvent.at))]


def test_reading_printing_and_exporting_are_audited_without_names(ws, data) -> None:
    report = period_report(ws.ctx, pd.FIRST, pd.LAST, today=pd.TODAY)
    service.record_print(ws.ctx, report)
    service.record_export(ws.ctx, report, "xlsx")
    rows = audit_rows(ws)
    assert [a for a, _ in rows] == [AuditAction.READ.value, AuditAction.PRINT.value,
                                    AuditAction.EXPORT.value]
    assert rows[0][1] == {"first": "2026-02-15", "last": "2026-05-15", "started": 5,
                          "ended": 2}
    assert rows[2][1]["format"] == "xlsx"
    said = json.dumps([d for _, d in rows], ensure_ascii=False)
    for name, cpr in zip(pd.NAMES.values(), pd.CPRS.values(), strict=True):
        assert name not in said and (cpr is None or cpr not in said)


def test_the_suggested_file_name_names_the_period_only(ws, data) -> None:
    report: PeriodReport = period_report(ws.ctx, pd.FIRST, pd.LAST, today=pd.TODAY)
    assert service.file_name(report, "pdf") == "period-report-2026-02-15-2026-05-15.pdf"
    with pytest.raises(ValueError):
        service.file_name(replace(report), "docx")


def test_the_calendar_s_ends_are_no_crash(ws, data) -> None:
    report = period_report(ws.ctx, date(9999, 12, 1), date.max, today=pd.TODAY)
    assert report.quarters[0].figures is None and report.started == ()
    report = period_report(ws.ctx, date.min, pd.LAST, today=pd.TODAY)
    assert len(report.quarters) == 4 * 2025 + 2
    assert report.totals.referrals == 9  # all but ida (deleted) and gert (after the period)
