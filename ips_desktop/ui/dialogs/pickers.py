"""Type-ahead fields that choose a record: an employer from the register, an open course.

Each is a line edit with a completer filled from a service at every
keystroke (employers.find_employers, employer_contacts.participant_choices):
folded like every search ("ostergaard" finds "Østergård"), in Danish order.
The chosen record's id is `chosen`; typing again forgets it until a hit is
taken (Down and Enter, or a click), so a half-typed name never passes for a choice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ips_desktop.services import employer_contacts, employers
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.texts import phase_text

ID_ROLE = Qt.ItemDataRole.UserRole


class _Picker(QLineEdit):
    """A line edit whose completer lists `search(text)` as (id, label) pairs."""

    chosen_changed = Signal(object)  # the id, or None when the typed text is no choice

    def __init__(self, search: Callable[[str], Sequence[tuple[uuid.UUID, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._labels: dict[str, uuid.UUID] = {}
        self.chosen: uuid.UUID | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The service has matched already (folded, any word): show every hit it gave.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[QModelIndex].connect(self._taken)  # type: ignore[index]
        self.setCompleter(completer)
        self.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        self._set_chosen(None)
        self._labels = {}
        for record_id, label in (self._search(text) if text.strip() else []):
            shown, n = label, 1
            while shown in self._labels:  # two people of one name, consultant and phase
                n += 1
                shown = f"{label} ({n})"
            self._labels[shown] = record_id
        hits = list(self._labels)
        self._model.setStringList(hits)
        if hits:
            self.completer().complete()

    def _taken(self, index: QModelIndex) -> None:
        label = str(index.data())
        self.setText(self.display(label))
        self._set_chosen(self._labels.get(label))

    def display(self, label: str) -> str:
        """What stays in the field once a hit is taken (the label without its extras)."""
        return label

    def set_choice(self, record_id: uuid.UUID | None, text: str) -> None:
        self.setText(text)
        self._set_chosen(record_id)

    def _set_chosen(self, record_id: uuid.UUID | None) -> None:
        if record_id != self.chosen:
            self.chosen = record_id
            self.chosen_changed.emit(record_id)


class EmployerPicker(_Picker):
    """An employer from the register by its name's word starts (or its CVR number)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(lambda text: [
            (hit.id, f"{hit.name} · {hit.address}" if hit.address else hit.name)
            for hit in employers.find_employers(ws.ctx, text, limit=15)], parent)

    def display(self, label: str) -> str:
        return label.split(" · ")[0]


class ParticipantPicker(_Picker):
    """An open course by the participant's name, with the consultant and phase beside it."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(lambda text: [
            (hit.course_id, f"{hit.name} · {hit.consultant_initials or '–'} · "
                            f"{phase_text(hit.phase)}")
            for hit in employer_contacts.participant_choices(ws.ctx, text, limit=15)], parent)

    def display(self, label: str) -> str:
        return label.split(" · ")[0]
