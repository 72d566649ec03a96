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
    "dpi", "s", "x", "min", "max", "pt", "lmg", "bom", "sd", "iqr", "ms", "martilla", "james", "benjamini",
    "hochberg", "welch", "johnson",
    # the sample's channel codes: codes, not words (samples/chinese_text.py keeps them)
    "web", "phone", "email", "chat", "branch", "mail", "agent", "broker", "bot", "letter", "post", "store",
}
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")   # single letters are variables (w, i, n) or units


def english_words(text: str) -> list[str]:
    """Latin-letter words in ``text`` that are not allowed names, units or acronyms."""
    text = re.sub(r"<style.*?</style>|<[^>]+>", " ", text or "", flags=re.S)
    text = html.unescape(text).replace("&", "")
    text = re.sub(r"Qt for Python|Martilla & James|\bEnglish\b", " ", text)   # proper names
    text = re.sub(r"\b(?:utf-8(?:-sig)?|utf-16(?:-[lb]e)?|cp\d+|gb\d+|big5|latin-1|iso-8859-\d+)\b", " ", text,
                  flags=re.I)                                                  # encodings' names
    text = re.sub(r"(?<![\w<])/[\w.~-]+(?:/[\w.~-]+)*/?", " ", text)   # file paths
    text = re.sub(r"https?://\S+|\S+\.(?:csv|xlsx|jmap|png|pdf|pptx)\b|\b\w+_\w+\b", " ", text)
    return [w for w in WORD.findall(text) if w.lower() not in ALLOWED and not w.isupper()]


def user_data(project, path) -> set[str]:
    """Every text the user (here the sample) wrote: names, titles, labels, raw column names."""
    import sqlite3

    from journeymap.storage.datasets import columns_of
    found = set()
    for kind in project.tables:
        for entity in project.all(kind):
            found.update(v for v in vars(entity).values() if isinstance(v, str) and v)
    with sqlite3.connect(path) as conn:
        for dataset in project.all("datasets"):
            found.update(columns_of(conn, dataset.id))
    return {t for t in found if len(t) > 1}


def strip_known(text: str, known) -> str:
    for data in sorted(known, key=len, reverse=True):
        if data in text:
            text = text.replace(data, " ")
    return text


def deck_texts(path) -> list[tuple[int, str]]:
    """(slide, text) a reader of the deck sees: titles, text, tables, axis titles, categories, legends, notes."""
    from pptx import Presentation
    found = []
    for number, slide in enumerate(Presentation(path).slides, start=1):
        for shape in slide.shapes:
            if shape.has_text_frame:
                found.append((number, shape.text_frame.text))
            if shape.has_table:
                found.extend((number, cell.text) for row in shape.table.rows for cell in row.cells)
            if shape.has_chart:
                chart = shape.chart
                for plot in chart.plots:
                    found.extend((number, str(c)) for c in plot.categories)
                    if chart.has_legend:
                        found.extend((number, s.name) for s in plot.series)
                for axis in ("category_axis", "value_axis"):
                    if chart.chart_type is not None and hasattr(chart, axis):
                        try:
                            a = getattr(chart, axis)
                        except ValueError:      # a chart type without this axis
                            continue
                        if a.has_title:
                            found.append((number, a.axis_title.text_frame.text))
        if slide.has_notes_slide:
            found.append((number, slide.notes_slide.notes_text_frame.text))
    return found


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
    for where, text in texts_of(root):
        if not text or text in known_data:
            continue
        words = english_words(text) and english_words(strip_known(text, known_data))
        if words:
            out.append((where, text, words))
    return out
