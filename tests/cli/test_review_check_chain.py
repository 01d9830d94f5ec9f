"""`check` as an attacker meets it: the last events hidden with the head's row, a spoiled head.

Both were "intact" (exit 0) or an unexpected error (exit 1) before; each is now
exit 36 naming the event, with no one's name in the output.
"""

from __future__ import annotations

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from ips_desktop.cli.main import main
from ips_desktop.storage import audit_chain, cipher
from tests.helpers import PASSWORD
from tests.person_data import build_person

NAME = "Åse Ærenfeldt"


@pytest.fixture
def closed(ws, monkeypatch):
    build_person(ws.ctx, NAME, "Ålekone", cpr="010190-1234")
    found = (ws.database.path.parent, ws.database.path, ws.database.key)
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    return found


def behind_the_apps_back(database, key, *sql: str) -> int:
    """Run `sql` with the sqlcipher shell's powers; returns the last seq left."""
    conn = sqlcipher.connect(str(database))
    try:
        conn.execute(cipher.raw_key_pragma(key))
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("DROP TRIGGER audit_event_no_delete")
        for statement in sql:
            conn.execute(statement)
        conn.commit()
        return int(conn.execute("SELECT max(seq) FROM audit_event").fetchone()[0])
    finally:
        conn.close()


def test_the_last_events_removed_with_the_head_row_is_exit_36(closed, capsys) -> None:
    root, database, key = closed
    left = behind_the_apps_back(
        database, key, "DELETE FROM audit_event WHERE seq > (SELECT max(seq) - 5 "
        "FROM audit_event)", f"DELETE FROM setting WHERE key = '{audit_chain.HEAD_KEY}'")
    assert main(["--data-dir", str(root), "check"]) == 36
    said = capsys.readouterr()
    assert f"hændelse nr. {left}:" in said.err
    assert NAME not in said.out + said.err and "010190" not in said.out + said.err
    assert main(["--data-dir", str(root), "check"]) == 36  # and again: the mark stays


def test_a_spoiled_head_is_exit_36_not_an_unexpected_error(closed, capsys) -> None:
    root, database, key = closed
    left = behind_the_apps_back(database, key, f"UPDATE setting SET value = 'x' "
                                               f"WHERE key = '{audit_chain.HEAD_KEY}'")
    assert main(["--data-dir", str(root), "check"]) == 36
    assert f"hændelse nr. {left}:" in capsys.readouterr().err
    assert not (root / "logs").exists() or not any((root / "logs").iterdir())


@pytest.mark.parametrize("sql", [
    "DROP TRIGGER audit_event_no_delete",
    # the same name, but it no longer refuses anything
    "DROP TRIGGER audit_event_no_update; CREATE TRIGGER audit_event_no_update BEFORE UPDATE "
    "ON audit_event BEGIN SELECT 1; END",
])
def test_the_append_only_guard_removed_is_exit_36(closed, capsys, sql) -> None:
    root, database, key = closed
    conn = sqlcipher.connect(str(database))
    try:
        conn.execute(cipher.raw_key_pragma(key))
        conn.executescript(sql)
        conn.commit()
    finally:
        conn.close()
    assert main(["--data-dir", str(root), "check"]) == 36
    assert "beskyttelsen mod ændringer er fjernet" in capsys.readouterr().err
