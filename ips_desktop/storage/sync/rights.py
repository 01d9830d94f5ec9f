"""What the pushing login may write, asked before the push writes it.

A laptop pushes through its member's own login, so the policies of
storage/team_rules.py hold for the sync as for anyone. PostgreSQL alone
would not tell the sync what it refused in a way it could keep: an UPDATE
outside the rows an UPDATE policy lets through changes nothing and says
nothing (the change would be lost silently), and an INSERT outside an
INSERT policy aborts the whole push. So before each write the push asks,
with the very predicates the policies are made of, which rows are not this
member's to write; those are left out and recorded as refused (kind
'refused' in `sync_conflict`, with the values that were sent), and the rest
of the push goes on. The policies stay the guard; this is only the sync
asking first.

The team lead, IT's administrator and a database without the team layer
(the tests' superuser) are not asked: they may write every row.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.types import Uuid

from ips_desktop.storage.team_rules import RULES

REFUSED = "refused"
# A member's erasure of a person that the team's rules refused: the person's data stay on
# the team database, so this one waits, for the team lead (who may erase) to carry it out.
ERASE_REFUSED = "erase_refused"


class Rights:
    """The connected login's rights on the team database, for one push."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        layered = conn.execute(text("SELECT to_regprocedure('ips_is_member()')")).scalar()
        member, lead, me = conn.execute(text(
            "SELECT ips_is_member(), ips_is_team_lead(), ips_consultant_id()")).one() \
            if layered else (False, False, None)
        self.member = bool(member)  # erasure goes through ips_sync_erase (erase.py)
        self.restricted = self.member and not lead
        # Who the team takes this login for (None until their consultant row arrives).
        self.consultant: uuid.UUID | None = None if me is None else uuid.UUID(str(me))

    def refused_updates(self, table: str, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Of the rows `ids` (all visible to the login), those it may not change."""
        listed = list(ids)
        if not self.restricted or not listed:
            return set()
        rule = RULES.get(table)
        if rule is None or rule.mine is None or not rule.updates:
            return set(listed)
        query = text(f"SELECT t.id FROM {_quoted(table)} t WHERE t.id = ANY(:ids)"
                     f" AND NOT COALESCE(({rule.mine}), false)").bindparams(
            bindparam("ids", type_=ARRAY(Uuid)))
        return set(self.conn.execute(query, {"ids": listed}).scalars())

    def refused_inserts(self, table: str, rows: list[dict[str, Any]]) -> set[uuid.UUID]:
        """Of the new rows `rows` (column values), those the login may not add.

        The rows are read into the table's own row type (`jsonb_populate_recordset`),
        so the INSERT policy's predicate is asked of them as of rows already there.
        """
        if not self.restricted or not rows:
            return set()
        rule = RULES.get(table)
        check = None if rule is None else (rule.insert or rule.mine)
        if check is None:
            return {r["id"] for r in rows}
        query = text(f"SELECT t.id FROM jsonb_populate_recordset(NULL::{_quoted(table)},"
                     f" :rows) t WHERE NOT COALESCE(({check}), false)").bindparams(
            bindparam("rows", type_=JSONB))
        return set(self.conn.execute(query, {"rows": json.loads(json.dumps(
            rows, default=str))}).scalars())


def refusal(table: str, row_id: uuid.UUID, sent: dict[str, Any], *,
            actor: uuid.UUID | None, base_version: int, origin: str | None, hlc: str,
            now: datetime) -> dict[str, Any]:
    """The `sync_conflict` row that records a refused write: decided, never waiting.

    The team's side is empty (its row stays as it is, and may be one this
    member cannot read); the incoming side holds what was sent, so nothing is
    lost and the team lead sees who wanted what. `actor` is the pushing member
    (the conflict's own INSERT policy asks for that).
    """
    return {"table_name": table, "row_id": row_id, "field": None, "kind": REFUSED,
            "base_version": base_version, "server_value": None, "server_actor_id": None,
            "server_origin": None, "server_hlc": None, "incoming_value": sent,
            "incoming_actor_id": actor, "incoming_origin": origin, "incoming_hlc": hlc,
            "detected_at": now, "resolved_at": now, "resolved_by": actor,
            "resolution": REFUSED}


def erase_request(refused: dict[str, Any]) -> dict[str, Any]:
    """A refused erasure of a person as a conflict that waits (for the team lead).

    Only ids and `{"erased": true}`: the request names the person by id, no value of theirs.
    """
    return refused | {"kind": ERASE_REFUSED, "incoming_value": {"erased": True},
                      "resolved_at": None, "resolved_by": None, "resolution": None}


def _quoted(table: str) -> str:
    """A table of the rules, quoted (the rules name their own table's columns unqualified,
    so inside `SELECT … FROM x t WHERE …` they resolve to `t`'s, as in the policy)."""
    if not table.isidentifier():
        raise ValueError(f"not a table name: {table!r}")
    return f'"{table}"'
