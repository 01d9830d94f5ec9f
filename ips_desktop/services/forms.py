"""Finding the form files, and keeping every version the app has used.

Shipped forms come with the app (paths.forms_dir()). A municipality adapts
one by putting its own file with the same id, and a new version string, in the
`forms` folder of the data directory (or a folder chosen in settings); that
file then replaces the shipped one. A broken file never leaves the consultant
without a form: the problem is reported (file and line) and the shipped form
is used. Every id+version that answers were given under is stored in
`form_definition`, so old answers show with their own labels, and a changed
file that kept its version is refused (DESIGN.md, "Form definitions").
Form definitions are not personal data, so nothing here is audited.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ips_desktop.domain.form_parser import parse_form
from ips_desktop.domain.forms import FormError, FormSpec
from ips_desktop.paths import forms_dir
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.storage.models import FormDefinition
from ips_desktop.storage.unique import get_or_insert

OVERRIDE_FOLDER = "forms"
# Files in the forms folder that are not wizard forms: each has a format and a reader of
# its own (the implementation plan: domain/implementation_plan.py), so the form reader
# leaves them alone instead of reporting them as broken forms.
NOT_WIZARD_FORMS = frozenset({"implementation_plan.toml"})
CHANGED_WITHOUT_NEW_VERSION = ("a different file with the same id and version was used before; "
                               "give the changed form a new version")


@dataclass
class FormCatalog:
    """The forms in use, by id, with their source texts and what was wrong on the way."""

    specs: dict[str, FormSpec] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    problems: list[FormError] = field(default_factory=list)
    paths: dict[str, Path] = field(default_factory=dict)  # the file each form came from

    def is_override(self, form_id: str) -> bool:
        """Whether the form in use is a municipality's own file (for the settings page)."""
        path = self.paths.get(form_id)
        return path is not None and path.parent != forms_dir()


def load_forms(data_dir: Path, extra_dir: Path | None = None) -> FormCatalog:
    """The shipped forms, each replaced by a valid override with the same id.

    Overrides come from `<data_dir>/forms/` and then `extra_dir`, so the folder
    chosen in settings wins over the data directory's.
    """
    catalog = FormCatalog()
    for path, spec, text in _read_folder(forms_dir(), catalog.problems):
        _add(catalog, path, spec, text)
    for folder in (data_dir / OVERRIDE_FOLDER, extra_dir):
        if folder is None or not folder.is_dir():
            continue
        for path, spec, text in _read_folder(folder, catalog.problems):
            current = catalog.specs.get(spec.id)
            if current and current.version == spec.version \
                    and current.source_hash != spec.source_hash:
                catalog.problems.append(FormError(str(path), 0, (
                    f'form "{spec.id}" version "{spec.version}" is already used by a '
                    f"different file ({catalog.paths[spec.id].name}); give this form a new "
                    f"version. {catalog.paths[spec.id].name} is used instead")))
                continue
            catalog.specs.pop(spec.id, None)
            _add(catalog, path, spec, text)
    return catalog


@functools.cache
def shipped_spec(form_id: str) -> FormSpec | None:
    """The form as shipped, for counting sections where the database has recorded none.

    A demo or a database whose forms were never opened has no stored
    definition; its answers were given under the shipped version.
    """
    specs = {spec.id: spec for _, spec, _ in _read_folder(forms_dir(), [])}
    return specs.get(form_id)


def _add(catalog: FormCatalog, path: Path, spec: FormSpec, text: str) -> None:
    catalog.specs[spec.id] = spec
    catalog.texts[spec.id] = text
    catalog.paths[spec.id] = path


def _read_folder(folder: Path, problems: list[FormError]) -> list[tuple[Path, FormSpec, str]]:
    """Every valid form in one folder; two files with one id there are both set aside."""
    found: dict[str, list[tuple[Path, FormSpec, str]]] = {}
    for path in sorted(folder.glob("*.toml")):
        if path.name in NOT_WIZARD_FORMS:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(FormError(str(path), 0, f"the file cannot be read as UTF-8 text "
                                      f"({type(error).__name__})"))
            continue
        try:
            spec = parse_form(text, str(path))
        except FormError as error:
            problems.append(error)
            continue
        found.setdefault(spec.id, []).append((path, spec, text))
    usable = []
    for form_id, files in found.items():
        if len(files) > 1:
            names = ", ".join(path.name for path, _, _ in files)
            problems.append(FormError(str(folder), 0, f'the files {names} all have id '
                                      f'"{form_id}"; keep one of them (none of them is used)'))
        else:
            usable.append(files[0])
    return usable


def remember_form(ctx: AppContext, spec: FormSpec, text: str) -> bool:
    """Store the form's source the first time its id+version is used; True if stored now.

    Raises FormError when a different file with the same id and version was
    used before: answers given under it must keep showing that file's labels.
    """
    if spec.source_hash != hashlib.sha256(text.encode("utf-8")).hexdigest():
        raise ValueError("the text is not the one this spec was parsed from")
    with write_unit(ctx) as session:
        stored, created = get_or_insert(  # once per id and version, also with two writers
            session, FormDefinition, {"form_id": spec.id, "version": spec.version},
            "uq_form_definition_id_version",
            {"source_hash": spec.source_hash, "source_text": text})
        if created:
            return True
        if stored.source_hash != spec.source_hash:
            raise FormError(spec.source_name, 0, CHANGED_WITHOUT_NEW_VERSION)
        return False


def stored_spec(ctx: AppContext, form_id: str, version: str) -> FormSpec | None:
    """The spec of a version used before, re-read from its stored text; None if never used.

    Re-parsing (rather than storing a pickled spec) keeps the database free of
    Python objects; a FormError here would mean a later parser refuses a file an
    earlier one took, which the parser's tests are there to prevent.
    """
    with unit_of_work(ctx) as session:
        stored = session.scalar(select(FormDefinition).where(
            FormDefinition.form_id == form_id, FormDefinition.version == version))
        text = stored.source_text if stored is not None else None
    if text is None:
        return None
    return parse_form(text, f"{form_id} version {version} (stored)")


def stored_versions(ctx: AppContext, form_id: str) -> list[str]:
    """Every version of a form the app has used, oldest first."""
    with unit_of_work(ctx) as session:
        return list(session.scalars(
            select(FormDefinition.version).where(FormDefinition.form_id == form_id)
            .order_by(FormDefinition.created_at)))


@dataclass(frozen=True)
class SpecInUse:
    """The form to use now, and the problems met on the way (to tell the user once)."""

    spec: FormSpec
    problems: list[str]


def spec_in_use(ctx: AppContext, data_dir: Path, extra_dir: Path | None,
                form_id: str) -> SpecInUse:
    """The municipality's form if it is usable, else the shipped one; recorded either way.

    A municipal file changed without a new version is refused (answers given
    under that version must keep their labels), and the shipped form is used.
    """
    catalog = load_forms(data_dir, extra_dir)
    problems = [str(p) for p in catalog.problems]
    spec, text = catalog.specs[form_id], catalog.texts[form_id]
    try:
        remember_form(ctx, spec, text)
    except FormError as exc:
        if not catalog.is_override(form_id):
            raise
        problems.append(str(exc))
        shipped = forms_dir() / f"{form_id}.toml"
        text = shipped.read_text(encoding="utf-8")
        spec = parse_form(text, shipped.name)
        remember_form(ctx, spec, text)
    return SpecInUse(spec, problems)
