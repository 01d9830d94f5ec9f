"""Start-up of the frozen app beside the unfrozen one and a bare frozen Qt window.

Each run is a fresh process on an X server of its own (Xvfb); the clock runs
from the spawn to the X server's MapNotify of the process's first window (the
unlock screen of a small demo database, or the bare window), seen by `xev`
watching the root window. The same end point for all three, taken outside
the process: the frozen app cannot be patched from inside as
bench/startup_child does. After the map, the process is killed (not timed).

The frozen app is `make package`'s dist/ips-desktop; when it is missing these
rows say so and are skipped (a build takes minutes; `make package` is the
place for it). The bare window is small: it is built here once with
PyInstaller and cached in .bench/bare-window, rebuilt when PySide6,
PyInstaller or bench/bare_window.py change.
"""

from __future__ import annotations

import hashlib
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from bench.dataset import BENCH_DIR
from bench.harness import Measurement

REPO = Path(__file__).resolve().parent.parent
FROZEN = REPO / "dist" / "ips-desktop" / "ips-desktop"
BARE_SCRIPT = Path(__file__).with_name("bare_window.py")
BARE_DIR = BENCH_DIR / "bare-window"
DEMO = BENCH_DIR / "frozen-startup-demo"
PASSWORD = "Bench-Frozen-Start-42"
REPEATS, WARMUP = 9, 1
WAIT_S = 120


class Screen:
    """An Xvfb and an `xev` on its root window, reporting each MapNotify with its time."""

    def __init__(self) -> None:
        self.server: subprocess.Popen[str] | None = None
        self.xev: subprocess.Popen[str] | None = None
        self.maps: queue.Queue[float] = queue.Queue()
        self.display = ""

    def start(self) -> None:
        if self.server is not None:
            return
        for tool in ("Xvfb", "xev"):
            if not shutil.which(tool):
                raise RuntimeError(f"{tool} is missing (Debian: xvfb, x11-utils; make bench "
                                   "installs them)")
        self.server = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0",
                                        "1366x768x24", "-nolisten", "tcp"],
                                       stdout=subprocess.PIPE, text=True)
        assert self.server.stdout is not None
        self.display = f":{self.server.stdout.readline().strip()}"
        self.xev = subprocess.Popen(["xev", "-root", "-event", "substructure"],
                                    env={**os.environ, "DISPLAY": self.display},
                                    stdout=subprocess.PIPE, text=True, bufsize=1)
        threading.Thread(target=self._read, daemon=True).start()
        time.sleep(0.5)  # xev selects its events

    def _read(self) -> None:
        assert self.xev is not None and self.xev.stdout is not None
        for line in self.xev.stdout:
            if line.startswith("MapNotify"):
                self.maps.put(time.perf_counter())

    def time_to_map(self, command: list[str], env: dict[str, str]) -> float:
        """Milliseconds from spawning `command` to its first window's map."""
        self.start()
        while not self.maps.empty():
            self.maps.get_nowait()
        start = time.perf_counter()
        proc = subprocess.Popen(command, env={**env, "DISPLAY": self.display,
                                              "QT_QPA_PLATFORM": "xcb"},
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            mapped = self.maps.get(timeout=WAIT_S)
        except queue.Empty:
            proc.kill()
            raise RuntimeError(f"no window from {command[0]}: "
                               f"{proc.communicate()[1][-2000:]}") from None
        proc.kill()
        proc.wait()
        return (mapped - start) * 1000

    def stop(self) -> None:
        for proc in (self.xev, self.server):
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=30)


def bare_window() -> Path:
    """The bare frozen window, built once (about a minute) and reused while nothing changed."""
    key = hashlib.sha256(BARE_SCRIPT.read_bytes() + metadata.version("PySide6_Essentials").encode()
                         + metadata.version("pyinstaller").encode()).hexdigest()[:16]
    exe = BARE_DIR / key / "dist" / "bare-window" / "bare-window"
    if exe.is_file():
        return exe
    shutil.rmtree(BARE_DIR, ignore_errors=True)
    work = BARE_DIR / key
    print(f"\n  (building the bare frozen window once into {work} …)", flush=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--name", "bare-window", "--workpath", str(work / "build"),
                    "--distpath", str(work / "dist"), "--specpath", str(work),
                    str(BARE_SCRIPT)], check=True,
                   env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "cache")})
    return exe


def demo_database(env: dict[str, str]) -> Path:
    """A small demo database (passphrase mode) whose unlock screen both apps show."""
    if not (DEMO / "vault.json").is_file():
        shutil.rmtree(DEMO, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "ips_desktop", "--data-dir", str(DEMO), "demo",
                        "--size", "small"], env=env, cwd=REPO, check=True,
                       capture_output=True)
    return DEMO


def measurements() -> list[Measurement]:
    screen = Screen()
    env = {**os.environ, "IPS_DESKTOP_PASSWORD": PASSWORD, "IPS_DESKTOP_LANGUAGE": "da",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    if not FROZEN.is_file():
        print(f"  start-up, frozen: skipped, no frozen app at {FROZEN.relative_to(REPO)} "
              "(run `make package` first)")
        return []

    def timed(command: Callable[[], list[str]]) -> Callable[[], float]:
        return lambda: screen.time_to_map(command(), env)

    frozen = timed(lambda: [str(FROZEN), "--data-dir", str(demo_database(env))])
    unfrozen = timed(lambda: [sys.executable, "-m", "ips_desktop", "--data-dir",
                              str(demo_database(env))])
    bare = timed(lambda: [str(bare_window())])
    bare_unfrozen = timed(lambda: [sys.executable, str(BARE_SCRIPT)])
    runs = {"repeats": REPEATS, "warmup": WARMUP, "self_timed": True}
    note = ("spawn to the X server's MapNotify of the first window (Xvfb, xev on the root); "
            "the unlock screen of a small demo database in passphrase mode; a fresh process "
            "per run, warm file cache")
    return [
        Measurement("start-up, frozen: unlock screen mapped (floor: bare frozen window)",
                    frozen, bare, note=note, **runs),
        Measurement("start-up, unfrozen: unlock screen mapped (floor: bare frozen window)",
                    unfrozen, bare, note=note, **runs),
        Measurement("start-up, frozen app (floor: the unfrozen app)", frozen, unfrozen,
                    note="below 1.00: the frozen app starts faster", **runs),
        Measurement("start-up, bare window: frozen (floor: unfrozen)", bare, bare_unfrozen,
                    note=note, **runs),
    ]
