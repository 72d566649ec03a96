"""Numbers the GUI monkey typed that the model took (issue 8, item 10).

Seed 11016 (sample, walker of 0ab9dae): "NaN" typed into an initiative's Reach was stored as
float('nan'): the Roadmap view's impact-effort chart then raised ValueError (plotly refuses a
NaN marker size) at every refresh, and the saved file did not equal the model (nan != nan).
"""
import pytest

from journeymap.core import initiatives as ini
from journeymap.core.project import Project
from journeymap.core.model import Initiative, Journey


@pytest.fixture
def project_with_initiative():
    project = Project()
    project.add(Journey("jn-1", "J"))
    project.add(Initiative("in-1", "jn-1", "Fix it"))
    return project, "in-1"


@pytest.mark.parametrize("text", ["NaN", "nan", "inf", "-inf", "Infinity"])
@pytest.mark.parametrize("field", ["reach", "cost", "effort", "confidence", "expected_uplift"])
def test_an_initiative_refuses_a_number_that_is_not_finite(project_with_initiative, field, text):
    project, iid = project_with_initiative
    with pytest.raises(ini.InitiativeError, match="not a number"):
        ini.edit_initiative(project, iid, **{field: text})
