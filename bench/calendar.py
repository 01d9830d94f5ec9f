"""Issue 16's calendar: open a busy week, go to the next one, and a year of events to .ics.

Measured through the real code on the large demo (20,000 calendar rows):
`services.calendar.occurrences_between` (the window's two queries, dateutil's
expansion of the series, the names joined, the audited read), and what the
window adds: the week grid's `set_occurrences` (the layout) and one paint of
the whole grid into an image (ui/calendar/week_grid.py). The week is the
dataset's week for enough consultants side by side to hold about 60
occurrences (a team lead's view of several lanes). Floors, in the same run:
the window's two SQL texts (core's `window_items` queries, rendered with
their values) in plain sqlite3 on the unencrypted copy.

The .ics: `calendar_exports.calendar_export` (the rows of a year, series
read to their end), `reports.calendar_ics.calendar_ics` (icalendar: the
zone, RRULE with UNTIL in UTC, EXDATE, overrides) and `save_ics` (atomic
0600 write + audit). Floor: the export's SQL text in plain sqlite3 and the
rows written as bare VEVENT lines by string formatting, no zone, no folding.
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

from bench import queries
from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.domain.rules import iso_week, shift_week, week_bounds
from ips_desktop.services import calendar, calendar_exports, calendar_read, workspace
from ips_desktop.storage.models import CalendarEvent

_TARGET = 60  # occurrences in the week opened
_KEEP: list[object] = []


def _window_sql(start: datetime, end: datetime, ids: list[uuid.UUID]) -> list[str]:
    """The two queries `calendar_read.window_items` sends, as SQL text with their values
    (kept in step with it by hand: the single events of the window, and every series)."""
    e = CalendarEvent
    singles = calendar_read._filtered(calendar_read._joined().where(
        e.rrule.is_(None), e.starts_at >= start - calendar_read.LONGEST, e.starts_at < end),
        ids, None)
    series = calendar_read._filtered(calendar_read._joined(e.exdates).where(
        e.rrule.is_not(None)), None, None)
    return [queries.to_sql(singles), queries.to_sql(series)]


def _export_sql(first: date, last: date, consultant: uuid.UUID) -> list[str]:
    from ips_desktop.services.calendar_exports import _rows_queries

    start = datetime.combine(first, time.min)
    end = datetime.combine(last + timedelta(days=1), time.min)
    return [queries.to_sql(q) for q in _rows_queries(start, end, consultant, False)]


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from ips_desktop.reports.calendar_ics import calendar_ics
    from ips_desktop.ui.calendar.week_grid import WeekGrid

    app = QApplication.instance() or QApplication([])
    _KEEP.append(app)
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    out = Path(tempfile.mkdtemp(prefix="ips-bench-calendar-"))
    atexit.register(ws.close)
    atexit.register(shutil.rmtree, out, True)
    ctx = ws.ctx

    week = iso_week(ds.today)
    monday = week_bounds(week)[0]
    days = [monday + timedelta(days=i) for i in range(5)]

    def window(w: tuple[int, int]) -> tuple[datetime, datetime]:
        first = week_bounds(w)[0]
        return (datetime.combine(first, time.min),
                datetime.combine(first + timedelta(days=5), time.min))

    start, end = window(week)
    # Consultants side by side, busiest first, until the week holds about 60 occurrences.
    per_consultant: dict[uuid.UUID, int] = {}
    for o in calendar.occurrences_between(ctx, start, end):
        if o.consultant_id is not None:
            per_consultant[o.consultant_id] = per_consultant.get(o.consultant_id, 0) + 1
    chosen: list[uuid.UUID] = []
    for consultant, _ in sorted(per_consultant.items(), key=lambda kv: -kv[1]):
        if sum(per_consultant[c] for c in chosen) >= _TARGET:
            break
        chosen.append(consultant)
    shown = len(calendar.occurrences_between(ctx, start, end, consultant_ids=chosen))
    next_week = shift_week(week, 1)
    next_start, next_end = window(next_week)
    next_shown = len(calendar.occurrences_between(ctx, next_start, next_end,
                                                  consultant_ids=chosen))

    grid = WeekGrid()
    _KEEP.append(grid)
    grid.resize(1280, 720)
    grid.set_days(days)
    grid.set_hours(time(8), time(16))
    grid.set_now(datetime.combine(ds.today, time(11, 40)))
    image = QImage(grid.size(), QImage.Format.Format_ARGB32_Premultiplied)

    def open_week(first: datetime, last: datetime, with_grid: bool):
        def run() -> None:
            found = calendar.occurrences_between(ctx, first, last, consultant_ids=chosen)
            if with_grid:
                grid.set_days([first.date() + timedelta(days=i) for i in range(5)])
                grid.set_occurrences(found)
                grid.render(image)
        return run

    def floor(*sqls: str):
        return lambda: [plain.execute(sql).fetchall() for sql in sqls]

    this_sql = _window_sql(start, end, chosen)
    next_sql = _window_sql(next_start, next_end, chosen)

    # A year of one consultant's events, to .ics: the one with the most rows.
    mine = max(per_consultant, key=lambda c: per_consultant[c])
    last = ds.today
    first = last - timedelta(days=364)
    made = calendar_exports.calendar_export(ctx, first, last, consultant_id=mine)
    rows = len(made.events)
    series = made.series
    target = out / calendar_exports.ics_file_name(made)
    export_sql = _export_sql(first, last, mine)

    def export() -> None:
        done = calendar_exports.calendar_export(ctx, first, last, consultant_id=mine)
        calendar_exports.save_ics(ctx, target, calendar_ics(done, language="da"), done)

    def export_floor() -> None:
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0"]
        for sql in export_sql:
            cursor = plain.execute(sql)
            names = [d[0] for d in cursor.description]
            uid, begins, ends, kind = (names.index(n) for n in ("id", "starts_at", "ends_at",
                                                                 "kind"))
            for row in cursor:
                lines += ["BEGIN:VEVENT", f"UID:{row[uid]}@ips-desktop",
                          f"DTSTART:{row[begins]}", f"DTEND:{row[ends]}",
                          f"SUMMARY:{row[kind]}", "END:VEVENT"]
        lines.append("END:VCALENDAR")
        (out / "floor.ics").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")

    lanes = f"{len(chosen)} consultants side by side"
    return [
        Measurement(f"calendar: open a week ({shown} events, {lanes}; service only)",
                    open_week(start, end, False), floor(*this_sql), repeats=11,
                    note="occurrences_between: the window's two queries, dateutil expansion, "
                         "names, audited read; floor: the same two SQL texts in plain sqlite3"),
        Measurement(f"calendar: open a week ({shown} events; service + grid layout + paint)",
                    open_week(start, end, True), floor(*this_sql), repeats=11,
                    note="+ WeekGrid.set_occurrences and one render of the 1280x720 grid "
                         "into an image"),
        Measurement(f"calendar: next week ({next_shown} events; service + grid + paint)",
                    open_week(next_start, next_end, True), floor(*next_sql), repeats=11),
        Measurement(f"calendar: a year of one consultant's events to .ics ({rows} rows, "
                    f"{series} series)", export, export_floor, repeats=5,
                    note=f"{first.isoformat()}..{last.isoformat()}: rows, icalendar with "
                         "VTIMEZONE/RRULE/EXDATE/overrides, atomic 0600 write + audit; floor: "
                         "the same SQL in plain sqlite3 + bare VEVENT lines"),
    ]

