"""Saving the period report: 0600, never into the data folder or over the database, and
every export in the audit trail with ids and counts only; a file that cannot be recorded
is removed again."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import period_report, period_report_exports
from ips_desktop.storage.models import AuditEvent
from tests import period_data as pd


def events(ws) -> list[tuple]:
    with ws.ctx.engine.connect() as conn:
        return list(conn.execute(
            select(AuditEvent.action, AuditEvent.details)
            .where(AuditEvent.entity == period_report.ENTITY,
                   AuditEvent.action != AuditAction.READ.value)).all())


@pytest.fixture
def made(ws):
    pd.build_period(ws.ctx)
    return period_report.period_report(ws.ctx, pd.FIRST, pd.LAST, today=pd.TODAY)


def test_an_export_is_written_private_and_recorded(ws, made, tmp_path) -> None:
    target = tmp_path / "ud" / period_report_exports.file_name(made, "xlsx")
    target.parent.mkdir()
    period_report_exports.save_export(ws.ctx, target, b"PK-bytes", made, "xlsx")
    assert target.read_bytes() == b"PK-bytes"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary
    [(action, details)] = events(ws)
    assert action == AuditAction.EXPORT.value
    assert details == {"first": "2026-02-15", "last": "2026-05-15", "started": 5, "ended": 2,
                       "format": "xlsx"}
    period_report_exports.record_print(ws.ctx, made)
    period_report_exports.record_pdf_saved(ws.ctx, made)
    assert [a for a, _ in events(ws)] == ["export", "print", "export"]


@pytest.mark.sqlite_only(
    reason="exports are refused in the SQLCipher data folder (known by its vault.json) and over "
           "its ips.db; a server workspace has neither")
def test_the_data_folder_and_the_database_are_refused(ws, made, data_dir) -> None:
    database = Path(ws.ctx.engine.url.database)
    before = database.read_bytes()[:4096]
    for target in (data_dir / "indberetning.pdf", database):
        with pytest.raises(period_report_exports.ExportTargetRefused):
            period_report_exports.save_export(ws.ctx, target, b"%PDF", made, "pdf")
    assert not (data_dir / "indberetning.pdf").exists()
    assert database.read_bytes()[:4096] == before and events(ws) == []
    with pytest.raises(ValueError):
        period_report_exports.save_export(ws.ctx, data_dir / "x.docx", b"", made, "docx")


def test_an_export_that_cannot_be_recorded_is_removed(ws, made, monkeypatch,
                                                      tmp_path) -> None:
    def refuse(*args, **kwargs) -> None:
        raise RuntimeError("audit trail unavailable")

    monkeypatch.setattr(period_report, "record_export", refuse)
    target = tmp_path / "report.pdf"
    with pytest.raises(RuntimeError):
        period_report_exports.save_export(ws.ctx, target, b"%PDF", made, "pdf")
    assert not target.exists()


def test_a_failed_write_leaves_no_file_and_no_event(ws, made, tmp_path) -> None:
    target = tmp_path / "missing-folder" / "x.pdf"
    with pytest.raises(OSError):
        period_report_exports.save_export(ws.ctx, target, b"%PDF", made, "pdf")
    assert not target.exists() and events(ws) == []
