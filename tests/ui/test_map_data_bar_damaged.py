"""A survey whose raw rows cannot be read (a damaged file): the map toolbar says so once, in plain
words naming the dataset, logs it, and prints no traceback."""
import logging
import sqlite3

import pytest

from journeymap.storage import schema

SURVEY = "Relationship survey 2026"


def _damage(path) -> None:
    """The survey's row table and its columnar copy gone, the rest of the file intact."""
    conn = sqlite3.connect(path)
    survey = conn.execute("SELECT id FROM datasets WHERE kind = 'survey'").fetchone()[0]
    conn.execute(f"DROP TABLE {schema.raw_table(survey)}")
    conn.execute(f"DROP TABLE IF EXISTS raw{'col'}_{schema.raw_table(survey)[4:]}")
    conn.commit()
    conn.close()


@pytest.fixture
def damaged(window_on, sample_copy, qtbot, caplog, capfd):   # capfd: a traceback while opening counts too
    _damage(sample_copy)
    caplog.set_level(logging.INFO, logger="journeymap")
    win = window_on(sample_copy, size=(1600, 900))
    qtbot.waitUntil(lambda: not win.data_bar.runner.busy, timeout=20000)
    return win


def test_a_damaged_survey_is_said_once_by_name_without_a_traceback(damaged, qtbot, caplog, capfd):
    bar = damaged.data_bar
    qtbot.waitUntil(lambda: bar.problem.isVisible(), timeout=20000)
    assert SURVEY in bar.problem.text() and "could not be read" in bar.problem.text()
    assert "Traceback" not in bar.problem.toolTip() and "raw_" not in bar.problem.text()
    assert SURVEY in damaged.statusBar().currentMessage()
    def logged_lines():            # the window opened (and read the survey) in the fixture
        return [r for r in caplog.get_records("setup") + caplog.records if SURVEY in r.getMessage()]
    logged = logged_lines()
    assert len(logged) == 1 and logged[0].levelno == logging.WARNING
    bar.load()                                        # read again (an edit does this): said once
    qtbot.waitUntil(lambda: not bar.runner.busy, timeout=20000)
    assert bar.problem.isVisible()
    assert len(logged_lines()) == 1
    stored = [bar.badge.itemText(i) for i in range(bar.badge.count())]
    assert "Contact volume" in stored                 # the stored metrics are still offered
    assert "Traceback" not in capfd.readouterr().err


def test_the_data_view_says_which_dataset_it_cannot_read(damaged, qtbot, caplog, capfd):
    damaged.show_view("data")
    view = damaged.stack.views["data"]
    qtbot.waitUntil(lambda: "could not be read" in view.status.text(), timeout=20000)
    view.wait()
    text = view.status.text()
    assert SURVEY in text and "may be damaged" in text and "Error:" not in text
    assert "Traceback" not in capfd.readouterr().err
