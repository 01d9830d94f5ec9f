"""Python functions the app's SQL may call: search folded the way domain.text_search folds.

The employer-contact log searches 100,000 contacts in SQL, so the folding must
happen in the query; SQLite calls `fold` once per row it tests (a deterministic
function, so it may skip repeats). Registered on every connection the app opens.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ips_desktop.domain.text_search import fold

FOLD = "ips_fold"
"""`ips_fold(text)`: `text` folded (NULL stays NULL)."""


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    return fold(text)


def _fold_sql(text: Any) -> str | None:
    if text is None:
        return None
    return _fold(text if isinstance(text, str) else str(text))


def register(conn: Any) -> None:
    """Make the functions above callable in `conn`'s SQL (a DB-API sqlite connection)."""
    conn.create_function(FOLD, 1, _fold_sql, deterministic=True)
