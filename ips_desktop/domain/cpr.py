"""The Danish CPR number (*CPR-nummer*): DDMMYY-SSSS, the date of birth plus a serial.

Checked: ten digits (written with or without a dash or space) whose first six
are a real date of birth, with the century read from the 7th digit as the
CPR office (CPR-kontoret) defines it:

    7th digit 0-3      → 1900-1999
    7th digit 4 or 9   → 2000-2036 when YY ≤ 36, else 1937-1999
    7th digit 5-8      → 2000-2057 when YY ≤ 57, else 1858-1899

Digits in other scripts are the same number typed on another keyboard (an
Arabic layout gives Arabic-Indic digits "٠١٢", an East Asian input method
fullwidth "０１２"), so they are read as the ASCII digits they stand for, and
only ASCII is ever returned and stored: a search, a printout and the CPR
office's systems all expect "DDMMYY-SSSS" in ASCII. Refusing them would tell
a user that a correct number is wrong. Dashes other than "-" (the hyphen,
the non-breaking hyphen, the minus sign, the fullwidth hyphen) are read as "-".

Not checked: the modulus-11 control. The CPR office stopped guaranteeing it in
2007, when some birth dates ran out of numbers that pass it, so a valid number
can fail it. Replacement numbers (*erstatningspersonnumre*, day + 60) are not
real dates and are refused; the CPR field is never required, so a person
without a CPR number is simply registered without one.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# ASCII only (re.ASCII): the text is made ASCII first, and nothing else may pass.
_CPR = re.compile(r"^(\d{2})(\d{2})(\d{2})[- ]?(\d{4})$", re.ASCII)
_DASHES = "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"


class CprError(ValueError):
    """Why a text is not a CPR number; `code` is a key of domain.messages.CATALOG."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def parse_cpr(text: str, *, today: date | None = None) -> str:
    """The number as "DDMMYY-SSSS"; raises CprError("cpr_format" / "cpr_date").

    With `today`, a date of birth after it is refused too (a typo, not a person).
    """
    found = _CPR.match(ascii_digits(text).strip())
    if not found:
        raise CprError("cpr_format")
    day, month, year, serial = found.groups()
    born = _birth_date(int(day), int(month), int(year), serial)
    if born is None or (today is not None and born > today):
        raise CprError("cpr_date")
    return f"{day}{month}{year}-{serial}"


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit of any script as its ASCII digit, dashes as "-".

    A lone surrogate or any other character is kept as it is (the format check
    then refuses it).
    """
    out = []
    for ch in text:
        if ch.isdecimal() and not ch.isascii():
            out.append(str(unicodedata.decimal(ch)))
        elif ch in _DASHES:
            out.append("-")
        else:
            out.append(ch)
    return "".join(out)


def birth_date(cpr: str) -> date:
    """The date of birth a CPR number carries; raises CprError if it is not one."""
    normal = parse_cpr(cpr)
    born = _birth_date(int(normal[0:2]), int(normal[2:4]), int(normal[4:6]), normal[7:])
    assert born is not None  # parse_cpr refused every number without one
    return born


def century(yy: int, seventh_digit: int) -> int:
    """The first year of the century a CPR number's two-digit year belongs to."""
    if seventh_digit <= 3:
        return 1900
    if seventh_digit in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def _birth_date(day: int, month: int, yy: int, serial: str) -> date | None:
    try:
        return date(century(yy, int(serial[0])) + yy, month, day)
    except ValueError:
        return None


def masked_cpr(cpr: str | None) -> str:
    """"DDMMYY-••••": the birth date without the serial, for lists that only tell people apart.

    A value not in the stored form is masked whole; None (no CPR number) is "".
    """
    if not cpr:
        return ""
    found = _CPR.match(cpr)
    return f"{''.join(found.groups()[:3])}-••••" if found else "•" * len(cpr)
