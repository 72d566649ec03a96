"""CSV shapes, XLSX sheets, line numbers and the errors a person can fix."""
import datetime as dt

import openpyxl
import pytest

from journeymap.importers.errors import ImportProblem
from journeymap.importers.readers import list_sheets, read_headers, read_table


@pytest.mark.parametrize("delim", [",", ";", "\t", "|"])
def test_any_common_delimiter(write, delim):
    text = delim.join(["id", "Online boarding", "sat"]) + "\n" + delim.join(["1", "5", "yes"]) + "\n"
    raw = read_table(write("a.csv", text), columns=["id", "Online boarding"])
    assert raw.delimiter == delim
    assert raw.frame.to_dict("list") == {"id": ["1"], "Online boarding": ["5"]}


def test_semicolon_file_with_decimal_commas_in_text(write):
    raw = read_table(write("a.csv", "id;comment\n1;a, b, c and d\n2;x\n"), columns=["comment"])
    assert raw.delimiter == ";" and raw.frame["comment"].tolist() == ["a, b, c and d", "x"]


def test_quoted_newlines_keep_line_numbers(write):
    text = 'id,comment,score\n1,"first\nsecond\nthird",5\n2,plain,4\n3,"x\ny",3\n'
    raw = read_table(write("a.csv", text), columns=["id", "comment"])
    assert raw.frame["comment"].tolist() == ["first\nsecond\nthird", "plain", "x\ny"]
    assert raw.lines.tolist() == [2, 5, 6]


def test_blank_lines_and_crlf(write):
    raw = read_table(write("a.csv", "id,v\n1,a\n\n2,b\n", newline="\r\n"), columns=["v"])
    assert raw.frame["v"].tolist() == ["a", "b"] and raw.lines.tolist() == [2, 4]


def test_short_rows_are_padded_and_lines_kept(write):
    raw = read_table(write("a.csv", "id,a,b\n1,x\n2,y,z\n"), columns=["b"])
    assert raw.frame["b"].tolist() == ["", "z"] and raw.lines.tolist() == [2, 3]


def test_everything_is_read_as_text(write):
    raw = read_table(write("a.csv", "id,score\n007,5\n008,five\n"), columns=["id", "score"])
    assert raw.frame["id"].tolist() == ["007", "008"] and raw.frame["score"].tolist() == ["5", "five"]


def test_empty_file(write):
    with pytest.raises(ImportProblem, match="a.csv: the file is empty"):
        read_table(write("a.csv", ""), columns=["id"])


def test_whitespace_only_file(write):
    with pytest.raises(ImportProblem, match="empty"):
        read_table(write("a.csv", "\n\n  \n"), columns=["id"])


def test_header_only(write):
    with pytest.raises(ImportProblem, match="header but no data rows"):
        read_table(write("a.csv", "id,sat,boarding\n"), columns=["id"])


def test_duplicate_mapped_header(write):
    with pytest.raises(ImportProblem) as err:
        read_table(write("a.csv", "id,score,score\n1,2,3\n"), columns=["id", "score"])
    assert "'score' appears 2 times" in str(err.value) and err.value.column == "score"


def test_unmapped_columns_may_be_anything(write):
    raw = read_table(write("a.csv", "id,,x,x,score\n1,a,b,c,5\n"), columns=["id", "score"])
    assert raw.frame.to_dict("list") == {"id": ["1"], "score": ["5"]}
    assert raw.headers == ["id", "", "x", "x", "score"]


def test_missing_mapped_column_is_named_with_a_hint(write):
    with pytest.raises(ImportProblem) as err:
        read_table(write("survey.csv", "id,Online boarding\n1,5\n"), columns=["id", "Online bording"])
    msg = str(err.value)
    assert "survey.csv" in msg and "'Online bording'" in msg and "Did you mean 'Online boarding'" in msg
    assert err.value.column == "Online bording"


def test_headers_with_spaces_match(write):
    raw = read_table(write("a.csv", " id , score \n1,5\n"), columns=["id", "score"])
    assert raw.frame["score"].tolist() == ["5"]


def test_preview_rows_and_headers(write):
    path = write("a.csv", "id,v\n" + "".join(f"{i},{i}\n" for i in range(100)))
    assert len(read_table(path, nrows=5)) == 5
    assert read_headers(path) == ["id", "v"]


def test_ragged_long_row_is_an_import_problem(write):
    with pytest.raises(ImportProblem, match="line 3 has 4 fields but the header has 2"):
        read_table(write("a.csv", "id,v\n1,2\n3,4,5,6\n"), columns=["id"])


def test_missing_file(tmp_path):
    with pytest.raises(ImportProblem, match="cannot read the file"):
        read_table(tmp_path / "nope.csv")


@pytest.fixture
def workbook(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Notes"
    ws.append(["just", "notes"])
    ws.append(["a", "b"])
    data = wb.create_sheet("Survey")
    data.append(["id", "满意度", "date", "score"])
    data.append([1, "满意", dt.datetime(2026, 3, 31), 5.0])
    data.append([])                       # an empty row: skipped, numbering kept
    data.append([2, "不满意", dt.date(2026, 4, 1), 4.5])
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path


def test_xlsx_sheets(workbook):
    assert list_sheets(workbook) == ["Notes", "Survey"]
    assert read_table(workbook).frame.columns.tolist() == ["just", "notes"]   # first sheet by default


def test_xlsx_named_sheet_as_text_with_sheet_rows(workbook):
    raw = read_table(workbook, sheet="Survey", columns=["id", "满意度", "date", "score"])
    assert raw.sheet == "Survey" and raw.encoding is None
    assert raw.frame.to_dict("list") == {"id": ["1", "2"], "满意度": ["满意", "不满意"],
                                         "date": ["2026-03-31", "2026-04-01"], "score": ["5", "4.5"]}
    assert raw.lines.tolist() == [2, 4]


def test_xlsx_missing_sheet_and_column(workbook):
    with pytest.raises(ImportProblem, match="no sheet 'Data'; the workbook has 'Notes', 'Survey'"):
        read_table(workbook, sheet="Data")
    with pytest.raises(ImportProblem, match="'nps'"):
        read_table(workbook, sheet="Survey", columns=["nps"])
