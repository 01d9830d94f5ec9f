"""The implementation plan: items saved and validated per field, overdue deadlines, audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.implementation_plan import Party
from ips_desktop.domain.messages import message
from ips_desktop.services import forms, implementation_plan
from ips_desktop.services import implementation_plan_exports as plan_exports
from ips_desktop.services.implementation_plan import (
    passed_deadlines,
    plan,
    save_item,
)
from ips_desktop.services.overview import TeamLeadOnly
from ips_desktop.storage.models import AuditEvent, ImplementationPlanItem
from tests.plan_support import make_lead

TODAY = date(2026, 11, 20)


@pytest.fixture
def lead(ws):
    return make_lead(ws)


def _events(ws) -> list[AuditEvent]:
    with Session(ws.ctx.engine) as session:
        return list(session.scalars(select(AuditEvent).where(
            AuditEvent.entity.in_([implementation_plan.ENTITY, "implementation_plan"]))
            .order_by(AuditEvent.at, AuditEvent.created_at)))


def test_an_untouched_plan_has_every_item_with_its_default_party(ws, lead):
    shown = plan(ws.ctx, today=TODAY)
    items = list(shown.items())
    assert len(items) == 23 and len(shown.sections) == 6
    first = shown.item("target_group")
    assert first is not None and first.party is Party.FAELLES and not first.saved
    assert first.default_party_label is not None
    assert first.default_party_label.da == "Kommune og Psykiatri"
    assert (first.answer, first.responsible, first.deadline, first.overdue) == ("", "", None,
                                                                                 False)
    assert shown.item("psychiatry_leader").party is Party.PSYKIATRIEN


def test_an_item_saved_reads_back_and_is_audited_without_its_texts(ws, lead):
    changed = save_item(ws.ctx, "target_numbers", "  40 deltagere, 2 konsulenter  ",
                        "kommune", "Lis Leder", date(2027, 1, 31), None, today=TODAY)
    assert changed is True
    item = plan(ws.ctx, today=TODAY).item("target_numbers")
    assert (item.answer, item.party, item.responsible, item.deadline, item.done_on) == (
        "40 deltagere, 2 konsulenter", Party.KOMMUNE, "Lis Leder", date(2027, 1, 31), None)
    assert item.saved and not item.overdue
    events = _events(ws)
    assert [e.action for e in events] == ["create"]
    assert events[0].details == {"item": "target_numbers", "party": "kommune", "answer": True,
                                 "responsible": True, "deadline": True, "done": False}
    assert events[0].actor_id == lead.id
    # Saving the same again writes nothing and records nothing.
    assert save_item(ws.ctx, "target_numbers", "40 deltagere, 2 konsulenter", Party.KOMMUNE,
                     "Lis Leder", date(2027, 1, 31), None, today=TODAY) is False
    assert len(_events(ws)) == 1
    save_item(ws.ctx, "target_numbers", "40 deltagere", Party.KOMMUNE, "Lis Leder",
              date(2027, 1, 31), TODAY, today=TODAY)
    assert [e.action for e in _events(ws)] == ["create", "update"]
    with Session(ws.ctx.engine) as session:
        rows = list(session.scalars(select(ImplementationPlanItem)))
    assert len(rows) == 1 and rows[0].updated_by == lead.id and rows[0].done_on == TODAY


def test_nothing_typed_on_an_untouched_item_writes_no_row(ws, lead):
    assert save_item(ws.ctx, "access", "", "faelles", "", None, None, today=TODAY) is False
    assert _events(ws) == []


def test_every_field_problem_is_reported_at_once_and_nothing_is_written(ws, lead):
    with pytest.raises(ValidationError) as raised:
        save_item(ws.ctx, "access", "x" * 4001, "begge", "", date(2027, 1, 1),
                  date(2026, 11, 21), today=TODAY)
    error = raised.value
    assert error.for_field("answer") == [message("too_long", max=4000)]
    assert error.for_field("party") == [message("unknown_choice")]
    assert error.for_field("responsible") == [message("plan_responsible_needed")]
    assert error.for_field("done_on") == [message("plan_done_in_future")]
    assert plan(ws.ctx, today=TODAY).item("access").saved is False


@pytest.mark.parametrize(("field", "kwargs", "code"), [
    ("responsible", {"responsible": "Lis\x07Leder"}, "control_chars"),
    ("responsible", {"responsible": "L" * 201}, "too_long"),
    ("deadline", {"deadline": date(1999, 12, 31)}, "plan_date_range"),
    ("deadline", {"deadline": date(2101, 1, 1)}, "plan_date_range"),
    ("answer", {"answer": "broken \ud800"}, "broken_text"),
])
def test_each_field_is_checked(ws, lead, field, kwargs, code):
    values = {"answer": "", "party": "faelles", "responsible": "Lis Leder",
              "deadline": None, "done_on": None} | kwargs
    with pytest.raises(ValidationError) as raised:
        save_item(ws.ctx, "access", values["answer"], values["party"], values["responsible"],
                  values["deadline"], values["done_on"], today=TODAY)
    assert [e.field for e in raised.value.errors] == [field]
    assert raised.value.errors[0].message.startswith(message(code, max=200)[:12])


def test_the_edges_of_the_dates_are_allowed(ws, lead):
    assert save_item(ws.ctx, "access", "", "faelles", "Lis", date(2000, 1, 1), TODAY,
                     today=TODAY)
    assert save_item(ws.ctx, "access", "", "faelles", "Lis", date(2100, 12, 31), None,
                     today=TODAY)


def test_an_unknown_item_is_refused(ws, lead):
    with pytest.raises(ValidationError) as raised:
        save_item(ws.ctx, "no_such_item", "", "faelles", "", None, None, today=TODAY)
    assert raised.value.for_field("item") == [message("plan_unknown_item")]


def test_passed_deadlines_are_those_before_today_and_not_done(ws, lead):
    save_item(ws.ctx, "access", "", "faelles", "Lis", date(2026, 11, 19), None, today=TODAY)
    save_item(ws.ctx, "training", "", "faelles", "Bo", date(2026, 10, 1), None, today=TODAY)
    save_item(ws.ctx, "referral", "", "faelles", "Bo", TODAY, None, today=TODAY)  # due today
    save_item(ws.ctx, "coordinator", "", "kommune", "Bo", date(2026, 9, 1), date(2026, 9, 2),
              today=TODAY)  # done
    passed = passed_deadlines(ws.ctx, today=TODAY)
    assert [(p.item, p.deadline, p.responsible) for p in passed] == [
        ("training", date(2026, 10, 1), "Bo"), ("access", date(2026, 11, 19), "Lis")]
    assert passed[0].title.da == "Uddannelse i IPS"
    shown = plan(ws.ctx, today=TODAY)
    assert [i.item for i in shown.overdue()] == ["access", "training"]  # the plan's order
    assert passed_deadlines(ws.ctx, today=date(2026, 10, 1)) == []


def test_a_consultant_is_refused(ws):
    with pytest.raises(TeamLeadOnly) as raised:
        plan(ws.ctx, today=TODAY)
    assert str(raised.value) == message("overview_team_lead_only")
    with pytest.raises(TeamLeadOnly):
        save_item(ws.ctx, "access", "svar", "faelles", "", None, None, today=TODAY)
    with pytest.raises(TeamLeadOnly):
        passed_deadlines(ws.ctx, today=TODAY)


def test_printing_and_saving_are_audit_events_with_counts_only(ws, lead, tmp_path):
    save_item(ws.ctx, "access", "Nøglekort", "faelles", "Lis", date(2026, 11, 1), None,
              today=TODAY)
    shown = plan(ws.ctx, today=TODAY)
    plan_exports.record_print(ws.ctx, shown)
    target = tmp_path / "plan.pdf"
    plan_exports.save_export(ws.ctx, target, b"%PDF-1.4 test", shown)
    assert target.read_bytes() == b"%PDF-1.4 test"
    assert target.stat().st_mode & 0o777 == 0o600
    counts = {"items": 23, "format": "pdf", "answered": 1, "overdue": 1}
    assert [(e.action, e.entity, e.details) for e in _events(ws)][1:] == [
        ("print", "implementation_plan", counts), ("export", "implementation_plan", counts)]
    assert plan_exports.file_name(shown) == "implementation-plan-2026-11-20.pdf"


@pytest.mark.sqlite_only(
    reason="exports are refused in the SQLCipher data folder (known by its vault.json) and over "
           "its ips.db; a server workspace has neither")
def test_an_export_into_the_data_folder_is_refused_before_writing(ws, lead, data_dir):
    shown = plan(ws.ctx, today=TODAY)
    target = data_dir / "plan.pdf"
    with pytest.raises(plan_exports.printing.ExportTargetRefused):
        plan_exports.save_export(ws.ctx, target, b"%PDF", shown)
    assert not target.exists()


def test_the_form_reader_leaves_the_plan_alone(data_dir):
    catalog = forms.load_forms(data_dir)
    assert catalog.problems == []
    assert "implementation_plan" not in catalog.specs
