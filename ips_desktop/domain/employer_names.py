"""When two employer names are "the same" for the register's duplicate check.

"Netto A/S", "netto" and "NETTO a/s." are one business to a consultant; so are
"Køge Tømrer & Snedker ApS" and "Koege Toemrer og Snedker". The key folds
case, accents and the Danish letters the way the search does
(domain.text_search), drops the company form (A/S, ApS, I/S …) and
punctuation, and reads "&" as "og". Branches of a chain share a name, so a
match is offered, never forced.
"""

from __future__ import annotations

import re

from ips_desktop.domain.text_search import fold

# Company forms in Denmark and Norway, as words after folding and dropping punctuation.
_FORMS = frozenset({"as", "aps", "is", "ivs", "ks", "ps", "amba", "fmba", "smba", "asa",
                    "ans", "da", "ab", "gmbh", "ltd", "inc"})
_WORD = re.compile(r"[a-z0-9]+")


def name_key(name: str) -> str:
    """The folded words of the name without its company form, joined by single spaces."""
    text = fold(name.replace("&", " og ").replace("/", ""))
    words = _WORD.findall(text)
    while len(words) > 1 and words[-1] in _FORMS:
        words.pop()
    return " ".join(words)


def is_company_form(word: str, *, prefix: bool = False) -> bool:
    """`word` (folded, no punctuation) is a company form such as "aps", or with `prefix`
    the start of one ("ap" while "ApS" is being typed): the search leaves it out, as
    `name_key` leaves it out of the names it searches."""
    if prefix:
        return bool(word) and any(form.startswith(word) for form in _FORMS)
    return word in _FORMS
