"""The home screen's links: a label whose text opens another area, or plain text until it exists.

Every figure and event on the home screen leads somewhere (the calendar on a
day, the supervision list filtered to a rule, the participant list, the
employer log). A target is written as an `href` ("calendar:2026-12-02",
"supervision:first_meeting", "overview:plan:access") so that one handler turns any of them into
`open_area(key, filters)`; an area that has not landed (the window's `links`)
gets plain text, never a dead link.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout, QWidget

CALENDAR, SUPERVISION, PARTICIPANTS, EMPLOYERS, OVERVIEW, PRIVACY = (
    "calendar", "supervision", "participants", "employers", "overview", "privacy")


def calendar_href(day: date) -> str:
    return f"{CALENDAR}:{day.isoformat()}"


def rule_href(rule_value: str) -> str:
    return f"{SUPERVISION}:{rule_value}"


def plan_href(item: str) -> str:
    """The Team overview's implementation plan, at one agreement (a passed deadline)."""
    return f"{OVERVIEW}:plan:{item}"


def privacy_href(tab: str) -> str:
    """The Data protection area at one tab (the people due for erasure)."""
    return f"{PRIVACY}:{tab}"


# The figures' own links, named by what they count.
CASELOAD_HREF, FOLLOW_UPS_HREF = "#participant", "#follow_up_due"


def target(href: str, *, mine: bool) -> tuple[str, dict[str, object]]:
    """The area and filters an href opens (`mine`: my caseload rather than everyone's)."""
    if href == CASELOAD_HREF:  # the open courses the caseload figure counts
        return PARTICIPANTS, {"consultant": "mine" if mine else "all", "include_ended": False}
    area, _, value = href.partition(":")
    if area == CALENDAR:
        return area, {"date": date.fromisoformat(value)}
    if area == SUPERVISION:
        return area, {"rule": value}
    if area == OVERVIEW:
        tab, _, item = value.partition(":")
        return area, {"tab": tab, "item": item}
    if area == PRIVACY:
        return area, {"tab": value}
    return EMPLOYERS, {"follow_ups": "due"}  # my follow-ups due today or earlier


def link_label(parent: QWidget | None = None) -> QLabel:
    """A label whose links Tab reaches and Enter follows (set its text with `set_link`)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    return label


def set_link(label: QLabel, text: str, href: str | None) -> None:
    """The text as a link to `href`, or as plain text (None: its area is not there yet)."""
    escaped = html.escape(text)
    label.setText(f'<a href="{html.escape(href)}">{escaped}</a>' if href else escaped)


def clear(layout: QLayout) -> None:
    """Remove and delete what a layout holds (the lists are rebuilt on each reading)."""
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            clear(inner)
