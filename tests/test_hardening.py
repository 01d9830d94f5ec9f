"""The process protects itself first: a private umask and no core dumps.

Checked on the real entry point in a child process, while it waits for input
(`restore --recovery-key` reads the recovery key from stdin), by reading the
child's /proc/<pid>/status and /proc/<pid>/limits from outside. Whether a
process is dumpable shows only to itself (prctl PR_GET_DUMPABLE), so that is
asked inside a child that runs harden_process().
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ips_desktop import hardening

LINUX = sys.platform.startswith("linux") and Path("/proc/self/status").exists()


def proc_fields(pid: int) -> dict[str, str]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        fields[name] = value.strip()
    return fields


def core_limit(pid: int) -> list[str]:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return line.split()[4:6]
    raise AssertionError("no core limit line")


@pytest.mark.skipif(not LINUX, reason="reads /proc of a Linux child process")
def test_the_running_app_has_a_private_umask_and_no_core_limit(tmp_path):
    env = dict(os.environ, IPS_DESKTOP_PASSWORD="irrelevant",
               IPS_DESKTOP_DATA_DIR=str(tmp_path / "data"))
    child = subprocess.Popen(
        [sys.executable, "-m", "ips_desktop", "restore", str(tmp_path / "x.db"),
         "--recovery-key"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env=env, cwd=Path(__file__).resolve().parent.parent)
    try:
        deadline = time.monotonic() + 30
        status = proc_fields(child.pid)
        # Poll until the child has started the app (then it waits on stdin for the key).
        while status.get("Umask") != "0077" and time.monotonic() < deadline:
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            time.sleep(0.05)
            status = proc_fields(child.pid)
        assert status["Umask"] == "0077"
        time.sleep(0.1)  # the steps after the umask are a few microseconds away
        assert core_limit(child.pid) == ["0", "0"]
        assert child.poll() is None  # still waiting: this is the running app, not its end
    finally:
        child.kill()
        child.communicate()


def test_hardening_in_a_child_works_where_the_platform_allows(tmp_path):
    """On any OS: harden_process() never fails, and the core limit is 0 where there is one."""
    script = (
        "import os, sys\n"
        "from ips_desktop.hardening import harden_process\n"
        "harden_process()\n"
        "try:\n"
        "    import resource\n"
        "    print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "except ImportError:\n"
        "    print('no resource module')\n"
        "print(oct(os.umask(0)))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, timeout=60, check=True)
    lines = done.stdout.splitlines()
    assert lines[0] in ("(0, 0)", "no resource module")
    assert lines[1] == "0o77" or os.name != "posix"


@pytest.mark.skipif(not LINUX, reason="PR_SET_DUMPABLE is Linux's")
def test_the_hardened_process_is_not_dumpable():
    script = (
        "import ctypes\n"
        "libc = ctypes.CDLL(None)\n"
        "print(libc.prctl(3, 0, 0, 0, 0))\n"  # PR_GET_DUMPABLE
        "from ips_desktop.hardening import harden_process\n"
        "harden_process()\n"
        "print(libc.prctl(3, 0, 0, 0, 0))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, timeout=60, check=True)
    assert done.stdout.split() == ["1", "0"]


def test_a_missing_prctl_is_no_failure(monkeypatch):
    """macOS has no prctl: the call is skipped, not an error."""
    monkeypatch.setattr(ctypes, "CDLL", _no_library)
    assert hardening._prctl(hardening.PR_SET_DUMPABLE, 0) is False


def _no_library(*args, **kwargs):
    raise OSError("no such library")


@pytest.mark.skipif(not LINUX, reason="PR_SET_DUMPABLE is Linux's")
def test_the_window_start_leaves_no_core_dumps_to_finish_hardening():
    """The umask at once; dumps off when the unlock screen's loading calls finish_hardening()."""
    script = (
        "import ctypes, os, resource\n"
        "from ips_desktop.hardening import finish_hardening, harden_window_start\n"
        "libc = ctypes.CDLL(None)\n"
        "harden_window_start()\n"
        "print(oct(os.umask(0o077)), libc.prctl(3, 0, 0, 0, 0))\n"
        "finish_hardening()\n"
        "print(libc.prctl(3, 0, 0, 0, 0), resource.getrlimit(resource.RLIMIT_CORE)[1])\n"
        "finish_hardening()  # a second call does nothing more, and no harm\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, timeout=60, check=True)
    assert done.stdout.split() == ["0o77", "1", "0", "0"]
