"""Issue 21's scale on the team database: the participant list read from PostgreSQL.

The same service query the laptop runs (`services.caseload.caseload_rows`),
in a session on a team database that holds the bench database's rows (loaded
by COPY, as the sync benchmark loads its own). Floor: the same SQL text, with
its values inline, run by psycopg on the same server, rows fetched and
nothing built from them.
"""

from __future__ import annotations

import atexit
import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from bench.dataset import Dataset
from bench.harness import Measurement
from bench.sync import TeamBench, server_url
from ips_desktop.services import caseload

TEAM_DB = "ips_bench_lists"


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    del plain
    url = server_url()
    if url is None:
        print("team lists: no PostgreSQL (set IPS_BENCH_POSTGRES_URL): rows left out")
        return []
    team = TeamBench(ds, url, team_db=TEAM_DB)
    atexit.register(team.close)

    def rows(include_ended: bool) -> Callable[[], Any]:
        def run() -> Any:
            with Session(team.engine()) as session:
                return caseload.caseload_rows(session, today=ds.today,
                                              include_ended=include_ended)
        return run

    def floor(include_ended: bool) -> Callable[[], Any]:
        sql = str(caseload._query(include_ended).compile(
            dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))

        def run() -> Any:
            raw = team.engine().raw_connection()
            try:
                cur = raw.cursor()
                cur.execute(sql)
                return cur.fetchall()
            finally:
                raw.close()
        return run

    return [
        Measurement("participant list: open courses on the team database (PostgreSQL)",
                    rows(False), floor(False), repeats=7,
                    note="caseload_rows in a session on the team database; floor: the "
                         "same SQL through psycopg"),
        Measurement("participant list: all courses on the team database (PostgreSQL)",
                    rows(True), floor(True), repeats=5),
    ]
