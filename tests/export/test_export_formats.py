"""Every export format written from the sample and read back: slides, chart types and series
values, the Pareto's combo chart XML, the workbook's types and charts, the HTML's escaping,
image sizes, hostile text inert everywhere, Chinese labels in a CJK font."""
import io
import re
import shutil
import subprocess
import zipfile

import openpyxl
import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from journeymap.charts import catalogue
from journeymap.charts.theme import HEIGHT, WIDTH
from journeymap.export.deck import CJK_FONTS
from journeymap.export.images import browser
from journeymap.export.run import Cancelled, Request, export, stem

from projects import FORMULA, SCRIPT

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


@pytest.fixture(scope="module")
def exported(sample_bundle, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = export(sample_bundle, Request(out, formats=("pptx", "xlsx", "html")))
    return out, result


def _deck(out, bundle):
    return Presentation(str(out / f"{stem(bundle)}.pptx"))


def _charts(prs):
    return {k: shape.chart for k, slide in enumerate(prs.slides) for shape in slide.shapes if shape.has_chart}


def test_deck_is_16_9_with_a_slide_per_chart_and_notes(exported, sample_bundle):
    out, result = exported
    prs = _deck(out, sample_bundle)
    assert prs.slide_width * 9 == pytest.approx(prs.slide_height * 16, rel=1e-3)
    titles = [s.shapes.title.text_frame.text if s.shapes.title else "" for s in prs.slides]
    figures = {c.name: c.draw(sample_bundle, "en") for c in catalogue.available(sample_bundle)[0]}
    for name, fig in figures.items():
        assert any(t.startswith(fig.layout.meta["finding"]) for t in titles), name   # a split table: "(1 of 2)"
    for slide in list(prs.slides)[2:]:
        notes = slide.notes_slide.notes_text_frame.text
        for word in ("Method:", "Data source:", "n:", "Period:"):
            assert word in notes
    for slide in prs.slides:   # every shape inside the slide
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0
            assert shape.left + shape.width <= prs.slide_width + 10
            assert shape.top + shape.height <= prs.slide_height + 10


def test_ranked_chart_is_native_stacked_bars_with_the_ranked_parts(exported, sample_bundle):
    prs = _deck(exported[0], sample_bundle)
    rank = sample_bundle["rank"]
    stacked = [c for c in _charts(prs).values() if c.chart_type == XL_CHART_TYPE.BAR_STACKED
               and c.plots[0].categories[0].startswith("#")]     # not the roadmap's timeline (a Gantt)
    assert len(stacked) == 1
    chart = stacked[0]
    parts = [p for p, w in rank["weights"].items() if w > 0]
    top = rank["pain_points"][:10]
    for series, part in zip(chart.plots[0].series, parts):
        assert list(series.values) == pytest.approx([r["components"].get(part) or 0 for r in top])
    assert chart.plots[0].categories[0].startswith("#1")


def test_ranked_table_is_a_real_table(exported, sample_bundle):
    prs = _deck(exported[0], sample_bundle)
    tables = [s.table for slide in prs.slides for s in slide.shapes if s.has_table]
    ranked = next(t for t in tables if t.cell(0, 1).text == "Pain point")
    for r, row in enumerate(sample_bundle["rank"]["pain_points"][:15], start=1):
        assert ranked.cell(r, 0).text == str(row["rank"])
        assert ranked.cell(r, 3).text == f"{row['score']:.3f}"


def test_pareto_is_a_combo_chart_with_a_line_on_a_secondary_axis(exported, sample_bundle):
    prs = _deck(exported[0], sample_bundle)
    reasons = sample_bundle["pareto"]["reasons"]
    combo = [c for c in _charts(prs).values() if c._chartSpace.find(f".//{C}barChart") is not None
             and c._chartSpace.find(f".//{C}lineChart") is not None]
    assert len(combo) == 1
    space = combo[0]._chartSpace
    bar, line = space.find(f".//{C}barChart"), space.find(f".//{C}lineChart")
    counts = [float(p.find(f"{C}v").text) for p in bar.find(f"{C}ser").find(f"{C}val").iter(f"{C}pt")]
    assert counts == [r["count"] for r in reasons]
    cum = [float(p.find(f"{C}v").text) for p in line.find(f"{C}ser").find(f"{C}val").iter(f"{C}pt")]
    assert cum == pytest.approx([r["cum_share"] for r in reasons])
    line_axes = {a.get("val") for a in line.findall(f"{C}axId")}
    bar_axes = {a.get("val") for a in bar.findall(f"{C}axId")}
    assert line_axes.isdisjoint(bar_axes)
    secondary = [v for v in space.iter(f"{C}valAx") if v.find(f"{C}axId").get("val") in line_axes][0]
    assert secondary.find(f"{C}axPos").get("val") == "r"
    assert secondary.find(f"{C}crosses").get("val") == "max"


def test_ipa_is_an_xy_scatter_labelled_without_collisions(exported, sample_bundle):
    prs = _deck(exported[0], sample_bundle)
    items = sample_bundle["drivers"]["items"]
    scatter = [c for c in _charts(prs).values() if c.chart_type in (XL_CHART_TYPE.XY_SCATTER,
                                                                     XL_CHART_TYPE.XY_SCATTER_LINES_NO_MARKERS)][0]
    points = scatter.plots[0].series[0]
    assert list(points.values) == pytest.approx([i.get("performance", i["mean"]) for i in items])
    labels = [p.data_label.text_frame.text if p.data_label.has_text_frame else "" for p in points.points]
    assert len(labels) == len(items)
    # the items to act on are always named; a label that would cover another is left off
    # (charts.placement drop=True: tests/charts/test_placement.py), never drawn on top of it
    assert all(label for label, i in zip(labels, items) if i["quadrant"] == "concentrate")
    assert sum(map(bool, labels)) >= len(items) // 2
    assert all(i["item"].startswith(label.rstrip("…")) for label, i in zip(labels, items) if label)


def test_workbook_types_formats_frozen_headers_and_charts(exported, sample_bundle):
    wb = openpyxl.load_workbook(exported[0] / f"{stem(sample_bundle)}.xlsx")
    ws = wb["Pain points"]
    assert ws.freeze_panes == "A2"
    rows = sample_bundle["rank"]["pain_points"]
    assert [ws.cell(r, 1).value for r in range(2, len(rows) + 2)] == [r["rank"] for r in rows]
    assert ws.cell(2, 4).data_type == "n" and ws.cell(2, 4).value == pytest.approx(rows[0]["score"])
    assert ws.column_dimensions["B"].width >= 40
    assert len(ws._charts) == 1 and ws._charts[0].grouping == "stacked"
    drivers = wb["Drivers"]
    assert drivers.cell(2, 3).number_format == "0.0%"
    reasons = wb["Reasons"]
    assert reasons.cell(2, 3).number_format == "0.0%" and len(reasons._charts) == 1
    assert {type(c).__name__ for c in reasons._charts} == {"BarChart"}


def test_html_is_offline_and_holds_every_chart(exported, sample_bundle):
    text = (exported[0] / f"{stem(sample_bundle)}.html").read_text(encoding="utf-8")
    assert "<script src" not in text and "<link" not in text       # nothing fetched
    assert "plotly.js v" in text                                    # the library is inline
    assert text.count("Plotly.newPlot(") == len(catalogue.available(sample_bundle)[0])


def test_hostile_text_is_inert_in_every_format(hostile_bundle, tmp_path):
    result = export(hostile_bundle, Request(tmp_path, formats=("pptx", "xlsx", "html")))
    name = stem(hostile_bundle)
    html = (tmp_path / f"{name}.html").read_text(encoding="utf-8")
    assert SCRIPT not in html                                        # no live script tag
    body = html.split("</head>", 1)[1]                               # after plotly.js's own code
    assert body.count("<script>") == body.count("</script>") == len(catalogue.available(hostile_bundle)[0])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html           # shown as text in the table
    wb = openpyxl.load_workbook(tmp_path / f"{name}.xlsx")
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value == FORMULA]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)
    with zipfile.ZipFile(tmp_path / f"{name}.xlsx") as z:
        assert not any(b"<f>" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
    prs = Presentation(str(tmp_path / f"{name}.pptx"))
    texts = [s.table.cell(r, 1).text for slide in prs.slides for s in slide.shapes if s.has_table
             for r in range(1, len(s.table.rows))]
    assert FORMULA in texts                                          # plain text in a table cell
    assert result.files


@pytest.mark.parametrize("lang,font", [("zh_CN", "Microsoft YaHei"), ("zh_TW", "Microsoft JhengHei")])
def test_chinese_deck_names_a_cjk_font_and_translates_labels(sample_bundle, tmp_path, lang, font):
    export(sample_bundle, Request(tmp_path, formats=("pptx",), charts=["pareto"], lang=lang))
    prs = Presentation(str(next(tmp_path.glob("*.pptx"))))
    xml = "".join(etree.tostring(s.shapes._spTree, encoding="unicode") for s in prs.slides)
    assert f'typeface="{font}"' in xml and CJK_FONTS[lang] == font
    assert "来源" in xml or "來源" in xml
    chart = next(shape.chart for s in prs.slides for shape in s.shapes if shape.has_chart)
    assert f'typeface="{font}"' in etree.tostring(chart._chartSpace, encoding="unicode")


def test_template_potx_is_used(sample_bundle, tmp_path):
    from journeymap import resource_path
    base = resource_path("templates", "journeymap-16x9.pptx").read_bytes()
    potx = tmp_path / "corporate.potx"
    with zipfile.ZipFile(io.BytesIO(base)) as zin, zipfile.ZipFile(potx, "w") as zout:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                body = body.replace(b"presentation.main+xml", b"template.main+xml")
            if item.filename.startswith("ppt/theme/"):
                body = re.sub(rb'(<a:majorFont><a:latin typeface=")[^"]*', rb"\1Georgia", body)
            if item.filename == "ppt/slideLayouts/slideLayout6.xml":
                body = body.replace(b'name="Title Only"', b'name="Corporate title only"')
            zout.writestr(item, body)
    out = tmp_path / "out"
    export(sample_bundle, Request(out, formats=("pptx",), charts=["ranked"], template=potx))
    prs = Presentation(str(next(out.glob("*.pptx"))))
    theme = [p for p in prs.part.package.iter_parts() if "theme" in str(p.partname)][0].blob
    assert b'typeface="Georgia"' in theme
    layouts = {s.slide_layout.name for s in prs.slides}
    assert "Title Slide" in layouts and len(prs.slides) >= 3


def test_cancel_leaves_no_files(sample_bundle, tmp_path):
    calls = []
    def cancelled():
        calls.append(1)
        return len(calls) > 2
    with pytest.raises(Cancelled):
        export(sample_bundle, Request(tmp_path, formats=("xlsx", "html")), cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_failure_leaves_no_files(sample_bundle, tmp_path):
    with pytest.raises(Exception):
        export(sample_bundle, Request(tmp_path, formats=("xlsx", "pptx"), template=tmp_path / "missing.pptx"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(browser() is None, reason="static images need a Chrome/Chromium")
def test_static_images_at_slide_size_and_chinese_in_png(sample_bundle, tmp_path):
    from PIL import Image
    result = export(sample_bundle, Request(tmp_path, formats=("png", "svg", "pdf"), charts=["pareto", "ranked"],
                                           lang="zh_CN"))
    pngs = sorted(tmp_path.glob("*.png"))
    assert len(pngs) == 2 and len(list(tmp_path.glob("*.svg"))) == 2 and len(list(tmp_path.glob("*.pdf"))) == 2
    for png in pngs:
        assert Image.open(png).size == (WIDTH, HEIGHT)
    svg = next(tmp_path.glob("*pareto.svg")).read_text(encoding="utf-8")
    assert "来源" in svg and "Noto Sans CJK SC" in svg
    assert not result.messages


def test_without_a_browser_other_formats_still_export(sample_bundle, tmp_path, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    result = export(sample_bundle, Request(tmp_path / "out", formats=("pptx", "xlsx", "html", "png")))
    names = {p.suffix for p in result.files}
    assert names == {".pptx", ".xlsx", ".html"}
    assert any("apt-get install chromium" in m for m in result.messages)


@pytest.mark.skipif(shutil.which("libreoffice") is None or shutil.which("pdftoppm") is None,
                    reason="LibreOffice and poppler-utils (./dev installs them)")
def test_libreoffice_opens_the_deck(exported, sample_bundle, tmp_path):
    deck = exported[0] / f"{stem(sample_bundle)}.pptx"
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(deck)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / f"{deck.stem}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=120)
    assert len(list(tmp_path.glob("page-*.png"))) == len(Presentation(str(deck)).slides)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert sample_bundle["rank"]["pain_points"][0]["title"] in text


@pytest.mark.skipif(shutil.which("libreoffice") is None or shutil.which("pdffonts") is None,
                    reason="LibreOffice and poppler-utils (./dev installs them)")
def test_chinese_deck_is_drawn_with_a_cjk_font(sample_bundle, tmp_path):
    """No empty boxes: LibreOffice draws the zh_CN deck's labels with a CJK face (Microsoft YaHei is
    named in the XML; on Linux fontconfig resolves it to Noto Sans CJK)."""
    export(sample_bundle, Request(tmp_path, formats=("pptx",), charts=["pareto"], lang="zh_CN"))
    deck = next(tmp_path.glob("*.pptx"))
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(deck)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / f"{deck.stem}.pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "CJK" in fonts, fonts
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    from journeymap.charts.labels import say
    assert say("deck.title", "zh_CN", journey="X").split("X")[-1].strip("：:") in text   # the title slide's words


@pytest.mark.skipif(browser() is None, reason="static images need a Chrome/Chromium")
def test_one_browser_for_the_whole_batch(sample_bundle, tmp_path, monkeypatch):
    import kaleido
    starts = []
    real = kaleido.start_sync_server
    monkeypatch.setattr(kaleido, "start_sync_server", lambda *a, **k: (starts.append(1), real(*a, **k))[1])
    result = export(sample_bundle, Request(tmp_path, formats=("pptx", "png", "svg"), charts=["ranked", "pareto", "flow"]))
    assert len([p for p in result.files if p.suffix in (".png", ".svg")]) == 6
    assert starts == [1]
    assert not kaleido._global_server.is_running()     # and it is stopped afterwards


def test_a_4_3_corporate_template_keeps_everything_on_the_slide(sample_bundle, tmp_path):
    """The deck follows the template's own slide size: with python-pptx's 4:3 default nothing spills off."""
    template = tmp_path / "old-4x3.pptx"
    Presentation().save(str(template))
    out = tmp_path / "out"
    export(sample_bundle, Request(out, formats=("pptx",), charts=["ranked", "pareto", "ipa", "heatmap"],
                                  template=template))
    prs = Presentation(str(next(out.glob("*.pptx"))))
    assert prs.slide_width * 3 == pytest.approx(prs.slide_height * 4, rel=1e-3)
    assert len(prs.slides) >= 5
    for slide in prs.slides:
        for shape in slide.shapes:
            assert 0 <= shape.left and shape.left + shape.width <= prs.slide_width + 10, shape.name
            assert 0 <= shape.top and shape.top + shape.height <= prs.slide_height + 10, shape.name


def test_flow_slide_is_drawn_with_shapes_sized_by_the_flows(exported, sample_bundle):
    """PowerPoint has no Sankey: a rectangle per stage, a ribbon per forward transition, drop-outs in
    vermilion; no picture, so the deck needs no browser."""
    prs = _deck(exported[0], sample_bundle)
    finding = catalogue.by_name("flow").draw(sample_bundle, "en").layout.meta["finding"]
    slide = next(s for s in prs.slides if s.shapes.title and s.shapes.title.text_frame.text == finding)
    flow = sample_bundle["flow"]
    forward = [lk for lk in flow["links"] if lk["kind"] != "loop" and lk["value"] > 0]
    ribbons = [s for s in slide.shapes if s.shape_type == 5]            # freeforms
    bars = [s for s in slide.shapes if s.shape_type == 1 and not s.has_text_frame or
            (s.shape_type == 1 and not s.text_frame.text)]
    assert len(ribbons) == len(forward)
    assert len(bars) == len(flow["nodes"])
    assert not [s for s in slide.shapes if s.shape_type == 13]           # no picture
    labels = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
    dropout = next(n for n in flow["nodes"] if n["dropout"])
    assert f"{dropout['name']} {dropout['volume']:.0%}" in labels
    vermilion = [s for s in slide.shapes if s.shape_type in (1, 5) and s.fill.type == 1
                 and str(s.fill.fore_color.rgb) == "D55E00"]
    assert len(vermilion) >= 2                                           # the drop-out stage and its ribbon
    heights = {round(s.height / 1e4) for s in bars}
    assert len(heights) > 3                                               # sized by volume, not all alike
