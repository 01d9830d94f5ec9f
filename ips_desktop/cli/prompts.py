"""Asking for secrets: from the environment when unattended, else without echo."""

from __future__ import annotations

import getpass
import os
import sys

PASSWORD_ENV = "IPS_DESKTOP_PASSWORD"


class NoPassword(Exception):
    """Unattended and no IPS_DESKTOP_PASSWORD: nothing to ask."""


def read_password(prompt: str = "Adgangskode: ", *, confirm: bool = False) -> str:
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise NoPassword(f"set {PASSWORD_ENV} for unattended use")
    while True:
        first = getpass.getpass(prompt)
        if not confirm:
            return first
        if first and first == getpass.getpass("Gentag adgangskode: "):
            return first
        print("Adgangskoderne er ikke ens, eller feltet er tomt. Prøv igen.", file=sys.stderr)


def read_secret(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        return sys.stdin.readline().strip() if sys.stdin else ""
    return getpass.getpass(prompt)


def confirm(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    return input(f"{question} [j/N] ").strip().lower() in {"j", "ja", "y", "yes"}
