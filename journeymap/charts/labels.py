"""Every word a chart or an export adds, in English, Simplified and Traditional Chinese.

User text (stage names, titles, reasons) is never translated; these are the axis names,
legends, footers and the templates of the findings. ``say(key, lang, **values)`` looks the English text
up in the language's gettext catalogue (journeymap.i18n), the one mechanism of the Qt-free layers.
Terms follow shared/docs/domain.md ("Words the users use").
"""
from __future__ import annotations

LANGS = ("en", "zh_CN", "zh_TW")

_EN = {
    "source": "Source", "period": "Period", "all_periods": "all periods", "segment": "Segment",
    "pain_points": "pain points",
    # ranked pain points
    "ranked.axis": "Impact score (sum of the weighted parts, 0-1)",
    "ranked.finding": "\u201c{title}\u201d ranks first: {parts} carry most of its score",
    "ranked.sub": "Top {k} of {n} pain points by impact",
    "part.reach": "Reach", "part.gap": "Gap", "part.reach_x_gap": "Reach \u00d7 gap", "part.importance": "Importance",
    "part.value": "Value per customer", "part.votes": "Votes", "part.severity": "Severity",
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

# Codes the analysis writes into tables (a status, a verdict, a flag) and the words a reader sees for them.
CODES = {
    "higher": "higher", "lower": "lower", "yes": "yes", "no": "no", "all": "all", "overall": "overall",
    "improved": "improved", "worsened": "worsened", "no change": "no change", "overdue": "overdue",
    "welch": "Welch t-test", "two proportions": "two-proportion test", "wald": "Wald test", "mean": "mean",
    "top-2-box": "top-2-box", "share positive": "share positive", "idea": "idea", "planned": "planned",
    "in_progress": "in progress", "done": "done", "dropped": "dropped", "concentrate": "concentrate here",
    "keep_up": "keep up the good work", "low_priority": "low priority", "possible_overkill": "possible overkill",
    "possible overkill": "possible overkill", "low priority": "low priority", "keep up": "keep up the good work",
    "no data": "no data", "n<30": "n<30 (few answers)", "off target": "off target", "unscored": "unscored",
    "clipped:gap": "gap clipped at 0", "clipped:reach": "reach capped at the journey's customers",
    "missing": "no {part}", "lag": "{days} days' survey lag",
    # kinds of data and of columns, and the metric names the analysis gives a stage
    "survey": "survey", "operations": "operations", "feedback": "feedback", "number": "number", "text": "text",
    "date": "date", "Score (0-100)": "Score (0-100)", "Top-2-box": "Top-2-box", "CSAT": "CSAT", "CES": "CES",
    "NPS": "NPS", "vs period-to-period variation": "vs period-to-period variation",
    "no initiative": "no initiative", "no owner": "no owner", "no deadline": "no deadline",
    "sum": "sum", "count": "count", "median": "median",
}


def code(value: str, lang: str | None = None) -> str:
    """A code written by the analysis in ``lang`` (default: the current language, journeymap.i18n);
    user text, unknown here, is returned as it is."""
    from journeymap import i18n
    if value.startswith("missing:"):
        part = value.split(":", 1)[1]
        name = _EN.get(f"part.{part}", part.replace("_", " "))
        return i18n.gettext(CODES["missing"], lang=lang).format(part=i18n.gettext(name, lang=lang))
    if value.startswith("lag ") and value.endswith("d"):
        return i18n.gettext(CODES["lag"], lang=lang).format(days=value[4:-1])
    return i18n.gettext(CODES[value], lang=lang) if value in CODES else value


def flags_text(flags, lang: str | None = None) -> str:
    from journeymap import i18n
    return (", " if (lang or i18n.language()) == "en" else "、").join(code(f, lang) for f in flags or [])


# Translations are not kept here: gettext catalogues (resources/locale/<lang>/LC_MESSAGES/journeymap.po,
# kept current by tools/update_translations.py) translate these English texts, like every Qt-free message.
TABLES = {"en": _EN}


def say(key: str, lang: str = "en", **values) -> str:
    """The label ``key`` in ``lang`` (English where a translation is missing), filled with ``values``."""
    from journeymap import i18n
    return i18n.gettext(_EN[key], lang=lang).format(**values)


def quote(text: str, lang: str = "en") -> str:
    """User text quoted as the language quotes it."""
    return f"\u300c{text}\u300d" if lang == "zh_TW" else f"\u201c{text}\u201d"   # Taiwan: 「」
