"""Start-up in two figures, each beside its floor measured in the same run.

1. From spawning the process to the unlock screen shown (first paint, then
   idle), beside a bare PySide6 window's start-up (aim: at most 1.5x).
2. From pressing Enter in it to the usable main window, beside the key
   derivation inside it (the deliberate KDF that protects the key); the
   difference is what the app adds (aim: at most 100 ms). The password is
   typed while the rest of the app loads in the background; Enter is pressed
   when the loading is done, as a person typing a password for a second or
   two finds it. The time that loading takes is in the note, and the
   keystroke latency meanwhile is a row of its own, beside the same typing
   into a bare window's QLineEdit with nothing loading.

Every figure comes from a fresh process: `bench.startup_child` (its
docstring says what runs there and where each clock starts and stops). A
warm start: the warm-up run leaves the libraries and the database pages in
the OS file cache, as any second start of the day finds them; a first start
after booting is slower and is not measured (emptying the OS cache needs
root and slows everything else on the machine). The rows after the first
read the same children's reports, so one set of processes gives them all.

Two variants: the cached demo database as it is (passphrase mode here, since
this machine has no OS keyring), and a keyring-mode twin of it (the same
database file, another `vault.json`) opened with an in-memory keyring
backend; only figure two is reported for the twin (the child imports keyring
before the start to put the backend in place). The twin is a byte copy made
once into the cache folder, so it goes when the cache is rebuilt.

Every app start writes one audit event (the unlock) and a log line into the
database folder it opens, as a real start does; nothing else is changed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.dataset import Dataset
from bench.harness import Measurement
from bench.startup_child import MARKER, SHOWN_LINE
from ips_desktop.storage import cipher, slots
from ips_desktop.storage.database import Database
from ips_desktop.storage.errors import StorageError
from ips_desktop.storage.vault import DataDir, KeyMode, Vault, read_vault, write_vault

REPO = Path(__file__).resolve().parent.parent
CHILD = "bench.startup_child"
KEYRING_TWIN = "startup-keyring"
BENCH_SECRET = "bench-keyring-secret.json"  # the twin's keyring secret, for the child's keyring
REPEATS, WARMUP = 9, 1  # fresh processes are noisy; more of them steady the medians
TIMEOUT_S = 180
CLOCK_SLACK_MS = 5.0  # the child's wall-clock figure may exceed the parent's timer by this
_IMPORT_LINE = re.compile(r"^import time:\s*(\d+) \|\s*(\d+) \| *(\S+)")

Setup = tuple[Path | None, dict[str, Any]]


def run_child(mode: str, root: Path | None, given: dict[str, Any],
              python_flags: tuple[str, ...] = ()) -> dict[str, Any]:
    """One fresh process; returns its report plus `total_ms` and `lifetime_ms`.

    `lifetime_ms` is the parent's own `perf_counter()` from spawn to exit, so it
    bounds the child's wall-clock figure from above and includes the teardown.
    """
    command = [sys.executable, *python_flags, "-m", CHILD, mode, str(root or "-")]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    spawn_ns = time.time_ns()
    proc = subprocess.run([*command, str(spawn_ns)], input=json.dumps(given) + "\n",
                          capture_output=True, text=True, cwd=REPO, env=env,
                          timeout=TIMEOUT_S, check=False)
    lifetime_ms = (time.perf_counter() - start) * 1000
    lines = [line for line in proc.stdout.splitlines() if line.startswith(MARKER)]
    if proc.returncode != 0 or len(lines) != 1:
        raise RuntimeError(f"start-up child ({mode}) ended with exit code {proc.returncode}:\n"
                           f"{proc.stderr[-3000:]}")
    report: dict[str, Any] = json.loads(lines[0][len(MARKER):])
    total_ms = float(report["marks"][-1][1])
    if not 0 < total_ms <= lifetime_ms + CLOCK_SLACK_MS:
        raise RuntimeError(f"start-up child ({mode}) reported {total_ms:.1f} ms in a life of "
                           f"{lifetime_ms:.1f} ms: the wall clock moved; run again")
    report.update(total_ms=total_ms, lifetime_ms=lifetime_ms, stderr=proc.stderr)
    return report


Figure = Callable[[dict[str, Any]], float]


class Children:
    """A measurement's `fn`: spawns one child per call, keeps its report, returns `figure`.

    `prepare` runs on the first call, not when the list of measurements is built,
    so `--only` for something else never pays for it.
    """

    def __init__(self, mode: str, prepare: Callable[[], Setup], figure: Figure) -> None:
        self.mode = mode
        self._prepare = prepare
        self.figure = figure
        self._setup: Setup | None = None
        self.reports: list[dict[str, Any]] = []

    def setup(self) -> Setup:
        if self._setup is None:
            self._setup = self._prepare()
        return self._setup

    def spawn(self) -> dict[str, Any]:
        root, given = self.setup()
        report = run_child(self.mode, root, given)
        self.reports.append(report)
        return report

    def __call__(self) -> float:
        return self.figure(self.spawn())

    @property
    def timed(self) -> list[dict[str, Any]]:
        """The reports of the timed runs (the harness calls once per warm-up run first)."""
        return self.reports[WARMUP:]


class Replay:
    """Another figure of the same children: their reports in turn, spawning when none is left.

    The harness calls a measurement's `fn` as often for every measurement of
    the same repeats, so a row after the first reads the first row's
    processes; with `--only` for this row alone it spawns its own.
    """

    def __init__(self, source: Children, figure: Figure) -> None:
        self.source, self.figure = source, figure
        self.used = 0
        self.last: dict[str, Any] = {}

    def __call__(self) -> float:
        if self.used >= len(self.source.reports):
            self.source.spawn()
        self.last = self.source.reports[self.used]
        self.used += 1
        return self.figure(self.last)


class SameRun:
    """A floor measured inside the run `replay` has just read (the KDF inside an unlock)."""

    def __init__(self, replay: Replay, figure: Figure) -> None:
        self.replay, self.figure = replay, figure

    def __call__(self) -> float:
        return self.figure(self.replay.last)


def unlock_shown(report: dict[str, Any]) -> float:
    heavy = report["heavy_at_first_paint"]
    if heavy:
        raise RuntimeError(f"imported before the unlock screen's first paint: {', '.join(heavy)}")
    return float(report["unlock_shown_ms"])


def window_shown(report: dict[str, Any]) -> float:
    return float(report["window_shown_ms"])


def enter_to_usable(report: dict[str, Any]) -> float:
    return float(report["enter_to_usable_ms"])


def kdf(report: dict[str, Any]) -> float:
    return float(report["kdf_ms"])


def beyond_kdf(report: dict[str, Any]) -> float:
    return enter_to_usable(report) - kdf(report)


def slowest_keystroke(report: dict[str, Any]) -> float:
    return max(report["keystrokes_ms"], default=0.0)


def phases(report: dict[str, Any]) -> dict[str, float]:
    """Each mark minus the one before: what that phase took."""
    spans, previous = {}, 0.0
    for name, at in report["marks"]:
        spans[name] = at - previous
        previous = at
    return spans


def phase_summary(reports: list[dict[str, Any]]) -> str:
    """Median of each phase, with the child's inner timings in brackets after their phase.

    Inner labels are "phase/part" or "phase/part/sub-part". Medians of the
    parts need not add up to the median of the whole.
    """
    spans = [phases(r) for r in reports]
    labels = sorted({label for r in reports for label in r["inner"]})
    inner = {label: statistics.median(r["inner"].get(label, 0.0) for r in reports)
             for label in labels}
    parts = []
    for name in spans[0]:
        text = f"{name} {statistics.median(s[name] for s in spans):,.0f}"
        details = []
        for label in labels:
            if label.count("/") != 1 or not label.startswith(name + "/"):
                continue
            subs = [f"{sub.rsplit('/', 1)[1]} {inner[sub]:,.0f}" for sub in labels
                    if sub.startswith(label + "/")]
            details.append(f"{label.split('/')[1]} {inner[label]:,.0f}"
                           + (f" [{', '.join(subs)}]" if subs else ""))
        parts.append(f"{text} ({'; '.join(details)})" if details else text)
    teardown = statistics.median(r["lifetime_ms"] - r["total_ms"] for r in reports)
    return " | ".join(parts) + f"; exit after the end point {teardown:,.0f} (not counted)"


def import_profile(root: Path, given: dict[str, Any], top: int = 8) -> str:
    """Import self-time by top-level package from one extra `-X importtime` child.

    Split at the moment the unlock screen was shown (the child writes a line
    to stderr then): what the screen waited for, and what loaded behind it.
    The tracing itself inflates the figures; they say where import time goes,
    not how long it is (the phases say that).
    """
    report = run_child("app", root, given, python_flags=("-X", "importtime"))
    before: dict[str, float] = defaultdict(float)
    after: dict[str, float] = defaultdict(float)
    into = before
    for line in report["stderr"].splitlines():
        if line.startswith(SHOWN_LINE):
            into = after
        match = _IMPORT_LINE.match(line)
        if match:
            into[match[3].split(".")[0]] += int(match[1]) / 1000

    def ranked(by_package: dict[str, float]) -> str:
        names = sorted(by_package.items(), key=lambda item: -item[1])
        shown = ", ".join(f"{name} {ms:,.0f}" for name, ms in names[:top])
        return f"{shown}; all {sum(by_package.values()):,.0f}"

    return f"before the unlock screen: {ranked(before)}. Behind it: {ranked(after)}"


def describe(app: Children, floor: Children, *, expected_mode: KeyMode,
             profile: bool) -> str:
    reports = app.timed
    modes = {r["key_mode"] for r in reports}
    if modes != {expected_mode.value}:
        raise RuntimeError(f"expected {expected_mode.value} mode, the children ran in {modes}")
    language, loaded = reports[0]["languages"][0]
    behind = statistics.median(r["loaded_ms"] - r["unlock_shown_ms"] for r in reports)
    keys = sorted(ms for r in reports for ms in r["keystrokes_ms"])
    cpu_shown = statistics.median(r["cpu_at_shown_ms"] for r in reports)
    cpu_floor = statistics.median(r["cpu_at_shown_ms"] for r in floor.timed)
    cpu_enter = statistics.median(r["cpu_enter_to_usable_ms"] - r["kdf_cpu_ms"] for r in reports)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    text = (f"{expected_mode.value} mode, language {language} ({', '.join(loaded)}); fresh "
            f"process per run, wall clock from the parent's spawn; load average at the end "
            f"{load} on {os.cpu_count()} cores. Process CPU time (all threads), median ms: to "
            f"the unlock screen shown {cpu_shown:,.0f}, a bare window {cpu_floor:,.0f} "
            f"({cpu_shown / cpu_floor:.2f}x); Enter to usable window {cpu_enter:,.0f} beyond the "
            f"KDF's own. The rest of the app loaded "
            f"in {behind:,.0f} ms (median) after the unlock screen showed, "
            f"{len(keys)} keystrokes meanwhile (median {statistics.median(keys):,.1f} ms, "
            f"slowest {keys[-1]:,.1f}). Phases, median ms of {len(reports)}: "
            f"{phase_summary(reports)}. Floor phases: {phase_summary(floor.timed)}")
    if profile:
        root, given = app.setup()
        assert root is not None
        text += (f". Import self-time by package, ms, one -X importtime run (inflated by the "
                 f"tracing): {import_profile(root, given)}")
    return text


def keyring_twin(ds: Dataset, db: Database) -> Path:
    """The cached database in keyring mode: a byte copy beside a keyring-mode `vault.json`.

    A byte copy (after a WAL checkpoint), not an export, so both variants read
    the same page layout. `vault.json` is written last and marks the copy whole.
    """
    target = ds.root / KEYRING_TWIN
    source = read_vault(DataDir(ds.root))
    wanted = Vault(source.database_id, KeyMode.KEYRING)
    try:
        if read_vault(DataDir(target)) == wanted and DataDir(target).database.is_file() \
                and (target / BENCH_SECRET).is_file():
            return target
    except StorageError:
        pass
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    conn = cipher.connect(db.path, cipher.raw_key_pragma(db.key))
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy:
        raise RuntimeError("the database's WAL could not be checkpointed; it is in use")
    partial = target / "ips.db.partial"
    shutil.copyfile(db.path, partial)
    partial.replace(DataDir(target).database)
    # The key file's keyring slot; the child puts its secret in an in-memory keyring.
    secret = slots.new_secret()
    entry = f"{source.database_id}.bench"
    slot = slots.seal(db.key, ds.password, secret, database_id=source.database_id,
                      keyring_entry=entry)
    (target / BENCH_SECRET).write_text(json.dumps({"username": entry, "secret": secret.hex()}))
    slots.write_key_file(DataDir(target).key_file, slots.KeyFile(source.database_id, slot))
    write_vault(DataDir(target), wanted)
    return target


def measurements(ds: Dataset, db: Database) -> list[Measurement]:
    def cached_setup() -> Setup:
        return ds.root, {"password": ds.password}

    def keyring_setup() -> Setup:
        twin = keyring_twin(ds, db)
        entry = json.loads((twin / BENCH_SECRET).read_text())
        return twin, {"password": ds.password, "keyring": entry}

    def floor_setup() -> Setup:
        return None, {}

    cached_mode = read_vault(DataDir(ds.root)).key_mode  # passphrase without an OS keyring
    app, floor = Children("app", cached_setup, unlock_shown), Children("floor", floor_setup,
                                                                        window_shown)
    enter = Replay(app, enter_to_usable)
    ring = Children("keyring", keyring_setup, enter_to_usable)
    ring_enter = Replay(ring, enter_to_usable)
    ring_note = ("Keyring: an in-memory backend found by keyring's own discovery; a real "
                 "keyring's latency (D-Bus, Keychain, Credential Manager) is not in it")
    runs = {"repeats": REPEATS, "warmup": WARMUP, "self_timed": True}
    return [
        Measurement("start-up: unlock screen shown (floor: a bare window)", app, floor,
                    note=lambda: describe(app, floor, expected_mode=cached_mode, profile=True),
                    **runs),
        Measurement("start-up: Enter -> usable main window (floor: the KDF in it)", enter,
                    SameRun(enter, kdf), **runs),
        Measurement("start-up: Enter -> usable main window, beyond the KDF",
                    Replay(app, beyond_kdf), **runs),
        Measurement("start-up: slowest keystroke while the rest loads (floor: bare window)",
                    Replay(app, slowest_keystroke), Replay(floor, slowest_keystroke), **runs),
        Measurement("start-up, key in keyring: Enter -> usable window (floor: the KDF in it)",
                    ring_enter, SameRun(ring_enter, kdf),
                    note=lambda: describe(ring, floor, expected_mode=KeyMode.KEYRING,
                                          profile=False) + ". " + ring_note, **runs),
        Measurement("start-up, key in keyring: Enter -> usable window, beyond the KDF",
                    Replay(ring, beyond_kdf), **runs),
    ]
