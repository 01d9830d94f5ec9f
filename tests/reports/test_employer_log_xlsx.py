"""The employer-contact log's .xlsx: read back with openpyxl, against the filter it was made for."""

from __future__ import annotations

import io
import os
import stat
from datetime import date, datetime, time

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction
from ips_desktop.reports.employer_log_xlsx import file_name, log_xlsx
from ips_desktop.services import employer_log_exports as exports
from ips_desktop.services.employer_log import LogFilter
from ips_desktop.storage.models import AuditEvent
from tests.reports.employer_log_support import (
    CONTACT_PERSON,
    FORMULA,
    OTHER_PARTICIPANT,
    PARTICIPANT,
    build_log,
)

HEADERS = ["Dato", "Tid", "Uge", "Konsulent", "Virksomhed", "Kontaktperson", "Kontaktform",
           "Formål", "Deltager", "Resultat", "Resultat, beskrivelse", "Næste skridt",
           "Opfølgningsdato", "Opfølgning udført"]


@pytest.fixture
def log(ws):
    return build_log(ws)


def workbook(data: bytes):
    return load_workbook(io.BytesIO(data))


def day_of(cell) -> date:
    """A date cell as openpyxl reads it back (a datetime at midnight)."""
    assert cell.is_date and isinstance(cell.value, datetime), cell.value
    assert cell.value.time() == time(0, 0)
    return cell.value.date()


def test_the_rows_columns_and_cell_types_follow_the_filter(ws, log, tmp_path) -> None:
    flt = LogFilter(date_from=date(2026, 11, 1), date_to=date(2026, 11, 30),
                    consultant_id=log.me)
    made = exports.log_export(ws.ctx, flt)
    target = tmp_path / file_name(made, "da")
    exports.save_export(ws.ctx, target, log_xlsx(made, language="da"), made)
    assert target.name == "virksomhedslog-2026-11-01-2026-11-30.xlsx"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    book = load_workbook(target)
    assert book.sheetnames == ["Virksomhedslog", "Udvalg"]
    sheet = book["Virksomhedslog"]
    header = [c.value for c in sheet[1]]
    assert header == HEADERS
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:N4"
    # SOE's three November contacts, oldest first; October and AB's are left out.
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == 3 == sheet.max_row - 1
    visit, network, hired = ({h: c for h, c in zip(header, row, strict=True)} for row in rows)
    assert [day_of(r["Dato"]) for r in (visit, network, hired)] == [
        date(2026, 11, 10), date(2026, 11, 17), date(2026, 11, 19)]
    assert visit["Dato"].number_format == "dd-mm-yyyy"
    assert [r["Tid"].value for r in (visit, network, hired)] == [
        time(9, 15), time(8, 5), time(16, 30)]
    assert visit["Tid"].number_format == "hh:mm"
    assert [r["Uge"].value for r in (visit, network, hired)] == [46, 47, 47]
    assert visit["Uge"].data_type == "n"
    assert {r["Konsulent"].value for r in (visit, network, hired)} == {"SOE"}
    assert visit["Virksomhed"].value == "Bageriet Østergård"
    assert visit["Kontaktperson"].value == CONTACT_PERSON
    assert (visit["Kontaktform"].value, visit["Formål"].value) == (
        "Ansigt til ansigt", "Job til en bestemt deltager")
    assert network["Kontaktform"].value == "Video"
    assert visit["Deltager"].value == PARTICIPANT  # the file is personal data, names in it
    assert (visit["Resultat"].value, visit["Resultat, beskrivelse"].value) == (
        "Jobåbning fundet", "Søger en medarbejder til pakkeriet.")
    assert visit["Næste skridt"].value == "Send CV.\nRing til Åse fredag."
    assert visit["Næste skridt"].alignment.wrap_text
    assert day_of(visit["Opfølgningsdato"]) == date(2026, 11, 13)
    assert day_of(visit["Opfølgning udført"]) == date(2026, 11, 14)
    assert day_of(network["Opfølgningsdato"]) == date(2026, 11, 24)
    # What was not given is an empty cell, not "".
    for cell in (network["Kontaktperson"], network["Deltager"], network["Resultat"],
                 network["Næste skridt"], network["Opfølgning udført"],
                 hired["Opfølgningsdato"], hired["Resultat, beskrivelse"]):
        assert cell.value is None
    widths = {c: sheet.column_dimensions[c].width for c in "ABEFL"}
    assert widths["E"] >= len("Bageriet Østergård") and widths["L"] >= len("Ring til Åse fredag.")

    stated = {row[0].value: row[1].value for row in book["Udvalg"].iter_rows() if row[0].value}
    assert stated["Periode"] == "01-11-2026 – 30-11-2026"
    assert stated["Konsulent"] == "SOE – Søren Østergård"
    assert stated["Kontakter"] == 3
    assert "Fortroligt – indeholder personoplysninger" in stated
    assert book.properties.title == "Virksomhedslog 01-11-2026 – 30-11-2026"


def test_the_export_is_audited_with_ids_and_counts_only(ws, log, tmp_path) -> None:
    flt = LogFilter(week=(2026, 46), consultant_id=log.anne, search="Nguyễn")
    made = exports.log_export(ws.ctx, flt)
    assert [r.participant for r in made.rows] == [OTHER_PARTICIPANT]
    target = tmp_path / f"{OTHER_PARTICIPANT}.xlsx"  # a name the user typed: never audited
    exports.save_export(ws.ctx, target, log_xlsx(made, language="en"), made)
    with ws.ctx.engine.connect() as conn:
        events = conn.execute(select(AuditEvent.action, AuditEvent.entity, AuditEvent.details)
                              .where(AuditEvent.entity == "employer_log")).all()
    assert events == [(AuditAction.EXPORT.value, "employer_log", {
        "format": "xlsx", "rows": 1, "week": "2026-W46", "consultant": str(log.anne),
        "search": True})]
    assert OTHER_PARTICIPANT not in str(events) and "Nguy" not in str(events)
    assert file_name(made, "en") == "employer-log-week-46-2026.xlsx"
    book = load_workbook(target)
    assert book.sheetnames == ["Employer contact log", "Filter"]
    assert [c.value for c in book.worksheets[0][1]][:3] == ["Date", "Time", "Week"]


def test_text_that_looks_like_a_formula_stays_text(ws, log) -> None:
    made = exports.log_export(ws.ctx, LogFilter(week=(2026, 46), consultant_id=log.anne))
    sheet = workbook(log_xlsx(made, language="da")).worksheets[0]
    cell = sheet.cell(row=2, column=11)
    assert (cell.value, cell.data_type) == (FORMULA, "s")


def test_an_empty_filter_gives_the_header_and_says_so(ws, log) -> None:
    made = exports.log_export(ws.ctx, LogFilter(week=(2026, 1)))
    book = workbook(log_xlsx(made, language="nb"))
    sheet = book.worksheets[0]
    assert sheet.max_row == 1 and sheet.auto_filter.ref == "A1:N1"
    stated = {row[0].value: row[1].value for row in book.worksheets[1].iter_rows()
              if row[0].value}
    assert stated["Periode"] == "Uke 1, 2026" and stated["Kontakter"] == 0


def test_an_export_into_the_data_directory_is_refused_and_not_audited(ws, log) -> None:
    made = exports.log_export(ws.ctx, LogFilter(week=(2026, 46)))
    target = ws.data_dir / "ips.db"
    before = target.read_bytes()[:4096]
    with pytest.raises(exports.ExportTargetRefused):
        exports.save_export(ws.ctx, target, log_xlsx(made, language="da"), made)
    assert target.read_bytes()[:4096] == before
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(AuditEvent.id).where(
            AuditEvent.action == AuditAction.EXPORT.value)).first() is None


def test_an_export_that_cannot_be_audited_leaves_no_file(ws, log, tmp_path,
                                                        monkeypatch) -> None:
    made = exports.log_export(ws.ctx, LogFilter(week=(2026, 46)))

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports.audit, "record", full)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "log.xlsx"
    with pytest.raises(OSError):
        exports.save_export(ws.ctx, target, log_xlsx(made, language="da"), made)
    assert list(target.parent.iterdir()) == []
