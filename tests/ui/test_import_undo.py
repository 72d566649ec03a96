"""An import is one undo step: undo forgets the dataset, redo brings it back, and its raw rows
(written once, by the import) survive a save made while it was undone."""
import sqlite3

import numpy as np
from PySide6.QtWidgets import QWizard

from journeymap.core import commands
from journeymap.samples import templates
from journeymap.storage import schema, write
from journeymap.storage.read import open_project
from journeymap.ui.import_wizard import ImportWizard
from journeymap.ui.session import Session


def survey(path, n=40):
    rng = np.random.default_rng(3)
    rows = ["id,Overall satisfaction,Reports a claim,Claim is settled"]
    rows += [f"r{i},{rng.integers(1, 6)},{rng.integers(1, 6)},{rng.integers(1, 6)}" for i in range(n)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def raw_tables(path):
    with sqlite3.connect(path) as conn:
        return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'raw%'")}


def import_through_the_wizard(qtbot, session, file):
    wizard = ImportWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(file))
    wizard.next()
    wizard.next()
    wizard.mapping_page.name.setText("Q1 survey")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.isComplete(), timeout=20000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=30000)
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_an_import_is_undone_and_redone(qtbot, tmp_path):
    path = tmp_path / "p.jmap"
    write.save(templates.build("insurance"), path)
    session = Session(open_project(path))
    stage = session.project.all("stages")[0]
    session.push(commands.rename("stages", stage.id, name="Kept"))
    session.save()
    before = open_project(path)
    summaries = []
    session.project_did_change.connect(summaries.append)
    import_through_the_wizard(qtbot, session, survey(tmp_path / "s.csv"))
    after = open_project(path)
    dataset = next(d for d in session.project.all("datasets") if d.name == "Q1 survey")
    assert session.project == after and not session.modified        # the file holds the import
    assert session.undo_stack.count() == 2 and session.undo_stack.undoText() == "Import Q1 survey"
    assert len(summaries) == 1 and summaries[0].ids("datasets", "added") == {dataset.id}
    session.undo_stack.undo()
    assert session.project == before and session.modified           # forgotten, history kept
    assert session.project.get("stages", stage.id).name == "Kept"
    session.save()                                                    # saved while undone ...
    assert open_project(path).find("datasets", dataset.id) is None
    assert schema.raw_table(dataset.id) in raw_tables(path)           # ... the rows stay for a redo
    session.undo_stack.redo()
    assert session.project == after
    session.save()
    assert open_project(path) == after and schema.raw_table(dataset.id) in raw_tables(path)
