"""Any form spec and its answers as ReportLab flowables: the printed side of forms-as-data.

The referral form uses it today; the vocational profile and the action plan
will print the same way. What DESIGN.md asks of a printed form:

- only the questions that are relevant to these answers are printed;
- a question (its label and its answer) never breaks across pages: each is
  one KeepTogether, and an answer too long for a whole page starts on the
  same page as its label;
- answers read as the screens show them: yes/no and choices by their label in
  the language, several choices as a list, a repeatable group as a small
  table, dates as dd.mm.yyyy.

With no answers (`answers=None`) the form prints blank, for psychiatry staff
who refer on paper: every question, lines to write on, a box per choice, and
a note where a question applies only after a certain answer.

All text from the form or from the person goes through `markup`, so that a
name like "<Ole & Co>" prints as typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import _listWrapOn

from ips_desktop.domain.form_answers import is_empty, relevant_names
from ips_desktop.domain.forms import (
    DYNAMIC_CHOICE_TARGETS,
    ROW_ID,
    Answers,
    FieldType,
    FormField,
    FormSpec,
    Section,
)
from ips_desktop.reports import scripts
from ips_desktop.reports.pdf_base import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    markup,
    register_fonts,
    text_paragraph,
)

# Where an answer the spec does not ask comes from, by its name: the newest version that
# asked it and that version's question ("", None when no recorded version does).
OldQuestions = Mapping[str, tuple[str, FormField | None]]

# Labels of the choices a dynamic question offers (the consultants' names by id),
# by question name: {"consultant": {"<uuid>": "Søren Østergård (SOE)"}}.
DynamicLabels = Mapping[str, Mapping[str, str]]

YES = {"da": "Ja", "nb": "Ja", "en": "Yes"}
NO = {"da": "Nej", "nb": "Nei", "en": "No"}
NOT_ANSWERED = "–"
TEXTS: dict[str, dict[str, str]] = {
    "da": {
        "only_if": "Besvares kun, hvis »{question}« er besvaret med »{answer}«.",
        "only_if_any": "Besvares kun, hvis »{question}« er besvaret.",
        "one": "Sæt ét kryds.",
        "many": "Sæt gerne flere kryds.",
        "date": "dd.mm.åååå",
        "required": "Spørgsmål mærket * skal besvares.",
        "other": "Andre svar (til spørgsmål, som skemaet ikke længere har)",
        "other_version": "Svar fra version {version} af skemaet (spørgsmål, som version "
                         "{printed} ikke har)",
        "row": "{group}: {n} af {total}",
    },
    "nb": {
        "only_if": "Besvares bare hvis «{question}» er besvart med «{answer}».",
        "only_if_any": "Besvares bare hvis «{question}» er besvart.",
        "one": "Sett ett kryss.",
        "many": "Sett gjerne flere kryss.",
        "date": "dd.mm.åååå",
        "required": "Spørsmål merket * må besvares.",
        "other": "Andre svar (til spørsmål som skjemaet ikke lenger har)",
        "other_version": "Svar fra versjon {version} av skjemaet (spørsmål som versjon "
                         "{printed} ikke har)",
        "row": "{group}: {n} av {total}",
    },
    "en": {
        "only_if": "Only to be answered if “{question}” is answered “{answer}”.",
        "only_if_any": "Only to be answered if “{question}” is answered.",
        "one": "Tick one.",
        "many": "Tick all that apply.",
        "date": "dd.mm.yyyy",
        "required": "Questions marked * must be answered.",
        "other": "Other answers (to questions the form no longer has)",
        "other_version": "Answers from version {version} of the form (questions version "
                         "{printed} does not have)",
        "row": "{group}: {n} of {total}",
    },
}

BOX = "☐"
INK = colors.HexColor("#1a1a1a")
SOFT = colors.HexColor("#5f6368")
RULE = colors.HexColor("#9aa0a6")
SHADE = colors.HexColor("#e8eef4")
LABEL_SHADE = colors.HexColor("#f4f6f8")  # a question beside its answer in a group's block
INDENT = 3 * mm
LINE_GAP = 8 * mm  # between writing lines on the blank form
WRITING_LINES = {FieldType.TEXT: 1, FieldType.LONG_TEXT: 5, FieldType.INTEGER: 1}
BLANK_GROUP_ROWS = 4
BLANK_STACKED_ROWS = 3  # a wide group's blank blocks (work experience: 9 questions each)
MAX_TABLE_COLUMNS = 5  # a group with more questions prints a block per row, not a table
CELL_PADDING = 4  # left and right, in every table
LONG_ANSWER = 900  # characters: an answer this long may run on over pages


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()  # paragraphs resolve their fonts when they are made
    return {
        "section": ParagraphStyle("section", fontName=FONT_BOLD, fontSize=12.5, leading=16,
                                  textColor=INK, backColor=SHADE, borderPadding=(3, 4, 3, 4),
                                  spaceBefore=14, spaceAfter=6, keepWithNext=1),
        "section_help": ParagraphStyle("section_help", fontName=FONT, fontSize=8.5,
                                       leading=11, textColor=SOFT, spaceAfter=2),
        "label": ParagraphStyle("label", fontName=FONT_BOLD, fontSize=9, leading=11.5,
                                textColor=INK, spaceBefore=7, spaceAfter=1.5),
        "help": ParagraphStyle("help", fontName=FONT, fontSize=8, leading=10,
                               textColor=SOFT, spaceAfter=1.5),
        "answer": ParagraphStyle("answer", fontName=FONT, fontSize=10.5, leading=14,
                                 textColor=INK, leftIndent=INDENT),
        "empty": ParagraphStyle("empty", fontName=FONT, fontSize=10.5, leading=14,
                                textColor=SOFT, leftIndent=INDENT),
        "item": ParagraphStyle("item", fontName=FONT, fontSize=10.5, leading=14, textColor=INK,
                               leftIndent=INDENT + 4 * mm, bulletIndent=INDENT,
                               bulletFontName=FONT),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11.5, textColor=INK),
        "head": ParagraphStyle("head", fontName=FONT_BOLD, fontSize=8.5, leading=11,
                               textColor=INK),
        "note": ParagraphStyle("note", fontName=FONT, fontSize=8.5, leading=11, textColor=SOFT,
                               spaceAfter=4),
    }


def form_flowables(spec: FormSpec, answers: Answers | None, *, language: str,
                   dynamic_labels: DynamicLabels | None = None,
                   width: float = CONTENT_WIDTH, old_questions: OldQuestions | None = None,
                   write_in: bool = False) -> list[Flowable]:
    """The whole form: a heading per section, one unbreakable block per question.

    `answers=None` prints the blank form. Sections with no relevant question are
    left out; answers to questions this spec does not know (another version's)
    are printed at the end, never dropped: with the labels of the version
    that asked them (`old_questions`) where it is known, else under their names.
    An unanswered question prints a dash, or with `write_in` what the blank form
    has there (lines, boxes, empty rows), to be answered by hand in a meeting.
    """
    st = styles()
    dynamic = dynamic_labels or {}
    story: list[Flowable] = []
    if answers is None:
        if any(f.required for f in spec.all_fields()):
            story.append(text_paragraph(TEXTS[language]["required"], st["note"]))
        for section in spec.sections:
            story += _section(_section_heading(section, language, st, blank=True),
                              [_blank_question(spec, f, language, st, width)
                               for f in section.fields])
        return story
    relevant = relevant_names(spec, answers)
    for section in spec.sections:
        story += _section(_section_heading(section, language, st, blank=False), [
            _blank_question(spec, f, language, st, width, relevance_note=False)
            if write_in and is_empty(answers.get(f.name))
            else _question(f, answers.get(f.name), language, dynamic, st, width)
            for f in section.fields if f.name in relevant])
    return story + _other_answers(spec, answers, old_questions or {}, language, dynamic, st,
                                  width)


def _other_answers(spec: FormSpec, answers: Answers, old: OldQuestions, language: str,
                   dynamic: DynamicLabels, st: dict[str, ParagraphStyle],
                   width: float) -> list[Flowable]:
    """The answers `spec` has no question for, in a block of their own that says they
    belong to an earlier version: with that version's labels (and tables, choices) where
    it is known, in the order the answers come; the rest under their names."""
    known = {f.name for f in spec.all_fields()}
    extra = {k: v for k, v in answers.items() if k not in known and not is_empty(v)}
    if not extra:
        return []
    texts = TEXTS[language]
    versions = {old.get(name, ("", None))[0] for name in extra}
    if len(versions) == 1 and "" not in versions:  # all from one known version
        heading = texts["other_version"].format(version=versions.pop(), printed=spec.version)
    else:
        heading = texts["other"]
    questions: list[list[Flowable]] = []
    for name, value in extra.items():
        question = old.get(name, ("", None))[1]
        questions.append(
            _question(question, value, language, dynamic, st, width) if question is not None
            else [text_paragraph(name, st["label"]), *_plain_answer(_raw_text(value), st)])
    return _section([text_paragraph(heading, st["section"])], questions)


def unprintable_questions(spec: FormSpec, answers: Answers | None, *, language: str,
                          dynamic_labels: DynamicLabels | None = None) -> list[str]:
    """The labels of the questions whose printed answer has a character no shipped font
    has (it would print as an empty box): for a warning before printing, which names
    the question, never the value."""
    if answers is None:
        return []
    relevant = relevant_names(spec, answers)
    return [question.label.get(language) for question in spec.all_fields()
            if question.name in relevant and scripts.unprintable(
                answer_text(question, answers.get(question.name), language, dynamic_labels))]


def answer_text(question: FormField, value: object, language: str,
                dynamic_labels: DynamicLabels | None = None) -> str:
    """One answer as plain text, the way the printout says it ("" when unanswered).

    A multi choice joins its labels with ", "; a group gives one line per row.
    """
    if is_empty(value):
        return ""
    kind = question.type
    if kind is FieldType.GROUP:
        rows = value if isinstance(value, list) else []
        return "\n".join(
            "; ".join(answer_text(c, row.get(c.name), language, dynamic_labels)
                      for c in question.fields)
            for row in rows if isinstance(row, dict))
    if kind is FieldType.MULTI_CHOICE:
        return ", ".join(_choice_labels(question, value, language, dynamic_labels))
    if kind is FieldType.CHOICE:
        return _choice_labels(question, [value], language, dynamic_labels)[0]
    if kind is FieldType.YES_NO:
        if isinstance(value, bool):
            return YES[language] if value else NO[language]
        return str(value)
    if kind is FieldType.DATE:
        return format_date(value)
    if kind is FieldType.RATING and question.min_value is not None \
            and question.max_value is not None:
        return f"{value} ({question.min_value}–{question.max_value})"
    return _raw_text(value)


def format_date(value: object) -> str:
    """dd.mm.yyyy from a date or ISO text; anything else as it is."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()).strftime("%d.%m.%Y")
        except ValueError:
            return value
    if isinstance(value, datetime):
        return value.date().strftime("%d.%m.%Y")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return _raw_text(value)


def _section(heading: list[Flowable], questions: list[list[Flowable]]) -> list[Flowable]:
    """One KeepTogether per question; the heading rides with the first, never left alone.

    (ReportLab's keepWithNext does not reach into a following KeepTogether, so
    the heading goes inside it.) A question whose answer may run on over pages
    (a group's table, marked by `_runs_on`) keeps only its start together: the
    heading, the label and the first row. A section with no question to print
    is left out.
    """
    if not questions:
        return []
    blocks: list[Flowable] = []
    for number, parts in enumerate(questions):
        content = [*heading, *parts] if number == 0 else parts
        start = _start_of(content)
        blocks.append(KeepTogether(content) if start is None else KeepStart(content, start))
    return blocks


class KeepStart(KeepTogether):
    """Keeps its flowables together when they fit on a page; when even a fresh page is too
    small, keeps only their start together and lets the rest run on.

    KeepTogether keeps only the first flowable with the next page's top in that
    case: a label would be left at the foot of a page with its table or long
    answer starting on the next. Here `start` (stand-ins for the heading, the
    label and the first row or lines) must share a page, and the rest follows.
    """

    def __init__(self, flowables: list[Flowable], start: list[Flowable]) -> None:
        super().__init__(flowables)
        self._start = start
        self._start_height = self._full_height = 0.0
        for part in flowables:  # the document would glue them to what follows again
            if part.getKeepWithNext():
                part.keepWithNext = 0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        size = super().wrap(aW, aH)
        self._full_height = self._H
        self._start_height = _listWrapOn(self._start, aW, self.canv)[1]
        return size

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        page = frame._height - frame._topPadding - frame._bottomPadding if frame else aH
        self._H = self._full_height if self._full_height <= page else self._start_height
        return list(super().split(aW, aH))


def _runs_on(flowable: Flowable, start: list[Flowable]) -> Flowable:
    """Mark an answer that may run on over pages; `start` stands for its first part."""
    flowable.ips_start = start  # type: ignore[attr-defined]
    return flowable


def _start_of(content: list[Flowable]) -> list[Flowable] | None:
    for number, part in enumerate(content):
        start = getattr(part, "ips_start", None)
        if start is not None:
            return [*content[:number], *start]
    return None


# -- filled in ------------------------------------------------------------------------------

def _section_heading(section: Section, language: str, st: dict[str, ParagraphStyle], *,
                     blank: bool) -> list[Flowable]:
    heading: list[Flowable] = [text_paragraph(section.title.get(language), st["section"])]
    if blank and section.help:
        note = text_paragraph(section.help.get(language), st["section_help"])
        note.keepWithNext = 1
        heading.append(note)
    return heading


def _question(question: FormField, value: object, language: str, dynamic: DynamicLabels,
              st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    label = text_paragraph(question.label.get(language), st["label"])
    label.keepWithNext = 1
    body: list[Flowable]
    if is_empty(value):
        body = [Paragraph(NOT_ANSWERED, st["empty"])]
    elif question.type is FieldType.MULTI_CHOICE:
        body = [text_paragraph(text, st["item"], bulletText="•")
                for text in _choice_labels(question, value, language, dynamic)]
    elif question.type is FieldType.GROUP:
        body = [_group_table(question, value, language, dynamic, st, width)]
    else:
        text = answer_text(question, value, language, dynamic)
        body = _plain_answer(text, st)
        if len(text) > LONG_ANSWER:  # may not fit a page: its first lines go with the label
            _runs_on(body[0], [text_paragraph(text[:LONG_ANSWER // 3], st["answer"])])
    return [label, *body]


def _plain_answer(text: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A text answer; one paragraph per written paragraph, so a long one can run on."""
    blocks = text.replace("\r\n", "\n").split("\n\n")
    out: list[Flowable] = []
    for number, block in enumerate(blocks):
        style = st["answer"] if number == 0 else ParagraphStyle(
            "answer_more", parent=st["answer"], spaceBefore=5)
        out.append(text_paragraph(block, style))
    return out


def _choice_labels(question: FormField, value: object, language: str,
                   dynamic: DynamicLabels | None) -> list[str]:
    names = value if isinstance(value, list) else [value]
    if question.store in DYNAMIC_CHOICE_TARGETS:
        known = (dynamic or {}).get(question.name, {})
        return [known.get(str(name), str(name)) for name in names]
    labels = []
    for name in names:
        choice = question.choice(str(name))
        labels.append(choice.label.get(language) if choice else str(name))  # retired: kept
    return labels


def _group_table(group: FormField, value: object, language: str, dynamic: DynamicLabels,
                 st: dict[str, ParagraphStyle], width: float) -> Flowable:
    """A repeatable group as a table, a row per entry; a group with more questions than
    fit across the page as a two-column block per entry (question, answer)."""
    rows = [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []
    columns = [c for c in group.fields if c.name != ROW_ID]

    def cell(column: FormField, row: Mapping[str, object]) -> Flowable:
        return text_paragraph(answer_text(column, row.get(column.name), language, dynamic)
                              or NOT_ANSWERED, st["cell"])

    widths = column_widths(columns, language, width, st)
    if widths is None:
        return _stacked(group, [[cell(c, row) for c in columns] for row in rows], language,
                        st, width)
    head = [text_paragraph(c.label.get(language), st["head"]) for c in columns]
    data: list[list[Any]] = [head, *([cell(c, row) for c in columns] for row in rows)]
    probe = _table([head, *data[1:2]], widths, header_rows=1)
    return _runs_on(_table(data, widths, header_rows=1), [probe])


def column_widths(columns: Sequence[FormField], language: str, width: float,
                  st: dict[str, ParagraphStyle]) -> list[float] | None:
    """Widths that fit a date, a number or yes/no whole and share the rest among the text
    columns (a long text twice a short one); None when the group is too wide for a table.

    A column is never narrower than the longest word of its heading.
    """
    if len(columns) > MAX_TABLE_COLUMNS:
        return None
    pad = 2 * CELL_PADDING + 1

    def words(text: str, style: ParagraphStyle) -> float:
        return max((stringWidth(w, style.fontName, style.fontSize) for w in text.split()),
                   default=0.0)

    fixed: dict[int, float] = {}
    weights: dict[int, float] = {}
    floor: dict[int, float] = {}
    for number, column in enumerate(columns):
        floor[number] = words(column.label.get(language), st["head"]) + pad
        if column.type is FieldType.DATE:
            fixed[number] = max(floor[number], words("00.00.0000", st["cell"]) + pad + 2)
        elif column.type in (FieldType.INTEGER, FieldType.YES_NO, FieldType.RATING):
            sample = "00 (0–10)" if column.type is FieldType.RATING else "0000"
            fixed[number] = max(floor[number], words(sample, st["cell"]) + pad, 14 * mm)
        else:
            weights[number] = 2.0 if column.type is FieldType.LONG_TEXT else 1.0
    left = width - sum(fixed.values())
    if not weights:
        scale = width / sum(fixed.values())
        return [fixed[n] * scale for n in range(len(columns))]
    share = {n: left * w / sum(weights.values()) for n, w in weights.items()}
    if any(share[n] < max(floor[n], 18 * mm) for n in share):
        return None
    return [fixed.get(n) or share[n] for n in range(len(columns))]


def _stacked(group: FormField, rows: list[list[Any]], language: str,
             st: dict[str, ParagraphStyle], width: float, *, blank: bool = False,
             ) -> Flowable:
    """A block per entry: its number over the questions and their answers.

    Short answers (a date, a number, a title) stand two to a line, each beside its
    question; a long text has a line of its own. Each block stays on one page
    when it can; the label and the first block share one. On the blank form a
    long text gets two lines of room, the others one.
    """
    columns = [c for c in group.fields if c.name != ROW_ID]
    head = st["head"]
    widest = max(stringWidth(c.label.get(language), head.fontName, head.fontSize)
                 for c in columns)  # a question on one line where the page allows
    longest_word = max(stringWidth(w, head.fontName, head.fontSize)
                       for c in columns for w in c.label.get(language).split())
    label_width = max(min(widest, width * 0.22), longest_word) + 2 * CELL_PADDING + 2
    value_width = (width - 2 * label_width) / 2
    widths = [label_width, value_width, label_width, value_width]
    texts, title = TEXTS[language], group.label.get(language)
    blocks: list[Flowable] = []
    for number, cells in enumerate(rows, start=1):
        caption = f"{title}: {number}" if blank else \
            texts["row"].format(group=title, n=number, total=len(rows))
        data: list[list[Any]] = [[text_paragraph(caption, st["head"]), "", "", ""]]
        spans: list[int] = [0]  # the rows whose answer spans the three right-hand cells
        heights: list[float | None] = []
        pending: list[Any] = []
        for column, value in zip(columns, cells, strict=True):
            label = text_paragraph(column.label.get(language), st["head"])
            if column.type is FieldType.LONG_TEXT:
                if pending:
                    spans.append(len(data))
                    data.append([*pending, "", ""])
                    heights.append(LINE_GAP if blank else None)
                    pending = []
                spans.append(len(data))
                data.append([label, value, "", ""])
                heights.append(2 * LINE_GAP if blank else None)
            elif pending:
                data.append([*pending, label, value])
                heights.append(LINE_GAP if blank else None)
                pending = []
            else:
                pending = [label, value]
        if pending:
            spans.append(len(data))
            data.append([*pending, "", ""])
            heights.append(LINE_GAP if blank else None)
        table = _table(data, widths, header_rows=1, row_height=heights, stacked=True)
        table.setStyle(TableStyle(
            [("SPAN", (0 if row == 0 else 1, row), (-1, row)) for row in spans]
            + [("BACKGROUND", (2, row), (2, row), LABEL_SHADE)
               for row in range(1, len(data)) if row not in spans]))
        blocks.append(table if number == 1 else KeepTogether([Spacer(1, 2 * mm), table]))
    if not blocks:
        return Spacer(1, 0)
    return _runs_on(_Blocks(blocks), [blocks[0]])


class _Blocks(Flowable):
    """Several flowables standing as one part of a question (a group's blocks), which the
    page layout takes apart again when it splits them."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return aW, 0xffffff  # too tall for any frame: always split into its parts

    def split(self, aW: float, aH: float) -> list[Flowable]:
        return list(self.parts)

    def draw(self) -> None:  # never drawn: always split
        pass


def _table(data: list[list[Any]], widths: float | Sequence[float], *, header_rows: int,
           row_height: float | Sequence[float | None] | None = None,
           stacked: bool = False) -> Table:
    count = max(1, len(data[0]))
    column_widths = [widths / count] * count if isinstance(widths, (int, float)) \
        else list(widths)
    heads: list[float | None] = [None] * header_rows
    if isinstance(row_height, (int, float)) or row_height is None:
        heights = heads + [row_height] * (len(data) - header_rows)
    else:
        heights = heads + list(row_height)
    table = Table(data, colWidths=column_widths, rowHeights=heights,
                  repeatRows=0 if stacked else header_rows, hAlign="LEFT", splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if stacked:  # a block per entry (_stacked): the questions in the first column shaded
        commands += [("BACKGROUND", (0, header_rows), (0, -1), LABEL_SHADE)]
    table.setStyle(TableStyle(commands))
    return table


def _raw_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "\n".join(_raw_text(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_raw_text(v)}" for k, v in value.items() if k != ROW_ID)
    return "" if value is None else str(value)


# -- blank ----------------------------------------------------------------------------------

class WritingLines(Flowable):
    """Ruled lines to write an answer on, as wide as the page allows (or `width`).

    `hint` (the date format) is printed small after the last line.
    """

    def __init__(self, count: int, width: float | None = None, *, indent: float = INDENT,
                 hint: str = "") -> None:
        super().__init__()
        self.count, self.width_wanted, self.indent, self.hint = count, width, indent, hint
        self.line_width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        room = available_width - self.indent
        if self.hint:
            room -= stringWidth(self.hint, FONT, 7) + 2 * mm
        self.line_width = min(room, self.width_wanted or room)
        return available_width, self.count * LINE_GAP

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for number in range(self.count):
            y = (self.count - number - 1) * LINE_GAP + 1
            canvas.line(self.indent, y, self.indent + self.line_width, y)
        if self.hint:
            canvas.setFont(FONT, 7)
            canvas.setFillColor(SOFT)
            canvas.drawString(self.indent + self.line_width + 2 * mm, 1, self.hint)
        canvas.restoreState()


def _blank_question(spec: FormSpec, question: FormField, language: str,
                    st: dict[str, ParagraphStyle], width: float, *,
                    relevance_note: bool = True) -> list[Flowable]:
    """A question to answer by hand; `relevance_note=False` where it is known to apply."""
    texts = TEXTS[language]
    star = " *" if question.required and relevance_note else ""
    label = text_paragraph(question.label.get(language) + star, st["label"])
    label.keepWithNext = 1
    block: list[Flowable] = [label]
    notes = [_relevance_note(spec, question, language) if relevance_note else ""]
    if question.help:
        notes.append(question.help.get(language))
    kind = question.type
    if kind is FieldType.CHOICE and question.store not in DYNAMIC_CHOICE_TARGETS:
        notes.append(texts["one"])
    elif kind is FieldType.MULTI_CHOICE:
        notes.append(texts["many"])
    block += [text_paragraph(note, st["help"]) for note in notes if note]
    if kind is FieldType.YES_NO:
        block.append(_boxes([YES[language], NO[language]], st))
    elif kind is FieldType.RATING and question.min_value is not None \
            and question.max_value is not None:
        block.append(_boxes([str(n) for n in range(question.min_value,
                                                   question.max_value + 1)], st))
    elif kind in (FieldType.CHOICE, FieldType.MULTI_CHOICE) \
            and question.store not in DYNAMIC_CHOICE_TARGETS:
        block.append(_boxes([c.label.get(language) for c in question.choices
                             if not c.disabled], st))
    elif kind is FieldType.GROUP:
        block += [Spacer(1, 1.5 * mm), _blank_group(question, language, st, width)]
    elif kind is FieldType.DATE:
        block.append(WritingLines(1, 45 * mm, hint=texts["date"]))
    else:
        block.append(WritingLines(WRITING_LINES.get(kind, 1)))
    return block


def _blank_group(group: FormField, language: str, st: dict[str, ParagraphStyle],
                 width: float) -> Flowable:
    """Empty rows to write in: a table, or for a wide group a few empty blocks with a
    long text given room for several lines."""
    columns = [c for c in group.fields if c.name != ROW_ID]
    widths = column_widths(columns, language, width, st)
    if widths is None:
        return _stacked(group, [[""] * len(columns)] * BLANK_STACKED_ROWS, language, st,
                        width, blank=True)
    data: list[list[Any]] = [[text_paragraph(c.label.get(language), st["head"])
                              for c in columns]]
    data += [[""] * len(columns) for _ in range(BLANK_GROUP_ROWS)]
    return _table(data, widths, header_rows=1, row_height=LINE_GAP)


def _boxes(labels: Sequence[str], st: dict[str, ParagraphStyle]) -> Flowable:
    """A check box per choice: on one line when they are few and short, else one a line."""
    if sum(len(label) + 4 for label in labels) <= 80:
        gap = "&nbsp;" * 6
        return Paragraph(gap.join(f"{BOX}&nbsp;{markup(label)}" for label in labels),
                         ParagraphStyle("boxes", parent=st["answer"], spaceBefore=2))
    return KeepTogether([text_paragraph(label, st["item"], bulletText=BOX)
                         for label in labels])


def _relevance_note(spec: FormSpec, question: FormField, language: str) -> str:
    rule = question.relevant
    if rule is None:
        return ""
    target = spec.field(rule.field)
    asked = target.label.get(language) if target else rule.field
    if rule.equals is None:
        return TEXTS[language]["only_if_any"].format(question=asked)
    answer = answer_text(target, rule.equals, language) if target else str(rule.equals)
    return TEXTS[language]["only_if"].format(question=asked, answer=answer)
