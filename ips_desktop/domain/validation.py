"""Field checks shared by every use case; each returns a message or None."""

from __future__ import annotations

import unicodedata

from ips_desktop.domain.messages import message

# Zero-width (non-)joiners are part of correctly written Persian and Indic names.
_ALWAYS_ALLOWED = {"\u200c", "\u200d"}
_ALLOWED_CONTROL = {"\n", "\t"}


def text_problem(value: str | None, *, max_len: int, required: bool = False,
                 multiline: bool = False) -> str | None:
    """Refuse rather than truncate: an over-long or garbled value is reported, not cut."""
    if value is None or not value.strip():
        return message("required") if required else None
    if len(value) > max_len:
        return message("too_long", max=max_len)
    allowed = _ALWAYS_ALLOWED | (_ALLOWED_CONTROL if multiline else set())
    if any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in allowed for ch in value):
        return message("control_chars")
    return None
