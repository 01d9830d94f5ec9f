"""The child process of the start-up measurement; `bench.startup` spawns it fresh each time.

`python -m bench.startup_child MODE ROOT SPAWN_NS`, MODE one of:

- `app`: the real start of the window on the database in ROOT, the way
  `python -m ips_desktop --data-dir ROOT` does it: `ips_desktop.cli.main` is
  imported first, then `ips_desktop.ui.app`, and `cli.main.main()` runs
  `run_gui` unchanged (error hook, log file, QApplication, Preferences,
  `apply_language`, `workspace.unlock`, `MainWindow(ws, preferences)`, show,
  `app.exec()`). Two stand-ins, both needed to measure without a person:
  the unlock dialog is replaced by an object whose `exec()` calls
  `workspace.unlock(root, password)` at once (what the dialog does when the
  password is typed; the dialog's own widgets and the typing are left out),
  and the window is a subclass of `MainWindow` that only adds the marks.
  Thin timing wrappers around a few storage functions give the breakdown.
  The language is what the Preferences say: Danish, the default, as the
  data folder holds no settings.ini; the note shows what was loaded.
- `keyring`: the same, on a keyring-mode copy of the database, with an
  in-memory keyring backend registered before the app asks for one. keyring's
  ordinary backend discovery still runs (its cost is real on every desktop)
  and then picks this backend by priority; what is left out is a real
  keyring's own latency (D-Bus, Keychain, Credential Manager).
- `floor`: the least any PySide6 window costs: import QtWidgets, create the
  QApplication, show an empty QMainWindow of the window's default size.

The clock: SPAWN_NS is the parent's `time.time_ns()` taken just before it
spawned this process, and every mark here is `time.time_ns()` minus it, so
process creation, interpreter start-up and all imports are inside the figure.
`perf_counter()` cannot do this (its zero point is undefined and differs
between processes on some systems); the wall clock is shared by both
processes, and the parent checks the figure against its own `perf_counter()`
over the child's whole life. `python -m bench.startup_child` costs what
`python -m ips_desktop` does up to the first import of the app.

The end point: the window has been shown, has had its first paint, and the
event loop has then run out of work and is about to wait for more
(`QAbstractEventDispatcher.aboutToBlock`): the first moment the window could
react to the user. A zero timer after `show()` fires before the first paint
under Qt 6, so it alone would stop too early. The child then leaves the event
loop without closing the window, so no window state is saved and every start
begins from the same settings.

The password (and for `keyring` the key) come on stdin, as one JSON line,
not on the command line or in the environment. The result is one line on
stdout starting with MARKER. The workspace is closed before the process
ends, so the database's instance lock is free for the next child.
"""

import time

CHILD_START_NS = time.time_ns()

import json  # noqa: E402  (after the first mark, so the mark sees no import)
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

MARKER = "BENCH-STARTUP "
WINDOW_SIZE = (1100, 720)  # MainWindow's size when no geometry was saved
WATCHDOG_MS = 60_000


class Clock:
    """Marks in milliseconds since the parent spawned this process, and inner durations."""

    def __init__(self, spawn_ns: int) -> None:
        self.spawn_ns = spawn_ns
        self.marks: list[tuple[str, float]] = []
        self.inner: dict[str, float] = {}

    def since_spawn(self, ns: int | None = None) -> float:
        return ((time.time_ns() if ns is None else ns) - self.spawn_ns) / 1e6

    def mark(self, phase: str, ns: int | None = None) -> None:
        """`phase` is what happened since the previous mark."""
        self.marks.append((phase, self.since_spawn(ns)))

    def wrap(self, owner: Any, name: str, label: str | Callable[..., str]) -> None:
        """Replace `owner.name` by a wrapper that adds its duration to `inner[label]`.

        `label` may be a function of the call's arguments, to tell calls apart.
        """
        original: Callable[..., Any] = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                elapsed = (time.perf_counter() - start) * 1000
                key = label(*args, **kwargs) if callable(label) else label
                self.inner[key] = self.inner.get(key, 0.0) + elapsed

        setattr(owner, name, timed)


class Finish:
    """Ends the measurement at the first idle moment after the first paint."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.painted = False
        self.done = False

    def paint(self) -> None:
        if not self.painted:
            self.painted = True
            self.clock.mark("first paint")

    def start_waiting(self) -> None:
        from PySide6.QtCore import QAbstractEventDispatcher

        dispatcher = QAbstractEventDispatcher.instance()
        assert dispatcher is not None
        dispatcher.aboutToBlock.connect(self.about_to_block)

    def about_to_block(self) -> None:
        if self.painted and not self.done:
            self.done = True
            self.clock.mark("idle")
            from PySide6.QtWidgets import QApplication

            QApplication.exit(0)


def _watchdog() -> None:
    """A hang (a modal error box, say) ends the child instead of the benchmark."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    QTimer.singleShot(WATCHDOG_MS, lambda: QApplication.exit(3))


def run_app(clock: Clock, root: Path, given: dict[str, Any]) -> dict[str, Any]:
    import ips_desktop.cli.main as cli  # what `python -m ips_desktop` imports first
    import ips_desktop.ui.app as gui  # what cli.main imports when the window is wanted

    clock.mark("imports")

    from PySide6.QtWidgets import QDialog

    from ips_desktop.services import maintenance, workspace
    from ips_desktop.services.workspace import Workspace
    from ips_desktop.storage import cipher
    from ips_desktop.storage import database as store

    password: str = given["password"]
    # Inner timings, labelled "phase/part[/sub-part]" after the phase they fall in.
    clock.wrap(store, "_load_key", "unlock/key")  # key file KDF, or the keyring
    if "keyring" in given:
        import keyring.core

        _install_memory_keyring(given["keyring"])
        clock.wrap(keyring.core, "init_backend", "unlock/key/keyring discovery")
    clock.wrap(cipher, "probe", lambda path, *_: (
        "unlock/key/key-file check (one KDF)" if path.suffix == ".key"
        else "unlock/open + schema check/page-1 probe"))
    clock.wrap(store, "_open_with_key", "unlock/open + schema check")
    clock.wrap(store, "verify_password", "unlock/password hash (scrypt)")  # keyring mode only
    clock.wrap(maintenance, "row_counts", "window/home page row counts")
    opened: list[Workspace] = []
    languages: list[tuple[str, list[str]]] = []
    finish = Finish(clock)
    apply_language = gui.apply_language

    def recorded_language(language: str) -> list[str]:
        loaded = apply_language(language)
        languages.append((language, loaded))
        return loaded

    class Unlock:
        """Stands in for UnlockDialog: the password is given at once."""

        def __init__(self, root: Path, *, demo: bool = False, parent: Any = None) -> None:
            self.root = root
            self.workspace: Workspace | None = None
            self.error = None

        def exec(self) -> QDialog.DialogCode:
            clock.mark("app start")  # error hook, log, QApplication, Preferences, language
            _watchdog()
            self.workspace = workspace.unlock(self.root, password)
            opened.append(self.workspace)
            clock.mark("unlock")
            return QDialog.DialogCode.Accepted

    class Window(gui.MainWindow):
        def show(self) -> None:
            clock.mark("window")  # MainWindow(ws, preferences)
            super().show()
            clock.mark("show")
            finish.start_waiting()

        def paintEvent(self, event: Any) -> None:
            finish.paint()
            super().paintEvent(event)

    gui.apply_language = recorded_language
    gui.UnlockDialog = Unlock  # type: ignore[assignment,misc]
    gui.MainWindow = Window  # type: ignore[misc]
    try:
        code = cli.main(["--data-dir", str(root)])
    finally:
        for ws in opened:
            ws.close()  # frees the instance lock for the next child
    if code != 0 or not finish.done:
        raise SystemExit(f"the window did not become idle (exit code {code})")
    ws = opened[0]
    return {"key_mode": ws.key_mode.value, "is_demo": ws.ctx.is_demo, "languages": languages}


def _install_memory_keyring(entry: dict[str, str]) -> None:
    """A keyring backend in memory, chosen after keyring's own discovery has run.

    Defining the class registers it, so discovery picks it by priority; should
    a keyring config file or PYTHON_KEYRING_BACKEND name another backend, it is
    put in place after discovery instead. Either way discovery costs what it
    costs on this machine, and the app's own code asks for the key.
    """
    import keyring.core
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    from ips_desktop.storage.keys import SERVICE

    store = {(SERVICE, entry["username"]): entry["secret"]}

    class MemoryKeyring(KeyringBackend):  # registered by KeyringBackend.__init_subclass__
        priority = 1000  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if store.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    discover = keyring.core.init_backend

    def init_backend(*args: Any, **kwargs: Any) -> None:
        discover(*args, **kwargs)
        if not isinstance(keyring.core.get_keyring(), MemoryKeyring):
            keyring.core.set_keyring(MemoryKeyring())

    keyring.core.init_backend = init_backend


def run_floor(clock: Clock) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    clock.mark("imports")
    app = QApplication(sys.argv)
    clock.mark("app start")
    _watchdog()
    finish = Finish(clock)

    class Window(QMainWindow):
        def paintEvent(self, event: Any) -> None:
            finish.paint()
            super().paintEvent(event)

    window = Window()
    window.resize(*WINDOW_SIZE)
    clock.mark("window")
    window.show()
    clock.mark("show")
    finish.start_waiting()
    code = app.exec()
    if code != 0 or not finish.done:
        raise SystemExit(f"the window did not become idle (exit code {code})")
    return {}


def main(argv: list[str]) -> int:
    mode, root, spawn_ns = argv
    clock = Clock(int(spawn_ns))
    clock.mark("interpreter", CHILD_START_NS)
    given = json.loads(sys.stdin.readline() or "{}")
    if mode == "floor":
        extra = run_floor(clock)
    elif mode in ("app", "keyring"):
        extra = run_app(clock, Path(root), given)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    print(MARKER + json.dumps({"mode": mode, "marks": clock.marks, "inner": clock.inner,
                               **extra}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
