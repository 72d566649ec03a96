"""Small things a user trips on (issue 8, item 8): the New Project title shows, the Save
dialog opens somewhere sensible with a sensible name, Save as joins Open Recent."""
from pathlib import Path

import pytest

from journeymap.ui import recent
from journeymap.ui.dialogs import prompts


@pytest.fixture
def window(window_on, tmp_path, monkeypatch):
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "home"))
    (tmp_path / "home").mkdir()
    return window_on()


def test_new_project_title_names_the_window_and_the_file(monkeypatch, tmp_path, window):
    assert window.files.new_from_template("blank", title="Claims workshop")
    assert window.windowTitle().startswith("Claims workshop")
    asked = []
    target = tmp_path / "elsewhere" / "claims.jmap"
    target.parent.mkdir()
    monkeypatch.setattr(prompts, "save_path", lambda parent, suggested: (asked.append(suggested), str(target))[1])
    assert window.files.save()
    assert asked == [str(tmp_path / "home" / "Claims workshop.jmap")]
    assert window.windowTitle().startswith("claims.jmap")
    assert recent.files()[0] == str(target)


def test_save_dialog_never_opens_in_the_app_data_folder(monkeypatch, tmp_path, window):
    from journeymap.samples.templates import build
    from journeymap.storage.write import save
    # what `journeymap` without a path opens: a working copy in the app's data folder (where the
    # recovery folder is)
    working_copy = window.files.autosaver.folder.parent / "sample.jmap"
    working_copy.parent.mkdir(parents=True, exist_ok=True)
    save(build("insurance"), working_copy)
    assert window.files.load(str(working_copy))
    asked = []
    monkeypatch.setattr(prompts, "save_path", lambda parent, suggested: (asked.append(suggested), "")[1])
    window.files.save_as()
    assert Path(asked[0]).parent == tmp_path / "home"


def test_save_as_a_second_name_joins_open_recent(monkeypatch, tmp_path, window):
    first, second = tmp_path / "a.jmap", tmp_path / "b.jmap"
    window.files.new_from_template("blank", title="A")
    monkeypatch.setattr(prompts, "save_path", lambda parent, suggested: str(first))
    assert window.files.save_as()
    monkeypatch.setattr(prompts, "save_path", lambda parent, suggested: str(second))
    assert window.files.save_as()
    assert recent.files()[:2] == [str(second), str(first)]
    window.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.recent_menu.actions()][:2] == ["b.jmap", "a.jmap"]
