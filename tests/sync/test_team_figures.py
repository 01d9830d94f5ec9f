"""Team figures from the team (issue 21): the team lead's printed list after a sync.

Two consultants' laptops (SQLCipher) each register a participant offline
through the services, as the referral form does; both sync to the team
database (a real PostgreSQL); the team lead's laptop syncs and prints the
week's supervision list. The paper shows both participants and how fresh
each consultant's data is; a consultant whose laptop last synced eight days
ago is warned about before printing (the question in the window) and on the
page.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ips_desktop.domain.rules import iso_week
from ips_desktop.reports.supervision_pdf import supervision_pdf
from ips_desktop.services import supervision, sync, team_freshness
from ips_desktop.storage.models import utcnow
from tests.reports.support import all_text, pages_text
from tests.sync import actions
from tests.sync.actions import TODAY

WEEK = iso_week(TODAY)


@pytest.fixture
def two_consultants_and_a_lead(team):
    anna, bo = team.laptops("Anna Holm", "Bo Dahl")  # initials K00AN and K01BO
    lead = team.team_lead()
    actions.enrol(anna, "Pia Hansen")  # offline: nothing reaches the team yet
    actions.enrol(bo, "Ole Berg")
    return anna, bo, lead


def _pdf(lead, language: str = "da") -> bytes:
    listing = supervision.supervision_list(lead.ctx, WEEK, today=TODAY)
    fresh = team_freshness.team_freshness(lead.ctx)
    return supervision_pdf(listing, language=language, made_at=datetime.now(), freshness=fresh)


def _printed(lead, language: str = "da") -> str:
    return all_text(_pdf(lead, language))


def _page_of(pages: list[str], band: str) -> str:
    """The page whose consultant band starts with `band` (each consultant's own page)."""
    (page,) = [p for p in pages if f"{band} · Deltagere" in p]
    return page


def test_the_team_leads_printed_list_after_sync_shows_both_consultants_participants(
        two_consultants_and_a_lead):
    anna, bo, lead = two_consultants_and_a_lead
    before = _printed(lead)
    assert "Pia Hansen" not in before and "Ole Berg" not in before

    anna.sync()
    bo.sync()
    lead.sync()

    pages = pages_text(_pdf(lead))
    text = " ".join(pages)
    assert "Pia Hansen" in text and "Ole Berg" in text
    # Each participant under their own consultant's heading, whose band says how fresh.
    annas, bos = _page_of(pages, "K00AN – Anna Holm"), _page_of(pages, "K01BO – Bo Dahl")
    assert "Pia Hansen" in annas and "Ole Berg" not in annas
    assert "Ole Berg" in bos and "synkroniseret i dag" in bos
    assert "K00AN – Anna Holm: synkroniseret i dag" in text
    assert "K01BO – Bo Dahl: synkroniseret i dag" in text
    assert "TL – Tove Lund: synkroniseret i dag" in text
    assert "mere end en uge gamle" not in text
    english = _printed(lead, "en")
    assert "K01BO – Bo Dahl: synced today" in english


def test_freshness_counts_a_consultants_latest_laptop_and_says_days(
        two_consultants_and_a_lead):
    anna, bo, lead = two_consultants_and_a_lead
    now = utcnow()
    sync.sync_now(anna.ctx, team=anna.team, now=now - timedelta(days=2))
    sync.sync_now(bo.ctx, team=bo.team, now=now - timedelta(days=3))
    lead.sync()

    fresh = {f.initials: f for f in team_freshness.team_freshness(lead.ctx, now=now)}
    assert (fresh["K00AN"].days_ago, fresh["K00AN"].stale) == (2, False)
    assert team_freshness.describe(fresh["K01BO"], "da") == (
        "K01BO – Bo Dahl: synkroniseret for 3 dage siden")
    assert team_freshness.describe(fresh["K01BO"], "nb") == (
        "K01BO – Bo Dahl: synkronisert for 3 dager siden")
    assert fresh["TL"].days_ago == 0


def test_a_laptop_that_joined_no_team_shows_no_freshness(two_consultants_and_a_lead):
    from ips_desktop.storage.database import write_settings

    _, _, lead = two_consultants_and_a_lead
    lead.sync()
    assert team_freshness.team_freshness(lead.ctx)
    write_settings(lead.ctx.engine, {sync.TEAM_URL: ""})
    assert team_freshness.team_freshness(lead.ctx) == ()
    assert "synkroniseret" not in _printed(lead)


def test_data_older_than_a_week_warns_before_printing_and_on_the_page(
        two_consultants_and_a_lead, qtbot, tmp_path):
    from ips_desktop.ui.i18n import apply_language
    from ips_desktop.ui.preferences import Preferences
    from ips_desktop.ui.supervision.area import SupervisionArea

    apply_language("da")  # the window in Danish, as the user has it
    anna, bo, lead = two_consultants_and_a_lead
    anna.sync()
    sync.sync_now(bo.ctx, team=bo.team, now=utcnow() - timedelta(days=8))  # Bo's team_device
    lead.sync()

    preferences = Preferences(tmp_path / "prefs")
    preferences.auto_backup = False
    area = SupervisionArea(lead.ws, preferences)
    qtbot.addWidget(area)
    area.resize(1300, 700)
    area.show()
    qtbot.waitUntil(lambda: area.model.listing is not None, timeout=10_000)
    assert area.freshness.isVisible()
    line = area.freshness.plain_text()
    assert "K01BO – Bo Dahl: synkroniseret for 8 dage siden" in line
    assert "K00AN – Anna Holm: synkroniseret i dag" in line

    # Ctrl+P asks first; Annuller (the default) prints nothing.
    asked: list[str] = []

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(f"{box.windowTitle()}: {box.text()}")
        chosen = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: answer("&Annuller"))
    area.print_current()
    assert asked == ["Data over en uge gamle: Data fra Bo Dahl (K01BO) er mere end en uge "
                     "gamle; deres seneste arbejde mangler måske her."]
    assert area.output is not None and (area.output.job is None
                                        or area.output.job.preview is None)

    QTimer.singleShot(0, lambda: answer("&Udskriv alligevel"))
    area.print_current()
    job = area.output.job
    assert job is not None
    qtbot.waitUntil(lambda: job.preview is not None, timeout=20_000)
    text = all_text(job.preview.pdf_bytes)
    job.preview.close()
    assert "Pia Hansen" in text and "Ole Berg" in text
    assert ("Data fra Bo Dahl (K01BO) er mere end en uge gamle; deres seneste arbejde "
            "mangler måske her.") in text
    assert "K01BO – Bo Dahl: synkroniseret for 8 dage siden" in text


def test_the_overview_and_the_fidelity_self_check_count_the_synced_rows(
        two_consultants_and_a_lead):
    from ips_desktop.services.fidelity import fidelity_self_check
    from ips_desktop.services.overview import team_overview

    anna, bo, lead = two_consultants_and_a_lead
    month = TODAY.replace(day=1)

    def counted() -> tuple[int | None, set[str], str]:
        overview = team_overview(lead.ctx, month, month, today=TODAY)
        latest = overview.team.latest()
        check = fidelity_self_check(lead.ctx, month, TODAY, today=TODAY)
        caseload = next(i for i in check.items if i.item == "caseload_size")
        return (latest.in_course if latest else None,
                {c.initials for c in overview.consultants}, caseload.figure)

    alone = counted()
    anna.sync()
    bo.sync()
    lead.sync()
    in_course, whose, caseload = counted()
    assert alone[:2] == (0, {"TL"})  # before the pull: the team lead's laptop alone
    assert in_course == 2
    assert whose == {"TL", "K00AN", "K01BO"}
    assert caseload.startswith("0,7 deltagere pr. fuld tid (2 forløb, normering 3,0)")


def test_the_overview_and_its_fidelity_tab_show_freshness_and_its_printout_warns(
        two_consultants_and_a_lead, qtbot, tmp_path):
    from ips_desktop.ui.i18n import apply_language
    from ips_desktop.ui.overview.area import OverviewArea
    from ips_desktop.ui.overview.tabs import FIDELITY, FIGURES
    from ips_desktop.ui.preferences import Preferences

    apply_language("da")
    anna, bo, lead = two_consultants_and_a_lead
    anna.sync()
    sync.sync_now(bo.ctx, team=bo.team, now=utcnow() - timedelta(days=8))
    lead.sync()

    area = OverviewArea(lead.ws, Preferences(tmp_path / "prefs"))
    qtbot.addWidget(area)
    area.resize(1200, 700)
    area.show()
    qtbot.waitExposed(area)
    figures = area.tab(FIGURES)
    qtbot.waitUntil(lambda: figures.overview is not None, timeout=10_000)
    assert area.freshness.isVisible()
    assert "K01BO – Bo Dahl: synkroniseret for 8 dage siden" in area.freshness.plain_text()
    area.show_tab(FIDELITY)  # the self-check's tab has the same line above it
    assert area.tab_widget.currentWidget() is area.tab(FIDELITY)
    assert area.freshness.isVisible()

    asked: list[str] = []

    def print_anyway() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "&Udskriv alligevel"),
                         Qt.MouseButton.LeftButton)

    area.show_tab(FIGURES)
    QTimer.singleShot(0, print_anyway)
    area.print_current()
    assert asked and "Bo Dahl (K01BO)" in asked[0]
    job = figures.output.job
    qtbot.waitUntil(lambda: job.preview is not None, timeout=20_000)
    text = all_text(job.preview.pdf_bytes)
    job.preview.close()
    assert "Data fra Bo Dahl (K01BO) er mere end en uge gamle" in text
    assert "K00AN – Anna Holm: synkroniseret i dag" in text


def _freshness_rows(book, sheet: str) -> dict[str, tuple]:
    rows = list(book[sheet].iter_rows(values_only=True))
    return {row[0]: row for row in rows[1:]}


def test_the_exported_workbooks_say_how_fresh_each_consultants_data_is(
        two_consultants_and_a_lead, tmp_path, monkeypatch, capsys):
    """`report supervision` and `report overview` as .xlsx: a sheet of who synced when, and
    the week-old warning on the sheet of totals, as the printouts say them."""
    import io

    from openpyxl import load_workbook

    from ips_desktop.cli.main import main
    from tests.helpers import PASSWORD

    anna, bo, lead = two_consultants_and_a_lead
    bo_synced = utcnow() - timedelta(days=8)
    anna.sync()
    sync.sync_now(bo.ctx, team=bo.team, now=bo_synced)
    lead.sync()
    root = lead.ws.data_dir
    lead.ws.close()  # the command unlocks the database itself
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)

    week = f"{WEEK[0]}-W{WEEK[1]:02d}"
    listing, figures = tmp_path / "liste.xlsx", tmp_path / "tal.xlsx"
    assert main(["--language", "da", "--data-dir", str(root), "report", "supervision",
                 "--week", week, "--out", str(listing)]) == 0
    assert "Data fra Bo Dahl (K01BO) er mere end en uge gamle" in capsys.readouterr().err
    book = load_workbook(io.BytesIO(listing.read_bytes()))
    assert book.sheetnames == ["Supervisionsliste", "Teamets tal", "Synkronisering"]
    header, *_ = book["Synkronisering"].iter_rows(values_only=True)
    assert header == ("Initialer", "Konsulent", "Seneste synkronisering", "Synkroniseret",
                      "Over en uge gammel")
    rows = _freshness_rows(book, "Synkronisering")
    assert set(rows) == {"K00AN", "K01BO", "TL"}
    assert rows["K01BO"][1:2] + rows["K01BO"][3:] == (
        "Bo Dahl", "synkroniseret for 8 dage siden", "Ja")
    assert rows["K01BO"][2] == bo_synced.astimezone().replace(tzinfo=None, second=0,
                                                              microsecond=0)
    assert rows["K00AN"][3:] == ("synkroniseret i dag", None)
    totals = [row[0] for row in book["Teamets tal"].iter_rows(values_only=True)]
    assert totals[1] == ("Data fra Bo Dahl (K01BO) er mere end en uge gamle; deres seneste "
                         "arbejde mangler måske her.")

    assert main(["--language", "en", "--data-dir", str(root), "report", "overview",
                 "--out", str(figures)]) == 0
    book = load_workbook(io.BytesIO(figures.read_bytes()))
    assert book.sheetnames[-1] == "Sync"
    rows = _freshness_rows(book, "Sync")
    assert rows["K01BO"][3:] == ("synced 8 days ago", "Yes")
    about = [row[0] for row in book[book.sheetnames[-2]].iter_rows(values_only=True)]
    assert about[1].startswith("Data from Bo Dahl (K01BO) is more than a week old")

    assert main(["--language", "nb", "--data-dir", str(root), "report", "supervision",
                 "--week", week, "--out", str(listing)]) == 0
    book = load_workbook(io.BytesIO(listing.read_bytes()))
    rows = _freshness_rows(book, "Synkronisering")
    assert rows["K01BO"][3:] == ("synkronisert for 8 dager siden", "Ja")


def test_a_workbook_of_a_laptop_alone_has_no_freshness(two_consultants_and_a_lead,
                                                      tmp_path, monkeypatch):
    import io

    from openpyxl import load_workbook

    from ips_desktop.cli.main import main
    from ips_desktop.storage.database import write_settings
    from tests.helpers import PASSWORD

    _, _, lead = two_consultants_and_a_lead
    lead.sync()
    write_settings(lead.ctx.engine, {sync.TEAM_URL: ""})  # left the team
    root = lead.ws.data_dir
    lead.ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    out = tmp_path / "liste.xlsx"
    assert main(["--language", "da", "--data-dir", str(root), "report", "supervision",
                 "--week", f"{WEEK[0]}-W{WEEK[1]:02d}", "--out", str(out)]) == 0
    book = load_workbook(io.BytesIO(out.read_bytes()))
    assert book.sheetnames == ["Supervisionsliste", "Teamets tal"]
    assert "synkroniseret" not in " ".join(
        str(v) for row in book["Teamets tal"].iter_rows(values_only=True) for v in row)
