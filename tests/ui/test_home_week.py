"""The home screen is the consultant's week: the calendar from today to Sunday, the courses
late on each IPS rule, and this week's figures, all as the supervision list reads them; each
opens the area it names (the supervision list only once that area has landed)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QWidget

from ips_desktop.domain.enums import EventKind, Role
from ips_desktop.domain.rule_texts import rule_short, rule_source, rule_text
from ips_desktop.domain.rules import RuleId, iso_week, week_bounds
from ips_desktop.services import calendar, consultants, employers, supervision, workspace
from ips_desktop.services.calendar_model import EventInput
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.services.employers import EmployerInput
from ips_desktop.ui.home import area as home_area
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.shell.areas import Area, all_areas
from ips_desktop.ui.shell.main_window import MainWindow
from tests.helpers import make_demo_database, open_copy
from tests.ui.conftest import activate
from tests.ui.test_employer_log_view import log
from tests.ui.test_participant_list import enrol
from tests.ui.test_sidebar_areas import CALENDAR_ROW, HOME_ROW, PARTICIPANTS_ROW, click_link
from tests.ui.window_support import open_window

TODAY = date.today()
MONDAY, SUNDAY = week_bounds(iso_week(TODAY))


def event(ws, kind: EventKind, start: datetime, title: str, consultant=None) -> None:
    calendar.create_event(ws.ctx, EventInput(
        kind=kind, title=title, starts_at=start, ends_at=start + timedelta(hours=1),
        consultant_id=consultant or ws.ctx.actor_id))


def read(qtbot, window):
    home = window.area_widgets[HOME_ROW]
    qtbot.waitUntil(lambda: home.week is not None)
    return home


def window_with_supervision(qtbot, ws, preferences, shown: list | None) -> MainWindow:
    """The window with the Supervision area coming (None), or landed: here a stand-in that
    keeps the filters it is shown with, so the test holds before and after the area lands."""
    class Supervision(QWidget):
        def __init__(self, ws: object, preferences: object) -> None:
            super().__init__()

        def show_filtered(self, filters: dict) -> None:
            assert shown is not None
            shown.append(filters)

    areas = [a if a.key != "supervision" else Area(a.key, a.title,
                                                   None if shown is None else Supervision)
             for a in all_areas()]
    # The home screen learns what has landed from the registry: rebuild its entry too.
    landed = frozenset(a.key for a in areas if not a.coming)
    areas = [a if a.key != "home" else Area(a.key, a.title, lambda w, _: home_area.HomeArea(
        w, links=landed)) for a in areas]
    window = MainWindow(ws, preferences, areas=areas)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    return window


def test_the_week_lists_my_events_from_today_each_opening_the_calendar_on_its_day(
        qtbot, ws, preferences, monkeypatch):
    monkeypatch.setattr(home_area, "today", lambda: MONDAY)
    thursday = MONDAY + timedelta(days=3)
    colleague = consultants.create_consultant(ws.ctx, ConsultantInput(
        "Aase Ågård", "AAG", "Køge")).id
    event(ws, EventKind.PARTICIPANT_MEETING, datetime.combine(MONDAY, time(9)), "Møde med Åse")
    event(ws, EventKind.EMPLOYER_MEETING, datetime.combine(thursday, time(13)), "Bageriet")
    event(ws, EventKind.OTHER, datetime.combine(MONDAY, time(11)), "Hendes møde", colleague)
    event(ws, EventKind.OTHER, datetime.combine(MONDAY - timedelta(days=1), time(9)), "Før")
    window = open_window(qtbot, ws, preferences)
    home = read(qtbot, window)
    events = home.events
    assert events.today_title.text() == "I dag" and events.week_title.text() == "Resten af ugen"
    labels = events.event_labels
    assert [label.text() for label in labels] == [
        f'<a href="calendar:{MONDAY.isoformat()}">09:00–10:00 Møde med Åse</a>',
        f'<a href="calendar:{thursday.isoformat()}">13:00–14:00 Bageriet</a>']
    assert labels[1].toolTip() == "Virksomhedsbesøg\nÅbn kalenderen på denne dag"
    assert labels[1].accessibleName() == "Virksomhedsbesøg: 13:00–14:00 Bageriet"
    with qtbot.waitSignal(home.open_area) as opened:
        click_link(qtbot, labels[1])
    assert opened.args == ["calendar", {"date": thursday}]
    assert window.sidebar.currentRow() == CALENDAR_ROW


def test_an_empty_week_says_so(qtbot, ws, preferences, monkeypatch):
    monkeypatch.setattr(home_area, "today", lambda: SUNDAY)
    home = read(qtbot, open_window(qtbot, ws, preferences))
    texts = [home.events.today_list.itemAt(i).widget().text()
             for i in range(home.events.today_list.count())]
    assert texts == ["Intet i din kalender i dag."]
    assert home.events.week_list.itemAt(0).widget().text() == \
        "Ikke mere i din kalender i denne uge."


def test_each_rules_count_opens_the_supervision_list_filtered_to_it_once_it_has_landed(
        qtbot, ws, preferences):
    me = ws.ctx.actor_id
    enrol(ws, "Åse Ærenfeldt", me, days_ago=20)  # no first meeting by day 8: late
    enrol(ws, "Ole Ørum", me, days_ago=2)  # on time
    home = read(qtbot, window_with_supervision(qtbot, ws, preferences, None))
    late = home.rule_labels[RuleId.FIRST_MEETING]
    assert late.text() == "1"  # the area is coming: plain text, no dead link
    assert home.rule_captions[RuleId.FIRST_MEETING].text() == "Første møde:"
    assert late.toolTip() == f"{rule_text(RuleId.FIRST_MEETING)}\n" \
        f"{rule_source(RuleId.FIRST_MEETING)}"

    shown: list = []
    window = window_with_supervision(qtbot, ws, preferences, shown)
    home = read(qtbot, window)
    late = home.rule_labels[RuleId.FIRST_MEETING]
    assert late.text() == '<a href="supervision:first_meeting">1</a>'
    assert home.rule_labels[RuleId.PARTICIPANT_CONTACT].text() == "0"  # nothing to open
    listing = supervision.supervision_list(ws.ctx, iso_week(TODAY), today=TODAY,
                                           consultant_id=me)
    assert {rule: label.text().split(">")[-2].split("<")[0] if "<a" in label.text()
            else label.text() for rule, label in home.rule_labels.items()} == {
        rule: str(n) for rule, n in listing.overdue_counts().items()}
    click_link(qtbot, late)
    assert window.sidebar.currentRow() == [a.key for a in window.areas].index("supervision")
    assert shown == [{"rule": "first_meeting"}]


def test_my_figures_are_my_heading_in_the_supervision_list(qtbot, ws, preferences):
    me = ws.ctx.actor_id
    enrol(ws, "Åse Ærenfeldt", me, days_ago=20)
    enrol(ws, "Ole Ørum", me, days_ago=2)
    employer = employers.register_employer(ws.ctx, EmployerInput(name="Bageriet Brød"))
    log(ws, employer, TODAY)  # face to face, this week
    event(ws, EventKind.PRESENCE_DAY, datetime.combine(TODAY, time(12)), "Psykiatrien")
    window = open_window(qtbot, ws, preferences)
    home = read(qtbot, window)
    mine = supervision.supervision_list(ws.ctx, iso_week(TODAY), today=TODAY,
                                        consultant_id=me).consultants[0]
    assert (mine.face_to_face, mine.presence_days) == (1, 1)
    figures = {key: label.text() for key, label in home.count_labels.items()}
    assert figures["participant"] == '<a href="#participant">2 af 25</a>'
    assert figures["face_to_face"] == "1 af 6"
    assert figures["presence"] == "1"
    assert home.figures_title.text() == "Din uge" and not home.team_title.isVisible()
    assert home.caption["face_to_face"].text() == \
        "Virksomhedskontakter ansigt til ansigt i ugen:"
    assert not home.figures.isRowVisible(home.count_labels["team_follow_ups"])
    click_link(qtbot, home.count_labels["participant"])  # my caseload: my open courses
    assert window.sidebar.currentRow() == PARTICIPANTS_ROW
    area = window.area_widgets[PARTICIPANTS_ROW]
    qtbot.waitUntil(lambda: area.model.rowCount() == 2)
    assert area.chosen_consultant() == me


def test_over_capacity_is_said_in_words(qtbot, ws, preferences):
    from sqlalchemy import update

    from ips_desktop.storage.models import Consultant

    with ws.ctx.engine.begin() as conn:
        conn.execute(update(Consultant).values(fte=0.04))  # capacity 1
    for name in ("Åse Ærenfeldt", "Ole Ørum"):
        enrol(ws, name, ws.ctx.actor_id, days_ago=2)
    home = read(qtbot, open_window(qtbot, ws, preferences))
    assert home.count_labels["participant"].text() == \
        '<a href="#participant">2 af 1 (over kapacitet)</a>'


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory):
    return make_demo_database(tmp_path_factory.mktemp("demo-home"), TODAY)


@pytest.fixture
def lead_ws(demo_source, tmp_path):
    """The demo owned by a team lead."""
    opened = open_copy(demo_source, tmp_path / "demo")
    lead = next((c for c in consultants.list_consultants(opened.ctx)
                 if c.role is Role.TEAM_LEAD), None)
    if lead is None:
        lead = consultants.create_consultant(opened.ctx, ConsultantInput(
            "Mette Lind", "ML", "Køge", 1.0, Role.TEAM_LEAD))
    workspace.set_owner(opened, lead.id)
    yield opened
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)
    opened.close()


def test_a_team_lead_sees_the_teams_figures_and_a_line_per_consultant(qtbot, lead_ws,
                                                                      preferences):
    window = open_window(qtbot, lead_ws, preferences)
    home = read(qtbot, window)
    listing = supervision.supervision_list(lead_ws.ctx, iso_week(TODAY), today=TODAY)
    totals = listing.totals()
    assert home.figures_title.text() == "Teamets uge" and home.team_title.isVisible()
    assert home.caption["participant"].text() == "Åbne forløb:"
    assert home.count_labels["participant"].text().startswith(
        f'<a href="#participant">{totals.open_courses} af {totals.capacity}')
    assert home.count_labels["face_to_face"].text() == \
        f"{totals.face_to_face} af {totals.face_to_face_reference}"
    assert home.count_labels["presence"].text() == str(totals.presence_days)
    assert home.count_labels["team_follow_ups"].text() == str(totals.follow_ups_due)
    assert home.figures.isRowVisible(home.count_labels["team_follow_ups"])
    for rule, label in home.rule_labels.items():
        assert str(totals.overdue[rule]) in label.text()
    rows = [[cell.text() for cell in row] for row in home.team_rows]
    assert len(rows) == len(listing.consultants) > 1
    for cells, heading in zip(rows, listing.consultants, strict=True):
        assert cells[0] == f"{heading.initials} {heading.name}".strip() or "Ikke tildelt"
        if heading.caseload is not None:
            assert cells[1].startswith(f"{heading.caseload.count} af {heading.caseload.capacity}")
            assert ("over kapacitet" in cells[1]) == heading.caseload.over
        assert cells[3] == str(heading.presence_days)
        assert cells[4] == str(sum(1 for r in heading.rows if r.flags))
        assert cells[5] == str(heading.follow_ups_due)
    click_link(qtbot, home.count_labels["participant"])  # the team: everyone's open courses
    area = window.area_widgets[PARTICIPANTS_ROW]
    qtbot.waitUntil(lambda: area.model.rowCount() == totals.open_courses)
    assert area.chosen_consultant() is None


def test_a_language_change_rewords_the_page(qtbot, ws, preferences, monkeypatch):
    monkeypatch.setattr(home_area, "today", lambda: MONDAY)
    event(ws, EventKind.PARTICIPANT_MEETING, datetime.combine(MONDAY, time(9)), "Åse")
    home = read(qtbot, open_window(qtbot, ws, preferences))
    assert home.events.event_labels[0].toolTip().startswith("Møde med deltager\n")
    apply_language("en")
    qtbot.waitUntil(lambda: home.rules_title.text() == "Overdue by the IPS rules")
    qtbot.waitUntil(lambda: bool(home.events.event_labels) and home.events.event_labels[
        0].toolTip() == "Meeting with participant\nOpen the calendar on this day")
    assert home.figures_title.text() == "Your week"
    assert home.events.today_title.text() == "Today"
    assert home.rule_captions[RuleId.PLAN_REVIEW].text() == \
        rule_short(RuleId.PLAN_REVIEW, "en") + ":"
    assert home.caption["presence"].text() == "Presence days in psychiatry this month:"
    assert home.count_labels["participant"].text() == '<a href="#participant">0 of 25</a>'
    apply_language("nb")
    qtbot.waitUntil(lambda: home.figures_title.text() == "Din uke")
    assert home.caption["participant"].text() == "Klientportefølje:"
