"""Wrong passwords, remembered outside the database until it can be opened.

In passphrase mode a wrong password cannot open the database to write the
audit event, so the time (and nothing else) waits in a small file and goes
into the audit log at the next unlock.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ips_desktop.storage.vault import DataDir


def remember(data_dir: DataDir) -> None:
    with data_dir.failed_unlocks.open("a", encoding="utf-8") as f:
        f.write(datetime.now(UTC).isoformat() + "\n")


def take(data_dir: DataDir) -> list[datetime]:
    """The remembered times, removing them (the caller writes them to the audit log)."""
    path = data_dir.failed_unlocks
    if not path.exists():
        return []
    times = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            times.append(datetime.fromisoformat(line.strip()))
        except ValueError:
            continue
    path.unlink()
    return times
