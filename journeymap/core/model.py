"""The journey as plain data: one dataclass per entity, plain types only.

Every entity has a string ``id`` that is unique within its kind. Relations are ids,
never object references, so an entity can be saved, copied or undone on its own.
Field order is the column order of the project file (storage/schema.py).
"""
from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field
from typing import Any, TypeAlias, TypeVar

STATES = ("current", "future")
ROLES = ("entry", "step", "terminal")
CHANNELS = ("phone", "web", "app", "branch", "agent", "chat", "mail", "email", "other")
TRANSITION_KINDS = ("normal", "loop", "handoff", "drop-out")
PAIN_SOURCES = ("customer", "employee", "workshop", "data")
PAIN_STATUSES = ("open", "candidate", "accepted", "dismissed", "merged", "resolved")
INITIATIVE_STATUSES = ("idea", "planned", "in_progress", "done", "dropped")  # "cancelled" in older files: core.initiatives.normal_status
BETTER = ("higher", "lower")
METRIC_KINDS = ("satisfaction", "operating", "financial")
DATASET_KINDS = ("survey", "operations", "feedback")
EVIDENCE_KINDS = ("metric", "reason", "item", "feedback", "note")
FEEDBACK_SOURCES = ("customer", "employee")


def new_id(prefix: str) -> str:
    """A short random id with a readable prefix (``st-1a2b3c4d``)."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@dataclass
class ProjectInfo:
    title: str = "Untitled project"
    organisation: str = ""
    currency: str = "EUR"
    locale: str = "en"
    default_journey: str | None = None
    description: str = ""
    # The user's impact weights (analysis/scoring.py); empty means the defaults.
    rank_weights: dict[str, float] = field(default_factory=dict)
    # How a stage's importance is computed for the ranking: stage_shapley (default) | item_sum.
    rank_importance_method: str = "stage_shapley"
    # The value per affected customer that scores 0.5 in the ranking; None: the journey's revenue per customer.
    rank_value_reference: float | None = None


@dataclass
class Segment:
    """A customer type / persona: who walks the journey, and what they are worth."""
    id: str
    name: str
    share: float | None = None               # share of all customers, 0..1
    value_per_customer: float | None = None  # yearly revenue per customer
    customers: int | None = None
    description: str = ""
    color: str = ""


@dataclass
class Journey:
    id: str
    name: str
    state: str = "current"            # current | future
    persona: str | None = None        # Segment.id
    derived_from: str | None = None   # Journey.id this future state was made from
    description: str = ""
    period: str = "month"             # the period volumes are counted in
    customers: float | None = None    # customers walking the journey per period (reach's reference)
    revenue: float | None = None      # revenue per period (value's default reference)


@dataclass
class Phase:
    """A column of the map."""
    id: str
    journey: str
    name: str
    order: int = 0
    description: str = ""


@dataclass
class Lane:
    """A row of the map a team adds beside the built-in lanes ("Systems", "KPIs", ...).

    Each stage holds its text for the lane in ``Stage.lanes`` (lane id -> text).
    """
    id: str
    journey: str
    name: str
    order: int = 0
    description: str = ""


@dataclass
class Stage:
    """A card in a phase: one step or touchpoint."""
    id: str
    journey: str
    phase: str | None
    name: str
    description: str = ""
    role: str = "step"                # entry | step | terminal
    channel: str = ""
    department: str = ""
    customer_action: str = ""
    thinking: str = ""
    emotion: float | None = None      # -3 .. +3
    backstage: str = ""
    opportunities: str = ""
    x: float = 0.0
    y: float = 0.0
    derived_from: str | None = None   # Stage.id in the current state this one redesigns
    emotions: dict[str, float] = field(default_factory=dict)  # Segment.id -> emotion
    lanes: dict[str, str] = field(default_factory=dict)       # Lane.id -> text in that lane


@dataclass
class Transition:
    id: str
    journey: str
    source: str                       # Stage.id
    target: str                       # Stage.id
    label: str = ""
    share: float | None = None        # share of customers taking this path, 0..1
    kind: str = "normal"              # normal | loop | handoff | drop-out


@dataclass
class PainPoint:
    id: str
    journey: str
    stage: str | None
    title: str
    description: str = ""
    source: str = "workshop"          # customer | employee | workshop | data
    reason: str = ""
    severity: int | None = None       # 1..5, set by the owners
    status: str = "open"
    share_affected: float | None = None  # of the stage's customers, 0..1
    gap: float | None = None          # how much worse the affected fare (0..1 or points)
    value_at_risk: float | None = None
    merged_into: str | None = None
    created: str = ""
    gap_se: float | None = None       # sampling error of a gap measured from data
    value_per_customer: float | None = None  # revenue at risk per affected customer


@dataclass
class Evidence:
    """Links a pain point to what supports it: a metric, a reason, a survey item."""
    id: str
    pain_point: str
    kind: str                         # metric | reason | item | feedback | note
    ref: str = ""                     # MetricDef.id, reason name, SurveyItem.id ...
    note: str = ""
    value: float | None = None


@dataclass
class Vote:
    """Dots given in a workshop round, kept per participant so a session replays."""
    id: str
    pain_point: str
    participant: str
    round: int = 1
    dots: int = 1
    cast_at: str = ""


@dataclass
class Initiative:
    id: str
    journey: str
    title: str
    description: str = ""
    owner: str = ""
    department: str = ""
    start: str | None = None          # ISO dates
    due: str | None = None
    done: str | None = None
    effort: float | None = None       # person-months
    cost: float | None = None
    reach: float | None = None
    expected_uplift: float | None = None
    confidence: float | None = None   # 0..1
    status: str = "idea"
    pain_points: list[str] = field(default_factory=list)  # PainPoint ids
    impact: float | None = None       # RICE impact (0.25 minimal .. 3 massive)
    uplift_target: str = ""           # what the uplift moves: "item:<SurveyItem.id>" or "metric:<MetricDef.id>"
    uplift_stage: str | None = None   # the stage a metric uplift applies to
    link_item: str | None = None      # an operating metric's stated link to a survey item ...
    link_slope: float | None = None   # ... item change per unit of the metric (an assumption)
    notes: str = ""


@dataclass
class VotingRound:
    """A dot-voting round of a workshop; its votes carry ``Vote.round == number``."""
    id: str
    journey: str
    number: int
    name: str
    question: str = ""
    dots: int = 5                     # dots per participant
    max_per_item: int | None = None   # optional limit of dots on one sticky
    candidates: list[str] = field(default_factory=list)   # PainPoint ids; empty = all open
    participants: list[str] = field(default_factory=list)
    timer_s: int | None = None
    hide_tally: int = 0               # 1: the tally stays hidden until the round closes
    status: str = "open"              # open | closed
    opened_at: str = ""
    closed_at: str = ""


@dataclass
class MetricDef:
    id: str
    name: str
    unit: str = ""
    better: str = "higher"            # higher | lower
    target: float | None = None
    kind: str = "operating"           # satisfaction | operating | financial
    scale_min: float | None = None
    scale_max: float | None = None
    description: str = ""


@dataclass
class MetricValue:
    id: str
    metric: str                       # MetricDef.id
    stage: str                        # Stage.id
    period: str = ""                  # "2026-10", "2026-Q3" or "" for all
    segment: str = ""                 # free text from the data; "" for all
    value: float | None = None
    n: float | None = None
    dataset: str | None = None


@dataclass
class Dataset:
    """Provenance of one imported file. Its raw rows live in their own table."""
    id: str
    name: str
    kind: str                         # survey | operations | feedback
    journey: str
    file_name: str = ""
    sha256: str = ""
    rows: int = 0
    imported_at: str = ""
    encoding: str = ""
    mapping: dict = field(default_factory=dict)
    note: str = ""


@dataclass
class SurveyItem:
    """One rated question of a survey dataset, mapped to a stage."""
    id: str
    dataset: str
    column: str                       # header in the source file
    stage: str | None
    label: str = ""
    position: int = 0                 # column i<position> in the raw table
    scale_min: float = 1
    scale_max: float = 5
    better: str = "higher"
    missing: list[float] = field(default_factory=list)


@dataclass
class SavedMapping:
    name: str
    kind: str
    mapping: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.name


@dataclass
class FeedbackItem:
    id: str
    journey: str
    text: str
    stage: str | None = None
    reason: str = ""
    score: float | None = None
    source: str = "customer"          # customer | employee
    date: str = ""
    dataset: str | None = None
    segment: str = ""
    coded_by: str = ""                # "" | "column" | "rule" | "hand"


@dataclass
class Reason:
    """A reason in the taxonomy, with the keyword rules that code comments to it."""
    id: str
    name: str
    keywords: list[str] = field(default_factory=list)
    description: str = ""
    stage: str | None = None          # a stage the reason usually belongs to
    priority: int = 0


# Any entity: what a read of a kind known only at run time gives (core/reads.py).
Entity: TypeAlias = (Segment | Journey | Phase | Lane | Stage | Transition | PainPoint | Evidence | Vote | VotingRound
                     | Initiative | MetricDef | Dataset | MetricValue | SurveyItem | SavedMapping | FeedbackItem | Reason)

E = TypeVar("E", bound=Entity)   # one entity kind, kept through a copy or replacement

# The entity kinds a project holds, in the order they are saved (parents first).
ENTITY_TYPES: dict[str, type[Entity]] = {
    "segments": Segment,
    "journeys": Journey,
    "phases": Phase,
    "lanes": Lane,
    "stages": Stage,
    "transitions": Transition,
    "pain_points": PainPoint,
    "evidence": Evidence,
    "votes": Vote,
    "voting_rounds": VotingRound,
    "initiatives": Initiative,
    "metrics": MetricDef,
    "datasets": Dataset,
    "metric_values": MetricValue,
    "survey_items": SurveyItem,
    "mappings": SavedMapping,
    "feedback": FeedbackItem,
    "reasons": Reason,
}

KIND_OF_TYPE: dict[type[Entity], str] = {cls: kind for kind, cls in ENTITY_TYPES.items()}


@dataclass(frozen=True)
class Bounds:
    """The values a number field means: ``low`` to ``high`` (None: no limit on that side);
    ``above``: strictly above ``low`` (a reference that is divided by)."""
    low: float | None = None
    high: float | None = None
    above: bool = False

    def holds(self, value: float) -> bool:
        if self.low is not None and (value <= self.low if self.above else value < self.low):
            return False
        return self.high is None or value <= self.high


# What each number field means, (kind, field) -> Bounds: checked where a person types a value (the
# inspector refuses the rest, naming the field and its range). A negative count or amount at risk, a
# gap below 0 or above its 0..1 scale were saved silently; customers per period of -5000 failed only at
# export, without naming the field (QA 4). Positions (a phase's or lane's order) depend on the journey.
FIELD_BOUNDS: dict[tuple[str, str], Bounds] = {
    ("segments", "share"): Bounds(0, 1), ("segments", "value_per_customer"): Bounds(0),
    ("segments", "customers"): Bounds(0),
    ("journeys", "customers"): Bounds(0, above=True), ("journeys", "revenue"): Bounds(0),
    ("stages", "emotion"): Bounds(-3, 3), ("stages", "emotions"): Bounds(-3, 3),
    ("transitions", "share"): Bounds(0, 1),
    ("pain_points", "severity"): Bounds(1, 5), ("pain_points", "share_affected"): Bounds(0, 1),
    ("pain_points", "gap"): Bounds(0, 1), ("pain_points", "value_at_risk"): Bounds(0),
    ("pain_points", "gap_se"): Bounds(0), ("pain_points", "value_per_customer"): Bounds(0),
    ("initiatives", "confidence"): Bounds(0, 1),
}


def field_names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def replace(entity: E, **changes: Any) -> E:
    """A copy of ``entity`` with ``changes``: entities are edited by replacement."""
    return dataclasses.replace(entity, **changes)
