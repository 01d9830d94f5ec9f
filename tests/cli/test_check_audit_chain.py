"""`ips-desktop check` finds an audit trail changed behind the app's back: exit 36."""

from __future__ import annotations

import json

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from ips_desktop.cli.main import main
from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit
from ips_desktop.services.context import unit_of_work
from ips_desktop.storage import audit_chain, cipher
from ips_desktop.storage.engine import make_engine
from tests.helpers import PASSWORD

EVENTS = 6


@pytest.fixture
def closed(ws, monkeypatch):
    """A database with a few more audit events, closed; (data dir, database, key)."""
    for n in range(EVENTS):
        with unit_of_work(ws.ctx) as session:
            audit.record(session, ws.ctx.actor_id, AuditAction.BACKUP, details={"n": n})
    found = (ws.database.path.parent, ws.database.path, ws.database.key)
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    return found


def behind_the_apps_back(database, key, sql: str) -> None:
    """What someone holding the key could do with the sqlcipher shell."""
    conn = sqlcipher.connect(str(database))
    try:
        conn.execute(cipher.raw_key_pragma(key))
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("DROP TRIGGER audit_event_no_delete")
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def last_seq(database, key) -> int:
    conn = sqlcipher.connect(str(database))
    try:
        conn.execute(cipher.raw_key_pragma(key))
        return int(conn.execute("SELECT max(seq) FROM audit_event").fetchone()[0])
    finally:
        conn.close()


def test_an_intact_trail_is_reported_whole(closed, capsys):
    root, _, _ = closed
    assert main(["--data-dir", str(root), "check"]) == 0
    assert "Adgangslog:      hel (hash-kæden stemmer)" in capsys.readouterr().out


def test_an_altered_detail_is_named_by_its_event(closed, capsys):
    root, database, key = closed
    behind_the_apps_back(database, key,
                         "UPDATE audit_event SET details = '{\"n\": 9}' WHERE seq = 3")
    assert main(["--data-dir", str(root), "check"]) == 36
    out, err = capsys.readouterr()
    assert "Adgangslog:      brudt ved hændelse nr. 3: hændelsen er ændret" in out
    assert "Adgangsloggen er ændret uden om programmet (hændelse nr. 3" in err


def test_a_removed_event_shows_as_a_gap_in_english_and_json(closed, capsys):
    root, database, key = closed
    behind_the_apps_back(database, key, "DELETE FROM audit_event WHERE seq = 4")
    assert main(["--data-dir", str(root), "--language", "en", "check"]) == 36
    out, err = capsys.readouterr()
    assert "broken at event no. 5: events before it were removed" in out
    assert "The audit trail was changed outside the app" in err
    assert main(["--data-dir", str(root), "check", "--json"]) == 36
    report = json.loads(capsys.readouterr().out)
    assert report["audit_chain"] == {"seq": 5, "problem": "missing"}
    assert report["ok"] is False


def test_the_last_events_removed_are_found_by_the_head(closed, capsys):
    """The head (a Setting written with the events) still names the removed last event."""
    root, database, key = closed
    last = last_seq(database, key)
    behind_the_apps_back(database, key, f"DELETE FROM audit_event WHERE seq >= {last - 1}")
    engine = make_engine(database, key)  # opened without an unlock, which would add one
    try:
        with engine.connect() as conn:
            assert audit_chain.walk(conn).broken == audit_chain.ChainBreak(last - 1, "removed")
    finally:
        engine.dispose()
    # `check` unlocks first, and its unlock event then follows the removed ones
    assert main(["--data-dir", str(root), "--language", "nb", "check"]) == 36
    out = capsys.readouterr().out
    assert f"brutt ved hendelse nr. {last + 1}: hendelser før den er fjernet" in out


def test_a_recomputed_hash_does_not_hide_an_altered_event(closed, capsys):
    """Changing an event and its own hash still breaks the link to the next event."""
    root, database, key = closed
    behind_the_apps_back(database, key,
                         "UPDATE audit_event SET action = 'read', hash = prev_hash WHERE seq = 2")
    assert main(["--data-dir", str(root), "check"]) == 36
    assert "brudt ved hændelse nr. 2" in capsys.readouterr().out
