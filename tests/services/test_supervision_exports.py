"""Saving the supervision list: whole or not at all, 0600, never into the data folder or over
the database, a file name without names, and every export in the audit trail (ids only)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import supervision, supervision_exports
from ips_desktop.services.supervision import supervision_list
from ips_desktop.storage.models import AuditEvent
from tests.supervision_data import TODAY, WEEK, build_team


def events(ws) -> list[tuple]:
    with ws.ctx.engine.connect() as conn:
        return list(conn.execute(
            select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.details)
            .where(AuditEvent.entity == "supervision",
                   AuditEvent.action != AuditAction.READ.value)).all())


@pytest.fixture
def listing(ws):
    data = build_team(ws.ctx)
    return data, supervision_list(ws.ctx, WEEK, today=TODAY)


def test_the_suggested_name_is_the_kind_and_the_week() -> None:
    assert supervision_exports.file_name((2026, 47), "pdf") == "supervision-2026-W47.pdf"
    assert supervision_exports.file_name((2027, 1), "xlsx") == "supervision-2027-W01.xlsx"
    with pytest.raises(ValueError):
        supervision_exports.file_name((2026, 47), "docx")
    assert supervision_exports.format_of(Path("uge.XLSX")) == "xlsx"
    assert supervision_exports.format_of(Path("uge")) == "pdf"


def test_an_export_is_written_private_and_recorded_without_names(ws, listing, tmp_path) -> None:
    data, made = listing
    target = tmp_path / "ud" / supervision_exports.file_name(made, "xlsx")
    target.parent.mkdir()
    supervision_exports.save_export(ws.ctx, target, b"PK-bytes", made, "xlsx")
    assert target.read_bytes() == b"PK-bytes"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary left
    [(action, entity_id, details)] = events(ws)
    assert action == AuditAction.EXPORT.value and entity_id is None
    assert details == {"year": 2026, "week": 47, "rows": data.listed, "format": "xlsx"}
    assert not any(name in str(details) for name in data.names.values())
    supervision_exports.record_print(ws.ctx, made)
    supervision_exports.record_pdf_saved(ws.ctx, made)
    assert [(a, d["format"]) for a, _, d in events(ws)] == [
        ("export", "xlsx"), ("print", "pdf"), ("export", "pdf")]


@pytest.mark.sqlite_only(
    reason="exports are refused in the SQLCipher data folder (known by its vault.json) and over "
           "its ips.db; a server workspace has neither")
def test_the_data_folder_and_the_database_are_refused(ws, listing, data_dir, tmp_path) -> None:
    _, made = listing
    database = Path(ws.ctx.engine.url.database)
    before = database.read_bytes()[:4096]
    for target in (data_dir / "supervision-2026-W47.pdf", database,
                   database.with_name(database.name + "-wal")):
        with pytest.raises(supervision_exports.ExportTargetRefused):
            supervision_exports.save_export(ws.ctx, target, b"%PDF", made, "pdf")
    assert not (data_dir / "supervision-2026-W47.pdf").exists()
    assert database.read_bytes()[:4096] == before
    assert events(ws) == []
    supervision_exports.check_target(ws.ctx, tmp_path / "fine.pdf")  # anywhere else is fine


def test_a_database_outside_any_data_folder_is_still_refused(ws, listing, monkeypatch,
                                                           tmp_path) -> None:
    """Only the vault marks a data folder: the open database is refused wherever it is."""
    monkeypatch.setattr(supervision_exports, "inside_a_data_dir", lambda path: False)
    with pytest.raises(supervision_exports.ExportTargetRefused):
        supervision_exports.check_target(ws.ctx, Path(ws.ctx.engine.url.database))
    supervision_exports.check_target(ws.ctx, tmp_path / "ips.db")


def test_an_export_that_cannot_be_recorded_is_removed(ws, listing, monkeypatch,
                                                      tmp_path) -> None:
    _, made = listing

    def refuse(*args, **kwargs) -> None:
        raise RuntimeError("audit trail unavailable")

    monkeypatch.setattr(supervision, "record_export", refuse)
    target = tmp_path / "supervision-2026-W47.pdf"
    with pytest.raises(RuntimeError):
        supervision_exports.save_export(ws.ctx, target, b"%PDF", made, "pdf")
    assert not target.exists()


def test_a_failed_write_leaves_no_file_and_no_event(ws, listing, tmp_path) -> None:
    _, made = listing
    target = tmp_path / "missing-folder" / "x.pdf"
    with pytest.raises(OSError):
        supervision_exports.save_export(ws.ctx, target, b"%PDF", made, "pdf")
    assert not target.exists() and events(ws) == []
