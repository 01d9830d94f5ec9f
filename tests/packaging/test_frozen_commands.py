"""Every command of the frozen app, its exit code and what it wrote; `--licenses`; the keyring.

The lean bundle leaves out much (ips_desktop.spec): each command run here is
one way a left-out module, library or data file would show. The list of
commands is read from the frozen `--help`, so a new command fails
`test_every_command_is_run` until it is run here too.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pypdf
import pytest

from tests.packaging.test_frozen import app_env, run  # noqa: F401  (app_env is a fixture)

ROOT = Path(__file__).resolve().parents[2]
# Distributions of requirements/runtime.txt that the bundle leaves out on purpose
# (ips_desktop.spec, LEFT_OUT, says why): neither code nor metadata is bundled.
LEFT_OUT = {"lxml", "charset-normalizer", "tzdata"}  # tzdata: Linux only


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned() -> dict[str, str]:
    """requirements/runtime.txt's `name==version` lines."""
    found = {}
    for line in (ROOT / "requirements" / "runtime.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)", line)
        if match:
            found[canonical(match.group(1))] = match.group(2)
    return found


@pytest.fixture(scope="module")
def lead_db(frozen_exe: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database, made by the frozen app, whose user is a team lead.

    Passphrase mode (keyring's fail backend), so that this test process can open
    it too and make its user a team lead: the team-lead commands (overview,
    audit, retention) then do their work instead of refusing.
    """
    from tests.helpers import PASSWORD

    root = tmp_path_factory.mktemp("frozen-lead") / "data"
    env = {**os.environ, "IPS_DESKTOP_PASSWORD": PASSWORD, "IPS_DESKTOP_LANGUAGE": "en",
           "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    made = run(frozen_exe, "--data-dir", str(root), "demo", "--size", "small", env=env)
    assert made.returncode == 0, made.stderr
    from sqlalchemy.orm import Session

    from ips_desktop.domain.enums import Role
    from ips_desktop.services import workspace
    from ips_desktop.storage.models import Consultant

    ws = workspace.unlock(root, PASSWORD)
    try:
        with Session(ws.ctx.engine) as session, session.begin():
            session.get(Consultant, ws.ctx.actor_id).role = Role.TEAM_LEAD.value
    finally:
        ws.close()
    return root


@dataclass(frozen=True)
class Step:
    """One command line (after `--data-dir DIR`), its exit code, and what to check after."""

    args: tuple[str, ...]
    exit_code: int = 0
    check: Callable[[Path, subprocess.CompletedProcess[str]], None] | None = None  # Check
    stdin: str | None = None


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


Check = Callable[[Path, subprocess.CompletedProcess[str]], None]


def is_pdf(name: str, words: str = "") -> Check:
    def check(out: Path, _: subprocess.CompletedProcess[str]) -> None:
        text = pdf_text(out / name)
        assert words in text, f"{name}: {words!r} not in its text"
    return check


def is_file(name: str, head: bytes) -> Check:
    def check(out: Path, _: subprocess.CompletedProcess[str]) -> None:
        assert (out / name).read_bytes().startswith(head), name
    return check


def json_out(test: Callable[[object], bool]) -> Check:
    def check(_: Path, result: subprocess.CompletedProcess[str]) -> None:
        assert test(json.loads(result.stdout)), result.stdout[:500]
    return check


def steps(participant: str, out: Path) -> dict[str, list[Step]]:
    """By command: the runs over the team lead's demo database, in order."""
    o = lambda name: str(out / name)  # noqa: E731
    return {
        "check": [Step(("check", "--json"), check=json_out(lambda r: r["ok"] is True))],
        "list": [Step(("list", "participants", "--json"), check=json_out(lambda r: len(r) > 0)),
                 Step(("list", "consultants"))],
        "report": [
            Step(("report", "referral", "--participant", participant, "--out", o("ref.pdf")),
                 check=is_pdf("ref.pdf", "Confidential")),
            Step(("report", "referral", "--blank", "--out", o("blank.pdf")),
                 check=is_pdf("blank.pdf")),
            Step(("report", "profile", "--participant", participant, "--out", o("prof.pdf")),
                 check=is_pdf("prof.pdf")),
            Step(("report", "plan", "--participant", participant, "--out", o("plan.pdf")),
                 check=is_pdf("plan.pdf")),
            Step(("report", "supervision", "--out", o("sup.pdf")), check=is_pdf("sup.pdf")),
            Step(("report", "supervision", "--out", o("sup.xlsx")),
                 check=is_file("sup.xlsx", b"PK")),
            Step(("report", "period", "--out", o("period.pdf")), check=is_pdf("period.pdf")),
            Step(("report", "overview", "--out", o("overview.pdf")),
                 check=is_pdf("overview.pdf")),
            Step(("report", "implementation-plan", "--out", o("impl.pdf")),
                 check=is_pdf("impl.pdf")),
        ],
        "export": [
            Step(("export", "employer-log", "--from", "2020-01-01", "--to", "2030-12-31",
                  "--out", o("log.xlsx")), check=is_file("log.xlsx", b"PK")),
            Step(("export", "ics", "--from", "2026-01-01", "--to", "2027-12-31",
                  "--out", o("cal.ics")), check=is_file("cal.ics", b"BEGIN:VCALENDAR")),
            Step(("export", "person", "--participant", participant, "--out", str(out))),
        ],
        "audit": [Step(("audit", "--from", "2020-01-01", "--to", "2030-12-31", "--format",
                        "csv", "--out", o("audit.csv")), check=is_file("audit.csv", b""))],
        "retention": [Step(("retention", "--json"), check=json_out(lambda r: r is not None))],
        "policy": [Step(("policy", "--json"), check=json_out(lambda r: r is not None))],
        "backup": [Step(("backup", "--out", o("copy.ipsbackup")))],
        "restore": [Step(("restore", o("copy.ipsbackup"), "--yes"))],
        "erase": [Step(("erase", "--participant", participant, "--yes")),
                  Step(("check", "--json"), check=json_out(lambda r: r["ok"] is True))],
    }


def test_every_command_is_run(frozen_exe: Path, app_env: dict[str, str]) -> None:  # noqa: F811
    """The commands `--help` lists are exactly those this module runs."""
    result = run(frozen_exe, "--language", "en", "--help", env=app_env)
    assert result.returncode == 0
    commands = result.stdout.split("COMMAND\n", 1)[1]
    listed = set(re.findall(r"^    ([a-z][a-z-]*)(?:\s|$)", commands, re.MULTILINE))
    covered = set(steps("x", Path("x"))) | {"demo", "setup", "rekey", "recover"}
    assert listed == covered


def test_a_broken_policy_file_is_named_with_its_line(frozen_exe: Path, app_env: dict[str, str],  # noqa: F811
                                                    tmp_path: Path) -> None:
    """tomllib and the policy's messages are in the bundle: exit 40, the file and line said."""
    policy = tmp_path / "policy.toml"
    policy.write_text('municipality = "Køge"\nmax_auto_lock_minutes = "ti"\n', encoding="utf-8")
    result = run(frozen_exe, "--language", "en", "policy", env=app_env | {
        "IPS_DESKTOP_POLICY": str(policy)})
    assert result.returncode == 40, result.stderr[-2000:]
    assert f"{policy}, line 2" in result.stdout + result.stderr


def test_commands_over_a_team_leads_database(frozen_exe: Path, lead_db: Path,
                                             app_env: dict[str, str],  # noqa: F811
                                             tmp_path: Path) -> None:
    env = {**app_env, "IPS_DESKTOP_LANGUAGE": "en",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    listed = run(frozen_exe, "--data-dir", str(lead_db), "list", "participants", "--json",
                 env=env)
    participant = json.loads(listed.stdout)[0]["participant_id"]
    for command, runs in steps(participant, tmp_path).items():
        for step in runs:
            result = run(frozen_exe, "--data-dir", str(lead_db), *step.args, env=env)
            assert result.returncode == step.exit_code, (command, step.args, result.stderr)
            if step.check:
                step.check(tmp_path, result)
    assert list(tmp_path.glob("*")), "the person export wrote nothing"


def test_setup_rekey_recover(frozen_exe: Path, app_env: dict[str, str],  # noqa: F811
                             tmp_path: Path) -> None:
    """A real database's life: set up, a new key, then the recovery key opens it again."""
    root = str(tmp_path / "real")
    made = run(frozen_exe, "--data-dir", root, "setup", "--passphrase-mode", env=app_env)
    assert made.returncode == 0, made.stderr
    rekeyed = run(frozen_exe, "--data-dir", root, "rekey", env=app_env)
    assert rekeyed.returncode == 0, rekeyed.stderr
    key = re.search(r"\b([0-9A-F]{4}(?:-[0-9A-F]{4}){16})\b", rekeyed.stdout).group(1)
    new_password = {**app_env, "IPS_DESKTOP_PASSWORD": app_env["IPS_DESKTOP_PASSWORD"] + "-ny"}
    recovered = subprocess.run(
        [str(frozen_exe), "--data-dir", root, "recover", "--passphrase-mode"], input=key + "\n",
        env=new_password, capture_output=True, text=True, timeout=300, check=False)
    assert recovered.returncode == 0, recovered.stderr
    checked = run(frozen_exe, "--data-dir", root, "check", "--json", env=new_password)
    assert checked.returncode == 0 and json.loads(checked.stdout)["ok"] is True
    wrong = run(frozen_exe, "--data-dir", root, "check", "--json", env=app_env)
    assert wrong.returncode != 0  # the old password no longer opens it


def licence_rows(stdout: str) -> dict[str, tuple[str, str]]:
    """`--licenses` rows by component: (version, licence)."""
    rows = {}
    for line in stdout.splitlines()[3:]:
        parts = re.split(r"\s{2,}", line.strip(), maxsplit=2)
        if len(parts) == 3:
            rows[parts[0]] = (parts[1], parts[2])
    return rows


def test_licenses_name_every_bundled_distribution(frozen_exe: Path,
                                                  app_env: dict[str, str]) -> None:  # noqa: F811
    """Each locked runtime distribution, with its locked version, but those left out."""
    result = run(frozen_exe, "--language", "en", "--licenses", env=app_env)
    assert result.returncode == 0, result.stderr
    rows = licence_rows(result.stdout)
    listed = {canonical(name): version for name, (version, _) in rows.items()}
    expected = {name: version for name, version in pinned().items() if name not in LEFT_OUT}
    assert {n: listed.get(n) for n in expected} == expected
    assert not LEFT_OUT & set(listed), "left out, yet listed"
    assert all(licence for _, licence in rows.values())
    import icu
    from PySide6.QtCore import qVersion

    assert rows["Qt"] == (qVersion(), "LGPL-3.0-only")
    assert rows["PyInstaller (bootloader)"] == (
        metadata.version("pyinstaller"), "GPL-2.0-or-later WITH Bootloader-exception")
    assert rows["ICU"][0] == icu.ICU_VERSION
    assert "ICU (Qt's own)" not in rows  # Qt uses the one ICU (packaging/bundle_icu.py)
    assert rows["SQLCipher"][0].startswith("4.")
    assert {"Python", "SQLite", "HarfBuzz", "DejaVuSans (font)"} <= set(rows)


def test_keyring_with_a_secret_service(frozen_exe: Path, app_env: dict[str, str],  # noqa: F811
                                       tmp_path: Path, pytestconfig: pytest.Config) -> None:
    """With a Secret Service on the session bus, the frozen app keeps the key in it.

    keyring finds the SecretStorage backend through its entry points, which
    needs its metadata, jeepney and cryptography in the bundle; without them
    `setup` falls back to asking for passphrase mode.
    """
    if not pytestconfig.getoption("secret_service"):
        pytest.skip("no --secret-service (make package-check runs one)")
    root = str(tmp_path / "keyring")
    made = run(frozen_exe, "--data-dir", root, "setup", env=app_env)
    assert made.returncode == 0, made.stderr
    report = json.loads(run(frozen_exe, "--data-dir", root, "check", "--json",
                            env=app_env).stdout)
    assert report["key_mode"] == "keyring"
    assert report["ok"] is True
