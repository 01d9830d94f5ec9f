"""Loading the form files (shipped, overridden, broken) and remembering every version."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Date, String, select
from sqlalchemy.orm import Session

from ips_desktop.domain.form_parser import parse_form
from ips_desktop.domain.forms import STORE_MAX_LENGTH, STORE_TARGETS, FieldType, FormError
from ips_desktop.services import forms
from ips_desktop.storage import models
from ips_desktop.storage.models import AuditEvent, FormDefinition
from tests import backends

SHIPPED_REFERRAL = (forms.forms_dir() / "referral.toml").read_text(encoding="utf-8")


def relabelled(version: str, name_label: str = "Fulde navn") -> str:
    return (SHIPPED_REFERRAL.replace('version = "1"', f'version = "{version}"')
            .replace('label.da = "Navn"', f'label.da = "{name_label}"'))


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def name_label(catalog: forms.FormCatalog) -> str:
    return catalog.specs["referral"].field("name").label.da


# --- load_forms ---------------------------------------------------------------------

def test_shipped_forms_load_without_problems(tmp_path):
    catalog = forms.load_forms(tmp_path / "data")
    assert catalog.problems == []
    assert catalog.specs["referral"].version == "1"
    assert catalog.texts["referral"] == SHIPPED_REFERRAL
    assert catalog.paths["referral"] == forms.forms_dir() / "referral.toml"
    assert catalog.is_override("referral") is False


def test_an_override_in_the_data_directory_replaces_the_shipped_form(tmp_path):
    data = tmp_path / "data"
    path = write(data / "forms", "henvisning-koege.toml", relabelled("1-koege-1"))
    catalog = forms.load_forms(data)
    assert catalog.problems == []
    assert catalog.specs["referral"].version == "1-koege-1"
    assert name_label(catalog) == "Fulde navn"
    assert catalog.texts["referral"] == path.read_text(encoding="utf-8")
    assert catalog.is_override("referral") is True


def test_a_broken_override_is_reported_and_the_shipped_form_used(tmp_path):
    data = tmp_path / "data"
    broken = relabelled("2").replace('name = "cpr"\ntype = "text"',
                                     'name = "cpr"\ntype = "txt"')
    line = broken.splitlines().index('type = "txt"') + 1
    path = write(data / "forms", "referral.toml", broken)
    catalog = forms.load_forms(data)
    assert [(p.source_name, p.line) for p in catalog.problems] == [(str(path), line)]
    assert catalog.problems[0].problem.startswith('question "cpr" has type "txt"')
    assert catalog.specs["referral"].version == "1"
    assert name_label(catalog) == "Navn"


def test_an_unreadable_override_is_reported(tmp_path):
    data = tmp_path / "data"
    (data / "forms").mkdir(parents=True)
    (data / "forms" / "latin1.toml").write_bytes('title = "Sl\xf8vhed"'.encode("latin-1"))
    catalog = forms.load_forms(data)
    assert len(catalog.problems) == 1
    assert "UTF-8" in catalog.problems[0].problem
    assert catalog.specs["referral"].version == "1"


def test_same_id_and_version_with_different_content_is_refused(tmp_path):
    data = tmp_path / "data"
    write(data / "forms", "referral.toml", relabelled("1"))
    catalog = forms.load_forms(data)
    assert len(catalog.problems) == 1
    assert 'version "1" is already used by a different file' in catalog.problems[0].problem
    assert name_label(catalog) == "Navn"


def test_an_identical_copy_is_no_problem(tmp_path):
    data = tmp_path / "data"
    write(data / "forms", "referral.toml", SHIPPED_REFERRAL)
    catalog = forms.load_forms(data)
    assert catalog.problems == []
    assert catalog.specs["referral"].version == "1"


def test_the_folder_chosen_in_settings_wins_over_the_data_directory(tmp_path):
    data, chosen = tmp_path / "data", tmp_path / "shared-drive"
    write(data / "forms", "referral.toml", relabelled("2", "Navn (data)"))
    write(chosen, "referral.toml", relabelled("3", "Navn (valgt)"))
    catalog = forms.load_forms(data, chosen)
    assert catalog.problems == []
    assert (catalog.specs["referral"].version, name_label(catalog)) == ("3", "Navn (valgt)")


def test_two_files_with_one_id_in_a_folder_are_both_set_aside(tmp_path):
    data = tmp_path / "data"
    write(data / "forms", "a.toml", relabelled("2"))
    write(data / "forms", "b.toml", relabelled("3"))
    catalog = forms.load_forms(data)
    assert len(catalog.problems) == 1
    assert "a.toml, b.toml" in catalog.problems[0].problem
    assert catalog.specs["referral"].version == "1"


def test_a_broken_shipped_form_is_missing_and_reported(tmp_path, monkeypatch):
    shipped = tmp_path / "shipped"
    write(shipped, "referral.toml", SHIPPED_REFERRAL.replace('version = "1"', "version = 1"))
    monkeypatch.setattr(forms, "forms_dir", lambda: shipped)
    catalog = forms.load_forms(tmp_path / "data")
    assert "referral" not in catalog.specs
    assert [(p.source_name, p.line) for p in catalog.problems] == [
        (str(shipped / "referral.toml"), 18)]


def test_an_override_can_stand_in_for_a_broken_shipped_form(tmp_path, monkeypatch):
    shipped = tmp_path / "shipped"
    write(shipped, "referral.toml", "id = ")
    monkeypatch.setattr(forms, "forms_dir", lambda: shipped)
    data = tmp_path / "data"
    write(data / "forms", "referral.toml", relabelled("2"))
    catalog = forms.load_forms(data)
    assert len(catalog.problems) == 1
    assert catalog.specs["referral"].version == "2"


# --- remember_form / stored_spec --------------------------------------------------------

@pytest.fixture
def ws(data_dir):
    ws = backends.new_workspace(data_dir)
    yield ws
    ws.close()


def test_remember_stores_each_version_once_and_old_labels_stay(ws):
    v1 = parse_form(SHIPPED_REFERRAL, "referral.toml")
    assert forms.remember_form(ws.ctx, v1, SHIPPED_REFERRAL) is True
    assert forms.remember_form(ws.ctx, v1, SHIPPED_REFERRAL) is False
    text2 = relabelled("2")
    assert forms.remember_form(ws.ctx, parse_form(text2, "referral.toml"), text2) is True
    assert forms.stored_versions(ws.ctx, "referral") == ["1", "2"]
    old = forms.stored_spec(ws.ctx, "referral", "1")
    assert old is not None and old.field("name").label.da == "Navn"
    assert old.source_hash == v1.source_hash
    assert forms.stored_spec(ws.ctx, "referral", "2").field("name").label.da == "Fulde navn"
    assert forms.stored_spec(ws.ctx, "referral", "9") is None
    with Session(ws.ctx.engine) as session:
        assert session.scalar(select(AuditEvent).where(AuditEvent.entity == "form_definition")) \
            is None


def test_a_changed_file_with_the_same_version_is_refused(ws):
    forms.remember_form(ws.ctx, parse_form(SHIPPED_REFERRAL, "referral.toml"), SHIPPED_REFERRAL)
    changed = relabelled("1")
    with pytest.raises(FormError) as caught:
        forms.remember_form(ws.ctx, parse_form(changed, "koege.toml"), changed)
    assert caught.value.source_name == "koege.toml"
    assert caught.value.problem == forms.CHANGED_WITHOUT_NEW_VERSION
    assert "give the changed form a new version" in str(caught.value)
    with Session(ws.ctx.engine) as session:
        stored = session.scalars(select(FormDefinition)).all()
    assert [(d.version, d.source_text) for d in stored] == [("1", SHIPPED_REFERRAL)]


def test_remember_refuses_a_text_that_is_not_the_specs(ws):
    spec = parse_form(SHIPPED_REFERRAL, "referral.toml")
    with pytest.raises(ValueError, match="not the one"):
        forms.remember_form(ws.ctx, spec, relabelled("1"))


# --- the store targets match the database --------------------------------------------------

def test_store_targets_match_the_model_columns():
    column_type = {String: FieldType.TEXT, Date: FieldType.DATE}
    tables = {"participant": models.Participant, "course": models.Course,
              "consent": models.Consent}
    for target, field_type in STORE_TARGETS.items():
        table, column_name = target.split(".")
        if target == "course.consultant":
            assert models.Course.__table__.c.consultant_id.foreign_keys
            continue
        column = tables[table].__table__.c[column_name]
        if field_type is FieldType.LONG_TEXT:
            assert not isinstance(column.type, String) or column.type.length is None, target
            continue
        assert column_type[type(column.type)] is field_type, target
        if field_type is FieldType.TEXT:
            assert STORE_MAX_LENGTH[target] == column.type.length, target
