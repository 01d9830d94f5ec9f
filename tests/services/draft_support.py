"""Small profile and plan forms for the draft tests, each in two versions.

Version 2 of the profile adds a question, removes one, renames one (with
`renamed_from`) and retires a choice; version 2 of the plan does the same in
its sub-goal group's columns and adds a question. Written as TOML so the
tests go through the parser as a municipality's file would.
"""

from __future__ import annotations

from ips_desktop.domain.form_parser import parse_form
from ips_desktop.domain.forms import FormSpec
from ips_desktop.services import forms
from ips_desktop.services.context import AppContext

PROFILE_V1 = """
id = "vocational_profile"
version = "1"
title = { da = "Karriereprofil", nb = "Yrkesprofil", en = "Vocational profile" }

[[sections]]
name = "goals"
title = { da = "Arbejdsmål", nb = "Arbeidsmål", en = "Work goals" }

[[sections.fields]]
name = "dream_job"
type = "text"
required = true
label = { da = "Drømmejob", nb = "Drømmejobb", en = "Dream job" }

[[sections.fields]]
name = "job_now"
type = "text"
label = { da = "Job nu", nb = "Jobb nå", en = "A job now" }

[[sections]]
name = "background"
title = { da = "Baggrund", nb = "Bakgrunn", en = "Background" }

[[sections.fields]]
name = "last_school"
type = "text"
label = { da = "Sidste skole", nb = "Siste skole", en = "Last school" }

[[sections.fields]]
name = "education"
type = "choice"
label = { da = "Højeste uddannelse", nb = "Høyeste utdanning", en = "Highest education" }

[[sections.fields.choices]]
name = "primary"
label = { da = "Folkeskole", nb = "Grunnskole", en = "Primary school" }

[[sections.fields.choices]]
name = "upper"
label = { da = "Gymnasium", nb = "Videregående", en = "Upper secondary" }

[[sections.fields]]
name = "fax_number"
type = "text"
label = { da = "Faxnummer", nb = "Faksnummer", en = "Fax number" }

[[sections]]
name = "situation"
title = { da = "Situation nu", nb = "Situasjon nå", en = "Current situation" }

[[sections.fields]]
name = "started_on"
type = "date"
label = { da = "Startede", nb = "Startet", en = "Started" }

[[sections.fields]]
name = "health"
type = "rating"
min = 1
max = 5
label = { da = "Fysisk helbred", nb = "Fysisk helse", en = "Physical health" }

[[sections.fields]]
name = "jobs"
type = "group"
label = { da = "Arbejdserfaring", nb = "Arbeidserfaring", en = "Work experience" }

[[sections.fields.fields]]
name = "workplace"
type = "text"
required = true
max_length = 40
label = { da = "Arbejdsplads", nb = "Arbeidsplass", en = "Workplace" }

[[sections.fields.fields]]
name = "first_day"
type = "date"
label = { da = "Første dag", nb = "Første dag", en = "First day" }
"""

# Added "wants_support", removed "fax_number", renamed "last_school" to "school",
# retired the choice "primary"; a column added to the group.
PROFILE_V2 = (PROFILE_V1.replace('version = "1"', 'version = "2"')
              .replace('''[[sections.fields]]
name = "fax_number"
type = "text"
label = { da = "Faxnummer", nb = "Faksnummer", en = "Fax number" }
''', '''[[sections.fields]]
name = "wants_support"
type = "yes_no"
label = { da = "Ønsker støtte", nb = "Ønsker støtte", en = "Wants support" }
''')
              .replace('name = "last_school"', 'name = "school"\nrenamed_from = "last_school"')
              .replace('''name = "primary"
label''', '''name = "primary"
disabled = true
label''')
              + '''
[[sections.fields.fields]]
name = "hours"
type = "integer"
label = { da = "Timer om ugen", nb = "Timer i uken", en = "Hours a week" }
''')

PLAN_V1 = """
id = "action_plan"
version = "1"
title = { da = "Handlingsplan", nb = "Handlingsplan", en = "Action plan" }

[[sections]]
name = "goal"
title = { da = "Mål", nb = "Mål", en = "Goal" }

[[sections.fields]]
name = "vocational_goal"
type = "long_text"
required = true
label = { da = "Overordnet mål", nb = "Overordnet mål", en = "Vocational goal" }

[[sections]]
name = "steps"
title = { da = "Delmål", nb = "Delmål", en = "Sub-goals" }

[[sections.fields]]
name = "sub_goals"
type = "group"
label = { da = "Delmål", nb = "Delmål", en = "Sub-goals" }

[[sections.fields.fields]]
name = "sub_goal"
type = "text"
required = true
label = { da = "Delmål", nb = "Delmål", en = "Sub-goal" }

[[sections.fields.fields]]
name = "target_date"
type = "date"
label = { da = "Måldato", nb = "Måldato", en = "Target date" }
"""


def spec(text: str, ctx: AppContext | None = None) -> FormSpec:
    """The parsed spec; with `ctx` also recorded, as spec_in_use does for the form in use."""
    parsed = parse_form(text, "test.toml")
    if ctx is not None:
        forms.remember_form(ctx, parsed, text)
    return parsed
