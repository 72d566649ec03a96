"""Recoding comments by keyword rules: one undoable Macro, column/hand codes kept."""
import copy

from journeymap.analysis import recode
from journeymap.core.commands import Macro
from journeymap.core.model import FeedbackItem, Journey, Reason
from journeymap.samples.templates import build


def _project():
    project = build("insurance")
    j = project.default_journey().id
    project.add(Reason("rs-price", "Price", ["expensive", "贵"], priority=1))
    project.add(Reason("rs-wait", "Waiting", ["wait", "等"]))
    project.add(FeedbackItem("fb-1", j, "Far too EXPENSIVE for what it is"))
    project.add(FeedbackItem("fb-2", j, "保费太貴了"))                          # traditional 貴
    project.add(FeedbackItem("fb-3", j, "电话等了很久", reason="Price", coded_by="rule"))
    project.add(FeedbackItem("fb-4", j, "价格太贵", reason="Service", coded_by="column"))
    project.add(FeedbackItem("fb-5", j, "等太久", reason="Other", coded_by="hand"))
    project.add(FeedbackItem("fb-6", j, "nice people", reason="Price", coded_by="rule"))
    project.add(FeedbackItem("fb-7", j, "no words that match"))
    return project


def _codes(project):
    return {f.id: (f.reason, f.coded_by) for f in project.all("feedback")}


def test_recode_codes_english_and_chinese_and_keeps_column_and_hand_codes():
    project = _project()
    before = copy.deepcopy(_codes(project))
    command = recode.recode_commands(project)
    assert isinstance(command, Macro) and command.label == "Recode comments"
    command.do(project)
    codes = _codes(project)
    assert codes["fb-1"] == ("Price", "rule")
    assert codes["fb-2"] == ("Price", "rule")
    assert codes["fb-3"] == ("Waiting", "rule")
    assert codes["fb-4"] == ("Service", "column")
    assert codes["fb-5"] == ("Other", "hand")
    assert codes["fb-6"] == ("", "")
    assert codes["fb-7"] == ("", "")
    assert len(command.commands) == 4           # fb-7 did not change
    command.undo(project)
    assert _codes(project) == before


def test_nothing_to_change_gives_none():
    project = _project()
    recode.recode_commands(project).do(project)
    assert recode.recode_commands(project) is None


def test_without_keeping_column_codes_everything_is_recoded():
    project = _project()
    recode.recode_commands(project, keep_column_codes=False).do(project)
    codes = _codes(project)
    assert codes["fb-4"] == ("Price", "rule")
    assert codes["fb-5"] == ("Waiting", "rule")


def test_journey_scope_and_preview():
    project = _project()
    project.add(Journey("jn-other", "Other journey"))
    project.add(FeedbackItem("fb-x", "jn-other", "too expensive"))
    command = recode.recode_commands(project, journey_id="jn-other")
    assert [c.id for c in command.commands] == ["fb-x"]
    assert recode.preview(project) == {"Price": 3, "": 2, "Waiting": 1}
    rules = [{"name": "Noise", "keywords": ["words"]}]
    assert recode.preview(project, rules=rules) == {"": 5, "Noise": 1}


def test_split_keywords_and_reason_commands():
    assert recode.split_keywords("slow, 慢，等待、 wait ;;") == ["slow", "慢", "等待", "wait"]
    project = _project()
    rows = [{"id": "rs-price", "name": "Price", "keywords": ["贵", "cost"], "stage": None, "priority": 1},
            {"id": None, "name": "Staff", "keywords": ["rude"], "stage": None, "priority": 0}]
    steps = recode.reason_commands(project, rows)
    macro = Macro(steps)
    macro.do(project)
    assert [r.name for r in project.all("reasons")] == ["Price", "Staff"]
    assert project.get("reasons", "rs-price").keywords == ["贵", "cost"]
    macro.undo(project)
    assert [r.name for r in project.all("reasons")] == ["Price", "Waiting"]
    assert project.get("reasons", "rs-price").keywords == ["expensive", "贵"]
