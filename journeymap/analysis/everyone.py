"""All customers' figure of a stored metric, per stage and period: one rule for every reader.

A MetricValue with segment "" is the all-customers figure (a *total*); others hold one segment's.
Files differ in what they hold: the sample stores a total beside its segments for every month, an
operations import of a file with a segment column stores only the segments (New period's month).
``with_totals`` gives the project's values with one derived total added for each (metric, stage,
period) that has segment rows and no total, so that whoever reads segment "" (the review, the Data
view, the ranking, before/after, the heatmap, the deck) sees every period, and never adds a total to
its own segments.

How a derived total combines its segments, by the metric's aggregate (the operations mapping's
``agg``; where none says, "sum" for a volume (contacts, customers: ``weight_metrics``), else "mean"):
- sum / count: the segments' values added; n added (None when none has one, as the sample's totals);
- min / max: the least / largest;
- mean (and anything else: a median can only be approximated): weighted by the segment's volume at
  the stage in that period (the contacts, else the customers: a time, rate or cost is per contact),
  n = that volume, as the sample's totals are contact-weighted with n = contacts; where a segment has
  no volume, weighted by n (a missing n counts 1). No Qt.
"""
from __future__ import annotations

from collections import defaultdict

from journeymap.core.model import MetricValue

CONTACT_UNITS = ("contacts", "calls", "visits", "claims")
DERIVED = "derived:"     # id prefix of a derived total (never stored)


def metric_aggs(project) -> dict[str, str]:
    """MetricDef id -> its aggregate, from the operations mappings of the datasets (else see above)."""
    by_name: dict[str, str] = {}
    for d in project.all("datasets"):
        for m in (d.mapping or {}).get("metrics", []) if d.kind == "operations" else []:
            by_name[m.get("metric") or m.get("column")] = m.get("agg", "mean")
    volumes = set(weight_metrics(project))     # counts of people or contacts add up where no mapping says
    return {d.id: by_name.get(d.name, "sum" if d.id in volumes else "mean") for d in project.all("metrics")}


def weight_metrics(project) -> list[str]:
    """MetricDef ids that weigh a segment's mean, in order: contact volumes, then customers. The unit is
    the MetricDef's or an operations mapping's (a translated project may show its own word for it)."""
    mapped: dict[str, set[str]] = defaultdict(set)
    for d in project.all("datasets"):
        for m in (d.mapping or {}).get("metrics", []) if d.kind == "operations" else []:
            mapped[m.get("metric") or m.get("column")].add(str(m.get("unit") or "").casefold())
    defs = project.all("metrics")
    units = {d.id: {d.unit.casefold()} | mapped.get(d.name, set()) for d in defs}
    contacts = [d.id for d in defs if units[d.id] & set(CONTACT_UNITS) or "volume" in d.name.casefold()]
    return contacts + [d.id for d in defs if "customers" in units[d.id] and d.id not in contacts]


def with_totals(project) -> list[MetricValue]:
    """The project's MetricValues, plus a derived total (id 'derived:...', segment "") for each
    (metric, stage, period) stored only per segment (see the module docstring)."""
    values = project.all("metric_values")
    cells: dict[tuple, list[MetricValue]] = defaultdict(list)
    totals = set()
    for v in values:
        if v.value is None:
            continue
        key = (v.metric, v.stage, v.period or "")
        if v.segment:
            cells[key].append(v)
        else:
            totals.add(key)
    todo = {k: parts for k, parts in cells.items() if k not in totals}
    if not todo:
        return list(values)
    aggs = metric_aggs(project)
    volume = {(v.metric, v.stage, v.period or "", v.segment): float(v.value) for v in values
              if v.segment and v.value is not None}
    weights = weight_metrics(project)
    derived = [_derive(key, parts, aggs.get(key[0], "mean"), volume, weights) for key, parts in sorted(todo.items())]
    return list(values) + derived


def _derive(key: tuple, parts: list[MetricValue], agg: str, volume: dict, weights: list[str]) -> MetricValue:
    metric, stage, period = key
    xs = [float(p.value) for p in parts if p.value is not None]
    ns = [p.n for p in parts]
    if agg in ("sum", "count"):
        value = sum(xs)
        n = None if all(x is None for x in ns) else sum(float(x or 0) for x in ns)
    elif agg in ("min", "max"):
        value = min(xs) if agg == "min" else max(xs)
        n = None if all(x is None for x in ns) else sum(float(x or 0) for x in ns)
    else:
        w = _segment_weights(parts, metric, stage, period, volume, weights)
        value = sum(x * wi for x, wi in zip(xs, w)) / sum(w) if sum(w) > 0 else sum(xs) / len(xs)
        n = sum(w)
    datasets = {p.dataset for p in parts}
    return MetricValue(f"{DERIVED}{metric}:{stage}:{period}", metric, stage, period, "", value, n,
                       datasets.pop() if len(datasets) == 1 else None)


def _segment_weights(parts, metric, stage, period, volume: dict, weights: list[str]) -> list[float]:
    """Each segment's volume at the stage (the first volume metric every segment has), else its n."""
    for wid in weights:
        if wid == metric:
            continue
        w = [volume.get((wid, stage, period, p.segment)) for p in parts]
        if all(x is not None and x > 0 for x in w):
            return [float(x) for x in w if x is not None]
    return [float(p.n) if p.n is not None else 1.0 for p in parts]
