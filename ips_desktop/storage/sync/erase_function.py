"""`ips_sync_erase`: erasure on the team database for a member, who may delete nothing.

A consultant deletes no row (storage/team_rules.py: a row is retired with
`deleted_at`), and nobody but this function touches the sync's bookkeeping
rows of an erasure (`sync_erased`, the field stamps and conflicts of the rows
that go). Yet an erasure asked on a consultant's laptop must reach the team:
the person's rows go, with what hangs on them that this consultant cannot
see (another consultant's calendar entry on the course). So the erasure runs
as this one SECURITY DEFINER function, owned by IT's administrator, which
first asks whether the caller may erase what they asked:

- the team lead may erase any row;
- a consultant only rows that are theirs to change (the rule's `mine`: their
  course and what is in it; a participant all of whose courses they hold), and
  what hangs on those (a colleague's calendar entry on their course);
  asked of every seed before anything goes, so a participant is theirs while
  its course, erased in the same push, is still there.

Anything refused erases nothing: the seeds come back with `refused` true and
the push records them. The walk from the seeds is erasure's own
(`erasure.FOUND_BY`, `erasure.SCRUBBED`), written out from those lists here,
so the team's erasure and the laptop's stay the same. Created by
storage/team_server.py with the team's other functions (it calls them).
"""

from __future__ import annotations

from ips_desktop.storage import erasure
from ips_desktop.storage.team_rules import RULES

SIGNATURE = "ips_sync_erase(jsonb, timestamptz)"


def _var(table: str) -> str:
    return f"v_{table}"


# A person is erased by a consultant only when every course of theirs is the consultant's:
# else anyone could add a course of their own to a colleague's participant and erase them.
# (Asked as the owner, so a course the caseload "own" hides from the consultant counts too.)
_ERASE_MINE = {
    "participant": "EXISTS (SELECT 1 FROM course c WHERE c.participant_id = t.id)"
                   " AND NOT EXISTS (SELECT 1 FROM course c WHERE c.participant_id = t.id"
                   " AND c.consultant_id IS DISTINCT FROM (SELECT ips_consultant_id()))",
}


def _mine(table: str) -> str:
    """The seeds of `table` a consultant may erase themselves: the rule's `mine`, or stricter."""
    rule = RULES.get(table)
    mine = _ERASE_MINE.get(table) or (
        "false" if rule is None or rule.mine is None else rule.mine)
    return (f"  {_var(table)} := ARRAY(SELECT t.id FROM public.{table} t"
            f" WHERE t.id = ANY({_var(table)}) AND COALESCE(({mine}), false));")


def create_sql() -> str:
    """The function's CREATE OR REPLACE (PL/pgSQL), from erasure's lists and the rules."""
    tables = list(erasure.ERASED_TABLES)
    declare = "\n".join(
        f"  s_{t} uuid[] := ARRAY(SELECT DISTINCT s.id FROM public.{t} s WHERE s.id = ANY("
        f"ARRAY(SELECT jsonb_array_elements_text(COALESCE(p_seeds -> '{t}', '[]'))::uuid)));"
        f"\n  {_var(t)} uuid[] := s_{t};"
        for t in tables)
    mine = "\n".join(_mine(t) for t in tables)
    refused = "\n      UNION ALL ".join(
        f"SELECT '{t}'::text, x, true FROM unnest(s_{t}) x WHERE NOT (x = ANY({_var(t)}))"
        for t in tables)
    walk = "\n".join(
        f"  {_var(t)} := ARRAY(SELECT DISTINCT u FROM unnest({_var(t)} || ARRAY("
        f"SELECT x.id FROM public.{t} x WHERE x.{column} = ANY({_var(referred)}))) u);"
        for t, column, referred in erasure.FOUND_BY[1:])
    scrub = "\n".join(
        f"  UPDATE public.{t} SET {', '.join(f'{c} = NULL' for c in cleared)},"
        f" version = version + 1, updated_at = p_now,"
        f" server_seq = nextval('public.sync_server_seq')"
        f" WHERE {column} = ANY({_var(referred)});"
        for t, (column, referred, cleared) in erasure.SCRUBBED.items())
    all_ids = " || ".join(_var(t) for t in tables)
    removed = " UNION ALL ".join(f"SELECT '{t}'::text, unnest({_var(t)})" for t in tables)
    deletes = "\n".join(f"  DELETE FROM public.{t} WHERE id = ANY({_var(t)});"
                        for t in reversed(tables))
    return f"""
CREATE OR REPLACE FUNCTION {SIGNATURE.replace('(jsonb, timestamptz)',
                                              '(p_seeds jsonb, p_now timestamptz)')}
RETURNS TABLE (table_name text, row_id uuid, refused boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $fn$
DECLARE
{declare}
  v_ids uuid[];
  v_texts text[];
  v_conflicts uuid[];
BEGIN
  IF NOT public.ips_is_member() THEN
    RAISE EXCEPTION 'not a member of this team' USING ERRCODE = '42501';
  END IF;
  IF NOT public.ips_is_team_lead() THEN  -- from the seeds that are theirs only
{mine}
  END IF;
{walk}
  RETURN QUERY {refused};  -- a seed neither theirs nor under one of theirs
  IF FOUND THEN
    RETURN;
  END IF;
{scrub}
  v_ids := {all_ids};
  v_texts := ARRAY(SELECT x::text FROM unnest(v_ids) x);
  v_conflicts := ARRAY(SELECT c.id FROM public.sync_conflict c
    WHERE c.row_id = ANY(v_ids) OR (c.kind = 'same_person'
      AND (c.server_value #>> '{{}}' = ANY(v_texts)
           OR c.incoming_value #>> '{{}}' = ANY(v_texts))));
{deletes}
  DELETE FROM public.sync_conflict c WHERE c.id = ANY(v_conflicts);
  DELETE FROM public.sync_field_stamp s WHERE s.row_id = ANY(v_ids || v_conflicts);
  INSERT INTO public.sync_erased (table_name, row_id, server_seq, erased_at)
    SELECT d.t, d.id, nextval('public.sync_server_seq'), p_now
    FROM ({removed} UNION ALL SELECT 'sync_conflict'::text, unnest(v_conflicts)) d (t, id)
    ON CONFLICT DO NOTHING;
  RETURN QUERY SELECT d.t, d.id, false
    FROM ({removed} UNION ALL SELECT 'sync_conflict'::text, unnest(v_conflicts)) d (t, id);
END
$fn$"""
