"""Native, editable PowerPoint charts (python-pptx), in the slide theme's colours and type.

The data goes in as numbers, so a CX office can restyle or re-cut a chart in PowerPoint.
``secondary_line`` turns chosen series into a line on a secondary axis (python-pptx has no API
for a combination chart): it moves their ``c:ser`` into a new ``c:lineChart`` with its own
category and value axes, as PowerPoint itself writes a combo chart.
"""
from __future__ import annotations

from lxml import etree
from pptx.chart.data import CategoryChartData, XyChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.util import Pt

from journeymap.charts.theme import PALETTE

from .deck import A, set_ea

C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
SECONDARY_CAT, SECONDARY_VAL = "60010", "60020"


def pale(hex_colour: str, keep: float = 0.35) -> str:
    """``hex_colour`` mixed with white: the colour of an uncertain point."""
    c = hex_colour.lstrip("#")
    mix = [int(255 - (255 - int(c[i:i + 2], 16)) * keep) for i in (0, 2, 4)]
    return "#" + "".join(f"{v:02X}" for v in mix)


def rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#"))


def style(chart, lang: str, *, size: int = 14, legend: bool = True) -> None:
    chart.font.size = Pt(size)
    chart.has_title = False      # the slide's title states the finding
    _span_gaps(chart)
    set_ea(chart.font._rPr, lang)
    chart.has_legend = legend
    if legend:
        chart.legend.position = XL_LEGEND_POSITION.TOP
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(size)


def colour_series(chart, colours: list[str]) -> None:
    for series, colour in zip(chart.plots[0].series if len(chart.plots) == 1 else
                              [s for p in chart.plots for s in p.series], colours):
        fill = series.format.fill
        fill.solid()
        fill.fore_color.rgb = rgb(colour)


def bars(slide, box, categories, series: list[tuple[str, list]], *, lang: str, horizontal: bool = True,
         stacked: bool = False, number_format: str = "0.00", colours: list[str] | None = None, labels=False):
    kind = {(True, True): XL_CHART_TYPE.BAR_STACKED, (True, False): XL_CHART_TYPE.BAR_CLUSTERED,
            (False, True): XL_CHART_TYPE.COLUMN_STACKED, (False, False): XL_CHART_TYPE.COLUMN_CLUSTERED}
    data = CategoryChartData(number_format=number_format)
    data.categories = categories
    for name, values in series:
        data.add_series(name, values)
    chart = slide.shapes.add_chart(kind[(horizontal, stacked)], *box.tuple(), data).chart
    style(chart, lang, legend=len(series) > 1)
    colour_series(chart, colours or PALETTE)
    plot = chart.plots[0]
    plot.gap_width = 60
    if stacked:
        plot.overlap = 100
    if labels:
        plot.has_data_labels = True
        plot.data_labels.number_format, plot.data_labels.number_format_is_linked = number_format, False
        plot.data_labels.font.size = Pt(12)
    if horizontal:   # the first category on top, as it reads
        chart.category_axis.reverse_order = True
    return chart


def lines(slide, box, categories, series: list[tuple[str, list]], *, lang: str, number_format: str = "0.00",
          colours: list[str] | None = None):
    data = CategoryChartData(number_format=number_format)
    data.categories = categories
    for name, values in series:
        data.add_series(name, values)
    chart = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, *box.tuple(), data).chart
    style(chart, lang, legend=len(series) > 1)
    for s, colour in zip(chart.plots[0].series, colours or PALETTE):
        s.format.line.color.rgb = rgb(colour)
        s.format.line.width = Pt(3)
        s.smooth = False
        s.marker.style = XL_MARKER_STYLE.CIRCLE
        s.marker.format.fill.solid()
        s.marker.format.fill.fore_color.rgb = rgb(colour)
    return chart


def scatter(slide, box, points: list[tuple], lines: list[tuple], *, lang: str):
    """XY scatter of ``points`` [(x, y, label, position, colour, hollow)] in ONE series, each point
    coloured and labelled by itself, plus dashed ``lines`` [((x0, y0), (x1, y1), colour)].

    One series for all points: LibreOffice dropped whole series of a multi-series scatter made by
    python-pptx (the points of a quadrant vanished), while per-point formats render in both clients.
    """
    data = XyChartData()
    s = data.add_series("points", number_format="0.0")
    for x, y, *_ in points:
        s.add_data_point(x, y)
    for k, (a, b, _) in enumerate(lines):
        line = data.add_series(f"line{k}", number_format="0.0")
        line.add_data_point(*a)
        line.add_data_point(*b)
    chart = slide.shapes.add_chart(XL_CHART_TYPE.XY_SCATTER_LINES_NO_MARKERS, *box.tuple(), data).chart
    style(chart, lang, legend=False)
    series = chart.plots[0].series
    series[0].format.line.fill.background()
    for point, (_, _, label, position, colour, hollow) in zip(series[0].points, points):
        point.marker.style, point.marker.size = XL_MARKER_STYLE.CIRCLE, 13
        point.marker.format.line.color.rgb = rgb(colour)
        point.marker.format.line.width = Pt(2.5)
        if hollow:   # pale: an outline alone is not drawn by LibreOffice
            point.marker.format.fill.solid()
            point.marker.format.fill.fore_color.rgb = rgb(pale(colour))
        else:
            point.marker.format.fill.solid()
            point.marker.format.fill.fore_color.rgb = rgb(colour)
        if not label:   # no label element at all: an empty one still draws a value in some clients
            continue
        frame = point.data_label.text_frame
        frame.text = label
        for r in (r for p in frame.paragraphs for r in p.runs):
            r.font.size = Pt(11)
            set_ea(r._r.get_or_add_rPr(), lang)
        point.data_label.position = position or XL_LABEL_POSITION.ABOVE
    for ser, (_, _, colour) in zip(list(series)[1:], lines):
        ser.marker.style = XL_MARKER_STYLE.NONE
        ser.format.line.color.rgb = rgb(colour)
        ser.format.line.width = Pt(1.5)
        ser.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
    return chart


def _span_gaps(chart) -> None:
    """A missing value (a stage without survey data) is bridged by the line, not drawn as a gap."""
    root = chart._chartSpace.find(_c("chart"))
    for old in root.findall(_c("dispBlanksAs")):
        root.remove(old)
    el = _el("c:dispBlanksAs", val="span")
    after = root.find(_c("plotVisOnly"))
    after.addnext(el) if after is not None else root.append(el)


def hide_legend_entries(chart, indices: list[int]) -> None:
    """Leave series (cut lines) out of the legend."""
    legend = chart._chartSpace.find(f".//{_c('legend')}")
    pos = legend.find(_c("legendPos"))
    for i in sorted(indices, reverse=True):
        entry = _el("c:legendEntry")
        entry.append(_el("c:idx", val=i))
        entry.append(_el("c:delete", val="1"))
        pos.addnext(entry)


LABEL_POSITIONS = {"top center": XL_LABEL_POSITION.ABOVE, "bottom center": XL_LABEL_POSITION.BELOW,
                   "middle right": XL_LABEL_POSITION.RIGHT, "middle left": XL_LABEL_POSITION.LEFT,
                   "top right": XL_LABEL_POSITION.RIGHT, "bottom left": XL_LABEL_POSITION.LEFT}


# -- a combination chart: chosen series as a line on a secondary axis ---------------------------
def _c(tag: str) -> str:
    return f"{{{C}}}{tag}"


def _el(tag: str, **attrs):
    ns, _, name = tag.partition(":")
    el = etree.Element(f"{{{C if ns == 'c' else A}}}{name}")
    for k, v in attrs.items():
        el.set(k, str(v))
    return el


def _as_line_series(ser, colour: str, *, dashed: bool = False, marker: bool = True) -> None:
    """A bar chart's ``c:ser`` made a line chart's, with its own line and marker."""
    for tag in ("invertIfNegative", "pictureOptions", "shape", "spPr", "marker"):
        for old in ser.findall(_c(tag)):
            ser.remove(old)
    sppr = _el("c:spPr")
    ln = etree.SubElement(sppr, f"{{{A}}}ln", w="38100" if not dashed else "25400", cap="rnd")
    fill = etree.SubElement(ln, f"{{{A}}}solidFill")
    etree.SubElement(fill, f"{{{A}}}srgbClr", val=colour.lstrip("#"))
    if dashed:
        etree.SubElement(ln, f"{{{A}}}prstDash", val="dash")
    mk = _el("c:marker")
    if marker:
        mk.append(_el("c:symbol", val="circle"))
        mk.append(_el("c:size", val="7"))
        msp = etree.SubElement(mk, _c("spPr"))
        mfill = etree.SubElement(msp, f"{{{A}}}solidFill")
        etree.SubElement(mfill, f"{{{A}}}srgbClr", val=colour.lstrip("#"))
    else:
        mk.append(_el("c:symbol", val="none"))
    anchor = ser.find(_c("tx")) if ser.find(_c("tx")) is not None else ser.find(_c("order"))
    anchor.addnext(sppr)
    sppr.addnext(mk)
    smooth = _el("c:smooth", val="0")
    ext = ser.find(_c("extLst"))
    ext.addprevious(smooth) if ext is not None else ser.append(smooth)


def _axes(number_format: str, minimum: float | None, maximum: float | None, lang: str):
    cat = _el("c:catAx")
    for child in (_el("c:axId", val=SECONDARY_CAT), _scaling(None, None), _el("c:delete", val="1"),
                  _el("c:axPos", val="b"), _el("c:majorTickMark", val="none"), _el("c:minorTickMark", val="none"),
                  _el("c:tickLblPos", val="nextTo"), _el("c:crossAx", val=SECONDARY_VAL),
                  _el("c:crosses", val="autoZero"), _el("c:auto", val="1"), _el("c:lblAlgn", val="ctr"),
                  _el("c:lblOffset", val="100"), _el("c:noMultiLvlLbl", val="0")):
        cat.append(child)
    val = _el("c:valAx")
    for child in (_el("c:axId", val=SECONDARY_VAL), _scaling(minimum, maximum), _el("c:delete", val="0"),
                  _el("c:axPos", val="r"), _el("c:numFmt", formatCode=number_format, sourceLinked="0"),
                  _el("c:majorTickMark", val="out"), _el("c:minorTickMark", val="none"),
                  _el("c:tickLblPos", val="nextTo"), _el("c:crossAx", val=SECONDARY_CAT),
                  _el("c:crosses", val="max"), _el("c:crossBetween", val="between")):
        val.append(child)
    return cat, val


def _scaling(minimum, maximum):
    scaling = _el("c:scaling")
    scaling.append(_el("c:orientation", val="minMax"))
    if maximum is not None:
        scaling.append(_el("c:max", val=maximum))
    if minimum is not None:
        scaling.append(_el("c:min", val=minimum))
    return scaling


def secondary_line(chart, indices: list[int], colours: list[str], *, number_format: str = "0%",
                   minimum: float | None = None, maximum: float | None = None, dashed: tuple = (),
                   lang: str = "en") -> None:
    """Move the series at ``indices`` of the chart's first plot into a line chart on a right-hand axis."""
    plot_area = chart._chartSpace.find(f".//{_c('plotArea')}")
    primary = next(el for el in plot_area if el.tag in (_c("barChart"), _c("lineChart")))
    series = primary.findall(_c("ser"))
    line = _el("c:lineChart")
    line.append(_el("c:grouping", val="standard"))
    line.append(_el("c:varyColors", val="0"))
    for k, i in enumerate(indices):
        ser = series[i]
        primary.remove(ser)
        _as_line_series(ser, colours[k], dashed=i in dashed, marker=i not in dashed)
        line.append(ser)
    line.append(_el("c:marker", val="1"))
    line.append(_el("c:axId", val=SECONDARY_CAT))
    line.append(_el("c:axId", val=SECONDARY_VAL))
    primary.addnext(line)
    last_axis = [el for el in plot_area if el.tag in (_c("catAx"), _c("valAx"), _c("dateAx"), _c("serAx"))][-1]
    cat, val = _axes(number_format, minimum, maximum, lang)
    last_axis.addnext(cat)
    cat.addnext(val)
