"""Whether the recovery key of the key in use has been put in front of the user.

A recovery key is shown once (by `setup`, `rekey`, the first-run wizard, the
rekey dialog). Until a front end has shown it, it is marked unseen, and every
unlock says so and offers `rekey` for a new one; `workspace.recovery_key_shown`
clears the mark.
"""

from __future__ import annotations

from ips_desktop.services.workspace import Workspace
from ips_desktop.storage import database as store


def mark_unseen(ws: Workspace) -> None:
    """The recovery key just made has not reached the user yet (the CLI's `setup`)."""
    store.mark_recovery_key_unseen(ws.database)
