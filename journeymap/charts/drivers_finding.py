"""What the key-driver charts say in their titles: the one place a drivers finding is worded, for the
Drivers view, ``journeymap drivers`` and the deck alike (no plotly here, so the command line stays quick).

A finding names an item only when the data can tell it apart. It says "no item stands out" instead when
- the items explain less than R2_FLOOR of the outcome's variance: below a tenth (Cohen's f² of 0.11,
  between his "small" 0.02 and "medium" 0.15) whatever is split among the items is mostly noise, and the
  bootstrap intervals are then as wide as the weights themselves; or
- the top item's 95% interval reaches down to the importance cut line (the average share, 100/p %): it
  cannot be told apart from an average item, so the others' intervals overlap it too.
Without intervals (no bootstrap) only the R² floor applies; a single item is never "the top" of anything.
"""
from __future__ import annotations

from journeymap import i18n
from journeymap.i18n import gettext

from .labels import quote, say
from .theme import TITLE_CHARS, short, wrap_lines

R2_FLOOR = 0.10


def no_standout(result: dict) -> str | None:
    """Why no item can be named ("r2": the model explains too little; "overlap": the top item's interval
    reaches the average share), or None when the top item stands out."""
    items = result.get("items") or []
    r2 = result.get("r2")
    if r2 is not None and r2 < R2_FLOOR:
        return "r2"
    if len(items) < 2:
        return None
    top = max(items, key=lambda i: i["weight_pct"])
    cut = sum(i["weight_pct"] for i in items) / len(items)
    low = top.get("ci_low")
    return "overlap" if low is not None and low <= cut else None


def no_standout_finding(result: dict, lang: str = "en") -> str | None:
    """The title when no item stands out (no_standout), else None."""
    why = no_standout(result)
    if why is None:
        return None
    n = result.get("n")
    outcome = result.get("outcome") or gettext("the outcome", lang=lang)
    values = dict(n="-" if n is None else i18n.format_number(round(n), digits=0, lang=lang),
                  pct=f"{result.get('r2') or 0:.0%}")
    key = "drivers.none_r2" if why == "r2" else "drivers.none_overlap"
    for width in (80, 40, 28, 20):      # the outcome is often a whole question: shortened until two lines hold it
        title = say(key, lang, outcome=short(outcome, width), **values)
        if len(wrap_lines(title, TITLE_CHARS)) <= 2:
            break
    return title


def ipa_finding(result: dict, lang: str = "en") -> str:
    """The importance-performance chart's title: what the chart shows, in words."""
    weak = no_standout_finding(result, lang)
    if weak is not None:
        return weak
    concentrate = sorted((i for i in result["items"] if i["quadrant"] == "concentrate"),
                         key=lambda i: -i["weight_pct"])[:2]
    if concentrate:
        names = (" and " if lang == "en" else "和").join(quote(name(i), lang) for i in concentrate)
        return say("ipa.finding1" if len(concentrate) == 1 else "ipa.finding2", lang, names=names)
    top = max(result["items"], key=lambda i: i["weight_pct"])
    return say("ipa.finding0", lang, name=quote(name(top), lang))


def drivers_finding(result: dict, lang: str = "en") -> str:
    """The driver bars' title."""
    weak = no_standout_finding(result, lang)
    if weak is not None:
        return weak
    top = max(result["items"], key=lambda i: i["weight_pct"])
    return say("drivers.finding", lang, name=quote(name(top), lang), pct=f"{top['weight_pct']:.0f}%",
               outcome=result.get("outcome", gettext("the outcome", lang=lang)))


def name(item: dict) -> str:
    """What a reader recognises: the stage (the item's question is long), else the question, shortened."""
    return short(item.get("stage") or item["item"], 48)
