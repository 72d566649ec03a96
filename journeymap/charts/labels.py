"""Every word a chart or an export adds, in English, Simplified and Traditional Chinese.

User text (stage names, titles, reasons) is never translated; these are the axis names,
legends, footers and the templates of the findings. ``say(key, lang, **values)``.
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
    "part.value": "Value at risk", "part.votes": "Votes", "part.severity": "Severity",
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

_CN = {
    "source": "来源", "period": "期间", "all_periods": "全部期间", "segment": "客群", "pain_points": "痛点",
    "ranked.axis": "影响得分（加权分项之和，0-1）",
    "ranked.finding": "“{title}”排名第一：得分主要来自{parts}",
    "ranked.sub": "影响最大的 {k} 个痛点（共 {n} 个）",
    "part.reach": "覆盖面", "part.gap": "差距", "part.reach_x_gap": "覆盖面×差距", "part.importance": "重要性",
    "part.value": "风险价值", "part.votes": "投票", "part.severity": "严重度",
    "pareto.finding": "{n} 个原因中的 {k} 个占评论的 {pct}",
    "pareto.comments": "评论数", "pareto.cum": "累计占比", "pareto.line80": "80%",
    "ipa.x": "重要性（解释方差占比，%）", "ipa.y": "表现（0 = 最差，100 = 最好）",
    "ipa.finding1": "重点改进{names}：最重要且表现低于平均",
    "ipa.finding2": "重点改进{names}：最重要且表现低于平均",
    "ipa.finding0": "{name}最重要，且表现不低于平均",
    "ipa.sub": "{outcome}的关键驱动因素", "ipa.uncertain": "不确定（区间跨越分界线）",
    "q.concentrate": "重点改进", "q.keep_up": "继续保持", "q.low_priority": "次要", "q.possible_overkill": "可能过度",
    "drivers.finding": "{name}解释了{outcome}驱动因素的 {pct}",
    "drivers.axis": "解释方差占比（%），含 95% 自助法区间",
    "heat.finding": "有目标的 {m} 项环节指标中 {k} 项未达标；差距最大：{stage}，{metric}",
    "heat.finding_none": "共 {m} 项环节指标；尚未设定目标",
    "heat.finding_ok": "有目标的 {m} 项环节指标全部达标",
    "heat.colour": "与目标的距离（绿 = 更好，红 = 更差）",
    "curve.finding": "旅程的最低点在{stage}：满意度 {score}/100",
    "curve.finding_emotion": "旅程的最低点在{stage}：情绪 {emotion}",
    "curve.sat": "满意度（0-100）", "curve.emotion": "情绪（-3 到 +3）",
    "flow.finding": "{pct} 的客户流失，最多在{stage}", "flow.finding_none": "此旅程未标记流失路径",
    "flow.dropout": "流失",
    "trend.finding_down": "{stage}：{metric}从 {a} 降至 {b}（{p0} 至 {p1}）",
    "trend.finding_up": "{stage}：{metric}从 {a} 升至 {b}（{p0} 至 {p1}）",
    "trend.axis": "各期{metric}",
    "voices.finding": "员工提及{reason}的比例是客户的 {x} 倍",
    "voices.finding_agree": "客户与员工一致：{reason}居首",
    "voices.customer": "客户", "voices.employee": "员工", "voices.axis": "评论占比（%）",
    "deck.title": "{journey}：客户体验回顾", "deck.sub": "痛点、驱动因素与原因",
    "deck.map": "客户旅程：{journey}", "deck.table": "痛点排名",
    "col.rank": "排名", "col.title": "痛点", "col.stage": "环节", "col.score": "得分", "col.stability": "稳定性",
    "col.flags": "标记",
    "notes.method": "方法", "notes.source": "数据来源", "notes.n": "样本量", "notes.period": "期间",
    "method.ranked": "影响得分 = 现有分项的加权平均，各分项在本旅程痛点间归一化到 0-1；权重：{weights}。"
                     "稳定性：逐一将权重上下调整 20% 时排名保持不变的比例。",
    "method.pareto": "评论按原因编码；柱为各原因评论数，线为累计占比；未编码评论不计入。",
    "method.ipa": "重要性-表现分析（Martilla & James 1977）：重要性 = {method} 的 R² 占比，表现 = 题项均值换算到 0-100；"
                  "分界线为均值。",
    "method.drivers": "关键驱动因素分析（{method}）；95% 自助法区间。",
    "method.heatmap": "各环节指标与目标对比；颜色表示按指标方向计算的目标距离。",
    "method.curve": "环节满意度 = 题项均值换算到 0-100；情绪取自旅程图（-3 到 +3）。",
    "method.flow": "各路径的客户占比取自旅程图；从入口环节（100%）向后推算；循环路径只绘制不推算。",
    "method.trend": "排名靠前痛点所在环节的各期{metric}。",
    "method.voices": "各来源已编码评论中每个原因的占比（客户之声与员工之声）。",
    "no_static": "未生成静态图片（PNG/SVG/PDF）：未找到 Chromium。请安装（Debian/Ubuntu：apt-get install chromium）"
                 "或将 BROWSER_PATH 设为 Chrome/Chromium。",
}

# Traditional: the Simplified table with the field's Traditional terms (domain.md).
_TW_WORDS = {"来源": "來源", "期间": "期間", "痛点": "痛點", "覆盖面": "覆蓋面", "差距": "差距", "重要性": "重要性",
             "风险价值": "風險價值", "投票": "投票", "严重度": "嚴重度", "评论": "評論", "个": "個", "数": "數",
             "累计": "累計", "占比": "佔比", "解释": "解釋", "表现": "表現", "最差": "最差", "重点改进": "重點改進",
             "低于": "低於", "驱动": "驅動", "因素": "因素", "确定": "確定", "区间": "區間", "跨越": "跨越",
             "分界线": "分界線", "继续": "繼續", "次要": "次要", "过度": "過度", "自助法": "自助法", "环节": "環節",
             "指标": "指標", "标": "標", "设定": "設定", "绿": "綠", "距离": "距離", "旅程": "旅程", "满意度": "滿意度",
             "情绪": "情緒", "客户": "客戶", "流失": "流失", "此": "此", "记": "記", "径": "徑", "降至": "降至",
             "升至": "升至", "各期": "各期", "员工": "員工", "提及": "提及", "比例": "比例", "倍": "倍", "一致": "一致",
             "居首": "居首", "体验": "體驗", "回顾": "回顧", "与": "與", "原因": "原因", "图": "圖", "排名": "排名",
             "得分": "得分", "稳定性": "穩定性", "方法": "方法", "数据": "數據", "样本量": "樣本量", "现有": "現有",
             "项": "項", "权重": "權重", "归一化": "歸一化", "间": "間", "时": "時", "变": "變", "编码": "編碼",
             "为": "為", "线": "線", "计入": "計入", "换算": "換算", "对比": "對比", "颜色": "顏色", "计算": "計算",
             "取自": "取自", "路径": "路徑", "从": "從", "后": "後", "推算": "推算", "环路径": "環路徑", "绘制": "繪製",
             "靠前": "靠前", "来源已": "來源已", "声": "聲", "未生成": "未生成", "静态": "靜態", "图片": "圖片",
             "找到": "找到", "请": "請", "装": "裝", "设为": "設為", "调整": "調整", "保持": "保持", "题": "題",
             "值": "值", "分析": "分析", "客群": "客群", "全部": "全部", "记录": "記錄", "时间": "時間", "标记": "標記",
             "达标": "達標", "尚未": "尚未", "简": "簡", "条": "條", "应": "應", "维": "維"}


def _to_traditional(text: str) -> str:
    for simplified in sorted(_TW_WORDS, key=len, reverse=True):
        text = text.replace(simplified, _TW_WORDS[simplified])
    return text


_TW = {key: _to_traditional(value) for key, value in _CN.items()}
_TW["voices.axis"] = "評論佔比（%）"
TABLES = {"en": _EN, "zh_CN": _CN, "zh_TW": _TW}


def say(key: str, lang: str = "en", **values) -> str:
    """The label ``key`` in ``lang`` (English where a translation is missing), filled with ``values``."""
    table = TABLES.get(lang, _EN)
    return table.get(key, _EN[key]).format(**values)


def quote(text: str, lang: str = "en") -> str:
    """User text quoted as the language quotes it."""
    return f"\u201c{text}\u201d" if lang == "en" else f"\u201c{text}\u201d"
