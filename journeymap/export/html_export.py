"""One self-contained HTML report that works offline: plotly.js inline (once), every chart
interactive, the ranked table, and every piece of user text escaped.

The figures go in as JSON inside ``<script>`` with every ``<`` written ``\u003c``, so a stage named
``</script><script>...`` cannot end the script block. Text in the page goes through html.escape.
"""
from __future__ import annotations

import html
import json

from journeymap.charts import catalogue
from journeymap.charts.labels import say
from journeymap.i18n import gettext
from journeymap.charts.ranking import used_parts

STYLE = """body{font-family:FONTS;
margin:0 auto;max-width:1680px;padding:24px;color:#202124}h1{font-size:30px}h2{font-size:22px;margin-top:40px}
.chart{width:1600px;height:900px;max-width:100%;border:1px solid #E8EAED;margin:12px 0}
table{border-collapse:collapse;font-size:15px}th{background:#202124;color:#fff;text-align:left;padding:6px 10px}
td{padding:5px 10px;border-bottom:1px solid #E8EAED}td.n{text-align:right}.meta{color:#5F6368}"""


# Latin faces first for English (a CJK face draws Latin quotes full-width), CJK first for Chinese.
FONTS = {"en": "'Noto Sans',Arial,'Liberation Sans','Noto Sans CJK SC',sans-serif",
         "zh_CN": "'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif",
         "zh_TW": "'Noto Sans CJK TC','Microsoft JhengHei','PingFang TC',sans-serif"}


def _plain(value):
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(type(value).__name__)


def figure_json(fig) -> str:
    """The figure as a JS literal that cannot close its <script> element."""
    text = json.dumps(fig.to_plotly_json(), default=_plain, ensure_ascii=False)
    # '<' only ever occurs inside JSON strings, where \u003c means the same: no tag can start here.
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _table(bundle: dict, lang: str) -> str:
    rank = bundle.get("rank") or {}
    rows = rank.get("pain_points") or []
    if not rows:
        return ""
    parts = used_parts(rank)
    head = [say("col.rank", lang), say("col.title", lang), say("col.stage", lang), say("col.score", lang)] + \
        [say(f"part.{p}", lang) for p in parts] + [say("col.stability", lang), say("col.flags", lang)]
    out = ["<table><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr></thead><tbody>"]
    for r in rows:
        cells = [f"<td class=n>{r['rank']}</td>", f"<td>{html.escape(str(r['title']))}</td>",
                 f"<td>{html.escape(str(r.get('stage') or ''))}</td>",
                 f"<td class=n>{'–' if r.get('score') is None else format(r['score'], '.3f')}</td>"]
        cells += [f"<td class=n>{'–' if r['components'].get(p) is None else format(r['components'][p], '.3f')}</td>"
                  for p in parts]
        cells.append(f"<td class=n>{'–' if r.get('score') is None or r.get('stability') is None else format(r['stability'], '.0%')}</td>")
        cells.append(f"<td>{html.escape(', '.join(r.get('flags') or []))}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(out + ["</tbody></table>"])


def write_html(bundle: dict, figures: dict, path, *, lang: str = "en") -> None:
    from plotly.offline import get_plotlyjs

    title = say("deck.title", lang, journey=bundle["journey"])
    meta = f"{say('period', lang)}: {bundle.get('period') or say('all_periods', lang)}"
    if bundle.get("segment"):
        meta += f" · {say('segment', lang)}: {bundle['segment']}"
    parts = ["<!doctype html>", f'<html lang="{lang.replace("_", "-")}"><head><meta charset="utf-8">',
             f"<title>{html.escape(title)}</title><style>{STYLE.replace('FONTS', FONTS.get(lang, FONTS['en']))}</style>",
             f"<script>{get_plotlyjs()}</script></head><body>",
             f"<h1>{html.escape(title)}</h1><p class=meta>{html.escape(str(bundle.get('project') or ''))} · "
             f"{html.escape(meta)}</p>"]
    for k, (name, fig) in enumerate(figures.items()):
        title = next((c.title for c in catalogue.CHARTS if c.name == name), name)
        parts.append(f"<h2>{html.escape(gettext(title, lang=lang))}</h2>")   # the chart's own title states the finding
        parts.append(f'<div class="chart" id="chart-{k}"></div>')
        parts.append(f"<script>(function(){{var f={figure_json(fig)};"
                     f"Plotly.newPlot('chart-{k}',f.data,f.layout,{{displaylogo:false,responsive:true}});}})();</script>")
        if name == "ranked":
            parts.append(f"<h2>{html.escape(say('deck.table', lang))}</h2>" + _table(bundle, lang))
    parts.append("</body></html>")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(parts))
