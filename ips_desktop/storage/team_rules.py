"""Who may read and write which rows of the team database: one rule per table.

Written out table by table (as storage/erasure.py lists the tables that hold
a person), so that a new table is a decision: tests/storage/test_team_rules.py
fails for a table of the migrations that has no rule here. A table with no
rule gets no grant at all: members cannot read it (fail closed).

The team lead reads and writes every row (deletes too: an erasure); a
consultant reads the team's caseload as the municipality decided
(`team_caseload`: "team" = every course, "own" = the courses they hold) and
the shared registers always, and writes only what is theirs: the rows of the
courses they hold, their own employer contacts, calendar and profile; the
employer register and job openings are everyone's. Nobody deletes but the
team lead (a row is retired with `deleted_at`); an erasure that a member's
laptop pushes goes through `ips_sync_erase` (storage/sync/erase_function.py),
which asks the same `mine` rules first. The sync asks them too before it
writes (storage/sync/rights.py), so what a policy would refuse is recorded
as refused rather than lost. Every predicate is SQL over
the table's own columns and the helper functions of storage/team_server.py,
each called as `(SELECT f())` so PostgreSQL computes it once per query.
"""

from __future__ import annotations

from dataclasses import dataclass

ME = "(SELECT ips_consultant_id())"
MY_COURSES = f"(SELECT c.id FROM course c WHERE c.consultant_id = {ME})"
OF_MY_COURSES = f"course_id IN {MY_COURSES}"


@dataclass(frozen=True)
class Rule:
    """What a consultant may do with a table's rows; the team lead may do it all.

    `mine`: the rows a consultant may change (None: they only read).
    `insert`: which new rows they may add, when not the same as `mine`.
    `own_reads`: the rows they read when the caseload is "own" (None: all,
    a shared register). `team_reads` False: `own_reads` holds for "team" too.
    `updates` False: rows are written once (the audit trail), by anyone.
    """

    mine: str | None = None
    insert: str | None = None
    own_reads: str | None = None
    team_reads: bool = True
    updates: bool = True
    lead_writes: bool = True
    lead_deletes: bool = True


_COURSE_ROWS = Rule(mine=OF_MY_COURSES, own_reads=OF_MY_COURSES)
_SHARED_REGISTER = Rule(mine="true")
_TEAM_LEADS = Rule()  # the team lead's own work: every member reads it, only the lead writes
_MY_ROWS = f"consultant_id = {ME}"
_IN_MY_CONFLICT = f"(incoming_actor_id = {ME} OR server_actor_id = {ME})"

# The tables whose rows a push stamps per field (storage/sync/push.py): those that travel.
_STAMPED = ("participant", "course", "phase_change", "consent", "form_response",
            "form_answer_change", "plan_review", "note", "placement", "job_opening_candidate",
            "supervision_item", "calendar_event", "employer_contact", "employer",
            "employer_contact_person", "job_opening", "psychiatry_unit", "form_definition",
            "consultant", "staffing_period", "overview_target", "overview_comment",
            "fidelity_review", "implementation_plan_item", "sync_conflict", "team_device")
# A stamp is the member's to see when its row is: the subquery runs under the row's own
# policies (RLS applies inside a policy's subqueries too). EXISTS on the one row, an index
# lookup: `row_id IN (SELECT x.id FROM t x)` read every row of the table for each stamp a
# push wrote (46 s for an everyday sync of 200 changes on the large demo's notes).
STAMPED_ROW_READABLE = "CASE table_name " + " ".join(
    f"WHEN '{t}' THEN EXISTS (SELECT 1 FROM {t} x WHERE x.id = sync_field_stamp.row_id)"
    for t in _STAMPED) + " ELSE false END"

RULES: dict[str, Rule | None] = {
    "participant": Rule(
        mine=f"id IN (SELECT c.participant_id FROM course c WHERE c.consultant_id = {ME})",
        insert="true",  # a new referral: the person comes first, then their course
        own_reads=f"id IN (SELECT c.participant_id FROM course c WHERE c.consultant_id = {ME})"),
    "course": Rule(mine=_MY_ROWS, own_reads=_MY_ROWS),
    "phase_change": _COURSE_ROWS,
    "consent": _COURSE_ROWS,
    "form_response": _COURSE_ROWS,
    "form_answer_change": Rule(
        mine=f"response_id IN (SELECT r.id FROM form_response r WHERE r.{OF_MY_COURSES})",
        own_reads=f"response_id IN (SELECT r.id FROM form_response r WHERE r.{OF_MY_COURSES})"),
    "plan_review": _COURSE_ROWS,
    "note": _COURSE_ROWS,
    "placement": _COURSE_ROWS,
    "job_opening_candidate": _COURSE_ROWS,
    "supervision_item": _COURSE_ROWS,
    "calendar_event": Rule(mine=_MY_ROWS, own_reads=f"({_MY_ROWS} OR {OF_MY_COURSES})"),
    "employer_contact": Rule(mine=_MY_ROWS, own_reads=_MY_ROWS),
    "employer": _SHARED_REGISTER,
    "employer_contact_person": _SHARED_REGISTER,
    "job_opening": _SHARED_REGISTER,
    "psychiatry_unit": _SHARED_REGISTER,
    "form_definition": _SHARED_REGISTER,
    # Their own profile; a laptop's first sync brings its consultant, by the member's initials.
    "consultant": Rule(mine=f"id = {ME}", insert="initials = (SELECT ips_member_initials())"),
    "staffing_period": Rule(mine=_MY_ROWS),
    "overview_target": _TEAM_LEADS,
    "overview_comment": _TEAM_LEADS,
    "fidelity_review": _TEAM_LEADS,
    "implementation_plan_item": _TEAM_LEADS,
    # Append-only: a consultant adds their own events and reads only those (the trail is the
    # team lead's to read); nobody changes or deletes one.
    "audit_event": Rule(insert=f"(actor_id = {ME} OR actor_id IS NULL)",
                        own_reads=f"actor_id = {ME}", team_reads=False, updates=False,
                        lead_deletes=False),
    # Sync (migration 0012_sync): a conflict is read and resolved by those it involves.
    "sync_conflict": Rule(mine=_IN_MY_CONFLICT, insert=f"incoming_actor_id = {ME}",
                          own_reads=_IN_MY_CONFLICT, lead_deletes=False),
    "team_device": Rule(mine=_MY_ROWS),  # every member reads how fresh each laptop is
    # The sync's own bookkeeping (storage/sync/schema.py, migration 0013): ids, clock stamps
    # and counts, no content; nobody deletes it but erasure (ips_sync_erase, as the owner).
    # A field's stamp says who made the team's value: read (and written by a push) only
    # with the row it is about, so "own" hides the stamps of others' rows as their rows.
    "sync_field_stamp": Rule(mine=STAMPED_ROW_READABLE, own_reads=STAMPED_ROW_READABLE,
                             team_reads=False, lead_deletes=False),
    # Ids of erased rows, which every pull needs; written by ips_sync_erase only.
    "sync_erased": Rule(lead_writes=False, lead_deletes=False),
    # Which laptop pushed how much: a consultant adds and reads their own pushes; the pull's
    # clock takes the newest stamp of all through ips_sync_newest_hlc.
    "sync_push": Rule(insert=_MY_ROWS, own_reads=_MY_ROWS, team_reads=False, updates=False,
                      lead_deletes=False),
    "alembic_version": Rule(lead_writes=False, lead_deletes=False),  # read by `team join`
    # Device-only: never on the team database's members' side.
    "setting": None,
    "change_log": None,
    # Derived from the rows by triggers that run as their owner (storage/course_summary.py):
    # nothing for a member to read or write there.
    "course_summary": None,
}
