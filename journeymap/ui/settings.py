"""Every user setting, declared once: key, type, default and a translatable title.

After Picard's options.py: code reads ``settings.get("ui/theme")``; the preferences dialog
lists the options by their titles. Tests call ``isolate(folder)`` so they run on the
defaults and never read or write the developer's own settings.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from journeymap.core.names import QT_TRANSLATE_NOOP  # typed (PySide6 says object); lupdate reads the name

@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: object
    title: str                      # source text; shown through title()
    choices: tuple = ()             # allowed values for str options (empty = free)

    def title_text(self) -> str:
        return QCoreApplication.translate("Settings", self.title)


OPTIONS: dict[str, Option] = {o.key: o for o in (
    Option("ui/theme", str, "light", QT_TRANSLATE_NOOP("Settings", "Colour scheme"), ("light", "dark")),
    Option("ui/language", str, "en", QT_TRANSLATE_NOOP("Settings", "Language"), ("en", "zh_CN", "zh_TW")),
    # Off by default: the overview takes height from the project tree; View > Overview shows it.
    Option("view/minimap", bool, False, QT_TRANSLATE_NOOP("Settings", "Show the minimap")),
    Option("view/history", bool, False, QT_TRANSLATE_NOOP("Settings", "Show the undo history")),
    Option("files/autosave_minutes", int, 2, QT_TRANSLATE_NOOP("Settings", "Autosave every (minutes, 0 = off)")),
    Option("files/recent", list, [], QT_TRANSLATE_NOOP("Settings", "Recent files")),
    Option("files/recent_max", int, 10, QT_TRANSLATE_NOOP("Settings", "Number of recent files")),
    Option("files/last_folder", str, "", QT_TRANSLATE_NOOP("Settings", "Last folder used")),
    Option("window/geometry", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Window position")),
    Option("window/state", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Dock layout")),
)}

_file: str | None = None


def isolate(folder) -> None:
    """Keep settings in an INI file under ``folder`` (tests); None goes back to the user's."""
    global _file
    _file = str(Path(folder) / "journeymap-settings.ini") if folder is not None else None


def store() -> QSettings:
    if _file is not None:
        return QSettings(_file, QSettings.Format.IniFormat)
    return QSettings()


def get(key: str):
    option = OPTIONS[key]
    value = store().value(key, option.default)
    return _coerce(option, value)


def set(key: str, value) -> None:  # noqa: A001 - the natural name beside get()
    option = OPTIONS[key]
    store().setValue(key, _coerce(option, value))


def reset(key: str) -> None:
    store().remove(key)


def _coerce(option: Option, value):
    """QSettings hands back strings from INI files: turn them into the declared type."""
    if value is None:
        return option.default
    try:
        if option.type is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
        if option.type is list:
            return [value] if isinstance(value, str) else list(value or [])
        if option.type is bytes:
            return bytes(value.data() if hasattr(value, "data") else value or b"")
        value = option.type(value)
    except (TypeError, ValueError):
        return option.default
    if option.choices and value not in option.choices:
        return option.default
    return value
