"""The Danish CPR number (*CPR-nummer*): DDMMYY-SSSS, the date of birth plus a serial.

Checked: ten digits (written with or without a dash or space) whose first six
are a real date of birth, with the century read from the 7th digit as the
CPR office (CPR-kontoret) defines it:

    7th digit 0-3      → 1900-1999
    7th digit 4 or 9   → 2000-2036 when YY ≤ 36, else 1937-1999
    7th digit 5-8      → 2000-2057 when YY ≤ 57, else 1858-1899

Not checked: the modulus-11 control. The CPR office stopped guaranteeing it in
2007, when some birth dates ran out of numbers that pass it, so a valid number
can fail it. Replacement numbers (*erstatningspersonnumre*, day + 60) are not
real dates and are refused; the CPR field is never required, so a person
without a CPR number is simply registered without one.
"""

from __future__ import annotations

import re
from datetime import date

_CPR = re.compile(r"^(\d{2})(\d{2})(\d{2})[- ]?(\d{4})$")


class CprError(ValueError):
    """Why a text is not a CPR number; `code` is a key of domain.messages.CATALOG."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def parse_cpr(text: str, *, today: date | None = None) -> str:
    """The number as "DDMMYY-SSSS"; raises CprError("cpr_format" / "cpr_date").

    With `today`, a date of birth after it is refused too (a typo, not a person).
    """
    found = _CPR.match(text.strip())
    if not found:
        raise CprError("cpr_format")
    day, month, year, serial = found.groups()
    born = _birth_date(int(day), int(month), int(year), serial)
    if born is None or (today is not None and born > today):
        raise CprError("cpr_date")
    return f"{day}{month}{year}-{serial}"


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
