"""The caseload list as printed: what the Participants area shows, turned into a ListPrintout.

Kept apart from the area so that the list's screen code and its paper form
change separately; everything is read from the widgets as they stand, so
the printout is the list the consultant sees: its columns in screen order,
its rows in screen order, every cell as the list writes it, every due item,
and the filter, search and sort in words.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from ips_desktop.domain.rule_texts import rule_remedy, rule_short
from ips_desktop.domain.rules import RuleId
from ips_desktop.ui.participants.caseload_model import Column

if TYPE_CHECKING:  # ReportLab loads when something is printed
    from ips_desktop.reports.list_pdf import Line, ListPrintout
    from ips_desktop.ui.participants.area import ParticipantsArea

# The printed filter line never carries a CPR (or phone) number typed into the search.
_NUMBER = re.compile(r"\d[\d -]{4,}\d")
RIGHT_ALIGNED = (Column.DAYS_IN_IPS, Column.LAST_CONTACT)
GROWING = (Column.NAME,)  # on paper, as on screen, the name takes the room the others leave


def list_printout(area: ParticipantsArea, *, chosen: tuple[str, ...]) -> ListPrintout:
    """`chosen`: the whose filter's own choices (mine, all), which need no "Participants of"."""
    from ips_desktop.reports.list_pdf import ListPrintout, PrintedColumn

    header = area.table.horizontalHeader()
    columns = [Column(header.logicalIndex(visual)) for visual in range(header.count())
               if not header.isSectionHidden(header.logicalIndex(visual))]
    model = area.model
    rows = []
    overdue_rules: set[RuleId] = set()
    for n in range(model.rowCount()):
        row = model.row_at(n)
        overdue_rules.update(item.rule for item in row.overdue)
        cells: list[tuple[Line, ...]] = []
        for column in columns:
            if column == Column.NEXT_DUE:
                cells.append(tuple((model.due_text(item), item.overdue)
                                   for item in row.due) or (("", False),))
            else:
                cells.append(((model.display_text(n, column), False),))
        rows.append(tuple(cells))
    kind = QCoreApplication.translate("ListPrintout", "Participant list")
    title = f"{_whose_title(area, chosen)} — {date.today().strftime('%d.%m.%Y')}"
    return ListPrintout(
        document_title=kind, title=title, subtitle=" · ".join(_filter_words(area)),
        page_header=f"{kind} · {title}",
        columns=tuple(PrintedColumn(str(model.headerData(c, Qt.Orientation.Horizontal)),
                                    align_right=c in RIGHT_ALIGNED,
                                    grows=c in GROWING) for c in columns),
        rows=tuple(rows), printed_at=datetime.now(), is_demo=area.ws.ctx.is_demo,
        empty_note=QCoreApplication.translate("ListPrintout", "No participants match this filter."),
        notes_heading=QCoreApplication.translate("ListPrintout", "What clears an overdue item"),
        notes=tuple(f"{rule_short(rule)}: {rule_remedy(rule)}"
                    for rule in RuleId if rule in overdue_rules))


def _whose_title(area: ParticipantsArea, chosen: tuple[str, ...]) -> str:
    if area.whose.currentData() in (*chosen, None):
        return area.whose.currentText()
    return QCoreApplication.translate("ListPrintout", "Participants of %1").replace(
        "%1", area.whose.currentText())


def _filter_words(area: ParticipantsArea) -> list[str]:
    """The rest of what is set, in words: phase, overdue, ended, search, sort, count."""
    words = []
    if area.phase.currentData() is not None:
        words.append(QCoreApplication.translate("ListPrintout", "Phase: %1").replace(
            "%1", area.phase.currentText()))
    if area.only_overdue.isChecked():
        words.append(QCoreApplication.translate("ListPrintout", "only overdue"))
    if area.show_ended.isChecked():
        words.append(QCoreApplication.translate("ListPrintout", "ended courses included"))
    typed = " ".join(area.search.text().split())
    if typed:
        words.append(QCoreApplication.translate("ListPrintout", "search: “%1”").replace(
            "%1", _NUMBER.sub("…", typed)))
    column, order = area.model.sorting()
    sorted_by = str(area.model.headerData(column, Qt.Orientation.Horizontal))
    sort_words = (QCoreApplication.translate("ListPrintout", "sorted by %1, ascending")
                  if order == Qt.SortOrder.AscendingOrder
                  else QCoreApplication.translate("ListPrintout", "sorted by %1, descending"))
    words.append(sort_words.replace("%1", sorted_by))
    words.append(QCoreApplication.translate("ListPrintout", "%1 of %2 participants")
                 .replace("%1", str(area.model.rowCount())).replace("%2", str(area.model.total())))
    return words
