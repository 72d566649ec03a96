"""Chinese is drawn in a named CJK face (canvas, charts, decks) and wraps without spaces."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QRawFont

from journeymap import i18n
from journeymap.charts.theme import FONTS, columns, wrap_lines

TEXT = "客户在理赔环节等待时间过长导致满意度下降"


@pytest.mark.parametrize("lang, face", [("zh_CN", "Noto Sans CJK SC"), ("zh_TW", "Noto Sans CJK TC")])
def test_the_canvas_names_the_languages_cjk_face_and_it_has_the_glyphs(qapp, lang, face):
    from journeymap.ui.canvas import theme
    i18n.set_language(lang)
    assert theme.families() == ["DejaVu Sans", face]
    assert face in QFontDatabase.families(), f"{face} is not installed: Chinese would draw as empty boxes"
    from PySide6.QtGui import QFont
    raw = QRawFont.fromFont(QFont(face))
    assert all(raw.supportsCharacter(ord(c)) for c in TEXT + "繁體環節痛點")   # (a str is read as one UTF-16 unit)


@pytest.mark.parametrize("lang, face", [("zh_CN", "Noto Sans CJK SC"), ("zh_TW", "Noto Sans CJK TC")])
def test_charts_put_the_cjk_face_first(lang, face):
    assert FONTS[lang].split(",")[0].strip() == face


def test_chinese_labels_wrap_without_spaces():
    lines = wrap_lines(TEXT, 12)
    assert len(lines) > 1 and "".join(lines) == TEXT          # nothing lost, no space needed
    assert all(columns(line) <= 12 for line in lines)         # a CJK character is two columns wide
