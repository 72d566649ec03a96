"""The counts the Check page and ``import --dry-run`` show agree with the rows the import stores:
comments left out because they are empty count as dropped, with the reason and their lines; a
row with fewer fields than the header is named as such, before anything said of its values."""
from __future__ import annotations

from journeymap.cli import main
from journeymap.importers.prepare import prepare_import
from journeymap.importers.project_import import commit_import, plan_import
from journeymap.samples.templates import build
from journeymap.storage import write

HEAD = "id,Customer Type,Claims speed,Comment\n"
COMMENTS = ["too slow", "", "friendly staff", "", "", "理赔太慢了", "ok", "", "fine", "good"]
FEEDBACK = {"kind": "feedback", "name": "Comments", "journey": "Insurance end to end",
            "text": "Comment", "stage": "Reports a claim"}


def feedback_file(tmp_path):
    path = tmp_path / "comments.csv"
    rows = [f"{i},New,{1 + i % 5},{c}\n" for i, c in enumerate(COMMENTS, start=1)]
    path.write_text(HEAD + "".join(rows), encoding="utf-8")
    return path


def project(tmp_path):
    path = tmp_path / "p.jmap"
    write.save(build("insurance"), path)
    return path


def test_empty_comments_count_as_dropped_with_their_lines(tmp_path):
    plan = plan_import(project(tmp_path), feedback_file(tmp_path), FEEDBACK)
    r = plan.report
    assert (r.rows_read, r.rows_kept, r.rows_dropped, r.rows_left_out) == (10, 6, 0, 4)
    assert plan.prepared.rows == r.rows_kept == 6
    summary = plan.summary()
    assert "rows: 10 read, 6 kept, 4 dropped" in summary
    assert "4 rows have no comment text (lines 3, 5, 6, 9)" in summary
    assert r.ok   # an empty comment is not a problem to fix: the import goes on


def test_the_import_stores_what_the_check_counted(tmp_path):
    path = project(tmp_path)
    plan = plan_import(path, feedback_file(tmp_path), FEEDBACK)
    outcome = commit_import(path, plan)
    assert outcome.rows == plan.report.rows_kept == 6


def test_a_comment_with_a_reason_is_kept_and_the_reason_named(tmp_path):
    path = tmp_path / "coded.csv"
    path.write_text("Comment,Reason\nslow,\n,Wait\n,\n", encoding="utf-8")
    prep = prepare_import(path, {**FEEDBACK, "reason": "Reason"})
    r = prep.report
    assert (r.rows_read, r.rows_kept, r.rows_left_out) == (3, 2, 1)
    assert r.left_out == ["1 row has neither a comment nor a reason (line 4)"]


def test_dry_run_agrees_with_the_check(tmp_path, capsys):
    path = project(tmp_path)
    mapping = tmp_path / "m.json"
    import json
    mapping.write_text(json.dumps(FEEDBACK), encoding="utf-8")
    code = main(["import", str(path), str(feedback_file(tmp_path)), "--mapping", str(mapping), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert "rows: 10 read, 6 kept, 4 dropped" in out
    assert "4 rows have no comment text (lines 3, 5, 6, 9)" in out
    assert "would import 6 rows" in out


SURVEY = {"kind": "survey", "name": "s", "journey": "j", "id": "id",
          "outcome": {"column": "Overall", "type": "binary", "positive": ["satisfied"]},
          "items": [{"column": c, "stage": c, "scale": [1, 5]} for c in ("Quote clarity", "Signup ease")]}


def test_a_short_row_is_named_first_with_its_line_and_field_counts(tmp_path):
    path = tmp_path / "short.csv"
    rows = [f"{i},New,{1 + i % 5},{1 + i % 4},satisfied,ok" for i in range(1, 60)]
    rows.insert(40, "40,Loyal,3")                 # line 42: 3 of 6 fields, and the id of line 41
    path.write_text("id,Customer Type,Quote clarity,Signup ease,Overall,Comment\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    report = prepare_import(path, SURVEY).report
    first = report.first(2)
    assert (first[0].line, first[0].value) == (42, "3 of 6 fields")
    assert (first[1].line, first[1].problem) == (42, "repeats an id of an earlier line")
    summary = report.summary().splitlines()
    assert summary[1] == "  1 row has too few fields (3 of 6 fields on line 42)"
    assert report.counts()["message"].iloc[0] == "1 row has too few fields"
    kept = prepare_import(path, SURVEY, skip_invalid=True)
    assert 42 not in kept.frame["line"].tolist() and kept.report.rows_kept == 59


def test_short_rows_are_counted_in_the_preview_read_too(tmp_path):
    from journeymap.importers.readers import read_table
    path = tmp_path / "short.csv"
    path.write_text("a,b,c\n1,2,3\n4,5\n6,7,8\n", encoding="utf-8")
    raw = read_table(path, nrows=200)
    assert raw.fields.tolist() == [3, 2, 3] and raw.width == 3
    assert read_table(path).fields.tolist() == [3, 2, 3]
    whole = tmp_path / "whole.csv"
    whole.write_text("a,b\n1,2\n", encoding="utf-8")
    assert read_table(whole).fields is None        # every row as wide as the header: nothing to keep
