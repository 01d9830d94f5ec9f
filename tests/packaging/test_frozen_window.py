"""The frozen window on a real X server: first run, unlock, print preview, quit.

Xvfb stands in for the screen and xdotool for the user's hands: keys go in
through XTEST, as a keyboard's do, so the frozen app's own xcb plugin, input
handling, fonts and QtPdf all take part. /proc/PID/maps says which of the
bundle's libraries the process really loaded (what ips_desktop.spec keeps).
`make package-check` installs Xvfb and xdotool; missing, they fail the test
rather than skip it.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import PASSWORD
from tests.packaging.test_frozen import app_env, run  # noqa: F401  (app_env is a fixture)

WAIT_S = 90  # the first start of a frozen app reads ~120 MB from disk


@pytest.fixture(scope="module")
def display(frozen_exe: Path) -> Iterator[str]:
    for tool in ("Xvfb", "xdotool"):
        assert shutil.which(tool), f"{tool} is missing (make package-check installs it)"
    server = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], stdout=subprocess.PIPE, text=True)
    number = server.stdout.readline().strip() if server.stdout else ""
    assert number.isdigit(), "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


def xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True,
                          timeout=WAIT_S + 30, check=False)
    assert done.returncode == 0, f"xdotool {' '.join(args)}: {done.stderr}"
    return done.stdout.strip()


def window(env: dict[str, str], title: str, proc: subprocess.Popen[str]) -> str:
    """The id of the shown window whose title matches `title` (a regex), once it is there."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"the app ended with {proc.returncode}: {proc.stderr.read()}"
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                               env=env, capture_output=True, text=True, check=False)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.3)
    raise AssertionError(f"no window {title!r} within {WAIT_S} s")


def press(env: dict[str, str], window_id: str, *keys: str) -> None:
    xdotool(env, "windowfocus", "--sync", window_id)
    xdotool(env, "key", "--delay", "50", *keys)


def loaded(proc: subprocess.Popen[str]) -> str:
    return Path(f"/proc/{proc.pid}/maps").read_text(encoding="utf-8")


def ended(proc: subprocess.Popen[str]) -> int:
    return proc.wait(timeout=WAIT_S)


@contextmanager
def started(*args: str, env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """The frozen app, killed at the end whatever happened (Popen's own exit would wait)."""
    proc = subprocess.Popen(list(args), env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)


@pytest.fixture
def gui_env(app_env: dict[str, str], display: str) -> dict[str, str]:  # noqa: F811
    # The window's language is the user's setting, Danish on a first start.
    return {**app_env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


def test_first_run_window_shows_and_closes(frozen_exe: Path, gui_env: dict[str, str],
                                           tmp_path: Path) -> None:
    """A new user's start: the welcome wizard, on X11; Escape cancels it and the app ends
    with its code for that (not a crash's signal or a traceback)."""
    with started(str(frozen_exe), "--data-dir", str(tmp_path / "new"), env=gui_env) as proc:
        welcome = window(gui_env, "^Velkommen til IPS Desktop$", proc)
        maps = loaded(proc)
        assert "platforms/libqxcb.so" in maps and "libQt6Widgets.so" in maps
        assert "libQt6Quick" not in maps
        press(gui_env, welcome, "Escape")
        from ips_desktop.ui.app import EXIT_CANCELLED

        assert ended(proc) == EXIT_CANCELLED  # the app's own answer to a cancelled first run


def test_unlock_then_print_preview(frozen_exe: Path, gui_env: dict[str, str],
                                   tmp_path: Path) -> None:
    """Unlock a demo database by typing the password, Ctrl+P: QtPdf shows the printout."""
    root = tmp_path / "demo"
    made = run(frozen_exe, "--data-dir", str(root), "demo", "--size", "small", env=gui_env)
    assert made.returncode == 0, made.stderr
    with started(str(frozen_exe), "--data-dir", str(root), env=gui_env) as proc:
        unlock = window(gui_env, "^Lås IPS Desktop op", proc)
        xdotool(gui_env, "windowfocus", "--sync", unlock)
        xdotool(gui_env, "type", "--delay", "30", PASSWORD)
        press(gui_env, unlock, "Return")
        main = window(gui_env, " — IPS Desktop — DEMO$", proc)
        # Ctrl+F goes to Participants (its search field), Ctrl+P prints the list shown.
        press(gui_env, main, "ctrl+f")
        window(gui_env, "^Deltagere — IPS Desktop — DEMO$", proc)
        press(gui_env, main, "Escape", "ctrl+p")
        preview = window(gui_env, "^Deltagerliste$", proc)
        maps = loaded(proc)
        assert "libQt6Pdf.so" in maps and "libQt6PdfWidgets.so" in maps
        assert "printsupport/libcupsprintersupport.so" in maps or "libQt6PrintSupport" in maps
        press(gui_env, preview, "Escape")
        press(gui_env, main, "ctrl+q")
        assert ended(proc) == 0
