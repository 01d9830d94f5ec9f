"""The child process of the start-up measurement; `bench.startup` spawns it fresh each time.

`python -m bench.startup_child MODE ROOT SPAWN_NS`, MODE one of:

- `app`: the real start of the window on the database in ROOT, the way
  `python -m ips_desktop --data-dir ROOT` does it (`ips_desktop.app.main`,
  which for a plain window start runs `ui.app.run_gui` unchanged, without
  the command line's module: error hook, QApplication, Preferences,
  `apply_language`, the writable check, the instance lock, the unlock screen,
  then the main window). A robot stands in for the person, at the real widgets:
  1. When the unlock screen has had its first paint and the event loop is
     idle, the screen is *shown* (figure one). Which top-level packages are
     imported at the first paint (just before the loading behind the screen
     starts) is recorded: no SQLAlchemy may be among them.
  2. While the rest loads in the background (`UnlockDialog.loading`), it
     types a key into the password field every `KEY_INTERVAL_MS`
     (`QTest.keyClick`) and records each keystroke's latency: how late the
     timer that types it fired, plus how long the keystroke took. The timer
     and the recording are Python, so they need the interpreter lock, which
     a keystroke in a plain QLineEdit does not: an upper bound.
  3. When the loading is done, it puts the password in the field and presses
     Enter (`QTest.keyClick(Return)`), and the clock runs to the main window's
     first paint and the idle moment after it (figure two). The key
     derivation inside it (the KDF that protects the key, deliberately slow)
     is timed by wrappers around `hashlib.scrypt`, `hashlib.pbkdf2_hmac` and
     SQLCipher's reading of the key file (its PBKDF2 in C), whichever the
     storage layer uses; they are put in place only after the loading, so
     they load nothing early.
  The language is what the Preferences say: Danish, the default, as the data
  folder holds no settings.ini; the note shows what was loaded.
- `keyring`: the same, on a keyring-mode copy of the database, with an
  in-memory keyring backend registered before the app asks for one. keyring's
  ordinary backend discovery still runs (its cost is real on every desktop)
  and then picks this backend by priority; what is left out is a real
  keyring's own latency (D-Bus, Keychain, Credential Manager). keyring is
  imported before the start for that, so this mode's figure one is not used.
- `floor`: the least any PySide6 window costs: import QtWidgets, create the
  QApplication, show an empty QMainWindow of the window's default size. After
  its figure, a QLineEdit is put in it and typed into as in step 2, with
  nothing loading: the keystroke floor.

The clock: SPAWN_NS is the parent's `time.time_ns()` taken just before it
spawned this process, and every mark here is `time.time_ns()` minus it, so
process creation, interpreter start-up and all imports are inside the figure.
`perf_counter()` cannot do this (its zero point is undefined and differs
between processes on some systems); the wall clock is shared by both
processes, and the parent checks the figure against its own `perf_counter()`
over the child's whole life.

Each figure's process CPU time (all threads) goes with it, for a loaded
machine, where the wall clock also counts waiting for a core.

The end point of each figure: the window has been shown, has had its first
paint, and the event loop has then run out of work and is about to wait for
more (`QAbstractEventDispatcher.aboutToBlock`): the first moment the window
could react to the user. A zero timer after `show()` fires before the first
paint under Qt 6, so it alone would stop too early. The child then leaves the
event loop without closing the window, so no window state is saved and every
start begins from the same settings.

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
KEY_INTERVAL_MS = 25  # a fast typist: 40 keys a second
FLOOR_KEYS = 20
SHOWN_LINE = "BENCH-UNLOCK-SCREEN-SHOWN"  # on stderr, to split an -X importtime profile
UNLOCK_PHASE = "enter: unlock, then the main window built"
UNLOCK = f"{UNLOCK_PHASE}/workspace.unlock"  # inner labels: "phase/part[/sub-part]"
HEAVY_PACKAGES = ("sqlalchemy", "sqlcipher3", "alembic", "keyring", "reportlab")


class Clock:
    """Marks in milliseconds since the parent spawned this process, and inner durations."""

    def __init__(self, spawn_ns: int) -> None:
        self.spawn_ns = spawn_ns
        self.marks: list[tuple[str, float]] = []
        self.inner: dict[str, float] = {}
        self.inner_cpu: dict[str, float] = {}  # the same, in the calling thread's CPU time

    def since_spawn(self, ns: int | None = None) -> float:
        return ((time.time_ns() if ns is None else ns) - self.spawn_ns) / 1e6

    def mark(self, phase: str, ns: int | None = None) -> float:
        """`phase` is what happened since the previous mark; returns the mark."""
        at = self.since_spawn(ns)
        self.marks.append((phase, at))
        return at

    def wrap(self, owner: Any, name: str, label: str | Callable[..., str | None]) -> None:
        """Replace `owner.name` by a wrapper that adds its duration to `inner[label]`.

        `label` may be a function of the call's arguments, to tell calls apart
        (None: not counted). A name the owner does not have is left alone.
        """
        original: Callable[..., Any] | None = getattr(owner, name, None)
        if original is None:
            return

        def timed(*args: Any, **kwargs: Any) -> Any:
            start, cpu = time.perf_counter(), time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                elapsed = (time.perf_counter() - start) * 1000
                used = (time.thread_time() - cpu) * 1000
                key = label(*args, **kwargs) if callable(label) else label
                if key is not None:
                    self.inner[key] = self.inner.get(key, 0.0) + elapsed
                    self.inner_cpu[key] = self.inner_cpu.get(key, 0.0) + used

        setattr(owner, name, timed)


class Finish:
    """Calls `then` at the first idle moment after `paint()` was first called."""

    def __init__(self, clock: Clock, phase: str, then: Callable[[], None]) -> None:
        self.clock = clock
        self.phase = phase
        self.then = then
        self.painted = False
        self.done = False
        self.at: float | None = None
        self.cpu_ms = 0.0

    def paint(self) -> None:
        if not self.painted:
            self.painted = True
            self.clock.mark(f"{self.phase}: first paint")

    def start_waiting(self) -> None:
        from PySide6.QtCore import QAbstractEventDispatcher

        dispatcher = QAbstractEventDispatcher.instance()
        assert dispatcher is not None
        dispatcher.aboutToBlock.connect(self.about_to_block)

    def about_to_block(self) -> None:
        if self.painted and not self.done:
            self.done = True
            self.at = self.clock.mark(f"{self.phase}: idle")
            self.cpu_ms = time.process_time() * 1000  # all threads, since the process began
            self.then()


def _exit_app() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.exit(0)


def _watchdog() -> None:
    """A hang (a modal error box, say) ends the child instead of the benchmark."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    QTimer.singleShot(WATCHDOG_MS, lambda: QApplication.exit(3))


class Typist:
    """Types into `field` every KEY_INTERVAL_MS until `until()` is true; then calls `then`."""

    def __init__(self, field: Any, until: Callable[[], bool], then: Callable[[], None]) -> None:
        self.field, self.until, self.then = field, until, then
        self.latencies_ms: list[float] = []
        self.at: list[float] = []  # perf_counter() after each keystroke
        self._due = 0.0
        self._timer: Any = None

    def start(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._type)
        self._schedule()

    def _schedule(self) -> None:
        self._due = time.perf_counter() + KEY_INTERVAL_MS / 1000
        self._timer.start(KEY_INTERVAL_MS)

    def _type(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        if self.until():
            self.then()
            return
        QTest.keyClick(self.field, Qt.Key.Key_X)
        now = time.perf_counter()
        self.latencies_ms.append(max(0.0, (now - self._due) * 1000))
        self.at.append(now)
        self._schedule()


def run_app(clock: Clock, root: Path, given: dict[str, Any]) -> dict[str, Any]:
    if "keyring" in given:
        _install_memory_keyring(given["keyring"])
    import ips_desktop.app as entry  # what `python -m ips_desktop` runs
    import ips_desktop.ui.app as gui  # what entry.main imports for a window (not cli.main)

    clock.mark("imports")
    password: str = given["password"]
    opened: list[Any] = []
    languages: list[tuple[str, list[str]]] = []
    seen: dict[str, Any] = {}
    apply_language = gui.apply_language

    def recorded_language(language: str) -> list[str]:
        loaded = apply_language(language)
        languages.append((language, loaded))
        return loaded

    def screen_shown() -> None:
        seen["unlock_shown_ms"] = shown.at
        print(SHOWN_LINE, file=sys.stderr, flush=True)
        typist.start()

    def loaded() -> None:
        seen["loaded_ms"] = clock.mark("loading the rest, typing meanwhile")
        _wrap_kdf(clock)
        import ips_desktop.services.workspace as workspace
        import ips_desktop.ui.shell.main_window as main_window

        clock.wrap(workspace, "unlock", UNLOCK)
        main_window.MainWindow = window_class(main_window.MainWindow)  # type: ignore[misc]
        dialog = seen["dialog"]
        dialog.password.setText(password)
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        seen["enter_ms"] = clock.mark("password typed")
        seen["enter_cpu_ms"] = time.process_time() * 1000
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)

    def window_class(base: Any) -> Any:
        class Window(base):  # type: ignore[misc,valid-type]
            def show(self) -> None:
                clock.mark(UNLOCK_PHASE)
                opened.append(self.ws)
                super().show()
                clock.mark("enter: show")
                usable.start_waiting()

            def paintEvent(self, event: Any) -> None:
                usable.paint()
                super().paintEvent(event)

        return Window

    class Dialog(gui.UnlockDialog):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            clock.mark("app start")  # error hook, QApplication, Preferences, language, lock
            _watchdog()
            super().__init__(*args, **kwargs)
            seen["dialog"] = self
            typist.field = self.password
            typist.until = lambda: self.loading.done

        def showEvent(self, event: Any) -> None:
            clock.mark("unlock screen built")
            super().showEvent(event)
            shown.start_waiting()

        def paintEvent(self, event: Any) -> None:
            if not shown.painted:  # before the loading behind the screen starts
                seen["packages_at_shown"] = sorted({name.split(".")[0] for name in sys.modules})
            shown.paint()
            super().paintEvent(event)

    shown = Finish(clock, "unlock screen", screen_shown)
    usable = Finish(clock, "main window", _exit_app)
    typist = Typist(None, lambda: False, loaded)
    gui.apply_language = recorded_language
    gui.UnlockDialog = Dialog  # type: ignore[misc]
    try:
        code = entry.main(["--data-dir", str(root)])
    finally:
        if opened:  # the window's own jobs (the home screen's counts) read through it
            from ips_desktop.ui.widgets.background import wait_for_background_work

            wait_for_background_work()
        for ws in opened:
            ws.close()  # frees the instance lock for the next child
    if code != 0 or not usable.done or usable.at is None:
        raise SystemExit(f"the window did not become idle (exit code {code})")
    ws = opened[0]
    kdf = sum(ms for label, ms in clock.inner.items() if label.startswith(f"{UNLOCK}/KDF"))
    kdf_cpu = sum(ms for label, ms in clock.inner_cpu.items()
                  if label.startswith(f"{UNLOCK}/KDF"))
    return {"key_mode": ws.key_mode.value, "is_demo": ws.ctx.is_demo, "languages": languages,
            "unlock_shown_ms": seen["unlock_shown_ms"], "loaded_ms": seen["loaded_ms"],
            "enter_to_usable_ms": usable.at - seen["enter_ms"], "kdf_ms": kdf,
            "kdf_cpu_ms": kdf_cpu,
            "keystrokes_ms": typist.latencies_ms, "cpu_at_shown_ms": shown.cpu_ms,
            "cpu_enter_to_usable_ms": usable.cpu_ms - seen["enter_cpu_ms"],
            "heavy_at_first_paint": [p for p in seen["packages_at_shown"] if p in HEAVY_PACKAGES]}


def _wrap_kdf(clock: Clock) -> None:
    """Time the key derivation, wherever the storage layer does it."""
    import hashlib

    from ips_desktop.storage import cipher

    clock.wrap(hashlib, "scrypt", f"{UNLOCK}/KDF scrypt")
    clock.wrap(hashlib, "pbkdf2_hmac", f"{UNLOCK}/KDF PBKDF2")
    # SQLCipher's PBKDF2 of the passphrase key file (`probe` goes through it too).
    clock.wrap(cipher, "read_first_row", lambda path, *_a, **_k: (
        f"{UNLOCK}/KDF SQLCipher key file" if Path(path).suffix == ".key" else None))


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

    service = "ips-desktop"  # storage.keys.SERVICE, not imported: that would load storage early
    store = {(service, entry["username"]): entry["secret"]}

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
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

    clock.mark("imports")
    app = QApplication(sys.argv)
    clock.mark("app start")
    _watchdog()

    def type_into_it() -> None:
        field = QLineEdit()
        window.setCentralWidget(field)
        field.setFocus()
        typist.field = field
        typist.start()

    finish = Finish(clock, "window", type_into_it)
    typist = Typist(None, lambda: len(typist.latencies_ms) >= FLOOR_KEYS, _exit_app)

    class Window(QMainWindow):
        def paintEvent(self, event: Any) -> None:
            finish.paint()
            super().paintEvent(event)

    window = Window()
    window.resize(*WINDOW_SIZE)
    clock.mark("window built")
    window.show()
    clock.mark("window: show")
    finish.start_waiting()
    code = app.exec()
    if code != 0 or not finish.done or finish.at is None:
        raise SystemExit(f"the window did not become idle (exit code {code})")
    return {"window_shown_ms": finish.at, "keystrokes_ms": typist.latencies_ms,
            "cpu_at_shown_ms": finish.cpu_ms}


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
