"""The rotating log file and the safe description of an unexpected error.

An exception's message can carry personal data (a name in a failed value, a
CPR number in a parse error), so what is logged, shown or copied is only the
exception's type and where it happened in our code: never its message, never
local values.
"""

from __future__ import annotations

import logging
import platform
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from ips_desktop import __version__

LOG_NAME = "ips-desktop.log"
_MAX_BYTES, _BACKUPS = 1_000_000, 5

log = logging.getLogger("ips_desktop")


def configure_logging(log_dir: Path) -> Path:
    """Log to a rotating file in the data directory; returns its path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path


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
