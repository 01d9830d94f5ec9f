"""The participant list's per-course figures, kept up to date by the database itself.

The list shows, for every open course, the last note, the first employer
contact, when the profile and the plan were begun and the plan's last
review. Read as correlated subqueries those cost the list six index seeks a
row, and a team database that holds years of the team's work lists thousands
of open courses: measured, the subqueries alone outgrew the list's budget
(issue 21, Scale). So `course_summary` keeps them, one row per course,
maintained by triggers on the four tables they come from. Triggers, not the
services: every way a row is written — a form, the demo's bulk inserts, a
sync's pull, an erasure — goes through them, so the figures cannot drift from
the rows, and a row's figure is recomputed from its course's rows (an index
seek), never adjusted by a delta that a missed write would leave wrong.

The table never travels (no `server_seq`): each database computes it from
the rows it holds, on a laptop from the laptop's, on the team database from
the team's. There, members get no grant on it (storage/team_rules.py) and the
trigger functions run as their owner (SECURITY DEFINER), so a member's write
of a note keeps the figure right without the member reading anyone's.

A past week's supervision list counts only what was recorded up to a day,
which no per-course summary holds: that list keeps the subqueries
(services/caseload.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

PROFILE_FORM, PLAN_FORM = "vocational_profile", "action_plan"


@dataclass(frozen=True)
class Source:
    """One table the summary reads: which of its columns matter, which figures it sets."""

    table: str
    watched: tuple[str, ...]  # an UPDATE of these can change a figure
    figures: dict[str, str]  # summary column -> aggregate over the course's live rows


def _form(agg: str, form_id: str) -> str:
    return (f"(SELECT {agg}(s.created_at) FROM form_response s WHERE s.course_id = {{course}} "
            f"AND s.form_id = '{form_id}' AND s.deleted_at IS NULL)")


SOURCES = (
    Source("note", ("course_id", "note_date", "deleted_at"), {
        "last_note_date": "(SELECT max(s.note_date) FROM note s WHERE s.course_id = {course} "
                          "AND s.deleted_at IS NULL)"}),
    Source("employer_contact", ("course_id", "contact_date", "deleted_at"), {
        "first_employer_contact_date": "(SELECT min(s.contact_date) FROM employer_contact s "
                                       "WHERE s.course_id = {course} AND s.deleted_at IS NULL)"}),
    Source("form_response", ("course_id", "form_id", "created_at", "deleted_at"), {
        "profile_started_at": _form("min", PROFILE_FORM),
        "plan_started_at": _form("min", PLAN_FORM)}),
    Source("plan_review", ("course_id", "reviewed_on", "deleted_at"), {
        "last_plan_review": "(SELECT max(s.reviewed_on) FROM plan_review s "
                            "WHERE s.course_id = {course} AND s.deleted_at IS NULL)"}),
)
FIGURES = tuple(column for source in SOURCES for column in source.figures)


def _refresh(source: Source, course: str) -> str:
    """Recompute `source`'s figures of one course; a course that is gone gets no row."""
    columns = ", ".join(source.figures)
    values = ", ".join(expr.format(course="c.id") for expr in source.figures.values())
    updates = ", ".join(f"{column} = excluded.{column}" for column in source.figures)
    return (f"INSERT INTO course_summary (course_id, {columns}) "
            f"SELECT c.id, {values} FROM course c WHERE c.id = {course} "
            f"ON CONFLICT (course_id) DO UPDATE SET {updates}")


def _refresh_all(course: str) -> str:
    columns = ", ".join(FIGURES)
    values = ", ".join(expr.format(course="c.id") for source in SOURCES
                       for expr in source.figures.values())
    updates = ", ".join(f"{column} = excluded.{column}" for column in FIGURES)
    return (f"INSERT INTO course_summary (course_id, {columns}) "
            f"SELECT c.id, {values} FROM course c WHERE {course} "
            f"ON CONFLICT (course_id) DO UPDATE SET {updates}")


def install(conn: Connection) -> None:
    """The triggers, on either backend, and every course's row computed once."""
    if conn.dialect.name == "postgresql":
        _install_postgresql(conn)
    else:
        _install_sqlite(conn)
    rebuild(conn)


def rebuild(conn: Connection) -> None:
    """Every course's figures from its rows (after the migration, or to repair)."""
    conn.execute(text("DELETE FROM course_summary"))
    conn.execute(text(_refresh_all("true")))


def _install_sqlite(conn: Connection) -> None:
    for source in SOURCES:
        name = f"course_summary_{source.table}"
        watched = ", ".join(source.watched)
        conn.exec_driver_sql(
            f"CREATE TRIGGER {name}_insert AFTER INSERT ON {source.table} "
            f"WHEN NEW.course_id IS NOT NULL BEGIN {_refresh(source, 'NEW.course_id')}; END")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {name}_update AFTER UPDATE OF {watched} ON {source.table} BEGIN "
            f"{_refresh(source, 'NEW.course_id')}; "
            f"{_refresh(source, 'OLD.course_id')}; END")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {name}_delete AFTER DELETE ON {source.table} "
            f"WHEN OLD.course_id IS NOT NULL BEGIN {_refresh(source, 'OLD.course_id')}; END")
    conn.exec_driver_sql(
        "CREATE TRIGGER course_summary_course_insert AFTER INSERT ON course BEGIN "
        f"{_refresh_all('c.id = NEW.id')}; END")
    conn.exec_driver_sql(
        "CREATE TRIGGER course_summary_course_delete AFTER DELETE ON course BEGIN "
        "DELETE FROM course_summary WHERE course_id = OLD.id; END")


_PG_FUNCTION = """
CREATE FUNCTION {name}() RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $fn$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        {old};
    END IF;
    IF TG_OP <> 'DELETE' THEN
        {new};
    END IF;
    RETURN NULL;
END
$fn$
"""


def _install_postgresql(conn: Connection) -> None:
    for source in SOURCES:
        name = f"ips_course_summary_{source.table}"
        conn.exec_driver_sql(_PG_FUNCTION.format(
            name=name, old=_refresh(source, "OLD.course_id"),
            new=_refresh(source, "NEW.course_id")))
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {name}() FROM PUBLIC")
        conn.exec_driver_sql(
            f"CREATE TRIGGER course_summary AFTER INSERT OR DELETE OR UPDATE OF "
            f"{', '.join(source.watched)} ON {source.table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}()")
    # Fired on INSERT and DELETE only, so "not an insert" is the delete.
    conn.exec_driver_sql(_PG_FUNCTION.format(
        name="ips_course_summary_course",
        old="DELETE FROM course_summary WHERE course_id = OLD.id",
        new=_refresh_all("c.id = NEW.id")))
    conn.exec_driver_sql("REVOKE ALL ON FUNCTION ips_course_summary_course() FROM PUBLIC")
    conn.exec_driver_sql(
        "CREATE TRIGGER course_summary AFTER INSERT OR DELETE ON course "
        "FOR EACH ROW EXECUTE FUNCTION ips_course_summary_course()")


def uninstall(conn: Connection) -> None:
    """The migration's downgrade: triggers and functions go with the table."""
    if conn.dialect.name == "postgresql":
        for table in (*[s.table for s in SOURCES], "course"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS course_summary ON {table}")
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS ips_course_summary_{table}()")
        return
    for source in SOURCES:
        for event in ("insert", "update", "delete"):
            conn.exec_driver_sql(
                f"DROP TRIGGER IF EXISTS course_summary_{source.table}_{event}")
    for event in ("insert", "delete"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS course_summary_course_{event}")
