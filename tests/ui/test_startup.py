"""The unlock screen comes before the heavy modules, which load behind it; then the window.

In a child process, because what matters is what one real start has
imported at the moment the screen is up: `python -m ips_desktop` would do
exactly this (`ips_desktop.app.main`), with a robot at the real widgets.
Behaviour, not timing: the timing is `make bench`'s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from ips_desktop.services import workspace
from tests.helpers import PASSWORD

REPO = Path(__file__).resolve().parents[2]
# Not one of these may be imported when the unlock screen is first painted.
HEAVY = ["sqlalchemy", "sqlcipher3", "alembic", "keyring", "reportlab",
         "ips_desktop.storage.database", "ips_desktop.storage.models",
         "ips_desktop.services.workspace", "ips_desktop.ui.shell.main_window",
         "ips_desktop.ui.shell.first_run"]
# Nor these, lighter, that the screen does without: the command line (a plain window
# start skips it), the log's rotating handler (sockets, pickling), ctypes (for
# PR_SET_DUMPABLE), the recovery form (only when asked for), the background jobs.
LIGHT = ["ips_desktop.cli.main", "logging.handlers", "ctypes",
         "ips_desktop.ui.shell.recovery_form", "ips_desktop.ui.widgets.background"]

CHILD = textwrap.dedent("""
    import json, os, resource, sys
    from pathlib import Path
    HEAVY = json.loads(sys.argv[2])
    LIGHT = json.loads(sys.argv[4])
    LOG = Path(sys.argv[1]) / "logs" / "ips-desktop.log"
    PR_GET_DUMPABLE = 3

    def imported(names=HEAVY):
        return [name for name in names if name in sys.modules]

    def protected():
        import ctypes  # after the first paint: asking must not change what is measured
        libc = ctypes.CDLL(None)
        dumpable = libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) if sys.platform == "linux" else 0
        return {"dumpable": dumpable, "core": list(resource.getrlimit(resource.RLIMIT_CORE)),
                "umask": oct(os.umask(0o077))}

    import ips_desktop.app as entry
    import ips_desktop.ui.app as gui
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen = {}

    class Robot(gui.UnlockDialog):
        def showEvent(self, event):
            super().showEvent(event)
            QTimer.singleShot(60_000, lambda: QApplication.exit(3))  # a hang fails, not waits

        def paintEvent(self, event):
            if "at_first_paint" not in seen:
                seen["at_first_paint"] = imported()
                seen["light_at_first_paint"] = imported(LIGHT)
                seen["log_at_first_paint"] = LOG.exists()
            super().paintEvent(event)
            QTimer.singleShot(0, self.type_when_loaded)

        def type_when_loaded(self):
            if not self.loading.done:
                QTimer.singleShot(10, self.type_when_loaded)
            elif "after_loading" not in seen:
                seen["after_loading"] = imported()
                seen["log_after_loading"] = LOG.exists()
                seen["protected_after_loading"] = protected()
                self.password.setText(sys.argv[3])
                self.prompt.submit()
                QTimer.singleShot(10, window_shown)

    def window_shown():
        window = next((w for w in QApplication.topLevelWidgets()
                       if type(w).__name__ == "MainWindow" and w.isVisible()), None)
        if window is None:
            QTimer.singleShot(10, window_shown)
            return
        seen["window_title"] = window.windowTitle()
        # As the window's own close does: a background job (the home screen's counts)
        # still running at exit would crash the interpreter's shutdown.
        from ips_desktop.ui.widgets.background import wait_for_background_work
        wait_for_background_work()
        window.ws.close()
        QApplication.exit(0)

    gui.UnlockDialog = Robot
    code = entry.main(["--data-dir", sys.argv[1]])
    print("RESULT " + json.dumps(seen))
    sys.exit(code)
""")


def test_unlock_screen_shows_before_the_heavy_modules_then_they_load_behind_it(tmp_path):
    root = tmp_path / "data"
    # The child has no keyring; a demo database needs no consultant profile first.
    ws, _ = workspace.set_up(root, PASSWORD, demo=True, use_keyring=False)
    ws.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IPS_DESKTOP_DATA_DIR": str(root),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    proc = subprocess.run([sys.executable, "-c", CHILD, str(root), json.dumps(HEAVY), PASSWORD,
                           json.dumps(LIGHT)],
                          capture_output=True, text=True, cwd=REPO, env=env, timeout=90,
                          check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, proc.stderr[-3000:]
    seen = json.loads(lines[0][len("RESULT "):])
    assert seen["at_first_paint"] == []
    assert seen["light_at_first_paint"] == []
    # The log file opens behind the screen; before any password can be checked, the
    # process is not dumpable, has no core limit and keeps a private umask.
    assert (seen["log_at_first_paint"], seen["log_after_loading"]) == (False, True)
    assert seen["protected_after_loading"] == {"dumpable": 0, "core": [0, 0], "umask": "0o77"}
    # The same check sees them once the loading behind the screen is done (Alembic
    # loads only to migrate, ReportLab only to print, the wizard only on a first run).
    assert set(seen["after_loading"]) == set(HEAVY) - {"alembic", "reportlab",
                                                        "ips_desktop.ui.shell.first_run"}
    assert seen["window_title"] == "Overblik — IPS Desktop — DEMO"


def test_every_landed_area_is_loaded_behind_the_unlock_screen():
    """An area whose module is not preloaded is imported after Enter (36 ms for the log)."""
    from ips_desktop.ui.shell.areas import all_areas
    from ips_desktop.ui.shell.preload import UI_MODULES

    classes = [area.make for area in all_areas() if isinstance(area.make, type)]
    assert len(classes) >= 2  # the participants and the employer log; home is a lambda
    assert {cls.__module__ for cls in classes} <= set(UI_MODULES)
