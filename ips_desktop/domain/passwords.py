"""The one rule for an app password, used by every front end (window and command line).

The password unwraps the database key (with the keyring's secret in keyring
mode), so it is the one thing between a stolen laptop's key file and the
data. The rule is short on purpose: a minimum length and not a trivial
string; the strength score beyond it is guidance shown while typing.
"""

from __future__ import annotations

import string

from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message

MIN_PASSWORD = 8
MIN_DISTINCT = 4  # "aaaaaaaa" and "12121212" are long enough but guessed at once


def password_problem(password: str) -> str | None:
    """The refusal, in the user's language, or None when the password may be used."""
    if len(password) < MIN_PASSWORD:
        return message("password_too_short", min=MIN_PASSWORD)
    if len(set(password)) < MIN_DISTINCT:
        return message("password_too_simple", min=MIN_DISTINCT)
    return None


def check_new_password(password: str, field: str = "new_password") -> None:
    """ValidationError naming `field` unless `password` passes the rule."""
    problem = password_problem(password)
    if problem:
        raise ValidationError([FieldError(field, problem)])


def strength(password: str) -> int:
    """0 refused by the rule, 1 weak, 2 fair, 3 strong: length counts most, then variety."""
    if password_problem(password):
        return 0
    kinds = sum(any(c in group for c in password) for group in (
        string.ascii_lowercase + "æøå", string.ascii_uppercase + "ÆØÅ", string.digits))
    kinds += any(not c.isalnum() for c in password)
    score = 1 + (len(password) >= 12) + (len(password) >= 16 or kinds >= 3)
    return min(score, 3)
