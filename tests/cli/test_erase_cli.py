"""`ips-desktop erase --participant ID`: counts, the typed "ja", the password, the exit codes."""

from __future__ import annotations

import io
import shutil
import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from ips_desktop.cli.main import main
from ips_desktop.services import workspace
from ips_desktop.storage.models import AuditEvent, Course, Note, Participant
from tests.helpers import PASSWORD, make_demo_database

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return make_demo_database(tmp_path_factory.mktemp("demo") / "db", TODAY)


@pytest.fixture
def root(demo_template, tmp_path, monkeypatch, no_keyring):
    copy = tmp_path / "data"
    shutil.copytree(demo_template, copy)
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    return copy


def _people(root):
    """(one of the owner's participants, one of a colleague's) and the owner's id."""
    ws = workspace.unlock(root, PASSWORD)
    try:
        me = ws.ctx.actor_id
        with ws.ctx.engine.connect() as conn:
            mine = conn.execute(select(Course.participant_id).join(Note)
                                .where(Course.consultant_id == me).limit(1)).scalar()
            theirs = conn.execute(select(Course.participant_id).where(
                Course.consultant_id != me, Course.participant_id.not_in(
                    select(Course.participant_id).where(Course.consultant_id == me))
            ).limit(1)).scalar()
        return mine, theirs
    finally:
        ws.close()


def _exists(root, pid) -> bool:
    ws = workspace.unlock(root, PASSWORD)
    try:
        with ws.ctx.engine.connect() as conn:
            return bool(conn.execute(select(func.count()).select_from(Participant)
                                     .where(Participant.id == pid)).scalar())
    finally:
        ws.close()


def _erase(root, pid, *extra, answer=None, language="da", monkeypatch=None):
    if answer is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(answer))
    return main(["--language", language, "--data-dir", str(root), "erase",
                 "--participant", str(pid), *extra])


def test_yes_erases_and_says_what_went(root, capsys):
    mine, _ = _people(root)
    assert _erase(root, mine, "--yes") == 0
    out = capsys.readouterr().out
    assert "kan ikke fortrydes" in out and "Kontaktnotater" in out
    assert "backup --out" in out  # copies by hand are not rotated
    assert "slettet helt" in out
    assert not _exists(root, mine)
    ws = workspace.unlock(root, PASSWORD)
    try:
        with ws.ctx.engine.connect() as conn:
            tomb = conn.execute(select(AuditEvent).where(AuditEvent.action == "erase")).one()
        assert (tomb.entity_id, tomb.participant_id, tomb.details) == (mine, mine, {})
    finally:
        ws.close()


@pytest.mark.parametrize(("language", "answer", "code"), [
    ("da", "ja\n", 0), ("en", "yes\n", 0), ("nb", "JA\n", 0),
    ("da", "j\n", 14), ("da", "\n", 14), ("en", "y\n", 14), ("da", "", 14),
])
def test_only_the_whole_word_confirms(root, capsys, monkeypatch, language, answer, code):
    mine, _ = _people(root)
    assert _erase(root, mine, answer=answer, language=language, monkeypatch=monkeypatch) == code
    captured = capsys.readouterr()
    assert _exists(root, mine) == (code != 0)
    if code:
        assert {"da": "intet er slettet", "en": "nothing was erased"}[language] in captured.err


def test_a_wrong_password_is_3_and_erases_nothing(root, capsys, monkeypatch):
    mine, _ = _people(root)
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", "forkert-adgangskode-1")
    assert _erase(root, mine, "--yes") == 3
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert _exists(root, mine)


def test_an_unknown_participant_is_37(root, capsys):
    assert _erase(root, uuid.uuid4(), "--yes") == 37
    assert "ingen deltager med det id" in capsys.readouterr().err


def test_a_colleagues_participant_is_refused_for_a_consultant(root, capsys):
    _, theirs = _people(root)
    assert _erase(root, theirs, "--yes") == 14
    assert "teamleder" in capsys.readouterr().err
    assert _exists(root, theirs)


def test_a_mistyped_id_is_a_usage_error(root, capsys):
    with pytest.raises(SystemExit) as stop:
        _erase(root, "not-an-id", "--yes")
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "--participant skal være et deltager-id" in err
    assert "not-an-id" not in err  # what was typed (often a name or CPR) is not said again


def test_the_window_open_is_8(root, capsys):
    mine, _ = _people(root)
    window = workspace.unlock(root, PASSWORD)  # holds the instance lock, as the window does
    try:
        assert _erase(root, mine, "--yes") == 8
    finally:
        window.close()
    assert _exists(root, mine)
