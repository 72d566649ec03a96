"""Translations and locale formatting for the Qt-free layers (charts, exports, analysis messages, CLI).

The UI translates through Qt (``tr()``, Qt Linguist ``.ts`` -> ``.qm``). Everything that runs without Qt
translates here, through gettext catalogues read with Babel: ``resources/locale/<lang>/LC_MESSAGES/
journeymap.po`` is the source a translator edits, read directly (no compiled ``.mo`` to keep in step).
The language is chosen by ``--lang`` on the command line and by the app's language setting, and a message
with no translation falls back to its English source, never to an empty string.

Numbers, percentages and dates are formatted by Babel with the language's locale, so a deck in 繁體 says
``12.5%`` and ``2026年11月`` the way a reader in Taipei expects.
"""
from __future__ import annotations

import datetime as _dt
import functools
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from babel import Locale

# Babel is imported where it is used: the analysis marks its messages with this module, and a
# headless command that never formats a date should not pay for loading locale data.

from journeymap import resource_path

LANGUAGES = ("en", "zh_CN", "zh_TW")
DOMAIN = "journeymap"
LOCALE_DIR = resource_path("locale")

# Font families a deck or chart names, in order: the executive's PC (Windows, macOS) first, then the
# open fonts this machine renders with. A family missing on the reader's machine falls through.
FONTS = {
    "en": ("Calibri", "Arial", "DejaVu Sans", "Noto Sans"),
    "zh_CN": ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "DejaVu Sans"),
    "zh_TW": ("Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC", "Noto Sans TC", "DejaVu Sans"),
}

_language = "en"


class UnknownLanguage(ValueError):
    pass


def normalize(lang: str | None) -> str:
    """``zh-CN``, ``zh_cn``, ``zh_Hans`` -> ``zh_CN``; None or "" -> "en"; others refused."""
    if not lang:
        return "en"
    key = lang.replace("-", "_").lower()
    aliases = {"en": "en", "en_us": "en", "en_gb": "en", "zh_cn": "zh_CN", "zh_hans": "zh_CN",
               "zh_sg": "zh_CN", "zh": "zh_CN", "zh_tw": "zh_TW", "zh_hant": "zh_TW", "zh_hk": "zh_TW",
               "zh_mo": "zh_TW"}
    if key not in aliases:
        raise UnknownLanguage(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    return aliases[key]


def set_language(lang: str | None) -> str:
    """Make ``lang`` the language of every later message; returns the normalised name."""
    global _language
    _language = normalize(lang)
    return _language


def language() -> str:
    return _language


@functools.cache
def catalogue(lang: str) -> dict[str, str]:
    """msgid -> msgstr of ``lang``'s catalogue (untranslated and fuzzy entries left out)."""
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if lang == "en":
        return {}
    if not path.exists():   # a broken install: say so, never fall back to English silently
        raise FileNotFoundError(f"the {lang} catalogue is missing: {path}")
    from babel.messages.pofile import read_po
    with path.open("rb") as handle:
        po = read_po(handle, locale=lang)
    return {m.id: m.string for m in po
            if m.id and isinstance(m.id, str) and m.string and isinstance(m.string, str) and not m.fuzzy}


def gettext(message: str, *, lang: str | None = None) -> str:
    """``message`` in ``lang`` (default: the current language), or the English source."""
    return catalogue(normalize(lang) if lang else _language).get(message, message)


_ = gettext


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue where it is defined; it is translated where it is shown."""
    return message


def fonts(lang: str | None = None) -> tuple[str, ...]:
    return FONTS[normalize(lang) if lang else _language]


def _locale(lang: str | None) -> Locale:
    from babel import Locale
    return Locale.parse(normalize(lang) if lang else _language)


def format_number(value: float, *, digits: int = 1, lang: str | None = None) -> str:
    from babel import numbers
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return numbers.format_decimal(value, format=pattern, locale=_locale(lang))


def format_percent(share: float, *, digits: int = 0, lang: str | None = None) -> str:
    """``share`` is a fraction: 0.125 -> ``12.5%`` with digits=1."""
    from babel import numbers
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "") + "%"
    return numbers.format_percent(share, format=pattern, locale=_locale(lang))


def format_date(value: _dt.date | str, *, lang: str | None = None) -> str:
    """A date as the language writes it (``Nov 29, 2026`` / ``2026年11月29日``)."""
    from babel import dates
    if isinstance(value, str):
        value = _dt.date.fromisoformat(value[:10])
    return dates.format_date(value, format="medium", locale=_locale(lang))


def format_period(period: str, *, lang: str | None = None) -> str:
    """``2026-11`` -> ``Nov 2026`` / ``2026年11月``; quarters and other labels are kept."""
    if len(period) == 7 and period[4] == "-" and period[5:].isdigit():
        from babel import dates
        day = _dt.date(int(period[:4]), int(period[5:]), 1)
        return dates.format_skeleton("yMMM", day, locale=_locale(lang))
    return period


# -- joining sentences and clauses in the script's punctuation ------------------------------------
# Sentences built from parts must not carry English ": ", "; " or a missing "。" into Chinese text.
_PUNCT = {"en": {"clause": "; ", "list": ", ", "colon": ": ", "stop": "."},
          "zh": {"clause": "\uff1b", "list": "\u3001", "colon": "\uff1a", "stop": "\u3002"}}
_ENDS = ".!?\u3002\uff01\uff1f"


def _marks(lang: str | None) -> dict[str, str]:
    return _PUNCT["en" if (normalize(lang) if lang else _language) == "en" else "zh"]


def clauses(parts: Iterable[str], *, lang: str | None = None) -> str:
    """``a; b`` / ``a；b``: clauses of one sentence."""
    return _marks(lang)["clause"].join(p for p in parts if p)


def listing(parts: Iterable[str], *, lang: str | None = None) -> str:
    """``a, b`` / ``a、b``: items of a list in a sentence."""
    return _marks(lang)["list"].join(p for p in parts if p)


def labelled(label: str, text: str, *, lang: str | None = None) -> str:
    """``label: text`` / ``label：text``."""
    return f"{label}{_marks(lang)['colon']}{text}"


def sentence(text: str, *, lang: str | None = None) -> str:
    """``text`` ending with its full stop (``.`` / ``。``); a Chinese sentence's ``.`` becomes ``。``."""
    text = text.rstrip()
    stop = _marks(lang)["stop"]
    if stop != "." and text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    return text if not text or text[-1] in _ENDS else text + stop


def sentences(parts: Iterable[str], *, lang: str | None = None) -> str:
    """Whole sentences one after another, each with its full stop (Chinese: no space between)."""
    done = [sentence(p, lang=lang) for p in parts if p and p.strip()]
    return ("" if _marks(lang)["stop"] != "." else " ").join(done)
