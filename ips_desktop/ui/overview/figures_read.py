"""What the Team overview's figures tab reads and draws, off the GUI thread.

One read brings the period's overview, the team's comment and the three charts
as SVG (drawn by `reports.overview_charts`, the drawings the steering printout
holds), for whose figures and the language asked for: the tab only lays them out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from ips_desktop.reports import overview_charts as charts
from ips_desktop.services import overview
from ips_desktop.services.context import AppContext
from ips_desktop.services.overview_model import (
    MEASURE_IN_COURSE,
    MEASURE_IN_JOB,
    Series,
    Share,
    TeamOverview,
)

FTE = "fte"
KINDS = (MEASURE_IN_COURSE, MEASURE_IN_JOB, FTE)


def counts(series: Series, attribute: str) -> list[int | None]:
    return [getattr(month, attribute) for month in series.months]


def fte_text(value: float, language: str) -> str:
    text = f"{value:.2f}"
    return text if language == "en" else text.replace(".", ",")


def share_text(share: Share, language: str) -> str:
    if share.share is None:
        return "–"
    return charts.number_text(share.share * 100, language, 1) + " %"


@dataclass(frozen=True)
class Chart:
    """One chart made for the screen: its SVG and what a screen reader says of it."""

    svg: bytes
    title: str
    description: str


@dataclass(frozen=True)
class Answer:
    """What one read brings: the overview, the period's comment, and the charts drawn
    for whose figures and the language asked for (made off the GUI thread as well)."""

    overview: TeamOverview
    comment: str
    charts: dict[str, Chart]
    consultant_id: uuid.UUID | None
    language: str


def chosen_series(shown: TeamOverview, consultant_id: uuid.UUID | None) -> Series | None:
    """The team's figures, or the consultant's (None when they have none in the period)."""
    if consultant_id is None:
        return shown.team
    person = shown.consultant(consultant_id)
    return person.series if person is not None else None


def chart_values(shown: TeamOverview, kind: str, consultant_id: uuid.UUID | None,
                 ) -> tuple[list, list[int | None]]:
    """A chart's values beside the months, and the expectation (the team's only)."""
    months = shown.months
    series = chosen_series(shown, consultant_id)
    values = counts(series, kind) if series is not None else [None] * len(months)
    if kind == FTE or consultant_id is not None:
        return values, [None] * len(months)
    return values, charts.aligned(months, shown.targets.get(kind))


def make_chart(shown: TeamOverview, kind: str, consultant_id: uuid.UUID | None,
               language: str) -> Chart:
    """The chart as `reports.overview_charts` draws it for paper, as SVG for the screen."""
    months = shown.months
    title = charts.chart_title(kind, language)
    values, target = chart_values(shown, kind, consultant_id)
    if kind == FTE:
        drawing = charts.fte_chart(months, values, title=title, language=language)
    else:
        drawing = charts.burn_up_chart(months, values, target, title=title, language=language)
    return Chart(charts.drawing_svg(drawing), drawing.chart_title or title,
                 drawing.description)


def make_charts(shown: TeamOverview, consultant_id: uuid.UUID | None,
                language: str) -> dict[str, Chart]:
    return {kind: make_chart(shown, kind, consultant_id, language) for kind in KINDS}


def read_answer(ctx: AppContext, first: date, last: date, consultant_id: uuid.UUID | None,
                language: str, today: date) -> Answer:
    """Everything the tab shows for a period, read and drawn: runs off the GUI thread."""
    shown = overview.team_overview(ctx, first, last, today=today)
    comment = overview.comment_for(ctx, first, last)
    return Answer(shown, comment, make_charts(shown, consultant_id, language),
                  consultant_id, language)
