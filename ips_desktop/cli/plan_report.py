"""`ips-desktop report implementation-plan --out FILE.pdf`: the implementation plan on paper.

`report plan` was already the participant's employment plan (handleplan,
`--participant ID`), so the team's implementation plan (seed 000) has its
own, longer kind. The same plan and printout as the plan tab's Ctrl+P
(services/implementation_plan.py, reports/implementation_plan_pdf.py),
written through services/implementation_plan_exports.py: whole or not at
all, 0600, never into the data directory, recorded as an export (counts
only). An --out that is a folder gets the suggested name
("implementation-plan-2026-11-20.pdf").

Exit codes, as `report supervision`: 0 written; 1 the file could not be
written, or a folder meant that is not there; 2 an option of another kind;
14 refused: the plan is the team lead's, and this laptop's owner is not one;
30 an --out inside the data directory or the database itself.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime
from pathlib import Path

from ips_desktop.domain.messages import current_language, message

KIND = "implementation-plan"


def _today() -> date:
    """The day deadlines are measured against (a test sets another)."""
    return date.today()


def cmd_plan(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.cli.main import EXIT_ERROR, EXIT_OK, EXIT_REFUSED, _unlock
    from ips_desktop.cli.period_report import given
    from ips_desktop.cli.supervision_report import usage_error
    from ips_desktop.services import implementation_plan_exports as exports
    from ips_desktop.services.implementation_plan import plan
    from ips_desktop.services.overview import TeamLeadOnly

    for option in ("participant", "blank", "week", "consultant", "format"):
        if getattr(args, option, None) not in (None, False):
            usage_error(args, message("report_not_for_plan", option=f"--{option}"))
    for option in ("--from", "--to"):  # whichever kind's parser added them
        if given(args, option) is not None:
            usage_error(args, message("report_not_for_plan", option=option))
    target = Path(args.out).expanduser()
    if target.suffix.lower() not in ("", ".pdf") and not target.is_dir():
        usage_error(args, message("report_plan_pdf_only", suffix=target.suffix))
    ws = _unlock(root)
    try:
        try:
            shown = plan(ws.ctx, today=_today())
        except TeamLeadOnly as refused:
            print(str(refused), file=sys.stderr)
            return EXIT_REFUSED
        if target.is_dir():
            target = target / exports.file_name(shown)
        elif args.out.endswith(("/", os.sep)):  # a folder meant, none there
            print(message("report_no_folder", path=target), file=sys.stderr)
            return EXIT_ERROR
        # An --out in the data directory raises ExportTargetRefused: main says it (30).
        exports.check_target(ws.ctx, target)
        # ReportLab (~0.15 s to import) only when writing one.
        from ips_desktop.reports.implementation_plan_pdf import implementation_plan_pdf

        data = implementation_plan_pdf(shown, language=current_language(),
                                       made_at=datetime.now(), demo=ws.ctx.is_demo)
        try:
            exports.save_export(ws.ctx, target, data, shown)
        except OSError as error:
            print(message("export_not_written", path=target, error=error.strerror or error),
                  file=sys.stderr)
            return EXIT_ERROR
    finally:
        ws.close()
    print(message("report_plan_written", path=target.resolve(),
                  overdue=len(shown.overdue())))
    return EXIT_OK
