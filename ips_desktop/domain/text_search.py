"""Search as a Dane types it: every word counts, and "ostergaard" finds "Østergård".

Both the query and the text searched are folded the same way, so only the
folding's consistency matters, never which spelling is "right":

- case and accents go (é → e, ü → u, ö → o, ł → l);
- the Danish and Norwegian letters meet their usual stand-ins: å and aa
  both become a, ø and oe both o, æ is ae.

A query matches when each of its words, in any order, occurs in the folded
text (a word start or anywhere inside a word: "kristoff" finds
"Kristoffersen"). A few too many hits (oe in "Noemi") cost less than a
person who cannot be found.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# Letters with no decomposition into base letter + mark.
_SPECIAL = {"æ": "ae", "ø": "oe", "å": "aa", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
            "œ": "oe", "ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t", "ĸ": "k"}


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _latin_table() -> dict[int, str]:
    """Every Latin letter with a mark, as its base letter: one `translate` does most names."""
    table = {ord(k): v for k, v in _SPECIAL.items()}
    for code in range(0xC0, 0x250):
        letter = chr(code)
        base = _strip_marks(letter)
        if code not in table and base != letter and base.isascii():
            table[code] = base.casefold()
    return table


_LETTERS = _latin_table()


def letter_table() -> dict[int, str]:
    """The letters `fold` replaces and by what (for folding the same way in SQL)."""
    return dict(_LETTERS)


def fold(text: str) -> str:
    """`text` in the one spelling search compares: lower case, no accents, å/aa → a, ø/oe → o."""
    text = text.casefold().translate(_LETTERS)
    if not text.isascii():  # other scripts, or marks typed as separate characters
        text = _strip_marks(text).translate(_LETTERS)
    return text.replace("aa", "a").replace("oe", "o")


def query_words(query: str) -> list[str]:
    """The query's words, folded: what `matches_folded` compares."""
    return fold(query).split()


def matches_folded(words: Sequence[str], folded: str) -> bool:
    """Every word occurs in `folded` (text already passed through `fold`)."""
    return all(word in folded for word in words)


def matches(query: str, text: str) -> bool:
    """Every word of `query`, in any order, occurs in `text`, both folded."""
    return matches_folded(query_words(query), fold(text))
