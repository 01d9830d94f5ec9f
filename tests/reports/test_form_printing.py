"""A course's profile or plan gathered for print from its draft, on a real database: the
person's name, who changed it and when, an old version's answers, the audit event."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from ips_desktop.reports.form_document import form_print_pdf, printout
from ips_desktop.services import form_drafts, form_printing
from ips_desktop.services.context import unit_of_work
from ips_desktop.services.form_drafts import Position
from ips_desktop.storage.models import AuditEvent
from tests.helpers import CONSULTANT_NAME
from tests.reports.form_specs import (
    PLAN,
    PROFILE_V1,
    PROFILE_V2,
    plan_answers,
    profile_answers,
    recorded,
)
from tests.reports.support import TODAY, all_text, pages_text, register

NAME = "Åse Ødegård Brønnum"


def prints(ws) -> list[tuple]:
    with unit_of_work(ws.ctx) as session:
        return [(e.entity, e.entity_id, e.details) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "print").order_by(AuditEvent.at))]


def test_a_profile_draft_prints_with_the_name_on_every_page_and_is_audited(ws):
    course = register(ws, name=NAME)
    spec = recorded(ws.ctx, PROFILE_V2)
    before = datetime.now(UTC).replace(microsecond=0)
    form_drafts.save_draft(ws.ctx, course, spec, profile_answers(jobs=20), Position(2),
                           today=TODAY)
    data = form_printing.form_print(ws.ctx, course, spec)
    assert data.header.participant_name == NAME and data.course_id == course
    assert data.header.updated_by == CONSULTANT_NAME
    assert data.header.updated_at is not None and data.header.updated_at >= before
    assert data.header.current_version == "" and data.old_questions == {}
    pages = pages_text(form_print_pdf(data, language="da"))
    assert len(pages) >= 3 and all(NAME in page for page in pages)
    text = " ".join(pages)
    assert f"af {CONSULTANT_NAME} Ikke endnu (kladde)" in text
    assert "Føtex Køge afdeling 20" in text
    assert prints(ws) == [("course", course, {"form": "vocational_profile", "version": "2"})]


def test_a_completed_plan_says_when(ws):
    course = register(ws, name=NAME)
    spec = recorded(ws.ctx, PLAN)
    form_drafts.mark_complete(ws.ctx, course, spec, plan_answers(), today=TODAY)
    data = form_printing.form_print(ws.ctx, course, spec)
    done = data.header.completed_on
    assert done is not None
    text = all_text(printout(data, language="da").pdf)
    assert done.strftime("%d.%m.%Y") in text and "kladde" not in text
    assert "Skrive et CV" in text and "Handleplan" in text


def test_a_form_not_started_prints_its_questions_to_fill_in(ws):
    course = register(ws, name=NAME)
    data = form_printing.form_print(ws.ctx, course, recorded(ws.ctx, PLAN))
    assert data.answers == {} and data.header.status is None
    assert data.header.updated_by == "" and data.header.updated_at is None
    text = all_text(form_print_pdf(data, language="da"))
    assert f"{NAME} Ikke påbegyndt Ikke påbegyndt" in text and "Delmål" in text


def test_a_draft_under_the_old_version_prints_under_it_and_says_so(ws):
    course = register(ws, name=NAME)
    old = recorded(ws.ctx, PROFILE_V1)
    form_drafts.save_draft(ws.ctx, course, old,
                           profile_answers() | {"old_wish": "Kun formiddage"}, Position(),
                           today=TODAY)
    new = recorded(ws.ctx, PROFILE_V2)  # the municipality installs version 2
    data = form_printing.form_print(ws.ctx, course, new)
    assert data.spec.version == "1" and data.header.current_version == "2"
    text = all_text(form_print_pdf(data, language="da"))
    assert "version 1 af skemaet og er udskrevet med dens spørgsmål; version 2 er i brug" in text
    assert "Ønsker til arbejdstid (gammelt spørgsmål) Kun formiddage" in text
    assert "Svar fra version" not in text  # it is a question of the version printed


def test_a_moved_draft_prints_the_removed_questions_answer_last_as_the_old_versions(ws):
    course = register(ws, name=NAME)
    old = recorded(ws.ctx, PROFILE_V1)
    form_drafts.save_draft(ws.ctx, course, old,
                           profile_answers() | {"old_wish": "Kun formiddage"}, Position(),
                           today=TODAY)
    new = recorded(ws.ctx, PROFILE_V2)
    form_drafts.move_to_version(ws.ctx, course, "vocational_profile", new, today=TODAY)
    data = form_printing.form_print(ws.ctx, course, new)
    assert data.spec.version == "2" and data.header.current_version == ""
    assert list(data.old_questions) == ["old_wish"] and data.old_questions["old_wish"][0] == "1"
    text = all_text(form_print_pdf(data, language="da"))
    block = text.index("Svar fra version 1 af skemaet (spørgsmål, som version 2 ikke har)")
    assert text.index("Ønsker til arbejdstid (gammelt spørgsmål) Kun formiddage") > block
    assert "Indtægt i dag" in text[:block]  # version 2's new question, to fill in
    assert NAME not in str(prints(ws))


def test_an_unknown_course_is_refused_and_not_audited(ws):
    import uuid

    with pytest.raises(LookupError):
        form_printing.form_print(ws.ctx, uuid.uuid4(), recorded(ws.ctx, PLAN))
    assert prints(ws) == []


def test_the_blank_form_is_audited_without_a_record(ws):
    data = form_printing.blank_form_print(ws.ctx, recorded(ws.ctx, PLAN))
    assert data.blank and data.course_id is None and data.header.participant_name == ""
    assert prints(ws) == [(None, None, {"form": "action_plan", "blank": True})]
    assert printout(data, language="da").file_name.startswith("handleplan-blanket-")
