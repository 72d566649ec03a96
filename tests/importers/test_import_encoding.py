"""Encoding detection on real files: BOMs, UTF-16, short GBK (the detector trap), Big5, cp1252."""
import codecs

import pytest

from journeymap.importers.encoding import decode_bytes, detect_encoding
from journeymap.importers.errors import ImportProblem
from journeymap.importers.readers import read_table

GB_TEXT = "编号,满意度,登机\n1,满意,5\n2,不满意,3\n"
BIG5_TEXT = "編號,滿意度,登機\n1,滿意,5\n2,不滿意,3\n"


def test_plain_utf8(write):
    raw = read_table(write("a.csv", GB_TEXT), columns=["编号", "登机"])
    assert raw.encoding.encoding == "utf-8" and raw.encoding.method == "utf-8"
    assert raw.frame["登机"].tolist() == ["5", "3"]


def test_utf8_bom_is_not_part_of_the_first_header(write):
    raw = read_table(write("a.csv", "\ufeff" + GB_TEXT), columns=["编号"])
    assert raw.encoding.encoding == "utf-8-sig" and raw.encoding.method == "bom"
    assert list(raw.frame.columns) == ["编号"] and raw.headers[0] == "编号"


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(write, enc):
    raw = read_table(write("a.csv", GB_TEXT, encoding=enc), columns=["满意度"])
    assert raw.frame["满意度"].tolist() == ["满意", "不满意"]
    assert raw.encoding.method == ("bom" if enc == "utf-16" else "utf-16-nul")


@pytest.mark.parametrize("enc", ["gbk", "gb18030"])
def test_short_gbk_file_with_chinese_headers(write, enc):
    path = write("a.csv", GB_TEXT, encoding=enc)
    raw = read_table(path, columns=["编号", "满意度", "登机"])
    assert raw.encoding.encoding == "gb18030" and raw.encoding.method == "headers"
    assert raw.frame["满意度"].tolist() == ["满意", "不满意"]


def test_big5_is_not_read_as_gb18030(write):
    raw = read_table(write("a.csv", BIG5_TEXT, encoding="big5"), columns=["滿意度", "登機"])
    assert raw.encoding.encoding == "big5"
    assert raw.frame["滿意度"].tolist() == ["滿意", "不滿意"]


def test_cp1252(write):
    text = "id;Café rating;note\n1;5;déjà vu – “quoted” €\n2;4;naïve\n"
    raw = read_table(write("a.csv", text, encoding="cp1252"), columns=["Café rating", "note"])
    assert raw.encoding.encoding == "cp1252"
    assert raw.frame["note"].tolist() == ["déjà vu – “quoted” €", "naïve"]


def test_explicit_encoding_wins():
    data = GB_TEXT.encode("gb18030")
    assert detect_encoding(data, explicit="GBK").method == "explicit"
    text, guess = decode_bytes(data, explicit="gbk", path="x.csv")
    assert text == GB_TEXT and guess.encoding == "gbk"


def test_wrong_explicit_encoding_names_file_and_line(write):
    path = write("survey.csv", "id,sat\n1,ok\n2,满意\n", encoding="gbk")
    with pytest.raises(ImportProblem) as err:
        read_table(path, columns=["id"], encoding="utf-8")
    msg = str(err.value)
    assert "survey.csv" in msg and "line 3" in msg and "--encoding" in msg
    assert err.value.line == 3


def test_unknown_encoding_name(write):
    with pytest.raises(ImportProblem, match="unknown encoding 'klingon'"):
        read_table(write("a.csv", "a\n1\n"), encoding="klingon")


def test_explicit_utf8_on_a_bom_file_drops_the_bom(write):
    raw = read_table(write("a.csv", "\ufeffid\n1\n"), columns=["id"], encoding="utf-8")
    assert raw.headers == ["id"]


def test_ascii_headers_fall_back_to_a_detector_among_decodable_candidates():
    data = ("id,comment\n" + "1,服务态度很差，等了很久才有人接电话\n" * 20).encode("gb18030")
    guess = detect_encoding(data, expected_headers=["id", "comment"])
    assert guess.method == "detector" and codecs.lookup(guess.encoding).name == "gb18030"


def test_wrong_explicit_encoding_that_decodes_says_so(write):
    path = write("a.csv", "编号,满意度\n1,满意\n", encoding="gbk")   # reads as big5 without error
    with pytest.raises(ImportProblem) as err:
        read_table(path, columns=["满意度"], encoding="big5")
    assert "'满意度'" in str(err.value) and "read as big5" in str(err.value)
    assert err.value.column == "满意度"
