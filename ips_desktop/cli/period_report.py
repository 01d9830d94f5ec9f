"""`ips-desktop report period --from DATE --to DATE [--format pdf|xlsx] --out FILE`.

The period report for national reporting (services/period_report.py): the
courses started and ended with what the municipal case system needs, and
the quarterly STAR figures, as PDF or workbook. Dates are typed as a Dane
writes them or as ISO ("1.1.2026", "01-01-2026", "2026-01-01"; the one
parser of domain/typed_dates.py); without --from and --to the last whole
quarter before today is reported (a job run at the start of each quarter
needs no dates). `--consultant INITIALS` narrows a team lead's report to one
consultant; a consultant always gets their own courses only (the service
decides, and the file and the message say so). The format is --format, else
the --out suffix, else PDF; an --out that is a folder gets the suggested
name ("period-report-2026-01-01-2026-03-31.pdf", never a person's name).
Written through services/period_report_exports.py: whole or not at all,
0600, never into the data directory, audited as an export (ids and counts).

Exit codes, as `report supervision`: 0 written; 1 no consultant with those
initials, a folder that is not there, or the file could not be written; 2
a usage error (a date that is none, --from after --to, only one of them, a
--format against the suffix, an option of another kind); 30 an --out inside
the data directory or the database itself, refused before anything is built.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ips_desktop.cli.supervision_report import usage_error
from ips_desktop.domain.messages import current_language, message, number
from ips_desktop.domain.overview import FIRST_YEAR, LAST_YEAR
from ips_desktop.domain.star_figures import quarter_bounds, quarter_of
from ips_desktop.domain.typed_dates import parse_date

if TYPE_CHECKING:
    from ips_desktop.services.period_report import PeriodReport


def add_arguments(report: argparse.ArgumentParser) -> None:
    """--from and --to, kept as typed: each kind of report reads them its own way (the
    steering-group overview as months), so whichever kind adds them first, the other reads
    what was typed through `given`."""
    taken = report._option_string_actions
    for option, dest, help_code in (("--from", "period_from", "help_period_from"),
                                    ("--to", "period_to", "help_period_to")):
        if option not in taken:
            report.add_argument(option, dest=dest, metavar="DATE", help=message(help_code))


def given(args: argparse.Namespace, option: str) -> str | None:
    """The text typed for --from / --to, under whichever name the parser keeps it."""
    parser: argparse.ArgumentParser = args.report_parser
    action = parser._option_string_actions.get(option)
    value = getattr(args, action.dest, None) if action is not None else None
    return value if isinstance(value, str) else None


def typed_day(text: str, today: date) -> date | None:
    """A date as typed (Danish or ISO), None when it names none or lies outside the years
    a month may be typed in (31.12.9999 would count some 32,000 quarters)."""
    day = parse_date(text, today=today)
    return day if day is not None and FIRST_YEAR <= day.year <= LAST_YEAR else None


def last_whole_quarter(today: date) -> tuple[date, date]:
    """The calendar quarter before the one `today` lies in."""
    start, _ = quarter_bounds(*quarter_of(today))
    return quarter_bounds(*quarter_of(start - timedelta(days=1)))


def period_of(args: argparse.Namespace, today: date) -> tuple[date, date]:
    """The period asked for, or a usage error (2) said as argparse says its own."""
    start, end = given(args, "--from"), given(args, "--to")
    if start is None and end is None:
        return last_whole_quarter(today)
    if start is None or end is None:
        usage_error(args, message("report_period_needs_both"))
    typed = (start, end)
    days = []
    for option, text in zip(("--from", "--to"), typed, strict=True):
        day = typed_day(text, today)
        if day is None:
            usage_error(args, message("report_bad_date", option=option, value=text))
        days.append(day)
    first, last = days
    if first > last:
        usage_error(args, message("report_period_backwards", first=typed[0], last=typed[1]))
    return first, last


def cmd_period(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.cli.main import EXIT_ERROR, EXIT_OK, _unlock  # main imports this module
    from ips_desktop.services import employer_log_exports, period_report_exports
    from ips_desktop.services.period_report import period_report

    for option, given in (("--participant", args.participant), ("--blank", args.blank or None),
                          ("--week", args.week)):
        if given is not None:
            usage_error(args, message("report_not_for_kind", option=option, kind="period"))
    today = date.today()
    first, last = period_of(args, today)
    target = Path(args.out).expanduser()
    suffix = target.suffix.lower().lstrip(".")
    named = suffix if suffix in period_report_exports.FORMATS else ""
    if args.format and named and named != args.format:
        usage_error(args, message("report_format_not_suffix", format=args.format,
                                  suffix=target.suffix))
    file_format = args.format or named or "pdf"
    folder = target.is_dir()
    if not folder and args.out.endswith(("/", os.sep)):
        print(message("report_no_folder", path=target), file=sys.stderr)
        return EXIT_ERROR
    ws = _unlock(root)
    try:
        # An --out in the data directory raises ExportTargetRefused: main says it (30).
        period_report_exports.check_target(ws.ctx, target)
        consultant_id = None
        if args.consultant:
            consultant_id = employer_log_exports.consultant_by_initials(ws.ctx, args.consultant)
            if consultant_id is None:
                print(message("list_no_consultant", initials=args.consultant), file=sys.stderr)
                return EXIT_ERROR
        report = period_report(ws.ctx, first, last, today=today, consultant_id=consultant_id)
        if folder:
            target = target / period_report_exports.file_name(report, file_format)
        data = _build(report, file_format)
        try:
            period_report_exports.save_export(ws.ctx, target, data, report, file_format)
        except OSError as error:
            print(message("export_not_written", path=target, error=error.strerror or error),
                  file=sys.stderr)
            return EXIT_ERROR
    finally:
        ws.close()
    print(message("report_period_written", path=target.resolve(),
                  started=number(len(report.started)), ended=number(len(report.ended))))
    if report.own_courses:
        print(message("report_period_own", initials=report.consultant_initials))
    return EXIT_OK


def _build(report: PeriodReport, file_format: str) -> bytes:
    # ReportLab and openpyxl (~0.15 s each to import) only when writing one.
    language, made_at = current_language(), datetime.now()
    if file_format == "xlsx":
        from ips_desktop.reports.period_report_xlsx import period_report_xlsx

        return period_report_xlsx(report, language=language, made_at=made_at)
    from ips_desktop.reports.period_report_pdf import period_report_pdf

    return period_report_pdf(report, language=language, made_at=made_at)
