"""The plain data every export is made from: the same rows the command line prints.

``gather`` reads a project once and returns a dict of JSON-able pieces (``rank``, ``drivers``,
``pareto``, ``voices``, ``stage_metrics``, ``curve``, ``flow``, ``trend``), each read through the
analysis functions the commands use; a piece that cannot be computed is None with its reason in
``missing``. Charts, slides, sheets and the HTML report take this dict and nothing else. No Qt.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from journeymap.core.project import Project

TREND_STAGES = 3


def gather(path, project, *, journey_id: str, segment: str | None = None, period: str | None = None) -> dict:
    from journeymap.analysis.ranking import RESAMPLES, journey_drivers, rank_journey

    journey = project.get("journeys", journey_id)
    drivers, why = _drivers(path, project, journey_id, segment, period)
    rank_drivers = drivers if segment is None else journey_drivers(path, project, journey_id=journey_id,
                                                                   period=period)[0]
    result, _ = rank_journey(path, project, journey_id=journey_id, period=period, weights=None,
                             drivers=rank_drivers or {}, intervals=RESAMPLES)   # ranks with their range
    rank = result.to_dict(journey=journey.name)
    stages = ordered_stages(project, journey_id)
    metrics_rows = _stage_metrics(path, project, journey_id, segment, period)
    feedback = _feedback(project, journey, segment, period)
    bundle = {
        "journey": journey.name, "journey_id": journey_id, "segment": segment, "period": period,
        "project": project.info.title, "file": Path(path).name if path else "",
        "sources": _sources(project, journey_id), "missing": {},
        "rank": rank, "drivers": drivers, "stage_metrics": metrics_rows,
        "pareto": _pareto(feedback), "voices": _voices(feedback),
        "curve": _curve(stages, drivers, segment, project),
        "flow": flow_data(project, journey_id),
        "trend": _trend(path, project, stages, rank, metrics_rows, period),
    }
    from journeymap.export.roadmap_export import add_roadmap   # initiatives, before/after, the review
    add_roadmap(bundle, path, project, journey_id=journey_id, period=period)
    if drivers is None:
        bundle["missing"]["drivers"] = why
    for key in ("pareto", "voices", "trend"):
        if bundle[key] is None:
            bundle["missing"][key] = {"pareto": "no coded comments", "trend": "no metric by period",
                                      "voices": "no coded comments from both customers and employees"}[key]
    if not any(r.get("value") is not None for r in metrics_rows):
        bundle["missing"]["stage_metrics"] = "no stage has survey or operating data"
    if not any(c.get("score") is not None or c.get("emotion") is not None for c in bundle["curve"]):
        bundle["missing"]["curve"] = "no stage has a satisfaction score or an emotion"
    if not bundle["flow"]["links"]:
        bundle["missing"]["flow"] = "the journey has no transitions"
    if not rank["pain_points"]:
        bundle["missing"]["rank"] = "no open or accepted pain points"
    return bundle


def ordered_stages(project: Project, journey_id: str) -> list:
    """Stages along the journey: by phase, then left to right, then top to bottom."""
    order = {p.id: k for k, p in enumerate(project.phases_of(journey_id))}
    return sorted(project.stages_of(journey_id), key=lambda s: (order.get(s.phase, 1e9), s.x, s.y))


def _drivers(path, project, journey_id, segment, period) -> tuple[dict | None, str]:
    from journeymap.analysis.driver_run import DriverError, SurveyDataError, run_drivers

    if path is None:
        return None, "the project is not saved"
    try:
        return run_drivers(path, project, journey_id=journey_id, segment=segment, period=period,
                           bootstrap=200), ""
    except (SurveyDataError, DriverError) as exc:
        return None, str(exc)


def _sources(project: Project, journey_id: str) -> dict:
    """Dataset names by kind, for footers and notes."""
    out: dict = {}
    for d in project.where("datasets", journey=journey_id):
        out.setdefault(d.kind, []).append(d.name)
    return out


def _target_of(defs: dict, metric: str, value):
    """A metric's target; 'CSAT' finds 'Customer satisfaction (CSAT)' by its abbreviation, but only
    for a value on that definition's scale (a 0-10 item shown as "CSAT" is not on 1-5)."""
    d = defs.get(metric) or next((v for k, v in defs.items() if k.endswith(f"({metric})")), None)
    if d is None or value is None:
        return None
    if (d.scale_min is not None and value < d.scale_min) or (d.scale_max is not None and value > d.scale_max):
        return None
    return d.target


def _stage_metrics(path, project, journey_id, segment, period) -> list[dict]:
    from journeymap.analysis.stage_data import stage_metric_table

    table = stage_metric_table(path, project, journey_id=journey_id, segment=segment, period=period)
    defs = {d.name: d for d in project.all("metrics")}
    rows = []
    for r in table.to_dict("records"):
        row = {k: _plain(v) for k, v in r.items()}
        row["flags"] = list(r["flags"] or [])
        if row.get("target") is None:
            row["target"] = _target_of(defs, row["metric"], row["value"])
            if row["target"] is not None and row["value"] is not None:
                better = row.get("better", "higher")
                row["on_target"] = row["value"] >= row["target"] if better == "higher" else \
                    row["value"] <= row["target"]
        rows.append(row)
    return rows


def _plain(value):
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _feedback(project: Project, journey, segment, period):
    from journeymap.analysis.reasons import feedback_frame

    frame = feedback_frame(project, journey)
    if segment:
        segs = [f.segment for f in project.where("feedback", journey=journey.id)]
        frame = frame.loc[[s == segment for s in segs]]
    if period:
        col = "quarter" if "Q" in period.upper() else "period"
        frame = frame.loc[frame[col].str.upper() == period.upper()]
    return frame


def _pareto(frame) -> dict | None:
    from journeymap.analysis.reasons import pareto

    reasons = pareto(frame, source="all")
    if not reasons:
        return None
    return {"reasons": reasons, "comments": int(len(frame)), "uncoded": int(frame["reason"].isna().sum())}


def _voices(frame) -> dict | None:
    from journeymap.analysis.reasons import compare_sources

    counts = frame.loc[frame["reason"].notna(), "source"].value_counts()
    if counts.get("customer", 0) == 0 or counts.get("employee", 0) == 0:
        return None
    both = compare_sources(frame)
    return {"reasons": [{"reason": r.reason, "customer": float(r.customer), "employee": float(r.employee)}
                        for r in both.itertuples(index=False)],
            "customers": int(counts.get("customer", 0)), "employees": int(counts.get("employee", 0))}


def _curve(stages, drivers, segment, project) -> list[dict]:
    score = {s["stage"]: s.get("score", s["mean"]) for s in (drivers or {}).get("stages", [])}   # 0-100
    seg_id = next((s.id for s in project.all("segments") if s.name == segment), None) if segment else None
    out = []
    for s in stages:
        emotion = s.emotions.get(seg_id, s.emotion) if seg_id else s.emotion
        out.append({"stage": s.name, "score": score.get(s.name), "emotion": emotion})
    return out


def flow_data(project: Project, journey_id: str) -> dict:
    """Sankey nodes and links: 100% enter, each stage passes its volume on by the transitions' shares
    (unknown shares split what the known ones leave); loops are drawn but not passed on."""
    from journeymap.core import graph as jgraph

    g = jgraph.build(project, journey_id)
    back = set(jgraph.back_edges(g))
    stages = ordered_stages(project, journey_id)
    index = {s.id: k for k, s in enumerate(stages)}
    volume = {s.id: 0.0 for s in stages}
    for e in jgraph.entries(g):
        volume[e] = 1.0 / max(1, len(jgraph.entries(g)))
    import networkx as nx
    dag = g.copy()
    dag.remove_edges_from(back)
    links: list[dict[str, Any]] = []
    for node in nx.topological_sort(dag):
        out = list(g.out_edges(node, data=True))
        known = sum(d["share"] for _, _, d in out if d.get("share") is not None)
        unknown = [1 for _, _, d in out if d.get("share") is None]
        rest = max(0.0, 1.0 - known) / len(unknown) if unknown else 0.0
        for _, target, d in out:
            share = d["share"] if d.get("share") is not None else rest
            value = volume[node] * share
            loop = (node, target) in back or d.get("kind") == "loop"
            if not loop:
                volume[target] += value
            links.append({"source": index[node], "target": index[target], "share": share, "value": value,
                          "kind": "loop" if loop else d.get("kind", "normal")})
    drop_targets = {lk["target"] for lk in links if lk["kind"] == "drop-out"}
    nodes = [{"id": s.id, "name": s.name, "volume": volume[s.id], "dropout": index[s.id] in drop_targets}
             for s in stages]
    return {"nodes": nodes, "links": [lk for lk in links if lk["value"] > 0]}


def _trend(path, project, stages, rank, metrics_rows, period) -> dict | None:
    from journeymap.analysis.stage_data import stage_trend

    by_name = {s.name: s for s in stages}
    sat = {r["stage"]: r["metric"] for r in metrics_rows if r["kind"] == "satisfaction"
           and r["metric"] != "Top-2-box" and r.get("value") is not None}
    wanted = [p["stage"] for p in rank["pain_points"] if p["stage"] in sat]
    wanted = list(dict.fromkeys(wanted))
    if not wanted:
        return None
    metric = max(set(sat[s] for s in wanted), key=lambda m: sum(sat[s] == m for s in wanted))
    series = []
    for name in [s for s in wanted if sat[s] == metric][:TREND_STAGES]:
        t = stage_trend(path, project, stage_id=by_name[name].id, metric=metric)
        pts = [{"period": str(r.period), "value": float(r.value), "n": int(r.n)} for r in t.itertuples()
               if not math.isnan(r.value)]
        if len(pts) >= 2:
            series.append({"stage": name, "points": pts})
    return {"metric": metric, "period": period, "series": series} if series else None
