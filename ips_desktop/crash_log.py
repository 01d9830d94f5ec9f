"""The rotating log file and the safe description of an unexpected error.

An exception's message can carry personal data (a name in a failed value, a
CPR number in a parse error), so what is logged, shown or copied is only the
exception's type and where it happened in our code: never its message, never
local values.

The window opens its log file only at the first record or when its loading
behind the unlock screen asks (`configure_logging_later`): the rotating
handler's module brings sockets and pickling with it, a tenth of the unlock
screen's cost, and nothing is logged before that screen anyway. A crash
before then opens the file there and then, so it is written all the same.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from ips_desktop import __version__

LOG_NAME = "ips-desktop.log"
_MAX_BYTES, _BACKUPS = 1_000_000, 5

log = logging.getLogger("ips_desktop")


_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_log_file: Path | None = None
_own_handlers: list[logging.Handler] = []


if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler


def _log_file_handler(path: Path) -> RotatingFileHandler:
    from logging.handlers import RotatingFileHandler

    class LogFile(RotatingFileHandler):
        """A log line that cannot be written (the disk filled up since) is dropped quietly.

        logging's default prints a traceback on the terminal instead, with the
        record it failed on.
        """

        def handleError(self, record: logging.LogRecord) -> None:  # logging's name
            return

    return LogFile(path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8")


def _open(log_dir: Path) -> tuple[logging.Handler, Path | None]:
    """The rotating file in `log_dir`, or stderr when the folder cannot be written."""
    handler: logging.Handler
    path: Path | None = log_dir / LOG_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = _log_file_handler(log_dir / LOG_NAME)
    except OSError:
        path = None
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    return handler, path


class _LogFileLater(logging.Handler):
    """Stands in for the log file until its first record, or until `open()` is called."""

    def __init__(self, log_dir: Path) -> None:
        super().__init__()
        self.log_dir = log_dir
        self._target: logging.Handler | None = None
        self._opening = threading.Lock()  # the loading thread and the GUI thread may race

    def open(self) -> logging.Handler:
        global _log_file
        with self._opening:
            if self._target is None:
                self._target, _log_file = _open(self.log_dir)
            return self._target

    def emit(self, record: logging.LogRecord) -> None:
        self.open().handle(record)

    def close(self) -> None:
        with self._opening:
            if self._target is not None:
                self._target.close()
        super().close()


def _install(handler: logging.Handler) -> None:
    for old in _own_handlers:
        log.removeHandler(old)
        old.close()
    _own_handlers.clear()
    log.addHandler(handler)
    _own_handlers.append(handler)
    log.setLevel(logging.INFO)
    log.propagate = False


def configure_logging(log_dir: Path) -> Path | None:
    """Log to a rotating file in the data directory; returns its path.

    A data folder that cannot be written (a read-only disk, a full one, no
    permission) must not stop the app before it can say so: the log then
    goes to stderr only, and None is returned.
    """
    global _log_file
    handler, path = _open(log_dir)
    _install(handler)
    _log_file = path
    return path


def configure_logging_later(log_dir: Path) -> None:
    """As `configure_logging`, but the file opens at the first record or `open_log_file()`.

    Until then nothing is created, so no cost falls before the unlock screen;
    what is logged goes where `configure_logging` would have sent it.
    """
    global _log_file
    _install(_LogFileLater(log_dir))
    _log_file = None


def open_log_file() -> Path | None:
    """Open a log file that `configure_logging_later` left for later; returns `log_file()`."""
    for handler in _own_handlers:
        if isinstance(handler, _LogFileLater):
            handler.open()
    return _log_file


def log_file() -> Path | None:
    """Where the log is written, or None when it goes to stderr (or is not set up)."""
    return open_log_file()


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Type and stack of an error, without its message or any values."""
    import platform  # here, not at the top: only a crash needs it, and it costs the start

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
