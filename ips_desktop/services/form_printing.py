"""What a profile or plan printout needs, gathered in one call and audited: printing is reading.

The vocational profile and the action plan print from their form spec like
the referral (services.printing), but their answers are a draft that grows
over several meetings, so the printout also says whose it is on every page,
who changed it last and when, and whether it is complete. The answers come
from services.form_drafts, which knows the version they were given under.

Every print is an audit event (DESIGN.md, "Audit"): which course by id and
which form; never a name or an answer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ips_desktop.domain.enums import AuditAction, FormStatus
from ips_desktop.domain.forms import FormError, FormSpec
from ips_desktop.services import audit, forms
from ips_desktop.services.context import AppContext, unit_of_work


@dataclass(frozen=True)
class FormHeader:
    """Whose form it is and how far it has come: the printout's heading.

    `participant_name` is "" on the blank form (a line to write it on).
    `current_version` is set when the answers are printed under an older
    version than the one in use now (a draft not yet moved to the new version).
    """

    participant_name: str
    is_demo: bool
    printed_at: datetime
    status: FormStatus | None = None  # None: not started (or the blank form)
    updated_by: str = ""
    updated_at: datetime | None = None
    completed_on: date | None = None
    current_version: str = ""


@dataclass(frozen=True)
class FormPrint:
    """A form as it is printed, as plain data.

    `older` is an earlier version of the form that names the answers `spec`
    does not have (answers kept from before the draft moved to `spec`), so
    that they print with their old labels; None when there is none to ask.
    """

    spec: FormSpec
    answers: dict[str, Any] | None  # None: the blank form
    header: FormHeader
    course_id: uuid.UUID | None = None
    older: FormSpec | None = None

    @property
    def blank(self) -> bool:
        return self.answers is None


def blank_form_print(ctx: AppContext, spec: FormSpec) -> FormPrint:
    """The empty form, for a meeting without the laptop; the print is audited (no record)."""
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.PRINT, None, None,
                     details={"form": spec.id, "blank": True})
    return FormPrint(spec=spec, answers=None,
                     header=FormHeader("", ctx.is_demo, datetime.now()))


def older_spec_for(ctx: AppContext, spec: FormSpec, names: set[str]) -> FormSpec | None:
    """The newest stored earlier version of the form that has any of `names`: where
    answers the current version lacks get their labels from. None when none has."""
    if not names:
        return None
    for version in reversed(forms.stored_versions(ctx, spec.id)):  # the newest used first
        if version == spec.version:
            continue
        try:
            older = forms.stored_spec(ctx, spec.id, version)
        except FormError:
            continue  # a stored text today's parser refuses: try an earlier one
        if older is not None and names & {f.name for f in older.all_fields()}:
            return older
    return None

