"""File › Restore from backup…: pick a backup by its date, size and counts, and restore it.

The counts are read by opening each backup read-only with the key, off the
GUI thread. Restoring makes the same checks as `ips-desktop restore` (the
password, then the file: key, integrity, page HMACs, schema), first while the
database is still open, so a wrong file or password costs nothing. Then the
window's database must be closed for the swap: the restore runs, says where
the previous database was kept, and the app closes, to be started again on
the restored data. Re-opening every area on new data inside a running window
would be more code for no gain in safety.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.crash_log import log_exception
from ips_desktop.domain.messages import error_message
from ips_desktop.domain.typed_dates import format_date
from ips_desktop.services import backups, maintenance
from ips_desktop.services.workspace import StorageError, Workspace, WrongPassword
from ips_desktop.ui.widgets.background import run_in_background

COUNTED = ("participant", "course", "note", "employer_contact")


class RestoreDialog(QDialog):
    """Lists the backups; `restored(kept folder)` is emitted after a restore went through."""

    restored = Signal(Path)

    def __init__(self, ws: Workspace, close_workspace: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.close_workspace = close_workspace
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(720, 420)
        folder = backups.backup_folder(ws)
        self.folder_label = QLabel(self.tr("Backups in %1").replace("%1", str(folder)))
        self.folder_label.setWordWrap(True)
        self.table = QTableWidget(0, 3 + len(COUNTED))
        self.table.setHorizontalHeaderLabels([
            self.tr("Made"), self.tr("Size"), self.tr("Participants"), self.tr("Courses"),
            self.tr("Notes"), self.tr("Employer contacts"), self.tr("All rows")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.other = QPushButton(self.tr("&Other file…"))
        self.other.clicked.connect(self._choose_file)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("App password"))
        self.password.textChanged.connect(self._update_buttons)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.note = QLabel(self.tr(
            "The current database is kept in the data directory's kept folder. After the "
            "restore IPS Desktop closes; start it again to work on the restored data."))
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.other, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        password_label = QLabel(self.tr("Your app &password:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.paths: list[Path] = []
        self._update_buttons()
        # A network folder may answer slowly: the list is read off the GUI thread too.
        run_in_background(lambda: backups.list_backups(ws, folder), self._show_list, self)

    def _show_list(self, found: list[backups.BackupFile]) -> None:
        for backup in found:
            self._add_row(backup.path, self.made_text(backup.made_at), backup.size)
        self._load_counts([b.path for b in found])

    def made_text(self, made_at: datetime) -> str:
        """When a backup was made, as the app shows dates: "tirs. 03.02.2026 kl. 09:00".

        The weekday (in the user's language) helps to pick "Friday's"; the date is
        dd.mm.åååå in every language, as everywhere in the app (DESIGN.md).
        """
        weekday = QLocale().dayName(made_at.isoweekday(), QLocale.FormatType.ShortFormat)
        return (self.tr("%1 %2 at %3", "weekday, date, time of a backup")
                .replace("%1", weekday).replace("%2", format_date(made_at.date()))
                .replace("%3", made_at.strftime("%H:%M")))

    # -- the list ------------------------------------------------------------------------

    def _add_row(self, path: Path, made: str, size: int, *, first: bool = False) -> None:
        row = 0 if first else self.table.rowCount()
        self.table.insertRow(row)
        self.paths.insert(row, path)
        cells = [made, _size(size)] + ["…"] * (len(COUNTED) + 1)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        if first or self.table.currentRow() < 0:
            self.table.selectRow(row)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None, "every cell is made with its row"
        return item

    def _load_counts(self, paths: list[Path]) -> None:
        ws = self.ws

        def work() -> dict[Path, dict[str, int] | None]:
            counts: dict[Path, dict[str, int] | None] = {}
            for path in paths:
                try:
                    counts[path] = backups.read_counts(ws, path)
                except (StorageError, OSError):
                    counts[path] = None  # another database's, or damaged: shown as such
            return counts

        run_in_background(work, self._show_counts, self)

    def _show_counts(self, counts: dict[Path, dict[str, int] | None]) -> None:
        for path, found in counts.items():
            if path not in self.paths:
                continue
            row = self.paths.index(path)
            locale = QLocale()
            values = ([locale.toString(found.get(t, 0)) for t in COUNTED]
                      + [locale.toString(sum(found.values()))]
                      if found else [self.tr("unreadable")] + [""] * len(COUNTED))
            for offset, text in enumerate(values):
                self._cell(row, 2 + offset).setText(text)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup file"), str(backups.backup_folder(self.ws)),
            self.tr("Backups (*.db);;All files (*)"))
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        """A backup from elsewhere (a USB stick, a kept folder's ips.db)."""
        try:
            size = path.stat().st_size
        except OSError:
            return
        self._add_row(path, path.name, size, first=True)
        self._load_counts([path])

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(
            self.table.currentRow() >= 0 and bool(self.password.text()))

    # -- restoring -----------------------------------------------------------------------

    def selected(self) -> Path | None:
        row = self.table.currentRow()
        return self.paths[row] if 0 <= row < len(self.paths) else None

    def _show_busy(self, text: str) -> None:
        self.busy = QProgressDialog(text, "", 0, 0, self)
        self.busy.setCancelButton(None)  # type: ignore[arg-type]
        self.busy.setWindowModality(Qt.WindowModality.WindowModal)
        self.busy.setMinimumDuration(0)
        self.busy.show()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _restore(self) -> None:
        """Check first (read-only, off the GUI thread: every page is read), then ask."""
        path, password = self.selected(), self.password.text()
        if path is None or not password:
            return
        self.buttons.setEnabled(False)
        self.error.hide()
        self._show_busy(self.tr("Checking the backup…"))
        ws = self.ws

        def work() -> StorageError | None:
            try:
                maintenance.check_restorable(ws, path, password)
            except StorageError as exc:
                return exc
            return None

        run_in_background(work, lambda problem: self._checked(path, password, problem), self)

    def _checked(self, path: Path, password: str, problem: StorageError | None) -> None:
        self.busy.close()
        self.buttons.setEnabled(True)
        if isinstance(problem, WrongPassword):
            self.password.selectAll()
            self.password.setFocus()
        if problem is not None:
            self._fail(error_message(problem))
            return
        made = self._cell(self.paths.index(path), 0).text()
        asked = QMessageBox.question(
            self, self.tr("Restore from backup"),
            self.tr("Replace the database with the backup from %1? The current database is "
                    "kept, and IPS Desktop closes after the restore.").replace("%1", made))
        if asked != QMessageBox.StandardButton.Yes:
            return
        root = self.ws.data_dir
        self.close_workspace()
        # Seconds to minutes on a large database (every page is checked): off the GUI thread.
        self._show_busy(self.tr("Restoring the backup…"))
        self.buttons.setEnabled(False)

        def work() -> Path | Exception:
            try:
                return maintenance.restore(root, path, password)
            except Exception as exc:  # shown below; the database is unchanged
                log_exception(type(exc), exc.__traceback__)
                return exc

        run_in_background(work, self._finished, self)

    def _finished(self, result: Path | Exception) -> None:
        self.busy.close()
        title = self.tr("Restore from backup")
        if isinstance(result, Exception):
            QMessageBox.critical(self, title, error_message(result) + "\n\n"
                                 + self.tr("IPS Desktop closes now; start it again."))
            self.restored.emit(Path())
        else:
            QMessageBox.information(self, title, self.tr(
                "The database was restored. The previous database is kept in %1.\n\n"
                "IPS Desktop closes now; start it again to unlock the restored data.").replace(
                    "%1", str(result)))
            self.restored.emit(result)
        self.accept()


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)
