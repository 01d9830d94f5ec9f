"""The CycloneDX bill of materials of the bundle, for a municipality's security review.

    python packaging/sbom.py [--out dist/ips-desktop-<version>.cdx.json]   (make sbom)

The Python distributions come from cyclonedx-py (CycloneDX's own generator), which
reads the installed environment with pyproject.toml as the root component. The
environment also holds the test, lint and packaging tools, so only what the root
needs is kept, transitively along the SBOM's own dependency graph: the set pip
installed for the app on this platform, from which PyInstaller bundles (jeepney
on Linux, pywin32-ctypes on Windows). PyInstaller itself stays: its bootloader is
the executable. What the spec leaves out of the bundle although the app requires it
(lxml, charset-normalizer ...: packaging/left_out.py) is left out here too, and named in the
metadata's `ips-desktop:left-out-of-bundle` property, so the SBOM describes the
bundle, not the environment.

What no Python metadata lists but the bundle carries is added as components in a
small merge step below: Qt (inside the PySide6 wheels), SQLCipher, its SQLite and
its crypto library (linked into sqlcipher3's extension), ICU (pyicu-wheels),
HarfBuzz (uharfbuzz), cryptography's OpenSSL (in its Rust extension), CPython,
and the fonts the PDFs embed. Each version is asked
of the library itself, in the environment the bundle is built from (the same
wheels PyInstaller copies), and each has a CPE where the NVD names the product, so
advisories can be matched. The result is validated against the CycloneDX JSON
schema by cyclonedx-python-lib before it is written.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
SPEC_VERSION = "1.6"
APP = "ips-desktop"
ROOT_REF = "root-component"  # cyclonedx-py's bom-ref for the --pyproject component
KEPT_TOOLS = ("pyinstaller",)  # build tools whose code is inside the bundle
FONTS = {  # file stem prefix -> (licence, where its licence text is)
    "DejaVu": ("Bitstream-Vera", "LICENSE-DejaVu.txt"),
    "NotoSans": ("OFL-1.1", "LICENSE-Noto.txt"),
}


def _left_out() -> set[str]:
    """packaging/left_out.py, loaded by path (this file is run as a script and by tests)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("left_out", ROOT / "packaging" / "left_out.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.left_out()


def environment_sbom(python: str = sys.executable) -> dict[str, Any]:
    """cyclonedx-py's SBOM of every distribution installed for `python` (this one)."""
    result = subprocess.run(
        [sys.executable, "-m", "cyclonedx_py", "environment", python,
         "--pyproject", str(ROOT / "pyproject.toml"), "--sv", SPEC_VERSION,
         "--output-format", "JSON", "--output-file", "-"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(result.stdout)


def runtime_graph(root: str = APP) -> dict[str, set[str]]:
    """The app and each distribution it needs here -> the ones that needs, by canonical name.

    Read from the installed metadata with the markers evaluated for this platform
    and no extras but those asked for: what pip installed for the app, not the
    test extras that cyclonedx-py's own graph also follows (keyring[test] -> pytest).
    """
    graph: dict[str, set[str]] = {}
    todo: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while todo:
        name, extras = todo.pop()
        node = graph.setdefault(canonicalize_name(name), set())
        for line in metadata.requires(name) or []:
            requirement = Requirement(line)
            environments = [{"extra": extra} for extra in extras] or [{"extra": ""}]
            if requirement.marker and not any(requirement.marker.evaluate(env)
                                              for env in environments):
                continue
            child = canonicalize_name(requirement.name)
            node.add(child)
            if child not in graph or requirement.extras:
                todo.append((requirement.name, frozenset(requirement.extras)))
    return graph


def without(graph: dict[str, set[str]], left_out: set[str],
            root: str = APP) -> dict[str, set[str]]:
    """`graph` without the distributions in `left_out`, nor what only they needed."""
    pruned: dict[str, set[str]] = {}
    todo = [canonicalize_name(root)]
    while todo:
        name = todo.pop()
        if name in pruned:
            continue
        pruned[name] = {child for child in graph.get(name, ()) if child not in left_out}
        todo += pruned[name]
    return pruned


def keep_only(bom: dict[str, Any], graph: dict[str, set[str]],
              extra: tuple[str, ...] = KEPT_TOOLS) -> None:
    """The components of `graph` and `extra` (without what those need: PyInstaller's
    own dependencies stay on the build machine), linked as `graph` says."""
    refs = {canonicalize_name(c["name"]): c["bom-ref"] for c in bom["components"]}
    refs[APP] = ROOT_REF
    kept = set(graph) | {canonicalize_name(name) for name in extra}
    missing = kept - set(refs)
    if missing:
        raise SystemExit(f"not installed here: {', '.join(sorted(missing))}")
    bom["components"] = [c for c in bom["components"] if canonicalize_name(c["name"]) in kept]
    bom["dependencies"] = [
        {"ref": refs[name], "dependsOn": sorted(refs[n] for n in graph.get(name, ()))}
        for name in sorted(kept)
    ]


def component(kind: str, name: str, version: str, licence: str | None = None,
              cpe: str | None = None, description: str | None = None,
              **more: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": kind, "bom-ref": more.pop("bom_ref", f"{name}=={version}"),
                             "name": name, "version": version}
    if description:
        entry["description"] = description
    if licence:
        entry["licenses"] = [{"license": {"id": licence}}]
    if cpe:
        entry["cpe"] = cpe
    entry.update(more)
    return entry


def native_components() -> list[tuple[dict[str, Any], str]]:
    """(component, the name of the Python distribution that carries it) pairs."""
    import icu
    import uharfbuzz
    from PySide6.QtCore import qVersion
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(":memory:")
    connection.execute("PRAGMA key = 'sbom'")  # the provider pragmas answer only when keyed
    def pragma(name: str) -> str:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]
    sqlcipher_version = pragma("cipher_version").split()[0]  # "4.19.0 community"
    provider, provider_version = pragma("cipher_provider"), pragma("cipher_provider_version")
    connection.close()
    found = [
        (component("framework", "Qt", qVersion(), "LGPL-3.0-only",
                   f"cpe:2.3:a:qt:qt:{qVersion()}:*:*:*:*:*:*:*",
                   "Qt's libraries and plugins, dynamically linked (in the PySide6 wheels)"),
         "PySide6_Essentials"),
        (component("library", "SQLCipher", sqlcipher_version, "BSD-3-Clause",
                   f"cpe:2.3:a:zetetic:sqlcipher:{sqlcipher_version}:*:*:*:*:*:*:*",
                   "the encrypted SQLite, statically linked into sqlcipher3._sqlite3"),
         "sqlcipher3"),
        (component("library", "SQLite", sqlcipher.sqlite_version, None,
                   f"cpe:2.3:a:sqlite:sqlite:{sqlcipher.sqlite_version}:*:*:*:*:*:*:*",
                   "the SQLite that SQLCipher is built on (public domain)"),
         "sqlcipher3"),
        (component("library", "ICU", icu.ICU_VERSION, "Unicode-3.0",
                   f"cpe:2.3:a:unicode:international_components_for_unicode:"
                   f"{icu.ICU_VERSION}:*:*:*:*:*:*:*",
                   "ICU's libraries and collation data (in the pyicu-wheels wheel)"),
         "pyicu-wheels"),
        (component("library", "HarfBuzz", uharfbuzz.version_string(), "MIT-Modern-Variant",
                   f"cpe:2.3:a:harfbuzz_project:harfbuzz:"
                   f"{uharfbuzz.version_string()}:*:*:*:*:*:*:*",
                   "text shaping, statically linked into uharfbuzz"),
         "uharfbuzz"),
    ]
    from cryptography.hazmat.backends.openssl import backend

    linked = backend.openssl_version_text().split()[1]  # "OpenSSL 3.5.4 30 Sep 2025"
    found.append((component(
        "library", "OpenSSL", linked, "Apache-2.0",
        f"cpe:2.3:a:openssl:openssl:{linked}:*:*:*:*:*:*:*",
        "cryptography's crypto library (SecretStorage's), statically linked into "
        "cryptography's Rust extension", bom_ref=f"OpenSSL=={linked} (cryptography)"),
        "cryptography"))
    if provider == "openssl":  # "OpenSSL 3.6.0 1 Oct 2025"
        version = provider_version.split()[1]
        found.append((component(
            "library", "OpenSSL", version, "Apache-2.0",
            f"cpe:2.3:a:openssl:openssl:{version}:*:*:*:*:*:*:*",
            "SQLCipher's crypto provider, statically linked into sqlcipher3._sqlite3"),
            "sqlcipher3"))
    else:
        found.append((component("library", provider, provider_version,
                                description="SQLCipher's crypto provider"), "sqlcipher3"))
    return found


def font_components(fonts: Path) -> list[dict[str, Any]]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    found = []
    for path in sorted(fonts.glob("*.ttf")):
        major, fraction = TTFontFile(str(path)).fontRevision  # the head table's 16.16 revision
        version = f"{major + fraction / 65536:.3f}".rstrip("0").rstrip(".")
        licence = next(v for prefix, v in FONTS.items() if path.stem.startswith(prefix))
        found.append(component(
            "file", path.name, version, licence[0],
            description=f"font embedded in the PDFs (licence: resources/fonts/{licence[1]})",
            hashes=[{"alg": "SHA-256", "content": hashlib.sha256(path.read_bytes()).hexdigest()}],
        ))
    return found


def add(bom: dict[str, Any], new: dict[str, Any], parent_ref: str) -> None:
    bom["components"].append(new)
    bom["dependencies"].append({"ref": new["bom-ref"]})
    for entry in bom["dependencies"]:
        if entry["ref"] == parent_ref:
            entry.setdefault("dependsOn", []).append(new["bom-ref"])
            return
    raise ValueError(f"{parent_ref} is not in the SBOM")


def bundle_sbom() -> dict[str, Any]:
    """The SBOM of what `make package` bundles from this environment."""
    from ips_desktop import __version__

    bom = environment_sbom()
    left_out = _left_out()
    keep_only(bom, without(runtime_graph(), left_out))
    bom["metadata"].setdefault("properties", []).append(
        {"name": "ips-desktop:left-out-of-bundle", "value": ", ".join(sorted(left_out))})
    bom["metadata"]["component"]["version"] = __version__
    refs = {canonicalize_name(c["name"]): c["bom-ref"] for c in bom["components"]}
    for new, carrier in native_components():
        add(bom, new, refs[canonicalize_name(carrier)])
    python_version = ".".join(map(str, sys.version_info[:3]))
    runtime = [
        component("platform", "CPython", python_version, "PSF-2.0",
                  f"cpe:2.3:a:python:python:{python_version}:*:*:*:*:*:*:*",
                  "the interpreter and standard library inside the bundle"),
        *font_components(ROOT / "resources" / "fonts"),
    ]
    for new in runtime:
        add(bom, new, ROOT_REF)
    pyinstaller = refs.get("pyinstaller")
    if pyinstaller:  # the bootloader is the executable
        add_edge(bom, ROOT_REF, pyinstaller)
    return bom


def add_edge(bom: dict[str, Any], parent: str, child: str) -> None:
    for entry in bom["dependencies"]:
        if entry["ref"] == parent and child not in entry.setdefault("dependsOn", []):
            entry["dependsOn"].append(child)


def validation_errors(text: str) -> str | None:
    """None when `text` is a valid CycloneDX document, else what is wrong with it."""
    error = JsonStrictValidator(SchemaVersion.from_version(SPEC_VERSION)).validate_str(text)
    return None if error is None else str(error)


def main(argv: list[str] | None = None) -> int:
    from ips_desktop import __version__

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path,
                        default=ROOT / "dist" / f"ips-desktop-{__version__}.cdx.json")
    args = parser.parse_args(argv)
    text = json.dumps(bundle_sbom(), indent=2, ensure_ascii=False) + "\n"
    problem = validation_errors(text)
    if problem:
        print(f"The SBOM is not valid CycloneDX {SPEC_VERSION}: {problem}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
