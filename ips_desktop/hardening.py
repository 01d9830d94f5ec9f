"""What the process does about itself before it touches any data.

Called first in `ips_desktop.app.main`, the one entry of the window and the
command line, so that everything after it inherits it:

- a private umask, so that every file the process creates — SQLite's -wal and
  -shm, Qt's settings, the log, a backup, a PDF — is the user's alone, even
  those made by libraries that take no mode;
- no core dumps: a dump of this process can hold the database key and the
  app password in plain text, and would land wherever the system keeps dumps.

The window's start (`harden_window_start`) sets the umask at once but leaves
the core-dump part to `finish_hardening()`, which the loading behind the
unlock screen calls first thing (and the first run before its wizard): its
`ctypes` costs that screen's first paint a few milliseconds, and until the
screen is up the process holds nothing a dump could give away — no password
has been typed and no key read. Every path to a password waits for it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading

PRIVATE_UMASK = 0o077
PR_SET_DUMPABLE = 4  # <linux/prctl.h>


_pending = threading.Event()  # set: the core-dump part is still to do (finish_hardening)


def harden_process() -> None:
    set_private_umask()
    disable_core_dumps()


def harden_window_start() -> None:
    """The umask now; no core dumps from `finish_hardening()`, before any secret is read."""
    set_private_umask()
    _pending.set()


def finish_hardening() -> None:
    """What `harden_window_start` left for later; a no-op when nothing was left.

    Called from two threads at most (the loading and the GUI thread); doing
    the steps twice is harmless.
    """
    if _pending.is_set():
        disable_core_dumps()
        _pending.clear()


def set_private_umask() -> int:
    """Files and folders created from now on are 0600/0700; returns the previous umask."""
    return os.umask(PRIVATE_UMASK)


def disable_core_dumps() -> None:
    """No core file (RLIMIT_CORE 0) and, on Linux, not dumpable at all (PR_SET_DUMPABLE 0).

    PR_SET_DUMPABLE 0 also stops other processes of the same user from
    attaching a debugger or reading /proc/<pid>/mem, and keeps systemd-coredump
    from collecting the process. Each step is skipped where the platform has
    no such thing (Windows has no `resource`; macOS has no prctl).
    """
    try:
        import resource
    except ImportError:  # Windows
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        _prctl(PR_SET_DUMPABLE, 0)


def _prctl(option: int, value: int) -> bool:
    """Call prctl(2) from the C library; False when it cannot be called or refuses.

    `CDLL(None)` is the process's own symbols, the C library's among them: no
    `ctypes.util.find_library`, which costs the start-up tens of milliseconds
    (its import, and an `ldconfig -p` run) before the unlock screen can show.
    """
    import ctypes  # here: the window's start does this behind its first screen

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return False
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                      ctypes.c_ulong]
    prctl.restype = ctypes.c_int
    return prctl(option, value, 0, 0, 0) == 0
