"""Undo/redo texts of votes name the participant and the pain point's title, translatable (QA step39c:
"Undo Change dots and cast at of vote 'vt-2290314303'", "Redo Take back vote on pp-app-changes")."""
from __future__ import annotations

from journeymap.core import model as m
from journeymap.core import names, voting
from journeymap.core.project import Project
from journeymap.core.voting_batch import cast_batch


def project_with_round() -> tuple[Project, m.VotingRound]:
    project = Project()
    project.add(m.Journey("jn", "Claims"))
    project.add(m.PainPoint("pp-app-changes", "jn", None, "The app changes every month"))
    voting.open_round(project, journey_id="jn", name="Morning", participants=["Ann"]).do(project)
    return project, voting.open_round_of(project, "jn")


def applied(project: Project, command) -> str:
    label = command.describe(project)
    command.do(project)
    return label


def test_vote_labels_say_who_and_which_pain_point():
    p, rnd = project_with_round()
    kw = {"round_id": rnd.id, "participant": "Ann", "pain_point": "pp-app-changes"}
    first = applied(p, voting.cast_vote(p, **kw))
    again = applied(p, voting.cast_vote(p, **kw, dots=2))
    back = applied(p, voting.retract_vote(p, **kw))
    gone = applied(p, voting.retract_vote(p, **kw, dots=2))
    assert first == "Ann: 1 dot on 'The app changes every month'"
    assert again == "Ann: 2 dots on 'The app changes every month'"
    assert back == "Take back Ann's dot on 'The app changes every month'"
    assert gone == "Take back 2 of Ann's dots on 'The app changes every month'"
    newcomer = applied(p, voting.cast_vote(p, **{**kw, "participant": "Bo"}))    # joins the round too
    assert newcomer == "Bo: 1 dot on 'The app changes every month'"
    closing = applied(p, voting.close_round(p, round_id=rnd.id))
    assert closing == "Close voting round 'Morning'"


def test_vote_labels_go_through_the_translator():
    p, rnd = project_with_round()
    seen = []

    def translate(context, text):
        seen.append((context, text))
        return {"{who}: {n} dot on '{title}'": "{who}：在“{title}”上投 {n} 票"}.get(text, text)
    names.set_translator(translate)
    try:
        label = voting.cast_vote(p, round_id=rnd.id, participant="Ann", pain_point="pp-app-changes").describe(p)
        one, _ = cast_batch(p, round_id=rnd.id, taps=[("Bo", "pp-app-changes", 1)])
        burst, _ = cast_batch(p, round_id=rnd.id, taps=[("Bo", "pp-app-changes", 1), ("Cy", "pp-app-changes", 1)])
    finally:
        names.set_translator(None)
    assert label == "Ann：在“The app changes every month”上投 1 票"
    assert one.label == "Bo：在“The app changes every month”上投 1 票"      # one tap from a phone: as at the desk
    assert burst.label == "2 dots from phones"
    assert all(context == "Names" for context, _ in seen)
