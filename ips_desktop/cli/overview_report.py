"""`ips-desktop report overview`: the steering-group printout (PDF) or the workbook (.xlsx).

`--from MONTH --to MONTH` name the period's first and last months, typed as
domain/overview.py's `parse_month` reads them ("2026-11", "11-2026",
"nov 2026", "november 2026" in da/nb/en); --to defaults to this month and
--from to eleven months before --to (twelve months in all). `--consultant
INITIALS` prints one consultant's figures instead of the team's. The format
is --format, else the --out suffix (.xlsx), else PDF; a --format against a
.pdf/.xlsx suffix is a usage error, as for `report supervision`, and an
--out that is a folder gets the suggested name ("teamoverblik-2025-12-2026-11.pdf",
never a person's name). The same figures, printout and workbook as the Team
overview area's (services/overview.py, services/fidelity.py,
reports/overview_pdf.py, reports/overview_xlsx.py), written through
services/overview_exports.py: whole or not at all, 0600, never into the data
directory, recorded in the audit trail as an export (the period, ids only).

Exit codes, as `report supervision`: 0 written; 1 no consultant with those
initials, or the file could not be written; 2 a month that is none, --from
after --to, or a --format against the suffix (as argparse's own usage
errors); 14 refused: the overview is the team lead's, and the owner of this
database is a consultant; 30 an --out inside the data directory or the
database itself, refused before anything is built.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ips_desktop.cli.period_report import given
from ips_desktop.domain.messages import current_language, message
from ips_desktop.domain.overview import add_months, month_of, parse_month

if TYPE_CHECKING:
    from ips_desktop.services.context import AppContext
    from ips_desktop.services.overview_model import TeamOverview

FORMATS = ("pdf", "xlsx")
DEFAULT_MONTHS = 12


def add_arguments(report: argparse.ArgumentParser) -> None:
    """--from and --to (kept as typed; `report period` adds them first and reads them as
    days), and --out's help saying a folder serves the overview too."""
    taken = report._option_string_actions
    for option, dest, help_code in (("--from", "from_", "help_overview_from"),
                                    ("--to", "to", "help_overview_to")):
        if option not in taken:
            report.add_argument(option, dest=dest, metavar="MONTH", help=message(help_code))
    if "--out" in taken:
        taken["--out"].help = message("help_report_out_overview")


def typed_month(args: argparse.Namespace, option: str) -> date | None:
    text = given(args, option)
    if text is None:
        return None
    try:
        return parse_month(text)
    except ValueError:
        usage_error(args, message("report_bad_month", option=option, value=text))


def usage_error(args: argparse.Namespace, problem: str) -> NoReturn:
    """A usage error found after parsing, said and ended (2) as argparse's own are."""
    parser: argparse.ArgumentParser = args.report_parser
    parser.error(problem)


def period_of(args: argparse.Namespace, today: date) -> tuple[date, date]:
    """The months asked for: --to (this month), --from (eleven months before --to)."""
    last = typed_month(args, "--to") or month_of(today)
    first = typed_month(args, "--from") or add_months(last, 1 - DEFAULT_MONTHS)
    if first > last:
        usage_error(args, message("report_from_after_to", first=_shown(first),
                                  last=_shown(last)))
    return first, last


def _shown(month: date) -> str:
    return f"{month:%Y-%m}"


def _today() -> date:
    """Today (a test sets the hand-built data's own day here)."""
    return date.today()


def cmd_overview(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.cli.main import EXIT_ERROR, EXIT_OK, EXIT_REFUSED, _unlock
    from ips_desktop.services import employer_log_exports, overview_exports
    from ips_desktop.services.overview import TeamLeadOnly, team_overview

    for option, value in (("--participant", args.participant), ("--blank", args.blank or None),
                          ("--week", args.week)):
        if value is not None:
            usage_error(args, message("report_not_for_overview", option=option))
    today = _today()
    first, last = period_of(args, today)
    target = Path(args.out).expanduser()
    named = overview_exports.format_of(target, default="")
    if args.format and named and named != args.format:  # "--format xlsx --out tal.pdf"
        usage_error(args, message("report_format_not_suffix", format=args.format,
                                  suffix=target.suffix))
    file_format = args.format or named or "pdf"
    if target.is_dir():
        target = target / overview_exports.file_name(first, last, file_format)
    elif args.out.endswith(("/", os.sep)):  # a folder meant, none there: no file by its name
        print(message("report_no_folder", path=target), file=sys.stderr)
        return EXIT_ERROR
    ws = _unlock(root)
    try:
        # An --out in the data directory raises ExportTargetRefused: main says it (30).
        overview_exports.check_target(ws.ctx, target)
        consultant_id = None
        if args.consultant:
            consultant_id = employer_log_exports.consultant_by_initials(ws.ctx, args.consultant)
            if consultant_id is None:
                print(message("list_no_consultant", initials=args.consultant), file=sys.stderr)
                return EXIT_ERROR
        try:
            figures = team_overview(ws.ctx, first, last, today=today)
        except TeamLeadOnly as refused:
            print(str(refused), file=sys.stderr)
            return EXIT_REFUSED
        if consultant_id is not None and figures.consultant(consultant_id) is None:
            print(message("report_overview_no_figures", initials=args.consultant),
                  file=sys.stderr)
            return EXIT_ERROR
        data, with_fidelity = _build(ws.ctx, figures, file_format, consultant_id, today)
        try:
            overview_exports.save_export(ws.ctx, target, data, figures, file_format,
                                         consultant_id=consultant_id, fidelity=with_fidelity)
        except OSError as error:
            print(message("export_not_written", path=target, error=error.strerror or error),
                  file=sys.stderr)
            return EXIT_ERROR
    finally:
        ws.close()
    print(message("report_overview_written", path=target.resolve(),
                  months=len(figures.months)))
    return EXIT_OK


def _build(ctx: AppContext, figures: TeamOverview, file_format: str,
           consultant_id: uuid.UUID | None, today: date) -> tuple[bytes, bool]:
    """The PDF (with the fidelity self-check and the team's comment) or the workbook."""
    # ReportLab and openpyxl (~0.15 s each to import) only when writing one.
    from ips_desktop.services import team_freshness

    language, made_at = current_language(), datetime.now()
    fresh = team_freshness.team_freshness(ctx)
    if file_format == "xlsx":
        from ips_desktop.reports.overview_xlsx import overview_xlsx

        return overview_xlsx(figures, language=language, made_at=made_at,
                             freshness=fresh), False
    from ips_desktop.reports.overview_pdf import overview_pdf
    from ips_desktop.services.fidelity import fidelity_self_check
    from ips_desktop.services.overview import comment_for

    check = fidelity_self_check(ctx, figures.first, figures.as_of, today=today)
    comment = comment_for(ctx, figures.first, figures.last)
    return overview_pdf(figures, check, comment, language=language, made_at=made_at,
                        consultant_id=consultant_id, freshness=fresh), True
