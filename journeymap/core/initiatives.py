"""Initiatives as undoable edits: create from pain points, link, unlink, reschedule, edit.

No Qt. Each function checks its input against the project and returns one Command (one undo
step); bad input raises InitiativeError naming the field and the value, and changes nothing.

Status: idea, planned, in_progress, done, dropped. Older files say "cancelled" for "dropped":
``normal_status`` reads it as "dropped"; edits always write "dropped".
"""
from __future__ import annotations

import datetime as dt
import math
from typing import Any

from . import names
from .commands import AddEntities, Command, UpdateEntity
from .model import Initiative, PainPoint, new_id
from .project import Project

STATUSES = ("idea", "planned", "in_progress", "done", "dropped")
LEGACY_STATUS = {"cancelled": "dropped"}
CLOSED = ("done", "dropped")
EDITABLE = ("title", "description", "owner", "department", "start", "due", "done", "effort", "cost", "reach",
            "expected_uplift", "confidence", "status", "impact", "uplift_target", "uplift_stage", "link_item",
            "link_slope", "notes")


class InitiativeError(ValueError):
    """An edit an initiative cannot take; the message names the field and the value."""


def normal_status(status: str | None) -> str:
    """The status in today's words ("cancelled" in older files is "dropped")."""
    status = (status or "idea").strip()
    return LEGACY_STATUS.get(status, status)


def parse_date(value: object, *, what: str = "date") -> dt.date | None:
    """An ISO date (``2027-03-31``) or None; anything else raises InitiativeError."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InitiativeError(names.tr("{what} {value!r} is not a date like 2027-03-31").format(
            what=names.field(what), value=value)) from None


def create_from_pain_points(project: Project, pain_ids: list[str], *, title: str | None = None, owner: str = "",
                            department: str = "", status: str = "idea", due: str | None = None) -> AddEntities:
    """A new initiative addressing ``pain_ids`` (one or several, one journey), as one undo step."""
    if not pain_ids:
        raise InitiativeError("choose at least one pain point to make an initiative from")
    pains = [_pain(project, pid) for pid in dict.fromkeys(pain_ids)]
    journeys = {p.journey for p in pains}
    if len(journeys) > 1:
        raise InitiativeError("the pain points belong to different journeys; an initiative serves one journey")
    stage = project.find("stages", pains[0].stage)
    if title is None:
        # the title is the user's text from now on: written in the UI's language (names' translator)
        title = (names.tr("Fix: {title}").format(title=pains[0].title) if len(pains) == 1 else
                 names.tr("Fix {n} pain points: {title} \u2026").format(n=len(pains), title=pains[0].title))
    init = Initiative(new_id("in"), journeys.pop(), title, owner=owner,
                      department=department or (stage.department if stage is not None else ""),
                      status=_status(status), due=_iso(due, "due"), pain_points=[p.id for p in pains],
                      uplift_stage=pains[0].stage)
    label = (names.tr("New initiative from a pain point") if len(pains) == 1 else
             names.tr("New initiative from {n} pain points").format(n=len(pains)))
    return AddEntities([init], label=label)


def link_pain_point(project: Project, initiative_id: str, pain_id: str) -> Command:
    init = _initiative(project, initiative_id)
    pain = _pain(project, pain_id)
    if pain.journey != init.journey:
        raise InitiativeError(f"pain point {pain.title!r} is in another journey than {init.title!r}")
    if pain_id in init.pain_points:
        raise InitiativeError(f"{init.title!r} already addresses {pain.title!r}")
    return UpdateEntity("initiatives", init.id, {"pain_points": [*init.pain_points, pain_id]},
                        label=names.tr("Link pain point to initiative"))


def unlink_pain_point(project: Project, initiative_id: str, pain_id: str) -> Command:
    init = _initiative(project, initiative_id)
    if pain_id not in init.pain_points:
        raise InitiativeError(f"{init.title!r} does not address pain point {pain_id!r}")
    return UpdateEntity("initiatives", init.id, {"pain_points": [p for p in init.pain_points if p != pain_id]},
                        label=names.tr("Unlink pain point from initiative"))


def reschedule(project: Project, initiative_id: str, *, start: object = None, due: object = None,
               drag_id: str | None = None) -> Command:
    """New start and/or due date; moves within one drag (same ``drag_id``) merge into one step."""
    init = _initiative(project, initiative_id)
    changes = {}
    if start is not None:
        changes["start"] = _iso(start, "start")
    if due is not None:
        changes["due"] = _iso(due, "due")
    if not changes:
        raise InitiativeError("reschedule needs a start or a due date")
    _check_order(changes.get("start", init.start), changes.get("due", init.due))
    key = f"reschedule:{drag_id}:{init.id}" if drag_id else None
    return UpdateEntity("initiatives", init.id, changes, label=names.tr("Reschedule initiative"), merge_key=key)


def edit_initiative(project: Project, initiative_id: str, *, label: str | None = None, **changes: Any) -> Command:
    """Set fields of an initiative, each checked (dates, 0..1 confidence, positive effort, status)."""
    init = _initiative(project, initiative_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InitiativeError(f"initiatives have no editable field {', '.join(sorted(unknown))}")
    clean = {name: _check(project, name, value) for name, value in changes.items()}
    _check_order(clean.get("start", init.start), clean.get("due", init.due))
    if clean.get("status") == "done" and not clean.get("done", init.done):
        raise InitiativeError(names.tr("{title!r}: a done initiative needs its done date (when did it go live?)")
                              .format(title=init.title))
    status = clean.get("status", normal_status(init.status))
    if clean.get("done") is not None:
        _check_done(status, clean["done"])
    elif "status" in clean and status != "done" and init.done and "done" not in clean:
        clean["done"] = None   # reopened or dropped: it did not go live, so its go-live date goes (one undo step)
    # no label given: UpdateEntity says which fields changed by their display names, translated
    return UpdateEntity("initiatives", init.id, clean, label=label or "")


# -- checks -----------------------------------------------------------------------------------

def _check(project: Project, name: str, value: Any) -> Any:
    if name in ("start", "due", "done"):
        return _iso(value, name)
    if name == "status":
        return _status(value)
    if name in ("effort", "cost", "reach", "impact", "confidence", "expected_uplift", "link_slope"):
        return _number(name, value)
    if name == "uplift_stage" and value is not None and project.find("stages", value) is None:
        raise InitiativeError(f"uplift_stage: no stage with id {value!r}")
    if name == "uplift_target" and value and not str(value).startswith(("item:", "metric:")):
        raise InitiativeError(f"uplift_target {value!r} must be 'item:<survey item id>' or 'metric:<metric id>'")
    if name == "title" and not str(value).strip():
        raise InitiativeError(names.tr("an initiative needs a title"))
    return value


def _number(name: str, value: Any) -> float | None:
    if value in (None, ""):
        return None
    try:
        number = float(value)
        if not math.isfinite(number):   # "NaN" and "inf" parse; a NaN reach broke the roadmap chart
            raise ValueError(value)
    except (TypeError, ValueError):
        raise InitiativeError(names.tr("{name} {value!r} is not a number").format(name=names.field(name),
                                                                                value=value)) from None
    if name == "confidence" and not 0 <= number <= 1:
        raise InitiativeError(names.tr("confidence {number:g} must be between 0 and 1").format(number=number))
    if name in ("effort", "cost", "reach", "impact") and number < 0:
        raise InitiativeError(names.tr("{name} {number:g} cannot be negative").format(name=names.field(name),
                                                                                    number=number))
    if name == "effort" and number == 0:
        raise InitiativeError(names.tr("effort 0 would make RICE infinite: give person-months > 0, or leave it "
                                       "empty"))
    return number


def _status(value: str | None) -> str:
    status = normal_status(value)
    if status not in STATUSES:
        raise InitiativeError(f"status {value!r} is not one of {', '.join(STATUSES)}")
    return status


def _iso(value: object, what: str) -> str | None:
    date = parse_date(value, what=what)
    return None if date is None else date.isoformat()


def _check_order(start: object, due: object) -> None:
    a, b = parse_date(start, what="start"), parse_date(due, what="due")
    if a is not None and b is not None and b < a:
        raise InitiativeError(names.tr("due {due} is before start {start}").format(due=b.isoformat(),
                                                                                 start=a.isoformat()))


def _check_done(status: str, done: str) -> None:
    """A done date says when the initiative went live: the before/after review splits the periods there.
    On an idea or a plan it would be a guess read as a fact, and a date to come has not happened yet."""
    if status != "done":
        raise InitiativeError(names.tr("done on {date}: the initiative is not done (set its status to done "
                                       "first)").format(date=done))
    if dt.date.fromisoformat(done) > dt.date.today():
        raise InitiativeError(names.tr("done on {date} is in the future: it is the day it went live")
                              .format(date=done))


def _initiative(project: Project, initiative_id: str) -> Initiative:
    init = project.find("initiatives", initiative_id)
    if init is None:
        raise InitiativeError(f"no initiative with id {initiative_id!r}")
    return init


def _pain(project: Project, pain_id: str) -> PainPoint:
    pain = project.find("pain_points", pain_id)
    if pain is None:
        raise InitiativeError(f"no pain point with id {pain_id!r}")
    return pain
