"""Reading a survey for driver analysis from a real project file; ``make_project`` is shared with the
other glue and CLI tests (they import it from here)."""
from __future__ import annotations

import numpy as np
import pytest

from journeymap.analysis.survey_data import SurveyDataError, load_survey, survey_datasets
from journeymap.core import model
from journeymap.core.project import Project
from journeymap.storage import datasets, write

STAGES = ["Report claim", "Assessment", "Repair", "Payout"]
# (label, stage index, scale, better, missing codes)
ITEMS = [("Ease of reporting", 0, (1, 5), "higher", [0]),
         ("Speed of reporting", 0, (1, 5), "higher", []),
         ("Assessor", 1, (1, 5), "higher", [9]),
         ("Repair quality", 2, (1, 5), "higher", []),
         ("Effort to get paid", 3, (1, 7), "lower", [])]
JOURNEY = "jo-claims"
OFFSETS = [0.4, 0.3, 0.5, -0.8, 0.2]


def survey_arrays(n: int, seed: int):
    """Items driven by two factors; the outcome driven mostly by Repair quality and the payout effort."""
    rng = np.random.default_rng(seed)
    f = rng.standard_normal((n, 2))
    lat = f @ rng.uniform(0.3, 0.8, (2, len(ITEMS))) + rng.standard_normal((n, len(ITEMS)))
    x = np.empty((n, len(ITEMS)))
    for j, (_, _, (lo, hi), better, _) in enumerate(ITEMS):
        mid = (lo + hi) / 2
        good = lat[:, j] + OFFSETS[j]                 # Repair quality scores low: a concentrate item
        x[:, j] = np.clip(np.round(mid + (good if better == "higher" else -good)), lo, hi)
    signal = lat @ np.array([0.2, 0.1, 0.4, 1.0, 0.9])
    y = (signal + rng.standard_normal(n) > 0.3).astype(float)
    x[rng.random(n) < 0.04, 0] = 0    # missing code of item 0 (stored as 0)
    x[rng.random(n) < 0.03, 2] = 9          # missing code of item 2
    x[rng.random(n) < 0.02, 3] = np.nan     # a blank
    y[rng.random(n) < 0.01] = np.nan
    segment = np.where(rng.random(n) < 0.6, "Private", "Business")
    period = np.where(rng.random(n) < 0.5, "2026-09", "2026-10")
    return x, y, segment, period


def listwise(x, y, mask=None):
    clean = x.copy()
    clean[:, 0][clean[:, 0] == 0] = np.nan
    clean[:, 2][clean[:, 2] == 9] = np.nan
    ok = np.isfinite(clean).all(axis=1) & np.isfinite(y)
    return int((ok & (True if mask is None else mask)).sum())


def build(*, with_survey: bool = True):
    p = Project(model.ProjectInfo(title="Test insurer", default_journey=JOURNEY))
    p.add(model.Segment("sg-priv", "Private", share=0.6, value_per_customer=400.0))
    p.add(model.Segment("sg-bus", "Business", share=0.4, value_per_customer=1500.0))
    p.add(model.Journey(JOURNEY, "Claims"))
    p.add(model.Journey("jo-buy", "Buying"))
    for i, name in enumerate(STAGES):
        p.add(model.Stage(f"st-{i}", JOURNEY, None, name, x=200.0 * i))
    p.add(model.Stage("st-buy", "jo-buy", None, "Quote"))
    vol = model.MetricDef("me-vol", "Contact volume", unit="contacts", better="lower")
    fcr = model.MetricDef("me-fcr", "First-contact resolution", unit="%", better="higher", target=80.0)
    wait = model.MetricDef("me-wait", "Days to payout", unit="days", better="lower", target=5.0)
    for m in (vol, fcr, wait):
        p.add(m)
    volumes = [20000, 8000, 5000, 6000]
    fcrs = [78.0, 79.0, 50.0, 81.0]
    for i in range(len(STAGES)):
        for per, k in (("2026-09", 0.9), ("2026-10", 1.1)):
            p.add(model.MetricValue(f"mv-v{i}{per}", "me-vol", f"st-{i}", per, value=volumes[i] * k))
            p.add(model.MetricValue(f"mv-f{i}{per}", "me-fcr", f"st-{i}", per, value=fcrs[i]))
    p.add(model.MetricValue("mv-w3", "me-wait", "st-3", "2026-10", value=6.0))
    if with_survey:
        mapping = {"kind": "survey", "name": "Claims survey", "journey": "Claims",
                   "outcome": {"column": "satisfied", "type": "binary", "positive": ["yes"]}}
        p.add(model.Dataset("ds-old", "Old survey", "survey", JOURNEY, rows=50, imported_at="2026-01-01T00:00:00",
                            mapping=mapping))
        p.add(model.Dataset("ds-new", "Claims survey", "survey", JOURNEY, rows=0,
                            imported_at="2026-11-01T00:00:00", mapping=mapping))
        for ds in ("ds-old", "ds-new"):
            for k, (label, st, (lo, hi), better, missing) in enumerate(ITEMS):
                p.add(model.SurveyItem(f"si-{ds}-{k}", ds, label.lower(), f"st-{st}", label=label,
                                       position=k, scale_min=lo, scale_max=hi, better=better,
                                       missing=list(missing)))
    return p


def add_pain_points(p: Project) -> None:
    pps = [model.PainPoint("pp-1", JOURNEY, "st-2", "Repairs take too long", severity=4, share_affected=0.5),
           model.PainPoint("pp-2", JOURNEY, "st-0", "Hard to report online", severity=2, share_affected=0.2,
                           gap=0.3),
           model.PainPoint("pp-3", JOURNEY, "st-3", "Payout letters confusing", severity=3,
                           value_at_risk=100000.0),
           model.PainPoint("pp-4", JOURNEY, "st-1", "Assessor never calls back", severity=5,
                           share_affected=0.1, status="accepted"),
           model.PainPoint("pp-x", JOURNEY, "st-1", "Dismissed one", status="dismissed")]
    for pp in pps:
        p.add(pp)
    for i, (pp, dots) in enumerate((("pp-1", 5), ("pp-2", 1), ("pp-3", 2), ("pp-1", 2))):
        p.add(model.Vote(f"vo-{i}", pp, f"person {i}", dots=dots))


def make_project(tmp_path, *, n: int = 1200, seed: int = 1, pain_points: bool = True, with_survey=True,
                 name: str = "claims.jmap"):
    """(path, project, (x, y, segment, period)) of a saved project with a generated survey."""
    p = build(with_survey=with_survey)
    if pain_points:
        add_pain_points(p)
    arrays = survey_arrays(n, seed)
    x, y, segment, period = arrays

    def raw(conn):
        if not with_survey:
            return
        cols = datasets.survey_columns(len(ITEMS))
        names = [c for c, _ in cols]
        for ds, rows in (("ds-new", n), ("ds-old", min(n, 50))):
            datasets.create_raw_table(conn, ds, cols)
            data = [(i + 2, f"r{i}", segment[i], period[i], None, None,
                     None if np.isnan(y[i]) else float(y[i]),
                     *[None if np.isnan(v) else float(v) for v in x[i]]) for i in range(rows)]
            datasets.insert_raw_rows(conn, ds, names, data)

    path = tmp_path / name
    write.save(p, path, also=raw)
    return path, p, arrays


@pytest.fixture
def claims(tmp_path):
    return make_project(tmp_path)


def test_newest_dataset_and_arrays(claims):
    path, project, (x, y, segment, period) = claims
    assert [d.id for d in survey_datasets(project, JOURNEY)] == ["ds-new", "ds-old"]
    data = load_survey(path, project, journey_id=JOURNEY)
    assert data.dataset.id == "ds-new" and data.rows == len(y)
    assert data.x.shape == (len(y), len(ITEMS))
    assert data.outcome == "satisfied" and data.outcome_type == "binary"
    assert [s.name for s in data.items] == [i[0] for i in ITEMS]
    assert [s.stage for s in data.items] == ["Report claim", "Report claim", "Assessment", "Repair", "Payout"]
    assert data.items[4].better == "lower" and data.items[4].scale_max == 7
    assert data.item_ids == [f"si-ds-new-{k}" for k in range(len(ITEMS))]
    assert data.weights is None
    # missing codes became NaN
    assert not np.any(data.x[:, 0] == 0) and not np.any(data.x[:, 2] == 9)
    assert np.isnan(data.x[:, 0]).sum() == int((x[:, 0] == 0).sum())


def test_filters_and_by_name(claims):
    path, project, (x, y, segment, period) = claims
    data = load_survey(path, project, journey_id=JOURNEY, dataset_id="Old survey")
    assert data.dataset.id == "ds-old" and data.rows == 50
    data = load_survey(path, project, journey_id=JOURNEY, segment="Business", period="2026-10")
    assert data.rows == int(((segment == "Business") & (period == "2026-10")).sum())
    assert data.segment == "Business" and data.period == "2026-10"
    # a Segment entity's id names the same segment
    assert load_survey(path, project, journey_id=JOURNEY, segment="sg-priv").rows == int((segment == "Private").sum())


@pytest.mark.parametrize("kwargs, words", [
    ({"dataset_id": "Nope"}, ["'Nope'", "'Claims survey'", "'Old survey'"]),
    ({"segment": "Gold"}, ["'Gold'", "'Business'", "'Private'"]),
    ({"period": "2025-01"}, ["'2025-01'", "'2026-09'", "'2026-10'"]),
])
def test_unknown_names_listed(claims, kwargs, words):
    path, project, _ = claims
    with pytest.raises(SurveyDataError) as info:
        load_survey(path, project, journey_id=JOURNEY, **kwargs)
    assert all(w in str(info.value) for w in words)


def test_no_survey_dataset(tmp_path):
    path, project, _ = make_project(tmp_path, with_survey=False)
    with pytest.raises(SurveyDataError, match="has no survey dataset"):
        load_survey(path, project, journey_id=JOURNEY)


def test_dataset_without_rows(tmp_path):
    path, project, _ = make_project(tmp_path, with_survey=False)
    project.add(model.Dataset("ds-empty", "Empty", "survey", JOURNEY, imported_at="2026-12-01"))
    project.add(model.SurveyItem("si-e", "ds-empty", "q", "st-0", position=0))
    with pytest.raises(SurveyDataError, match="no readable rows"):
        load_survey(path, project, journey_id=JOURNEY)
