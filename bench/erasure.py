"""Issue 19's erasure: what `secure_delete` (on for every connection) costs a normal write.

On a copy of the large demo (the cache is never written), made at the first
run: a note's text edited, a note added and that note deleted, committed, on
a connection configured as the app's (storage/cipher.py `configure`, so with
secure_delete on). Floor, in the same run and alternating with it: the same
transaction on a second connection to the same copy with secure_delete off.
The erasure's own VACUUM is not measured here: it rewrites the whole file
(README, "Erasing a person", gives its times).
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
import uuid
from itertools import count
from pathlib import Path
from typing import Any

from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.storage import cipher


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    del plain  # the floor is the same write without secure_delete, not plain sqlite3
    state: dict[str, Any] = {}
    turn = count()

    def ready() -> dict[str, Any]:
        if not state:
            db = ds.open()
            key, source = db.key, db.path
            db.close()
            folder = Path(tempfile.mkdtemp(prefix="bench-erasure-"))
            atexit.register(shutil.rmtree, folder, True)
            shutil.copy2(source, folder / "ips.db")
            for secure in ("ON", "OFF"):
                conn = cipher.connect(folder / "ips.db", cipher.raw_key_pragma(key))
                cipher.configure(conn)
                conn.execute(f"PRAGMA secure_delete = {secure}")
                state[secure] = conn
            state["courses"] = [r[0] for r in state["ON"].execute(
                "SELECT course_id FROM note GROUP BY course_id LIMIT 2000")]
        return state

    def write(secure: str) -> None:
        s = ready()
        conn, courses = s[secure], s["courses"]
        course = courses[next(turn) % len(courses)]
        new_id = uuid.uuid4().hex
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE note SET text = text || ' x' WHERE id = "
                     "(SELECT id FROM note WHERE course_id = ? LIMIT 1)", (course,))
        conn.execute("INSERT INTO note (id, course_id, consultant_id, note_date, kind, place, "
                     "text, created_at, updated_at) SELECT ?, course_id, consultant_id, "
                     "note_date, kind, place, text, created_at, updated_at FROM note "
                     "WHERE course_id = ? LIMIT 1", (new_id, course))
        conn.execute("DELETE FROM note WHERE id = ?", (new_id,))
        conn.execute("COMMIT")

    return [Measurement("erasure: a note edited, added and deleted, with secure_delete",
                        lambda: write("ON"), lambda: write("OFF"), repeats=51, warmup=3,
                        note="one committed transaction on a copy of the large demo; "
                             "floor: the same with secure_delete off")]
