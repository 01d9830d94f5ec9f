"""After an erasure nothing of the person is left: in no table, no audit detail, no page.

A person gets an unusual, unique string in every field of every table about
them; after the erasure every page of the database file (and its WAL) is
decrypted by hand with the raw key and searched. A second person, left alone,
proves the search finds what is there.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ips_desktop.services import erasure
from ips_desktop.storage import cipher
from ips_desktop.storage.models import Base, Employer, EmployerContact, JobOpening
from tests.helpers import PASSWORD
from tests.plaintext_pages import plaintext
from tests.services.erasure_support import Markers, add_person, fill

pytestmark = pytest.mark.sqlite_only(
    reason="looks for the erased person in the SQLCipher file's pages and WAL")


def _setup(ws):
    gone, kept = Markers("Qz"), Markers("Kp")
    with Session(ws.ctx.engine) as session, session.begin():
        employer = fill(Employer, Markers("Em"), merged_into_id=None)
        session.add(employer)
        session.flush()
        opening = fill(JobOpening, Markers("Jo"), employer_id=employer.id,
                       consultant_id=ws.ctx.actor_id, contact_id=None)
        session.add(opening)
        session.flush()
        pid, contact_id = add_person(session, gone, ws.ctx.actor_id, employer, opening)
        add_person(session, kept, ws.ctx.actor_id, employer, opening)
    return pid, contact_id, gone, kept


def _edit_without_secure_delete(ws, contact_id, gone):
    """An employer contact's outcome rewritten by a version without secure_delete."""
    old = gone.new("employer_contact.outcome (before an edit)")
    conn = cipher.connect(ws.database.path, cipher.raw_key_pragma(ws.database.key))
    try:
        conn.execute("PRAGMA secure_delete = OFF")
        # Longer first: the shorter edit does not overwrite the old cell in place.
        for value in (f"{old} " * 20, gone.new("employer_contact.outcome (edited)")):
            conn.execute("UPDATE employer_contact SET outcome = ? WHERE id = ?",
                         (value, contact_id.hex))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return old


def _every_value(ws) -> str:
    """Every column of every row of every table, as text (the audit details too)."""
    found = []
    with ws.ctx.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(text(f"SELECT * FROM {table.name}")):
                found.extend(str(v) for v in row)
    return "\n".join(found)


def _files_text(ws) -> bytes:
    """The decrypted pages, and every other file of the data folder as it is on disk."""
    root = ws.database.data_dir.root
    others = b"".join(p.read_bytes() for p in sorted(root.rglob("*"))
                      if p.is_file() and p != ws.database.path
                      and p.name != ws.database.path.name + "-wal")
    return plaintext(ws.database.path, ws.database.key) + others


def _findable(markers: Markers, haystack: bytes | str) -> list[str]:
    data = haystack.encode() if isinstance(haystack, str) else haystack
    return [f"{m} ({field})" for m, field in markers.where.items() if m.encode() in data]


def test_nothing_of_the_erased_person_is_findable_anywhere(ws):
    pid, contact_id, gone, kept = _setup(ws)
    old = _edit_without_secure_delete(ws, contact_id, gone)
    before = _files_text(ws)
    missing = set(gone.where) - {f.split()[0] for f in _findable(gone, before)}
    # The first outcome was written over by the edits, but the change log's entry of the
    # contact's insert still holds it: every marker is there before the erasure.
    assert missing == set()
    assert old.encode() in plaintext(ws.database.path, ws.database.key)

    done = erasure.erase_participant(ws, pid, PASSWORD)

    assert done.counts["course"] == 2 and done.counts["calendar_event"] == 6
    assert _findable(gone, _every_value(ws)) == []
    assert _findable(gone, _files_text(ws)) == []
    assert len(_findable(kept, _files_text(ws))) == len(kept.where)  # the other person whole
    ws.close()  # the last connection closes: the WAL goes too
    assert _findable(gone, plaintext(ws.database.path, ws.database.key)) == []


def test_the_employer_contact_stays_for_the_log_without_the_person(ws):
    pid, contact_id, _, _ = _setup(ws)
    erasure.erase_participant(ws, pid, PASSWORD)
    with ws.ctx.engine.connect() as conn:
        row = conn.execute(select(EmployerContact).where(EmployerContact.id == contact_id)).one()
    assert (row.course_id, row.outcome, row.next_step) == (None, None, None)
    assert (row.mode, row.purpose, row.outcome_kind) == ("phone", "job_development", "positive")
    assert row.contact_date is not None and row.consultant_id == ws.ctx.actor_id


def test_a_deferred_overwrite_finished_at_the_next_unlock_leaves_nothing(ws):
    """secure_delete alone is not enough: a B-tree balance leaves a cell's earlier copy in
    a page's unused gap (the change log's pages balance often), so the erased person can
    still be read there until the VACUUM. A busy database defers it with a mark, and the
    next unlock finishes it."""
    pid, _, gone, kept = _setup(ws)
    from ips_desktop.storage import erasure as rows

    with Session(ws.ctx.engine) as session, session.begin():
        rows.erase_rows(session, rows.person_rows(session, pid))
    assert rows.overwrite_pending(ws.ctx.engine)

    assert rows.finish_pending_overwrite(ws.ctx.engine, ws.database.path)

    assert not rows.overwrite_pending(ws.ctx.engine)
    assert _findable(gone, plaintext(ws.database.path, ws.database.key)) == []
    assert len(_findable(kept, _files_text(ws))) == len(kept.where)
