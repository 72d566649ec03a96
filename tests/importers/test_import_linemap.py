"""Record start lines: the three ways agree with the csv module's reading."""
import numpy as np
import pytest

from journeymap.importers import linemap
from journeymap.importers.readers import read_table

CASES = {
    "plain": ("h1,h2\na,b\nc,d\n", [2, 3]),
    "no final newline": ("h1,h2\na,b\nc,d", [2, 3]),
    "trailing blank lines": ("h1,h2\na,b\nc,d\n\n\n", [2, 3]),
    "quoted newlines": ('h1,h2\n"a\nb",c\nd,"e\n\nf"\ng,h\n', [2, 4, 7]),
    "blank lines between": ("h1,h2\n\na,b\n\n\nc,d\n", [3, 6]),
    "crlf inside and out": ('h1,h2\r\n"a\r\nb",c\r\n\r\nd,e\r\n', [2, 5]),
    "escaped quotes": ('h1,h2\n"say ""hi""\nthere",x\ny,z\n', [2, 4]),
    "blank lines before the header": ("\n\nh1,h2\na,b\n", [4]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_record_lines(name):
    text, expected = CASES[name]
    assert linemap.record_lines(text, delimiter=",", n_records=len(expected)).tolist() == expected
    assert linemap._csv_module(text, ",", len(expected)).tolist() == expected


def test_quote_parity_is_used_before_the_csv_module(monkeypatch):
    monkeypatch.setattr(linemap, "_csv_module", lambda *a: pytest.fail("slow path used"))
    text, expected = CASES["quoted newlines"]
    assert linemap.record_lines(text, delimiter=",", n_records=3).tolist() == expected


def test_stray_quote_falls_back_to_the_csv_module():
    text = 'h1,h2\n5" screen,x\n\ny,z\n'     # a quote inside a field is a character, not quoting
    lines = linemap.record_lines(text, delimiter=",", n_records=2)
    assert lines.dtype == np.int64 and len(lines) == 2


def test_reader_lines_with_mixed_shapes(write):
    text = 'id;comment\n1;"one\ntwo"\n\n2;plain\n3;"x"\n'
    raw = read_table(write("a.csv", text, newline="\r\n"), columns=["comment"])
    assert raw.frame["comment"].tolist() == ["one\r\ntwo", "plain", "x"]
    assert raw.lines.tolist() == [2, 5, 6]
