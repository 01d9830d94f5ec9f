"""The week's employer-contact log for the team meeting: A4 across, read back with pypdf."""

from __future__ import annotations

import io

from pypdf import PdfReader
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction
from ips_desktop.reports.employer_log_pdf import week_file_name, week_pdf, week_title
from ips_desktop.services import employer_log_exports as exports
from ips_desktop.services.employer_log import LogFilter
from ips_desktop.storage.models import AuditEvent
from tests.reports.employer_log_support import (
    CONTACT_PERSON,
    OTHER_PARTICIPANT,
    PARTICIPANT,
    TODAY,
    build_log,
)
from tests.reports.support import pages_text


def audit_events(ws) -> list[tuple]:
    with ws.ctx.engine.connect() as conn:
        return list(conn.execute(select(AuditEvent.action, AuditEvent.details)
                                 .where(AuditEvent.entity == "employer_log")).all())


def test_the_week_with_each_consultants_face_to_face_count(ws) -> None:
    log = build_log(ws)
    printout = exports.week_print(ws.ctx, LogFilter(week=(2026, 47)))
    pdf = week_pdf(printout, language="da", today=TODAY)
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 across
    assert reader.metadata.title == "Virksomhedslog – Uge 47, 2026"
    text = " ".join(pages_text(pdf))
    assert "Virksomhedslog – Uge 47, 2026" in text
    assert "16.11.2026 – 22.11.2026" in text and "2 kontakter" in text
    assert "reference: 6" in text
    assert "SOE – Søren Østergård 1 af 6 2 Nej" in text  # one face to face of two
    assert "AB – Anne Berg 0 af 6 0 Nej" in text  # everyone active, 0s included
    assert "17.11.2026 08:05" in text and "19.11.2026 16:30" in text
    assert "Solrød Havecenter" in text and "Video" in text and "Ansat" in text
    assert PARTICIPANT in text
    assert "24.11.2026" in text  # the follow-up
    assert "Fortroligt – indeholder personoplysninger" in text and "Side 1 af 1" in text
    assert week_file_name(printout, "da") == "virksomhedslog-uge-47-2026.pdf"
    assert audit_events(ws) == [(AuditAction.PRINT.value, {"format": "pdf", "rows": 2,
                                                           "week": "2026-W47"})]
    assert log.me  # the log was built


def test_a_follow_up_due_and_not_done_is_said_in_words(ws) -> None:
    build_log(ws)
    printout = exports.week_print(ws.ctx, LogFilter(week=(2026, 46)))
    text = " ".join(pages_text(week_pdf(printout, language="en", today=TODAY)))
    assert "Employer contact log – Week 46, 2026" in text
    assert "13.11.2026 done 14.11.2026" in text  # the visit's follow-up was done
    assert CONTACT_PERSON in text and OTHER_PARTICIPANT in text
    assert "Job opening found" in text and "Follow-along" in text
    assert "not done" not in text
    later = exports.week_print(ws.ctx, LogFilter(week=(2026, 47)))
    assert "24.11.2026 not done" in " ".join(pages_text(week_pdf(later, language="en",
                                                                 today=TODAY)))


def test_one_consultants_week_and_its_saved_copy_are_audited(ws) -> None:
    log = build_log(ws)
    printout = exports.week_print(ws.ctx, LogFilter(week=(2026, 46), consultant_id=log.anne))
    assert [row.initials for row in printout.summary] == ["AB"]
    text = " ".join(pages_text(week_pdf(printout, language="nb", today=TODAY)))
    assert "Konsulent: AB – Anne Berg" in text and "1 kontakt" in text
    assert week_title(printout, "nb") == "Arbeidsgiverlogg – Uke 46, 2026"
    exports.record_week_pdf_saved(ws.ctx, printout)
    details = {"format": "pdf", "rows": 1, "week": "2026-W46", "consultant": str(log.anne)}
    assert audit_events(ws) == [(AuditAction.PRINT.value, details),
                                (AuditAction.EXPORT.value, details)]


def test_an_empty_week_says_so(ws) -> None:
    build_log(ws)
    printout = exports.week_print(ws.ctx, LogFilter(week=(2026, 2)))
    text = " ".join(pages_text(week_pdf(printout, language="da", today=TODAY)))
    assert "Ingen kontakter i ugen." in text and "0 af 6" in text
