"""The frozen one-folder app runs: the command line, the database stack and the window.

Each test runs the executable from `--frozen` in a subprocess, as a user or a
scheduled job would, with its data directory in tmp_path and the password from
IPS_DESKTOP_PASSWORD. What can go wrong only when frozen is a module or data
file left out of the bundle: the lazily imported demo generator, the SQLCipher
extension, SQLAlchemy's dialect, Alembic's migration scripts (read by path),
keyring's backends (found through package metadata), Qt's platform plugins.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ips_desktop import __version__
from tests.helpers import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
COMMAND_TIMEOUT_S = 300  # a small demo database takes a few seconds; leave room for slow CI
GUI_ALIVE_S = 5.0


@pytest.fixture
def app_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "IPS_DESKTOP_PASSWORD": PASSWORD,
        "IPS_DESKTOP_DATA_DIR": str(tmp_path / "user-data"),
        "IPS_DESKTOP_LANGUAGE": "da",
        "QT_QPA_PLATFORM": "offscreen",
    })
    return env


def run(exe: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True,
        timeout=COMMAND_TIMEOUT_S, check=False,
    )
    # Shown by pytest when a test fails: what the frozen app said.
    print(f"$ ips-desktop {' '.join(args)}  -> exit {result.returncode}")
    print(result.stdout[-4000:])
    print(result.stderr[-4000:], file=sys.stderr)
    return result


def check_json(exe: Path, data_dir: Path, env: dict[str, str]) -> dict:
    result = run(exe, "--data-dir", str(data_dir), "check", "--json", env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def keyring_problem_here(env: dict[str, str]) -> str | None:
    """What keyring detection says in a fresh, unfrozen Python with the same environment.

    Asked in a subprocess because this test process runs with the suite's
    in-memory keyring (tests/conftest.py), not the machine's.
    """
    code = ("from ips_desktop.storage.keys import keyring_problem; "
            "print(keyring_problem() or '')")
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=True)
    return result.stdout.strip() or None


def bundle_dir(exe: Path) -> Path:
    """Where PyInstaller puts everything but the executable (its `contents_directory`).

    In a macOS .app (Contents/MacOS/ips-desktop) that is Contents/Frameworks, where
    PyInstaller links in the data files it keeps in Contents/Resources.
    """
    if exe.parent.name == "MacOS" and exe.parent.parent.name == "Contents":
        return exe.parent.parent / "Frameworks"
    return exe.parent / "_internal"


def test_version(frozen_exe: Path, app_env: dict[str, str]) -> None:
    result = run(frozen_exe, "--version", env=app_env)
    assert result.returncode == 0
    assert result.stdout.strip() == f"IPS Desktop {__version__}"


@pytest.mark.parametrize("name", ["forms", "resources"])
def test_bundled_folders_sit_inside_the_package(frozen_exe: Path, name: str) -> None:
    """Where `paths.bundled_dir` looks first, as in a wheel, with every file of the checkout.

    Dot files (.gitkeep), caches and the translations' .ts sources (the .qm files
    built from them are shipped) are not; empty folders are.
    """
    bundled = bundle_dir(frozen_exe) / "ips_desktop" / name
    assert bundled.is_dir()
    source = ROOT / name
    expected = {p.relative_to(source) for p in source.rglob("*")
                if not any(part.startswith(".") or part == "__pycache__"
                           for part in p.relative_to(source).parts) and p.suffix != ".ts"}
    present = {p.relative_to(bundled) for p in bundled.rglob("*")}
    assert expected <= present, f"missing from the bundle: {sorted(map(str, expected - present))}"
    assert not [p for p in present if p.suffix == ".ts"]


def test_migration_scripts_are_files(frozen_exe: Path) -> None:
    """Alembic reads env.py, script.py.mako and versions/*.py by path."""
    source = ROOT / "ips_desktop" / "storage" / "migrations"
    bundled = bundle_dir(frozen_exe) / "ips_desktop" / "storage" / "migrations"
    assert (bundled / "env.py").is_file()
    assert (bundled / "script.py.mako").is_file()
    versions = {p.name for p in (source / "versions").glob("*.py")}
    assert versions
    assert versions <= {p.name for p in (bundled / "versions").glob("*.py")}


def test_keyring_can_find_its_backends(frozen_exe: Path) -> None:
    """keyring lists its backends as entry points: without its metadata it finds none."""
    entry_points = list(bundle_dir(frozen_exe).glob("keyring-*.dist-info/entry_points.txt"))
    assert entry_points, "keyring's distribution metadata is not in the bundle"
    assert "[keyring.backends]" in entry_points[0].read_text(encoding="utf-8")


def test_qt_translations_for_our_languages(frozen_exe: Path) -> None:
    """ui/i18n.py loads Qt's own `qtbase_da`, then our `qt_da` / `qt_nb` over it."""
    qt_translations = bundle_dir(frozen_exe) / "PySide6" / "Qt" / "translations"
    assert (qt_translations / "qtbase_da.qm").is_file()
    ours = bundle_dir(frozen_exe) / "ips_desktop" / "resources" / "translations"
    for name in ("qt_da", "qt_nb", "ips_desktop_da", "ips_desktop_nb", "ips_desktop_en"):
        assert (ours / f"{name}.qm").is_file(), name
    # Only our languages of Qt's own: the other ~30 are left out.
    assert not (qt_translations / "qtbase_de.qm").exists()


def test_setup_then_check(frozen_exe: Path, app_env: dict[str, str], tmp_path: Path) -> None:
    """A real (not demo) database: created, migrated to head, reopened and checked."""
    data_dir = tmp_path / "real"
    result = run(frozen_exe, "--data-dir", str(data_dir), "setup", "--passphrase-mode",
                 env=app_env)
    assert result.returncode == 0, result.stderr
    report = check_json(frozen_exe, data_dir, app_env)
    assert report["ok"] is True
    assert report["integrity"] == "ok"
    assert report["cipher"].startswith("SQLCipher 4")
    assert report["schema_revision"] == report["schema_head"]
    assert report["key_mode"] == "passphrase"
    assert report["is_demo"] is False


def test_demo_then_check(frozen_exe: Path, app_env: dict[str, str], tmp_path: Path) -> None:
    """The demo generator (imported lazily) fills a database the frozen `check` opens.

    The key goes where the app's own detection puts it: into the OS keyring when
    one works (then this run leaves one entry under service `ips-desktop`), else
    into a password-protected key file. The frozen app must decide as an
    unfrozen Python does, which proves keyring's backends were bundled.
    """
    data_dir = tmp_path / "demo"
    result = run(frozen_exe, "--data-dir", str(data_dir), "demo", "--size", "small",
                 env=app_env)
    assert result.returncode == 0, result.stderr

    report = check_json(frozen_exe, data_dir, app_env)
    assert report["ok"] is True
    assert report["integrity"] == "ok"
    assert report["is_demo"] is True
    assert report["row_counts"]["participant"] > 0

    problem = keyring_problem_here(app_env)
    print(f"key_mode in the frozen app: {report['key_mode']}; "
          f"keyring here: {problem or 'a backend is available'}")
    assert report["key_mode"] == ("passphrase" if problem else "keyring")

    # The printout: forms/referral.toml, ReportLab and the bundled fonts, frozen.
    listed = run(frozen_exe, "--data-dir", str(data_dir), "list", "participants", "--json",
                 env=app_env)
    people = json.loads(listed.stdout)
    first = people[0]
    # ICU's collation data came along (pyicu-wheels): names in the Danish alphabet.
    from ips_desktop.services.collation import sorted_names

    names = [p["name"] for p in people]
    assert names == sorted_names(names, "da")
    pdf = tmp_path / "henvisning.pdf"
    printed = run(frozen_exe, "--data-dir", str(data_dir), "report", "referral",
                  "--participant", first["participant_id"], "--out", str(pdf), env=app_env)
    assert printed.returncode == 0, printed.stderr
    import pypdf

    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert first["name"] in text and "Fortroligt – indeholder personoplysninger" in text


def test_window_starts(frozen_exe: Path, app_env: dict[str, str], tmp_path: Path) -> None:
    """Without a command the window opens (the set-up dialog) and waits for the user.

    Missing Qt plugins or libraries end the process at once with an error; a
    process still running after a few seconds has built its QApplication and dialog.
    """
    args = [str(frozen_exe), "--data-dir", str(tmp_path / "gui")]
    with subprocess.Popen(args, env=app_env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as proc:
        deadline = time.monotonic() + GUI_ALIVE_S
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        exit_code = proc.poll()
        proc.kill()
        out, err = proc.communicate(timeout=30)
    assert exit_code is None, f"the window exited with {exit_code}:\n{out}\n{err}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF RUNPATHs: Linux")
def test_no_runpath_leads_outside_the_bundle(frozen_exe: Path) -> None:
    """A shared Python's RUNPATH (/root/.pyenv/.../lib) must not reach the laptops."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("runpaths", ROOT / "packaging" / "runpaths.py")
    runpaths = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runpaths)
    outside = {}
    for path in [frozen_exe, *bundle_dir(frozen_exe).rglob("*.so*")]:
        if path.is_file() and not path.is_symlink():
            value = runpaths.runpath(path)
            if value and runpaths.kept(value) != value:
                outside[path.name] = value
    assert not outside


def test_the_lgpl_texts_and_qt_source_notice_are_bundled(frozen_exe: Path) -> None:
    folder = bundle_dir(frozen_exe) / "ips_desktop" / "resources" / "licenses"
    names = {path.name for path in folder.iterdir()} if folder.is_dir() else set()
    assert {"LGPL-3.0.txt", "GPL-3.0.txt", "README.md"} <= names
