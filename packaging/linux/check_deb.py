"""Install the .deb into a bare Debian 12 without Python and use it there, then upgrade.

    python packaging/linux/check_deb.py --deb dist/ips-desktop_0.1.0_amd64.deb \
        --old-deb build/old-build/<commit>/ips-desktop_0.0.9_amd64.deb

`make package-check-debian` runs it, as root (debootstrap, chroot, mount). Two
fresh roots, each unpacked from the cached debootstrap tarball
(packaging/linux/debian_root.sh):

1. *install*: `apt-get install ./the.deb` with no recommends, so Debian resolves
   our Depends and nothing else; Python must still be absent. As a new user:
   --version, demo, check, list, report referral (the PDF read back here), the
   window offscreen for a few seconds, then `apt-get remove` keeps the data.
2. *upgrade*: a real Secret Service (dbus + gnome-keyring, neither pulls Python),
   the OLDER build (older schema), a demo whose key sits in the keyring, a
   settings file; then the new .deb over it, a fresh keyring daemon (a new login),
   and: check exits 0 at the new schema, the demo's rows are all there, the
   migration's backup exists, settings.ini is byte for byte the same, the same
   keyring entry still opens the database.

Personal data never leaves the root in this output: only counts, ids and revisions.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
USER, UID = "ips", 1000
HOME = f"/home/{USER}"
RUNTIME = f"/run/user/{UID}"
DATA = f"{HOME}/.local/share/ips-desktop"  # the user's data folder: settings.ini
DEMO = f"{DATA}/demo"  # where `demo` puts its database; every command here uses --demo
PASSWORD = "check-deb-app-password"  # the app password of the throwaway demo
LOGIN_PASSWORD = "check-deb-login"  # what PAM would hand gnome-keyring at login
BUNDLE = "/opt/ips-desktop/_internal"
PATH = "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"
WINDOW_ALIVE_S = 10
KEYRING_PACKAGES = ["dbus", "gnome-keyring", "libsecret-tools"]


class CheckFailed(SystemExit):
    pass


def say(text: str) -> None:
    print(text, flush=True)


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise CheckFailed(f"FAILED: {what}")
    say(f"  ok  {what}")


class Root:
    """A Debian root unpacked afresh, with /proc and an apt cache mounted while in use."""

    def __init__(self, cache: Path, name: str, display: str | None) -> None:
        self.cache = cache
        self.name = name
        self.path = (cache / name).resolve()
        self.display = display
        self.mounts: list[Path] = []

    def __enter__(self) -> Root:
        subprocess.run([str(ROOT / "packaging/linux/debian_root.sh"), str(self.cache),
                        str(self.path)], check=True)
        archives = self.cache / "apt-archives"
        (archives / "partial").mkdir(parents=True, exist_ok=True)
        self._mount(["-t", "proc", "proc"], self.path / "proc")
        self._mount(["-t", "tmpfs", "-o", "mode=1777", "tmpfs"], self.path / "dev/shm")
        self._mount(["--bind", str(archives.resolve())], self.path / "var/cache/apt/archives")
        if self.display is not None:  # the host's Xvfb socket, for a real X11 window
            self._mount(["--bind", "/tmp/.X11-unix"], self.path / "tmp/.X11-unix")
        return self

    def _mount(self, how: list[str], where: Path) -> None:
        where.mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", *how, str(where)], check=True)
        self.mounts.append(where)

    def __exit__(self, *exc: object) -> None:
        self.stop_processes()
        for where in reversed(self.mounts):
            subprocess.run(["umount", "-l", str(where)], check=False)
        self.mounts.clear()

    def processes(self, name: str | None = None) -> list[int]:
        """Processes running inside this root (their /proc/PID/root is it): ours only."""
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            with contextlib.suppress(OSError):
                if str((entry / "root").readlink()) != str(self.path):
                    continue
                if name is None or (entry / "comm").read_text().strip() == name:
                    found.append(int(entry.name))
        return found

    def stop_processes(self, name: str | None = None) -> None:
        for pid in self.processes(name):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 5
        while self.processes(name) and time.monotonic() < deadline:
            time.sleep(0.1)

    def command(self, command: str, *, user: bool, env: dict[str, str] | None) -> list[str]:
        """`command` by sh inside the root, as root or as the user, with a clean environment."""
        variables = {"PATH": PATH, "LANG": "C.UTF-8", "DEBIAN_FRONTEND": "noninteractive"}
        if user:
            variables |= {"HOME": HOME, "USER": USER, "XDG_RUNTIME_DIR": RUNTIME,
                          "DBUS_SESSION_BUS_ADDRESS": f"unix:path={RUNTIME}/bus"}
        variables |= env or {}
        chroot = ["chroot", *([f"--userspec={UID}:{UID}"] if user else []), str(self.path)]
        return [*chroot, "env", "-i", *(f"{k}={v}" for k, v in variables.items()), "sh", "-c",
                f"cd {HOME if user else '/'} && {command}"]

    def run(self, command: str, *, user: bool = False, env: dict[str, str] | None = None,
            check: bool = True, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(self.command(command, user=user, env=env),
                                capture_output=True, text=True, input=stdin, check=False)
        if check and result.returncode != 0:
            raise CheckFailed(f"FAILED ({result.returncode}): {command}\n"
                              f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
        return result

    def app(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self.run("ips-desktop --demo " + " ".join(args), user=True, check=check,
                        env={"IPS_DESKTOP_PASSWORD": PASSWORD, "IPS_DESKTOP_LANGUAGE": "en"})

    def host(self, path: str) -> Path:
        return self.path / path.lstrip("/")

    def install(self, deb: Path) -> subprocess.CompletedProcess[str]:
        shutil.copyfile(deb, self.host(f"/tmp/{deb.name}"))
        return self.run(f"apt-get install -y -q --no-install-recommends /tmp/{deb.name}")

    def add_user(self) -> None:
        self.run(f"useradd --create-home --uid {UID} --shell /bin/sh {USER}")
        self.run(f"mkdir -p {RUNTIME} && chown {USER}:{USER} {RUNTIME} && chmod 0700 {RUNTIME}")

    def has_python(self) -> bool:
        found = self.run("command -v python3 || ls /usr/bin/python* /usr/lib/python3* "
                         "2>/dev/null", check=False)
        return bool(found.stdout.strip())

    def version(self) -> str:
        return self.run("dpkg-query -W -f='${Version}' ips-desktop").stdout


@contextlib.contextmanager
def timed(label: str, times: dict[str, float]) -> Iterator[None]:
    started = time.monotonic()
    say(f"== {label}")
    yield
    times[label] = time.monotonic() - started


def check_json(root: Root) -> dict:
    result = root.app("check", "--json")
    return json.loads(result.stdout)


def window_stays_up(root: Root, shots: Path) -> None:
    """The window opens (the unlock screen) and is still there after a while, as in
    the frozen tests: offscreen, and on a real X server through the xcb plugin, which
    needs the X libraries of our Depends. The X11 window is photographed from here."""
    result = root.run(f"timeout {WINDOW_ALIVE_S} ips-desktop --demo", user=True, check=False,
                      env={"QT_QPA_PLATFORM": "offscreen"})
    expect(result.returncode == 124,
           f"offscreen: the window was still open after {WINDOW_ALIVE_S} s (exit "
           f"{result.returncode}" + ("" if result.returncode == 124 else
                                     f": {result.stderr[-1500:]}") + ")")
    if root.display is None:
        say("  --  no Xvfb here: the X11 window was not tried")
        return
    command = root.command(f"timeout {WINDOW_ALIVE_S} ips-desktop --demo", user=True,
                           env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": root.display})
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as proc:
        time.sleep(WINDOW_ALIVE_S - 3)
        shot = shots / f"window-{root.name}.png"
        grab_screen(root.display, shot)
        _, err = proc.communicate(timeout=30)
    expect(proc.returncode == 124, f"X11 (xcb): the window was still open after "
           f"{WINDOW_ALIVE_S} s (exit {proc.returncode}"
           + ("" if proc.returncode == 124 else f": {err[-1500:]}") + f"); screen: {shot}")
    expect("Could not load the Qt platform plugin" not in err, "Qt's xcb platform plugin loaded")


def grab_screen(display: str, path: Path) -> None:
    """The X screen as a PNG, by the project's own Qt on the host."""
    code = ("import sys; from PySide6.QtGui import QGuiApplication as A; a = A(sys.argv); "
            "sys.exit(0 if a.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)")
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", code, str(path)], check=False, timeout=30,
                   env=os.environ | {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})


@contextlib.contextmanager
def xvfb() -> Iterator[str | None]:
    """A virtual X server on the host, or None where Xvfb is not installed."""
    if shutil.which("Xvfb") is None:
        yield None
        return
    number = next(n for n in range(57, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.1)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def pdf_text(path: Path) -> str:
    import pypdf  # the project's dev dependency; runs here on the host, never in the root

    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def install_check(cache: Path, deb: Path, version: str, times: dict[str, float],
                  display: str | None) -> None:
    with Root(cache, "root-install", display) as root:
        expect(not root.has_python(), "the fresh Debian 12 root has no Python")
        with timed("apt-get install ./" + deb.name, times):
            root.install(deb)
        expect(root.version() == version, f"ips-desktop {version} is installed")
        expect(not root.has_python(), "the package's Depends pulled in no Python")
        for path in ("/usr/share/applications/ips-desktop.desktop",
                     "/usr/share/icons/hicolor/48x48/apps/ips-desktop.png",
                     "/usr/share/icons/hicolor/scalable/apps/ips-desktop.svg",
                     "/usr/share/doc/ips-desktop/copyright", "/opt/ips-desktop/ips-desktop",
                     # the window's icon: the SVG and Qt's SVG icon engine that draws it
                     f"{BUNDLE}/ips_desktop/resources/icons/ips-desktop.svg",
                     f"{BUNDLE}/PySide6/Qt/plugins/iconengines/libqsvgicon.so"):
            expect(root.host(path).is_file(), f"{path} is there")
        root.add_user()
        with timed("the app as a new user", times):
            shown = root.run("ips-desktop --version", user=True).stdout
            expect(version in shown, f"--version says {shown.strip()!r}")
            root.app("demo", "--size", "small")
            report = check_json(root)
            expect(report["ok"] and report["integrity"] == "ok", "check: ok, integrity ok")
            expect(report["schema_revision"] == report["schema_head"],
                   f"check: schema at head {report['schema_head']}")
            expect(report["key_mode"] == "passphrase",
                   "no keyring in this root: the key is in the password-protected file")
            people = json.loads(root.app("list", "participants", "--json").stdout)
            expect(0 < len(people) <= report["row_counts"]["participant"],
                   f"list: {len(people)} of the {report['row_counts']['participant']} "
                   "demo participants (those list shows)")
            first = people[0]
            root.app("report", "referral", "--participant", first["participant_id"],
                     "--out", f"{HOME}/referral.pdf")
            text = pdf_text(root.host(f"{HOME}/referral.pdf"))
            expect(first["name"] in text, "report referral: the PDF names the participant")
            window_stays_up(root, cache / "screens")
        with timed("apt-get remove", times):
            root.run("apt-get remove -y -q ips-desktop")
        expect(not root.host("/opt/ips-desktop").exists()
               and not root.host("/usr/bin/ips-desktop").exists(),
               "remove: /opt/ips-desktop and the launcher are gone")
        expect(root.host(f"{DEMO}/ips.db").is_file(), "remove: the user's data stays")


def start_keyring(root: Root) -> None:
    """A session bus and an unlocked login keyring, as a desktop login starts them."""
    root.run(f"dbus-daemon --session --fork --address=unix:path={RUNTIME}/bus", user=True)
    root.run("gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null",
             user=True, stdin=LOGIN_PASSWORD)
    # --daemonize returns once the daemon has taken its name on the bus.
    if not root.processes("gnome-keyring-d"):
        raise CheckFailed("gnome-keyring did not start")


def keyring_entries(root: Root) -> list[str]:
    """The attributes of our entries (service ips-desktop), never their secrets."""
    found = root.run("secret-tool search --all service ips-desktop", user=True, check=False)
    text = found.stdout + found.stderr
    return sorted(re.findall(r"^attribute\.\w+ = .*$", text, re.MULTILINE))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def upgrade_check(cache: Path, deb: Path, old_deb: Path, version: str,
                  times: dict[str, float], display: str | None) -> None:
    with Root(cache, "root-upgrade", display) as root:
        with timed("a Secret Service: " + " ".join(KEYRING_PACKAGES), times):
            root.run("apt-get install -y -q --no-install-recommends " + " ".join(KEYRING_PACKAGES))
        expect(not root.has_python(), "dbus and gnome-keyring pulled in no Python")
        with timed("the older build: apt-get install ./" + old_deb.name, times):
            root.install(old_deb)
        old_version = root.version()
        root.add_user()
        start_keyring(root)
        root.app("demo", "--size", "small")
        before = check_json(root)
        expect(before["ok"] and before["key_mode"] == "keyring",
               f"the older build ({old_version}) keeps its key in the keyring")
        expect(before["schema_revision"] == before["schema_head"],
               f"the older build's schema: {before['schema_revision']}")
        entries = keyring_entries(root)
        expect(bool(entries), f"the keyring holds our entry ({len(entries)} attribute lines)")
        settings = root.host(f"{DATA}/settings.ini")
        root.run(f"printf '[General]\\nlanguage=nb\\nauto_lock_minutes=15\\nauto_backup=true\\n'"
                 f" > {DATA}/settings.ini && chmod 0600 {DATA}/settings.ini", user=True)
        settings_hash = sha256(settings)
        files_before = {p.relative_to(root.host(DATA)) for p in root.host(DATA).rglob("*")}

        with timed(f"upgrade: apt-get install ./{deb.name} over {old_version}", times):
            upgraded = root.install(deb)
        expect(f"over ({old_version})" in upgraded.stdout,
               f"dpkg upgraded {old_version} -> {version}")
        expect(root.version() == version, f"ips-desktop {version} is installed")
        # A new login: the keyring daemon starts again, unlocked by the login password.
        root.stop_processes("gnome-keyring-d")
        start_keyring(root)
        with timed("the upgraded app on the old data", times):
            after = check_json(root)
        expect(after["ok"] is True, "check after the upgrade exits 0 and says ok")
        expect(after["schema_revision"] == after["schema_head"] != before["schema_revision"],
               f"the schema migrated {before['schema_revision']} -> {after['schema_revision']}")
        expect(after["key_mode"] == "keyring",
               "the same keyring entry opened the database (no key file, no recovery key)")
        expect(keyring_entries(root) == entries, "the keyring entry is unchanged")
        for table in ("participant", "course", "employer", "employer_contact"):
            if table in before["row_counts"]:
                expect(after["row_counts"][table] == before["row_counts"][table],
                       f"{table}: all {before['row_counts'][table]} rows kept")
        backups = sorted(root.host(f"{DEMO}/backups").glob(
            f"ips-before-migration-{before['schema_revision']}-*.db"))
        expect(len(backups) == 1, f"the migration's backup: backups/{backups[0].name}"
               if backups else "the migration's backup exists")
        expect(backups[0].stat().st_mode & 0o777 == 0o600, "the backup is the user's alone (0600)")
        expect(sha256(settings) == settings_hash, "settings.ini is byte for byte the same")
        expect(files_before <= {p.relative_to(root.host(DATA)) for p in root.host(DATA).rglob("*")},
               "every file of the data directory is still there")
        again = check_json(root)
        expect(again["ok"] and len(list(root.host(f"{DEMO}/backups").glob(
            "ips-before-migration-*"))) == 1, "a second check needs no migration, no new backup")
        window_stays_up(root, cache / "screens")
        # The counter-proof: without the keyring entry the same data does not open,
        # so it was the keyring (not a leftover key file) that opened it above.
        root.run("secret-tool clear service ips-desktop", user=True)
        expect(root.app("check", "--json", check=False).returncode != 0,
               "without the keyring entry the database does not open (the entry is needed)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deb", type=Path, required=True)
    parser.add_argument("--old-deb", type=Path, required=True)
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "debian-root")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        raise SystemExit("package-check-debian needs root (debootstrap, chroot, mount)")
    version = re.fullmatch(r"ips-desktop_(.+)_amd64\.deb", args.deb.name).group(1)
    times: dict[str, float] = {}
    started = time.monotonic()
    with timed("the Debian 12 root (debootstrap once, then from build/)", times):
        subprocess.run([str(ROOT / "packaging/linux/debian_root.sh"), str(args.cache)],
                       check=True)
    with xvfb() as display:
        install_check(args.cache, args.deb, version, times, display)
        upgrade_check(args.cache, args.deb, args.old_deb, version, times, display)
    say("\nLinux package:")
    say(f"  {args.deb}: {args.deb.stat().st_size / 1e6:.1f} MB")
    depends = subprocess.run(["dpkg-deb", "-f", str(args.deb), "Depends", "Installed-Size"],
                             capture_output=True, text=True, check=True).stdout
    say("  " + depends.strip().replace("\n", "\n  "))
    for label, seconds in times.items():
        say(f"  {seconds:6.1f} s  {label}")
    say(f"  {time.monotonic() - started:6.1f} s  in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
