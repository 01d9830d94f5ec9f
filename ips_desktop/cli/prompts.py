"""Asking for secrets: from the environment when unattended, else without echo."""

from __future__ import annotations

import getpass
import os
import sys

from ips_desktop.domain.messages import message

PASSWORD_ENV = "IPS_DESKTOP_PASSWORD"


class NoPassword(Exception):
    """Unattended and no IPS_DESKTOP_PASSWORD: nothing to ask."""


def read_password(prompt: str | None = None, *, confirm: bool = False) -> str:
    """The password from IPS_DESKTOP_PASSWORD, or asked without echo in the user's language."""
    prompt = message("prompt_password") if prompt is None else prompt
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise NoPassword(f"set {PASSWORD_ENV} for unattended use")
    while True:
        first = getpass.getpass(prompt)
        if not confirm:
            return first
        if first and first == getpass.getpass(message("prompt_repeat_password")):
            return first
        print(message("passwords_differ"), file=sys.stderr)


def read_secret(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        return sys.stdin.readline().strip() if sys.stdin else ""
    return getpass.getpass(prompt)


def confirm(question: str) -> bool:
    """Yes only when typed; [j/N] in Danish and Norwegian, [y/N] in English ("y" always works)."""
    if not sys.stdin or not sys.stdin.isatty():
        return False
    answer = input(f"{question} {message('confirm_choices')} ").strip().lower()
    return answer in {*message("confirm_yes").split(), "y", "yes"}
