"""Saving the Team overview: whole or not at all, 0600, never into the data folder or over the
database, a file name without names, and every print and export in the audit trail with the
period and ids only."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit, overview, overview_exports
from ips_desktop.storage.models import AuditEvent
from tests.overview_data import FIRST, LAST, TODAY, build_overview


def events(ws) -> list[tuple]:
    with ws.ctx.engine.connect() as conn:
        return list(conn.execute(
            select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.details)
            .where(AuditEvent.entity == "overview",
                   AuditEvent.action != AuditAction.READ.value)
            .order_by(AuditEvent.at)).all())


@pytest.fixture
def figures(ws):
    data = build_overview(ws.ctx)
    return data, overview.team_overview(ws.ctx, FIRST, LAST, today=TODAY)


def test_the_suggested_name_is_the_kind_and_the_months() -> None:
    name = overview_exports.file_name(date(2025, 12, 1), date(2026, 11, 1), "pdf")
    assert name == "teamoverblik-2025-12-2026-11.pdf"
    assert overview_exports.file_name(FIRST, LAST, "xlsx") == "teamoverblik-2026-07-2026-11.xlsx"
    with pytest.raises(ValueError):
        overview_exports.file_name(FIRST, LAST, "docx")


def test_an_export_is_private_and_recorded_with_ids_only(ws, figures, tmp_path) -> None:
    data, result = figures
    target = tmp_path / "ud" / overview_exports.file_name(FIRST, LAST, "xlsx")
    target.parent.mkdir()
    overview_exports.save_export(ws.ctx, target, b"PK-bytes", result, "xlsx")
    assert target.read_bytes() == b"PK-bytes"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    [(action, entity_id, details)] = events(ws)
    assert action == AuditAction.EXPORT.value and entity_id is None
    assert details == {"first": "2026-07-01", "last": "2026-11-01", "months": 5,
                       "consultants": 3, "format": "xlsx", "fidelity": False}
    bo = data.consultants["BB"]
    overview_exports.record_print(ws.ctx, result, consultant_id=bo, fidelity=True)
    overview_exports.record_pdf_saved(ws.ctx, result, fidelity=True)
    later = events(ws)[1:]
    assert [(a, d["format"], d["fidelity"]) for a, _, d in later] == [
        ("print", "pdf", True), ("export", "pdf", True)]
    assert later[0][2]["consultant_id"] == str(bo)
    shown = str(events(ws))
    assert not any(name in shown for name in (*data.names.values(), "Bo Berg"))


@pytest.mark.sqlite_only(
    reason="exports are refused in the SQLCipher data folder (known by its vault.json) and over "
           "its ips.db; a server workspace has neither")
def test_the_data_folder_and_the_database_are_refused(ws, figures, data_dir) -> None:
    _, result = figures
    database = Path(ws.ctx.engine.url.database)
    before = database.read_bytes()[:4096]
    for target in (data_dir / "teamoverblik.pdf", database):
        with pytest.raises(overview_exports.ExportTargetRefused):
            overview_exports.save_export(ws.ctx, target, b"%PDF", result, "pdf")
    assert not (data_dir / "teamoverblik.pdf").exists()
    assert database.read_bytes()[:4096] == before
    assert events(ws) == []


def test_an_export_that_cannot_be_recorded_is_removed(ws, figures, monkeypatch,
                                                      tmp_path) -> None:
    _, result = figures

    def refuse(*args, **kwargs) -> None:
        raise RuntimeError("audit trail unavailable")

    monkeypatch.setattr(audit, "record", refuse)
    target = tmp_path / "teamoverblik.pdf"
    with pytest.raises(RuntimeError):
        overview_exports.save_export(ws.ctx, target, b"%PDF", result, "pdf")
    assert not target.exists()


def test_a_failed_write_leaves_no_file_and_no_event(ws, figures, tmp_path) -> None:
    _, result = figures
    target = tmp_path / "missing-folder" / "x.pdf"
    with pytest.raises(OSError):
        overview_exports.save_export(ws.ctx, target, b"%PDF", result, "pdf")
    assert not target.exists() and events(ws) == []
