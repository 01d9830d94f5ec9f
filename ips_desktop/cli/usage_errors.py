"""argparse's error sentences in the user's language.

argparse formats its errors in English before `ArgumentParser.error` sees
them, so each of its sentences (Python 3.11's argparse, the ones a user can
meet) is matched here by a pattern made from argparse's own template and
said again from the messages catalog; the parts argparse filled in (the
option, what was typed, the choices) are kept as they were. A sentence
that matches none, from a later Python, stays argparse's own English:
never a wrong translation.
"""

from __future__ import annotations

import re

from ips_desktop.domain.messages import message

# argparse's template (with %s / %r / %(name)s / %(name)r holes) -> catalog code.
_TEMPLATES = (
    ("unrecognized arguments: %s", "cli_arg_unrecognized"),
    ("the following arguments are required: %s", "cli_arg_required"),
    ("one of the arguments %s is required", "cli_arg_one_required"),
    ("invalid choice: %(value)r (choose from %(choices)s)", "cli_arg_invalid_choice"),
    ("invalid %(type)s value: %(value)r", "cli_arg_invalid_value"),
    ("expected one argument", "cli_arg_expected_one"),
    ("expected at most one argument", "cli_arg_expected_at_most_one"),
    ("expected at least one argument", "cli_arg_expected_at_least_one"),
    ("not allowed with argument %s", "cli_arg_not_allowed_with"),
    ("ignored explicit argument %r", "cli_arg_ignored_explicit"),
    ("ambiguous option: %(option)s could match %(matches)s", "cli_arg_ambiguous"),
    ("unexpected option string: %s", "cli_arg_unexpected_option"),
)
_HOLE = re.compile(r"%(?:\((\w+)\))?[sr]")
_ARGUMENT = re.compile(r"^argument (?P<argument>.+?): (?P<rest>.+)$", re.S)


def _pattern(template: str) -> re.Pattern[str]:
    """The template as a regular expression; holes become groups `p0`, `p1`, … in order."""
    parts, count, last = [], 0, 0
    for hole in _HOLE.finditer(template):
        parts.append(re.escape(template[last:hole.start()]))
        parts.append(f"(?P<p{count}>.+?)")
        count, last = count + 1, hole.end()
    parts.append(re.escape(template[last:]))
    return re.compile("^" + "".join(parts) + "$", re.S)


_PATTERNS = tuple((_pattern(template), code) for template, code in _TEMPLATES)


def translated(text: str) -> str:
    """One argparse error sentence in the chosen language (unknown ones as they are)."""
    about = _ARGUMENT.match(text)
    if about is not None:  # "argument --size: invalid choice: …"
        return message("cli_arg_about", argument=about["argument"],
                       problem=translated(about["rest"]))
    for pattern, code in _PATTERNS:
        found = pattern.match(text)
        if found is not None:
            return message(code, **found.groupdict())
    return text
