"""The Team overview's charts: one ReportLab Drawing read back as SVG (the screen's copy)
and as PDF text (the paper's), so a wrong point, a missing expectation or an English
month in a Danish chart shows here."""

from __future__ import annotations

import io
import itertools
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from pypdf import PdfReader

from ips_desktop.reports import overview_charts as charts
from ips_desktop.reports.pdf_base import build_pdf

SVG = "{http://www.w3.org/2000/svg}"
MONTHS = [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1),
          date(2026, 4, 1)]


def _svg(drawing: charts.ChartDrawing) -> ET.Element:
    return ET.fromstring(charts.drawing_svg(drawing))


def _polylines(root: ET.Element) -> list[tuple[list[tuple[float, float]], bool]]:
    """Each polyline's points (drawing coordinates, y up) and whether it is dashed."""
    lines = []
    for node in root.iter(f"{SVG}polyline"):
        pairs = [pair.split() for pair in node.attrib["points"].split(",")]
        points = [(float(x), float(y)) for x, y in pairs]
        lines.append((points, "stroke-dasharray" in node.attrib.get("style", "")))
    return lines


def _child(root: ET.Element, tag: str) -> str:
    node = root.find(f"{SVG}{tag}")
    assert node is not None
    return node.text or ""


def _texts(root: ET.Element) -> list[str]:
    return [node.text or "" for node in root.iter(f"{SVG}text")]


def test_burn_up_draws_the_actual_figures_solid_and_the_expectation_dashed() -> None:
    drawing = charts.burn_up_chart(MONTHS, [0, 10, 20, None, None], [5, 10, 15, 20, 25],
                                   title="Deltagere i forløb", language="da")
    lines = _polylines(_svg(drawing))
    solid = [points for points, dashed in lines if not dashed]
    dashed = [points for points, dashed in lines if dashed]
    assert len(solid) == 1 and len(dashed) == 1
    actual, target = solid[0], dashed[0]
    assert len(actual) == 3  # the months after today have no point
    assert len(target) == 5
    # One month apart each, the same months under both lines.
    steps = {round(b[0] - a[0], 2) for a, b in itertools.pairwise(target)}
    assert len(steps) == 1
    assert [x for x, _ in actual] == [x for x, _ in target[:3]]
    # Heights in proportion to the figures: 0, 10, 20 evenly spaced; 10 meets its target.
    (_, y0), (_, y10), (_, y20) = actual
    assert y10 - y0 == pytest.approx(y20 - y10)
    assert y10 == pytest.approx(target[1][1])
    assert target[0][1] == pytest.approx((y0 + y10) / 2)


def test_a_month_without_an_expectation_breaks_the_dashed_line() -> None:
    drawing = charts.burn_up_chart(MONTHS, [1, 2, 3, 4, 5], [3, 3, None, 4, 4],
                                   title="t", language="da")
    dashed = [points for points, dashed in _polylines(_svg(drawing)) if dashed]
    assert [len(points) for points in dashed] == [2, 2]


def test_month_labels_legend_and_summary_are_in_the_charts_language() -> None:
    danish = _svg(charts.burn_up_chart(MONTHS, [1, 2, 3, 4, None], [2, 2, 3, 3, 4],
                                       title=charts.chart_title("in_job", "da"),
                                       language="da"))
    texts = _texts(danish)
    assert {"dec", "jan", "feb", "mar", "apr", "Faktisk", "Forventning"} <= set(texts)
    assert "2026" in texts  # the year under January
    assert _child(danish, "title") == "I job eller uddannelse på ordinære vilkår"
    assert _child(danish, "desc") == (
        "I job eller uddannelse på ordinære vilkår: 4 i marts 2026, forventning 3")

    months = [date(2026, 4, 1), date(2026, 5, 1)]
    english = _svg(charts.burn_up_chart(months, [7, 8], [None, None],
                                        title=charts.chart_title("in_course", "en"),
                                        language="en"))
    assert {"Apr", "May", "Actual", "Expected"} <= set(_texts(english))
    assert _child(english, "desc") == (
        "Participants in a course: 8 in May 2026, no expectation set")


def test_the_fte_chart_has_one_bar_a_month_with_a_figure_and_its_value_written() -> None:
    drawing = charts.fte_chart(MONTHS, [3.5, 3.5, 2.75, 2.0, None], title="FTE",
                               language="da")
    root = _svg(drawing)
    # Bars are the filled sky-blue rectangles (the legend's key is one of them).
    bars = [node for node in root.iter(f"{SVG}rect")
            if "fill: rgb(33%,70%,91%)" in node.attrib.get("style", "")]
    assert len(bars) == 4 + 1
    heights = sorted(float(node.attrib["height"]) for node in bars[1:])
    assert heights[0] / heights[-1] == pytest.approx(2.0 / 3.5)
    assert {"3,5", "2,75", "2"} <= set(_texts(root))
    assert _child(root, "desc").endswith("2 i marts 2026")


def test_no_figures_says_so_instead_of_an_empty_frame() -> None:
    drawing = charts.burn_up_chart(MONTHS, [None] * 5, [None] * 5, title="t", language="nb")
    assert "Ingen tall i perioden" in _texts(_svg(drawing))


def test_twenty_four_months_label_every_other_month_so_labels_never_overlap() -> None:
    months = [date(2024 + (11 + i) // 12, (11 + i) % 12 + 1, 1) for i in range(24)]
    root = _svg(charts.burn_up_chart(months, list(range(24)), [None] * 24, title="t",
                                     language="en"))
    texts = _texts(root)
    shown = [name for name in charts.MONTHS["en"] if name in texts]
    assert 6 <= len(shown) <= 12
    assert texts.count("2025") == 1 and texts.count("2026") == 1
    assert "2024" not in texts  # December's year would run into January's


def test_a_series_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError):
        charts.burn_up_chart(MONTHS, [1, 2], [1, 2, 3, 4, 5], title="t", language="da")


def test_the_same_drawing_prints_in_a_pdf_as_vectors_with_its_words() -> None:
    drawing = charts.burn_up_chart(MONTHS, [4, 5, 6, 7, None], [5, 5, 6, 6, 7],
                                   title="Deltagere i forløb", language="da")
    pdf = build_pdf([drawing], title="Styregruppe", language="da", demo=False)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    for word in ("Deltagere i forløb", "Faktisk", "Forventning", "apr"):
        assert word in text


def test_qtsvg_draws_the_chart_on_white_as_the_screen_shows_it(qapp) -> None:
    """QtSvg reads SVG Tiny: renderSVG's clip rectangle would come out black over it all."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    drawing = charts.burn_up_chart(MONTHS, [4, 5, 6, 7, None], [5, 5, 6, 6, 7],
                                   title="t", language="da")
    renderer = QSvgRenderer(QByteArray(charts.drawing_svg(drawing)))
    assert renderer.isValid()
    image = QImage(940, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert image.pixelColor(930, 10) == QColor("white")  # the empty top right corner
    blue = {(image.pixelColor(x, y).blue() > 150 and image.pixelColor(x, y).red() < 60)
            for x in range(0, 940, 4) for y in range(0, 300, 4)}
    assert True in blue  # the actual line is there, in its blue


def test_the_team_overviews_three_charts_from_the_hand_built_data(ws) -> None:
    from ips_desktop.services import overview
    from tests.overview_data import AFTER, FIRST, TODAY, build_overview

    data = build_overview(ws.ctx)
    result = overview.team_overview(ws.ctx, FIRST, AFTER, today=TODAY)
    in_course, in_job, fte = charts.overview_drawings(result, language="da")
    course_lines = _polylines(_svg(in_course))
    [actual] = [points for points, dashed in course_lines if not dashed]
    [target] = [points for points, dashed in course_lines if dashed]
    assert len(actual) == 5 and len(target) == 5  # December: no figure and no expectation
    # 9 7 7 8 8 against 8 8 9 9 10: August and September level, July above its target.
    ys = [y for _, y in actual]
    assert ys[1] == pytest.approx(ys[2]) and ys[0] > ys[1]
    assert ys[0] > target[0][1] and ys[4] < target[4][1]
    assert _child(_svg(in_course), "desc") == (
        "Deltagere i forløb: 8 i november 2026, forventning 10")
    assert _child(_svg(in_job), "desc") == (
        "I job eller uddannelse på ordinære vilkår: 4 i november 2026, forventning 4")
    assert _child(_svg(fte), "desc") == "Reel normering til IPS (FTE): 1,5 i november 2026"
    # One consultant's charts: their figures, no expectation (it is the team's).
    bo = charts.overview_drawings(result, data.consultants["BB"], language="en")
    lines = _polylines(_svg(bo[0]))
    assert [dashed for _, dashed in lines] == [False]
    assert _child(_svg(bo[0]), "desc") == (
        "Participants in a course: 2 in November 2026, no expectation set")
