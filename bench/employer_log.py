"""Issue 15's log part: open a week, change a filter, search, and page 500 by keyset.

Measured through the real code on the large demo (100,000 contacts):
`services.employer_log` and the Qt model the window shows (`LogModel.set_query`:
the first page read and a model reset), with the count the view asks for
beside it. Floors, in the same run: the very SQL text the service sends
(`_ordered`, `_count_query`, rendered with its values) in plain sqlite3 on the
unencrypted copy, where the app's SQL functions (folded search, the sort key)
are registered as the app registers them, so the floor differs only in what
SQLCipher, SQLAlchemy and the dataclasses and model add.

Page 500 replaces the OFFSET query measured before (offset 49,900: 258 ms):
the keyset continues after the 49,900th row's (day, time, id) through the
index `ix_employer_contact_date`, so it costs what page 1 costs.
"""

from __future__ import annotations

import atexit
import sqlite3

from bench import queries
from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.domain.rules import iso_week
from ips_desktop.services import employer_contacts, employer_log, workspace
from ips_desktop.services.employer_log import LogCursor, LogFilter, LogSort
from ips_desktop.storage import sql_functions

PAGE = 100
_KEEP: list[object] = []


def _page_sql(flt: LogFilter, sort: LogSort = LogSort.WHEN, descending: bool = True,
              after: LogCursor | None = None) -> str:
    query, _ = employer_log._ordered(flt, sort, descending, after)
    return queries.to_sql(query.limit(PAGE + 1))


def _count_sql(flt: LogFilter) -> str:
    return queries.to_sql(employer_log._count_query(flt))


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from PySide6.QtWidgets import QApplication

    from ips_desktop.ui.employers.log_model import LogModel

    app = QApplication.instance() or QApplication([])
    _KEEP.append(app)
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    atexit.register(ws.close)
    sql_functions.register(plain)  # the floor's SQL calls ips_fold / ips_sort_key too
    model = LogModel(ws.ctx)
    _KEEP.append(model)
    ctx = ws.ctx
    week = LogFilter(week=iso_week(ds.today))
    people = employer_log.week_summary(ctx, week.week or iso_week(ds.today))
    busiest = max(people, key=lambda r: r.total)
    mine = LogFilter(week=week.week, consultant_id=busiest.consultant_id)
    searched = LogFilter(week=week.week, search="an")
    everything = LogFilter()
    week_rows = employer_log.contact_count(ctx, week)

    def floor(*sqls: str):
        return lambda: [plain.execute(sql).fetchall() for sql in sqls]

    def open_week() -> None:
        model.set_query(week, LogSort.WHEN, True)
        employer_log.contact_count(ctx, week)

    def change(flt: LogFilter):
        def run() -> None:
            model.set_query(flt, LogSort.WHEN, True)
            employer_log.contact_count(ctx, flt)
        return run

    # The 499 pages before the 500th, read once: the cursor the 500th continues after.
    cursor: LogCursor | None = None
    for _ in range(499):
        cursor = employer_log.contact_page(ctx, everything, after=cursor).next
    assert cursor is not None
    page_500 = _page_sql(everything, after=cursor)
    sorted_week = _page_sql(week, LogSort.EMPLOYER, False)
    choices = tuple(queries.to_sql(q) for q in employer_contacts.choice_queries())
    open_courses = len(plain.execute(choices[0]).fetchall())

    return [
        Measurement(f"employer log: open a week ({week_rows} contacts; page + count)",
                    open_week, floor(_page_sql(week), _count_sql(week)), repeats=11,
                    note="LogModel.set_query (first 100 rows, model reset) + contact_count; "
                         "floor: the same two SQL texts in plain sqlite3"),
        Measurement(f"employer log: filter change (consultant {busiest.initials}, the week)",
                    change(mine), floor(_page_sql(mine), _count_sql(mine)), repeats=11),
        Measurement("employer log: search 'an' in the week (folded)", change(searched),
                    floor(_page_sql(searched), _count_sql(searched)), repeats=11,
                    note="employer, person and participant names folded once each in "
                         "subqueries; outcome and next step per contact (ips_fold)"),
        Measurement("employer log: the week sorted by employer (header click)",
                    lambda: model.set_query(week, LogSort.EMPLOYER, False), floor(sorted_week),
                    repeats=11,
                    note="Danish order from ips_sort_key (ICU keys, cached)"),
        Measurement("employer log: page 500 by keyset (all weeks)",
                    lambda: employer_log.contact_page(ctx, everything, after=cursor),
                    floor(page_500), repeats=11,
                    note="after the 49,900th row's (day, time, id); replaces OFFSET 49,900 "
                         "(258 ms)"),
        Measurement("employer log: count all weeks (off the GUI thread)",
                    lambda: employer_log.contact_count(ctx, everything),
                    floor(_count_sql(everything)), repeats=5,
                    note="the row count shown beside 'all weeks': the view counts in the "
                         "background, the rows show first"),
        Measurement(f"contact dialog: participant type-ahead 'jens ha' ({open_courses} open "
                    "courses)",
                    lambda: employer_contacts.participant_choices(ctx, "jens ha"),
                    floor(*choices), repeats=11,
                    note="one keystroke in the Participant field: every open course's name "
                         "folded and matched in Python, Danish order; floor: the two SELECTs "
                         "in plain sqlite3 (was a timed test with a 250 ms limit)"),
    ]

