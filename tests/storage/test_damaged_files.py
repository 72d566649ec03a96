"""Damaged projects: every read command exits 2 naming what is damaged and where (table, row,
column), never a traceback, and leaves the bytes alone."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.core.project import REFERENCES
from journeymap.storage import read, write
from journeymap.storage.errors import ProjectFileError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import jmap_builders  # noqa: E402

FIRST = "WHERE rowid = (SELECT min(rowid) FROM {t})"
DAMAGES = {
    "not JSON in a JSON column": (["UPDATE stages SET lanes = '{bad' " + FIRST.format(t="stages")],
                                  ["table 'stages', row 1", "column 'lanes'", "not JSON"]),
    "a list as the title": (["UPDATE project SET value = '[1, 2]' WHERE key = 'title'"],
                            ["table 'project', key 'title'", "a list"]),
    "an object as the default journey": (["UPDATE project SET value = '{\"a\": 1}' WHERE key = 'default_journey'"],
                                         ["key 'default_journey'", "an object"]),
    "bytes that are not UTF-8": (["UPDATE stages SET name = CAST(X'C328' AS TEXT) " + FIRST.format(t="stages")],
                                 ["table 'stages', row 1", "not UTF-8"]),
    "a link to a missing initiative": (["PRAGMA foreign_keys = OFF",
                                        "INSERT INTO initiative_pain_points VALUES ('in-gone', 'pp-x', 9)"],
                                       ["table 'initiative_pain_points'", "'in-gone'"]),
    "a dropped column": (["ALTER TABLE stages DROP COLUMN name"], ["table 'stages'", "column 'name'"]),
    "a renamed column": (["ALTER TABLE pain_points RENAME COLUMN title TO titel"],
                         ["table 'pain_points'", "column 'title'"]),
    "a row without an id": (["UPDATE stages SET id = NULL " + FIRST.format(t="stages")],
                            ["table 'stages', row 1", "no id"]),
    "a word in a number column": (["UPDATE pain_points SET severity = 'abc' " + FIRST.format(t="pain_points")],
                                  ["table 'pain_points', row 1", "column 'severity'", "a text"]),
    "user_version 0": (["PRAGMA user_version = 0"], ["schema version", "is 0"]),
    "user_version -1": (["PRAGMA user_version = -1"], ["is -1"]),
}


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    path = tmp_path_factory.mktemp("good") / "p.jmap"
    write.save(jmap_builders.rich_project(), path)
    return path.read_bytes()


@pytest.mark.parametrize("label", list(DAMAGES))
def test_damage_is_named_with_exit_2(label, good, tmp_path, capsys):
    statements, expected = DAMAGES[label]
    path = tmp_path / "p.jmap"
    path.write_bytes(good)
    conn = sqlite3.connect(path, isolation_level=None)
    for sql in statements:
        conn.execute(sql)
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectFileError) as err:
        read.open_project(path)
    for part in expected:
        assert part in str(err.value), str(err.value)
    for args in (["info"], ["info", "--json"], ["validate"], ["rank"], ["roadmap"]):
        assert main([args[0], str(path), *args[1:]]) == 2, args
        _, stderr = capsys.readouterr()
        assert "is damaged" in stderr and "Traceback" not in stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize("label", [k for k in DAMAGES if not k.startswith("user_version")])
def test_salvage_reads_the_rest_and_names_what_it_left_out(label, good, tmp_path):
    from journeymap.storage.salvage import salvage_project
    statements, expected = DAMAGES[label]
    path = tmp_path / "p.jmap"
    path.write_bytes(good)
    conn = sqlite3.connect(path, isolation_level=None)
    for sql in statements:
        conn.execute(sql)
    conn.close()
    before = path.read_bytes()
    project, left_out = salvage_project(path)
    assert project.path is None and project.tables["journeys"]
    if label != "bytes that are not UTF-8":     # shown as U+FFFD instead of refused
        assert any(expected[0].split(",")[0] in x for x in left_out), left_out
    for kind, table in project.tables.items():   # nothing points at what was left out
        for entity in table.values():
            for ref_kind, fname, target, rule in REFERENCES:
                if ref_kind == kind and rule != "list":
                    value = getattr(entity, fname, None)
                    assert value is None or value in project.tables[target], (kind, fname, value)
    assert path.read_bytes() == before


def test_a_malformed_page_of_a_datasets_rows_is_exit_2_for_drivers(tmp_path, capsys):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))
    import cases
    path = tmp_path / "p.jmap"
    path.write_bytes(cases.base_project(tmp_path))
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name LIKE 'raw%' AND pagetype = 'leaf'")]
    conn.close()
    with open(path, "r+b") as f:
        for page in pages:
            f.seek((page - 1) * size + 8)
            f.write(bytes((i * 37 + 11) % 256 for i in range(size - 8)))
    before = path.read_bytes()
    for args in (["drivers"], ["drivers", "--json"], ["rank"]):
        code = main([args[0], str(path), *args[1:]])
        _, err = capsys.readouterr()
        assert code in (0, 2) and "Traceback" not in err, (args, err)
        if args[0] == "drivers":   # it reads the rows: named as damage, exit 2
            assert code == 2 and "is damaged" in err, err
    assert path.read_bytes() == before
