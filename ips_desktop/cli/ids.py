"""`--participant ID`, read the same way by every command that takes one."""

from __future__ import annotations

import argparse
import uuid

from ips_desktop.domain.messages import message


def participant_id(text: str) -> uuid.UUID:
    """A participant's id as `list` prints it.

    The message does not repeat what was typed: it is often a name or a CPR
    number, and stderr ends up in the logs of the scripts that run these commands.
    """
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(message("participant_bad_id")) from None
