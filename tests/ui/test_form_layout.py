"""Every page of the referral form fits a laptop: no horizontal scroll bar, the whole title
and every label readable, at 1366×768 and at 1280×720 with 125 % scaling (1024×576 logical
pixels), in Danish, English and bokmål; the participant page's referral tab likewise."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.participants.referral_dialog import ReferralDialog
from ips_desktop.ui.widgets.form_editor import SectionPage
from tests.ui.test_referral_tab_edit import open_tab
from tests.ui.window_support import enrol

LANGUAGES = ["da", "en", "nb"]
# The dialog as it opens (820×600), on the whole 1366×768 screen, on a 1280×720 screen at
# 125 % (1024×576 logical, less a taskbar: what FormWizard._fit_screen gives) and smaller.
DIALOG_SIZES = [(820, 600), (1366, 768), (984, 516), (700, 480)]
# The participant page beside the window's sidebar, on the two laptop screens.
PAGE_SIZES = [(1366 - 200, 768 - 80), (1024 - 200, 576 - 60)]


@pytest.fixture(params=LANGUAGES)
def language(request, preferences):
    preferences.language = request.param
    apply_language(request.param)
    return request.param


def assert_fits(area: QScrollArea, page: SectionPage) -> None:
    """No horizontal scrolling, the title on one line in full, every shown label inside."""
    QApplication.processEvents()
    bar = area.horizontalScrollBar()
    assert bar.maximum() == 0 and bar.value() == 0, page.section.name
    viewport = area.viewport()
    title = page.title
    assert title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width()
    labels: list[QWidget] = [label for label in page.findChildren(QLabel)
                             if label.isVisibleTo(page) and label.text()]
    assert title in labels
    for label in labels:
        left = label.mapTo(viewport, label.rect().topLeft()).x()
        right = label.mapTo(viewport, label.rect().topRight()).x()
        assert left >= 0 and right < viewport.width(), (page.section.name, label.text())


@pytest.mark.parametrize("size", DIALOG_SIZES)
def test_every_page_of_the_referral_dialog_fits(qtbot, ws, preferences, language, size):
    dialog = ReferralDialog(ws, preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(*size)
    for row in range(dialog.steps.count()):
        dialog.next.click() if row else dialog.steps.setCurrentRow(0)
        assert dialog.steps.currentRow() == row
        area = dialog.pages.currentWidget()
        assert isinstance(area, QScrollArea)
        assert_fits(area, dialog.editor.pages[row])


def test_the_about_work_page_wraps_its_long_label_and_intro(qtbot, ws, preferences):
    dialog = ReferralDialog(ws, preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(820, 600)
    dialog.steps.setCurrentRow(2)
    QApplication.processEvents()
    page = dialog.editor.pages[2]
    assert page.title.text() == "Om arbejde"
    long_label = dialog.editor.rows["other_information"].label
    assert long_label.text().startswith("Andre oplysninger, der kan hjælpe personen")
    assert long_label.width() < 580  # it wraps; it no longer sets a 580 px label column
    assert page.intro is not None and page.intro.height() > page.intro.fontMetrics().height()


@pytest.mark.parametrize("size", PAGE_SIZES)
def test_the_referral_tab_fits_the_participant_page(qtbot, ws, preferences, language, size):
    course = enrol(ws)
    page, tab = open_tab(qtbot, ws, preferences, course)
    page.resize(*size)
    QApplication.processEvents()
    for section in tab.editor.pages:
        tab.area.ensureWidgetVisible(section.title)
        tab.area.horizontalScrollBar().setValue(0)
        assert_fits(tab.area, section)
