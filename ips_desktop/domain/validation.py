"""Field checks shared by every use case; each returns a message or None."""

from __future__ import annotations

import unicodedata

from ips_desktop.domain.messages import message

# Zero-width (non-)joiners are part of correctly written Persian and Indic names.
_ALWAYS_ALLOWED = {"\u200c", "\u200d"}
_ALLOWED_CONTROL = {"\n", "\t"}


def text_problem(value: str | None, *, max_len: int, required: bool = False,
                 multiline: bool = False) -> str | None:
    """Refuse rather than truncate: an over-long or garbled value is reported, not cut.

    A lone surrogate (half of a UTF-16 pair, e.g. "\\ud800" from a broken copy
    or a file) is not a character at all: it cannot be encoded to store or
    print, so it is a field error here rather than a crash later.
    """
    if value is not None and has_lone_surrogate(value):
        return message("broken_text")
    if value is None or not value.strip():
        return message("required") if required else None
    if len(value) > max_len:
        return message("too_long", max=max_len)
    allowed = _ALWAYS_ALLOWED | (_ALLOWED_CONTROL if multiline else set())
    if any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in allowed for ch in value):
        return message("control_chars")
    return None


def has_lone_surrogate(value: str) -> bool:
    """True when `value` holds a code point that UTF-8 cannot encode (U+D800–U+DFFF)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
