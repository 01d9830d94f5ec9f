"""`--frozen PATH`: the executable that `make package` built; without it these tests skip.

`make package-check` runs `pytest tests/packaging --frozen dist/ips-desktop/ips-desktop`.
The option is declared here, so it is known when pytest is pointed at this folder
(a plain `pytest` run over all tests only sees its default, and skips).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--frozen", metavar="PATH", default=None,
        help="the frozen ips-desktop executable to test (make package-check)",
    )
    parser.addoption(
        "--secret-service", action="store_true", default=False,
        help="a throwaway Secret Service runs on this D-Bus session (make package-check "
             "starts gnome-keyring in dbus-run-session): the keyring test must use it",
    )


@pytest.fixture(scope="session")
def frozen_exe(pytestconfig: pytest.Config) -> Path:
    value = pytestconfig.getoption("frozen", default=None)
    if not value:
        pytest.skip("no --frozen PATH given (run `make package-check`)")
    exe = Path(value).resolve()
    # Asked for but missing is a failure, not a skip: the build did not produce it.
    assert exe.is_file(), f"--frozen {value}: no such file"
    assert os.access(exe, os.X_OK), f"--frozen {value}: not executable"
    return exe
