"""The Windows and macOS CI workflows parse, and name files and builds that exist.

They can only run on GitHub's runners; here they are read as YAML (PyYAML) and each
path a step names is checked against the checkout, the spec's dry run
(test_spec_platforms.run_spec) and the Inno Setup script.
"""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

import pytest
import yaml

from tests.packaging.test_inno_setup import ISS, read_iss
from tests.packaging.test_spec_platforms import run_spec

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
# Paths into the checkout that a step may name.
REPO_PATH = re.compile(
    r"(?<![\w/.-])((?:requirements|packaging|tests|resources)[/\\][\w./\\*-]+|ips_desktop\.spec)")


def workflow(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def steps(flow: dict) -> list[dict]:
    [job] = flow["jobs"].values()
    return job["steps"]


def commands(flow: dict) -> str:
    return "\n".join(step.get("run", "") for step in steps(flow))


def step_named(flow: dict, start: str) -> dict:
    [step] = [s for s in steps(flow) if s.get("name", "").startswith(start)]
    return step


@pytest.mark.parametrize("name", ["windows.yml", "macos.yml"])
def test_the_workflow_is_a_github_actions_job(name) -> None:
    flow = workflow(name)
    # YAML 1.1 reads a bare `on` as true; GitHub reads it as the trigger key.
    assert {"push", "pull_request"} <= set(flow.get("on", flow.get(True)))
    [job] = flow["jobs"].values()
    assert job["runs-on"].startswith("windows" if name == "windows.yml" else "macos")
    assert job["timeout-minutes"] <= 90
    for step in job["steps"]:
        assert ("uses" in step) != ("run" in step), step
    [python] = [s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python")]
    assert python["with"]["python-version"] == "3.11"


@pytest.mark.parametrize("name", ["windows.yml", "macos.yml"])
def test_every_file_a_step_names_exists(name) -> None:
    flow = workflow(name)
    text = commands(flow) + "\n" + "\n".join(
        str(value) for step in steps(flow) for value in step.get("with", {}).values())
    named = {match.rstrip("/\\") for match in REPO_PATH.findall(text)}
    assert named, "no file found: the pattern is broken"
    for path in named:
        parts = PureWindowsPath(path).parts if "\\" in path else Path(path).parts
        matches = list(ROOT.glob(str(Path(*parts))))
        assert matches, f"{name} names {path}, which is not in the checkout"


@pytest.mark.parametrize(("name", "lock"), [("windows.yml", "requirements/windows.txt"),
                                            ("macos.yml", "requirements/macos.txt")])
def test_it_installs_its_platforms_lock(name, lock) -> None:
    flow = workflow(name)
    install = step_named(flow, "Install the")["run"]
    assert f"-r {lock}" in install
    assert "--no-deps -e ." in install
    cache = [s for s in steps(flow) if s.get("uses", "").startswith("actions/setup-python")]
    assert cache[0]["with"]["cache-dependency-path"] == lock


def test_windows_builds_the_installer_and_tests_the_installed_console_exe(
        tmp_path, monkeypatch) -> None:
    flow = workflow("windows.yml")
    iscc = step_named(flow, "Inno Setup")["run"]
    assert "/DAppVersion=$version" in iscc
    assert r"packaging\windows\ips-desktop.iss" in iscc
    setup = read_iss(ISS.read_text(encoding="utf-8"))[0]["Setup"]
    installer = setup["OutputBaseFilename"].replace("{#AppVersion}", "$env:VERSION") + ".exe"
    install = step_named(flow, "Install per user")["run"]
    assert f"dist\\{installer}" in install and "/CURRENTUSER" in install
    frozen = step_named(flow, "Frozen-app tests")["run"]
    exe = re.search(r'--frozen "([^"]+)"', frozen)[1]
    # The per-user folder {autopf} means without admin rights, and the command line exe.
    assert exe.startswith("$LOCALAPPDATA/Programs/IPS Desktop/")
    assert setup["DefaultDirName"].endswith("\\IPS Desktop")
    exes = {c.kwargs["name"]: c.kwargs for c in run_spec("win32", tmp_path, monkeypatch).of("EXE")}
    assert exes[Path(exe).stem]["console"] is True, "the frozen tests read the exe's stdout"
    uploaded = step_named_uses(flow, "actions/upload-artifact")["with"]["path"]
    assert "dist/IPS-Desktop-*-setup.exe" in uploaded


def test_macos_tests_the_app_bundles_executable(tmp_path, monkeypatch) -> None:
    flow = workflow("macos.yml")
    build = run_spec("darwin", tmp_path, monkeypatch)
    [bundle] = build.of("BUNDLE")
    [exe] = build.of("EXE")
    frozen = step_named(flow, "Frozen-app tests")["run"]
    expected = f"dist/{bundle.kwargs['name']}/Contents/MacOS/{exe.kwargs['name']}"
    assert f'--frozen "{expected}"' in frozen
    assert f'"dist/{bundle.kwargs["name"]}"' in step_named(flow, "Zip")["run"]


@pytest.mark.parametrize("name", ["windows.yml", "macos.yml"])
def test_the_build_runs_the_spec_and_after_it_the_icons(name) -> None:
    flow = workflow(name)
    names = [s.get("name", s.get("uses")) for s in steps(flow)]
    assert names.index("Translations and icons") < names.index("PyInstaller")
    assert names.index("PyInstaller") < names.index("Frozen-app tests" + (
        " on the installed app" if name == "windows.yml" else " on the .app"))
    assert "ips_desktop.spec" in step_named(flow, "PyInstaller")["run"]
    assert "packaging/icons.py --out build/icons" in step_named(flow, "Translations")["run"]


def step_named_uses(flow: dict, uses: str) -> dict:
    [step] = [s for s in steps(flow) if s.get("uses", "").startswith(uses)]
    return step
