"""The data-derived items' figures from plain facts: contact gaps and groups of alike jobs.

Pure, so the rules are tested on dates and tuples alone; `services.fidelity`
reads the facts and hands them here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ips_desktop.domain.fidelity import CONTACT_GAP_DAYS


@dataclass(frozen=True)
class Gaps:
    """How a span's contacts were spaced.

    `longest`: the most days without a contact (from the clock's start or the
    last contact before the span, through the span's end). `outreach`: a gap
    over the limit was closed by a contact (outreach after a missed contact);
    `open_gap`: the span ends more than the limit after its last contact.
    """

    longest: int
    outreach: bool
    open_gap: bool

    @property
    def kept(self) -> bool:
        """A contact at least every CONTACT_GAP_DAYS days all through the span."""
        return self.longest <= CONTACT_GAP_DAYS


def contact_gaps(clock_start: date, span_start: date, span_end: date,
                 previous: date | None, contacts: Sequence[date],
                 limit: int = CONTACT_GAP_DAYS) -> Gaps:
    """The gaps between contacts over `span_start`–`span_end` (inclusive).

    The clock starts at `clock_start` (the course's referral, a job's start)
    or at the latest contact since then before the span (`previous`, or one of
    `contacts` dated up to `span_start`). `contacts` must be sorted; those
    after the span are ignored.
    """
    return gaps_in_days(clock_start.toordinal(), span_start.toordinal(), span_end.toordinal(),
                        previous.toordinal() if previous is not None else None,
                        [day.toordinal() for day in contacts], limit)


def gaps_in_days(clock_start: int, span_start: int, span_end: int, previous: int | None,
                 contacts: Sequence[int], limit: int = CONTACT_GAP_DAYS) -> Gaps:
    """`contact_gaps` on day numbers (date.toordinal()): a team's 100,000 contacts a year
    are walked in a few milliseconds, where dates and timedeltas took a second."""
    last = clock_start
    if previous is not None and previous > last:
        last = previous
    longest, outreach = 0, False
    for day in contacts:
        if day < clock_start:
            continue
        if day <= span_start:
            if day > last:
                last = day
            continue
        if day > span_end:
            break
        gap = day - last
        if gap > longest:
            longest = gap
        if gap > limit:
            outreach = True
        last = day
    tail = span_end - last
    return Gaps(max(longest, tail), outreach, tail > limit)


def name_key(text: str | None) -> str | None:
    """Two titles or industries written alike are the same ("Lager " and "lager")."""
    if text is None:
        return None
    key = " ".join(text.split()).casefold()
    return key or None


@dataclass(frozen=True)
class JobFacts:
    """One job for item 10: its id and what makes two jobs alike."""

    job_id: Hashable
    employer: Hashable | None  # the employer (after merges); None: unknown
    kind_of_work: str | None  # name_key of the employer's industry, else of the job title


def largest_group(jobs: Iterable[JobFacts]) -> tuple[set[Hashable], str]:
    """The largest group of jobs of one type or at one employer (item 10), and which it is.

    Returns the group's job ids and "same_employer" or "same_type" (""
    when no two jobs are alike: a group needs at least two jobs). A tie
    between a type and an employer goes to the type, the scale's first word.
    """
    listed = list(jobs)
    types = Counter(job.kind_of_work for job in listed if job.kind_of_work is not None)
    employers = Counter(job.employer for job in listed if job.employer is not None)
    best_type = types.most_common(1)[0] if types else (None, 0)
    best_employer = employers.most_common(1)[0] if employers else (None, 0)
    if max(best_type[1], best_employer[1]) < 2:
        return set(), ""
    if best_type[1] >= best_employer[1]:
        return {job.job_id for job in listed if job.kind_of_work == best_type[0]}, "same_type"
    return {job.job_id for job in listed if job.employer == best_employer[0]}, "same_employer"
