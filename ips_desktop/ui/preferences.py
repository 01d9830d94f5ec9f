"""The user's preferences, kept in the data directory beside the database.

An ini file there (not the platform's registry or ~/.config) keeps a demo
database's preferences apart from the real one's, and keeps tests away from
the user's own settings. It holds no personal data.

IT's policy file (services.policy) wins here: its forms folder is the forms
folder, its longest auto-lock caps the user's, and its default language is
the language until the user picks one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTime

from ips_desktop.domain.policy import AUTO_LOCK_DEFAULT, AUTO_LOCK_MAX, AUTO_LOCK_MIN
from ips_desktop.services import policy
from ips_desktop.ui.i18n import LANGUAGES


def auto_lock_longest() -> int:
    """The longest idle time before the lock: IT's cap, or the app's own maximum."""
    cap = policy.current().value("max_auto_lock_minutes")
    return min(cap, AUTO_LOCK_MAX) if isinstance(cap, int) else AUTO_LOCK_MAX


def set_by_policy(name: str) -> bool:
    """The policy sets this key: its setting is shown locked."""
    return policy.current().is_set(name)


@dataclass
class WorkingHours:
    start: QTime
    end: QTime


class Preferences:
    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir = data_dir
        self._s = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        """The user's choice, else IT's default language, else Danish."""
        default = policy.default_language()
        value = str(self._s.value("language", default))
        return value if value in LANGUAGES else default

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("language", value)

    @property
    def auto_lock_minutes(self) -> int:
        try:
            value = int(str(self._s.value("auto_lock_minutes", AUTO_LOCK_DEFAULT)))
        except (TypeError, ValueError):
            value = AUTO_LOCK_DEFAULT
        return min(max(value, AUTO_LOCK_MIN), auto_lock_longest())

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self._s.setValue("auto_lock_minutes", min(max(value, AUTO_LOCK_MIN), auto_lock_longest()))

    @property
    def psychiatry_unit(self) -> str:
        return str(self._s.value("psychiatry_unit", ""))

    @psychiatry_unit.setter
    def psychiatry_unit(self, value: str) -> None:
        self._s.setValue("psychiatry_unit", value.strip())

    @property
    def forms_dir(self) -> Path | None:
        """A folder with the municipality's own form files, besides <data dir>/forms.

        IT's `forms_folder` when the policy sets one (a network share, say).
        """
        fixed = policy.folder("forms_folder")
        if fixed is not None:
            return fixed
        value = str(self._s.value("forms_dir", "")).strip()
        return Path(value) if value else None

    @forms_dir.setter
    def forms_dir(self, value: Path | None) -> None:
        self._s.setValue("forms_dir", str(value) if value else "")

    @property
    def auto_backup(self) -> bool:
        """A verified backup every day into the backup folder (on unless turned off)."""
        return str(self._s.value("auto_backup", "true")).lower() not in ("false", "0")

    @auto_backup.setter
    def auto_backup(self, value: bool) -> None:
        self._s.setValue("auto_backup", "true" if value else "false")

    @property
    def working_hours(self) -> WorkingHours:
        start = QTime.fromString(str(self._s.value("work_start", "08:00")), "HH:mm")
        end = QTime.fromString(str(self._s.value("work_end", "16:00")), "HH:mm")
        if not start.isValid() or not end.isValid() or end <= start:
            start, end = QTime(8, 0), QTime(16, 0)
        return WorkingHours(start, end)

    @working_hours.setter
    def working_hours(self, hours: WorkingHours) -> None:
        self._s.setValue("work_start", hours.start.toString("HH:mm"))
        self._s.setValue("work_end", hours.end.toString("HH:mm"))

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None, str]:
        geometry = self._s.value("window/geometry")
        state = self._s.value("window/state")
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None,
                str(self._s.value("window/area", "")))

    def save_window_state(self, geometry: QByteArray, state: QByteArray, area: str) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)
        self._s.setValue("window/area", area)

    def sync(self) -> None:
        self._s.sync()
