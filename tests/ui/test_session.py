"""Session.push: a command that fails changes nothing and leaves no undo step behind."""
import pytest

from journeymap.core import commands
from journeymap.core.project import ProjectError
from journeymap.samples.templates import build
from journeymap.ui.session import Session


def test_a_failed_command_leaves_no_step_and_no_change(qapp):
    project = build("insurance")
    session = Session(project)
    stage = project.all("stages")[0]
    before = repr(project), stage
    summaries = []
    session.project_did_change.connect(summaries.append)
    broken = commands.Macro([commands.rename("stages", stage.id, name="Half"),
                             commands.rename("stages", "st-missing", name="x")], label="Two renames")
    with pytest.raises(ProjectError, match="st-missing"):
        session.push(broken)
    assert session.undo_stack.count() == 0 and not session.modified
    assert (repr(project), project.get("stages", stage.id)) == before
    assert len(summaries) == 1           # the half-done rename and its roll-back, in one summary
    assert summaries[0].fields("stages") == {"name"}
