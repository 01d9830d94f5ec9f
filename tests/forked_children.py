"""Child processes for the kill tests, forked from one that imported the app once.

The kill tests (tests/storage/test_kill_during_*.py, test_rekey.py) run a script in a
child process and SIGKILL it at the Nth rename, N = 1, 2, ...: dozens of children
per test. Each used to be a new Python that imported the app first (about 1.5 s of
CPU, most of a child's cost). Here one server process imports the app's modules
once and forks a child per script: the child is still a process of its own, killed
by a real SIGKILL in the middle of the app's own code, with the test's environment,
working folder and arguments; only the imports were done before the fork.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SERVER = r"""
import json, os, sys, traceback

# What the children's scripts import; done once, before the forks.
import keyring
from keyring.backends import fail
import ips_desktop.cli.main
import ips_desktop.services.backups
import ips_desktop.services.maintenance
import ips_desktop.services.workspace

for line in sys.stdin:
    request = json.loads(line)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.chdir(request["cwd"])
            os.environ.clear()
            os.environ.update(request["env"])
            for fd, name in ((1, "stdout"), (2, "stderr")):
                out = os.open(request[name], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(out, fd)
                os.close(out)
            sys.argv = request["argv"]
            try:
                exec(compile(request["script"], request["argv"][0], "exec"),
                     {"__name__": "__main__"})
                code = 0
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else (stop.code is not None)
            except BaseException:
                traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    print(json.dumps(os.waitstatus_to_exitcode(status)), flush=True)
"""


class ForkedChildren:
    """Runs scripts as `subprocess.run([python, script, *args])` did, in forked children."""

    def __init__(self) -> None:
        self._server: subprocess.Popen[str] | None = None
        self._folder = tempfile.TemporaryDirectory(prefix="ips-forked-")

    def _started(self) -> subprocess.Popen[str]:
        if self._server is None or self._server.poll() is not None:
            self._server = subprocess.Popen(
                [sys.executable, "-c", SERVER], cwd=ROOT, stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, text=True)
        return self._server

    def run(self, script: str, args: list[str], *, cwd: Path = ROOT,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
        server = self._started()
        out, err = (Path(self._folder.name) / name for name in ("stdout", "stderr"))
        request = {"script": script, "argv": ["-c", *args], "cwd": str(cwd),
                   "env": dict(os.environ), "stdout": str(out), "stderr": str(err)}
        assert server.stdin is not None and server.stdout is not None
        server.stdin.write(json.dumps(request) + "\n")
        server.stdin.flush()
        ready, _, _ = select.select([server.stdout], [], [], timeout)
        if not ready:
            self.close()
            raise subprocess.TimeoutExpired(["<forked child>", *args], timeout)
        line = server.stdout.readline()
        if not line:
            raise RuntimeError("the fork server ended")
        return subprocess.CompletedProcess(
            ["<forked child>", *args], json.loads(line),
            out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8"))

    def close(self) -> None:
        if self._server is not None:
            self._server.kill()
            self._server.wait()
            self._server = None

    def end(self) -> None:
        self.close()
        self._folder.cleanup()
