"""`make sbom`: the CycloneDX SBOM lists what the bundle carries, with the installed versions.

Runs packaging/sbom.py on this environment (cyclonedx-py and the libraries' own
version queries; no PyInstaller build), once for the module.
"""

from __future__ import annotations

import importlib.util
import json
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _sbom_module():
    spec = importlib.util.spec_from_file_location("sbom", ROOT / "packaging" / "sbom.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sbom = _sbom_module()


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> tuple[str, dict]:
    out = tmp_path_factory.mktemp("sbom") / "ips-desktop.cdx.json"
    assert sbom.main(["--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    return text, json.loads(text)


def versions(bom: dict) -> dict[str, str]:
    return {c["name"]: c["version"] for c in bom["components"]}


def test_the_python_distributions_with_their_installed_versions(written) -> None:
    found = versions(written[1])
    for name in ("PySide6_Essentials", "PySide6_Addons", "sqlcipher3", "SQLAlchemy",
                 "reportlab", "keyring", "cryptography", "alembic", "pyinstaller"):
        assert found.get(name) == metadata.version(name), name


def test_the_tools_that_stay_on_the_build_machine_are_left_out(written) -> None:
    found = {name.lower() for name in versions(written[1])}
    for tool in ("pytest", "ruff", "mypy", "cyclonedx-bom", "uv", "hypothesis", "altgraph"):
        assert tool not in found


def test_the_native_parts_with_the_versions_they_report(written) -> None:
    from PySide6.QtCore import qVersion
    from sqlcipher3 import dbapi2

    found = versions(written[1])
    connection = dbapi2.connect(":memory:")
    cipher_version = connection.execute("PRAGMA cipher_version").fetchone()[0]
    assert found["Qt"] == qVersion()
    assert cipher_version.startswith(found["SQLCipher"] + " ")
    assert found["SQLite"] == dbapi2.sqlite_version
    assert {"ICU", "HarfBuzz", "CPython", "DejaVuSans.ttf"} <= set(found)
    by_name = {c["name"]: c for c in written[1]["components"]}
    assert by_name["HarfBuzz"]["licenses"] == [{"license": {"id": "MIT-Modern-Variant"}}]
    by_name = {c["name"]: c for c in written[1]["components"]}
    assert by_name["Qt"]["cpe"] == f"cpe:2.3:a:qt:qt:{qVersion()}:*:*:*:*:*:*:*"
    assert by_name["DejaVuSans.ttf"]["hashes"][0]["alg"] == "SHA-256"


def test_the_graph_links_every_component(written) -> None:
    bom = written[1]
    refs = {c["bom-ref"] for c in bom["components"]}
    graph = {entry["ref"]: entry.get("dependsOn", []) for entry in bom["dependencies"]}
    assert bom["metadata"]["component"]["version"] == metadata.version("ips-desktop")
    reached, todo = set(), ["root-component"]
    while todo:
        ref = todo.pop()
        if ref not in reached:
            reached.add(ref)
            todo += graph.get(ref, [])
    assert reached - {"root-component"} == refs
    sqlcipher3 = next(c["bom-ref"] for c in bom["components"] if c["name"] == "sqlcipher3")
    assert any(ref.startswith("SQLCipher==") for ref in graph[sqlcipher3])


def test_it_is_valid_cyclonedx_and_a_broken_one_is_not(written) -> None:
    text = written[0]
    assert sbom.validation_errors(text) is None
    bom = json.loads(text)
    del bom["components"][0]["name"]
    assert sbom.validation_errors(json.dumps(bom)) is not None


def test_an_invalid_sbom_is_not_written(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sbom, "bundle_sbom", lambda: {"bomFormat": "CycloneDX",
                                                      "specVersion": "1.6", "components": 3})
    out = tmp_path / "x.cdx.json"
    assert sbom.main(["--out", str(out)]) == 1
    assert not out.exists()
    assert "not valid CycloneDX" in capsys.readouterr().err


def test_what_the_bundle_leaves_out_is_not_listed_but_named(written) -> None:
    """lxml, charset-normalizer ... are installed here (openpyxl, requests want them) but not
    bundled (Pillow's core is: ReportLab imports PIL.Image)."""
    bom = written[1]
    found = {c["name"].lower() for c in bom["components"]}
    left_out = {"lxml", "charset-normalizer", "tzdata"}  # Linux: tzdata too
    assert not left_out & found
    refs = {c["bom-ref"] for c in bom["components"]} | {"root-component"}
    for entry in bom["dependencies"]:
        assert set(entry.get("dependsOn", [])) <= refs, entry["ref"]
    named = {p["name"]: p["value"] for p in bom["metadata"]["properties"]}
    assert named["ips-desktop:left-out-of-bundle"] == "charset-normalizer, lxml, tzdata"


def test_the_openssl_inside_cryptography_is_listed(written) -> None:
    from cryptography.hazmat.backends.openssl import backend

    linked = backend.openssl_version_text().split()[1]
    carriers = [c for c in written[1]["components"]
                if c["name"] == "OpenSSL" and "cryptography" in c.get("description", "")]
    assert [c["version"] for c in carriers] == [linked]
