"""Every word a chart or an export adds, in English, Simplified and Traditional Chinese.

User text (stage names, titles, reasons) is never translated; these are the axis names,
legends, footers and the templates of the findings. ``say(key, lang, **values)`` looks the English text
up in the language's gettext catalogue (journeymap.i18n), the one mechanism of the Qt-free layers.
Terms follow shared/docs/domain.md ("Words the users use").
"""
from __future__ import annotations

from journeymap.core.names import PARTS

LANGS = ("en", "zh_CN", "zh_TW")

_EN = {
    "source": "Source", "period": "Period", "all_periods": "all periods", "segment": "Segment",
    "pain_points": "pain points",
    # ranked pain points
    "ranked.axis": "Impact score (sum of the weighted parts, 0-1)",
    "ranked.finding": "\u201c{title}\u201d ranks first: {parts} carry most of its score",
    "ranked.sub": "Top {k} of {n} pain points by impact",
    **{f"part.{part}": text for part, text in PARTS.items()},   # the parts' names live in core.names
    # Pareto
    "pareto.finding": "{k} of {n} reasons cover {pct} of the comments",
    "pareto.comments": "Comments", "pareto.cum": "Cumulative share", "pareto.line80": "80%",
    # IPA
    "ipa.x": "Importance (share of explained variance, %)", "ipa.y": "Performance (0 = worst, 100 = best)",
    "ipa.finding1": "Concentrate on {names}: it matters most and performs below average",
    "ipa.finding2": "Concentrate on {names}: they matter most and perform below average",
    "ipa.finding0": "{name} matters most, and performs at or above average",
    "ipa.sub": "Key drivers of {outcome}", "ipa.uncertain": "Uncertain (interval crosses the cut line)",
    "q.concentrate": "Concentrate here", "q.keep_up": "Keep up the good work", "q.low_priority": "Low priority",
    "q.possible_overkill": "Possible overkill",
    "drivers.finding": "{name} explains {pct} of what drives {outcome}",
    "drivers.axis": "Share of explained variance (%), with 95% bootstrap interval",
    "drivers.none_r2": "No item stands out: the items explain only {pct} of {outcome} (n = {n}); "
                       "collect more data or ask about other causes",
    "drivers.none_overlap": "No item stands out: the top item's importance interval overlaps the others' "
                            "(n = {n}); collect more data before choosing",
    # heatmap
    "heat.finding": "{k} of {m} stage metrics with a target miss it; furthest off: {stage}, {metric}",
    "heat.finding_none": "{m} stage metrics shown; none has a target yet",
    "heat.finding_ok": "All {m} stage metrics with a target meet it",
    "heat.colour": "Distance to target (green = better, red = worse)",
    # curve
    "curve.finding": "The journey bottoms out at {stage}: satisfaction {score}/100",
    "curve.finding_emotion": "The journey bottoms out at {stage}: emotion {emotion}",
    "curve.sat": "Satisfaction (0-100)", "curve.emotion": "Emotion (-3 to +3)",
    # flow
    "flow.finding": "{pct} of customers drop out, most at {stage}",
    "flow.finding_none": "No drop-out is marked on this journey's paths",
    "flow.dropout": "drop-out",
    "flow.loops": "Loops, not drawn",
    # trend
    "trend.finding_down": "{stage}: {metric} fell from {a} to {b} between {p0} and {p1}",
    "trend.finding_up": "{stage}: {metric} rose from {a} to {b} between {p0} and {p1}",
    "trend.axis": "{metric} by period",
    # voices
    "voices.finding": "Employees name {reason} {x}\u00d7 as often as customers",
    "voices.finding_agree": "Customers and employees agree: {reason} leads",
    "voices.customer": "Customers", "voices.employee": "Employees", "voices.axis": "Share of comments (%)",
    # export
    "deck.title": "{journey}: customer experience review", "deck.sub": "Pain points, drivers and reasons",
    "deck.map": "The journey: {journey}", "deck.table": "Ranked pain points",
    "col.rank": "Rank", "col.title": "Pain point", "col.stage": "Stage", "col.score": "Score",
    "col.stability": "Stable", "col.flags": "Flags",
    "notes.method": "Method", "notes.source": "Data source", "notes.n": "n", "notes.period": "Period",
    "method.ranked": "Impact score = weighted mean of the parts present, each part normalised to 0-1 "
                     "across the journey's pain points; weights: {weights}. Stability: share of +-20% "
                     "one-at-a-time weight moves under which the rank held.",
    "method.pareto": "Comments coded into reasons; bars count comments per reason, the line is the "
                     "cumulative share; uncoded comments are left out.",
    "method.ipa": "Importance-performance analysis (Martilla & James 1977): importance = {method} share "
                  "of R\u00b2, performance = item mean rescaled to 0-100; cut lines at the means.",
    "method.drivers": "Key-driver analysis ({method}); 95% bootstrap intervals.",
    "method.heatmap": "Each stage metric against its target; the colour is the distance to target in "
                      "the metric's better direction.",
    "method.curve": "Stage satisfaction = mean of its survey items rescaled to 0-100; emotion as set "
                    "on the map (-3 to +3).",
    "method.flow": "Shares of customers on each transition, from the map; flows propagated from the "
                   "entry stages (100%); loops drawn but not propagated.",
    "method.trend": "Stage {metric} per period for the stages of the top-ranked pain points.",
    "method.voices": "Share of each source's coded comments per reason (voice of the customer and of "
                     "the employee).",
    "no_static": "static images (PNG/SVG/PDF) were not written: no Chromium found. Install it "
                 "(Debian/Ubuntu: apt-get install chromium) or set BROWSER_PATH to a Chrome/Chromium.",
}

# Translations are not kept here: gettext catalogues (resources/locale/<lang>/LC_MESSAGES/journeymap.po,
# kept current by tools/update_translations.py) translate these English texts, like every Qt-free message.
TABLES = {"en": _EN}


def say(key: str, lang: str = "en", **values: object) -> str:
    """The label ``key`` in ``lang`` (English where a translation is missing), filled with ``values``."""
    from journeymap import i18n
    return i18n.gettext(_EN[key], lang=lang).format(**values)


def quote(text: str, lang: str = "en") -> str:
    """User text quoted as the language quotes it."""
    return f"\u300c{text}\u300d" if lang == "zh_TW" else f"\u201c{text}\u201d"   # Taiwan: 「」
