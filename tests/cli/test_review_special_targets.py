"""An `--out` that names a device is written into, never replaced by a file.

Every export went through temp file + rename, so `ips-desktop audit --out /dev/null`
run as root (IT does) replaced the machine's /dev/null with a 0600 file of the audit
trail, and `--out /dev/full` said "written". A character device is now opened and
written as the shell's `>` would; a full one is a failure with nothing recorded. A
FIFO is still replaced: anyone may make one under the name an export will get.
"""

from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy import select

from ips_desktop.cli.main import main
from ips_desktop.services import workspace
from ips_desktop.storage.models import AuditEvent
from tests.audit_trail_data import build_trail, danish_time
from tests.helpers import PASSWORD

PERIOD = ["--from", "1.11.2026", "--to", "31.12.2026"]


@pytest.fixture
def database(ws, monkeypatch):
    danish_time(monkeypatch)
    build_trail(ws)
    root = ws.data_dir
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    return root


def exports_recorded(root) -> int:
    ws = workspace.unlock(root, PASSWORD)
    try:
        with ws.ctx.engine.connect() as conn:
            return len(conn.execute(select(AuditEvent.id).where(
                AuditEvent.action == "export", AuditEvent.entity == "audit_trail")).all())
    finally:
        ws.close()


def device(path, minor: int):
    """A character device node like /dev/null (minor 3) or /dev/full (minor 7)."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    return path


def test_a_fifo_planted_under_the_name_is_never_handed_the_export(database, tmp_path) -> None:
    """Someone who can write the folder makes a FIFO and reads it: they get nothing."""
    fifo = tmp_path / "trail.csv"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        assert main(["--data-dir", str(database), "audit", *PERIOD, "--format", "csv",
                     "--out", str(fifo)]) == 0
        assert os.read(reader, 1 << 16) == b""
    finally:
        os.close(reader)
    assert stat.S_ISREG(fifo.stat().st_mode) and stat.S_IMODE(fifo.stat().st_mode) == 0o600
    assert fifo.read_bytes().startswith(b"id,at,actor_id")


def test_a_device_like_dev_null_stays_a_device(database, tmp_path) -> None:
    null = device(tmp_path / "null", 3)
    assert main(["--data-dir", str(database), "audit", *PERIOD, "--format", "json",
                 "--out", str(null)]) == 0
    assert stat.S_ISCHR(null.stat().st_mode)
    assert exports_recorded(database) == 1


def test_a_full_device_is_a_failure_with_nothing_recorded(database, tmp_path, capsys) -> None:
    full = device(tmp_path / "full", 7)
    assert main(["--data-dir", str(database), "audit", *PERIOD, "--format", "csv",
                 "--out", str(full)]) == 1
    assert "Kunne ikke skrive" in capsys.readouterr().err
    assert stat.S_ISCHR(full.stat().st_mode)
    assert exports_recorded(database) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["full"]


def test_a_report_to_a_device_leaves_the_device(database, tmp_path) -> None:
    null = device(tmp_path / "null", 3)
    assert main(["--data-dir", str(database), "export", "employer-log", *PERIOD,
                 "--out", str(null)]) == 0
    assert stat.S_ISCHR(null.stat().st_mode)


@pytest.mark.parametrize("command", [
    ["audit", *PERIOD, "--format", "csv"],
    ["export", "employer-log", *PERIOD],
])
def test_the_data_folder_itself_as_out_is_refused_with_30(database, capsys, command) -> None:
    """Was exit 1 with the system's English "Is a directory"."""
    assert main(["--data-dir", str(database), *command, "--out", str(database)]) == 30
    assert "datamappen" in capsys.readouterr().err
