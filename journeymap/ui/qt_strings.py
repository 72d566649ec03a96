"""Qt's own strings that its shipped translations (qtbase_zh_CN/zh_TW.qm of Qt 6.12) lack.

Qt 6.12's file dialog says "&Look in:" and "Files of &type:", while qtbase's catalogues still hold the
older "Look in:" and "Files of type:": a Chinese file dialog came out mixed ("Look in" beside 文件名).
Marked here in Qt's own contexts, they are extracted into resources/translations/journeymap_<lang>.ts;
our .qm is installed after qtbase's, so Qt looks there first. Nothing imports this module: it is a
source for the translation tools only. tests/i18n/test_ui_walk.py opens the dialog to check.
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
