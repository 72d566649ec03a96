"""The Roadmap view's "Did it work?" tab: a done initiative's before/after (analysis.before_after) as HTML.

The analysis keeps its codes ("mean", "welch", "improved", ...) as the JSON contract names them; this
module says them in the UI's language (Qt's translator, context "DidItWork") with the script's
punctuation (journeymap.i18n), so a Chinese window shows no English word but the project's own.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from journeymap import i18n


def tr(text: str) -> str:
    return QCoreApplication.translate("DidItWork", text)


COLOURS = {"improved": "#188038", "worsened": "#C5221F", "no change": "#5F6368"}


def _words() -> dict[str, str]:
    """The analysis's codes in words; built per call so a language switch is followed."""
    return {"mean": tr("mean"), "top-2-box": tr("top-2-box"), "NPS": tr("NPS"),
            "welch": tr("Welch t-test"), "two proportions": tr("two-proportion test"), "wald": tr("Wald test"),
            "improved": tr("improved"), "worsened": tr("worsened"), "no change": tr("no change"),
            "per period": tr("per period")}


def word(code: str) -> str:
    """A code in words; an operating metric's ``per period (unit)`` keeps its unit."""
    words = _words()
    if code.startswith("per period (") and code.endswith(")"):
        return tr("per period ({unit})").format(unit=code[len("per period ("):-1])
    return words.get(code, code)


def result_html(r: dict) -> str:
    periods = lambda ps: escape(i18n.listing(ps) or "-")  # noqa: E731
    template = escape(tr("done {done} \u00b7 stage {stage} \u00b7 before: {before} \u00b7 after: {after}"))
    head = (f"<h3>{escape(r['title'])}</h3><p>"
            + template.format(done=escape(r["done"] or "-"), stage=escape(r["stage"] or "-"),
                              before=periods(r["before_periods"]), after=periods(r["after_periods"]))
            + f"</p><p><b>{escape(i18n.sentence(r['sentence']))}</b></p>")
    if not r["metrics"]:
        return head
    rows = "".join(
        f"<tr><td>{escape(m['item'])}</td><td>{escape(word(m['metric']))}</td>"
        f"<td align=right>{_value(m, m['before'])}</td><td align=right>{_value(m, m['after'])}</td>"
        f"<td align=right>{m['n_before']:,} / {m['n_after']:,}</td><td>{escape(word(m['test']))}</td>"
        f"<td align=right>{_p(m['p_value'])}</td>"
        f"<td style='color:{COLOURS[m['verdict']]}'>{escape(word(m['verdict']))}</td></tr>" for m in r["metrics"])
    headers = (tr("metric of the stage"), "", tr("before"), tr("after"), tr("n before / after"), tr("test"), "p", "")
    return head + ("<table cellspacing=0 cellpadding=3 border=1 style='border-color:#DADCE0'><tr>"
                   + "".join(f"<th>{escape(h)}</th>" for h in headers) + f"</tr>{rows}</table>")


def _num(v) -> str:
    return "-" if v is None else f"{v:,.3g}" if abs(v) < 10 else f"{v:,.1f}"


def _value(m: dict, v) -> str:
    """A top-2-box is a share: written as a percentage, as everywhere else in the app."""
    return "-" if v is None else f"{v:.1%}" if m.get("metric") == "top-2-box" else _num(v)


def _p(v) -> str:
    return "-" if v is None else "&lt; 0.001" if v < 0.001 else f"{v:.3f}"   # HTML: "<" would open a tag
