"""The employment plan's read-only part: when the job search began, which employers it reached.

It comes from the employer-contact log, never typed into the plan; the
blank plan has lines for it.
"""

from __future__ import annotations

from datetime import timedelta

from ips_desktop.reports.form_document import blank_printout, form_print_pdf
from ips_desktop.services import form_printing
from tests.reports.form_specs import PLAN, PROFILE_V2, recorded
from tests.reports.support import TODAY, all_text, register
from tests.services.placement_support import contact, employer


def test_the_plan_prints_the_job_search_from_the_log(ws):
    course = register(ws, name="Åse Brønnum")
    netto, brugsen = employer(ws, "Netto Køge"), employer(ws, "Brugsen Ølby")
    contact(ws, netto, course, TODAY - timedelta(days=12))
    contact(ws, netto, course, TODAY - timedelta(days=2))
    contact(ws, brugsen, course, TODAY - timedelta(days=5))
    contact(ws, brugsen, None, TODAY - timedelta(days=40))  # networking: not for them
    data = form_printing.form_print(ws.ctx, course, recorded(ws.ctx, PLAN))
    assert data.job_search is not None
    assert data.job_search.began == TODAY - timedelta(days=12)
    assert [(e.name, e.contacts) for e in data.job_search.employers] == [
        ("Brugsen Ølby", 1), ("Netto Køge", 2)]
    text = all_text(form_print_pdf(data, language="da"))
    began = (TODAY - timedelta(days=12)).strftime("%d.%m.%Y")
    last = (TODAY - timedelta(days=2)).strftime("%d.%m.%Y")
    assert "Jobsøgning (fra virksomhedsloggen)" in text
    assert f"Jobsøgning startet Virksomheder kontaktet {began} Brugsen Ølby (1, senest" in text
    assert f"Netto Køge (2, senest {last})" in text
    english = all_text(form_print_pdf(data, language="en"))
    assert f"Job search began Employers contacted {began}" in english


def test_before_any_contact_it_says_not_yet_and_the_profile_has_no_such_block(ws):
    course = register(ws, name="Åse Brønnum")
    text = all_text(form_print_pdf(form_printing.form_print(ws.ctx, course,
                                                            recorded(ws.ctx, PLAN)), language="da"))
    assert "Jobsøgning startet Virksomheder kontaktet Ikke startet Ingen endnu" in text
    profile = form_printing.form_print(ws.ctx, course, recorded(ws.ctx, PROFILE_V2))
    assert profile.job_search is None
    assert "Jobsøgning startet" not in all_text(form_print_pdf(profile, language="da"))


def test_the_blank_plan_has_lines_for_it(ws):
    text = all_text(blank_printout(ws.ctx, recorded(ws.ctx, PLAN), language="da").pdf)
    assert "Jobsøgning startet" in text and "Virksomheder kontaktet" in text
