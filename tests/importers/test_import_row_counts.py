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
