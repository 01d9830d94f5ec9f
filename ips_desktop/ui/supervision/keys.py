"""The Supervision area's own keys, bound by the area and its note editor and listed in Help
(ui/shell/help.py), so Help cannot promise a key the area does not answer."""

from __future__ import annotations

TICK_KEYS = "Space"  # the chosen row discussed this week, or not
NOTE_KEYS = "F2"  # into the chosen row's note
SAVE_NOTE_KEYS = "Ctrl+S"  # the note typed, saved
