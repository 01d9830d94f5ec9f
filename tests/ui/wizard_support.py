"""Shared by the draft wizard's tests: small profile and plan forms, and finding the wizard.

The forms are written into the data directory's `forms` folder, where a
municipality's own copy goes, so the tests stay the same whatever the shipped
forms ask (their versions, "test-1", are not the shipped ones'); a second
version of the profile changes one question of each kind.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ips_desktop.ui.participants.form_wizard_dialog import FormDraftWizard

PROFILE_V1 = '''
id = "vocational_profile"
version = "test-1"
title.da = "Karriereprofil"

[[sections]]
name = "goals"
title.da = "Mål for arbejde"

[[sections.fields]]
name = "dream_job"
type = "text"
required = true
label.da = "Drømmejob"

[[sections.fields]]
name = "job_now"
type = "long_text"
label.da = "Job nu"

[[sections]]
name = "background"
title.da = "Baggrund"

[[sections.fields]]
name = "last_school"
type = "text"
label.da = "Sidste skole"

[[sections.fields]]
name = "school_left"
type = "date"
label.da = "Skole forladt"

[[sections.fields]]
name = "transport"
type = "choice"
label.da = "Transport"
choices = [{ name = "car", label.da = "Bil" }, { name = "bus", label.da = "Bus" },
           { name = "bike", label.da = "Cykel" }]

[[sections]]
name = "experience"
title.da = "Erfaring"

[[sections.fields]]
name = "work_experience"
type = "group"
label.da = "Arbejdserfaring"

[[sections.fields.fields]]
name = "workplace"
type = "text"
label.da = "Arbejdsplads"

[[sections.fields.fields]]
name = "first_day"
type = "date"
label.da = "Første dag"
'''

# Version 2: "hobbies" added, "last_school" removed, "job_now" renamed to "wanted_now",
# the choice "bike" retired.
PROFILE_V2 = (PROFILE_V1.replace('version = "test-1"', 'version = "test-2"')
              .replace('''[[sections.fields]]
name = "last_school"
type = "text"
label.da = "Sidste skole"
''', '''[[sections.fields]]
name = "hobbies"
type = "text"
label.da = "Fritidsinteresser"
''')
              .replace('''name = "job_now"
type = "long_text"
label.da = "Job nu"''', '''name = "wanted_now"
type = "long_text"
renamed_from = "job_now"
label.da = "Ønsket job lige nu"''')
              .replace('{ name = "bike", label.da = "Cykel" }',
                       '{ name = "bike", label.da = "Cykel", disabled = true }'))

PLAN = '''
id = "action_plan"
version = "test-1"
title.da = "Handleplan"

[[sections]]
name = "goal"
title.da = "Mål"

[[sections.fields]]
name = "overall_goal"
type = "long_text"
required = true
label.da = "Overordnet mål"

[[sections]]
name = "sub_goals"
title.da = "Delmål"

[[sections.fields]]
name = "sub_goals"
type = "group"
label.da = "Delmål"

[[sections.fields.fields]]
name = "sub_goal"
type = "text"
label.da = "Delmål"

[[sections.fields.fields]]
name = "target_date"
type = "date"
label.da = "Måldato"

[[sections.fields.fields]]
name = "reached_on"
type = "date"
label.da = "Nået"
'''


def install_form(data_dir: Path, form_id: str, text: str) -> None:
    """The municipality's copy of a form, as an IT department installs it."""
    folder = data_dir / "forms"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{form_id}.toml").write_text(text, encoding="utf-8")


def open_wizard() -> FormDraftWizard:
    [wizard] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, FormDraftWizard) and w.isVisible()]
    return wizard


@pytest.fixture(autouse=True)
def close_wizards():
    """A wizard left open (a failed test, a closed main window) is closed, saving, so the
    next test starts with none."""
    yield
    for wizard in [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, FormDraftWizard) and w.isVisible()]:
        wizard.close()
