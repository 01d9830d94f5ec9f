"""The access copy from the participant page: Databeskyttelse → Indsigt…, a folder, written.

Driven as a user does it: the menu's action, the folder typed, the button
clicked; the files are read back, and each failure is one Danish sentence at
the dialog with nothing left in the folder.
"""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ips_desktop.services import printing
from ips_desktop.ui.participants.access_dialog import AccessDialog
from tests.person_data import build_person
from tests.ui.test_participant_page import area, open_page  # noqa: F401


@pytest.fixture
def dialog(qtbot, area, ws):  # noqa: F811
    person = build_person(ws.ctx, "Åse Ærenfeldt", "Ålekone", cpr="010190-1234")
    page = open_page(area, person.course_id)
    page.header.privacy.named["access"].trigger()
    found = page.findChild(AccessDialog)
    assert found is not None and found.isVisible()
    yield found, person
    found.close()


def write_into(qtbot, dialog: AccessDialog, folder: Path) -> None:
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, str(folder))
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save.isEnabled(), timeout=30_000)


def test_the_copy_is_written_where_the_user_said(qtbot, dialog, tmp_path) -> None:
    found, person = dialog
    short = person.participant_id.hex[:8]
    assert f"indsigt-{short}-" in found.plan.text() and ".pdf" in found.plan.text()
    out = tmp_path / "til Åse"
    out.mkdir()
    write_into(qtbot, found, out)
    assert "Skrevet i" in found.status.text() and str(out) in found.status.text()
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 2 and all(n.startswith(f"indsigt-{short}-") for n in names)
    assert all(n in found.status.text() for n in names)
    document = json.loads((out / names[0]).read_text("utf-8"))
    assert document["person"]["name"] == "Åse Ærenfeldt"


def test_the_data_directory_is_refused_at_the_dialog(qtbot, dialog, ws) -> None:
    found, _ = dialog
    write_into(qtbot, found, ws.data_dir)
    assert "datamappen" in found.status.text()
    assert not list(ws.data_dir.glob("indsigt-*"))


@pytest.mark.parametrize(("code", "said"), [(errno.ENOSPC, "er fuld"),
                                            (errno.EROFS, "kan ikke skrives i")])
def test_a_full_disk_or_read_only_folder_is_said_and_nothing_is_left(
        qtbot, dialog, tmp_path, monkeypatch, code, said) -> None:
    found, _ = dialog
    real = printing.write_file

    def failing_at_the_json(target: Path, data: bytes) -> None:
        if target.suffix == ".json":
            raise OSError(code, "system text in English")
        real(target, data)

    monkeypatch.setattr(printing, "write_file", failing_at_the_json)
    write_into(qtbot, found, tmp_path)
    assert said in found.status.text() and "Intet er gemt" in found.status.text()
    assert "English" not in found.status.text()
    assert not list(tmp_path.glob("indsigt-*"))


def test_a_folder_that_is_not_there(qtbot, dialog, tmp_path) -> None:
    found, _ = dialog
    write_into(qtbot, found, tmp_path / "findes ikke")
    assert "er ikke en mappe" in found.status.text()
