"""What people call the kinds and fields of the model, for undo labels and messages.

The core cannot import Qt, so it cannot translate by itself: the UI installs Qt's
translator with ``set_translator`` at start-up (context "Names"); headless code keeps the
English. ``QT_TRANSLATE_NOOP`` below only marks the texts so Qt's lupdate collects them.
"""
from __future__ import annotations

from typing import Callable, Iterable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def set_translator(function: Callable[[str, str], str] | None) -> None:
    """``function(context, text)`` translates; None goes back to English."""
    global _translate
    _translate = function or (lambda context, text: text)


def tr(text: str) -> str:
    return _translate("Names", text)


# kind -> (one, many)
KINDS: dict[str, tuple[str, str]] = {
    "segments": (QT_TRANSLATE_NOOP("Names", "persona"), QT_TRANSLATE_NOOP("Names", "personas")),
    "journeys": (QT_TRANSLATE_NOOP("Names", "journey"), QT_TRANSLATE_NOOP("Names", "journeys")),
    "phases": (QT_TRANSLATE_NOOP("Names", "phase"), QT_TRANSLATE_NOOP("Names", "phases")),
    "lanes": (QT_TRANSLATE_NOOP("Names", "lane"), QT_TRANSLATE_NOOP("Names", "lanes")),
    "stages": (QT_TRANSLATE_NOOP("Names", "stage"), QT_TRANSLATE_NOOP("Names", "stages")),
    "transitions": (QT_TRANSLATE_NOOP("Names", "transition"), QT_TRANSLATE_NOOP("Names", "transitions")),
    "pain_points": (QT_TRANSLATE_NOOP("Names", "pain point"), QT_TRANSLATE_NOOP("Names", "pain points")),
    "evidence": (QT_TRANSLATE_NOOP("Names", "evidence item"), QT_TRANSLATE_NOOP("Names", "evidence items")),
    "votes": (QT_TRANSLATE_NOOP("Names", "vote"), QT_TRANSLATE_NOOP("Names", "votes")),
    "voting_rounds": (QT_TRANSLATE_NOOP("Names", "voting round"), QT_TRANSLATE_NOOP("Names", "voting rounds")),
    "initiatives": (QT_TRANSLATE_NOOP("Names", "initiative"), QT_TRANSLATE_NOOP("Names", "initiatives")),
    "metrics": (QT_TRANSLATE_NOOP("Names", "metric"), QT_TRANSLATE_NOOP("Names", "metrics")),
    "datasets": (QT_TRANSLATE_NOOP("Names", "dataset"), QT_TRANSLATE_NOOP("Names", "datasets")),
    "metric_values": (QT_TRANSLATE_NOOP("Names", "metric value"), QT_TRANSLATE_NOOP("Names", "metric values")),
    "survey_items": (QT_TRANSLATE_NOOP("Names", "survey item"), QT_TRANSLATE_NOOP("Names", "survey items")),
    "mappings": (QT_TRANSLATE_NOOP("Names", "saved mapping"), QT_TRANSLATE_NOOP("Names", "saved mappings")),
    "feedback": (QT_TRANSLATE_NOOP("Names", "comment"), QT_TRANSLATE_NOOP("Names", "comments")),
    "reasons": (QT_TRANSLATE_NOOP("Names", "reason"), QT_TRANSLATE_NOOP("Names", "reasons")),
}

# Fields whose words differ from their column name (the rest: underscores become spaces).
FIELDS: dict[str, str] = {
    "department": QT_TRANSLATE_NOOP("Names", "owner"),
    "done": QT_TRANSLATE_NOOP("Names", "done date"),
    "share_affected": QT_TRANSLATE_NOOP("Names", "share affected"),
    "customer_action": QT_TRANSLATE_NOOP("Names", "customer action"),
    "value_at_risk": QT_TRANSLATE_NOOP("Names", "value at risk"),
    "gap_se": QT_TRANSLATE_NOOP("Names", "gap error"),
    "persona": QT_TRANSLATE_NOOP("Names", "persona"),
    "x": QT_TRANSLATE_NOOP("Names", "position"), "y": QT_TRANSLATE_NOOP("Names", "position"),
    "order": QT_TRANSLATE_NOOP("Names", "position"),
    "lanes": QT_TRANSLATE_NOOP("Names", "lane text"),
    "emotions": QT_TRANSLATE_NOOP("Names", "emotion per persona"),
}
# Fields a kind calls otherwise than the rest do: an initiative has an owner and a department.
KIND_FIELDS: dict[tuple[str, str], str] = {
    ("initiatives", "department"): QT_TRANSLATE_NOOP("Names", "department"),
}
# Every other field's words, marked so the undo labels ("Change description of stage 'Quote'") and the
# core's messages can say them in the user's language (field() looks them up by these words).
N = lambda text: QT_TRANSLATE_NOOP("Names", text)  # noqa: E731 - marks for the translation tools
FIELD_WORDS = (
    N("backstage"), N("better"), N("candidates"), N("cast at"), N("channel"), N("closed at"), N("coded by"),
    N("color"), N("column"), N("confidence"), N("cost"), N("created"), N("customers"), N("dataset"), N("date"),
    N("derived from"), N("description"), N("done"), N("dots"), N("due"), N("effort"), N("emotion"),
    N("encoding"), N("expected uplift"), N("file name"), N("gap"), N("hide tally"), N("impact"),
    N("imported at"), N("journey"), N("keywords"), N("kind"), N("label"), N("link item"), N("link slope"),
    N("mapping"), N("max per item"), N("merged into"), N("metric"), N("missing"), N("n"), N("name"), N("note"),
    N("notes"), N("number"), N("opened at"), N("opportunities"), N("pain point"), N("pain points"),
    N("participant"), N("participants"), N("period"), N("phase"), N("priority"), N("question"), N("reach"),
    N("reason"), N("ref"), N("revenue"), N("role"), N("round"), N("rows"), N("scale max"), N("scale min"),
    N("score"), N("segment"), N("severity"), N("share"), N("source"), N("stage"), N("start"), N("state"),
    N("status"), N("target"), N("text"), N("thinking"), N("timer s"), N("title"), N("unit"), N("uplift stage"),
    N("uplift target"), N("value"), N("value per customer"),
)


def noun(kind: str, n: int = 1) -> str:
    """``stage`` / ``stages``; an unknown kind reads as itself."""
    one, many = KINDS.get(kind, (kind, kind))
    return tr(one if n == 1 else many)


def field(name: str, kind: str | None = None) -> str:
    return tr(KIND_FIELDS.get((kind or "", name)) or FIELDS.get(name, name.replace("_", " ")))


def fields(names: Iterable[str], kind: str | None = None) -> str:
    """``name and severity``; repeated words (x, y -> position) said once."""
    words = list(dict.fromkeys(field(n, kind) for n in names))
    if len(words) <= 1:
        return "".join(words)
    return tr("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])


def title_of(entity: object) -> str:
    """What a person calls ``entity``: its name or title, else its id."""
    for attr in ("name", "title", "label", "text"):
        value = getattr(entity, attr, None)
        if value:
            return short(value)
    return str(getattr(entity, "id", ""))


def short(value: object, limit: int = 40) -> str:
    """One line of at most ``limit`` characters (a long title in a menu item)."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


# The words of the analysis's codes. Unlike the names above (Qt's translator, context "Names"), these
# are translated through gettext (journeymap.i18n), as every message the Qt-free exports and charts
# print; they live here, low, because importers, charts, exports and the UI all write them.

# The parts of a pain point's impact score.
PARTS = {"reach": "Reach", "gap": "Gap", "reach_x_gap": "Reach \u00d7 gap", "importance": "Importance",
         "value": "Value per customer", "votes": "Votes", "severity": "Severity"}

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
        name = PARTS.get(part, part.replace("_", " "))
        return i18n.gettext(CODES["missing"], lang=lang).format(part=i18n.gettext(name, lang=lang))
    if value.startswith("lag ") and value.endswith("d"):
        return i18n.gettext(CODES["lag"], lang=lang).format(days=value[4:-1])
    return i18n.gettext(CODES[value], lang=lang) if value in CODES else value


def flags_text(flags: Iterable[str] | None, lang: str | None = None) -> str:
    from journeymap import i18n
    return (", " if (lang or i18n.language()) == "en" else "、").join(code(f, lang) for f in flags or [])
