"""Label placement: labels never cover each other when ``drop`` is asked; the most important
labels are placed first; a bubble's label clears its edge; only the renderer's places are used."""
from itertools import combinations

from journeymap.charts.placement import SIDES, _box, _overlap, place_labels


def boxes(xs, ys, labels, places, *, size=(1000, 500), font_px=20, radii=None, xrange=(0, 10), yrange=(0, 10)):
    out = []
    for k, (x, y, text, place) in enumerate(zip(xs, ys, labels, places)):
        if place is None or not text:
            continue
        px = (x - xrange[0]) / (xrange[1] - xrange[0]) * size[0]
        py = (1 - (y - yrange[0]) / (yrange[1] - yrange[0])) * size[1]
        lines = text.split("<br>")
        gap = max(14, (radii[k] if radii else 10) + 4)
        out.append(_box(px, py, max(map(len, lines)) * font_px * 0.5, len(lines) * font_px * 1.2, place, gap))
    return out


def test_a_crowd_keeps_the_important_labels_and_drops_the_rest():
    xs, ys = [5.0, 5.05, 5.1, 5.0, 4.95], [5.0, 5.05, 4.95, 5.1, 5.0]
    labels = [f"A fairly long survey question {k}" for k in range(5)]
    order = [2, 0, 1, 3, 4]
    places = place_labels(xs, ys, labels, xrange=(0, 10), yrange=(0, 10), size=(1000, 500), order=order, drop=True)
    assert places[2] is not None                     # the most important one is always placed
    assert None in places                            # five long labels cannot all fit around one spot
    for a, b in combinations(boxes(xs, ys, labels, places), 2):
        assert _overlap(a, b) <= 0.05 * (a[2] - a[0]) * (a[3] - a[1])
    kept = place_labels(xs, ys, labels, xrange=(0, 10), yrange=(0, 10), size=(1000, 500), order=order)
    assert None not in kept                          # without drop every label gets a place


def test_only_the_renderers_places_and_bubble_edges():
    xs, ys, labels = [2.0, 8.0], [5.0, 5.0], ["Left bubble", "Right point"]
    places = place_labels(xs, ys, labels, xrange=(0, 10), yrange=(0, 10), size=(1000, 500), places=SIDES,
                          radii=[60, 10], drop=True)
    assert set(places) <= set(SIDES)
    big = boxes(xs, ys, labels, places, radii=[60, 10])[0]
    assert _overlap(big, (140, 190, 260, 310)) == 0   # clear of the 60 px bubble round (200, 250)


def test_findings_quote_user_text_as_the_region_does():
    from journeymap.charts.drivers import ipa_finding
    items = [{"item": "A", "stage": name, "weight_pct": w, "performance": 30, "mean": 2, "quadrant": "concentrate"}
             for name, w in (("評估", 20), ("投訴", 10))]
    assert "「評估」" in ipa_finding({"items": items}, "zh_TW")
    assert "“評估”" in ipa_finding({"items": items}, "zh_CN")
    assert "\u201c" in ipa_finding({"items": items}, "en")


def test_with_drop_a_label_stays_in_the_plot_and_off_other_bubbles():
    """The impact-effort slide: bubbles at low effort on each other, one at the left edge; a label that
    would leave the plot (over the y axis) or lie on another bubble is left off instead."""
    xs, ys = [0.3, 3.0, 3.3, 4.0, 2.0, 9.5], [6.0, 7.0, 6.0, 9.0, 2.0, 0.3]
    radii = [20, 60, 55, 60, 40, 10]
    labels = ["Live chat with an agent,", "Plain-language first<br>bill", "Call-back instead of<br>queueing",
              "Show an indicative<br>price", "A two-page digital", "One claim record<br>across"]
    places = place_labels(xs, ys, labels, xrange=(0, 10), yrange=(0, 10), size=(1000, 500), font_px=15,
                          radii=radii, drop=True, places=SIDES)
    placed = [(k, b) for k, b in zip([k for k, p in enumerate(places) if p], boxes(
        xs, ys, labels, places, font_px=15, radii=radii))]
    assert placed
    for k, (x0, y0, x1, y1) in placed:
        assert 0 <= x0 and x1 <= 1000 and 0 <= y0 and y1 <= 500, labels[k]
        for j, (x, y, r) in enumerate(zip(xs, ys, radii)):
            if j != k:
                bubble = (x * 100 - r, (10 - y) * 50 - r, x * 100 + r, (10 - y) * 50 + r)
                assert _overlap((x0, y0, x1, y1), bubble) <= 0.1 * (x1 - x0) * (y1 - y0), (labels[k], labels[j])
