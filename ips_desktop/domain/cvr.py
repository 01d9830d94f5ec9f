"""The Danish company number (*CVR-nummer*): eight digits with a modulus-11 check.

The Central Business Register gives every company a number whose digits,
weighted 2, 7, 6, 5, 4, 3, 2, 1, sum to a multiple of 11; a mistyped digit or
two swapped neighbours always breaks that, so it is checked as it is typed.
"""

from __future__ import annotations

_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)


def normalise_cvr(text: str) -> str:
    """The digits as typed, without the spaces and the "DK" prefix people copy along."""
    cleaned = text.strip().upper().removeprefix("DK").replace(" ", "").replace("-", "")
    return cleaned


def cvr_is_valid(cvr: str) -> bool:
    """Eight digits, not starting with 0, whose weighted sum is divisible by 11."""
    if len(cvr) != 8 or not cvr.isascii() or not cvr.isdigit() or cvr[0] == "0":
        return False
    return sum(int(d) * w for d, w in zip(cvr, _WEIGHTS, strict=True)) % 11 == 0
