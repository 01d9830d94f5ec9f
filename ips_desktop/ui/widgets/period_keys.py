"""The keys that move a period (a week, a day): the calendar and supervision bind them.

They work while the calendar has the focus (the window's Ctrl+N and Ctrl+P reach
the area through shell/help.SHORTCUTS). Alt+Left and Alt+Right are a browser's
back and forward, free in the window; Ctrl+T is "today" in the common calendars.
"""

from __future__ import annotations

PREVIOUS_KEYS = "Alt+Left"  # the week (or day) before
NEXT_KEYS = "Alt+Right"  # the week (or day) after
TODAY_KEYS = "Ctrl+T"  # back to today
UNDO_KEYS = "Ctrl+Z"  # undo the last move made by dragging
