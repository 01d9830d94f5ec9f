"""The Team overview's charts, drawn once for the screen and for paper.

One definition (ReportLab graphics `Drawing`s) serves both: the steering
printout places the Drawing itself in the PDF (vectors), and the screen shows
`drawing_svg(drawing)` through QtSvg, so the two can never disagree and no
charting add-on is shipped for three charts.

The burn-up charts ("in a course", "in job or education") draw the months'
actual figures as a solid line with filled dots and the team lead's
expectation as a dashed line with open squares; the FTE chart draws bars.
Colours are the Okabe–Ito palette (safe for the common colour-vision
deficiencies), and nothing is told by colour alone: line style, markers and
a legend in words say which line is which. Labels are 8 pt at the printed
size; month names are in the chart's language. Months after today have no
figure (None): the actual line stops there, the expectation may run on.
"""

from __future__ import annotations

import math
import re
import uuid
import xml.sax.saxutils
from collections.abc import Mapping, Sequence
from datetime import date

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isNumber, isString
from reportlab.pdfbase.pdfmetrics import stringWidth

from ips_desktop.reports.pdf_base import CONTENT_WIDTH, FONT, FONT_BOLD, register_fonts
from ips_desktop.services.overview_model import TeamOverview

CHART_WIDTH = float(int(CONTENT_WIDTH))  # whole points: renderSVG writes an int viewBox
CHART_HEIGHT = 150.0
LABEL_SIZE = 8.0
TITLE_SIZE = 9.0

# Okabe & Ito (2008): distinguishable with protanopia, deuteranopia and tritanopia.
ACTUAL_COLOUR = colors.HexColor("#0072B2")  # blue
TARGET_COLOUR = colors.HexColor("#D55E00")  # vermillion
BAR_COLOUR = colors.HexColor("#56B4E9")  # sky blue
BAR_EDGE = colors.HexColor("#0072B2")
GRID_COLOUR = colors.HexColor("#D9D9D9")
AXIS_COLOUR = colors.HexColor("#595959")
TEXT_COLOUR = colors.HexColor("#222222")
TARGET_DASH = [4, 3]
HEADROOM = 1.12  # room above the highest point for the figure written there

MONTHS: dict[str, tuple[str, ...]] = {
    "da": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "nb": ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december"),
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

Texts = dict[str, str]
TITLES: dict[str, Texts] = {
    "in_course": {"da": "Deltagere i forløb", "nb": "Deltakere i forløp",
                  "en": "Participants in a course"},
    "in_job": {"da": "I job eller uddannelse på ordinære vilkår",
               "nb": "I jobb eller utdanning på ordinære vilkår",
               "en": "In job or education on ordinary terms"},
    "fte": {"da": "Reel normering til IPS (FTE)", "nb": "Reell bemanning til IPS (FTE)",
            "en": "Real staffing for IPS (FTE)"},
}
LEGEND: dict[str, Texts] = {
    "actual": {"da": "Faktisk", "nb": "Faktisk", "en": "Actual"},
    "target": {"da": "Forventning", "nb": "Forventning", "en": "Expected"},
    "fte": {"da": "FTE", "nb": "FTE", "en": "FTE"},
}
SAID: dict[str, Texts] = {
    "no_figures": {"da": "Ingen tal i perioden", "nb": "Ingen tall i perioden",
                   "en": "No figures in the period"},
    "latest": {"da": "{title}: {value} i {month}", "nb": "{title}: {value} i {month}",
               "en": "{title}: {value} in {month}"},
    "against": {"da": ", forventning {target}", "nb": ", forventning {target}",
                "en": ", expected {target}"},
    "no_target": {"da": ", ingen forventning sat", "nb": ", ingen forventning satt",
                  "en": ", no expectation set"},
    "period": {"da": "{first} til {last}", "nb": "{first} til {last}",
               "en": "{first} to {last}"},
}


class ChartDrawing(Drawing):
    """A Drawing that knows its title and a sentence saying what it shows (the SVG's
    <title> and <desc>, and the screen's accessible text)."""

    _attrMap = AttrMap(BASE=Drawing, chart_title=AttrMapValue(isString),
                       description=AttrMapValue(isString), plot_left=AttrMapValue(isNumber),
                       plot_right=AttrMapValue(isNumber), plot_step=AttrMapValue(isNumber))

    def __init__(self, width: float, height: float) -> None:
        super().__init__(width, height)
        self.chart_title = ""
        self.description = ""
        # Where the months stand across (points from the left): a table beneath can put
        # each month's figure under its point.
        self.plot_left = 0.0
        self.plot_right = width
        self.plot_step = width


def chart_title(kind: str, language: str) -> str:
    """The chart's title in `language`: kind is "in_course", "in_job" or "fte"."""
    texts = TITLES[kind]
    return texts.get(language, texts["da"])


def legend_text(key: str, language: str) -> str:
    """"Faktisk" / "Forventning" / "FTE": the legend's words, for tables beneath too."""
    texts = LEGEND[key]
    return texts.get(language, texts["da"])


def _said(key: str, language: str, **values: object) -> str:
    texts = SAID[key]
    return texts.get(language, texts["da"]).format(**values)


def month_label(month: date, language: str) -> str:
    """"nov 2026" (da/nb) or "Nov 2026" (en): a column heading under a chart."""
    return f"{MONTHS.get(language, MONTHS['da'])[month.month - 1]} {month.year}"


def month_name(month: date, language: str) -> str:
    """"november 2026": a month in a sentence."""
    return f"{MONTH_NAMES.get(language, MONTH_NAMES['da'])[month.month - 1]} {month.year}"


def number_text(value: float | int, language: str, decimals: int = 0) -> str:
    """12 / 2,5 (da, nb) / 2.5 (en): a figure as the language writes it."""
    text = f"{value:.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    return text if language == "en" else text.replace(".", ",")


def aligned(months: Sequence[date], values: Mapping[date, int] | None) -> list[int | None]:
    """A per-month mapping (the targets) as a list beside `months`, None where unset."""
    values = values or {}
    return [values.get(month) for month in months]


def burn_up_summary(months: Sequence[date], actual: Sequence[int | None],
                    target: Sequence[int | None], *, title: str, language: str) -> str:
    """One sentence for accessible text: the latest month's figure against its target."""
    latest = next((i for i in range(len(actual) - 1, -1, -1) if actual[i] is not None), None)
    if latest is None:
        return f"{title}: {_said('no_figures', language)}"
    value = actual[latest]
    assert value is not None
    text = _said("latest", language, title=title, value=number_text(value, language),
                 month=month_name(months[latest], language))
    goal = target[latest] if latest < len(target) else None
    if goal is None:
        return text + _said("no_target", language)
    return text + _said("against", language, target=number_text(goal, language))


def fte_summary(months: Sequence[date], fte: Sequence[float | None], *, title: str,
                language: str) -> str:
    """One sentence for accessible text: the latest month's FTE."""
    latest = next((i for i in range(len(fte) - 1, -1, -1) if fte[i] is not None), None)
    if latest is None:
        return f"{title}: {_said('no_figures', language)}"
    value = fte[latest]
    assert value is not None
    return _said("latest", language, title=title, value=number_text(value, language, 2),
                 month=month_name(months[latest], language))


def burn_up_chart(months: Sequence[date], actual: Sequence[int | None],
                  target: Sequence[int | None], *, title: str, language: str,
                  width: float = CHART_WIDTH, height: float = CHART_HEIGHT,
                  plot_left: float = 0.0) -> ChartDrawing:
    """A burn-up chart: the months' actual figures against the expectation (dashed).

    `actual` and `target` run beside `months` (same length); None is a month
    without a figure (after today) or without an expectation. The returned
    Drawing is a flowable for the PDF; `drawing_svg` makes the screen's SVG.
    `plot_left` keeps at least that much room left of the plot (the printout lines
    the months up with its table's columns beneath).
    """
    _check_lengths(months, actual, target)
    values = [v for v in (*actual, *target) if v is not None]
    top = _nice_top(max(values, default=0) * HEADROOM)
    plot = _Plot(months, top, width, height, language, decimals=0, left=plot_left)
    drawing = _frame(plot, title, [
        ("actual", _line_key(ACTUAL_COLOUR, None, filled=True)),
        ("target", _line_key(TARGET_COLOUR, TARGET_DASH, filled=False)),
    ], language)
    if not values:
        _nothing(drawing, plot, language)
    drawing.add(_series(plot, target, TARGET_COLOUR, TARGET_DASH, filled=False), name="target")
    drawing.add(_series(plot, actual, ACTUAL_COLOUR, None, filled=True), name="actual")
    _latest_value(drawing, plot, actual, target, language)
    drawing.description = burn_up_summary(months, actual, target, title=title,
                                          language=language)
    return drawing


def fte_chart(months: Sequence[date], fte: Sequence[float | None], *, title: str,
              language: str, width: float = CHART_WIDTH,
              height: float = CHART_HEIGHT, plot_left: float = 0.0) -> ChartDrawing:
    """Bars of the real FTE for IPS per month (None: no figure, no bar)."""
    _check_lengths(months, fte)
    values = [v for v in fte if v is not None]
    top = _nice_top(max(values, default=0.0) * HEADROOM, fractional=True)
    plot = _Plot(months, top, width, height, language, decimals=_decimals(top),
                 left=plot_left)
    drawing = _frame(plot, title, [("fte", _bar_key())], language)
    if not values:
        _nothing(drawing, plot, language)
    bars = Group()
    bar_width = plot.step * 0.6
    show_values = stringWidth("0,00", FONT, LABEL_SIZE - 1) <= plot.step
    for index, value in enumerate(fte):
        if value is None:
            continue
        x = plot.x(index) - bar_width / 2
        y = plot.bottom
        bars.add(Rect(x, y, bar_width, max(plot.y(value) - y, 0.0), fillColor=BAR_COLOUR,
                      strokeColor=BAR_EDGE, strokeWidth=0.6))
        if show_values:
            bars.add(String(plot.x(index), plot.y(value) + 2, number_text(value, language, 2),
                            fontName=FONT, fontSize=LABEL_SIZE - 1, fillColor=TEXT_COLOUR,
                            textAnchor="middle"))
    drawing.add(bars, name="bars")
    drawing.description = fte_summary(months, fte, title=title, language=language)
    return drawing


def overview_drawings(overview: TeamOverview, consultant_id: uuid.UUID | None = None, *,
                      language: str, width: float = CHART_WIDTH,
                      height: float = CHART_HEIGHT,
                      plot_left: float = 0.0) -> tuple[ChartDrawing, ...]:
    """The Team overview's three charts for the team or one consultant: in a course
    (burn-up), in job or education (burn-up) and FTE, in that order.

    The expectations are the team's (the team lead sets them for the team), so a
    consultant's charts carry no dashed line. An unknown consultant raises ValueError.
    """
    series = overview.team
    targets: Mapping[str, Mapping[date, int]] = overview.targets
    if consultant_id is not None:
        chosen = overview.consultant(consultant_id)
        if chosen is None:
            raise ValueError("no such consultant in the overview")
        series, targets = chosen.series, {}
    months = list(overview.months)
    figures = list(series.months)
    in_course = [f.in_course for f in figures]
    in_job = [f.in_job for f in figures]
    fte = [f.fte for f in figures]
    return (
        burn_up_chart(months, in_course, aligned(months, targets.get("in_course")),
                      title=chart_title("in_course", language), language=language,
                      width=width, height=height, plot_left=plot_left),
        burn_up_chart(months, in_job, aligned(months, targets.get("in_job")),
                      title=chart_title("in_job", language), language=language,
                      width=width, height=height, plot_left=plot_left),
        fte_chart(months, fte, title=chart_title("fte", language), language=language,
                  width=width, height=height, plot_left=plot_left),
    )


def drawing_svg(drawing: Drawing) -> bytes:
    """The Drawing as SVG bytes for QSvgRenderer: the chart's title and summary as the
    SVG's <title> and <desc>, and the fonts named as the system knows them.

    QtSvg reads SVG Tiny, which has no clipPath: it would paint renderSVG's page-sized
    clip rectangle black over the chart, so the clip goes (nothing is drawn outside).
    The text is edited as text (renderSVG writes these parts the same way each time):
    parsing it again would cost as much as drawing it.
    """
    text = renderSVG.drawToString(drawing)
    text = text.replace("fill: None", "fill: none").replace(' style="clip-path: url(#clip)"', "")
    text = _CLIP.sub("", text, count=1)
    text = re.sub(r"font-family: ([A-Za-z-]+);", _font_style, text)
    title = xml.sax.saxutils.escape(str(getattr(drawing, "chart_title", "")))
    desc = xml.sax.saxutils.escape(str(getattr(drawing, "description", "")))
    text = text.replace("<title>...</title>", f"<title>{title}</title>", 1)
    text = text.replace("<desc>...</desc>", f"<desc>{desc}</desc>", 1)
    return text.encode("utf-8")


_CLIP = re.compile(r"\s*<clipPath id=\"clip\">.*?</clipPath>", re.DOTALL)


def _font_style(match: re.Match[str]) -> str:
    name = match.group(1)
    if name == FONT_BOLD:
        return "font-family: 'DejaVu Sans', sans-serif; font-weight: bold;"
    if name == FONT:
        return "font-family: 'DejaVu Sans', sans-serif;"
    return match.group(0)


def _check_lengths(months: Sequence[date], *series: Sequence[object]) -> None:
    for values in series:
        if len(values) != len(months):
            raise ValueError("a chart's series must have one value per month")


def _decimals(top: float) -> int:
    return 0 if top >= 4 else 1


def _nice_top(value: float, *, fractional: bool = False) -> float:
    """The axis' top: a round number at or above `value` (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k)."""
    if value <= 0:
        return 1.0 if fractional else 5.0
    magnitude = 10 ** math.floor(math.log10(value))
    for factor in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        top = factor * magnitude
        if top >= value and (fractional or top == int(top)):
            return float(top)
    return float(10 * magnitude)


class _Plot:
    """Where the plot area is and how months and values map to points."""

    def __init__(self, months: Sequence[date], top: float, width: float, height: float,
                 language: str, *, decimals: int, left: float = 0.0) -> None:
        register_fonts()
        self.months = list(months)
        self.top_value = top
        self.language = language
        self.decimals = decimals
        self.width, self.height = width, height
        self.ticks = _ticks(top, decimals)
        widest = max(stringWidth(number_text(t, language, decimals), FONT, LABEL_SIZE)
                     for t in self.ticks)
        self.left = max(widest + 6, left)
        self.right = width - 4
        self.bottom = 2 * LABEL_SIZE + 8  # two lines of month labels beneath
        self.top = height - TITLE_SIZE - LABEL_SIZE - 14  # title and legend above
        self.step = (self.right - self.left) / max(len(self.months), 1)

    def x(self, index: int) -> float:
        return self.left + (index + 0.5) * self.step

    def y(self, value: float) -> float:
        return self.bottom + (self.top - self.bottom) * value / self.top_value


def _ticks(top: float, decimals: int) -> list[float]:
    """0 to `top` in 4–6 steps that the axis writes exactly (never "2, 2" for 1.6 and 2.4)."""
    unit = 10 ** -decimals
    for count in (5, 4, 6, 3, 2):
        steps = top / count / unit
        if abs(steps - round(steps)) < 1e-9:
            return [round(top / count * i, 6) for i in range(count + 1)]
    return [0.0, top]


def _frame(plot: _Plot, title: str, keys: list[tuple[str, Group]],
           language: str) -> ChartDrawing:
    """Title, legend, grid, value axis and month labels: what every chart has."""
    drawing = ChartDrawing(plot.width, plot.height)
    drawing.chart_title = title
    drawing.plot_left, drawing.plot_right, drawing.plot_step = plot.left, plot.right, plot.step
    drawing.add(String(0, plot.height - TITLE_SIZE, title, fontName=FONT_BOLD,
                       fontSize=TITLE_SIZE, fillColor=TEXT_COLOUR), name="title")
    legend = Group()
    x = plot.left
    y = plot.height - TITLE_SIZE - LABEL_SIZE - 6
    for key, symbol in keys:
        symbol.translate(x, y + 3)
        legend.add(symbol)
        text = legend_text(key, language)
        legend.add(String(x + 22, y, text, fontName=FONT, fontSize=LABEL_SIZE,
                          fillColor=TEXT_COLOUR))
        x += 22 + stringWidth(text, FONT, LABEL_SIZE) + 14
    drawing.add(legend, name="legend")
    grid = Group()
    for tick in plot.ticks:
        y = plot.y(tick)
        grid.add(Line(plot.left, y, plot.right, y, strokeColor=GRID_COLOUR, strokeWidth=0.5))
        grid.add(String(plot.left - 4, y - LABEL_SIZE / 3,
                        number_text(tick, plot.language, plot.decimals), fontName=FONT,
                        fontSize=LABEL_SIZE, fillColor=TEXT_COLOUR, textAnchor="end"))
    grid.add(Line(plot.left, plot.bottom, plot.right, plot.bottom, strokeColor=AXIS_COLOUR,
                  strokeWidth=0.8))
    drawing.add(grid, name="grid")
    drawing.add(_month_labels(plot), name="months")
    return drawing


def _month_labels(plot: _Plot) -> Group:
    """Month names beneath, every k-th when they would crowd; the year under January
    and under the first month."""
    group = Group()
    names = MONTHS.get(plot.language, MONTHS["da"])
    widest = max((stringWidth(name, FONT, LABEL_SIZE) for name in names), default=0)
    every = 1
    while every * plot.step < widest + 3 and every < 12:
        every = {1: 2, 2: 3, 3: 4, 4: 6, 6: 12}[every]
    for index, month in enumerate(plot.months):
        x = plot.x(index)
        if (month.month - 1) % every == 0 or every == 1:
            group.add(Line(x, plot.bottom, x, plot.bottom - 2.5, strokeColor=AXIS_COLOUR,
                           strokeWidth=0.6))
            group.add(String(x, plot.bottom - LABEL_SIZE - 2, names[month.month - 1],
                             fontName=FONT, fontSize=LABEL_SIZE, fillColor=TEXT_COLOUR,
                             textAnchor="middle"))
        if month.month == 1 or (index == 0 and not _january_near(plot, index)):
            group.add(String(x, plot.bottom - 2 * LABEL_SIZE - 4, str(month.year),
                             fontName=FONT, fontSize=LABEL_SIZE, fillColor=TEXT_COLOUR,
                             textAnchor="middle"))
    return group


def _january_near(plot: _Plot, index: int) -> bool:
    """Whether a January's year label comes so soon after the first month's that the
    two would run together (the reader then takes the first month's year from it)."""
    room = stringWidth("0000", FONT, LABEL_SIZE) + 4
    return any(month.month == 1 and (later - index) * plot.step < room
               for later, month in enumerate(plot.months) if later > index)


def _marker(x: float, y: float, colour: colors.Color, filled: bool) -> Circle | Rect:
    """A filled dot (actual) or an open square (expected): the lines differ in shape too."""
    if filled:
        return Circle(x, y, 2.3, fillColor=colour, strokeColor=colour, strokeWidth=0.5)
    return Rect(x - 2.2, y - 2.2, 4.4, 4.4, fillColor=colors.white, strokeColor=colour,
                strokeWidth=1)


def _line_key(colour: colors.Color, dash: list[int] | None, *, filled: bool) -> Group:
    group = Group()
    group.add(Line(0, 0, 18, 0, strokeColor=colour, strokeWidth=1.6, strokeDashArray=dash))
    group.add(_marker(9, 0, colour, filled))
    return group


def _bar_key() -> Group:
    group = Group()
    group.add(Rect(4, -4, 10, 8, fillColor=BAR_COLOUR, strokeColor=BAR_EDGE, strokeWidth=0.6))
    return group


def _series(plot: _Plot, values: Sequence[float | None], colour: colors.Color,
            dash: list[int] | None, *, filled: bool) -> Group:
    """The line through the months that have a value (broken where one is missing)
    and a marker on each: one PolyLine per unbroken run."""
    group = Group()
    run: list[float] = []
    points: list[tuple[float, float]] = []
    for index, value in enumerate([*values, None]):
        if value is None:
            if len(run) >= 4:
                group.add(PolyLine(run, strokeColor=colour, strokeWidth=1.6,
                                   strokeDashArray=dash, fillColor=None,
                                   strokeLineJoin=1))
            run = []
            continue
        point = (plot.x(index), plot.y(value))
        run.extend(point)
        points.append(point)
    for x, y in points:
        group.add(_marker(x, y, colour, filled))
    return group


def _latest_value(drawing: Drawing, plot: _Plot, actual: Sequence[int | None],
                  target: Sequence[int | None], language: str) -> None:
    """The latest actual figure written beside its dot, so the line's end reads as a number."""
    latest = next((i for i in range(len(actual) - 1, -1, -1) if actual[i] is not None), None)
    if latest is None:
        return
    value = actual[latest]
    assert value is not None
    # Above the dot, unless the line comes down into it or the expectation's square is
    # just above: then beneath it, clear of both.
    y = plot.y(value) + 5
    goal = target[latest]
    before = actual[latest - 1] if latest > 0 else None
    if ((goal is not None and 0 <= plot.y(goal) - plot.y(value) < LABEL_SIZE + 6) or (
            before is not None and before > value)) and (
            plot.y(value) - LABEL_SIZE - 4 > plot.bottom):
        y = plot.y(value) - LABEL_SIZE - 4
    drawing.add(String(plot.x(latest), y, number_text(value, language),
                       fontName=FONT_BOLD, fontSize=LABEL_SIZE, fillColor=ACTUAL_COLOUR,
                       textAnchor="middle"), name="latest")


def _nothing(drawing: Drawing, plot: _Plot, language: str) -> None:
    drawing.add(String((plot.left + plot.right) / 2, (plot.bottom + plot.top) / 2,
                       _said("no_figures", language), fontName=FONT, fontSize=LABEL_SIZE,
                       fillColor=TEXT_COLOUR, textAnchor="middle"))
