"""A crash in the middle of typing loses at most the last autosave's worth.

A child process opens the wizard and types into the profile one key at a
time, saying on stdout what each autosave stored; the test kills it with
SIGKILL mid-word (no close, no exit handler) and opens the database again.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ips_desktop.domain.enums import Role
from ips_desktop.services import consultants, form_drafts, forms, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.services.form_drafts import PROFILE_FORM
from tests.ui.window_support import enrol
from tests.ui.wizard_support import PROFILE_V1, install_form

PASSWORD = "Korrekt-Hest-Batteri-9"
TYPED = "Gartner eller skovarbejder på Lolland, helst udendørs og med dyr " * 3

CHILD = textwrap.dedent('''
    import sys, uuid
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from ips_desktop.services import workspace
    from ips_desktop.ui.i18n import apply_language
    from ips_desktop.ui.participants.form_wizard_dialog import FormDraftWizard
    from ips_desktop.ui.preferences import Preferences

    root, password, course, typed = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    app = QApplication([])
    apply_language("da")
    ws = workspace.unlock(root, password)
    wizard = FormDraftWizard(ws, Preferences(root / "prefs"), uuid.UUID(course),
                             "vocational_profile")
    wizard._timer.setInterval(400)
    edit = wizard.editor.widgets["dream_job"].edit
    wizard.saved.connect(lambda: print("saved:" + edit.text(), flush=True))
    wizard.show()
    edit.setFocus()
    keys = iter(typed)

    def type_one():
        key = next(keys, None)
        if key is None:
            print("done", flush=True)
            app.quit()
            return
        QTest.keyClicks(edit, key)
        QTimer.singleShot(30, type_one)

    QTimer.singleShot(100, type_one)
    app.exec()
''')


@pytest.fixture
def database(tmp_path: Path, no_keyring):
    """A passphrase-mode database (the child has no keyring), closed for the child to open."""
    root = tmp_path / "data"
    ws, _ = workspace.set_up(root, PASSWORD, use_keyring=False)
    me = consultants.create_consultant(ws.ctx, ConsultantInput(
        "Søren Østergård", "SOE", "Køge", 1.0, Role.CONSULTANT))
    workspace.set_owner(ws, me.id)
    course = enrol(ws)
    ws.close()
    install_form(root, PROFILE_FORM, PROFILE_V1)
    return root, course


def test_sigkill_in_the_middle_of_typing_keeps_everything_up_to_the_last_autosave(
        database, tmp_path):
    root, course = database
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IPS_DESKTOP_DATA_DIR": str(root)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(root), PASSWORD, str(course),
                              TYPED], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env, cwd=Path(__file__).resolve().parents[2])
    saved: list[str] = []
    deadline = time.monotonic() + 60
    try:
        assert child.stdout is not None
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            if line.startswith("saved:"):
                saved.append(line[len("saved:"):].rstrip("\n"))
            if len([s for s in saved if s]) >= 2:  # two autosaves seen: kill mid-typing
                child.send_signal(signal.SIGKILL)
                break
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(10)
    stderr = child.stderr.read() if child.stderr else ""
    assert child.returncode == -signal.SIGKILL, stderr
    last = saved[-1]
    assert 0 < len(last) < len(TYPED.strip())  # killed before the typing was done

    ws = workspace.unlock(root, PASSWORD)
    try:
        current = forms.spec_in_use(ws.ctx, root, None, PROFILE_FORM).spec
        draft = form_drafts.open_form(ws.ctx, course, PROFILE_FORM, current)
    finally:
        ws.close()
    kept = draft.answers["dream_job"]
    # Everything the last reported autosave stored is there (a later one may have landed
    # between its commit and the kill), and nothing that was never typed.
    assert kept.startswith(last) and TYPED.startswith(kept)
