"""The bundled sample project: an insurer's end-to-end journey with synthetic data.

``build_sample(path)`` writes it. It is deterministic: one seeded numpy Generator, ids derived
from names and indices, fixed dates. The journey structure is templates.INSURANCE (stage texts and
the future state: insurance_journeys); the data comes from insurance_data (survey, operations),
comments (feedback) and insurance_plan (pain points, votes, initiatives). docs/sample.md describes what it holds.
"""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Callable

import numpy as np

from ..core import model
from ..core.project import Project
from ..storage import datasets as raw
from ..storage.write import save
from . import comments as cm
from . import insurance_data as data
from . import insurance_plan as plan
from .insurance_journeys import add_future, fill_stages
from .templates import INSURANCE, INSURANCE_FLOW, add_journey, slug

Writer = Callable[[sqlite3.Connection], None]   # writes a dataset's raw rows inside the project's save

SEED = 20261203
JOURNEY = "Insurance end to end"
IMPORTED = "2026-12-03T09:30:00"
SURVEY_IMPORTED = "2027-01-06T09:00:00"   # re-delivered with the December wave
OPS_NEXT_IMPORTED = "2027-01-06T09:15:00"
SEGMENTS = [("sg-private", "Private customers", 0.8, 620.0, 410_000, "#2E86AB",
             "Households with home and car policies."),
            ("sg-business", "Small business", 0.2, 2400.0, 102_500, "#F18F01",
             "Shops, trades and offices with up to 50 staff; often buy through an agent.")]
# id, name, unit, better, target, kind, scale, description
METRICS = [
    ("mt-csat", "Customer satisfaction (CSAT)", "1-5", "higher", 4.0, "satisfaction", (1, 5),
     "Mean rating of the stage's survey item on 1-5 (5 = best)."),
    ("mt-ces", "Customer effort (CES)", "1-7", "lower", 3.0, "satisfaction", (1, 7),
     "How much effort the customer had to put in, 1-7: lower is better."),
    ("mt-nps", "Net Promoter Score", "points", "higher", 20.0, "satisfaction", (-100, 100),
     "% promoters (9-10) minus % detractors (0-6) on the 0-10 recommend question."),
    ("mt-customers", "Customers at the stage", "customers", "higher", None, "operating", None,
     "Customers passing the stage in the month (the reach of its pain points)."),
    ("mt-contacts", "Contact volume", "contacts", "lower", None, "operating", None,
     "Calls, chats and agent contacts at the stage."),
    ("mt-aht", "Average handling time", "s", "lower", 480.0, "operating", None, "Talk plus wrap-up time."),
    ("mt-fcr", "First-contact resolution", "%", "higher", 80.0, "operating", None,
     "Share of contacts resolved without a repeat contact within 7 days."),
    ("mt-wait", "Wait time", "s", "lower", 60.0, "operating", None, "Time in the queue before an answer."),
    ("mt-complaints", "Complaints", "complaints", "lower", None, "operating", None,
     "Complaints logged about the stage."),
    ("mt-cost", "Cost per contact", "EUR", "lower", 7.0, "operating", None, "Fully loaded cost of a contact."),
    ("mt-decision", "Time to claim decision", "days", "lower", 10.0, "operating", None,
     "Days from the first notice of loss to the decision."),
]
# operations file column -> (metric id, aggregation across segments, per-segment values kept)
OPS_METRICS = {"customers": ("mt-customers", "sum", True), "contacts": ("mt-contacts", "sum", True),
               "aht_s": ("mt-aht", "mean", False), "fcr_pct": ("mt-fcr", "mean", False),
               "wait_s": ("mt-wait", "mean", False), "complaints": ("mt-complaints", "sum", False),
               "cost_per_contact": ("mt-cost", "mean", False), "decision_days": ("mt-decision", "mean", False)}


def build_sample(path: Path) -> None:
    """Writes the sample project, with the raw rows of its three datasets, to ``path``."""
    project, writers = build_project()
    save(project, Path(path), also=lambda conn: [w(conn) for w in writers])


def build_project() -> tuple[Project, list]:
    """The project in memory, and the functions that write its datasets' raw rows."""
    rng = np.random.default_rng(SEED)
    project = Project(model.ProjectInfo(
        title="Sample: Northwind Insurance end to end (synthetic data)",
        organisation="Northwind Insurance (fictional)", currency="EUR", locale="en",
        description="An insurer's end-to-end customer journey, from the first inquiry to a claim, with a "
                    "relationship survey, monthly operating data, customer and employee comments, pain points "
                    "from a workshop and the initiatives that address them. All data in this project is "
                    "synthetic."))
    for sid, name, share, value, customers, color, desc in SEGMENTS:
        project.add(model.Segment(sid, name, share, value, customers, desc, color))
    current = add_journey(project, name=JOURNEY, phases=INSURANCE, flow=INSURANCE_FLOW, key="ins")
    project.update("journeys", current.id, description="The journey as customers walk it today (2026).")
    stages = {s.name: s.id for s in project.stages_of(current.id)}
    fill_stages(project, stages)
    add_future(project, current.id)
    for mid, name, unit, better, target, kind, scale, desc in METRICS:
        lo, hi = scale or (None, None)
        project.add(model.MetricDef(mid, name, unit, better, target, kind, lo, hi, desc))
    survey, ops, notes = data.survey(rng), data.operations(rng), cm.comments(rng)
    # The second wave (December, after the workshop) has its own generator: the first wave's draws,
    # and every number computed from them, stay what they were.
    rng2 = np.random.default_rng(SEED + 1)
    wave2, ops2 = data.second_wave(rng2), data.operations(rng2, [data.WAVE2], len(data.MONTHS))
    writers = [add_survey(project, current.id, stages, data.both_waves(survey, wave2)),
               add_operations(project, current.id, stages, ops), add_feedback(project, current.id, stages, notes),
               add_operations(project, current.id, stages, ops2, month=data.WAVE2)]
    add_reasons(project, stages)
    plan.add_plan(project, current.id, stages, survey, ops, notes)  # the workshop saw the first wave
    project.mark_saved()
    return project, writers


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _Values:
    """Adds MetricValue rows with ids by index."""

    def __init__(self, project: Project):
        self.project = project
        self.count = len(project.tables["metric_values"])

    def add(self, metric: str, stage: str, period: str, value: float | None, n: float | None = None,
            segment: str = "", dataset: str | None = None) -> None:
        self.count += 1
        self.project.add(model.MetricValue(f"mv-{self.count:05d}", metric, stage, period, segment,
                                           value, n, dataset))


# -- survey -------------------------------------------------------------------------------------

def survey_mapping() -> dict:
    items = [{"column": it.column, "stage": it.stage, "label": it.label, "scale": [it.lo, it.hi],
              "better": it.better, "missing": [] if it.code is None else [it.code]} for it in data.ITEMS]
    return {"kind": "survey", "name": "Relationship survey 2026", "journey": JOURNEY, "id": "respondent_id",
            "date": "interview_date", "period": "month", "segment": "customer_type", "weight": "weight",
            "outcome": {"column": data.OUTCOME[0], "type": "scale", "scale": [1, 5], "label": data.OUTCOME[1]},
            "items": items}


def add_survey(project: Project, journey: str, stages: dict, survey: data.Survey) -> Writer:
    ds = model.Dataset("ds-survey-2026", "Relationship survey 2026", "survey", journey,
                       "relationship_survey_2026.csv", _sha(survey.csv_text), len(survey.ids), SURVEY_IMPORTED,
                       "utf-8", survey_mapping(),
                       "Synthetic: drawn from a latent driver model (docs/sample.md). Small business is "
                       "oversampled; the weight column corrects it. Two waves: January to November, and "
                       "December (after the workshop of 10 December).")
    project.add(ds)
    project.add(model.SavedMapping(ds.name, "survey", ds.mapping))
    for k, it in enumerate(data.ITEMS):
        project.add(model.SurveyItem(item_id(k), ds.id, it.column, stages[it.stage], it.label, k, it.lo, it.hi,
                                     it.better, [] if it.code is None else [float(it.code)]))
    add_survey_values(project, stages, survey, ds.id)
    rows = survey.raw_rows()

    def write(conn: sqlite3.Connection) -> None:
        raw.write_raw(conn, ds.id, raw.survey_columns(len(data.ITEMS)), rows)
    return write


def item_id(k: int) -> str:
    return f"si-rs26-{k:02d}"


def add_survey_values(project: Project, stages: dict, survey: data.Survey, dataset: str) -> None:
    """Monthly CSAT, CES or NPS per stage, from the stage's survey item."""
    values = _Values(project)
    periods = np.array(survey.periods)
    for k, it in enumerate(data.ITEMS):
        metric = "mt-ces" if it.better == "lower" else "mt-nps" if it.hi == 10 else "mt-csat"
        for period in sorted(set(survey.periods)):
            x = survey.values[periods == period, k]
            x = x[~np.isnan(x)]
            value = 100 * (np.mean(x >= 9) - np.mean(x <= 6)) if metric == "mt-nps" else x.mean()
            values.add(metric, stages[it.stage], period, round(float(value), 3), float(x.size), dataset=dataset)


# -- operations ---------------------------------------------------------------------------------

def operations_mapping() -> dict:
    units = {m[0]: (m[2], m[3], m[4]) for m in METRICS}
    names = {m[0]: m[1] for m in METRICS}
    metrics = [{"column": col, "metric": names[mid], "agg": agg, "unit": units[mid][0], "better": units[mid][1],
                **({"target": units[mid][2]} if units[mid][2] is not None else {})}
               for col, (mid, agg, _) in OPS_METRICS.items()]
    return {"kind": "operations", "name": "Operations 2025-12 to 2026-11", "journey": JOURNEY,
            "stage_column": "stage", "period": "period", "segment": "segment", "metrics": metrics}


def add_operations(project: Project, journey: str, stages: dict, rows: list[dict], month: str | None = None) -> Writer:
    """The twelve months' operating file, or (``month``) next month's, imported with its saved mapping."""
    text = data.operations_csv(rows)
    note = ("Synthetic: one row per stage, month and segment. Totals across segments are sums, and "
            "contact-weighted means for times, rates and costs.")
    if month is None:
        ds = model.Dataset("ds-ops-2026", "Operations 2025-12 to 2026-11", "operations", journey,
                           "operations_monthly_2025-12_2026-11.csv", _sha(text), len(rows), IMPORTED, "utf-8",
                           operations_mapping(), note)
    else:
        ds = model.Dataset(f"ds-ops-{month}", f"Operations {month}", "operations", journey,
                           f"operations_monthly_{month}.csv", _sha(text), len(rows), OPS_NEXT_IMPORTED, "utf-8",
                           dict(operations_mapping(), name=f"Operations {month}"),
                           note + " Imported with the saved mapping 'Operations 2025-12 to 2026-11'.")
    project.add(ds)
    if month is None:
        project.add(model.SavedMapping(ds.name, "operations", ds.mapping))
    add_ops_values(project, stages, rows, ds.id)
    cols = [("line", "INTEGER")] + [(c, "TEXT" if c in ("stage", "period", "segment") else "REAL")
                                    for c in data.OPS_HEADER]
    table = [(i + 2, *(r[c] for c in data.OPS_HEADER)) for i, r in enumerate(rows)]

    def write(conn: sqlite3.Connection) -> None:
        raw.write_raw(conn, ds.id, cols, table)
    return write


def add_ops_values(project: Project, stages: dict, rows: list[dict], dataset: str) -> None:
    values = _Values(project)
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        groups.setdefault((r["stage"], r["period"]), []).append(r)
    for (stage, period), parts in groups.items():
        for col, (mid, agg, per_segment) in OPS_METRICS.items():
            known = [p for p in parts if p[col] is not None]
            if not known:
                continue
            total, n = _total(known, col, agg)
            values.add(mid, stages[stage], period, total, n, dataset=dataset)
            for p in known if per_segment else ():
                values.add(mid, stages[stage], period, float(p[col]), None, p["segment"], dataset)


def _total(parts: list[dict], col: str, agg: str) -> tuple[float, float | None]:
    """Sum, or the mean weighted by contacts (customers for decision days); n is that weight."""
    if agg == "sum":
        return float(sum(p[col] for p in parts)), None
    key = "customers" if col == "decision_days" else "contacts"
    w = np.array([p[key] for p in parts], dtype=float)
    v = np.array([p[col] for p in parts], dtype=float)
    return round(float(v @ w / w.sum()), 2), float(w.sum())


# -- feedback -----------------------------------------------------------------------------------

def feedback_mapping() -> dict:
    return {"kind": "feedback", "name": "Comments 2026", "journey": JOURNEY, "id": "comment_id",
            "text": "comment", "reason": "reason_code", "score": "rating", "scale": [1, 5],
            "date": "created_at", "source_column": "source", "stage_column": "touchpoint",
            "segment": "customer_type"}


def add_feedback(project: Project, journey: str, stages: dict, notes: list[dict]) -> Writer:
    table = cm.feedback_rows(notes)
    ds = model.Dataset("ds-comments-2026", "Comments 2026", "feedback", journey, "comments_2026.csv",
                       _sha(cm.feedback_csv(table)), len(notes), IMPORTED, "utf-8", feedback_mapping(),
                       "Synthetic: survey verbatims, complaint notes and a voice-of-the-employee round. "
                       "Comments without a reason code were coded by the keyword rules.")
    project.add(ds)
    project.add(model.SavedMapping(ds.name, "feedback", ds.mapping))
    for i, c in enumerate(notes):
        project.add(model.FeedbackItem(f"fb-{i + 1:04d}", journey, c["text"], stages[c["stage"]], c["reason"],
                                       c["score"], c["source"], c["date"], ds.id, c["segment"], c["coded_by"]))
    cols = [("line", "INTEGER")] + [(c, "REAL" if c == "rating" else "TEXT") for c in cm.FEEDBACK_HEADER]
    rows = [(i + 2, *r) for i, r in enumerate(table)]

    def write(conn: sqlite3.Connection) -> None:
        raw.write_raw(conn, ds.id, cols, rows)
    return write


def add_reasons(project: Project, stages: dict) -> None:
    for name, (stage, priority, keywords, desc) in cm.REASONS.items():
        project.add(model.Reason(f"rs-{slug(name)}", name, list(keywords), desc, stages[stage], priority))
