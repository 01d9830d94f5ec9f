"""Sorting names the way the reader's language does: Danish puts æ, ø, å last.

Code-point order puts "Łukasz" after "Å" and "Aase" first; Danish order
(CLDR, through ICU) reads "Aa" as Å, puts Æ, Ø, Å after Z, and sorts Ł with
L and É with E. Norwegian bokmål orders æøå the same way; English sorts
them as accented a and o.

ICU comes from the `pyicu-wheels` binary wheels (ICU's own library inside,
no compiler needed), not from Qt's QCollator: the list on screen, the CLI and
the printouts must sort alike, and only the first may import Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import icu

from ips_desktop.domain.messages import current_language
from ips_desktop.storage import sql_functions

_LOCALES = {"da": "da_DK", "nb": "nb_NO", "en": "en_GB"}


@cache
def _collator(language: str) -> icu.Collator:
    return icu.Collator.createInstance(icu.Locale(_LOCALES.get(language, "da_DK")))


def sort_key(language: str | None = None) -> Callable[[str], bytes]:
    """A key function ordering text as `language` (default: the UI's) sorts it."""
    return _collator(language or current_language()).getSortKey


def sorted_names(names: list[str], language: str | None = None) -> list[str]:
    """`names` in the language's alphabetical order."""
    return sorted(names, key=sort_key(language))


# What SQL sorts by (storage.sql_functions.sort_key): these keys on SQLite, the ICU
# collation of the same language on PostgreSQL.
sql_functions.use_sort_key(sort_key, current_language)
