"""Ctrl+D at a password prompt ends the command quietly, like Ctrl+C (review finding)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from ips_desktop.services import workspace
from tests.helpers import PASSWORD


@pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal")
def test_ctrl_d_at_the_password_prompt_is_an_interruption(data_dir, tmp_path):
    workspace.set_up(data_dir, PASSWORD)[0].close()
    leader, follower = os.openpty()
    env = {k: v for k, v in os.environ.items() if k != "IPS_DESKTOP_PASSWORD"}
    env["IPS_DESKTOP_LANGUAGE"] = "en"
    child = subprocess.Popen(
        [sys.executable, "-m", "ips_desktop", "--data-dir", str(data_dir), "check"],
        stdin=follower, stdout=follower, stderr=follower, env=env, start_new_session=True)
    os.close(follower)
    said = b""
    deadline = time.monotonic() + 30
    while b"assword" not in said and time.monotonic() < deadline:
        said += os.read(leader, 1024)
    os.write(leader, b"\x04")  # Ctrl+D
    code = child.wait(timeout=30)
    try:
        while True:
            chunk = os.read(leader, 1024)
            if not chunk:
                break
            said += chunk
    except OSError:  # the terminal closes with the child
        pass
    os.close(leader)
    assert code == 130, said
    assert b"Unexpected" not in said and b"Traceback" not in said
