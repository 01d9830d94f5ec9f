"""The steering-group printout read back as text (pypdf): the hand-built data set's known
figures (tests/overview_data.py) under each chart and in the tables, in Danish and English,
the fidelity self-check labelled as the team's own, and the page count."""

from __future__ import annotations

import io
import re
from datetime import datetime

import pytest
from pypdf import PdfReader

from ips_desktop.domain import messages
from ips_desktop.reports.overview_pdf import overview_pdf
from ips_desktop.services import overview
from ips_desktop.services.fidelity import fidelity_self_check
from tests.overview_data import FIRST, LAST, TODAY, build_overview
from tests.reports import overview_support as made
from tests.reports.support import all_text, pages_text

MADE_AT = datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def figures(ws):
    data = build_overview(ws.ctx)
    return data, overview.team_overview(ws.ctx, FIRST, LAST, today=TODAY)


def _printout(ws, result, language: str = "da", comment: str = "", **more) -> bytes:
    # The self-check's figures are worded in the services' language: the app's language,
    # which the printout is made in.
    messages.set_language(language)
    check = fidelity_self_check(ws.ctx, FIRST, TODAY, today=TODAY)
    return overview_pdf(result, check, comment, language=language, made_at=MADE_AT, **more)


def test_the_team_printout_has_the_known_figures_under_each_chart(ws, figures) -> None:
    _, result = figures
    text = all_text(_printout(ws, result, comment="Styregruppen: husk budgettet.\nTak."))
    assert "Teamoverblik til styregruppen" in text
    assert "juli 2026 – november 2026 · Hele teamet · Opgjort pr. 18.11.2026" in text
    for title in ("Deltagere i forløb", "I job eller uddannelse på ordinære vilkår",
                  "Reel normering til IPS (FTE)"):
        assert title in text
    # The tables beneath the charts: July..November, the month after today has no figure.
    assert "Faktisk 9 7 7 8 8 Forventning 8 8 9 9 10" in text
    assert "Faktisk 3 2 3 3 4 Forventning 2 3 3 4 4" in text
    assert "FTE 3 2,48 1,75 1,5 1,5" in text  # Bo's part-time change, Cecilie leaving
    # Referrals, endings by reason (only those that occur) and starts, with the totals.
    assert "Nye henvisninger 1 0 0 1 1 3" in text
    assert "Afsluttede forløb 0 2 0 0 1 3" in text
    assert "– Deltagerens ønske 0 1 0 0 0 1" in text
    assert "– Fraflyttet 0 0 0 0 1 1" in text
    assert "Behandling afsluttet" not in text
    assert "Starter i job 2 0 1 0 1 4" in text
    assert "Starter i uddannelse 0 0 0 1 0 1" in text
    assert "Starter ikke på ordinære vilkår (tælles ikke med) 0 1 0 0 0 1" in text
    assert "2 af 4 forløb (50 %)" in text
    assert "Forskningsprojektet Inklusion: 59,5 % i job eller uddannelse" in text
    assert "knap 60 % i job eller uddannelse inden for 18 måneder" in text
    # A line per consultant in November; the one who left says so.
    assert "Pr. konsulent i november 2026" in text
    assert "AA – Anna Andersen 1 5 3 1 1/1 (100 %)" in text
    assert "BB – Bo Berg 0,5 2 1 1 0/2 (0 %)" in text
    assert "CC – Cecilie Carlsen (forlod teamet 15.8.2026) 0 0 0 0 1/1 (100 %)" in text
    assert "skift af konsulent undervejs gemmes ikke" in text
    # The self-check is the team's own, never an external review; the comment as written.
    assert "Teamets egen selvevaluering ud fra data – ikke en ekstern fidelity-måling" in text
    assert "Styregruppen: husk budgettet. Tak." in text
    assert "DEMO" not in text


def test_english_printout_in_english_words_and_numbers(ws, figures) -> None:
    _, result = figures
    text = all_text(_printout(ws, result, "en"))
    assert "Team overview for the steering group" in text
    assert "July 2026 – November 2026 · The whole team · As of 18.11.2026" in text
    assert "Actual 9 7 7 8 8 Expected 8 8 9 9 10" in text
    assert "FTE 3 2.48 1.75 1.5 1.5" in text
    assert "Jul 2026 Aug Sep Oct Nov" in text
    assert "2 of 4 courses (50 %)" in text
    assert "The team's own self-check from its data – not an external fidelity review" in text
    assert "The team's comments No comments." in text
    for danish in ("Faktisk", "Forventning", "Hele teamet", "forløb"):
        assert danish not in text


def test_two_pages_with_the_charts_first(ws, figures) -> None:
    _, result = figures
    pages = pages_text(_printout(ws, result))
    assert len(pages) == 2
    assert "Deltagere i forløb" in pages[0] and "Reel normering til IPS (FTE)" in pages[0]
    assert "Side 1 af 2" in pages[0] and "Fortroligt – indeholder personoplysninger" in pages[0]
    assert "Udskrevet 18.11.2026 10:00" in pages[0]


def test_one_consultants_printout_has_their_figures_and_no_expectation(ws, figures) -> None:
    data, result = figures
    text = all_text(_printout(ws, result, consultant_id=data.consultants["BB"]))
    assert "juli 2026 – november 2026 · BB – Bo Berg · Opgjort pr. 18.11.2026" in text
    assert "Faktisk 3 2 2 3 2" in text
    assert "FTE 1 1 0,75 0,5 0,5" in text
    assert "Forventning 8" not in text
    assert "Forventningen sættes for hele teamet." in text
    assert "0 af 2 forløb (0 %)" in text
    assert "Pr. konsulent" not in text and "Anna Andersen" not in text


def test_the_month_after_today_is_empty_not_zero(ws, data_dir) -> None:
    build_overview(ws.ctx)
    from tests.overview_data import AFTER

    result = overview.team_overview(ws.ctx, FIRST, AFTER, today=TODAY)
    text = all_text(_printout(ws, result))
    assert "Faktisk 9 7 7 8 8 Forventning 8 8 9 9 10 –" in text  # no target set for December
    assert "Måneder efter i dag har ingen tal." in text


def test_a_complete_self_check_prints_its_total_of_75_and_band() -> None:
    text = all_text(overview_pdf(made.overview(), made.check(), "", language="da",
                                 made_at=MADE_AT))
    assert "1 Sagsstamme 4 Tal for punkt 1 data" in text
    assert "2 Medarbejdere med beskæftigelsesopgaver 5 vurderet" in text
    assert "I alt 67 af 75: God IPS-implementering" in text
    partial = all_text(overview_pdf(made.overview(), made.check(complete=False), "",
                                    language="nb", made_at=MADE_AT))
    assert "Ut fra data 32 poeng; 7 punkter har ennå ingen poengsum" in partial
    assert "Teamets egen vurdering ut fra data – ikke en ekstern fidelity-måling" in partial
    without = all_text(overview_pdf(made.overview(), None, "", language="da", made_at=MADE_AT))
    assert "Fidelity" not in without


def test_twenty_four_months_fit_two_pages_and_a_demo_is_marked() -> None:
    pdf = overview_pdf(made.overview(24, future=2, is_demo=True), made.check(), "Kort. " * 50,
                       language="da", made_at=MADE_AT)
    pages = pages_text(pdf)
    assert len(pages) == 2
    assert all("DEMO" in page for page in pages)
    # The charts' tables hold every month on one line each, the years where they change.
    first = pages[0]
    assert re.search(r"dec ’25 jan ’26 feb .* dec jan ’27 feb .* nov Faktisk 10 11 12", first)
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "Teamoverblik til styregruppen"


def test_a_consultant_not_in_the_overview_is_refused() -> None:
    import uuid

    with pytest.raises(ValueError):
        overview_pdf(made.overview(), None, "", language="da", made_at=MADE_AT,
                     consultant_id=uuid.uuid4())


def test_the_comment_prints_as_typed_markup_and_all() -> None:
    comment = "Mål: <b>flere</b> job & praktik\nNæste møde 3.12."
    text = all_text(overview_pdf(made.overview(), None, comment, language="da",
                                 made_at=MADE_AT))
    assert "Teamets kommentarer Mål: <b>flere</b> job & praktik Næste møde 3.12." in text
