"""Python functions the app's SQL may call: folded search and the reader's alphabetical order.

The employer-contact log searches and sorts 100,000 contacts in SQL, a page at
a time, so folding and collating must happen inside the query:

- `ips_fold(text)`: `text` folded as domain.text_search folds it (NULL stays NULL);
- `ips_sort_key(text)`: a blob whose byte order is the UI language's alphabetical
  order (NULL: the empty blob, first). The collator is the services' (ICU via
  services.collation), handed in with `use_sort_key`: storage knows no languages.

Registered on every connection the app opens (storage.engine). Both cache their
last few thousand answers: a log repeats the same employer and participant names.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ips_desktop.domain.text_search import fold

FOLD = "ips_fold"
SORT_KEY = "ips_sort_key"

SortKey = Callable[[str], bytes]
_sort_key: list[Callable[[], SortKey]] = []


def use_sort_key(current: Callable[[], SortKey]) -> None:
    """Sort with the key function `current()` returns: the one of the language in use.

    The key function must be hashable and equal for the same language (a bound
    method of a cached collator is), so that cached keys follow the language.
    """
    _sort_key[:] = [current]


@lru_cache(maxsize=32768)
def _fold(text: str) -> str:
    return fold(text)


@lru_cache(maxsize=16384)
def _cached_key(key: SortKey, text: str) -> bytes:
    return key(text)


def _fold_sql(text: Any) -> str | None:
    if text is None:
        return None
    return _fold(text if isinstance(text, str) else str(text))


def _sort_key_sql(text: Any) -> bytes:
    if text is None or not _sort_key:
        return b"" if text is None else str(text).casefold().encode()
    return _cached_key(_sort_key[0](), text if isinstance(text, str) else str(text))


def register(conn: Any) -> None:
    """Make the functions above callable in `conn`'s SQL (a DB-API sqlite connection)."""
    conn.create_function(FOLD, 1, _fold_sql, deterministic=True)
    conn.create_function(SORT_KEY, 1, _sort_key_sql)
