"""The views fail loudly: each one of VIEWS is a real class that builds on a project, and a
view whose module is missing raises (a frozen build that left it out is seen at once) instead
of showing "arrives in a later version"."""
import pytest
from PySide6.QtWidgets import QWidget

from journeymap.core.project import Project
from journeymap.ui.session import Session
from journeymap.ui.views import VIEWS, ViewStack, load_view


@pytest.mark.parametrize("spec", VIEWS, ids=[v.name for v in VIEWS])
def test_every_view_builds_on_a_blank_project(qtbot, spec):
    stack = ViewStack(Session(Project()))
    qtbot.addWidget(stack)
    view = stack.show_view(spec.name)
    assert isinstance(view, load_view(spec.factory)) and isinstance(view, QWidget)
    assert stack.currentWidget() is view


def test_a_missing_view_module_raises(qtbot, monkeypatch):
    import journeymap.ui.views as views
    broken = views.ViewSpec("nowhere", "Nowhere", "journeymap.ui.no_such_view:NoView", "Ctrl+9")
    monkeypatch.setattr(views, "VIEWS", views.VIEWS + (broken,))
    stack = ViewStack(Session(Project()))
    qtbot.addWidget(stack)
    with pytest.raises(ModuleNotFoundError, match="no_such_view"):
        stack.show_view("nowhere")
