"""Contact gaps (items 13 and 15) and groups of alike jobs (item 10) on plain dates."""

from __future__ import annotations

from datetime import date

from ips_desktop.domain.fidelity_data import JobFacts, contact_gaps, largest_group, name_key


def d(month: int, day: int) -> date:
    return date(2026, month, day)


def test_contact_every_30_days_is_kept_31_is_not() -> None:
    kept = contact_gaps(d(1, 1), d(1, 1), d(3, 2), None, [d(1, 31), d(3, 2)])
    assert kept.longest == 30 and kept.kept and not kept.outreach
    late = contact_gaps(d(1, 1), d(1, 1), d(3, 3), None, [d(2, 1), d(3, 3)])
    assert late.longest == 31 and not late.kept


def test_a_gap_closed_by_a_contact_is_outreach_an_open_one_is_not() -> None:
    closed = contact_gaps(d(1, 1), d(1, 1), d(3, 31), None, [d(1, 20), d(3, 10), d(3, 30)])
    assert closed.outreach and not closed.open_gap and closed.longest == 49
    still = contact_gaps(d(1, 1), d(1, 1), d(3, 31), None, [d(1, 20)])
    assert still.open_gap and not still.outreach and still.longest == 70


def test_the_last_contact_before_the_span_starts_the_clock() -> None:
    gaps = contact_gaps(d(1, 1), d(3, 1), d(3, 31), d(2, 20), [d(3, 15)])
    assert gaps.longest == 23  # 20.2 -> 15.3
    inside = contact_gaps(d(1, 1), d(3, 1), d(3, 31), d(1, 5), [d(2, 25), d(3, 20)])
    assert inside.longest == 23  # the contact of 25.2 (before the span) counts as the last


def test_contacts_before_the_clock_and_after_the_span_are_ignored() -> None:
    gaps = contact_gaps(d(2, 1), d(2, 1), d(2, 20), d(1, 30), [d(1, 31), d(2, 10), d(4, 1)])
    assert gaps.longest == 10 and gaps.kept


def job(n: int, employer: str | None, kind: str | None) -> JobFacts:
    return JobFacts(n, employer, name_key(kind))


def test_the_largest_group_of_one_type_or_one_employer() -> None:
    jobs = [job(1, "a", "Detail"), job(2, "b", " detail"), job(3, "c", "Pleje"),
            job(4, "c", "Lager")]
    assert largest_group(jobs) == ({1, 2}, "same_type")
    employer_wins = [job(1, "a", "x"), job(2, "a", "y"), job(3, "a", "z"), job(4, "b", "x")]
    assert largest_group(employer_wins) == ({1, 2, 3}, "same_employer")


def test_a_job_like_no_other_forms_no_group() -> None:
    assert largest_group([job(1, "a", "x"), job(2, "b", "y")]) == (set(), "")
    assert largest_group([]) == (set(), "")
    assert largest_group([job(1, None, None), job(2, None, None)]) == (set(), "")
