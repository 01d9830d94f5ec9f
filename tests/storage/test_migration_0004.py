"""Migration 0004 on a database with drafts from before it: answers kept, no position yet.

A laptop updated in the middle of a profile must open that draft again with
every answer, at the first page (there was no position to resume), and go on
recording its history from the first save after the update. The downgrade is
exercised on the way.
"""

from __future__ import annotations

import uuid

from alembic import command
from sqlalchemy import inspect, text

from ips_desktop.services import form_drafts as drafts
from ips_desktop.services.context import unit_of_work
from ips_desktop.storage import schema
from ips_desktop.storage.models import FormResponse
from tests.reports.support import TODAY, register
from tests.services.draft_support import PROFILE_V1, spec


def test_a_draft_from_before_0004_opens_with_its_answers_at_the_first_page(ws):
    course = register(ws)
    profile = spec(PROFILE_V1, ws.ctx)
    cfg = schema.alembic_config()
    with ws.ctx.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
        assert not inspect(conn).has_table("plan_review")
        conn.execute(text(
            "INSERT INTO form_response (id, course_id, form_id, form_version, answers, status,"
            " created_at, updated_at) VALUES (:id, :course, 'vocational_profile', '1',"
            " :answers, 'draft', '2026-11-10 09:00:00', '2026-11-12 09:00:00')"),
            {"id": "0" * 32, "course": course.hex,
             "answers": '{"dream_job": "Gartner i \\u00d8lstykke"}'})
    schema.upgrade(ws.ctx.engine)
    with ws.ctx.engine.connect() as conn:
        assert schema.current_revision(conn) == schema.head_revision()
    draft = drafts.open_form(ws.ctx, course, "vocational_profile", profile)
    assert draft.answers == {"dream_job": "Gartner i Ølstykke"}
    assert draft.position == drafts.Position() and drafts.answer_history(
        ws.ctx, course, "vocational_profile") == []
    with unit_of_work(ws.ctx) as session:
        assert session.get(FormResponse, uuid.UUID("0" * 32)).position is None
    # The first save after the update records its changes as any other.
    drafts.save_draft(ws.ctx, course, profile, {"dream_job": "Gartner", "job_now": "Lager"},
                      drafts.Position(1), today=TODAY)
    assert {h.field for h in drafts.answer_history(ws.ctx, course, "vocational_profile")} == {
        "dream_job", "job_now"}
    assert drafts.form_states(ws.ctx, course, today=TODAY)["vocational_profile"].sections_done \
        == 1
