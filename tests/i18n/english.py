"""Finds English a Chinese reader would see: every text, tip, title and placeholder of a widget tree,
its actions and menus, and the header data of its item models."""
from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit,
                               QMenu, QPlainTextEdit, QTabWidget, QTextEdit, QWidget)

# Proper names, units, acronyms, keys and file types a Chinese UI keeps in Latin letters.
ALLOWED = {
    "journeymap", "qt", "python", "powerpoint", "excel", "chromium", "chrome", "debian", "ubuntu", "apt", "get",
    "install", "shapley", "lmg", "pearson", "wald", "welch", "rice", "nps", "csat", "ces", "fcr", "csv", "xlsx",
    "tsv", "txt", "png", "svg", "pdf", "jpeg", "jpg", "html", "pptx", "potx", "jmap", "crm", "ivr", "se", "ci",
    "a0", "f2", "f5", "f11", "esc", "tab", "enter", "ctrl", "alt", "shift", "utf", "gbk", "gb18030", "big5",
    "ascii", "latin", "cp936", "cp950", "iso", "windows", "mac", "os", "id", "n", "r", "q1", "q2", "q3", "q4",
    "ok", "app", "johnson", "lmg", "yyyy", "mm", "dd", "sms", "ai", "kpi", "it", "ui", "vs", "wls", "fdr", "km", "hk", "kb", "mb", "gb", "px",
    "dpi", "s", "x", "min", "max", "pt", "lmg", "bom", "sd", "iqr", "ms",
    # the sample's channel codes: codes, not words (samples/chinese_text.py keeps them)
    "web", "phone", "email", "chat", "branch", "mail", "agent", "broker", "bot", "letter", "post", "store",
}
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")   # single letters are variables (w, i, n) or units


def english_words(text: str) -> list[str]:
    """Latin-letter words in ``text`` that are not allowed names, units or acronyms."""
    text = re.sub(r"<style.*?</style>|<[^>]+>", " ", text or "", flags=re.S)
    text = html.unescape(text).replace("&", "")
    text = re.sub(r"Qt for Python|Martilla & James|\bEnglish\b", " ", text)   # proper names
    text = re.sub(r"https?://\S+|\S+\.(?:csv|xlsx|jmap|png|pdf|pptx)\b|\b\w+_\w+\b", " ", text)
    return [w for w in WORD.findall(text) if w.lower() not in ALLOWED and not w.isupper()]


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything ``root`` and its children show or tell."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        where = f"{type(w).__name__}({w.objectName()})"
        for what in (w.toolTip(), w.windowTitle() if w.isWindow() else "", w.statusTip(), w.whatsThis()):
            found.append((where, what))
        for kind in (QLabel, QAbstractButton):
            if isinstance(w, kind):
                found.append((where, w.text()))
        if isinstance(w, QLineEdit):
            found.append((where, w.placeholderText()))
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            found.append((where, w.placeholderText()))
            if w.isReadOnly():      # a report the app writes (a QTextBrowser): every word of it
                found.append((where, w.toPlainText()))
        if isinstance(w, QGroupBox):
            found.append((where, w.title()))
        if isinstance(w, QComboBox):
            found.extend((where, w.itemText(i)) for i in range(w.count()) if w.itemData(i) is not None
                         or not w.isEditable())
        if isinstance(w, QTabWidget):
            found.extend((where, w.tabText(i)) for i in range(w.count()))
            found.extend((where, w.tabToolTip(i)) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            found.extend((where, text) for text in header_texts(w.model()))
        for action in w.actions():
            found.extend((f"{where} action", t) for t in (action.text(), action.toolTip(), action.iconText()))
            if action.menu() is not None:
                found.extend(menu_texts(action.menu()))
    return found


def menu_texts(menu: QMenu) -> list[tuple[str, str]]:
    found = [(f"menu {menu.title()}", menu.title())]
    for action in menu.actions():
        found.append((f"menu {menu.title()}", action.text()))
        if action.menu() is not None:
            found.extend(menu_texts(action.menu()))
    return found


def header_texts(model) -> list[str]:
    texts = []
    from PySide6.QtCore import QAbstractListModel, QModelIndex
    if isinstance(model, QAbstractListModel):   # a list shows no header
        return texts
    for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount(QModelIndex())),):
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def english_in(root: QWidget, *, known_data: set[str] = frozenset()) -> list[tuple[str, str, list[str]]]:
    """(where, text, English words) for each text with words a Chinese reader would not expect.
    ``known_data``: the project's own names (a user's data is theirs, in whatever language they wrote)."""
    out = []
    known = sorted(known_data, key=len, reverse=True)
    for where, text in texts_of(root):
        if not text or text in known_data:
            continue
        shown = text
        for data in known:
            if data in shown:
                shown = shown.replace(data, " ")
        words = english_words(shown)
        if words:
            out.append((where, text, words))
    return out
