"""storage.search: comments found by any part of their text, Chinese included, ranked, filtered;
a file is searched without being written."""
import hashlib

import pytest

from journeymap.core.model import FeedbackItem, Journey
from journeymap.core.project import Project
from journeymap.storage.search import file_index, project_index
from journeymap.storage.write import save

COMMENTS = [("理赔太慢了，报案5个星期还没有定损结果", "customer"), ("理赔系统和保单系统不通", "employee"),
            ("The claim took far too long", "customer"), ("100% of the forms ask twice", "customer"),
            ("Staff were kind", "customer"), ("排队等了一个小时", "customer")]


@pytest.fixture
def project():
    project = Project()
    for jid in ("jn-a", "jn-b"):
        project.add(Journey(jid, jid.upper()))
    for i, (text, source) in enumerate(COMMENTS):
        project.add(FeedbackItem(f"fb-{i}", "jn-a", text, source=source))
    project.add(FeedbackItem("fb-b", "jn-b", "另一个旅程的理赔", source="customer"))
    return project


def ids(hits):
    return [h.id for h in hits]


def test_chinese_inside_a_sentence_is_found(project):
    index = project_index(project)
    assert set(ids(index.find("理赔", journey="jn-a"))) == {"fb-0", "fb-1"}       # two characters: LIKE
    assert ids(index.find("理赔太慢", journey="jn-a")) == ["fb-0"]                   # three or more: FTS5
    assert ids(index.find("一个小时")) == ["fb-5"]
    assert set(ids(index.find("理赔"))) == {"fb-0", "fb-1", "fb-b"}                 # every journey


def test_latin_text_ignores_case_and_needs_no_whole_word(project):
    index = project_index(project)
    assert ids(index.find("CLAIM")) == ["fb-2"]
    assert ids(index.find("laim took")) == ["fb-2"]
    assert ids(index.find("kind", source="employee")) == []
    assert ids(index.find("理赔", source="employee")) == ["fb-1"]


def test_query_syntax_is_plain_text(project):
    index = project_index(project)
    assert ids(index.find("100%")) == ["fb-3"]
    assert ids(index.find('"quoted" OR NEAR(')) == []          # not FTS syntax: no error, no hit
    assert index.find("   ") == []
    with pytest.raises(ValueError, match="source"):
        index.find("x", source="everyone")


def test_a_file_is_searched_read_only(project, tmp_path):
    path = tmp_path / "p.jmap"
    save(project, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    index = file_index(path)
    assert index.count == len(COMMENTS) + 1
    assert ids(index.find("理赔太慢")) == ["fb-0"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jmap"]          # no journal left behind


def test_a_project_without_comments(tmp_path):
    assert project_index(Project()).find("anything") == []


def test_a_dataset_scopes_the_search():
    project = Project()
    project.add(Journey("jn-a", "A"))
    project.add(FeedbackItem("fb-1", "jn-a", "理赔太慢", dataset="ds-1"))
    project.add(FeedbackItem("fb-2", "jn-a", "理赔很快", dataset="ds-2", source="employee"))
    project.add(FeedbackItem("fb-3", "jn-a", "理赔要等", dataset=None))
    index = project_index(project)
    assert ids(index.find("理赔", dataset="ds-1")) == ["fb-1"]
    assert [h.dataset for h in index.find("理赔")] == ["ds-1", "ds-2", None]
    assert ids(index.find("理赔", dataset="ds-2", source="customer")) == [] and ids(index.find("理赔", dataset="x")) == []
