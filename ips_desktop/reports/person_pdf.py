"""The access copy (GDPR art. 15) as a PDF for the person: every item, in plain words.

Everything is paragraphs, one item after another, never table cells: a note
or an answer of any length wraps and runs on to the next page rather than
being cut. Every section has its heading, an empty one says "Ingen.", and
rows marked as deleted say so. The audit trail is the one table (its rows are
short). The person's name heads every page (so a loose page finds its way
back); the PDF's title names only the kind of document.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ips_desktop.reports import scripts
from ips_desktop.reports.pdf_base import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    build_pdf,
    markup,
    register_fonts,
    text_paragraph,
)
from ips_desktop.reports.person_labels import answer_label, answer_value_text, change_label
from ips_desktop.reports.person_texts import day, field, moment, said, word
from ips_desktop.services.person_export import CourseItem, FormItem, PersonExport, PlacementItem

INK, SOFT, SHADE = colors.HexColor("#1a1a1a"), colors.HexColor("#5f6368"), \
    colors.HexColor("#e8eef4")


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=16, leading=20,
                                textColor=INK, spaceAfter=6),
        "intro": ParagraphStyle("intro", fontName=FONT, fontSize=10, leading=13.5,
                                textColor=INK, spaceAfter=4),
        "course": ParagraphStyle("course", fontName=FONT_BOLD, fontSize=13, leading=17,
                                 textColor=INK, backColor=SHADE, borderPadding=(3, 4, 3, 4),
                                 spaceBefore=14, spaceAfter=6, keepWithNext=1),
        "section": ParagraphStyle("section", fontName=FONT_BOLD, fontSize=11, leading=14,
                                  textColor=INK, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "sub": ParagraphStyle("sub", fontName=FONT_BOLD, fontSize=10, leading=13, textColor=INK,
                              spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "label": ParagraphStyle("label", fontName=FONT_BOLD, fontSize=9, leading=11.5,
                                textColor=INK, spaceBefore=4, keepWithNext=1),
        "entry": ParagraphStyle("entry", fontName=FONT, fontSize=10, leading=13.5,
                                textColor=INK, leftIndent=3 * mm, firstLineIndent=-3 * mm,
                                spaceBefore=4),
        "text": ParagraphStyle("text", fontName=FONT, fontSize=10, leading=13.5, textColor=INK,
                               leftIndent=3 * mm),
        "item": ParagraphStyle("item", fontName=FONT, fontSize=10, leading=13.5, textColor=INK,
                               leftIndent=7 * mm, bulletIndent=3 * mm, bulletFontName=FONT,
                               spaceBefore=1),
        "soft": ParagraphStyle("soft", fontName=FONT, fontSize=8.5, leading=11, textColor=SOFT,
                               leftIndent=3 * mm),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5, textColor=INK),
        "head": ParagraphStyle("head", fontName=FONT_BOLD, fontSize=8.5, leading=10.5,
                               textColor=INK),
    }


def person_pdf(export: PersonExport, *, language: str,
               printed_at: datetime | None = None) -> bytes:
    """The whole copy: the person, each course with all it holds, then the audit trail."""
    when = printed_at or export.made_at.astimezone().replace(tzinfo=None)
    page = _Page(_styles(), language)
    story = page.story
    story.append(Paragraph(said("heading", language), page.st["title"]))
    story.append(text_paragraph(said("intro", language, when=when.strftime("%d.%m.%Y %H:%M")),
                                page.st["intro"]))
    if export.is_demo:
        story.append(text_paragraph(said("demo", language), page.st["intro"]))
    person = export.person
    page.section("person")
    for key in ("name", "cpr", "phone", "email", "address", "municipality"):
        page.fact(field(key, language), getattr(person, key) or "")
    page.fact(field("created_at", language), moment(person.created_at))
    page.fact(field("updated_at", language), moment(person.updated_at))
    page.fact(field("id", language), str(person.id))
    page.deleted(person.deleted_at)
    for number, course in enumerate(export.courses, start=1):
        _course(page, number, course)
    page.section("audit")
    if export.audit:
        story.append(_audit_table(export, page))
    else:
        page.none()
    return build_pdf(story, title=said("title", language), language=language,
                     demo=export.is_demo, header=said("heading", language), printed_at=when,
                     person=person.name)


class _Page:
    """The story being written, and the few shapes every section is made of."""

    def __init__(self, st: dict[str, ParagraphStyle], language: str) -> None:
        self.st, self.language = st, language
        self.story: list[Flowable] = []

    def section(self, key: str) -> None:
        self.story.append(Paragraph(said(key, self.language), self.st["section"]))

    def fact(self, label: str, value: str) -> None:
        """A label and its value on one line when short; the value wraps under it when long."""
        self.story.append(text_paragraph(f"{label}: {value or '–'}", self.st["text"]))

    def entry(self, head: str, *lines: str) -> None:
        """A bold head and its text as one paragraph: a long note runs on over the page
        from where it starts, rather than leaving the page blank to keep head and text
        together (as two paragraphs kept together did)."""
        lines = tuple(line for line in lines if line)
        if any(scripts.needs_script_support(t) for t in (head, *lines)):
            self.story.append(text_paragraph(head, self.st["label"]))
            self.story.extend(text_paragraph(line, self.st["text"]) for line in lines)
            return
        text = f"<b>{markup(head)}</b>" + "".join(f"<br/>{markup(line)}" for line in lines)
        self.story.append(Paragraph(text, self.st["entry"]))

    def items(self, lines: Iterable[str]) -> None:
        said_any = False
        for line in lines:
            self.story.append(text_paragraph(line, self.st["item"], bulletText="•"))
            said_any = True
        if not said_any:
            self.none()

    def none(self) -> None:
        self.story.append(Paragraph(said("none", self.language), self.st["soft"]))

    def deleted(self, when: datetime | None) -> None:
        if when is not None:
            self.story.append(text_paragraph(said("deleted", self.language, when=moment(when)),
                                             self.st["soft"]))

    def by(self, who: str) -> str:
        return f" ({said('by', self.language, who=who)})" if who else ""

    def gone(self, when: datetime | None) -> str:
        return f" – {said('deleted', self.language, when=moment(when))}" if when else ""


def _course(page: _Page, number: int, course: CourseItem) -> None:
    lang, st = page.language, page.st
    page.story.append(Paragraph(said("course", lang, n=number, date=day(course.referral_date)),
                                st["course"]))
    page.deleted(course.deleted_at)
    page.section("referral")
    page.fact(field("consultant", lang), course.consultant)
    for key in ("referral_date", "date_received", "first_meeting_date", "plan_completed_on",
                "ended_on"):
        page.fact(field(key, lang), day(getattr(course, key)))
    for key in ("referral_source", "psychiatry_unit", "clinician"):
        page.fact(field(key, lang), getattr(course, key) or "")
    page.fact(field("phase", lang), word("phase", course.phase, lang))
    if course.end_reason:
        reason = word("end_reason", course.end_reason, lang)
        page.fact(field("end_reason", lang),
                  f"{reason}: {course.end_reason_text}" if course.end_reason_text else reason)
    page.section("consents")
    page.items(
        f"{said('given', lang, date=day(c.given_on))}"
        + (f", {said('withdrawn', lang, date=day(c.withdrawn_on))}" if c.withdrawn_on else "")
        + (f": {c.scope}" if c.scope else "") + page.gone(c.deleted_at)
        for c in course.consents)
    page.section("phases")
    page.items(f"{day(p.changed_on)} {word('phase', p.phase, lang)}{page.by(p.changed_by)}"
               f"{page.gone(p.deleted_at)}" for p in course.phases)
    page.section("notes")
    if not course.notes:
        page.none()
    for note in course.notes:
        head = " · ".join(part for part in (
            day(note.note_date), word("note_kind", note.kind, lang),
            word("note_place", note.place, lang), note.consultant) if part)
        page.entry(head + page.gone(note.deleted_at), note.text or "–")
    page.section("forms")
    if not course.forms:
        page.none()
    for form in course.forms:
        _form(page, form)
    page.section("plan_reviews")
    page.items(f"{day(r.reviewed_on)}{page.by(r.reviewed_by)}{page.gone(r.deleted_at)}"
               for r in course.plan_reviews)
    _contacts(page, course)
    page.section("placements")
    page.items(_placement_line(page, p) for p in course.placements)
    page.section("candidacies")
    page.items(
        f"{k.title}, {k.employer} – {word('opening_status', k.status, lang)}, "
        f"{said('found', lang, date=day(k.found_on))}"
        + (f", {said('deadline', lang, date=day(k.deadline))}" if k.deadline else "")
        + page.gone(k.deleted_at) for k in course.candidacies)
    page.section("events")
    page.items(
        f"{e.starts_at.strftime('%d.%m.%Y %H:%M')}–{e.ends_at.strftime('%H:%M')} "
        f"{word('event_kind', e.kind, lang)}: {e.title}"
        + (f", {e.location}" if e.location else "") + page.by(e.consultant)
        + (f"\n{e.notes}" if e.notes else "") + page.gone(e.deleted_at) for e in course.events)
    page.section("supervision")
    if not course.supervision:
        page.none()
    for item in course.supervision:
        head = said("week", lang, week=item.iso_week, year=item.iso_year)
        if item.discussed_on:
            head += f", {said('discussed', lang, date=day(item.discussed_on))}" \
                + page.by(item.discussed_by)
        page.entry(head + page.gone(item.deleted_at),
                   item.note + page.by(item.note_by) if item.note else "")


def _form(page: _Page, form: FormItem) -> None:
    lang, st = page.language, page.st
    spec = form.spec
    title = spec.title.get(lang) if spec is not None else form.form_id
    page.story.append(text_paragraph(f"{title}, version {form.form_version}", st["sub"]))
    page.story.append(text_paragraph(said(
        "form_state", lang, status=word("form_status", form.status, lang),
        when=moment(form.updated_at), by=page.by(form.updated_by).strip()).rstrip(),
        st["soft"]))
    if spec is not None:
        key = "labels_from" if spec.version == form.form_version else "labels_today"
        page.story.append(text_paragraph(said(key, lang, version=form.form_version,
                                              today=spec.version), st["soft"]))
    page.deleted(form.deleted_at)
    if not form.answers:
        page.none()
    for answer in form.answers:
        page.entry(answer_label(answer, lang),
                   answer_value_text(answer.question, answer.value, lang) or "–")
    if form.history:
        page.story.append(Paragraph(said("history", lang), st["label"]))
        empty = said("empty", lang)
        for change in form.history:
            line = said("change", lang, when=moment(change.at),
                        by=f", {change.who}" if change.who else "",
                        label=change_label(change, lang),
                        old=answer_value_text(change.question, change.old, lang) or empty,
                        new=answer_value_text(change.question, change.new, lang) or empty)
            page.story.append(text_paragraph(line, st["item"], bulletText="•"))


def _contacts(page: _Page, course: CourseItem) -> None:
    lang = page.language
    page.section("employer_contacts")
    if not course.employer_contacts:
        page.none()
    for c in course.employer_contacts:
        when = day(c.contact_date) + (f" {c.contact_time.strftime('%H:%M')}"
                                      if c.contact_time.hour or c.contact_time.minute else "")
        head = " · ".join(part for part in (when, c.employer, word("mode", c.mode, lang),
                                            word("purpose", c.purpose, lang), c.consultant)
                          if part)
        outcome = ": ".join(part for part in (word("outcome", c.outcome_kind, lang),
                                              c.outcome or "") if part)
        page.entry(head + page.gone(c.deleted_at), outcome,
                   f"{said('next_step', lang)}: {c.next_step}" if c.next_step else "",
                   said("follow_up", lang, date=day(c.follow_up_date))
                   if c.follow_up_date else "")


def _placement_line(page: _Page, p: PlacementItem) -> str:
    lang = page.language
    parts = [f"{word('placement_kind', p.kind, lang)}: {p.title}"]
    if p.employer:
        parts.append(p.employer)
    parts.append(f"{day(p.start_date)}–{day(p.end_date)}")
    if p.hours_per_week is not None:
        hours = f"{p.hours_per_week:g}"
        parts.append(said("hours", lang, hours=hours if lang == "en" else hours.replace(".", ",")))
    if not p.ordinary_terms:
        parts.append(said("not_ordinary", lang))
    if p.end_reason:
        parts.append(word("placement_end", p.end_reason, lang))
    return ", ".join(parts) + page.gone(p.deleted_at)


def _audit_table(export: PersonExport, page: _Page) -> Flowable:
    lang, st = page.language, page.st
    heads = {"da": ("Tid", "Hvem", "Hvad", "Post"), "nb": ("Tid", "Hvem", "Hva", "Post"),
             "en": ("When", "Who", "What", "Record")}[lang]
    rows: list[list[Flowable]] = [[Paragraph(h, st["head"]) for h in heads]]
    for event in export.audit:
        record = word("entity", event.entity, lang) if event.entity else ""
        if event.entity_id is not None:
            record = f"{record} {str(event.entity_id)[:8]}".strip()
        rows.append([Paragraph(moment(event.at), st["cell"]),
                     text_paragraph(event.actor or said("app", lang), st["cell"]),
                     Paragraph(word("action", event.action, lang), st["cell"]),
                     Paragraph(record, st["cell"])])
    widths = [32 * mm, 20 * mm, 32 * mm, CONTENT_WIDTH - 84 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c8ccd0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return KeepTogether([Spacer(1, 1), table]) if len(rows) < 6 else table
