"""The access copy as JSON: for the person's own tools, or another system's import.

Keys are English and stable; `schema_version` rises when one is renamed or
removed (adding a key keeps the version). Dates are ISO 8601 (days as
YYYY-MM-DD, instants with their UTC offset, calendar times as the Danish wall
clock without one, as the app keeps them). Stored codes (phases, kinds,
actions) stay codes; the words a person reads are beside them where only
the form definition knows them: each answer carries its question's `label`
and its `text` as the printout says it, in `language`.

Schema version 1:
  schema, schema_version, language, made_at, demo,
  person {id, name, cpr, phone, email, address, municipality, created_at, updated_at,
          deleted_at},
  courses [{id, consultant, referral {referral_date, date_received, referral_source,
            psychiatry_unit, clinician}, first_meeting_date, plan_completed_on, phase, ended_on,
            end_reason, end_reason_text, created_at, deleted_at,
            consents [{given_on, scope, withdrawn_on, deleted_at}],
            phase_changes [{phase, changed_on, changed_by, deleted_at}],
            notes [{date, kind, place, text, consultant, deleted_at}],
            forms [{form_id, form_version, labels_version, title, status, created_at,
                    updated_at, updated_by, completed_at, deleted_at,
                    answers [{name, label, value, text}],
                    history [{at, by, field, label, old, new, old_text, new_text}]}],
            plan_reviews [{reviewed_on, reviewed_by, deleted_at}],
            employer_contacts [{date, time, employer, consultant, mode, purpose, outcome_kind,
                                outcome, next_step, follow_up_date, deleted_at}],
            placements [{kind, title, employer, start_date, end_date, hours_per_week,
                         ordinary_terms, end_reason, deleted_at}],
            job_opening_candidacies [{title, employer, status, found_on, deadline,
                                      deleted_at}],
            calendar_events [{kind, title, starts_at, ends_at, location, notes, rrule,
                              consultant, deleted_at}],
            supervision [{iso_year, iso_week, discussed_on, discussed_by, note, note_by,
                          deleted_at}]}],
  audit_events [{at, actor, action, entity, entity_id}]
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, time
from typing import Any

from ips_desktop.reports.person_labels import answer_label, answer_value_text, change_label
from ips_desktop.services.person_export import CourseItem, FormItem, PersonExport

SCHEMA = "ips-desktop/person-export"
SCHEMA_VERSION = 1


def person_json(export: PersonExport, *, language: str) -> bytes:
    """The copy as UTF-8 JSON (letters as letters, not \\u escapes), keys in a stable order."""
    document = {
        "schema": SCHEMA, "schema_version": SCHEMA_VERSION, "language": language,
        "made_at": export.made_at, "demo": export.is_demo,
        "person": _plain(export.person.__dict__),
        "courses": [_course(course, language) for course in export.courses],
        "audit_events": [_plain(event.__dict__) for event in export.audit],
    }
    return json.dumps(document, ensure_ascii=False, indent=2, default=_iso).encode("utf-8")


def _course(course: CourseItem, language: str) -> dict[str, Any]:
    return {
        "id": course.id, "consultant": course.consultant,
        "referral": {"referral_date": course.referral_date,
                     "date_received": course.date_received,
                     "referral_source": course.referral_source,
                     "psychiatry_unit": course.psychiatry_unit, "clinician": course.clinician},
        "first_meeting_date": course.first_meeting_date,
        "plan_completed_on": course.plan_completed_on, "phase": course.phase,
        "ended_on": course.ended_on, "end_reason": course.end_reason,
        "end_reason_text": course.end_reason_text, "created_at": course.created_at,
        "deleted_at": course.deleted_at,
        "consents": [_plain(c.__dict__) for c in course.consents],
        "phase_changes": [_plain(p.__dict__) for p in course.phases],
        "notes": [_renamed(n.__dict__, note_date="date") for n in course.notes],
        "forms": [_form(f, language) for f in course.forms],
        "plan_reviews": [_plain(r.__dict__) for r in course.plan_reviews],
        "employer_contacts": [_renamed(c.__dict__, contact_date="date", contact_time="time")
                              for c in course.employer_contacts],
        "placements": [_plain(p.__dict__) for p in course.placements],
        "job_opening_candidacies": [_plain(k.__dict__) for k in course.candidacies],
        "calendar_events": [_plain(e.__dict__) for e in course.events],
        "supervision": [_plain(s.__dict__) for s in course.supervision],
    }


def _form(form: FormItem, language: str) -> dict[str, Any]:
    spec = form.spec
    return {
        "form_id": form.form_id, "form_version": form.form_version,
        "labels_version": spec.version if spec is not None else None,
        "title": spec.title.get(language) if spec is not None else form.form_id,
        "status": form.status, "created_at": form.created_at, "updated_at": form.updated_at,
        "updated_by": form.updated_by, "completed_at": form.completed_at,
        "deleted_at": form.deleted_at,
        "answers": [{"name": a.name, "label": answer_label(a, language), "value": a.value,
                     "text": answer_value_text(a.question, a.value, language)}
                    for a in form.answers],
        "history": [{"at": c.at, "by": c.who, "field": c.field,
                     "label": change_label(c, language), "old": c.old, "new": c.new,
                     "old_text": answer_value_text(c.question, c.old, language),
                     "new_text": answer_value_text(c.question, c.new, language)}
                    for c in form.history],
    }


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return dict(values)


def _renamed(values: dict[str, Any], **names: str) -> dict[str, Any]:
    return {names.get(key, key): value for key, value in values.items()}


def _iso(value: object) -> object:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"not JSON: {type(value).__name__}")
