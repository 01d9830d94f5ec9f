"""Issue 15's exports part: the employer type-ahead among 1,500, and a month's log to .xlsx.

Measured through the real code on the large demo database:
`services.employers.find_employers` (what the contact dialog's completer
calls at each keystroke), and the log's Export (`employer_log_exports.log_export`,
`reports.employer_log_xlsx.log_xlsx`, `employer_log_exports.save_export`: rows,
workbook, the file written whole and the audit event). Floors, in the same
run: the type-ahead's SQL text in plain sqlite3 on the unencrypted copy; for
the export, a month's contacts joined in plain sqlite3 and written as plain
tuples by openpyxl's write-only mode, no formats, widths or filter sheet.
"""

from __future__ import annotations

import atexit
import io
import shutil
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Select, select

from bench import queries
from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.services import employer_log_exports, employers, workspace
from ips_desktop.services.employer_log import LogFilter
from ips_desktop.storage.models import (
    Consultant,
    Course,
    Employer,
    EmployerContact,
    EmployerContactPerson,
    Participant,
)

_MONTH = 30  # days: the month before the dataset's day


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from openpyxl import Workbook

    from ips_desktop.reports.employer_log_xlsx import log_xlsx

    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    out = Path(tempfile.mkdtemp(prefix="ips-bench-export-"))
    atexit.register(ws.close)
    atexit.register(shutil.rmtree, out, True)

    def type_ahead(text: str) -> Measurement:
        words = employers.query_words(text)
        sql = queries.to_sql(select(*employers._choice_columns())
                             .where(employers._live(), *employers._word_starts(words)))
        found = len(employers.find_employers(ws.ctx, text, limit=10_000))
        return Measurement(
            f"employer type-ahead: {text!r} among 1,500 (find_employers)",
            lambda: employers.find_employers(ws.ctx, text),
            lambda: plain.execute(sql).fetchall(), repeats=15,
            note=f"{found} match; folded word starts + Danish order, 20 shown; floor: the "
                 "same SQL in plain sqlite3 (no sort, no dataclasses)")

    last = ds.today
    first = last - timedelta(days=_MONTH - 1)
    month = LogFilter(date_from=first, date_to=last)
    target = out / "virksomhedslog.xlsx"
    rows = len(employer_log_exports.log_export(ws.ctx, month).rows)
    floor_sql = queries.to_sql(_month_query(first, last))

    def export() -> None:
        made = employer_log_exports.log_export(ws.ctx, month)
        employer_log_exports.save_export(ws.ctx, target, log_xlsx(made, language="da"), made)

    def export_floor() -> None:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("log")
        for row in plain.execute(floor_sql):
            sheet.append(row)
        buffer = io.BytesIO()
        book.save(buffer)
        (out / "floor.xlsx").write_bytes(buffer.getvalue())

    return [
        type_ahead("s"),
        type_ahead("netto kø"),
        Measurement(f"employer log: export a month to .xlsx ({rows:,} contacts)", export,
                    export_floor, repeats=5,
                    note=f"{first.isoformat()}..{last.isoformat()}: rows (employer_log."
                         "contacts), typed workbook, atomic 0600 write + audit; floor: "
                         "plain sqlite3 join + openpyxl write-only of plain tuples")]


def _month_query(first: date, last: date) -> Select:
    """The export's rows as one join, oldest first: what the floor reads."""
    return (
        select(EmployerContact.contact_date, EmployerContact.contact_time, Consultant.initials,
               Employer.name, EmployerContactPerson.name, EmployerContact.mode,
               EmployerContact.purpose, Participant.name, EmployerContact.outcome_kind,
               EmployerContact.outcome, EmployerContact.next_step,
               EmployerContact.follow_up_date, EmployerContact.follow_up_done_on)
        .join(Consultant, Consultant.id == EmployerContact.consultant_id)
        .join(Employer, Employer.id == EmployerContact.employer_id)
        .outerjoin(EmployerContactPerson,
                   EmployerContactPerson.id == EmployerContact.contact_person_id)
        .outerjoin(Course, Course.id == EmployerContact.course_id)
        .outerjoin(Participant, Participant.id == Course.participant_id)
        .where(EmployerContact.deleted_at.is_(None),
               EmployerContact.contact_date.between(first, last))
        .order_by(EmployerContact.contact_date, EmployerContact.contact_time,
                  EmployerContact.id)
    )
