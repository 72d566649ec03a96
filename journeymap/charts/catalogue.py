"""Every chart an export can hold, by name, in deck order: what data it needs and how to draw it.

A chart takes the export bundle (journeymap.export.bundle.gather: plain rows, as the command line
prints them) and returns a plotly figure in the slide theme. To add a chart (a roadmap, say),
append a ``Chart`` to ``CHARTS``; the exports, the Export dialog and ``--charts`` pick it up.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from journeymap.core.names import code
from journeymap.i18n import gettext

from . import drivers, heatmap, journey, pareto, ranking, roadmap, trend, voices


@dataclass(frozen=True)
class Chart:
    name: str                       # the --charts name and the file stem
    title: str                      # what the chart is (the dialog's list), not its finding
    needs: str                      # the bundle key it draws
    draw: Callable[[dict, str], object]   # (bundle, lang) -> plotly Figure


def source_of(bundle: dict, kind: str) -> str:
    names = bundle.get("sources", {}).get(kind) or []
    return ", ".join(names) or bundle.get("file") or "JourneyMap"


def _survey(b: dict) -> str:
    return (b.get("drivers") or {}).get("dataset") or source_of(b, "survey")


def _ranked(b: dict, lang: str) -> object:
    kinds = " + ".join(code(k, lang) for k in sorted(b.get("sources", {}))) or gettext("workshop", lang=lang)
    return ranking.ranked_chart(b["rank"], source=f"{b['file'] or gettext('project', lang=lang)} ({kinds})",
                                period=b["period"], lang=lang)


def _heatmap(b: dict, lang: str) -> object:
    return heatmap.heatmap_chart(b["stage_metrics"], source=", ".join(
        source_of(b, k) for k in ("survey", "operations") if b.get("sources", {}).get(k)) or b["file"],
        period=b["period"], lang=lang)


CHARTS: list[Chart] = [
    Chart("ranked", "Ranked pain points", "rank", _ranked),
    Chart("pareto", "Pareto of reasons", "pareto",
          lambda b, lang: pareto.pareto_chart(b["pareto"], source=source_of(b, "feedback"), period=b["period"],
                                              lang=lang)),
    Chart("ipa", "Importance-performance quadrant", "drivers",
          lambda b, lang: drivers.ipa_chart(b["drivers"], source=_survey(b), period=b["period"], lang=lang)),
    Chart("drivers", "Key drivers with intervals", "drivers",
          lambda b, lang: drivers.driver_bars(b["drivers"], source=_survey(b), period=b["period"], lang=lang)),
    Chart("heatmap", "Stage metrics against target", "stage_metrics", _heatmap),
    Chart("curve", "Satisfaction and emotion along the journey", "curve",
          lambda b, lang: journey.curve_chart(b["curve"], source=_survey(b), n=(b.get("drivers") or {}).get("n"),
                                              period=b["period"], lang=lang)),
    Chart("flow", "Journey flow", "flow",
          lambda b, lang: journey.flow_chart(b["flow"], source=gettext("{file} (journey map)", lang=lang).format(file=b["file"]),
                                             period=b["period"],
                                             lang=lang)),
    Chart("trend", "Metric trend of the top stages", "trend",
          lambda b, lang: trend.trend_chart(b["trend"], source=_survey(b), lang=lang)),
    Chart("voices", "Customer vs employee reasons", "voices",
          lambda b, lang: voices.voices_chart(b["voices"], source=source_of(b, "feedback"), period=b["period"],
                                              lang=lang)),
    Chart("impact_effort", "Initiatives: impact and effort", "roadmap",
          lambda b, lang: roadmap.impact_effort_chart(b["roadmap"], source=b["file"] or "project", lang=lang)),
    Chart("timeline", "Initiatives timeline", "roadmap",
          lambda b, lang: roadmap.timeline_chart(b["roadmap"], source=b["file"] or "project", lang=lang)),
]
NAMES = [c.name for c in CHARTS]


def by_name(name: str) -> Chart:
    for chart in CHARTS:
        if chart.name == name:
            return chart
    raise KeyError(name)


def available(bundle: dict, names: list[str] | None = None) -> tuple[list[Chart], dict[str, str]]:
    """(charts that can be drawn from ``bundle``, {name: why not} for the others)."""
    chosen = [by_name(n) for n in names] if names else CHARTS
    ok, skipped = [], {}
    for chart in chosen:
        data = bundle.get(chart.needs)
        empty = not data or (chart.needs == "rank" and not any(r.get("score") is not None
                                                               for r in data.get("pain_points") or [])) or \
            (chart.needs == "curve" and not any(c.get("score") is not None or c.get("emotion") is not None
                                                for c in data)) or \
            (chart.needs == "flow" and not data.get("links")) or \
            (chart.needs == "stage_metrics" and not any(r.get("value") is not None for r in data))
        if empty:
            skipped[chart.name] = bundle.get("missing", {}).get(chart.needs) or f"no {chart.needs} data"
        else:
            ok.append(chart)
    return ok, skipped
