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
