"""The rotating log file and the safe description of an unexpected error.

An exception's message can carry personal data (a name in a failed value, a
CPR number in a parse error), so what is logged, shown or copied is only the
exception's type and where it happened in our code: never its message, never
local values.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from ips_desktop import __version__

LOG_NAME = "ips-desktop.log"
_MAX_BYTES, _BACKUPS = 1_000_000, 5

log = logging.getLogger("ips_desktop")


_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_log_file: Path | None = None
_own_handlers: list[logging.Handler] = []


class _LogFile(RotatingFileHandler):
    """A log line that cannot be written (the disk filled up since) is dropped quietly.

    logging's default prints a traceback on the terminal instead, with the
    record it failed on.
    """

    def handleError(self, record: logging.LogRecord) -> None:  # logging's name
        return


def configure_logging(log_dir: Path) -> Path | None:
    """Log to a rotating file in the data directory; returns its path.

    A data folder that cannot be written (a read-only disk, a full one, no
    permission) must not stop the app before it can say so: the log then
    goes to stderr only, and None is returned.
    """
    global _log_file
    for old in _own_handlers:
        log.removeHandler(old)
        old.close()
    _own_handlers.clear()
    path: Path | None = log_dir / LOG_NAME
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(log_dir / LOG_NAME, maxBytes=_MAX_BYTES, backupCount=_BACKUPS,
                           encoding="utf-8")
    except OSError:
        path = None
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    log.addHandler(handler)
    _own_handlers.append(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    _log_file = path
    return path


def log_file() -> Path | None:
    """Where the log is written, or None when it goes to stderr (or is not set up)."""
    return _log_file


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Type and stack of an error, without its message or any values."""
    frames = traceback.extract_tb(tb)
    lines = [f"IPS Desktop {__version__}, Python {platform.python_version()}, "
             f"{platform.system()} {platform.release()}",
             f"{exc_type.__module__}.{exc_type.__qualname__}"]
    for frame in frames:
        lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
    return "\n".join(lines)


def log_exception(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    details = describe(exc_type, tb)
    log.error("unexpected error\n%s", details)
    return details


def _short(filename: str) -> str:
    """The path from the package (or library) on: no user names from home folders."""
    parts = Path(filename).parts
    for anchor in ("ips_desktop", "site-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor):])
    return Path(filename).name
