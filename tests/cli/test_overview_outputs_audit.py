"""Every audit event the Team overview's outputs write (overview, fidelity self-check,
implementation plan, period report: reads, prints, exports) holds ids, periods and counts
only: no name, CPR number, employer or free text typed by the team lead. The hand-built data
set is given free text in every place it can hold some, then each output is made; the
details of every event written are scanned for it."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from ips_desktop.cli import overview_report, period_report, plan_report
from ips_desktop.cli.main import main
from ips_desktop.services import (
    fidelity,
    implementation_plan,
    implementation_plan_exports,
    overview,
    overview_exports,
    period_report_exports,
    workspace,
)
from ips_desktop.services import period_report as period_report_service
from ips_desktop.services.implementation_plan import save_item
from ips_desktop.storage.models import AuditEvent
from tests import overview_data as od
from tests.helpers import PASSWORD
from tests.reports.support import new_consultant

COMMENT = "Styregruppen: Anna Andersen har travlt"
REVIEW_NOTE = "Bo Berg holder møderne alene"
RESPONSIBLE = "Lis Lederstrøm"
ANSWER = "Nøglekort hos Brugsen Køge"


@pytest.fixture
def database(data_dir, monkeypatch):
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    me = new_consultant(ws, "Søren Østergård", "SOE", "Køge")
    workspace.set_owner(ws, me)
    data = od.build_overview(ws.ctx)
    overview.save_comment(ws.ctx, od.FIRST, od.LAST, COMMENT)
    fidelity.save_review(ws.ctx, od.FIRST, od.TODAY, {"vocational_staff": (4, REVIEW_NOTE)},
                         REVIEW_NOTE, today=od.TODAY)
    save_item(ws.ctx, "access", ANSWER, "faelles", RESPONSIBLE, date(2026, 11, 1), None,
              today=od.TODAY)
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    for module in (overview_report, plan_report):
        monkeypatch.setattr(module, "_today", lambda: od.TODAY)
    if hasattr(period_report, "_today"):
        monkeypatch.setattr(period_report, "_today", lambda: od.TODAY)
    return data_dir, data


def _details(root) -> list[tuple[str, str, str]]:
    ws = workspace.unlock(root, PASSWORD, exclusive=False)
    try:
        with ws.ctx.engine.connect() as conn:
            rows = conn.execute(select(AuditEvent.action, AuditEvent.entity,
                                       AuditEvent.details)).all()
    finally:
        ws.close()
    return [(action, entity, json.dumps(details, ensure_ascii=False))
            for action, entity, details in rows]


def test_no_personal_data_or_free_text_in_the_outputs_audit_details(database, tmp_path):
    root, data = database
    out = tmp_path / "ud"
    out.mkdir()
    base = ["--data-dir", str(root), "report"]
    for args in (["overview", "--from", "2026-07", "--to", "2026-11", "--out", str(out)],
                 ["overview", "--from", "2026-07", "--to", "2026-11", "--format", "xlsx",
                  "--out", str(out)],
                 ["overview", "--consultant", "AA", "--out", str(out / "aa.pdf")],
                 ["period", "--from", "1.7.2026", "--to", "30.9.2026", "--out", str(out)],
                 ["period", "--from", "1.7.2026", "--to", "30.9.2026", "--consultant", "BB",
                  "--out", str(out / "bb.xlsx")],
                 ["implementation-plan", "--out", str(out)]):
        assert main([*base, *args]) == 0, args
    # The file names carry no one's name either.
    names = [p.name for p in out.iterdir()]
    assert len(names) == 6

    # What the area's print preview records (the printouts on paper).
    ws = workspace.unlock(root, PASSWORD, exclusive=False)
    try:
        shown = overview.team_overview(ws.ctx, od.FIRST, od.LAST, today=od.TODAY)
        aa = next(c.consultant_id for c in shown.consultants if c.initials == "AA")
        overview_exports.record_print(ws.ctx, shown, fidelity=True)
        overview_exports.record_print(ws.ctx, shown, consultant_id=aa)
        period_report_exports.record_print(ws.ctx, period_report_service.period_report(
            ws.ctx, date(2026, 7, 1), date(2026, 9, 30), today=od.TODAY))
        implementation_plan_exports.record_print(ws.ctx, implementation_plan.plan(
            ws.ctx, today=od.TODAY))
    finally:
        ws.close()

    events = _details(root)
    kinds = {(action, entity) for action, entity, _ in events}
    for entity in ("overview", "period_report", "implementation_plan"):
        assert {("print", entity), ("export", entity)} <= kinds, kinds
    assert ("read", "fidelity") in kinds and ("read", "overview") in kinds
    forbidden = [*od.NAMES.values(), *data.names.values(), *data.cprs.values(),
                 *(cpr.replace("-", "") for cpr in data.cprs.values()),
                 "Søren Østergård", od.EMPLOYER_NAME, od.SCHOOL_NAME,
                 COMMENT, "travlt", REVIEW_NOTE, RESPONSIBLE, ANSWER, "Nøglekort"]
    # audit.record lets a code-like word through ("[A-Za-z0-9_.-]+"): each word of a name.
    forbidden += [word for text in forbidden for word in text.split()
                  if len(word) >= 4 and word != "Køge"]
    for action, entity, details in events:
        for word in forbidden:
            assert word.casefold() not in details.casefold(), (action, entity, word)
    for name in names:
        for word in forbidden:
            assert word.casefold() not in name.casefold(), name
