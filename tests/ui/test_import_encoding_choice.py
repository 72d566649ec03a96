"""A short file two encodings read as different text: the import wizard asks which is right."""
import pytest

from journeymap.samples import templates
from journeymap.storage import write
from journeymap.storage.read import open_project
from journeymap.ui import encoding_choice
from journeymap.ui.import_wizard import ImportWizard
from journeymap.ui.session import Session

SHORT_GB18030 = "text,score\n服务态度很差,1\n等了很久,2\n价格太贵,1\n".encode("gb18030")


@pytest.fixture
def wizard(qtbot, tmp_path):
    path = tmp_path / "p.jmap"
    write.save(templates.build("insurance"), path)
    wizard = ImportWizard(Session(open_project(path)))
    qtbot.addWidget(wizard)
    wizard.show()
    file = tmp_path / "short.csv"
    file.write_bytes(SHORT_GB18030)
    wizard.file_page.path.setText(str(file))
    return wizard


def test_the_wizard_asks_and_reads_the_chosen_encoding(qtbot, qapp, wizard, monkeypatch):
    asked = []

    def pick(parent, problem):
        asked.append(dict(zip(problem.candidates, problem.samples)))
        return "gb18030"
    monkeypatch.setattr(encoding_choice, "ask_encoding", pick)
    wizard.next()
    assert wizard.currentPage() is wizard.encoding_page
    assert "服务态度很差" in asked[0]["gb18030"] and "big5" in asked[0]
    assert wizard.encoding_page.encoding.currentText() == "gb18030"
    assert wizard.encoding_page.model.column_names() == ["text", "score"]
    assert wizard.state.preview["text"].tolist()[0] == "服务态度很差"


def test_cancelling_the_question_stays_on_the_file_page(qtbot, qapp, wizard, monkeypatch):
    monkeypatch.setattr(encoding_choice, "ask_encoding", lambda parent, problem: None)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "--encoding" in wizard.file_page.error.text() or "encoding" in wizard.file_page.error.text()
