"""SQL the services may call on either engine: folded search, the reader's order, stored text.

The employer-contact log searches and sorts 100,000 contacts in SQL, a page at
a time, so folding and collating must happen inside the query:

- `folded(column)`: the text folded as domain.text_search folds it (NULL stays
  NULL). On SQLite the Python function `ips_fold`, registered on every
  connection; on PostgreSQL the same steps as one SQL expression built here
  from the same tables (lower, case folding, the letters' table, NFKD without
  combining marks, aa → a, oe → o), so a search finds the same rows on both;
- `sort_key(column)`: a value whose order is the UI language's alphabetical
  order (NULL: the empty value, first). On SQLite a blob from the services'
  ICU collator (`ips_sort_key`, the collator handed in by `use_sort_key`:
  storage knows no languages); on PostgreSQL the text under the ICU
  collation of that language (`ips_da`, `ips_nb`, `ips_en`, made by migration
  0011), which is the same CLDR order;
- `code_key(column)`: the order of the stored characters themselves (enum codes,
  ISO dates), as the same kind of value, so one keyset comparison serves every sort;
- `sort_value(value, like=key)`: a value read back from a key column, as a
  literal to compare that key with (the keyset's cursor);
- `stored_text(column)`: a value as SQLite stores it (an id's 32 hex digits, a
  day's ISO text, a timestamp's "YYYY-MM-DD HH:MM:SS.ffffff" in UTC): the lists
  that read 100,000 rows compare these texts rather than build a UUID or a
  date per row; PostgreSQL gives the same text.

Both Python functions cache their last few thousand answers: a log repeats the
same employer and participant names.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary, Text, Time, Uuid, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import String, TypeDecorator, TypeEngine

from ips_desktop.domain.text_search import fold, letter_table

FOLD = "ips_fold"
SORT_KEY = "ips_sort_key"
COLLATIONS = {"da": "da-DK", "nb": "nb-NO", "en": "en-GB"}  # ICU locales, as services.collation
_CODE = "C"  # PostgreSQL's byte-order collation, for code_key

SortKey = Callable[[str], bytes]
_sort_key: list[Callable[[], SortKey]] = []
_language: list[Callable[[], str]] = []


def use_sort_key(current: Callable[[], SortKey], language: Callable[[], str]) -> None:
    """Sort with the key function `current()` returns: the one of the language in use.

    The key function must be hashable and equal for the same language (a bound
    method of a cached collator is), so that cached keys follow the language.
    `language()` names that language for the server's collation.
    """
    _sort_key[:] = [current]
    _language[:] = [language]


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


# -- the expressions ------------------------------------------------------------------------

class SortValue(TypeDecorator[Any]):
    """A sort key's value: bytes on SQLite, collated text on PostgreSQL."""

    impl = LargeBinary
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> TypeEngine[Any]:
        return dialect.type_descriptor(Text() if dialect.name == "postgresql" else LargeBinary())


class _Folded(FunctionElement[str]):
    type = String()
    inherit_cache = True


class _Keyed(FunctionElement[Any]):
    """(value, collation name): the collation is a clause, so it is part of the cache key."""

    type = SortValue()
    inherit_cache = True


class _KeyLiteral(FunctionElement[Any]):
    type = SortValue()
    inherit_cache = True


class _StoredText(FunctionElement[str]):
    type = String()
    inherit_cache = True


def folded(column: Any) -> _Folded:
    return _Folded(column)


def sort_key(column: Any) -> _Keyed:
    language = _language[0]() if _language else "da"
    return _Keyed(column, literal_column("ips_" + (language if language in COLLATIONS else "da")))


def code_key(column: Any) -> _Keyed:
    return _Keyed(column, literal_column(f'"{_CODE}"'))


def sort_value(value: bytes | str | None, *, like: Any) -> _KeyLiteral:
    """`like`: the key (`sort_key` or `code_key`) the value was read from."""
    from sqlalchemy import bindparam

    if not isinstance(like, _Keyed):
        raise TypeError("a sort value compares with a sort_key or code_key")
    return _KeyLiteral(bindparam(None, value, type_=SortValue()), list(like.clauses)[1])


def stored_text(column: Any) -> _StoredText:
    return _StoredText(column)


# SQLite: the registered functions, and what SQLite stores is already the text.
@compiles(_Folded)
def _folded_sqlite(element: _Folded, compiler: Any, **kw: Any) -> str:
    return f"{FOLD}({compiler.process(_first(element), **kw)})"


@compiles(_Keyed)
def _keyed_sqlite(element: _Keyed, compiler: Any, **kw: Any) -> str:
    value, collation = list(element.clauses)
    inner = compiler.process(value, **kw)
    if collation.name == f'"{_CODE}"':
        return f"CAST(coalesce({inner}, '') AS BLOB)"
    return f"{SORT_KEY}({inner})"


@compiles(_KeyLiteral)
def _key_literal_sqlite(element: _KeyLiteral, compiler: Any, **kw: Any) -> str:
    value = _first(element)
    return f"coalesce({compiler.process(value, **kw)}, X'')"


@compiles(_StoredText)
def _stored_text_sqlite(element: _StoredText, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(_first(element), **kw))


# PostgreSQL: the same values in SQL.
@compiles(_Folded, "postgresql")
def _folded_pg(element: _Folded, compiler: Any, **kw: Any) -> str:
    return _pg_fold_template().replace("\x00", compiler.process(_first(element), **kw))


@compiles(_Keyed, "postgresql")
def _keyed_pg(element: _Keyed, compiler: Any, **kw: Any) -> str:
    value, collation = list(element.clauses)
    return f"(coalesce(({compiler.process(value, **kw)}), '') COLLATE {collation.name})"


@compiles(_KeyLiteral, "postgresql")
def _key_literal_pg(element: _KeyLiteral, compiler: Any, **kw: Any) -> str:
    value, collation = list(element.clauses)
    return f"(coalesce({compiler.process(value, **kw)}, '') COLLATE {collation.name})"


@compiles(_StoredText, "postgresql")
def _stored_text_pg(element: _StoredText, compiler: Any, **kw: Any) -> str:
    column = _first(element)
    inner = compiler.process(column, **kw)
    kind = _base_type(column.type)
    if isinstance(kind, Uuid):
        return f"replace(CAST({inner} AS TEXT), '-', '')"
    if isinstance(kind, DateTime):
        at = f"({inner}) AT TIME ZONE 'UTC'" if kind.timezone else inner
        return f"to_char({at}, 'YYYY-MM-DD HH24:MI:SS.US')"
    if isinstance(kind, Date):
        return f"to_char({inner}, 'YYYY-MM-DD')"
    if isinstance(kind, Time):
        return f"to_char(CAST({inner} AS INTERVAL), 'HH24:MI:SS.US')"
    return f"CAST({inner} AS TEXT)"


def _first(element: FunctionElement[Any]) -> Any:
    return next(iter(element.clauses))


def _base_type(kind: Any) -> Any:
    while isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    return kind


# -- folding in PostgreSQL's SQL --------------------------------------------------------------

def _quote(text: str) -> str:
    """A standard SQL string literal, the non-ASCII letters as U& escapes."""
    out = []
    for char in text:
        if char == "'":
            out.append("''")
        elif char == "\\":
            out.append("\\\\")
        elif " " <= char <= "~":
            out.append(char)
        else:
            code = ord(char)
            out.append(f"\\{code:04X}" if code <= 0xFFFF else f"\\+{code:06X}")
    return "U&'" + "".join(out) + "'"


def _mapping_sql(expression: str, table: dict[str, str]) -> str:
    """`expression` with each key character replaced by its value (one translate, then replaces)."""
    single = {k: v for k, v in table.items() if len(v) == 1}
    for key, value in sorted((k, v) for k, v in table.items() if len(v) != 1):
        expression = f"replace({expression}, {_quote(key)}, {_quote(value)})"
    if single:
        keys = "".join(single)
        expression = (f"translate({expression}, {_quote(keys)}, "
                      f"{_quote(''.join(single.values()))})")
    return expression


def _regex_char(code: int) -> str:
    return f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"


@cache
def _pg_fold_template() -> str:
    """domain.text_search.fold as PostgreSQL SQL around the placeholder NUL (the argument).

    casefold is lower() plus the characters whose case folding differs from their
    lower case (ß → ss, ς → σ, …); the letters' table; NFKD and the combining marks
    dropped (Python does this only for text still not ASCII, which changes nothing
    for ASCII text); the table again; then aa → a and oe → o.
    """
    folding: dict[str, str] = {}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower, folded_char = char.lower(), char.casefold()
        if lower != folded_char and len(lower) == 1:
            folding[lower] = folded_char
    letters = {chr(k): v for k, v in letter_table().items()}
    marks: list[tuple[int, int]] = []
    for code in range(sys.maxunicode + 1):
        if unicodedata.combining(chr(code)):
            if marks and marks[-1][1] == code - 1:
                marks[-1] = (marks[-1][0], code)
            else:
                marks.append((code, code))
    ranges = "".join(_regex_char(a) if a == b else f"{_regex_char(a)}-{_regex_char(b)}"
                     for a, b in marks)
    step = _mapping_sql(_mapping_sql("lower(\x00)", folding), letters)
    step = f"regexp_replace(normalize({step}, NFKD), '[{ranges}]', '', 'g')"
    step = _mapping_sql(step, letters)
    return f"replace(replace({step}, 'aa', 'a'), 'oe', 'o')"
