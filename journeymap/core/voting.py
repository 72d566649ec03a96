"""Workshop dot voting as undoable commands: open a round, cast and retract dots, close it,
merge duplicate pain points. No Qt.

Each function checks the vote against the project as it is now and returns a Command (or raises
VotingError with a sentence a facilitator can read); nothing changes until the command is applied.
One participant's dots on one pain point in one round are kept as one Vote whose ``dots`` grows and
shrinks, so the file holds "who gave what to which sticky in which round" and nothing more.

A round's ``candidates`` may be empty: then every open or accepted pain point of its journey is one
(the ones the ranking ranks). A participant not yet on the round's list joins it with their first vote
(phones arrive with nicknames nobody typed in beforehand).
"""
from __future__ import annotations

from datetime import datetime, timezone

from . import names
from .commands import AddEntities, Command, Macro, RemoveEntities, UpdateEntity
from .model import Vote, VotingRound, new_id
from .project import Project, ProjectError

LIVE_STATUSES = ("open", "accepted")   # the pain points a round with no candidate list offers
MAX_DOTS = 100                         # a sanity bound: nobody hands out more dots than this
MAX_NAME = 60                          # characters of a participant's name or nickname


class VotingError(ProjectError):
    """A vote or round the rules refuse (closed round, unknown sticky, no dots left ...)."""


def now_iso() -> str:
    # to the microsecond: a replay puts the votes back in the order they were cast
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


# -- reading ----------------------------------------------------------------------------

def rounds_of(project: Project, journey_id: str) -> list[VotingRound]:
    return sorted(project.where("voting_rounds", journey=journey_id), key=lambda r: r.number)


def open_round_of(project: Project, journey_id: str) -> VotingRound | None:
    """The journey's round that is open now (at most one is)."""
    return next((r for r in rounds_of(project, journey_id) if r.status == "open"), None)


def round_by_name(project: Project, journey_id: str, name: str) -> VotingRound | None:
    return next((r for r in rounds_of(project, journey_id) if r.name == name), None)


def round_named(project: Project, journey_id: str, name: str) -> VotingRound:
    """The round called ``name``, which must exist (one just opened, or chosen from the list)."""
    rnd = round_by_name(project, journey_id, name)
    if rnd is None:
        raise VotingError(f"no voting round named {name!r}")
    return rnd


def candidates_of(project: Project, rnd: VotingRound) -> list[str]:
    """The pain point ids one may vote for in ``rnd``, in the project's order."""
    if rnd.candidates:
        return [c for c in rnd.candidates if project.find("pain_points", c) is not None]
    return [p.id for p in project.where("pain_points", journey=rnd.journey) if p.status in LIVE_STATUSES]


def votes_of(project: Project, rnd: VotingRound) -> list[Vote]:
    """The votes cast in ``rnd`` (its number, on its journey's pain points)."""
    ids = {p.id for p in project.where("pain_points", journey=rnd.journey)}
    return [v for v in project.all("votes") if v.round == rnd.number and v.pain_point in ids]


def dots_used(project: Project, rnd: VotingRound, participant: str) -> int:
    return sum(v.dots for v in votes_of(project, rnd) if v.participant == participant)


def next_number(project: Project, journey_id: str) -> int:
    """One past the highest round number of the journey, counting votes cast without a round entity."""
    ids = {p.id for p in project.where("pain_points", journey=journey_id)}
    numbers = [r.number for r in rounds_of(project, journey_id)]
    numbers += [v.round for v in project.all("votes") if v.pain_point in ids]
    return max(numbers, default=0) + 1


# -- commands ---------------------------------------------------------------------------

def open_round(project: Project, *, journey_id: str, name: str, question: str = "", dots: int = 5,
               max_per_item: int | None = None, candidates: list[str] | None = None,
               participants: list[str] | None = None, timer_s: int | None = None,
               hide_tally: bool = False, opened_at: str | None = None) -> AddEntities:
    """A new open round of the journey; refused while another round of it is open."""
    project.get("journeys", journey_id)
    name = name.strip()
    if not name:
        raise VotingError("a round needs a name")
    if round_by_name(project, journey_id, name) is not None:
        raise VotingError(f"a round named {name!r} exists already")
    current = open_round_of(project, journey_id)
    if current is not None:
        raise VotingError(f"round {current.name!r} is still open: close it first")
    _check_dots(dots, max_per_item)
    if timer_s is not None and not 0 < timer_s <= 24 * 3600:
        raise VotingError(f"the timer must be between 1 second and 24 hours, not {timer_s} s")
    ids = {p.id for p in project.where("pain_points", journey=journey_id)}
    unknown = [c for c in candidates or () if c not in ids]
    if unknown:
        raise VotingError(f"not pain points of this journey: {', '.join(unknown)}")
    people = [participant_name(p) for p in participants or ()]
    rnd = VotingRound(new_id("vr"), journey_id, next_number(project, journey_id), name, question.strip(),
                      int(dots), max_per_item, list(candidates or []), people, timer_s,
                      int(bool(hide_tally)), "open", opened_at or now_iso(), "")
    return AddEntities([rnd], label=names.tr("Open voting round '{name}'").format(name=names.short(name)))


def _check_dots(dots: int, max_per_item: int | None) -> None:
    if not isinstance(dots, int) or not 1 <= dots <= MAX_DOTS:
        raise VotingError(f"dots per participant must be a whole number from 1 to {MAX_DOTS}, not {dots!r}")
    if max_per_item is not None and (not isinstance(max_per_item, int) or not 1 <= max_per_item <= dots):
        raise VotingError(f"the limit per sticky must be a whole number from 1 to {dots}, not {max_per_item!r}")


def participant_name(name: str) -> str:
    """``name`` tidied (spaces collapsed, control characters dropped); VotingError if empty or long."""
    name = " ".join("".join(ch if ch.isprintable() else " " for ch in str(name)).split())
    if not name:
        raise VotingError("a participant needs a name or an anonymous id")
    if len(name) > MAX_NAME:
        raise VotingError(f"a participant's name has at most {MAX_NAME} characters")
    return name


def _live_round(project: Project, round_id: str) -> VotingRound:
    rnd = project.get("voting_rounds", round_id)
    if rnd.status != "open":
        raise VotingError(f"round {rnd.name!r} is closed")
    return rnd


def cast_vote(project: Project, *, round_id: str, participant: str, pain_point: str, dots: int = 1,
              cast_at: str | None = None) -> Command:
    """``dots`` more dots from ``participant`` on ``pain_point``, within the round's rules."""
    rnd = _live_round(project, round_id)
    who = participant_name(participant)
    if not isinstance(dots, int) or dots < 1:
        raise VotingError(f"dots must be a whole number of at least 1, not {dots!r}")
    if pain_point not in candidates_of(project, rnd):
        raise VotingError(f"{pain_point!r} is not a candidate of round {rnd.name!r}")
    used = dots_used(project, rnd, who)
    if used + dots > rnd.dots:
        raise VotingError(f"{who} has {rnd.dots - used} of {rnd.dots} dots left")
    mine = _vote_on(project, rnd, who, pain_point)
    on_item = (mine.dots if mine else 0) + dots
    if rnd.max_per_item is not None and on_item > rnd.max_per_item:
        raise VotingError(f"at most {rnd.max_per_item} dots on one sticky in round {rnd.name!r}")
    label = vote_text(project, who, pain_point, dots)
    steps: list[Command] = []
    if who not in rnd.participants:
        steps.append(UpdateEntity("voting_rounds", rnd.id, {"participants": rnd.participants + [who]}))
    when = cast_at or now_iso()
    if mine is None:
        steps.append(AddEntities([Vote(new_id("vt"), pain_point, who, rnd.number, dots, when)]))
    else:
        steps.append(UpdateEntity("votes", mine.id, {"dots": on_item, "cast_at": when}))
    if len(steps) == 1:
        steps[0].label = label      # else the step names the vote by its id ("Add vote 'vt-…'")
        return steps[0]
    return Macro(steps, label=label)


def vote_text(project: Project, who: str, pain_point: str, dots: int) -> str:
    """"Ann: 2 dots on 'Nobody calls back'": the undo text names people and stickies as the room sees them."""
    title = names.title_of(project.get("pain_points", pain_point))
    text = names.tr("{who}: {n} dot on '{title}'") if dots == 1 else names.tr("{who}: {n} dots on '{title}'")
    return text.format(who=who, n=dots, title=title)


def retract_vote(project: Project, *, round_id: str, participant: str, pain_point: str,
                 dots: int = 1) -> Command:
    """Take back ``dots`` of the participant's dots on ``pain_point`` (the vote goes at zero)."""
    rnd = _live_round(project, round_id)
    mine = _vote_on(project, rnd, participant_name(participant), pain_point)
    if mine is None or dots < 1:
        raise VotingError(f"{participant} has no dot on {pain_point!r} to take back")
    label = take_back_text(project, mine.participant, pain_point, dots)
    if mine.dots <= dots:
        return RemoveEntities("votes", [mine.id], label=label)
    return UpdateEntity("votes", mine.id, {"dots": mine.dots - dots}, label=label)


def take_back_text(project: Project, who: str, pain_point: str, dots: int) -> str:
    title = names.title_of(project.get("pain_points", pain_point))
    text = (names.tr("Take back {who}'s dot on '{title}'") if dots == 1 else
            names.tr("Take back {n} of {who}'s dots on '{title}'"))
    return text.format(who=who, n=dots, title=title)


def _vote_on(project: Project, rnd: VotingRound, who: str, pain_point: str) -> Vote | None:
    return next((v for v in project.where("votes", pain_point=pain_point, participant=who)
                 if v.round == rnd.number), None)


def close_round(project: Project, *, round_id: str, closed_at: str | None = None) -> Command:
    rnd = _live_round(project, round_id)
    return UpdateEntity("voting_rounds", rnd.id, {"status": "closed", "closed_at": closed_at or now_iso()},
                        label=names.tr("Close voting round '{name}'").format(name=names.short(rnd.name)))


def whole_round(commands: list[Command], *, name: str) -> Command:
    """The commands of one round (open, votes, close) as one undo step."""
    return Macro(list(commands), label=names.tr("Voting round '{name}'").format(name=names.short(name)))


def delete_round(project: Project, *, round_id: str) -> Command:
    """Remove a round and the votes cast in it, as one step."""
    rnd = project.get("voting_rounds", round_id)
    steps: list[Command] = []
    votes = [v.id for v in votes_of(project, rnd)]
    if votes:
        steps.append(RemoveEntities("votes", votes))
    steps.append(RemoveEntities("voting_rounds", [rnd.id]))
    return Macro(steps, label=names.tr("Delete voting round '{name}'").format(name=names.short(rnd.name)))


def merge_pain_points(project: Project, *, keep: str, drop: str) -> Command:
    """Fold the duplicate ``drop`` into ``keep`` (the workshop's drag of a sticky onto its twin), by
    the same rule as every merge (core/merge.py): ``keep`` takes the values it lacks from ``drop``."""
    from .merge import merge_pain_points as merge   # merge.py builds on this module's VotingError
    return merge(project, [keep, drop], keep=keep)
