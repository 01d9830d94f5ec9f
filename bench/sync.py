"""Issue 21's sync against a real PostgreSQL: a laptop's first sync, and an everyday one.

- First sync: a new laptop (its own database, joined) syncs with a team
  database that holds the large demo (every row of the bench database but
  its audit events, which never come down to a laptop; loaded with COPY,
  numbered as the team database numbers accepted writes). Floor: the same
  rows read out of PostgreSQL with `COPY (SELECT …) TO STDOUT`.
- Everyday sync: on that laptop, 200 changes (100 notes edited, 50 written,
  50 participants' phone numbers), then one sync. Floor: the same 200 rows
  copied into the team database with `COPY … FROM STDIN` (into temporary
  tables), in one transaction.
- The same two through a member's own login: a team database made by
  `team init` (roles, rules, row-level security; caseload "team"), the demo
  loaded into it the same way, and a consultant of the demo added with `team
  add-member`; the laptop joins as `team join` does and syncs through that
  login, so every read passes the policies and every write the push's rights
  checks (storage/sync/rights.py). Its 200 changes are to the consultant's
  own courses, which the rules let through. Same floors.

The server is `IPS_BENCH_POSTGRES_URL` (or `IPS_TEST_POSTGRES_URL`), a login
that may create databases; without one these rows are left out.
"""

from __future__ import annotations

import atexit
import io
import os
import random
import shutil
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, make_url, select, text

from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.domain.enums import NoteKind, NotePlace, Role
from ips_desktop.services import consultants, sync, team_admin, workspace
from ips_desktop.services import team as team_service
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.services.context import write_unit
from ips_desktop.services.workspace import Workspace
from ips_desktop.storage import schema, team_server
from ips_desktop.storage.database import write_settings
from ips_desktop.storage.models import Base, Course, Note, Participant
from ips_desktop.storage.server import create_team_database, database_url, make_server_engine
from ips_desktop.storage.sync.schema import SEQUENCE
from ips_desktop.storage.sync.tables import NOT_PULLED, pulled_tables, pushed_tables

URL_VARIABLES = ("IPS_BENCH_POSTGRES_URL", "IPS_TEST_POSTGRES_URL")
TEAM_DB = "ips_bench_sync"
MEMBER_DB = "ips_bench_sync_member"
MEMBER_LOGIN = "ips_bench_member"
MEMBER_PASSWORD = "Bench-Hest-Batteri-77"
CHANGES = 200
LAPTOP_PASSWORD = "bench-Korrekt-Hest-42"


def server_url() -> str | None:
    return next((os.environ[v] for v in URL_VARIABLES if os.environ.get(v)), None)


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    del plain
    url = server_url()
    if url is None:
        print("sync: no PostgreSQL (set IPS_BENCH_POSTGRES_URL): sync rows left out")
        return []
    found: list[Measurement] = []
    for member in (False, True):
        bench = TeamBench(ds, url, member=member)
        atexit.register(bench.close)
        how = " through a member's login (team init, RLS)" if member else ""
        found += [
            Measurement(f"sync: first sync of a new laptop{how} (team holds the large demo)",
                        bench.first_sync, bench.first_floor, repeats=3, warmup=0,
                        self_timed=True, note=bench.first_note),
            Measurement(f"sync: everyday sync of {CHANGES} changes{how}",
                        bench.everyday, bench.everyday_floor, repeats=5, warmup=1,
                        self_timed=True, note=bench.everyday_note),
        ]
    return found


class TeamBench:
    def __init__(self, ds: Dataset, url: str, team_db: str = TEAM_DB, *,
                 member: bool = False) -> None:
        self.ds = ds
        self.url = url
        self.member = member  # through a member's login of a `team init` database
        self.team_db = MEMBER_DB if member else team_db
        self.initials = ""  # the member's (a consultant of the demo)
        self.me: uuid.UUID | None = None
        self.team: Engine | None = None
        self.folder = Path(tempfile.mkdtemp(prefix="ips-bench-sync-"))
        self.laptops: list[Workspace] = []
        self.loaded: dict[str, int] = {}
        self.load_s = 0.0
        self.pulled = 0
        self.changed: list[tuple[str, dict[str, Any]]] = []
        self.rnd = random.Random(21)

    # --- the team database ---------------------------------------------------------------

    def engine(self) -> Engine:
        if self.team is not None:
            return self.team
        self._drop()
        create_team_database(self.url, self.team_db)
        team_url = database_url(self.url, self.team_db)
        if self.member:
            team_admin.init_team(team_url.render_as_string(hide_password=False))
        self.team = make_server_engine(team_url)
        if not self.member:
            schema.upgrade(self.team)
        start = time.perf_counter()
        self._load()
        self.load_s = time.perf_counter() - start
        print(f"  sync: team database loaded with COPY in {self.load_s:.1f} s "
              f"({sum(self.loaded.values()):,} rows)", flush=True)
        if self.member:
            self._add_member(team_url.render_as_string(hide_password=False))
        return self.team

    def _drop(self) -> None:
        admin = make_server_engine(self.url).execution_options(isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self.team_db}" WITH (FORCE)'))
                if self.member:  # roles are the cluster's: a new run starts without them
                    roles = team_server.group_roles(self.team_db)
                    for role in (MEMBER_LOGIN, roles.team_lead, roles.consultant):
                        conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        finally:
            admin.dispose()

    def _add_member(self, team_url: str) -> None:
        """The demo's consultant with the most courses, as a member with a login."""
        assert self.team is not None
        with self.team.connect() as conn:
            self.me, self.initials = conn.execute(text(
                "SELECT c.id, c.initials FROM consultant c JOIN course k"
                " ON k.consultant_id = c.id WHERE c.deleted_at IS NULL"
                " AND c.role = 'consultant' GROUP BY c.id, c.initials"
                " ORDER BY count(*) DESC, c.initials LIMIT 1")).one()
        team_admin.add_member(team_url, self.initials, login=MEMBER_LOGIN,
                              member_password=MEMBER_PASSWORD)

    def _member_url(self) -> str:
        server = make_url(self.url)
        return (f"postgresql://{MEMBER_LOGIN}@{server.host or '127.0.0.1'}:"
                f"{server.port or 5432}/{self.team_db}")

    def _load(self) -> None:
        """Every row of the bench database (audit events aside) into the team database."""
        assert self.team is not None
        db = self.ds.open()
        seq = 0
        try:
            raw = self.team.raw_connection()
            try:
                with raw.cursor() as cur, db.engine.connect() as local:
                    for name in pushed_tables():
                        if name in NOT_PULLED:
                            continue
                        table = Base.metadata.tables[name]
                        columns = [c.key for c in table.columns]
                        json_columns = {c.key for c in table.columns
                                        if "JSON" in type(c.type).__name__.upper()
                                        or "JSON" in repr(c.type).upper()}
                        at = columns.index("server_seq")
                        count = 0
                        with cur.copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
                            rows = local.execution_options(yield_per=5000).execute(
                                select(table))
                            for row in rows:
                                values = list(row)
                                seq += 1
                                values[at] = seq
                                for i, column in enumerate(columns):
                                    if column in json_columns and values[i] is not None:
                                        values[i] = _json(values[i])
                                copy.write_row(values)
                                count += 1
                        self.loaded[name] = count
                    cur.execute(f"SELECT setval('{SEQUENCE}', %s)", (seq,))
                raw.commit()
            finally:
                raw.close()
        finally:
            db.close()
        with self.team.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))

    # --- a laptop ----------------------------------------------------------------------------

    def _laptop(self) -> Workspace:
        n = len(self.laptops)
        ws, _ = workspace.set_up(self.folder / f"laptop{n}", LAPTOP_PASSWORD, use_keyring=False)
        me = consultants.create_consultant(ws.ctx, ConsultantInput(
            f"Bench {n}", self.initials or f"ZB{n:02d}", "Køge", 1.0, Role.CONSULTANT))
        workspace.set_owner(ws, me.id)
        if self.member:  # the password kept in the laptop's database (no keyring here)
            team_service.join(ws, team_service.JoinRequest(self._member_url(), MEMBER_PASSWORD))
        else:
            write_settings(ws.ctx.engine, {sync.TEAM_URL: "postgresql://bench@localhost/bench"})
        self.laptops.append(ws)
        return ws

    def _sync(self, ws: Workspace, team_engine: Engine) -> sync.SyncReport:
        """A member's sync makes its engine from the joined login, as the app's does."""
        return sync.sync_now(ws.ctx, team=None if self.member else team_engine)

    def first_sync(self) -> float:
        team = self.engine()
        ws = self._laptop()
        start = time.perf_counter()
        report = self._sync(ws, team)
        ms = (time.perf_counter() - start) * 1000
        self.pulled = report.pulled
        return ms

    def first_floor(self) -> float:
        team = self.engine()
        raw = team.raw_connection()
        try:
            start = time.perf_counter()
            with raw.cursor() as cur:
                for name in pulled_tables():
                    sink = io.BytesIO()
                    with cur.copy(f"COPY (SELECT * FROM {name} WHERE server_seq > 0) "
                                  "TO STDOUT") as copy:
                        for block in copy:
                            sink.write(block)
            raw.commit()
            return (time.perf_counter() - start) * 1000
        finally:
            raw.close()

    def first_note(self) -> str:
        rows = sum(v for k, v in self.loaded.items())
        return (f"{self.pulled:,} rows pulled into a new SQLCipher laptop (of {rows:,} loaded: "
                f"participants {self.loaded.get('participant', 0):,}, notes "
                f"{self.loaded.get('note', 0):,}, employer contacts "
                f"{self.loaded.get('employer_contact', 0):,}); team load by COPY "
                f"{self.load_s:.0f} s")

    # --- an everyday sync --------------------------------------------------------------------

    def _make_changes(self, ws: Workspace) -> None:
        """100 notes edited, 50 written, 50 phone numbers changed: 200 change log entries.

        Through a member's login: of the member's own courses (what they may change).
        """
        self.changed = []
        mine = select(Course.id).where(Course.consultant_id == ws.ctx.actor_id)
        with write_unit(ws.ctx) as session:
            notes = session.scalars(select(Note).where(
                Note.deleted_at.is_(None), *([Note.course_id.in_(mine)] if self.member else []))
                .order_by(Note.id).limit(5000)).all()
            people = session.scalars(select(Participant).where(
                Participant.deleted_at.is_(None), *([Participant.id.in_(
                    select(Course.participant_id).where(Course.consultant_id
                                                        == ws.ctx.actor_id))]
                    if self.member else [])).order_by(Participant.id).limit(2000)).all()
            courses = session.scalars((mine if self.member else select(Course.id))
                                      .order_by(Course.id).limit(2000)).all()
            for note in self.rnd.sample(notes, 100):
                note.text = f"{note.text[:200]} (rettet {uuid.uuid4().hex[:6]})"
            for person in self.rnd.sample(people, 50):
                person.phone = f"{self.rnd.randrange(10**7, 10**8)}"
            for course_id in self.rnd.sample(courses, 50):
                session.add(Note(course_id=course_id, consultant_id=ws.ctx.actor_id,
                                 note_date=self.ds.today, kind=NoteKind.PHONE.value,
                                 place=NotePlace.COMMUNITY.value, text="Ringede, aftalt møde"))
        with ws.ctx.engine.connect() as conn:
            from ips_desktop.storage.sync.outbox import unsent

            for change in unsent(conn):
                table = Base.metadata.tables[change.table_name]
                row = conn.execute(select(table).where(table.c.id == change.row_id)) \
                    .mappings().one()
                self.changed.append((change.table_name, dict(row)))

    def everyday(self) -> float:
        team = self.engine()
        if not self.laptops:
            self.first_sync()
        ws = self.laptops[-1]
        self._make_changes(ws)
        start = time.perf_counter()
        report = self._sync(ws, team)
        ms = (time.perf_counter() - start) * 1000
        assert report.pushed == len(self.changed), (report.pushed, len(self.changed))
        assert report.refused == 0, report.refused  # the member's own courses: all theirs
        return ms

    def everyday_floor(self) -> float:
        team = self.engine()
        if not self.changed:
            if not self.laptops:
                self.first_sync()
            self._make_changes(self.laptops[-1])
        raw = team.raw_connection()
        try:
            start = time.perf_counter()
            with raw.cursor() as cur:
                by_table: dict[str, list[dict[str, Any]]] = {}
                for name, row in self.changed:
                    by_table.setdefault(name, []).append(row)
                for name, rows in by_table.items():
                    cur.execute(f"CREATE TEMP TABLE floor_{name} (LIKE {name}) ON COMMIT DROP")
                    columns = list(rows[0])
                    with cur.copy(f"COPY floor_{name} ({', '.join(columns)}) FROM STDIN") \
                            as copy:
                        for row in rows:
                            copy.write_row([_json(v) if isinstance(v, dict | list) else v
                                            for v in row.values()])
            raw.commit()
            return (time.perf_counter() - start) * 1000
        finally:
            raw.close()

    def everyday_note(self) -> str:
        return (f"{len(self.changed)} change log entries pushed (one server transaction), "
                "then pulled back with the team's; floor: those rows by COPY FROM STDIN")

    def close(self) -> None:
        for ws in self.laptops:
            ws.close()
        if self.team is not None:
            self.team.dispose()
            if self.member:
                self._drop()
        shutil.rmtree(self.folder, ignore_errors=True)


def _json(value: Any) -> Any:
    from psycopg.types.json import Json

    return Json(value)
