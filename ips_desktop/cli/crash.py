"""The command line's safe crash message: the error's type and the log's location, no values.

An exception's message can carry a name or a CPR number, so the terminal
gets only the type, and the log gets the type and where in the code it
happened (crash_log.describe), never the message or local values.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ips_desktop.crash_log import configure_logging, describe, log_exception, log_file
from ips_desktop.domain.messages import message

EXIT_ERROR = 1


def report_crash(exc: BaseException, log_dir: Path) -> int:
    """Log an unexpected error and say so in one paragraph; returns exit code 1."""
    kind = type(exc).__qualname__
    where = log_file() or configure_logging(log_dir)
    if where is None:  # the log cannot be written: the safe description goes to stderr
        print(message("crash_no_log", kind=kind), file=sys.stderr)
        print(describe(type(exc), exc.__traceback__), file=sys.stderr)
        return EXIT_ERROR
    log_exception(type(exc), exc.__traceback__)
    print(message("crash", kind=kind, log=where), file=sys.stderr)
    return EXIT_ERROR
